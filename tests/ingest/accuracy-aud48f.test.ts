// Session-48 audit aud48f: A/RES/80/118 (ICT for sustainable development, the family of the seed) annotated before looking at
// the graph (tests/gold/aud48f-A_RES_80_118.gold.tsv), then scored. Fixed, each with the file and paragraph it was found in and
// a guard:
// - the lead's ruling: "..., and endorsed by the General Assembly,7" with "7 See resolution 59/220." is "endorsed by the General
//   Assembly in its resolution 59/220" with the resolution moved to the note: the Assembly is the author of its own act and no
//   target of the clause's verb (A/RES/80/118 PP9, 78/132 PP9, 79/194 PP8, 79/277 PP1); the note's resolution stays a target
//   and still ENDORSES the texts the Summit adopted.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphExtraction, RecognizeContext } from '../../ingest/models.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
const GA = 'Organization:General Assembly';

/** a preambular paragraph with its notes: each [printed text ending with the mark, the mark, the note's text] */
function noted(text: string, notes: readonly (readonly [string, string, string])[], ctx: RecognizeContext): ParagraphExtraction {
  const footnoteRefs = notes.map(([at, mark, note]) => ({ mark, offset: text.indexOf(at) + at.length - mark.length, footnote: { mark, text: note } }));
  return extractParagraph({ id: 'PP9', kind: 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
}
const relations = (x: ParagraphExtraction): string[] => x.relations.map((r) => `${r.type} ${r.target}`);
const attributions = (x: ParagraphExtraction): string[] => x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const PP9_80_118 =
  'Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,6 and endorsed by the General Assembly,7 and the Tunis Commitment and the Tunis Agenda for the Information Society adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005,8 and endorsed by the Assembly,9';
const PP9_NOTES = [
  ['2003,6', '6', 'See A/C.2/59/3, annex.'],
  ['General Assembly,7', '7', 'See resolution 59/220.'],
  ['2005,8', '8', 'See A/60/687.'],
  ['the Assembly,9', '9', 'See resolution 60/252.'],
] as const;

describe('"endorsed by the General Assembly,7" with a note that is its resolution: the Assembly\'s own act, no verb target (the lead\'s ruling)', () => {
  it('A/RES/80/118 PP9: RECALLS the texts and the notes\' resolutions, not the Assembly; the resolutions ENDORSE the texts', () => {
    const x = noted(PP9_80_118, PP9_NOTES, GA80);
    const rel = relations(x);
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/59/220');
    expect(rel).toContain('RECALLS Resolution:A/RES/60/252');
    expect(rel).toContain('RECALLS Framework:Geneva Declaration of Principles');
    expect(rel).toContain('RECALLS Framework:Tunis Agenda for the Information Society');
    const att = attributions(x);
    expect(att).toContain('ENDORSES Resolution:A/RES/59/220 -> Framework:Geneva Declaration of Principles');
    expect(att).toContain('ENDORSES Resolution:A/RES/60/252 -> Framework:Tunis Agenda for the Information Society');
    // the paragraph still mentions the Assembly
    expect(x.mentions.map((m) => m.key)).toContain(GA);
  });

  it('A/RES/79/277 PP1: the same with the marks printed after a space ("the General Assembly, 2 and")', () => {
    const text =
      'Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003, 1 and endorsed by the General Assembly, 2 and the Tunis Commitment and the Tunis Agenda for the Information Society adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005, 3 and endorsed by the Assembly,4';
    const notes = [
      ['2003, 1', '1', 'See A/C.2/59/3, annex.'],
      ['General Assembly, 2', '2', 'See resolution 59/220.'],
      ['2005, 3', '3', 'See A/60/687.'],
      ['the Assembly,4', '4', 'See resolution 60/252.'],
    ] as const;
    const rel = relations(noted(text, notes, GA79));
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/59/220');
  });

  it('guard: the same words with a note that names no resolution ("7 See A/C.2/59/3, annex.") keep the Assembly the verb\'s', () => {
    const notes = [['General Assembly,7', '7', 'See A/C.2/59/3, annex.']] as const;
    expect(relations(noted(PP9_80_118, notes, GA80))).toContain(`RECALLS ${GA}`);
  });

  it('guard: the Assembly asked, with a resolution in the note ("in which the General Assembly was requested ...,5", 79/277 PP2 reworded) stays the verb\'s', () => {
    const text = 'Recalling also the outcome document, in which the General Assembly was requested to undertake the overall review of the implementation of the outcomes of the World Summit on the Information Society,5';
    const notes = [['Society,5', '5', 'Resolution 70/125.']] as const;
    expect(relations(noted(text, notes, GA79))).toContain(`RECALLS ${GA}`);
  });

  it('guard: another body that endorsed ("endorsed by the Economic and Social Council,5" with "5 Resolution 2017/21."-like notes) stays the verb\'s', () => {
    const text = 'Recalling the proposal on the structure of the Working Group on Enhanced Cooperation, endorsed by the Economic and Social Council,5';
    const notes = [['Council,5', '5', 'See resolution 59/220.']] as const;
    expect(relations(noted(text, notes, GA80))).toContain('RECALLS Organization:Economic and Social Council');
  });
});
