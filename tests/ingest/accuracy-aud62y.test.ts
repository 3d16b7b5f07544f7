// Session-62 audit aud62y: residuals of A/RES/78/64 (Convention on Certain Conventional Weapons). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/64', '2023-12-04'), kind: 'operative' });

describe('"<officer> of <sitting>, ..., to hold <something> on <day>": the day is what the officer is asked to hold, not the sitting\'s', () => {
  const CONF17 = 'Event:Seventeenth Annual Conference (Protocol V)';

  it('A/RES/78/64 OP8 (e): "To request the President of the Seventeenth Annual Conference ..., to hold informal open consultations on Protocol V on 8 November 2023"', () => {
    const att = attributions(
      'Recalls the following decisions by the Sixth Review Conference: (e) To request the President of the Seventeenth Annual Conference of the High Contracting Parties to Protocol V, on an exceptional basis and without setting a precedent for the future, to hold informal open consultations on Protocol V on 8 November 2023 with interpretation in the six official languages of the United Nations and conference services and to report thereon to the Seventeenth Annual Conference of High Contracting Parties to Protocol V.',
    );
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${CONF17}`))).toEqual([]);
  });

  it('guard: A/RES/78/64 OP8 (iii) "The Seventeenth Annual Conference of the High Contracting Parties to Protocol V on 13 November 2023": its own day', () => {
    const att = attributions(
      'Recalls the following decisions by the Sixth Review Conference: (iii) The Seventeenth Annual Conference of the High Contracting Parties to Protocol V on 13 November 2023, and to adopt its estimated costs;',
    );
    expect(att).toContain(`STARTS_ON ${CONF17} -> Date:2023-11-13`);
  });
});
