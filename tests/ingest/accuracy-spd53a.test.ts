// Session-53 speed helper spd53a (the largest first compiles). No change to the graph (golden dump cmp-identical). The rare
// parts of sittingsOfDeclarations (the sitting a declaration's title names; the meeting before "its political declaration") and of
// yearSessionsNamedBefore (a session printed with its year alone) are now functions of their own, called behind the gates they
// had, so the loops compile small and a case first met late deopts the small function: the tests below pin that each still reads
// the paragraphs it read (pure moves: they pass before and after; a compile is not visible to a test).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import type { ParagraphExtraction } from '../../ingest/models.js';
import { sharedDir } from '../helpers/env.js';

const ga = sharedDir('corpus-ga');
const attributionsOf = (p: ParagraphExtraction): string[] => p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

/** One paragraph of a corpus-ga file, extracted with the whole file (what the paragraphs before it named counts). */
async function fileParagraph(file: string, id: string): Promise<ParagraphExtraction> {
  const [resolution] = extractFileReferences(await readFileReferences(join(ga!, file)));
  const found = resolution!.paragraphs.find((p) => p.paragraph.id === id);
  if (found === undefined) throw new Error(`no ${id} in ${file}`);
  return found;
}

describe.skipIf(!ga)('sittingsOfDeclarations and yearSessionsNamedBefore: their rare parts, functions of their own, read what they read', () => {
  it('A/RES/79/263 OP15: "the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases": the meeting ADOPTED it (sittingOfDeclaration)', async () => {
    expect(attributionsOf(await fileParagraph('A_RES_79_263.txt', 'OP15'))).toEqual([
      'ADOPTED Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases -> Framework:Political declaration of the high-level meeting on the prevention and control of non-communicable diseases',
      'SESSION_OF Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases -> Organization:General Assembly',
    ]);
  });

  it('A/RES/78/61 PP10: "the efforts and contributions made at the 2023 session" after PP6\'s "the Conference on Disarmament at its 2023 session": that session, the clause\'s target (yearSessionsOfParagraph)', async () => {
    const p = await fileParagraph('A_RES_78_61.txt', 'PP10');
    expect(p.relations.map((r) => `${r.type} ${r.target}`)).toEqual(['NOTES Event:2023 session of the Conference on Disarmament']);
  });
});
