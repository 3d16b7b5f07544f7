// Faults the lead mended in session 64 while merging: a participle after ", both" said of two joined sittings.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const KP: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/275', date: '2025-03-06' };
const { attributions } = oneParagraph({ ctx: KP, kind: 'operative' });

const PLENARY = 'Event:plenary meeting of the Kimberley Process @ 2024';
const SPECIAL = 'Event:special session of the Kimberley Process @ 2024';

describe('", both hosted by": the host and venue of both joined sittings', () => {
  it('A/RES/79/275 OP6: "the 2024 plenary meeting ..., as well as the special session, held on 17 May 2024, both hosted by the United Arab Emirates in Dubai"', () => {
    const a = attributions(
      'Takes note of the administrative decisions of the 2024 plenary meeting of the Kimberley Process, held from 12 to 15 November 2024, as well as the special session, held on 17 May 2024, both hosted by the United Arab Emirates in Dubai;',
    );
    for (const ev of [PLENARY, SPECIAL]) {
      expect(a).toContain(`HOSTS Place:United Arab Emirates -> ${ev}`);
      expect(a).toContain(`HELD_IN ${ev} -> Place:Dubai`);
    }
    // the days stay each sitting's own
    expect(a).toContain(`STARTS_ON ${SPECIAL} -> Date:2024-05-17`);
    expect(a).not.toContain(`STARTS_ON ${PLENARY} -> Date:2024-05-17`);
  });

  it('guard: without "both" the participle is the second sitting\'s alone', () => {
    const a = attributions(
      'Takes note of the administrative decisions of the 2024 plenary meeting of the Kimberley Process, held from 12 to 15 November 2024, as well as the special session, held on 17 May 2024, hosted by the United Arab Emirates in Dubai;',
    );
    expect(a).toContain(`HOSTS Place:United Arab Emirates -> ${SPECIAL}`);
    expect(a).not.toContain(`HOSTS Place:United Arab Emirates -> ${PLENARY}`);
  });
});
