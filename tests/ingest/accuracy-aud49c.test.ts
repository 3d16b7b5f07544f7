// Gaps found by the session-49 audit of three Third Committee resolutions (helper aud49c; gold files
// tests/gold/aud49c-*.gold.tsv): human rights bodies, special procedures, crime congresses. Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_202: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };

const { attributions } = oneParagraph({ ctx: GA_78_202, kind: 'operative' });

describe('a generic organ keyed with the body "its" refers to is PART_OF that body', () => {
  const ADVISORY = 'Organization:Advisory Committee (Human Rights Council)';

  it('A/RES/78/202 OP26: "the Human Rights Council took note of the research-based progress report of its Advisory Committee"', () => {
    const text =
      'Recalls that the Human Rights Council took note of the research-based progress report of its Advisory Committee containing recommendations on mechanisms to assess the negative impact of unilateral coercive measures on the enjoyment of human rights and to promote accountability;';
    expect(attributions(text)).toContain(`PART_OF ${ADVISORY} -> Organization:Human Rights Council`);
  });

  it('A/RES/78/219 PP22: "the Chair of ASEAN, through its Office of the Special Envoy": the office is ASEAN\'s', () => {
    const text =
      'Acknowledging the work of the Chair of ASEAN, through its Office of the Special Envoy, in establishing inclusive engagements with all relevant stakeholders in Myanmar towards establishing a national inclusive dialogue,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };
    expect(attributions(text, 'preambular', ctx)).toContain(
      'PART_OF Organization:Office of the Special Envoy (Association of Southeast Asian Nations) -> Organization:Association of Southeast Asian Nations',
    );
  });

  it('guard: a generic organ keyed with the resolution (no owner before "its") is PART_OF nothing', () => {
    const text = 'Welcomes the work of the Human Rights Council; and looks forward to the report of its Advisory Committee on the question;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
