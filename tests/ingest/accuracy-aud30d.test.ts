// Misses found by the session-30 audit aud30d: A/RES/80/20, 78/34, 78/81, 79/237, 79/89, 80/246, 78/9, 78/110, 80/189 and
// 78/329, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/20', date: '2025-12-01' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const ASSEMBLY = 'Organization:General Assembly';

describe('the General Assembly named as the actor ("adopted by the General Assembly", "in which the General Assembly ...") gets no verb edge', () => {
  it('A/RES/80/20 PP13: "Noting the establishment by the General Assembly in its decision 79/512 ... of an open-ended working group"', () => {
    const text =
      'Noting the establishment by the General Assembly in its decision 79/512 of 2 December 2024 of an open-ended working group and the sessions held by the group, and welcoming the adoption by consensus by the group of the agenda and the indicative timetable for 2025–2028 and the beginning of its substantive work,';
    const r = relations(text);
    expect(r).not.toContain(`NOTES ${ASSEMBLY}`);
    expect(r).toContain('NOTES Resolution:A/DEC/79/512');
    // the paragraph still mentions it
    expect(keys(text, ASSEMBLY)).toEqual([ASSEMBLY]);
  });

  it('A/RES/78/34 PP4: "including the first resolution adopted by the General Assembly, on 24 January 1946"', () => {
    const text =
      'Recalling that concern about the humanitarian consequences of nuclear weapons has been reflected in numerous United Nations resolutions, including the first resolution adopted by the General Assembly, on 24 January 1946,';
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/34', date: '2023-12-04' })).not.toContain(`RECALLS ${ASSEMBLY}`);
  });

  it('A/RES/80/246 OP2, OP6: "the scale of assessments adopted by the General Assembly", "the conditions approved by the General Assembly in its resolution 1341 (XIII)"', () => {
    const ctx = { ...GA, symbol: 'A/RES/80/246', date: '2025-12-30' };
    const op2 =
      'Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments adopted by the General Assembly for contributions of Member States to the budget for 2026;';
    expect(relations(`Decides that ${op2}`, 'operative', { ...ctx })).toEqual(['DECIDES Organization:Working Capital Fund']);
    const op6 =
      'Decides that the Secretary-General is authorized to utilize, in 2026, cash from special funds and accounts in his custody, under the conditions approved by the General Assembly in its resolution 1341 (XIII) of 13 December 1958, or the proceeds of loans authorized by the Assembly.';
    const r = relations(op6, 'operative', { ...ctx });
    expect(r).not.toContain(`DECIDES ${ASSEMBLY}`);
    expect(r).toContain('DECIDES Resolution:A/RES/1341(XIII)');
  });

  it('A/RES/79/177 PP4: "the Paris Principles), welcomed by the General Assembly in its resolution 48/134" (the settled example)', () => {
    const text =
      'Recalling the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993,';
    const r = relations(text, 'preambular', { ...GA, symbol: 'A/RES/79/177', date: '2024-12-17' });
    expect(r).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(r).toEqual(expect.arrayContaining(['RECALLS Framework:Paris Principles', 'RECALLS Resolution:A/RES/48/134']));
  });

  it('A/RES/80/113 PP12: "resolution 71/1 of 19 September 2016, in which the General Assembly adopted the New York Declaration"', () => {
    const text =
      'Noting the adoption of its resolution 71/1 of 19 September 2016, in which the General Assembly adopted the New York Declaration for Refugees and Migrants,';
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/113', date: '2025-12-15' })).not.toContain(`NOTES ${ASSEMBLY}`);
  });

  it('A/RES/80/12 PP13: "Recalling that, in its resolution 66/20, the General Assembly recommended that ..."', () => {
    const text =
      'Recalling that, in its resolution 66/20, the General Assembly recommended that, for the purpose of reviewing the implementation of the Convention, the Conference should meet regularly,';
    const r = relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/12', date: '2025-12-01' });
    expect(r).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(r).toContain('RECALLS Resolution:A/RES/66/20');
  });

  it('A/RES/78/34 PP5 (79/37, 80/50): "at the first special session ..., in 1978, the Assembly stressed that ..."', () => {
    const text =
      'Recalling also that at the first special session of the General Assembly devoted to disarmament, in 1978, the Assembly stressed that nuclear weapons posed the greatest danger to mankind and to the survival of civilization,';
    const r = relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/34', date: '2023-12-04' });
    expect(r).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(r).toContain('RECALLS Event:tenth special session of the General Assembly');
  });

  it('guard: "the appropriate Main Committee of the General Assembly entrusted with responsibilities" (A/RES/80/242 OP6) keeps its edge', () => {
    const text = 'Reaffirms that the Fifth Committee is the appropriate Main Committee of the General Assembly entrusted with responsibilities for administrative and budgetary matters;';
    expect(relations(text, 'operative')).toContain(`REAFFIRMS ${ASSEMBLY}`);
  });

  it('guard: the Assembly as the addressee of a report keeps its edge (A/RES/79/89 OP6: "to report to the General Assembly at its eightieth session")', () => {
    const text = 'Requests the Secretary-General to report to the General Assembly at its eightieth session on the implementation of the present resolution.';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/89', date: '2024-12-04' })).toContain(`REQUESTS ${ASSEMBLY}`);
  });

  it('guard: "keep the General Assembly informed" (A/RES/80/77 OP37) and "in the plenary of the General Assembly" (A/RES/78/329 OP1) keep theirs', () => {
    expect(relations('Requests it to continue its efforts and to keep the General Assembly informed of its activities;', 'operative')).toContain(`REQUESTS ${ASSEMBLY}`);
    const op1 =
      'Decides to biennialize the consideration of the agenda item in the plenary of the General Assembly as of its seventy-ninth session.';
    expect(relations(op1, 'operative', { ...GA, symbol: 'A/RES/78/329', date: '2024-09-06' })).toContain(`DECIDES ${ASSEMBLY}`);
  });

  it('guard: another body as actor is left as before ("endorsed by the Human Rights Council in its resolution 17/4")', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,';
    expect(relations(text)).toContain('RECALLS Organization:Human Rights Council');
  });
});

describe('"the Declaration" after the Special Committee named after it is the Declaration on the Granting of Independence', () => {
  const DECLARATION = 'Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples';
  const PP1 =
    'Recalling its resolution 1970 (XVIII) of 16 December 1963, in which it requested the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples to study the information transmitted to the Secretary-General in accordance with Article 73 e of the Charter of the United Nations and to take such information fully into account in examining the situation with regard to the implementation of the Declaration, contained in General Assembly resolution 1514 (XV) of 14 December 1960,';

  it('A/RES/78/81 PP1 (79/94, 80/85): "the implementation of the Declaration, contained in General Assembly resolution 1514 (XV)"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/81', date: '2023-12-07' };
    const x = extractParagraph({ id: 'PP1', kind: 'preambular', text: PP1, footnoteRefs: [], subparagraphs: [] }, ctx);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${DECLARATION}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED Resolution:A/RES/1514(XV) -> ${DECLARATION}`);
  });

  it('guard: after another declaration named in full, "the Declaration" stays that one', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/81', date: '2023-12-07' };
    extractParagraph(
      { id: 'PP1', kind: 'preambular', text: 'Recalling the United Nations Declaration on the Rights of Indigenous Peoples,', footnoteRefs: [], subparagraphs: [] },
      ctx,
    );
    const x = extractParagraph(
      {
        id: 'PP2',
        kind: 'preambular',
        text: 'Noting the work of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples, and stressing the implementation of the Declaration,',
        footnoteRefs: [],
        subparagraphs: [],
      },
      ctx,
    );
    expect(x.relations.map((r) => r.target)).not.toContain(DECLARATION);
  });
});

describe('"the Global POC Directory" is the Global Intergovernmental Points of Contact Directory', () => {
  it('A/RES/79/237 OP2 (c): "existing initiatives set up under the auspices of the OEWG 2021–2025 ..., including, inter alia, the Global POC Directory"', () => {
    const text =
      'Welcomes the consensus achieved within the OEWG to: (c) Recommend that the future permanent mechanism would facilitate the continued operationalization and further development of all existing initiatives set up under the auspices of the OEWG 2021–2025 and/or other previous processes, including, inter alia, the Global POC Directory and the Global Roundtable on ICT security capacity-building;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA, symbol: 'A/RES/79/237', date: '2024-12-24' })).toEqual(['Initiative:Global Intergovernmental Points of Contact Directory']);
  });

  it('guard: the lowercase full form keeps its key (A/RES/78/237 OP4)', () => {
    const text = 'Welcomes the establishment of the global intergovernmental points of contact directory as the first universal confidence-building measure;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:Global Intergovernmental Points of Contact Directory']);
  });
});
