// Misses found by the session-30 audit aud30g: A/RES/80/42 and 79/27 (regional confidence-building measures), 80/82, 78/11
// and 80/73 (the Syrian Golan), 78/106 (UNCITRAL guide), 78/291 (peacekeeping), 79/163, 79/282, 79/157, and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/42', date: '2025-12-01' };


const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a session named by its year starts in that year', () => {
  const DC_1993 = 'Event:1993 session of the Disarmament Commission';

  it('A/RES/80/42 OP3 (79/27 OP3): "the report of the Disarmament Commission on its 1993 session"', () => {
    const text =
      'Reaffirms the ways and means regarding confidence- and security-building measures set out in the report of the Disarmament Commission on its 1993 session;';
    expect(attributions(text)).toContain(`STARTS_ON ${DC_1993} -> Date:1993`);
  });

  it('A/RES/79/71 (the same form): "the 2024 session of the Conference on Disarmament"', () => {
    const text = 'Welcomes the decision of the Conference on Disarmament at its 2024 session to continue the work of the subsidiary bodies;';
    expect(attributions(text)).toContain('STARTS_ON Event:2024 session of the Conference on Disarmament -> Date:2024');
  });

  it('guard: the Economic and Social Council\'s "2024 session" (the cycle opens in July 2023) is not dated by its year', () => {
    const text = 'Invites the Economic and Social Council to consider the matter at its 2024 session;';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('"the convening in <place> on <day> of the <sitting>": the venue and day printed before the name', () => {
  const MADRID = 'Event:Peace Conference on the Middle East';

  it('A/RES/78/11 PP8 (80/73 PP8, 79/83): "the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East"', () => {
    const text =
      'Noting with satisfaction the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East, on the basis of Security Council resolutions 242 (1967) of 22 November 1967, 338 (1973) of 22 October 1973 and 425 (1978) of 19 March 1978 and the formula of land for peace,';
    const a = attributions(text, 'preambular');
    expect(a).toContain(`HELD_IN ${MADRID} -> Place:Madrid`);
    expect(a).toContain(`STARTS_ON ${MADRID} -> Date:1991-10-30`);
  });

  it('guard: a day printed after the venue with no "convening" before it dates nothing ("the meeting in Madrid on 30 October 1991 of the Peace Conference")', () => {
    const text = 'Noting the statement made in Madrid on 30 October 1991 of the Peace Conference on the Middle East,';
    const a = attributions(text, 'preambular');
    expect(a.filter((x) => x.startsWith('STARTS_ON') || x.startsWith('HELD_IN'))).toEqual([]);
  });
});
