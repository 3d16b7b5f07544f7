// Accuracy cases of session 32 (aud32n): a bare "the declaration adopted at that meeting" read as the framework the
// same resolution names in full as adopted by that meeting. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';

function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const resolution = (paragraphs: ParagraphText[]): ResolutionText => ({ symbol: 'A/RES/79/126', body: 'General Assembly', date: '2024-12-04', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });

const PP11 =
  'Noting the declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels, as adopted by the General Assembly in its resolution 67/1 of 24 September 2012, without a vote,';
const OP1 =
  'Recalls the high-level meeting of the General Assembly on the rule of law at the national and international levels, held during the high-level segment of its sixty-seventh session, and the declaration adopted at that meeting,3 takes note of the report of the Secretary-General submitted pursuant to paragraph 41 of the declaration, 4 and requests the Sixth Committee to continue its consideration of ways and means of further developing the linkages between the rule of law and the three pillars of the United Nations;';
const NOTES: [string, string][] = [['3', 'Resolution 67/1.'], ['4', 'A/68/213/Add.1.']];
// (keyed as printed here; graph/ drops the owner from the key)
const MEETING = 'Event:high-level meeting of the General Assembly on the rule of law at the national and international levels';
const DECLARATION = 'Framework:Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels';

function op1(paragraphs: ParagraphText[]) {
  return extractResolution(resolution(paragraphs)).paragraphs.find((p) => p.paragraph.id === 'OP1')!;
}

describe('"the declaration adopted at that meeting": the framework the resolution names as that meeting\'s', () => {
  it('A/RES/79/126 OP1 (78/112, 80/167): RECALLS and the meeting ADOPTED the declaration PP11 names in full', () => {
    const p = op1([para('PP11', PP11), para('OP1', OP1, NOTES)]);
    // (and, since aud52c (session 52), "paragraph 41 of the declaration" in the next clause is that declaration too, by its short form)
    expect(p.relations.filter((r) => r.target.startsWith('Framework:')).map((r) => `${r.type} ${r.target} «${r.phrase}»`)).toEqual([`RECALLS ${DECLARATION} «declaration»`, `NOTES ${DECLARATION} «declaration»`]);
    expect(p.attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${a.source} -> ${a.target}`)).toEqual([`${MEETING} -> ${DECLARATION}`]);
    expect(p.mentions.some((m) => m.key.toLowerCase() === 'framework:declaration')).toBe(false);
  });

  it('guard: with no paragraph naming the declaration in full, no framework and no node called "declaration"', () => {
    const p = op1([para('OP1', OP1, NOTES)]);
    expect(p.relations.filter((r) => r.target.startsWith('Framework:'))).toEqual([]);
    expect(p.attributions.filter((a) => a.type === 'ADOPTED' && a.source === MEETING)).toEqual([]);
  });

  it('guard: "the declaration adopted at that summit" after a meeting (no summit named before) gives the meeting no ADOPTED', () => {
    const p = op1([para('PP11', PP11), para('OP1', OP1.replace('adopted at that meeting', 'adopted at that summit'), NOTES)]);
    expect(p.attributions.filter((a) => a.type === 'ADOPTED' && a.source === MEETING)).toEqual([]);
    // (the bare words are still the declaration PP11 named: aud52c's short form, session 52)
    expect(p.relations.filter((r) => r.target.startsWith('Framework:')).map((r) => r.target)).toEqual([DECLARATION, DECLARATION]);
  });
});
