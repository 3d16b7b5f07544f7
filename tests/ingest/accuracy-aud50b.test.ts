// Misses found by the session-50 audit aud50b (gold set aud50b: A/RES/78/79 special political missions, 80/96 Question of
// Guam, 80/79 Palestine refugees' properties; Fourth Committee texts) and the same forms across corpus-ga. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GUAM: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/96', date: '2025-12-05', title: 'Question of Guam' };

const { keys, relations, attributions } = oneParagraph({ ctx: GUAM, kind: 'preambular' });

const extractText = (text: string): ResolutionExtraction[] => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  return segmentResolutions(cleanText(src), src).map((r) => extractResolution(r));
};
const relationsOf = (x: ResolutionExtraction, id: string): string[] =>
  x.paragraphs.find((p) => p.paragraph.id === id)!.relations.map((r) => `${r.type} ${r.target}`);

describe('"the 2030 Agenda, <mark> including the Sustainable Development Goals" with a mark of two digits', () => {
  const SDG_PART_OF = 'PART_OF Framework:Sustainable Development Goals -> Framework:2030 Agenda for Sustainable Development';
  const OP15 =
    'Takes into account the 2030 Agenda for Sustainable Development, 11 including the Sustainable Development Goals, stresses the importance of fostering the economic and social sustainable development of the Territory;';

  it('A/RES/80/96 OP15 (78/92, 79/105: mark 11; 78/86, 79/99, 80/90: mark 10): the Goals are PART_OF the Agenda', () => {
    expect(footnotedAttributions('OP15', OP15, '11', ', 11 including', 'Resolution 70/1.', GUAM)).toContain(SDG_PART_OF);
  });

  it('A/RES/80/91 OP14: the mark glued to the next word ("Development, 8including the ...")', () => {
    const text = OP15.replace(', 11 including', ', 8including');
    expect(footnotedAttributions('OP14', text, '8', ', 8including', 'Resolution 70/1.', GUAM)).toContain(SDG_PART_OF);
  });

  it('guard: a mark printed against a number before the comma stays the number\'s ("Goal 6, including the ...")', () => {
    const text = 'Takes into account Sustainable Development Goal 6, 11 including the Sustainable Development Goals, and stresses;';
    expect(footnotedAttributions('OP15', text, '11', ', 11 including', 'Resolution 70/1.', GUAM).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: more words between the two stay no inclusion ("the 2030 Agenda, 11 and the work including the ...")', () => {
    const text = OP15.replace(', 11 including', ', 11 and its work including');
    expect(footnotedAttributions('OP15', text, '11', ', 11 and', 'Resolution 70/1.', GUAM).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('the Special Committee\'s report cited in the Official Records with the ordinal misprinted in lower case', () => {
  /** A "Question of <Territory>" text: PP1 footnotes the Special Committee's report, PP2 names it again in words. */
  const territoryText = (session: string) => `Resolution adopted by the General Assembly on 5 December 2025

80/96. Question of Guam

The General Assembly,

Having considered the question of Guam and examined the report of the Special Committee on the Situation with regard to the
Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2025, 1

Recalling the importance of the conclusions and recommendations adopted by the seminar, which are annexed to the report of
the Special Committee,

1. Requests the Special Committee to continue to examine the question of Guam.

_______________

1 Official Records of the General Assembly, ${session} Session, Supplement No. 23 (A/80/23).
`;

  it('A/RES/80/96 PP1 note 1 ("eightieth Session"): PP2 "annexed to the report of the Special Committee" recalls A/80/23', () => {
    const [x] = extractText(territoryText('eightieth'));
    expect(relationsOf(x!, 'PP2')).toContain('RECALLS Document:A/80/23');
    // (typed in PP2, the report is no longer CITES in PP1, as in the 15 other Territories' texts)
    expect(relationsOf(x!, 'PP1')).toEqual([]);
  });

  it('guard: the ordinal printed as usual reads the same', () => {
    const [x] = extractText(territoryText('Eightieth'));
    expect(relationsOf(x!, 'PP2')).toContain('RECALLS Document:A/80/23');
  });
});

describe('a Territory\'s referendum, dated, is an event of that Territory (as its elections are)', () => {
  const GUAM_1987 = 'Event:referendum in Guam @ 1987';

  it('A/RES/80/96 PP22 (78/92, 79/105): "in a referendum held in 1987, the registered and eligible voters of Guam endorsed ..."', () => {
    const text =
      'Recalling that, in a referendum held in 1987, the registered and eligible voters of Guam endorsed a draft Guam Commonwealth Act that would establish a new framework for relations between the Territory and the administering Power,';
    expect(relations(text)).toContain(`RECALLS ${GUAM_1987}`);
    expect(attributions(text)).toContain(`STARTS_ON ${GUAM_1987} -> Date:1987`);
  });

  it('A/RES/80/96 OP6: "as supported by Guam voters in the referendum of 1987": the same referendum', () => {
    const text =
      'Calls once again upon the administering Power to take into consideration the expressed will of the CHamoru people as supported by Guam voters in the referendum of 1987;';
    expect(relations(text, 'operative')).toContain(`CALLS_UPON ${GUAM_1987}`);
  });

  it('A/RES/78/99 PP23 (79/112, 80/103): "the referendum held on 3 November 2020 on convening a constitutional convention"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/99', date: '2023-12-07', title: 'Question of the United States Virgin Islands' };
    const text = 'Recalling the referendum held on 3 November 2020 on convening a constitutional convention to consider adopting the Revised Organic Act,';
    expect(relations(text, 'preambular', ctx)).toContain('RECALLS Event:referendum in the United States Virgin Islands @ 2020');
    expect(attributions(text, 'preambular', ctx)).toContain('STARTS_ON Event:referendum in the United States Virgin Islands @ 2020 -> Date:2020-11-03');
  });

  it('A/RES/78/86 PP28 (79/99, 80/90): "the holding of the constitutional referendum in November 2022": the kind word is left out of the name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/86', date: '2023-12-07', title: 'Question of American Samoa' };
    expect(relations('Noting also the holding of the constitutional referendum in November 2022,', 'preambular', ctx)).toContain(
      'NOTES Event:referendum in American Samoa @ 2022',
    );
  });

  it('guard: a referendum to come ("a referendum in 2026"), an undated one ("the first referendum") and the plural stay no event', () => {
    expect(keys('Noting the plan to hold a referendum in 2026 on the status of the Territory,', 'Event:')).toEqual([]);
    expect(keys('Noting the result of the first referendum and of the second referendum,', 'Event:')).toEqual([]);
    expect(keys('Recalling the self-determination referendums in New Caledonia on 4 November 2018 and 4 October 2020,', 'Event:')).toEqual([]);
  });

  it('guard: in a text of another title, whose referendum it was is not said', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/79', date: '2025-12-05', title: 'Palestine refugees\u2019 properties and their revenues' };
    expect(keys('Recalling that, in a referendum held in 1987, the voters endorsed a draft Act,', 'Event:', 'preambular', ctx)).toEqual([]);
  });
});

describe('"at Headquarters" printed bare is the United Nations Headquarters', () => {
  const HQ = 'Place:United Nations Headquarters';

  it('A/RES/80/96 PP15 (each Territory\'s text): "regional seminars in the Caribbean and Pacific regions and at Headquarters": a place, no verb edge', () => {
    const text =
      'Mindful, in that connection, that the holding of regional seminars in the Caribbean and Pacific regions and at Headquarters, with the active participation of representatives of the Non-Self-Governing Territories, provides a helpful means for the Special Committee to fulfil its mandate,';
    expect(keys(text, 'Place:')).toContain(HQ);
    expect(relations(text).filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('A/RES/78/79 OP8: "the impact of the reforms at Headquarters on the delivery of ... mandates in the field"', () => {
    const text =
      'Also requests the Secretary-General to include in the aforementioned report information on the impact of the reforms at Headquarters on the delivery of relevant special political mission mandates in the field;';
    expect(keys(text, 'Place:', 'operative')).toEqual([HQ]);
    expect(relations(text, 'operative')).toEqual(['REQUESTS Organization:Secretary-General of the United Nations']);
  });

  it('guard: another body\'s seat ("at Headquarters of the Organization of American States") and "the Headquarters Agreement" are not it', () => {
    expect(keys('Noting the meeting held at Headquarters of the Organization of American States,', 'Place:')).toEqual([]);
    expect(keys('Recalling the Headquarters Agreement and the Headquarters district,', 'Place:')).toEqual([]);
  });
});
