// Session-56 audit aud56z: residual verb-relation faults found this session. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'operative' });

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

describe('item 2: "notes the holding of the ninth and tenth sessions, from ...": both sessions noted (already so at base a64b35c6; a guard)', () => {
  const SESSION = ' session of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action';

  it('corpus-ga/A_RES_79_161.txt OP33: NOTES to the ninth and to the tenth session, with their days', () => {
    const ctx = ctxOf('A/RES/79/161', '2024-12-17');
    const text =
      'Welcomes the report of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action on its ninth and tenth sessions, and in this regard notes the holding of the ninth and tenth sessions, from 14 to 18 August 2023 and 17 to 20 June 2024, respectively;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain(`NOTES Event:ninth${SESSION}`);
    expect(rel).toContain(`NOTES Event:tenth${SESSION}`);
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(`STARTS_ON Event:ninth${SESSION} -> Date:2023-08-14`);
    expect(att).toContain(`ENDS_ON Event:tenth${SESSION} -> Date:2024-06-20`);
  });
});
