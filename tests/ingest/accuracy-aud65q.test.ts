// Session-65 audit aud65q: A/RES/78/103 (report of the United Nations Commission on International Trade Law) and A/RES/80/238
// (administration of justice at the United Nations). Each case quotes the file and paragraph it comes from; the fix has a guard
// for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/103', '2023-12-07'), kind: 'operative' });
const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';
const COLLOQUIUM = 'Event:United Nations Commission on International Trade Law Colloquium on Climate Change and International Trade Law';

describe('"Colloquium" heads an event name, as "Symposium" does', () => {
  const OP3 =
    'Commends the secretariat of the Commission for holding the United Nations Commission on International Trade Law Colloquium on Climate Change and International Trade Law to consider areas in which international trade law can effectively support the achievement of climate action goals set by the international community, the scope and value of legal harmonization in those areas and the need for international guidance for legislators, policymakers, courts and dispute resolution bodies;';

  it('A/RES/78/103 OP3: the Colloquium is an Event the clause commends, its owner printed at its head (SESSION_OF, as "UNCTAD eWeek")', () => {
    expect(keys(OP3, 'Event:')).toEqual([COLLOQUIUM]);
    expect(relations(OP3)).toContain(`APPRECIATES ${COLLOQUIUM}`);
    expect(attributions(OP3)).toContain(`SESSION_OF ${COLLOQUIUM} -> ${UNCITRAL}`);
  });

  it('guard: A/RES/79/117 OP7 (e) "To organize a colloquium on secured transactions ...": lowercase, no name, no Event', () => {
    const text =
      'Welcomes the decision by the Commission to request its secretariat: (e) To organize a colloquium on secured transactions using new types of assets and their treatment under the Model Law on Secured Transactions of the Commission;';
    expect(keys(text, 'Event:', 'operative', ctxOf('A/RES/79/117', '2024-12-04'))).toEqual([]);
  });
});

describe('a Day whose name begins with its body\'s name is the body\'s observance (LEADS), no sitting of it', () => {
  const DAY = 'Event:United Nations Commission on International Trade Law Day';

  it('A/RES/78/103 OP10 (a) (79/117 OP15, 80/161 OP17): "the organization by the secretariat of the United Nations Commission on International Trade Law Day events"', () => {
    const text =
      'Reaffirms the importance, in particular for developing countries, of the work of the Commission concerned with technical cooperation and assistance in the field of international trade law reform and development, and in this connection: (a) Welcomes the initiatives of the Commission towards expanding, through its secretariat, its technical cooperation and assistance programme, and notes with appreciation the organization by the secretariat of the United Nations Commission on International Trade Law Day events in partnership with Governments and regional universities in Asia and the Pacific and Latin America and the Caribbean, as well as a series of United Nations Commission on International Trade Law Day events held for the first time in Africa, in 2022, aimed at promoting awareness and encouraging the study and discussion of Commission texts;';
    const atts = attributions(text);
    expect(atts).toContain(`LEADS ${UNCITRAL} -> ${DAY}`);
    // (an observance, not a session of the body: eventAttributions gives no SESSION_OF)
    expect(atts.filter((a) => a.startsWith(`SESSION_OF ${DAY}`))).toEqual([]);
  });

  it('guard: A/RES/79/270 PP7 "the message of the Secretary-General on United Nations Day": the Organization alone at the head is no owner (knownOwnerBefore stops at "United Nations")', () => {
    const text =
      'Taking note of the message of the Secretary-General on United Nations Day, 24 October 2022, in which he highlighted the United Nations as the product of hope and the resolve to move beyond global strife to worldwide collaboration,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/79/270', '2025-03-04')).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
