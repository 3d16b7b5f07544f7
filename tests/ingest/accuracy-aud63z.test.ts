// Session-63 audit aud63z: residual faults (A/RES/78/174 and its sister texts). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19', title: 'Implementation of the outcome of the World Summit for Social Development and of the twenty-fourth special session of the General Assembly' };
const { relations } = oneParagraph({ ctx, kind: 'preambular' });
const summitTargets = (rels: string[]): string[] => rels.filter((r) => r.includes('World Summit for Social Development') && r.includes('Event:'));

describe('"N years after the convening of <event>": a time, no target of the clause\'s verb (lead, session 63)', () => {
  it('A/RES/78/174 PP4 (78/318 PP5): "more than 20 years after the convening of the World Summit for Social Development"', () => {
    const rels = relations(
      'Welcoming the progress made towards the full implementation of the Copenhagen Declaration and the Programme of Action through concerted action at the national, regional and global levels, and expressing its deep concern that, more than 20 years after the convening of the World Summit for Social Development, progress has been slow and uneven, and major gaps remain,',
    );
    expect(summitTargets(rels)).toEqual([]);
    expect(rels.some((r) => r.startsWith('WELCOMES Framework:Copenhagen Declaration'))).toBe(true);
  });

  it('guard: "Recalling the convening of the World Summit for Social Development": the event itself recalled', () => {
    const rels = relations('Recalling the convening of the World Summit for Social Development in Copenhagen in 1995,');
    expect(summitTargets(rels).some((r) => r.startsWith('RECALLS '))).toBe(true);
  });
});

describe('"the Copenhagen commitments": the city names the commitments of its declaration, no Place', () => {
  const OP73 =
    'Invites the Secretary-General, the Economic and Social Council, the regional commissions, the relevant specialized agencies, the funds and programmes of the United Nations system and other intergovernmental forums, within their respective mandates, to continue to integrate into their work programmes and give priority attention to the Copenhagen commitments and the Declaration on the tenth anniversary of the World Summit for Social Development, to continue to be actively involved in their follow-up;';
  it('A/RES/78/174 OP73 (79/146, 80/178): no Place Copenhagen', () => {
    const { keys } = oneParagraph({ ctx, kind: 'operative' });
    expect(keys(OP73, 'Place:')).toEqual([]);
    const rels = relations(OP73, 'operative');
    expect(rels.some((r) => r.startsWith('INVITES Framework:Declaration on the tenth anniversary'))).toBe(true);
  });

  it('guard: "the Summit held in Copenhagen in 1995": the venue stays a Place', () => {
    const { keys } = oneParagraph({ ctx, kind: 'preambular' });
    expect(keys('Recalling the World Summit for Social Development, held in Copenhagen in 1995,', 'Place:Copenhagen')).toEqual(['Place:Copenhagen']);
  });
});
