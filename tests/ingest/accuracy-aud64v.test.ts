// Session-64 audit aud64v: A/RES/79/236 (South-South cooperation, Second Committee) and the texts that print its paragraphs
// (79/205, 80/137, 80/156). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/236', date: '2024-12-24' };

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][]): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const adopted = (id: string, text: string, notes: [string, string][], ctx: RecognizeContext = GA): string[] =>
  extractParagraph(para(id, text, notes), ctx)
    .attributions.filter((a) => a.type === 'ADOPTED')
    .map((a) => `${a.source} -> ${a.target}`);

const ABAS = 'Framework:Antigua and Barbuda Agenda for Small Island Developing States';
const SIDS4 = 'Event:Fourth International Conference on Small Island Developing States';
const NOTE_78_317: [string, string] = ['8', 'Resolution 78/317, annex.'];

describe('"the adoption of <framework><mark> at the <sitting>" with a note "Resolution N, annex": the sitting adopted it, not the note', () => {
  it('A/RES/79/236 OP13 (80/156, 79/205 PP32, 80/137): "the adoption of the Antigua and Barbuda Agenda ...8 at the Fourth International Conference"', () => {
    const text =
      'Welcomes the adoption of the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity 8 at the Fourth International Conference on Small Island Developing States, held in Antigua and Barbuda from 27 to 30 May 2024, which commits to supporting small island developing States (SIDS);';
    const att = adopted('OP13', text, [NOTE_78_317]);
    expect(att).toContain(`${SIDS4} -> ${ABAS}`);
    expect(att).not.toContain(`Resolution:A/RES/78/317 -> ${ABAS}`);
  });

  it('guard: A/RES/79/221 PP9 "Welcoming the adoption of the Antigua and Barbuda Agenda ...,7 and looking forward": no sitting named, the note\'s resolution stays the adopter', () => {
    const text =
      'Welcoming the adoption of the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity,7 and looking forward to the adoption of the outcome document of the third United Nations Conference on Landlocked Developing Countries,';
    expect(adopted('PP9', text, [['7', 'Resolution 78/317, annex.']], { body: 'General Assembly', symbol: 'A/RES/79/221', date: '2024-12-19' })).toContain(
      `Resolution:A/RES/78/317 -> ${ABAS}`,
    );
  });
});
