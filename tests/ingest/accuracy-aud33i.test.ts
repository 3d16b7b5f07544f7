// Session-33 audit aud33i: who wrote a report (Document.author) and what its title is, swept over corpus-ga. A report's
// author is its body's Organization node name whatever form the text prints (acronym, misspelt alias, a short name the
// node holds as an alias), never a date, a sentence's words or a role alone; the body beats "Secretary-General" whichever
// file is read first; a title stops before "regarding" and a subject before the report's date. Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import type { RecognizeContext, ResolutionExtraction } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { citingResolution } from '../graph/fixtures.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/279', date: '2024-06-27' };
const { extract } = oneParagraph({ ctx: GA78, kind: 'preambular' });

/** The Document mentions of one paragraph as 'name | author' ('-' for none). */
function documents(text: string, ctx: RecognizeContext = GA78): string[] {
  return extract(text, undefined, { ...ctx })
    .mentions.filter((m) => m.kind === 'Document')
    .map((m) => `${m.name} | ${typeof m.attrs.author === 'string' ? m.attrs.author : '-'}`);
}

const FAO = 'Food and Agriculture Organization of the United Nations';

describe('a titled report\'s author is its body\'s Organization name', () => {
  it('A/RES/78/279 PP: "the 2023 report of the Food and Agricultural Organization of the United Nations entitled The Status of Women in Agrifood Systems": the misspelt name is FAO', () => {
    const text = 'Taking note of the 2023 report of the Food and Agricultural Organization of the United Nations entitled The Status of Women in Agrifood Systems,';
    expect(documents(text)).toEqual([`The Status of Women in Agrifood Systems | ${FAO}`]);
  });

  it('guard: a body the gazetteer does not know keeps its printed name (A/RES/78/321 PP11, the WMO is known; the Sport for Development and Peace International Working Group is not)', () => {
    const text =
      'Recalling the report of the Sport for Development and Peace International Working Group entitled Harnessing the Power of Sport for Development and Peace: Recommendations to Governments,';
    expect(documents(text)).toEqual(['Harnessing the Power of Sport for Development and Peace: Recommendations to Governments | Sport for Development and Peace International Working Group']);
  });

  it('A/RES/79/237 OP2(b): "the Final Report of the OEWG": the acronym is the open-ended working group\'s full name', () => {
    const text = 'Continue discussions within the current OEWG and to submit recommendations in the Final Report of the OEWG to be adopted in July 2025 on:';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/237', date: '2024-12-24' };
    expect(documents(text, ctx)).toEqual([
      'Final Report of the OEWG | Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025',
    ]);
  });

  it('A/RES/78/73 OP: "the United Nations country team reports of 26 August 2016, entitled “Gaza: two years after”": a date is no author', () => {
    const text =
      'Notes the alarming figures reflected in the United Nations country team reports of 26 August 2016, entitled “Gaza: two years after”, and of July 2017, entitled “Gaza ten years later”;';
    expect(documents(text, { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-06' })).toContain('Gaza: two years after | -');
  });

  it('A/RES/78/203 OP9: "the report of the Chair-Rapporteur entitled “Draft convention on the right to development”": a role alone names no author', () => {
    const text = 'Calls upon Member States to contribute, and in this regard notes the report of the Chair-Rapporteur entitled “Draft convention on the right to development”, submitted to the Working Group at its twenty-first session;';
    expect(documents(text, { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' })).toEqual(['Draft convention on the right to development | -']);
  });

  it('guard: "the report of the Secretary-General entitled “Our Common Agenda”" keeps the Secretary-General (A/RES/79/321 PP)', () => {
    expect(documents('Recalling the report of the Secretary-General entitled “Our Common Agenda”,')).toEqual(['Our Common Agenda | Secretary-General']);
  });

  it('A/RES/78/222 OP28 (79/185 OP29): "... the report by the Head of the Mechanism ... under the agenda item entitled “Prevention of armed conflict”": an agenda item, no report', () => {
    const text =
      'Requests the International, Impartial and Independent Mechanism to submit an annual report to the General Assembly, in time for the annual presentation of the report by the Head of the Mechanism in April at a plenary meeting of the Assembly under the agenda item entitled “Prevention of armed conflict”;';
    expect(documents(text, { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-22' }).filter((d) => d.startsWith('Prevention'))).toEqual([]);
  });
});

describe('titles and subjects stop where the sentence goes on', () => {
  const GA321: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/321', date: '2024-08-22' };
  it('A/RES/78/321 PP11 (and PP10): "the report of the World Meteorological Organization entitled State of the Global Climate 2023 regarding the profound changes seen in the cryosphere"', () => {
    const text =
      'Noting with concern further the findings of the report of the World Meteorological Organization entitled State of the Global Climate 2023 regarding the profound changes seen in the cryosphere, illustrating the global scale of climate change,';
    expect(documents(text, GA321)).toEqual(['State of the Global Climate 2023 | World Meteorological Organization']);
  });

  it('guard: "regarding" inside a quoted title stays (A/RES/78/29 OP7 reads a decision, this a report)', () => {
    const text = 'Recalling the report of the Secretary-General entitled “Understanding regarding the use of chemicals”,';
    expect(documents(text, GA321)).toEqual(['Understanding regarding the use of chemicals | Secretary-General']);
  });

  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/11', date: '2025-11-20' };
  it('A/RES/80/11 PP15: "the report of the Secretary-General on peacebuilding and sustaining peace of 25 November 20242": the date is the report\'s, not its subject', () => {
    const text = 'Taking note of the report of the Secretary-General on peacebuilding and sustaining peace of 25 November 20242 and the inputs for the 2025 review,';
    const x = extract(text, undefined, { ...GA80 }).mentions.filter((m) => m.kind === 'Document');
    expect(x.map((m) => m.attrs.subject)).toEqual(['peacebuilding and sustaining peace']);
  });

  it('guard: a resolution\'s date inside the subject stays (A/RES/79/330: "on the implementation of resolution 77/330 of 25 August 2023")', () => {
    const text = 'Taking note of the report of the Secretary-General on the implementation of resolution 77/330 of 25 August 2023,';
    const x = extract(text, undefined, { ...GA80 }).mentions.filter((m) => m.kind === 'Document');
    expect(x.map((m) => m.attrs.subject)).toEqual(['the implementation of resolution 77/330 of 25 August 2023']);
  });
});

describe('graph: one author per document, whichever file comes first', () => {
  const DOC = 'Document:A/79/193';
  /** a resolution whose PP1 mentions `mentions` (nodes with these attributes) */
  function citing(symbol: string, mentions: { key: string; kind: 'Document' | 'Organization'; name: string; attrs: Record<string, unknown> }[]): ResolutionExtraction {
    const ex = citingResolution({ symbol, file: `${symbol.replace(/\//g, '_')}.txt` });
    for (const m of mentions) ex.paragraphs[0]!.mentions.push({ ...m, phrase: 'Rec', start: 0, end: 3 });
    return ex;
  }
  const authorOf = (order: ResolutionExtraction[], key = DOC): unknown => {
    const b = new GraphBuilder();
    for (const ex of order) b.addResolution(ex);
    return b.finalize().getNodeAttribute(key, 'author');
  };
  const SR = 'Special Rapporteur on the right to privacy';
  const bySG = () => citing('A/RES/79/227', [{ key: DOC, kind: 'Document', name: 'A/79/193', attrs: { symbol: 'A/79/193', author: 'Secretary-General' } }]);
  const bySR = () => citing('A/RES/79/175', [{ key: DOC, kind: 'Document', name: 'A/79/193', attrs: { symbol: 'A/79/193', author: SR } }]);

  it('A/79/193: A/RES/79/175 PP ("the reports of the Special Rapporteur on the right to privacy,16") and 79/227 OP1 ("the report of the Secretary-General;33"): the Rapporteur, in either order', () => {
    expect(authorOf([bySR(), bySG()])).toBe(SR);
    expect(authorOf([bySG(), bySR()])).toBe(SR);
  });

  it('guard: two bodies other than the Secretary-General: the first stays', () => {
    const other = citing('A/RES/79/1', [{ key: DOC, kind: 'Document', name: 'A/79/193', attrs: { symbol: 'A/79/193', author: 'Human Rights Committee' } }]);
    expect(authorOf([bySR(), other])).toBe(SR);
  });

  const PANEL = 'High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States';
  const SHORT = 'High-level Panel on the Development of a Multidimensional Vulnerability Index';
  const FINAL = 'Document:final report of the high-level panel on the development of a multidimensional vulnerability index';
  it('A/RES/78/232 OP: "the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index": its author is the Organization node the short name is an alias of', () => {
    const ex = citing('A/RES/78/232', [
      { key: `Organization:${PANEL}`, kind: 'Organization', name: PANEL, attrs: { aliases: [SHORT, 'Panel'] } },
      { key: FINAL, kind: 'Document', name: `Final report of the ${SHORT}`, attrs: { author: SHORT } },
    ]);
    expect(authorOf([ex], FINAL)).toBe(PANEL);
  });

  it('A/RES/80/124 OP2: "the report of the United Nations Secretary-General’s Panel on Critical Energy Transition Minerals": the node\'s name, as its key prints the apostrophe', () => {
    const CEM = "United Nations Secretary-General's Panel on Critical Energy Transition Minerals";
    const DOC2 = 'Document:resourcing the energy transition';
    const ex = citing('A/RES/80/124', [
      { key: `Organization:${CEM}`, kind: 'Organization', name: CEM, attrs: {} },
      { key: DOC2, kind: 'Document', name: 'Resourcing the energy transition', attrs: { author: CEM.replace("'", '’') } },
    ]);
    expect(authorOf([ex], DOC2)).toBe(CEM);
  });

  it('guard: an alias two Organization nodes share names neither', () => {
    const ex = citing('A/RES/78/232', [
      { key: `Organization:${PANEL}`, kind: 'Organization', name: PANEL, attrs: { aliases: [SHORT] } },
      { key: 'Organization:Other panel', kind: 'Organization', name: 'Other panel', attrs: { aliases: [SHORT] } },
      { key: FINAL, kind: 'Document', name: `Final report of the ${SHORT}`, attrs: { author: SHORT } },
    ]);
    expect(authorOf([ex], FINAL)).toBe(SHORT);
  });
});
