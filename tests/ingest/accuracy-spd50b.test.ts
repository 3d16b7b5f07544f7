// Session-50 speed helper spd50b (the references worker). No change to the graph (golden dump cmp-identical); what these
// tests pin down:
// - cleanInline (clean.ts) removes pypdf's space before a comma, semicolon or closing quote, and rejoins a symbol's part to
//   its full stop, only in a text where SPACE_BEFORE_PUNCTUATION finds a space before one of those four: the regex holds
//   wherever one of the four searches did, and the two repairs still happen (more cases: accuracy-aud39i, accuracy-aud43b);
// - findDocumentRefs (recognize/documents.ts) asks its rare passes' gates (the known reports, the IPCC volumes,
// the general comments, "The State of ...", the World Economic Situation and Prospects, "Study on ...") only of a text that
// RARE_DOCUMENT_WORDS_RE finds one of their words in. That regex must hold wherever one of those gates does; each rare pass
// still reads its documents, and a text without the words still reads its symbols.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';
import { cleanInline } from '../../ingest/clean.js';
import { SPACE_BEFORE_PUNCTUATION } from '../../ingest/clean.patterns.js';
import { RARE_DOCUMENT_WORDS_RE, STUDY_ON, mayCiteIpccVolume, mayCiteKnownReport } from '../../ingest/recognize/documents.patterns.js';

/** The gates of the rare passes, as findDocumentRefs asks them (GENERAL_COMMENT_GATE_RE's words written out). */
function someRareGate(text: string): boolean {
  return (
    mayCiteKnownReport(text) ||
    mayCiteIpccVolume(text) ||
    /[l] (?:comment|recommendation)/.test(text) ||
    text.includes('The State of ') ||
    text.includes('Situation and Prospects ') ||
    text.includes(STUDY_ON)
  );
}

const documents = (text: string): string[] => findDocumentRefs(text).map((m) => `${m.key} «${m.phrase}»`);

// A/RES/78/120 PP8 (corpus-ga A_RES_78_120.txt)
const PP8_78_120 =
  'Highlighting the synergies between the implementation of the 2030 Agenda for Sustainable Development 5 and the Paris Agreement, and noting with concern the findings contained in the Special Report on Global Warming of 1.5°C of the Intergovernmental Panel on Climate Change,';
// A/RES/78/159 PP10 (corpus-ga A_RES_78_159.txt)
const PP10_78_159 =
  'Noting with concern the findings contained in the special reports of the Intergovernmental Panel on Climate Change, entitled Global Warming of 1.5°C, The Ocean and Cryosphere in a Changing Climate and Climate Change and Land, and the Sixth Assessment Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2023: Synthesis Report, as well as the findings of the second World Ocean Assessment,';
// A/RES/78/187 PP15 (corpus-ga A_RES_78_187.txt)
const PP15_78_187 =
  'Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child regarding the implementation of the Convention on the Rights of the Child in relation to the digital environment,32 and taking note also of general comment No. 26 (2023) on children’s rights and the environment, with a special focus on climate change,33';
// A/RES/78/132 PP23 (corpus-ga A_RES_78_132.txt)
const PP23_78_132 =
  'Taking note also of the report of the Broadband Commission for Sustainable Development entitled The State of Broadband Report 2023: Digital Connectivity – A Transformative Opportunity, which provides an evaluation of the progress made towards achieving the Broadband Commission’s advocacy targets for broadband and the state of broadband development worldwide,';
// A/RES/79/238 PP4 (corpus-ga A_RES_79_238.txt)
const PP4_79_238 =
  'Recalling its resolutions 40/152 G of 16 December 1985 and 41/86 H of 4 December 1986 and the subsequent publication in 1989 of the Study on the Climatic and Other Global Effects of Nuclear War,1';
// A/RES/78/132 PP16 footnote 9
const FOOTNOTE9_78_132 = 'A/78/62-E/2023/49.';
// A/RES/78/132 OP1
const OP1_78_132 =
  'Recognizes that information and communications technologies have the potential to provide new solutions to development challenges, particularly in the context of globalization, and can foster sustained, inclusive and equitable economic growth and sustainable development, competitiveness, access to information and knowledge, trade and development, poverty eradication, gender equality and social inclusion that will help to expedite the integration of all countries, especially developing countries, in particular the least developed countries, into the global economy;';

describe('findDocumentRefs: the rare passes behind one scan (RARE_DOCUMENT_WORDS_RE)', () => {
  it('the scan holds wherever a rare pass\'s own gate does: corpus paragraphs and each gate word alone', () => {
    const words = ['Warming', 'Cryosphere', 'Special Report on Climate Change,', '1.5 degrees', 'and Land', 'Climate Change 2022', 'Climate Change 1995', 'general comment', 'general recommendation', 'The State of ', 'Situation and Prospects ', STUDY_ON];
    for (const text of [PP8_78_120, PP10_78_159, PP15_78_187, PP23_78_132, PP4_79_238, ...words.map((w) => `Recalling the ${w} text`)]) {
      expect(someRareGate(text), text).toBe(true);
      expect(RARE_DOCUMENT_WORDS_RE.test(text), text).toBe(true);
    }
  });

  it('property: texts made of pieces of the gate words never pass a rare gate that the scan misses', () => {
    const pieces = ['Warming', 'Cryo', 'sphere', 'Special Report on Climate Change', ',', '1.5 degrees', 'and ', 'Land', 'Climate Change ', '19', '20', 'l ', 'comment', 'recommendation', 'The State of ', 'Situation and Prospects ', 'Study on', ' ', 'a', 'L'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        return !someRareGate(text) || RARE_DOCUMENT_WORDS_RE.test(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('A/RES/78/120 PP8: a known report named by its subject ("Special Report on Global Warming of 1.5°C")', () => {
    expect(documents(PP8_78_120)).toEqual(['Document:global warming of 1.5°c «Special Report on Global Warming of 1.5°C»']);
  });

  it('A/RES/78/159 PP10: the known reports and the IPCC volume "Climate Change 2023: Synthesis Report"', () => {
    expect(documents(PP10_78_159)).toEqual([
      'Document:global warming of 1.5°c «special reports of the Intergovernmental Panel on Climate Change, entitled Global Warming of 1.5°C»',
      'Document:global warming of 1.5°c «Global Warming of 1.5°C»',
      'Document:the ocean and cryosphere in a changing climate «The Ocean and Cryosphere in a Changing Climate»',
      'Document:climate change and land «Climate Change and Land»',
      'Document:climate change 2023: synthesis report «Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2023: Synthesis Report»',
      'Document:climate change 2023: synthesis report «Climate Change 2023: Synthesis Report»',
    ]);
  });

  it('A/RES/78/187 PP15: a treaty body\'s general comment', () => {
    expect(documents(PP15_78_187)[0]).toBe('Document:general comment no. 25 of the committee on the rights of the child «general comment No. 25 (2021)»');
  });

  it('A/RES/78/132 PP23: an edition of "The State of Broadband"', () => {
    expect(documents(PP23_78_132)).toEqual([
      'Document:the state of broadband 2023 «report of the Broadband Commission for Sustainable Development entitled The State of Broadband Report 2023: Digital Connectivity – A Transformative Opportunity»',
    ]);
  });

  it('A/RES/79/238 PP4: a study cited by its title', () => {
    expect(documents(PP4_79_238)).toEqual(['Document:study on the climatic and other global effects of nuclear war «Study on the Climatic and Other Global Effects of Nuclear War»']);
  });

  it('guard: A/RES/78/132 footnote 9, no rare word, still reads its symbol; OP1, no document, reads none', () => {
    expect(RARE_DOCUMENT_WORDS_RE.test(FOOTNOTE9_78_132)).toBe(false);
    expect(documents(FOOTNOTE9_78_132)).toEqual(['Document:A/78/62-E/2023/49 «A/78/62-E/2023/49»']);
    expect(RARE_DOCUMENT_WORDS_RE.test(OP1_78_132)).toBe(false);
    expect(documents(OP1_78_132)).toEqual([]);
  });
});

describe('cleanInline: the kerning repairs behind one scan (SPACE_BEFORE_PUNCTUATION)', () => {
  it('A/RES/73/6 PP17 (corpus A_RES_73_6.pdftext.txt): "Reaffirming , in that regard" loses the space before the comma', () => {
    expect(cleanInline('Reaffirming , in that regard, General Assembly resolution 51/122 of 13 December 1996,', false)).toBe(
      'Reaffirming, in that regard, General Assembly resolution 51/122 of 13 December 1996,',
    );
  });

  it('A/RES/73/6 footnote 6: "A/AC .105/1174" is rejoined; a closing quote and a semicolon lose their space too', () => {
    expect(cleanInline('A/AC .105/1174, annex.', false)).toBe('A/AC.105/1174, annex.');
    expect(cleanInline('a “Space2030 ” agenda ; and', false)).toBe('a “Space2030” agenda; and');
  });

  it('property: the scan holds wherever one of the four searches does', () => {
    const pieces = [' ', ',', '”', ';', '.', 'a', 'A/AC', '1', '“'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        const anyPair = s.includes(' ,') || s.includes(' ”') || s.includes(' ;') || s.includes(' .');
        return anyPair === SPACE_BEFORE_PUNCTUATION.test(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('guard: A/RES/78/132 OP1 (no space before such punctuation) comes out as it went in', () => {
    expect(SPACE_BEFORE_PUNCTUATION.test(OP1_78_132)).toBe(false);
    expect(cleanInline(OP1_78_132, false)).toBe(OP1_78_132);
  });
});
