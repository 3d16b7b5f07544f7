// "the political declaration of the high-level meeting on <topic>" (decl13): the declaration the meeting adopted is a
// Framework of its own, the meeting a nested Event that ADOPTED it. Real sentences, file and paragraph named.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';

function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: /^PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const ctx = (symbol: string, date: string) => ({ body: 'General Assembly', symbol, date, file: 'x.txt' });
const run = (symbol: string, date: string, p: ParagraphText) => {
  const x = extractParagraph(p, ctx(symbol, date));
  return {
    frameworks: x.mentions.filter((m) => m.kind === 'Framework' && !m.footnote).map((m) => m.key),
    relations: x.relations.map((r) => `${r.type} ${r.target}`),
    attributions: x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
  };
};

const UHC = 'Framework:Political declaration of the high-level meeting on universal health coverage';
const TB = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis';

describe('the political declaration of a high-level meeting', () => {
  it('A/RES/78/187 PP14: "... and the political declaration of the high-level meeting on universal health coverage" is a Framework the clause recalls', () => {
    const text =
      'Recalling the outcomes of the major United Nations conferences and summits in the economic, social and related fields, in particular the 2030 Agenda for Sustainable Development, the outcome documents of the United Nations conferences, and the political declaration of the high-level meeting on universal health coverage,';
    const r = run('A/RES/78/187', '2023-12-19', para('PP14', text));
    expect(r.frameworks).toContain(UHC);
    expect(r.relations).toContain(`RECALLS ${UHC}`);
    // (the meeting the title names is mentioned by the clause too, aud44b: the hand golds count it, A/RES/79/1 OP20, 78/259 PP4)
    expect(r.relations.filter((x) => x.startsWith('RECALLS Event:high-level meeting on universal health coverage'))).toHaveLength(1);
    expect(r.attributions).toContain(`ADOPTED Event:high-level meeting on universal health coverage -> ${UHC}`);
  });

  it('A/RES/78/174 PP9: three declarations each adopted by its meeting, the meeting held in New York on its date; "of the General Assembly" not in the key', () => {
    const text =
      'Welcoming the adoption of the political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response, held in New York on 20 September 2023,6 the political declaration of the high-level meeting on universal health coverage, held in New York on 21 September 2023, 7 and the political declaration of the high-level meeting on the fight against tuberculosis, held in New York on 22 September 2023,8';
    const r = run('A/RES/78/174', '2023-12-19', para('PP9', text, [['6', 'Resolution 78/3, annex.'], ['7', 'Resolution 78/4, annex.'], ['8', 'Resolution 78/5, annex.']]));
    expect(r.relations).toEqual(expect.arrayContaining([`WELCOMES ${UHC} (2023)`, `WELCOMES ${TB} (2023)`, 'WELCOMES Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)']));
    expect(r.attributions).toEqual(
      expect.arrayContaining([
        `ADOPTED Event:high-level meeting on universal health coverage @ 2023 -> ${UHC} (2023)`,
        'HELD_IN Event:high-level meeting on universal health coverage @ 2023 -> Place:New York',
        'STARTS_ON Event:high-level meeting on universal health coverage @ 2023 -> Date:2023-09-21',
        `ADOPTED Event:high-level meeting on the fight against tuberculosis @ 2023 -> ${TB} (2023)`,
        // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
        'SESSION_OF Event:high-level meeting of the General Assembly on pandemic prevention, preparedness and response @ 2023 -> Organization:General Assembly',
      ]),
    );
  });

  it('A/RES/78/130 PP5: "the 2023 political declaration of the high-level meeting on universal health coverage,4" keyed with its year, adopted by resolution 78/4', () => {
    const text =
      'Recalling further the 2023 political declaration of the high-level meeting on universal health coverage,4 which reaffirms the right of every human being, without distinction of any kind, to the enjoyment of the highest attainable standard of physical and mental health,';
    const r = run('A/RES/78/130', '2023-12-19', para('PP5', text, [['4', 'Resolution 78/4, annex.']]));
    expect(r.relations).toContain(`RECALLS ${UHC} (2023)`);
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it; the year still keys the declaration)
    expect(r.attributions).not.toContain(`ADOPTED Resolution:A/RES/78/4 -> ${UHC} (2023)`);
  });

  it('A/RES/78/4 OP1: "Adopts the political declaration of the high-level meeting on universal health coverage" is adopted by the resolution itself', () => {
    const r = run('A/RES/78/4', '2023-10-05', para('OP1', 'Adopts the political declaration of the high-level meeting on universal health coverage entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”, annexed to the present resolution.'));
    // (its title printed with no comma before "entitled" is read by no step: the declaration is the meeting's, aud23f, as
    // A/RES/78/182 PP8 prints it; before, nothing was read)
    expect(r.frameworks.some((k) => k.startsWith(UHC))).toBe(true);
    const plain = run('A/RES/78/5', '2023-10-05', para('OP1', 'Adopts the political declaration of the high-level meeting on the fight against tuberculosis, annexed to the present resolution.'));
    // (one edge for the one adoption: ADOPTED, no ADOPTS twin: aud44f)
    expect(plain.relations.some((x) => x.startsWith(`ADOPTS ${TB}`))).toBe(false);
    expect(plain.attributions.some((a) => a.startsWith('ADOPTED Resolution:A/RES/78/5 -> ' + TB))).toBe(true);
  });

  it('A/RES/78/159 PP13: "at which the General Assembly adopted the political declaration of the high-level meeting on the midterm review of the Sendai Framework ...": a name inside the meeting\'s does not block it', () => {
    const text =
      'Stressing the importance of the priorities outlined in the Sendai Framework for Disaster Risk Reduction 2015–2030, and welcoming the convening of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, held in New York on 18 to 19 May 2023, at which the General Assembly adopted the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction (2015–2030),15';
    const r = run('A/RES/78/159', '2023-12-19', para('PP13', text, [['15', 'Resolution 77/289, annex.']]));
    const decl = r.frameworks.find((k) => k.startsWith('Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework'));
    expect(decl).toBeDefined();
    expect(r.attributions.some((a) => a.startsWith('ADOPTED Event:high-level meeting on the midterm review of the Sendai Framework') && a.endsWith(`-> ${decl}`))).toBe(true);
  });

  it('A/RES/73/3 OP2: "the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, as reflected in its resolution 71/3 of 5 October 2016": the resolution\'s date is not the meeting\'s', () => {
    const text =
      'Further reaffirm the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, as reflected in its resolution 71/3 of 5 October 2016, and take note of World Health Assembly resolution 69.2 of 28 May 2016;';
    const r = run('A/RES/73/3', '2018-10-10', para('OP2', text));
    expect(r.relations).toContain('REAFFIRMS Framework:Political declaration of the high-level meeting on antimicrobial resistance (2016)');
    // (the year printed before the declaration is the meeting's, aud51d: STARTS_ON 2016; the resolution's day is not)
    const starts = r.attributions.filter((a) => a.startsWith('STARTS_ON Event:high-level meeting of the General Assembly on antimicrobial resistance'));
    expect(starts.every((a) => a.endsWith('-> Date:2016'))).toBe(true);
  });
});

describe('guards', () => {
  it('A/RES/78/152 OP67: "the political declaration of the high-level meeting on the midterm review" names the meeting by what came before: no Framework of that name', () => {
    const text =
      'Recognizes that the findings of the midterm review of the Sendai Framework and the political declaration of the high-level meeting on the midterm review will be an input to the Summit of the Future in 2024;';
    const r = run('A/RES/78/152', '2023-12-19', para('OP67', text));
    expect(r.frameworks.some((k) => k.includes('midterm review'))).toBe(false);
  });

  it('A/RES/78/173 PP15: "the high-level meeting on universal health coverage, held in New York ..." without a declaration before it stays an Event the clause recalls', () => {
    const text = 'Recalling the outcomes of the high-level meeting on universal health coverage, held in New York on 21 September 2023,';
    const r = run('A/RES/78/173', '2023-12-19', para('PP15', text));
    expect(r.frameworks).toEqual([]);
    expect(r.relations.some((x) => x.startsWith('RECALLS Event:high-level meeting on universal health coverage'))).toBe(true);
  });

  it('A/RES/78/159 PP22: "the political declaration of the United Nations Conference to Support ..." is no high-level meeting\'s', () => {
    const text =
      'Noting that coastal and marine resources contribute significantly to the economy, and in this regard welcoming the political declaration of the United Nations Conference to Support the Implementation of Sustainable Development Goal 14, held in Lisbon from 27 June to 1 July 2022,';
    const r = run('A/RES/78/159', '2023-12-19', para('PP22', text));
    expect(r.frameworks.some((k) => k.startsWith('Framework:Political declaration of the'))).toBe(false);
  });
});
