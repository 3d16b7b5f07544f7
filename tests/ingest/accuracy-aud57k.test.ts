// Session-57 audit aud57k: residual faults earlier sessions found and left open. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

describe('item 2: a lowercase sitting named by the topic printed after a "held at ..." aside', () => {
  const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/209', '2025-12-15'), kind: 'operative' });
  const PANEL = 'Event:biennial panel discussion on the impact of unilateral coercive measures and overcompliance on the right to food and food security';
  const FIRST_PANEL = 'Event:first biennial panel discussion on the issue of unilateral coercive measures and human rights';
  const SESSION60 = 'Event:sixtieth session of the Human Rights Council';
  const OP26 =
    'Also recalls the contribution of the first biennial panel discussion on the issue of unilateral coercive measures and human rights organized by the Human Rights Council in 2015 to increase awareness of the negative impact that unilateral coercive measures have on the enjoyment of human rights in the targeted and non‑targeted countries, and invites the Council to follow up on the discussion at the biennial panel discussion, held at the sixtieth session of the Council, on the impact of unilateral coercive measures and overcompliance on the right to food and food security;';

  it('A/RES/80/209 OP26 (corpus-ga/A_RES_80_209.txt): "the biennial panel discussion, held at the sixtieth session of the Council, on the impact of ...": the panel, and the session kept', () => {
    const rel = relations(OP26);
    expect(rel).toContain(`INVITES ${PANEL}`);
    expect(rel).toContain(`INVITES ${SESSION60}`);
    expect(attributions(OP26)).toContain(`SESSION_OF ${SESSION60} -> Organization:Human Rights Council`);
  });

  it('A/RES/79/167 OP28 (corpus-ga/A_RES_79_167.txt): "..., to be held at the sixtieth session of the Council, on ..."', () => {
    const text = OP26.replace('non‑targeted', 'non-targeted').replace(', held at', ', to be held at');
    expect(relations(text, 'operative', ctxOf('A/RES/79/167', '2024-12-17'))).toContain(`INVITES ${PANEL}`);
  });

  it('guard: the first panel of the same paragraph, named by its topic and organizer, is unchanged', () => {
    expect(relations(OP26)).toContain(`RECALLS ${FIRST_PANEL}`);
    const att = attributions(OP26);
    expect(att).toContain(`ORGANIZES Organization:Human Rights Council -> ${FIRST_PANEL}`);
    expect(att).toContain(`STARTS_ON ${FIRST_PANEL} -> Date:2015`);
  });
});

describe('item 3: the permanent memorial to the victims of slavery, "the Ark of Return"', () => {
  const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/161', '2024-12-17'), kind: 'preambular' });
  const PP33 =
    'Recalling further, in the above context, the erection of the permanent memorial for the victims of slavery and the slave trade, including the transatlantic slave trade, the Ark of Return, based on the theme “Acknowledge the tragedy, consider the legacy, lest we forget”,';

  it('A/RES/79/161 PP33 (corpus-ga/A_RES_79_161.txt; 78/234, 80/193): "..., the Ark of Return, based on the theme ...": an Initiative the clause recalls', () => {
    expect(relations(PP33)).toEqual(['RECALLS Initiative:Ark of Return']);
  });

  it('guard: the quoted theme after it names nothing, and no lone "Return" is read', () => {
    expect(keys(PP33, '').filter((k) => k !== 'Initiative:Ark of Return')).toEqual([]);
  });
});

describe('item 4: two texts of the illicit financial flows resolutions the capitals reader missed', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/140', '2023-12-19'), kind: 'operative' });
  const FFD_COVID = 'Initiative:Financing for Development in the Era of COVID-19 and Beyond Initiative';
  const TAX_CODE = 'Framework:United Nations code of conduct on cooperation in combating international tax evasion';

  it('A/RES/78/140 PP19 (corpus-ga/A_RES_78_140.txt; 79/234): "the informal process launched by the Secretary-General and ... on Financing for Development in the Era of COVID-19 and Beyond": the process, one node with the "... Initiative" of 78/136', () => {
    const text =
      'Acknowledging that the COVID-19 pandemic has put a spotlight on the limitations of the Governments of developing countries to marshal resources in times of crisis, reiterating the need to enhance and strengthen effective domestic resource mobilization, including accountable and transparent public expenditure systems, and strengthen domestic regulatory and legal frameworks, as necessary, to more effectively counter the harm resulting from illicit financial flows, and that the harm done by such flows in straining the limited resources of developing countries evidently affects their ability to address the Sustainable Development Goal financing gap and to mobilize domestic resources for longer-term sustainable development, and recalling the meetings of discussion group VI of the informal process launched by the Secretary-General and the Governments of Canada and Jamaica on Financing for Development in the Era of COVID-19 and Beyond,';
    expect(relations(text, 'preambular')).toContain(`RECALLS ${FFD_COVID}`);
  });

  it('guard: A/RES/78/136 PP9 (corpus-ga/A_RES_78_136.txt) "the Financing for Development in the Era of COVID-19 and Beyond Initiative" keeps its key', () => {
    const text =
      'Noting the holding of the twenty-sixth Saint Petersburg International Economic Forum in Saint Petersburg, Russian Federation, from 14 to 17 June 2023, and noting also the Financing for Development in the Era of COVID-19 and Beyond Initiative,';
    expect(relations(text, 'preambular', ctxOf('A/RES/78/136', '2023-12-19'))).toContain(`NOTES ${FFD_COVID}`);
  });

  it('A/RES/78/140 OP28 (corpus-ga/A_RES_78_140.txt; 79/234 OP32, 80/126 OP37): "to update and strengthen the United Nations code of conduct on cooperation in combating international tax evasion": a Framework', () => {
    const rel = relations(
      'Invites the Economic and Social Council to update and strengthen the United Nations code of conduct on cooperation in combating international tax evasion in response to new international agreements and to emphasize the importance of developing countries being able to benefit from international tax cooperation;',
    );
    expect(rel).toEqual(['INVITES Organization:Economic and Social Council', `INVITES ${TAX_CODE}`]);
  });
});

describe('item 5: the outcome document of a meeting whose name holds another mention is the meeting\'s, ADOPTED by it', () => {
  const WSIS10 = 'Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2015';
  const OUTCOME = 'Framework:Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society (2015)';
  const paragraphOf = (symbol: string, date: string, id: string, text: string, notes: [string, string, string][] = []) =>
    extractResolution(gaResolution(symbol, date, [notedParagraph(id, text, notes)])).paragraphs[0]!;

  it('A/RES/79/194 PP10 (corpus-ga/A_RES_79_194.txt; 80/118 PP11, 78/132, 79/175, 79/277): "the outcome document of the high-level meeting ... of the World Summit on the Information Society,8 held in New York on 15 and 16 December 2015"', () => {
    const p = paragraphOf(
      'A/RES/79/194',
      '2024-12-19',
      'PP10',
      'Recalling further the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society,8 held in New York on 15 and 16 December 2015, in which it took stock of the progress made in the implementation of the outcomes of the World Summit, addressed potential information and communications technology gaps and identified areas for continued focus,',
      [['8', 'Resolution 70/125.', 'Society,8']],
    );
    expect(p.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${OUTCOME}`);
    const att = p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`ADOPTED ${WSIS10} -> ${OUTCOME}`);
    // (the meeting keeps the key the scan gave it, with its days, past the footnote mark before "held")
    expect(att).toContain(`STARTS_ON ${WSIS10} -> Date:2015-12-15`);
    expect(att).toContain(`ENDS_ON ${WSIS10} -> Date:2015-12-16`);
    expect(att).toContain(`HELD_IN ${WSIS10} -> Place:New York`);
  });

  it('guard: A/RES/80/215 PP3 (corpus/A_RES_80_215.txt; 78/213) "... the outcome document of the high-level meeting ... of the outcomes of the Summit": left as it was (the meeting named by an earlier mention)', () => {
    const p = paragraphOf(
      'A/RES/80/215',
      '2025-12-22',
      'PP3',
      'Recalling also the World Summit on the Information Society, as well as the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the Summit, held in New York in December 2015,',
    );
    expect(p.mentions.map((m) => m.key).filter((k) => k.startsWith('Framework:Outcome document'))).toEqual([]);
    expect(p.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${WSIS10}`);
  });
});
