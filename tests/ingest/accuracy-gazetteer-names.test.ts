// Names the capitalised-word scan cuts ("... in Africa", "Asian and Pacific ..."), listed whole in the gazetteer.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function keysOf(text: string, kinds: string[]): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/999' };
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx)
    .mentions.filter((m) => kinds.includes(m.kind))
    .map((m) => m.key);
}

describe('names that end "in <region>" or hold "and" are one entity', () => {
  it('A/RES/79/263 PP10: the Moroni Declaration for Ocean and Climate Action in Africa', () => {
    expect(keysOf('Taking note of the Moroni Declaration for Ocean and Climate Action in Africa, 4 and underlining the common goal of African countries', ['Framework', 'Place'])).toEqual([
      'Framework:Moroni Declaration for Ocean and Climate Action in Africa',
    ]);
  });
  it('A/RES/78/158 PP12: the Regional Plan of Action ... in Asia and the Pacific of the Asian and Pacific Centre ...', () => {
    const keys = keysOf(
      'and taking note of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific of the Asian and Pacific Centre for the Development of Disaster Information Management of the Commission,8',
      ['Framework', 'Organization', 'Place'],
    );
    expect(keys).toContain('Framework:Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific');
    expect(keys).toContain('Organization:Asian and Pacific Centre for the Development of Disaster Information Management');
    expect(keys).not.toContain('Organization:Pacific Centre for the Development of Disaster Information Management');
  });
});
