// Session-64 audit aud64y: A/RES/79/183 (Situation of human rights in the Islamic Republic of Iran, Third Committee). Fixed: a
// footnote mark glued to a Human Rights Council special-session resolution's number ("resolution S-35/16 and", OP1: S-35/1, mark
// 6) is read, so the resolution keeps its number and the footnote's report is the paragraph's. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { ResolutionExtraction, SourceText } from '../../ingest/models.js';

const extractText = (text: string): ResolutionExtraction[] => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  return segmentResolutions(cleanText(src), src).map((r) => extractResolution(r));
};

describe('a mark glued to a Human Rights Council special-session resolution\'s number', () => {
  const text = (op1: string, notes: string) => `Resolution adopted by the General Assembly on 17 December 2024

79/183. Situation of human rights in the Islamic Republic of Iran

The General Assembly,

Recalling its previous resolutions on the situation of human rights in the Islamic Republic of Iran,

${op1}

53rd plenary meeting
17 December 2024
__________________
${notes}
`;
  const cited = (t: string): string[] =>
    extractText(t)[0]!.paragraphs.find((p) => p.paragraph.id === 'OP1')!.relations.filter((r) => r.target.startsWith('Document:') || r.target.startsWith('Resolution:')).map((r) => `${r.type} ${r.target}`);

  it('A/RES/79/183 OP1: "the report of the ... Fact-Finding Mission ... submitted pursuant to Human Rights Council resolution S-35/16 and the report of the Special Rapporteur": resolution S-35/1, and its mark 6\'s A/HRC/55/67', () => {
    const op1 = `1. Takes note of the report of the Secretary-General submitted pursuant to
resolution 78/220,5 the report of the Independent International Fact-Finding Mission
on the Islamic Republic of Iran submitted pursuant to Human Rights Council resolution
S-35/16 and the report of the Special Rapporteur on the situation of human rights in the
Islamic Republic of Iran, submitted pursuant to Human Rights Council resolution
55/19;7`;
    const got = cited(text(op1, '5 A/79/509.\n\n6 A/HRC/55/67.\n\n7 A/79/371.'));
    expect(got).toEqual(expect.arrayContaining(['NOTES Resolution:A/HRC/RES/S-35/1', 'NOTES Document:A/HRC/55/67', 'NOTES Document:A/79/371', 'NOTES Resolution:A/HRC/RES/55/19']));
    expect(got).not.toContain('NOTES Resolution:A/HRC/RES/S-35/16');
  });

  it('guard: the Assembly\'s emergency special session numbers past nine ("resolution ES-10/19 and") stay whole', () => {
    const op1 = `1. Takes note of the report of the Secretary-General submitted pursuant to
resolution ES-10/19 and the report of the Special Rapporteur;2`;
    const got = cited(text(op1, '2 A/79/371.'));
    expect(got).toContain('NOTES Resolution:A/RES/ES-10/19');
    expect(got).toContain('NOTES Document:A/79/371');
  });

  it('guard: a Council special-session resolution printed with its mark spaced off ("resolution S-35/1,6") keeps its number', () => {
    const op1 = `1. Takes note of the report of the Mission submitted pursuant to Human Rights Council resolution S-35/1,6 and the report of the Special Rapporteur;`;
    const got = cited(text(op1, '6 A/HRC/55/67.'));
    expect(got).toEqual(expect.arrayContaining(['NOTES Resolution:A/HRC/RES/S-35/1', 'NOTES Document:A/HRC/55/67']));
  });
});
