// Session-56 audit aud56v: faults found annotating A/RES/78/27 and A/RES/78/238 (First Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/27', date: '2023-12-04' };
const { attributions } = oneParagraph({ ctx, kind: 'operative' });

describe('the venue printed between "to convene," and the sitting convened is its HELD_IN', () => {
  const CONFERENCE = 'Event:United Nations high-level international conference on nuclear disarmament';

  it('A/RES/78/27 OP5: "Decides to convene, in New York, on a date to be decided later, a United Nations high-level international conference ..."', () => {
    const att = attributions(
      'Decides to convene, in New York, on a date to be decided later, a United Nations high-level international conference on nuclear disarmament to review the progress made in this regard;',
    );
    expect(att).toContain(`HELD_IN ${CONFERENCE} -> Place:New York`);
  });

  it('guard: a State consulted before the sitting is no venue ("to convene, in consultation with Kazakhstan, a ... conference")', () => {
    const att = attributions(
      'Decides to convene, in consultation with Kazakhstan, a United Nations high-level international conference on nuclear disarmament to review the progress made in this regard;',
    );
    expect(att.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});
