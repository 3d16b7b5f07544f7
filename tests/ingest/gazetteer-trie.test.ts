// The worker bundle carries the gazetteer's trie as built (ingest/gazetteer/trie-snapshot.ts); a worker
// reads it instead of building it. What it reads must be the trie it would have built, and a trie built
// from other forms than the gazetteer's must not be used.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GazetteerTrie } from '../../ingest/gazetteer/trie-snapshot.js';

const SNAPSHOT_MODULE = '../../ingest/gazetteer/trie-snapshot.js';
type Gazetteer = typeof import('../../ingest/gazetteer/index.js');

/** A fresh gazetteer module whose bundle carries `trie` (undefined: none, as in the sources). */
async function gazetteerWith(trie: GazetteerTrie | undefined): Promise<Gazetteer> {
  vi.resetModules();
  vi.doMock(SNAPSHOT_MODULE, () => ({ GAZETTEER_TRIE: trie }));
  return import('../../ingest/gazetteer/index.js');
}

// from A/RES/78/66 and the seed: names of every kind, acronyms, forms matched with and without case
const TEXT =
  'Recalling the Treaty on the Non-Proliferation of Nuclear Weapons and the Comprehensive Nuclear-Test-Ban Treaty, ' +
  'welcoming the work of the International Telecommunication Union (ITU), UNESCO and the World Summit on the Information Society, ' +
  'the Tunis Agenda for the Information Society, the 2030 Agenda for Sustainable Development, the high-level political forum, ' +
  'held in Geneva and in Paris, and the Paris Agreement, the WHO and the Economic and Social Council.';
const hitsOf = (g: Gazetteer): string[] => g.scanGazetteer(TEXT).map((h) => `${h.entry.kind}:${h.entry.name}@${h.start}-${h.end}${h.acronym ? ' acronym' : ''}`);

afterEach(() => {
  vi.doUnmock(SNAPSHOT_MODULE);
  vi.resetModules();
});

describe('gazetteer trie carried by the worker bundle', () => {
  it('is read back into the trie the gazetteer builds', async () => {
    const built = await gazetteerWith(undefined);
    const trie = built.gazetteerTrie();
    const builtHits = hitsOf(built);
    expect(builtHits.length).toBeGreaterThan(10);

    const read = await gazetteerWith(trie);
    expect(read.gazetteerTrie()).toEqual(trie);
    expect(hitsOf(read)).toEqual(builtHits);
    expect(read.lookupName('ITU')?.name).toBe(built.lookupName('ITU')?.name);
  });

  it('is not used when it was built from other forms', async () => {
    const built = await gazetteerWith(undefined);
    const trie = built.gazetteerTrie();
    const builtHits = hitsOf(built);
    // built from one form fewer (an entry since added to the gazetteer), with filters that let no name through
    const stale: GazetteerTrie = { ...trie, forms: trie.forms.slice(0, -1), firstWords: [] };
    const read = await gazetteerWith(stale);
    expect(hitsOf(read)).toEqual(builtHits);
  });
});
