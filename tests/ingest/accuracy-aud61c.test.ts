// Session-61 audit aud61c: faults found annotating A/RES/79/213 (social and solidarity economy) and A/RES/80/152 (care economy).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA_79_213 = ctxOf('A/RES/79/213', '2024-12-19');
const { keys, relations } = oneParagraph({ ctx: GA_79_213, kind: 'operative' });

describe('"within and outside the United Nations", "inside and outside the United Nations": a setting, no target', () => {
  it('A/RES/79/213 OP2 (corpus-ga/A_RES_79_213.txt): "to cooperate, through relevant settings within and outside the United Nations"', () => {
    const text =
      'Also encourages Member States to cooperate, through relevant settings within and outside the United Nations, to support the exchange of replicable good practices and lessons learned in support of the social and solidarity economy, including through South-South and triangular cooperation initiatives and regional networks, and support the creation of decent jobs;';
    expect(relations(text)).toEqual([]);
    // (the paragraph still mentions it)
    expect(keys(text, 'Organization:')).toEqual(['Organization:United Nations']);
  });

  it('A/RES/80/11 OP24 (corpus-ga/A_RES_80_11.txt): "contributions from relevant actors within and outside the United Nations"', () => {
    const text =
      'Encourages the Peacebuilding Support Office to further enhance internal cooperation and coordination and continue using its existing coordination mechanisms to gather timely and relevant contributions from relevant actors within and outside the United Nations, to support the thematic and geographic activities of the Peacebuilding Commission in a timely, focused and relevant manner;';
    expect(relations(text, 'operative', ctxOf('A/RES/80/11', '2025-11-17'))).toEqual([
      'ENCOURAGES Organization:Peacebuilding Support Office',
      'ENCOURAGES Organization:Peacebuilding Commission',
    ]);
  });

  it('A/RES/79/53 OP26 (corpus-ga/A_RES_79_53.txt): "existing efforts, both inside and outside the United Nations"', () => {
    const text =
      'Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution, acknowledging and taking into account existing efforts, both inside and outside the United Nations, and seeking the views of Member States;';
    expect(relations(text, 'operative', ctxOf('A/RES/79/53', '2024-12-02')).filter((r) => r.endsWith('Organization:United Nations'))).toEqual([]);
  });

  it('guard: "to cooperate fully with the United Nations" (a partner) keeps its verb', () => {
    const text = 'Calls upon all States to cooperate fully with the United Nations in the implementation of the present resolution;';
    expect(relations(text)).toContain('CALLS_UPON Organization:United Nations');
  });
});

describe('"the General Assembly of Social Economy Europe": that body\'s assembly, not the United Nations General Assembly', () => {
  it('A/RES/79/213 PP11 (corpus-ga/A_RES_79_213.txt): the body is known, its assembly dropped as the International Cooperative Alliance\'s', () => {
    const text =
      'Taking note, in this regard, of forthcoming events that can further promote social and solidarity economy for sustainable development, such as the Global Forum for Social and Solidarity Economy, to be held in Bordeaux, France, from 29 to 31 October 2025, the General Assembly of Social Economy Europe, in October 2025, the General Assembly of the International Cooperative Alliance, in November 2025, and the International Conference on Social Protection, to be held from 28 to 30 May 2025 in Samarkand, Uzbekistan,';
    const rels = relations(text, 'preambular');
    expect(rels).toContain('NOTES Organization:Social Economy Europe');
    expect(rels).toContain('NOTES Organization:International Cooperative Alliance');
    expect(rels).not.toContain('NOTES Organization:General Assembly');
    expect(keys(text, 'Place:', 'preambular')).not.toContain('Place:Europe');
  });

  it('guard: "the General Assembly of the United Nations" stays the Assembly', () => {
    const text = 'Taking note of the work of the General Assembly of the United Nations on the social and solidarity economy,';
    expect(keys(text, 'Organization:General Assembly', 'preambular')).toEqual(['Organization:General Assembly']);
  });
});
