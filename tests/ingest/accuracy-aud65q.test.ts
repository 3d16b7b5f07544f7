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
