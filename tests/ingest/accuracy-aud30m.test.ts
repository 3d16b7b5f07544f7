// Misses found by the session-30 audit aud30m: A/RES/78/322, 79/307 and 78/52, and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/52', date: '2023-12-04' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const COPUOS = 'Organization:Committee on the Peaceful Uses of Outer Space';
const LTS = 'Framework:Guidelines for the Long-term Sustainability of Outer Space Activities';

describe('"the adoption [in <year>] by <body> at its <Nth> session of <framework>": the body adopted it', () => {
  it('A/RES/78/52 PP18 (79/51, 80/44): "the adoption in 2019 by the Committee ... at its sixty-second session of the preamble and 21 Guidelines ..."', () => {
    const found = attributions(
      'Welcoming the adoption in 2019 by the Committee on the Peaceful Uses of Outer Space at its sixty-second session of the preamble and 21 Guidelines for the Long-term Sustainability of Outer Space Activities, as contained in annex II to the report of the Committee, the implementation of which may have a positive effect on international peace and security,',
    );
    expect(found).toContain(`ADOPTED ${COPUOS} -> ${LTS}`);
    expect(found).toContain(`ADOPTED_ON ${LTS} -> Date:2019`);
  });

  it('A/RES/78/72 OP15 (79/87, 80/76): "the adoption by the Committee of the preamble and 21 Guidelines ..."', () => {
    const found = attributions(
      'Recalls with satisfaction the adoption by the Committee on the Peaceful Uses of Outer Space of the preamble and 21 Guidelines for the Long-term Sustainability of Outer Space Activities;',
      'operative',
    );
    expect(found).toContain(`ADOPTED ${COPUOS} -> ${LTS}`);
  });

  it('A/RES/79/9 PP4: "the adoption by the Islamic Summit Conference at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016, of the ... 2025 Programme of Action"', () => {
    const found = attributions(
      'Noting the adoption by the Islamic Summit Conference at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016, of the Organization of Islamic Cooperation 2025 Programme of Action,',
    );
    // (the Conference is the standing one whose thirteenth session is dated, no dated copy of its own: accuracy-aud54f)
    expect(found).toContain('ADOPTED Event:Islamic Summit Conference -> Framework:Organization of Islamic Cooperation 2025 Programme of Action');
  });

  it('guard, A/RES/78/59 PP22: "the adoption by the General Assembly at its seventy-second session of the political declaration on the implementation of the <plan>": the plan was not what was adopted', () => {
    const found = attributions(
      'Bearing in mind the increased focus of the Standing Advisory Committee on human security questions, and recalling the adoption by the General Assembly at its seventy-second session of the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons following the high-level meeting of the Assembly,',
    );
    expect(found.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: a date after "the adoption in" with no "by <body> ... of <framework>" after it adopts nothing', () => {
    const found = attributions('Welcoming the adoption in 2019 of the preamble and 21 Guidelines for the Long-term Sustainability of Outer Space Activities by consensus,');
    expect(found.filter((a) => a.startsWith(`ADOPTED ${COPUOS}`))).toEqual([]);
  });
});

/** A paragraph with its footnote marks, each [mark, footnote text, the words the mark ends]. */
function para(id: string, text: string, notes: [string, string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note, at]) => ({ mark, offset: text.indexOf(at) + at.length - mark.length, footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
/** paragraph id -> its verb relations as 'TYPE target' */
const relationsByParagraph = (paragraphs: ParagraphText[]): Record<string, string[]> =>
  Object.fromEntries(
    extractResolution({ symbol: 'A/RES/78/52', body: 'General Assembly', date: '2023-12-04', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] }).paragraphs.map((p) => [
      p.paragraph.id,
      p.relations.map((x) => `${x.type} ${x.target}`),
    ]),
  );

describe('a body\'s report footnoted under its short name is the same report when the rest of the full name follows', () => {
  const GGE = 'Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';
  const before = [
    para('PP14', `Recalling the work done in 2012 and 2013 by the ${GGE}, which was convened by the Secretary-General,`),
    para('PP16', 'Recalling the consideration of the report of the Group of Governmental Experts,6 as well as views on the modalities of making practical use of the recommendations contained therein,', [
      ['6', 'A/68/189.', 'Experts,6'],
    ]),
  ];

  it(`A/RES/78/52 OP1 (79/51, 80/44): "Stresses the importance of the report of the ${GGE}, considered by the General Assembly on 5 December 2013;" is A/68/189`, () => {
    const found = relationsByParagraph([...before, para('OP1', `Stresses the importance of the report of the ${GGE}, considered by the General Assembly on 5 December 2013;`)]);
    expect(found.OP1).toContain('EMPHASIZES Document:A/68/189');
    // (the group keeps its own verb relation: it is named in the clause)
    expect(found.OP1).toContain(`EMPHASIZES Organization:${GGE}`);
  });

  it('A/RES/78/52 OP7: "convened in accordance with the report of the <group in full> and its resolutions 69/38, ..." is A/68/189', () => {
    const found = relationsByParagraph([...before, para('OP7', `Welcomes the joint ad hoc meetings of the First and Fourth Committees, convened in accordance with the report of the ${GGE} and its resolutions 69/38 and 76/55;`)]);
    expect(found.OP7).toContain('WELCOMES Document:A/68/189');
  });

  it('guard: the short name followed by another subject ("the report of the Group of Governmental Experts on its work in 2024") is not that report', () => {
    const found = relationsByParagraph([...before, para('OP2', 'Takes note of the report of the Group of Governmental Experts on its work in 2024;')]);
    expect(found.OP2).not.toContain('NOTES Document:A/68/189');
  });
});
