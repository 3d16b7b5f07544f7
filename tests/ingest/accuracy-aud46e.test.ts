// Session-46 audit aud46e: the residual FP/FN rows of all 17 gold sets (aud40h .. aud45e) on the base dump, grouped by kind of
// fault; the gold disagreements (two golds reading one form oppositely) and the faults other helpers of the session hold left
// alone. Fixed: "the political declaration adopted during the high-level political forum on sustainable development convened
// under the auspices of the General Assembly" printed with no year (nor a note naming the annexing resolution) is the
// declaration of the forum's last meeting under the Assembly before the citing text (the 2023 Sustainable Development Goals
// Summit for texts from its session on): the Summit is mentioned, it ADOPTED the declaration and the Assembly ORGANIZES it, as
// where the year is printed (aud45e's 80/135 OP18 gold). Tried and reverted: the treaty's Conference of the Parties as an
// Organization (aud45b/aud45e golds) against aud44c's 79/243 gold, which keys the Conference of the States Parties an Event.
// Each case quotes the file and paragraph; each fix has guards.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };
const { relations, attributions } = oneParagraph({ ctx: GA80, kind: 'operative' });

const SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';
const DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const GA = 'Organization:General Assembly';

// A/RES/80/135 OP18 (78/151 OP13, 79/202 OP18, 79/209 OP4 print the same words)
const PLASTICS_OP =
  'Welcomes the decision by the United Nations Environment Assembly at its resumed fifth session, in resolution 5/14 of 2 March 2022, to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, which could include both binding and voluntary approaches, based on a comprehensive approach that addresses the full life cycle of plastic, taking into account, among other things, the principles of the Rio Declaration on Environment and Development, as well as national circumstances and capabilities, and underscores the importance of securing an ambitious international legally binding instrument to end plastic pollution, including in the marine environment, while acknowledging that some legal obligations arising out of a new instrument will require capacity-building and technical and financial assistance in order to be effectively implemented by developing countries and countries with economies in transition, and in this regard welcomes the commitment made by Heads of State and Government in the political declaration adopted during the high-level political forum on sustainable development convened under the auspices of the General Assembly to support the work of the intergovernmental negotiating committee, with the ambition of completing its work by the end of 2024;';

describe('the political declaration of the forum under the Assembly, printed with no year: the last such forum before the text', () => {
  it('A/RES/80/135 OP18: "welcomes the commitment made ... in the political declaration adopted during the high-level political forum on sustainable development convened under the auspices of the General Assembly": WELCOMES the 2023 Summit, not the Assembly (ruling, session 54); the Summit ADOPTED the declaration, the Assembly ORGANIZES it', () => {
    const rel = relations(PLASTICS_OP);
    expect(rel).toContain(`WELCOMES ${DECLARATION}`);
    expect(rel).toContain(`WELCOMES ${SUMMIT_2023}`);
    // no edge: the Assembly convening under its own auspices is the agent of its own act (ruling, session 54)
    expect(rel).not.toContain(`WELCOMES ${GA}`);
    const att = attributions(PLASTICS_OP);
    expect(att).toContain(`ADOPTED ${SUMMIT_2023} -> ${DECLARATION}`);
    expect(att).toContain(`ORGANIZES ${GA} -> ${SUMMIT_2023}`);
  });

  it('A/RES/78/1 OP1 (adopted 29 September 2023, after the Summit of 18 and 19 September): "Endorses the political declaration adopted by the high-level political forum ...": the 2023 Summit adopted it', () => {
    const text =
      'Endorses the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly, which is contained in the annex to the present resolution.';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/1', date: '2023-09-29' };
    expect(relations(text, 'operative', ctx)).toContain(`ENDORSES ${SUMMIT_2023}`);
    expect(attributions(text, 'operative', ctx)).toContain(`ADOPTED ${SUMMIT_2023} -> ${DECLARATION}`);
  });

  it('guard: the same words in a text with no date name no sitting (nothing says which forum)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135' };
    expect(relations(PLASTICS_OP, 'operative', ctx).filter((r) => r.includes('Sustainable Development Goals Summit'))).toEqual([]);
    expect(attributions(PLASTICS_OP, 'operative', ctx).filter((a) => a.includes('Sustainable Development Goals Summit'))).toEqual([]);
  });

  it('guard: a text of 2018, before the forum first met under the Assembly (2019), names no sitting', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/1', date: '2018-12-20' };
    expect(relations(PLASTICS_OP, 'operative', ctx).filter((r) => r.includes('Sustainable Development Goals Summit'))).toEqual([]);
  });

  it('guard: A/RES/78/311 PP2 "... convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023": the printed year, whatever the text\'s date', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/82/1', date: '2028-01-15' };
    const rel = relations(text, 'preambular', ctx);
    expect(rel).toContain(`REAFFIRMS ${SUMMIT_2023}`);
    expect(rel.filter((r) => r.includes('Summit @ 2027'))).toEqual([]);
  });
});

describe('a note after the declaration\'s words that names no resolution leaves the year unread', () => {
  it('guard: "as outlined in the political declaration of the high-level political forum ... convened under the auspices of the General Assembly,18" with "18 See A/74/843, annex." (the note of A/RES/79/218): no summit read, the note may name an older text', () => {
    const head =
      'Recalling the commitment to make fundamental changes in our consumption and production patterns, as outlined in the political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly,';
    const text = `${head}18`;
    const x = extractParagraph(
      { id: 'PP6', kind: 'preambular', text, footnoteRefs: [{ mark: '18', offset: head.length, footnote: { mark: '18', text: 'See A/74/843, annex.' } }], subparagraphs: [] },
      { ...GA80 },
    );
    expect(x.relations.map((r) => r.target).filter((t) => t.includes('Summit'))).toEqual([]);
    expect(x.attributions.map((a) => a.source).filter((t) => t.includes('Summit'))).toEqual([]);
  });
});
