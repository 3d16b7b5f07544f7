// Session-41 audit aud41g: Documents outside and inside the General Assembly PDFs: last session's leftovers (A/RES/78/105 OP1,
// 80/193 PP27 and OP10, 79/186 OP12, 79/227 PP7's IPCC special reports, the Security Council texts of the corpus, an ITU
// Plenipotentiary resolution "Resolution 140 (Rev. Bucharest, 2022)"), then eight corpus-ga files of a random sample
// (79/35, 78/131, 78/160, 78/144, 80/159, 78/219, 79/201, 80/113), every Document judged: symbol, title, author, and missed.
// Fixed: a spaced footnote mark between "the <year>" and the name the year qualifies ("the 2010 8 Review Conferences", 79/35
// PP8) is read, so the footnote's three volumes are the paragraph's Documents; an ITU conference's resolution cited with its
// revision ("Resolution 140 (Rev. Bucharest, 2022)") and a CITES resolution ("resolution Conf. 12.6 (Rev. CoP18)", 78/68,
// 79/145, 80/109) are Resolution citations with stable keys; an OCR'd "the." at a line's end ("session of the.\nGeneral
// Assembly", S/RES/883 (1993) PP7) is the article; a mark glued to a Human Rights Council resolution's number ("55/197",
// 80/222 OP1) is read, so its footnote's report is the paragraph's; a joint symbol printed "A/77/69/Add.1- E/2022/47/Add.1"
// (79/226 note 17) is one Document. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
const ECOSOC: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };
const { keys, relations } = oneParagraph({ ctx: GA78, kind: 'operative' });

/** A one-resolution PDF text with one body paragraph and its footnotes. */
const pdfText = (body: string, notes: string) => `Resolution adopted by the General Assembly on 2 December 2024

79/35. Towards a nuclear-weapon-free world: accelerating the implementation of nuclear disarmament commitments

The General Assembly,

Recalling its resolution 1 (I) of 24 January 1946,

${body}

52nd plenary meeting
2 December 2024
__________________
${notes}
`;
const extractText = (text: string): ResolutionExtraction[] => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  return segmentResolutions(cleanText(src), src).map((r) => extractResolution(r));
};
const documentsOf = (text: string, id: string): string[] =>
  extractText(text)[0]!.paragraphs.find((p) => p.paragraph.id === id)!.relations.filter((r) => r.target.startsWith('Document:')).map((r) => `${r.type} ${r.target}`);

describe('a spaced mark between "the <year>" and the name it qualifies', () => {
  const NOTES = `6 See 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of
Nuclear Weapons, Final Document, Part I (NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32
(Part I)/Corr.2), annex.

7 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,
Final Document, vols. I–III (NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2000/28 (Part III)
and NPT/CONF.2000/28 (Part IV)).

8 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,
Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II) and
NPT/CONF.2010/50 (Vol. III)).`;

  it('A/RES/79/35 PP8 (78/42): "the Final Documents of the 2000 7 and the 2010 8 Review Conferences of the Parties ...": mark 8 is read, the 2010 Final Document\'s three volumes are recalled', () => {
    const body = `Recalling also the decisions and the resolution adopted at the 1995 Review and
Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear
Weapons,6 the basis upon which the Treaty was indefinitely extended, and the Final
Documents of the 2000 7 and the 2010 8 Review Conferences of the Parties to the
Treaty on the Non-Proliferation of Nuclear Weapons, and in particular the
unequivocal undertaking by the nuclear-weapon States to accomplish the total
elimination of their nuclear arsenals,`;
    const docs = documentsOf(pdfText(body, NOTES), 'PP2');
    expect(docs).toEqual(
      expect.arrayContaining([
        'RECALLS Document:NPT/CONF.2000/28 (Part IV)',
        'RECALLS Document:NPT/CONF.2010/50 (Vol. I)',
        'RECALLS Document:NPT/CONF.2010/50 (Vol. II)',
        'RECALLS Document:NPT/CONF.2010/50 (Vol. III)',
      ]),
    );
  });

  it('guard: a number after "the <year>" with no footnote of that number is no mark ("the 2010 8 Review Conferences" with notes 6 and 7 only)', () => {
    const body = `Recalling also the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear
Weapons,6 and the Final Documents of the 2000 7 and the 2010 8 Review Conferences of the Parties to the
Treaty on the Non-Proliferation of Nuclear Weapons,`;
    const notes = NOTES.slice(0, NOTES.indexOf('\n\n8 '));
    const docs = documentsOf(pdfText(body, notes), 'PP2');
    expect(docs).toContain('RECALLS Document:NPT/CONF.2000/28 (Part IV)');
    expect(docs.filter((d) => d.includes('2010/50'))).toEqual([]);
  });

  it('guard: "to be reached by 2030 8 Member States": a number after a year with no "the" before it, before a capital, stays a number', () => {
    const body = `Recalling the targets to be reached by 2030 8 Member States committed to in the Treaty on the Non-Proliferation of Nuclear Weapons,`;
    const notes = `8 NPT/CONF.2010/50 (Vol. I).`;
    expect(documentsOf(pdfText(body, notes), 'PP2')).toEqual([]);
  });
});

describe('resolutions numbered with their revision: ITU conferences, CITES', () => {
  const ITU_PP = 'Resolution:ITU Plenipotentiary Conference resolution';

  it('ITU Plenipotentiary (the WSIS genre): "Recalling Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference of the International Telecommunication Union ...": one citation, keyed with its revision', () => {
    const text =
      'Recalling Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference of the International Telecommunication Union on the role of ITU in implementing the outcomes of the World Summit on the Information Society,';
    const rel = relations(text, 'preambular', ECOSOC);
    expect(rel).toContain(`RECALLS ${ITU_PP} 140 (Rev. Bucharest, 2022)`);
    expect(rel).toContain('RECALLS Event:World Summit on the Information Society');
    // (the venue is the revision's name, not a place the text speaks of)
    expect(keys(text, 'Place:', 'preambular', ECOSOC)).toEqual([]);
  });

  it('ITU: the conference known by its venue and year when not printed ("resolution 200 (Dubai, 2018)", "Resolution 71 (Rev. Dubai, 2018)"), and a WTDC revision ("(Rev. Kigali, 2022)")', () => {
    expect(keys('Recalling resolution 200 (Dubai, 2018) and Resolution 71 (Rev. Dubai, 2018),', 'Resolution:', 'preambular', ECOSOC)).toEqual([
      `${ITU_PP} 200 (Dubai, 2018)`,
      `${ITU_PP} 71 (Rev. Dubai, 2018)`,
    ]);
    expect(keys('Recalling Resolution 37 (Rev. Kigali, 2022) on bridging the digital divide,', 'Resolution:', 'preambular', ECOSOC)).toEqual([
      'Resolution:ITU World Telecommunication Development Conference resolution 37 (Rev. Kigali, 2022)',
    ]);
  });

  it('guard: a number, a venue and a year of no ITU conference, none named ("resolution 12 (Paris, 2019)"), is no ITU citation', () => {
    expect(keys('Recalling resolution 12 (Paris, 2019) of the Conference,', 'Resolution:ITU', 'preambular', ECOSOC)).toEqual([]);
  });

  it('A/RES/78/68 PP83 note 14 (79/145 note 17, 80/109 note 16): "See resolution Conf. 12.6 (Rev. CoP18) of the Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna and Flora."', () => {
    const text =
      'See resolution Conf. 12.6 (Rev. CoP18) of the Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna and Flora.';
    expect(keys(text, 'Resolution:', 'preambular')).toEqual(['Resolution:CITES resolution Conf. 12.6 (Rev. CoP18)']);
  });

  it('A/RES/78/68 OP36 (79/145 OP38, 80/109 OP41): "consistent with the concepts and non-binding guiding principles contained in resolution Conf. 16.7 on non-detriment findings": ENCOURAGES it', () => {
    const text =
      'Encourages States, as appropriate, to cooperate in establishing non-detriment findings for shared stocks of marine species listed in appendices I and II to the Convention on International Trade in Endangered Species of Wild Fauna and Flora, consistent with the concepts and non-binding guiding principles contained in resolution Conf. 16.7 on non-detriment findings, adopted by the Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna and Flora at its sixteenth meeting;';
    expect(relations(text)).toContain('ENCOURAGES Resolution:CITES resolution Conf. 16.7');
  });

  it('guard: "the Conf. room" or a conference\'s document "A/CONF.202/3" is no CITES resolution', () => {
    expect(keys('Takes note of the report of the Conference (A/CONF.202/3) and of resolution 16/7 of the Human Rights Council;', 'Resolution:CITES')).toEqual([]);
  });
});

describe('an OCR\'d full stop after "the" at a line\'s end (Security Council texts)', () => {
  /** Each paragraph's verb relations of the one Security Council resolution the quoted lines print. */
  const relationsOfLines = (lines: string[]): Record<string, string[]> => {
    const src: SourceText = { file: 'S_RES_0883_1993.txt', format: 'text', text: lines.join('\n') };
    const [r] = segmentResolutions(cleanText(src), src);
    return Object.fromEntries(extractResolution(r!).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
  };
  const HEAD = ['Resolution 883 (1993)', '11 November 1993', '', 'The Security Council,', '', 'Reaffirming its resolutions 731 (1992) of 21 January 1992 and 748', '(1992) of 31 March 1992,', ''];

  it('S/RES/883 (1993) PP7: "his speech in the general debate at the forty-eighth session of the.\nGeneral Assembly 8 in which Libya ...": the session is noted', () => {
    const rel = relationsOfLines([
      ...HEAD,
      "Taking note of the letters to the Secretary-General dated 29 September and 1 October 1993 from the Secretary of the General People's Committee for Foreign Liaison and International Cooperation of Libya 7 and his speech in the general debate at the forty-eighth session of the.",
      'General Assembly 8 in which Libya stated its intention to encourage',
      'those charged with the bombing of Pan Am flight 103 to appear for trial',
      'in Scotland,',
      '',
      '1. Decides to remain seized of the matter.',
    ]);
    expect(rel.PP2).toContain('NOTES Event:forty-eighth session of the General Assembly');
  });

  it('guard: "the." before a blank line still ends its paragraph (no join across paragraphs)', () => {
    const rel = relationsOfLines([...HEAD, 'Noting the views of the.', '', 'General Assembly members,', '', '1. Decides to remain seized of the matter.']);
    expect(Object.keys(rel)).toEqual(['PP1', 'PP2', 'PP3', 'OP1']);
  });
});

describe('a mark glued to a Human Rights Council resolution\'s number', () => {
  const text = (op1: string, notes: string) => `Resolution adopted by the General Assembly on 15 December 2025

80/222. Situation of human rights in the Islamic Republic of Iran

The General Assembly,

Recalling its previous resolutions on the situation of human rights in the Islamic Republic of Iran,

${op1}

62nd plenary meeting
15 December 2025
__________________
${notes}
`;
  const docs = (t: string): string[] =>
    extractText(t)[0]!.paragraphs.find((p) => p.paragraph.id === 'OP1')!.relations.filter((r) => r.target.startsWith('Document:') || r.target.startsWith('Resolution:')).map((r) => `${r.type} ${r.target}`);

  it('A/RES/80/222 OP1: "the report of the Independent International Fact-Finding Mission ... submitted pursuant to Human Rights Council resolution 55/197 and the report of ...": resolution 55/19, and its mark 7\'s A/HRC/58/63', () => {
    const op1 = `1. Welcomes the report of the Secretary-General submitted pursuant to
resolution 79/183,6 the report of the Independent International Fact-Finding Mission
on the Islamic Republic of Iran submitted pursuant to Human Rights Council
resolution 55/197 and the report of the Special Rapporteur on the situation of human
rights in the Islamic Republic of Iran;`;
    const got = docs(text(op1, '6 A/80/484.\n\n7 A/HRC/58/63.'));
    expect(got).toEqual(expect.arrayContaining(['WELCOMES Resolution:A/HRC/RES/55/19', 'WELCOMES Document:A/80/484', 'WELCOMES Document:A/HRC/58/63']));
  });

  it('guard: a General Assembly resolution\'s three digits ("resolution 79/183 and", footnote 3 due) stay its number', () => {
    const op1 = `1. Welcomes the report of the Secretary-General submitted pursuant to
resolution 79/183 and the report of the Special Rapporteur,2 and of the Working Group;3`;
    const got = docs(text(op1, '2 A/80/484.\n\n3 A/HRC/58/63.'));
    expect(got).toContain('WELCOMES Resolution:A/RES/79/183');
    expect(got).toContain('WELCOMES Document:A/HRC/58/63');
  });
});

describe('a joint symbol cut after its hyphen', () => {
  const NOTE =
    'Taking note of the reports of the Secretary-General, A/76/75-E/2021/57, A/76/75/Add.1-E/2021/57/Add.1, A/77/69-E/2022/47, A/77/69/Add.1- E/2022/47/Add.1, A/78/72-E/2023/59 and A/78/72/Add.1-E/2023/59/Add.1;';

  it('A/RES/79/226 note 17: "A/77/69-E/2022/47, A/77/69/Add.1- E/2022/47/Add.1, A/78/72-E/2023/59": the addendum is one joint Document', () => {
    const docs = keys(NOTE, 'Document:');
    expect(docs).toContain('Document:A/77/69/Add.1-E/2022/47/Add.1');
    expect(docs).not.toContain('Document:A/77/69/Add.1');
    expect(docs).not.toContain('Document:E/2022/47/Add.1');
  });

  it('guard: a symbol, a dash and a sentence ("A/77/69 - the report") and a joint symbol printed whole stay as they were', () => {
    const docs = keys('Takes note of document A/77/69- and of A/78/72-E/2023/59, and of A/79/72 - E/2024/12;', 'Document:');
    expect(docs).toEqual(['Document:A/77/69', 'Document:A/78/72-E/2023/59', 'Document:A/79/72', 'Document:E/2024/12']);
  });
});
