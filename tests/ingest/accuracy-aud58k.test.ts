// Session-58 audit aud58k: residual faults the session-57 gold sets kept (aud57h, aud57c, aud57b, aud57p, aud57x). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/80/140', '2025-12-15'), kind: 'operative' });

describe('item 1: a roman-numbered decision of the Conference of the Parties the paragraph cited a decision of before it', () => {
  const OP40 =
    'Notes decision 16/35 adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, which notes the work of the Joint Liaison Group of the Rio Conventions and the Liaison Group of Biodiversity-related Conventions for enhancing cooperation and synergies among the conventions, invites the Parties to the Rio conventions to strengthen synergies and cooperation in the implementation of each convention, in accordance with national circumstances and priorities, and further invites Parties and other Governments to continue to enhance synergies among the biodiversity-related conventions, in line with options for action at the national level provided in decision XIII/24, in accordance with their national circumstances and priorities;';
  const XIII24 = 'Resolution:Conference of the Parties to the Convention on Biological Diversity decision XIII/24';

  it('A/RES/80/140 OP40: "... provided in decision XIII/24" is the CBD Conference\'s, named ~400 characters before', () => {
    expect(keys(OP40, 'Resolution:')).toContain(XIII24);
  });

  it('A/RES/80/140 OP40: "which notes ..., invites ..., and further invites ..." are the decision\'s verbs: the Assembly notes all it names', () => {
    const rel = relations(OP40);
    expect(rel).toContain(`NOTES ${XIII24}`);
    expect(rel).toContain('NOTES Organization:Joint Liaison Group of the Rio Conventions');
    expect(rel.filter((r) => r.startsWith('INVITES'))).toEqual([]);
  });

  it('guard: A/RES/80/129 OP11 ", which encourages ..., and invites the Department ...": no bare-comma verb, the Assembly invites', () => {
    const rel = relations(
      'Recalls paragraph 65 (d) of the Sevilla Commitment, which encourages Member States to appoint national focal points for financing for development in finance and other relevant ministries, and invites the Department of Economic and Social Affairs of the Secretariat, within existing resources, to facilitate the establishment of a network of voluntary national focal points for financing for development to strengthen national follow-up;',
      'operative',
      ctxOf('A/RES/80/129', '2025-12-15'),
    );
    expect(rel).toContain('INVITES Organization:Department of Economic and Social Affairs');
  });

  it('guard: a roman number with no Conference of the Parties cited before it stays uncited', () => {
    expect(keys('Notes the options for action at the national level provided in decision XIII/24;', 'Resolution:')).toEqual([]);
  });
});
