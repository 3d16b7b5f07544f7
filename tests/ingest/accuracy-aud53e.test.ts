// Residual entity and verb-target faults of session 53 (helper aud53e): the first readings of sessions 48-52 and the residuals
// reported in session 52. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
const ASEAN = 'Organization:Association of Southeast Asian Nations';

describe('", through its <organ>": a forum the body acts through is its organ', () => {
  const { relations, attributions } = oneParagraph({ ctx: GA_78_68, kind: 'operative' });

  it('A/RES/78/68 OP182 (79/145 OP184, 80/109 OP189): "the Association of Southeast Asian Nations, through its Fisheries Consultative Forum" is an Organization, PART_OF ASEAN', () => {
    const text =
      'Notes the ongoing efforts of the Association of Southeast Asian Nations, through its Fisheries Consultative Forum, to address common problems on fisheries management and development in the South-East Asian region;';
    expect(relations(text)).toEqual([`NOTES ${ASEAN}`, 'NOTES Organization:Fisheries Consultative Forum']);
    expect(attributions(text)).toEqual([`PART_OF Organization:Fisheries Consultative Forum -> ${ASEAN}`]);
  });

  it('guard, A/RES/78/271 OP7: "including through its forum on financing for development follow-up" (not right after the body) stays the sitting series', () => {
    const text =
      'Invites the Economic and Social Council to contribute to the preparations for the Conference, as appropriate, including through its forum on financing for development follow-up and the special high-level meeting with the World Bank;';
    const rels = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/271', date: '2024-03-01' });
    expect(rels.some((r) => r.startsWith('INVITES Organization:') && /forum/i.test(r))).toBe(false);
  });

  it('guard: a forum printed after a body with no ", through its " stays an Event ("the Association of Southeast Asian Nations and the Fisheries Consultative Forum")', () => {
    const text = 'Notes the efforts of the Association of Southeast Asian Nations and the Fisheries Consultative Forum to address common problems on fisheries management;';
    expect(relations(text)).toContain('NOTES Event:Fisheries Consultative Forum');
  });
});
