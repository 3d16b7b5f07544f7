// Session-56 audit aud56z: residual verb-relation faults found this session. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'operative' });

describe('item 1: "decisions adopted by the parties during the Conference": the sitting is a setting, no target of the verb', () => {
  const COP = 'Event:Conference of the Parties to the United Nations Convention to Combat Desertification';
  const OP20 =
    'Welcomes the fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification, held in Abidjan from 9 to 20 May 2022, takes note of the Abidjan Call and other relevant decisions adopted by the parties during the Conference, namely decision 26/COP.15, and reaffirms the importance of addressing sand and dust storms under the Convention;';

  it('corpus-ga/A_RES_78_158.txt OP20: no NOTES to the Conference of the Parties', () => {
    // (one paragraph alone keys the sitting with the Convention's full title; the graph merges it with the short one)
    expect(relations(OP20).filter((r) => r.startsWith(`NOTES ${COP}`))).toEqual([]);
  });

  it('guard: the same OP20 keeps its session welcomed and its Call and decision noted', () => {
    const rel = relations(OP20);
    expect(rel.some((r) => r.startsWith(`WELCOMES ${COP.replace('Event:', 'Event:fifteenth session of the ')}`))).toBe(true);
    expect(rel).toContain('NOTES Framework:Abidjan Call');
    expect(rel).toContain(`NOTES Resolution:${COP.slice('Event:'.length)} decision 26/COP.15`);
  });

  it('guard: the Conference of the Parties addressed by the verb keeps its relation', () => {
    const rel = relations(
      'Invites the Conference of the Parties to the United Nations Convention to Combat Desertification to continue to address sand and dust storms;',
    );
    expect(rel.some((r) => r.startsWith(`INVITES ${COP}`))).toBe(true);
  });
});
