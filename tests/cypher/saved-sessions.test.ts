// The saved query cypher/queries/sessions-of-bodies.cypher on a graph extracted from real paragraphs: a sitting whose
// owner is only named in its name is that body's session (SESSION_OF, conv42a), listed with its year and venue.
import { describe, expect, it } from 'vitest';
import { readSavedQuery } from '../../cypher/saved.js';
import { openEmbeddedStore } from '../../cypher/store.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';

describe('saved query sessions-of-bodies', () => {
  it('lists the Commission on Science and Technology for Development and its sessions, with year and place when given', async () => {
    const graph = graphOf(
      gaResolution('A/RES/79/277', '2025-03-25', [
        // A/RES/79/277 PP7
        para('PP7', 'Taking note of the twenty-eighth session of the Commission on Science and Technology for Development,'),
      ]),
      gaResolution('A/RES/78/132', '2023-12-19', [
        // a session with its venue and days, as 78/132 prints the Internet Governance Forum's meetings
        para('PP43', 'Recognizing the eighteenth meeting of the Internet Governance Forum, held in Kyoto, Japan, from 8 to 12 October 2023,'),
      ]),
    );
    const store = await openEmbeddedStore(graph);
    try {
      const saved = readSavedQuery('sessions-of-bodies');
      const result = await store.run(saved.query, {});
      expect(result.columns).toEqual(['body', 'sitting', 'year', 'places', 'resolutions']);
      const rows = result.rows.map((r) => r.map((v) => (Array.isArray(v) ? v.join('|') : String(v))).join(' / '));
      expect(rows).toContain('Commission on Science and Technology for Development / twenty-eighth session of the Commission on Science and Technology for Development /  /  / 1');
      expect(rows).toContain('Internet Governance Forum / eighteenth meeting of the Internet Governance Forum / 2023 / Kyoto / 1');
      // no ORGANIZES stands in for the owner of a sitting named in its name
      let organizes = 0;
      graph.forEachEdge((_e, attrs) => { if (attrs.type === 'ORGANIZES') organizes++; });
      expect(organizes).toBe(0);
    } finally {
      await store.close();
    }
  });
});
