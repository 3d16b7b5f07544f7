// Bodies of other organizations whose names hold a head the citing body uses for itself.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function orgs(text: string): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/999' };
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx)
    .mentions.filter((m) => m.kind === 'Organization')
    .map((m) => m.key);
}

describe('the Assembly of Heads of State and Government of the African Union', () => {
  it('A/RES/79/263 PP6: is one body, not the General Assembly; the African Union is its owner (a target of the clause too, the aud41f convention)', () => {
    const keys = orgs('Recognizing the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session, held in Addis Ababa on 30 and 31 January 2015,');
    expect(keys).toEqual(['Organization:Assembly of Heads of State and Government of the African Union', 'Organization:African Union']);
  });
});
