// Session-37 audit aud37h (dates, a random sample: A/RES/79/226, 78/172, 78/221, 78/83, 80/139, 78/4, 78/267, 78/90, S/RES/687
// (1991), S/RES/827 (1993)): an edition the gazetteer knows (its days on file), named by the year printed before its name and no
// date printed ("the 2026 United Nations Water Conference to Accelerate ...", "the 2005 World Summit"), STARTS_ON that year, as
// an edition the gazetteer does not know already was ("the 2010 Pacific regional seminar"). Also (seen on the way): A/RES/78/232
// read alone threw in the graph builder, a final report merged into itself when its author and its body's node name differ in
// case alone. Each case quotes the file and paragraph; each has a guard.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { citingResolution } from '../graph/fixtures.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/139', date: '2025-12-15' };
const { attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const WATER_2026 = 'Event:United Nations Water Conference @ 2026';

describe('a known edition named by its year, no date printed: STARTS_ON the year printed', () => {
  it('A/RES/80/139 PP23 (78/206 PP12, 78/321 PP16): "looking forward to the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6 ..., to be co-hosted by Senegal and the United Arab Emirates": STARTS_ON 2026', () => {
    const text =
      'Welcoming the convening of the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, in New York from 22 to 24 March 2023, and looking forward to the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all, to be co-hosted by Senegal and the United Arab Emirates, and the 2028 United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, to be hosted by Tajikistan,';
    const att = attributions(text);
    expect(att).toContain(`STARTS_ON ${WATER_2026} -> Date:2026`);
    // the 2023 conference keeps its printed days, and the 2026 one gets no day of the 2023 one
    expect(att).toContain('STARTS_ON Event:United Nations Water Conference @ 2023 -> Date:2023-03-22');
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${WATER_2026}`))).toEqual([`STARTS_ON ${WATER_2026} -> Date:2026`]);
  });

  it('A/RES/78/138 PP2: "the follow-up to the development outcome of the 2005 World Summit": STARTS_ON 2005 (the year the text gives, not the gazetteer\'s day)', () => {
    const text =
      'Recalling also the United Nations Millennium Declaration adopted by Heads of State and Government on 8 September 2000, 1 the 2005 World Summit Outcome adopted on 16 September 20052 and its resolution 60/265 of 30 June 2006 on the follow-up to the development outcome of the 2005 World Summit, including the Millennium Development Goals and the other internationally agreed development goals,';
    const att = attributions(text, undefined, { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' });
    expect(att).toContain('STARTS_ON Event:World Summit @ 2005 -> Date:2005');
    // the outcome stays dated by its day
    expect(att).toContain('ADOPTED_ON Framework:2005 World Summit Outcome -> Date:2005-09-16');
  });

  it('A/RES/78/168 OP4: "looks forward to the 2025 Stocktaking Moment of the United Nations Food Systems Summit": STARTS_ON 2025', () => {
    const text =
      'Calls for the implementation of the respective voluntary commitments of the 2021 United Nations Food Systems Summit, takes note of the operationalization of the United Nations Food Systems Coordination Hub, hosted by the Food and Agriculture Organization of the United Nations on behalf of the United Nations system, and looks forward to the 2025 Stocktaking Moment of the United Nations Food Systems Summit;';
    const att = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' });
    expect(att).toContain('STARTS_ON Event:United Nations Food Systems Summit +4 Stocktaking Moment @ 2025 -> Date:2025');
  });

  it('A/RES/78/232 PP10: "adopted, respectively, at the 2017 and 2022 United Nations Conferences to Support the Implementation of Sustainable Development Goal 14": each edition STARTS_ON its year', () => {
    const text =
      'Recognizing the importance of the oceans, reiterating the calls made in the declarations entitled “Our ocean, our future: call for action” and “Our ocean, our future, our responsibility”, adopted, respectively, at the 2017 and 2022 United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development,';
    const att = attributions(text, undefined, { body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' });
    expect(att).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2017 -> Date:2017');
    expect(att).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2022 -> Date:2022');
  });

  it('guard: the days printed date the edition, not its year alone ("the 2025 United Nations Ocean Conference, held in Nice, France, from 9 to 13 June 2025")', () => {
    const att = attributions('Welcoming the 2025 United Nations Ocean Conference, held in Nice, France, from 9 to 13 June 2025,');
    const starts = att.filter((a) => a.startsWith('STARTS_ON Event:United Nations Ocean Conference @ 2025'));
    expect(starts).toEqual(['STARTS_ON Event:United Nations Ocean Conference @ 2025 -> Date:2025-06-09']);
  });

  it('guard: a name that keeps the year an edition was planned for is not dated by it ("the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons", held in 2022)', () => {
    const att = attributions('Recalling the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,');
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: a known edition named without its year gets no year ("the World Summit for Social Development" with no date printed)', () => {
    const att = attributions('Recalling the World Summit for Social Development and its outcome,');
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('graph: a final report whose author differs from its body\'s node name in case alone', () => {
  const PANEL = 'High-Level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States';
  const PRINTED = 'High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States';
  const FINAL = 'Document:final report of the high-level panel on the development of a multidimensional vulnerability index for small island developing states';
  const built = (authorPrinted: string, orgName: string) => {
    const ex = citingResolution({ symbol: 'A/RES/78/232', file: 'A_RES_78_232.txt' });
    ex.paragraphs[0]!.mentions.push(
      // (the node keyed as OP12 prints the Panel, named as OP11 does)
      { key: `Organization:${PRINTED}`, kind: 'Organization', name: orgName, attrs: { aliases: ['Panel'] }, phrase: 'Rec', start: 0, end: 3 },
      { key: FINAL, kind: 'Document', name: `Final report of the ${authorPrinted}`, attrs: { author: authorPrinted }, phrase: 'Rec', start: 0, end: 3 },
    );
    const b = new GraphBuilder();
    b.addResolution(ex);
    return b.finalize();
  };

  it('A/RES/78/232 OP12 read alone ("the final report of the High-\\nlevel Panel ...", the Panel "High-Level" in OP11): the report keeps its node and takes the node\'s name as author (the file\'s ingest threw "target node not found")', () => {
    const g = built(PRINTED, PANEL);
    expect(g.hasNode(FINAL)).toBe(true);
    expect(g.getNodeAttribute(FINAL, 'author')).toBe(PANEL);
  });

  it('guard: the author printed as the node names it is left as it is', () => {
    const g = built(PANEL, PANEL);
    expect(g.getNodeAttribute(FINAL, 'author')).toBe(PANEL);
  });
});
