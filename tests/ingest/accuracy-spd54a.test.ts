// Session 54 (spd54a): the references stage's gate words read in one pass (ingest/recognize/referenceWords.ts).
// - referenceWordsIn answers, for each of REFERENCE_WORDS, what text.includes did: the gates of findResolutionRefs (its five
//   words), findDocumentRefs ("eport", "/", "entitled ", the rare passes' words) and splitClauses ("“", " we: (", ". We ",
//   ": We, ") read its bits instead of each scanning the text;
// - each gate still opens where its words are and stays shut where they are not (the recognisers' output is the same:
//   the golden dump of seeds + corpus + corpus-ga is byte-identical).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REFERENCE_WORDS, RARE_DOCUMENT_WORDS_MASK, RESOLUTION_WORDS_MASK, referenceWordMask, referenceWordsIn } from '../../ingest/recognize/referenceWords.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';
import { splitClauses } from '../../ingest/clauses.js';

/** The words of REFERENCE_WORDS that `text` contains, as text.includes says, and as referenceWordsIn says. */
const byIncludes = (text: string): string[] => REFERENCE_WORDS.filter((w) => text.includes(w));
const byAutomaton = (text: string): string[] => REFERENCE_WORDS.filter((w) => (referenceWordsIn(text) & referenceWordMask([w])) !== 0);

const citations = (text: string): string[] => findResolutionRefs(text, { body: 'General Assembly', symbol: 'A/RES/78/132' }).map((m) => `${m.key} «${m.phrase}»`);
const documents = (text: string): string[] => findDocumentRefs(text).map((m) => `${m.key} «${m.phrase}»`);
const clauses = (text: string): string[] => splitClauses(text, 'operative').map((c) => `${c.verb}:${c.relation ?? '-'}@${c.start}`);

// A/RES/78/132 PP1 (corpus A_RES_78_132.txt)
const PP1_78_132 = 'Recalling its resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002, 57/270 B of 23 June 2003, 60/252 of 27 March 2006, 62/182 of 19 December 2007, 63/202 of 19 December 2008, 64/187 of 21 December 2009, 65/141 of 20 December 2010, 66/184 of 22 December 2011, 67/195 of 21 December 2012, 68/198 of 20 December 2013, 69/204 of 19 December 2014, 70/125 of 16 December 2015, 72/200 of 20 December 2017, 73/218 of 20 December 2018, 74/197 of 19 December 2019, 75/202 of 21 December 2020, 76/189 of 17 December 2021 and 77/150 of 14 December 2022,';
// A/RES/78/132 OP1 (corpus-ga A_RES_78_132.txt): no citation, no document, no gate word but "/"-less plain prose
const OP1_78_132 =
  'Recognizes that information and communications technologies have the potential to provide new solutions to development challenges, particularly in the context of globalization, and can foster sustained, inclusive and equitable economic growth and sustainable development, competitiveness, access to information and knowledge, trade and development, poverty eradication, gender equality and social inclusion that will help to expedite the integration of all countries, especially developing countries, in particular the least developed countries, into the global economy;';
// A/RES/78/132 footnote 9 (corpus-ga A_RES_78_132.txt): a symbol only
const FOOTNOTE9_78_132 = 'A/78/62-E/2023/49.';
// A/RES/80/166 PP15 (corpus-ga A_RES_80_166.txt): a document's title quoted after "entitled "
const PP15_80_166 = 'Recalling also its resolution 64/115 of 16 December 2009 and the document entitled “Introduction and implementation of sanctions imposed by the United Nations” annexed thereto,';
// A/RES/79/314 annex OP2 (corpus-ga A_RES_79_314.txt): a verb inside a quoted title
const ANNEX_OP2_79_314 =
  'We reaffirm the declaration entitled “Our ocean, our future, our responsibility”, adopted by the high level United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development held in Lisbon from 27 June to 1 July 2022,2 and the declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June 2017.3';
// A/RES/79/1 annex II, paragraph 32 (corpus-ga A_RES_79_1.txt), its opening: the list given to "we"
const ANNEX2_32_79_1 =
  'Recognizing the important advisory and advocacy role that the United Nations should play with respect to future generations, we: (a) Take note of the Secretary-General’s proposal to appoint a Special Envoy for Future Generations to support the implementation of this Declaration; (b) Decide to convene an inclusive high-level plenary meeting of the General Assembly on future generations';
// A/RES/79/1 OP21 (corpus-ga A_RES_79_1.txt), its opening: a declaration's sentence opened after a full stop
const OP21_79_1 =
  'Eradicating poverty, in all its forms and dimensions, including extreme poverty, is an imperative for all humankind. We decide to: (a) Take comprehensive and targeted measures to eradicate poverty by addressing the multidimensional nature of poverty, including';
// A/RES/73/3 OP0 (corpus A_RES_73_3.pdftext.txt), its opening: the text adopted, printed after the colon with its own subject
const OP0_73_3 =
  'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018: We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations in New York on 26 September 2018, with a dedicated focus for the first time on the global tuberculosis epidemic, reaffirm our commitment to ending the tuberculosis epidemic globally by 2030 in line with the Sustainable Development Goals target, commit to ending the epidemic in all countries,';

describe('referenceWordsIn: every gate word of the references stage in one pass', () => {
  it('says what text.includes says, word by word, on corpus paragraphs and footnotes', () => {
    for (const text of [PP1_78_132, OP1_78_132, FOOTNOTE9_78_132, PP15_80_166, ANNEX_OP2_79_314, ANNEX2_32_79_1, OP21_79_1, OP0_73_3]) expect(byAutomaton(text), text).toEqual(byIncludes(text));
    expect(byAutomaton(PP1_78_132)).toEqual(['esolution', '/']);
    expect(byAutomaton(OP1_78_132)).toEqual([]);
    expect(byAutomaton(PP15_80_166)).toEqual(['esolution', '/', 'entitled ', '“']);
  });

  it('property: texts made of pieces of the words (overlapping, cut, repeated) get the same answer as includes', () => {
    const pieces = [...REFERENCE_WORDS, 'e', 'R', 'port', 'solution', '/R', 'ES/', ' ', 'we', ':', '(', '.', 'W', 'Climate Change ', '1', '2', 'Land', 'and ', 'l ', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        return byAutomaton(text).join('|') === byIncludes(text).join('|');
      }),
      { numRuns: 3000 },
    );
  });

  it('remembers the last texts by identity, and a copy of a text (another string object) gets the same answer', () => {
    const first = referenceWordsIn(PP1_78_132);
    const copy = [...PP1_78_132].join('');
    expect(referenceWordsIn(copy)).toBe(first);
    // (more than the cache holds in between: read again, same answer)
    for (let k = 0; k < 20; k++) referenceWordsIn(`${k} resolution ${k}`);
    expect(referenceWordsIn(PP1_78_132)).toBe(first);
    expect(first & RESOLUTION_WORDS_MASK).not.toBe(0);
    expect(first & RARE_DOCUMENT_WORDS_MASK).toBe(0);
  });
});

describe('the gates read the one pass: same citations, documents and clauses', () => {
  it('A/RES/78/132 PP1: the list of resolutions is read ("esolution")', () => {
    const found = citations(PP1_78_132);
    expect(found).toHaveLength(19);
    expect(found[0]).toBe('Resolution:A/RES/56/183 «its resolutions 56/183 of 21 December 2001»');
    expect(found[18]).toBe('Resolution:A/RES/77/150 «77/150 of 14 December 2022»');
  });

  it('A/RES/78/132 footnote 9: the symbol is read ("/"); guard: OP1, no gate word, reads no citation and no document', () => {
    expect(documents(FOOTNOTE9_78_132)).toEqual(['Document:A/78/62-E/2023/49 «A/78/62-E/2023/49»']);
    expect(citations(OP1_78_132)).toEqual([]);
    expect(documents(OP1_78_132)).toEqual([]);
  });

  it('A/RES/80/166 PP15: the title quoted after "document entitled " is a document ("entitled ")', () => {
    expect(documents(PP15_80_166)).toEqual(['Document:introduction and implementation of sanctions imposed by the united nations «document entitled “Introduction and implementation of sanctions imposed by the United Nations”»']);
  });

  it('A/RES/79/314 annex OP2: no clause opens inside the quoted title ("“"); guard: the same words unquoted open one', () => {
    expect(clauses(ANNEX_OP2_79_314)).toEqual(['reaffirm:REAFFIRMS@0']);
    expect(clauses(ANNEX_OP2_79_314.replace(/[“”]/g, ''))).toContain('call for:CALLS_UPON@390');
  });

  it('A/RES/79/1 annex II 32: the list given to "we:" types its items ("Take note of", "Decide")', () => {
    expect(clauses(ANNEX2_32_79_1)).toEqual(['Recognizing:RECOGNIZES@0', 'Take note:NOTES@133', 'Decide:DECIDES@284']);
  });

  it('A/RES/79/1 OP21: the sentence opened by ". We " is the declaration\'s ("decide")', () => {
    expect(clauses(OP21_79_1)).toEqual(['Eradicating:-@0', 'decide:DECIDES@117']);
  });

  it('A/RES/73/3 OP0: the text adopted after ": We, " is a clause of its own, its later base forms the declaration\'s', () => {
    expect(clauses(OP0_73_3)).toEqual(['Adopts:ADOPTS@0', 'We:-@158', 'reaffirm our commitment:REAFFIRMS@384', 'commit:-@516']);
  });

  it('guard: without its gate word the same paragraphs read as plain prose (no list, no later sentence, no adopted text)', () => {
    expect(clauses(ANNEX2_32_79_1.replace('we: (a)', 'we (a)'))).not.toContain('Take note:NOTES@133');
    expect(clauses(OP21_79_1.replace('humankind. We decide', 'humankind, we decide'))).not.toContain('decide:DECIDES@117');
    expect(clauses(OP0_73_3.replace(': We, ', ': we, '))).not.toContain('We:-@158');
  });
});
