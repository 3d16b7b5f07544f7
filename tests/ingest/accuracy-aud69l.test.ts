// Session-69 audit aud69l: A/RES/80/131 (energy connectivity) and A/RES/80/128 (international tax cooperation). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/128', date: '2025-12-15' };
const { extract, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const INC = 'Organization:Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation';
const ORG_SESSION = 'Event:organizational session of the Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation';

describe('a session of a body printed after lowercase words describing it ("the Member State-led, open-ended <Name>")', () => {
  const OP1 =
    'Welcomes the convening, from 3 to 6 February 2025, of the organizational session of the Member State-led, open-ended Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation for the purpose of drafting the Convention and two early protocols simultaneously;';

  it('A/RES/80/128 OP1: the organizational session is the Committee\'s, the clause\'s target, dated; the Committee mentioned, no target', () => {
    const x = extract(OP1);
    expect(x.mentions.map((m) => m.key)).toContain(INC);
    expect(relations(OP1)).toContain(`WELCOMES ${ORG_SESSION}`);
    expect(relations(OP1)).not.toContain(`WELCOMES ${INC}`);
    const att = attributions(OP1);
    expect(att).toContain(`SESSION_OF ${ORG_SESSION} -> ${INC}`);
    expect(att).toContain(`STARTS_ON ${ORG_SESSION} -> Date:2025-02-03`);
    expect(att).toContain(`ENDS_ON ${ORG_SESSION} -> Date:2025-02-06`);
  });

  it('guard: a body named in lower case from "open-ended" on keeps its own name ("the open-ended working group on ...")', () => {
    const text = 'Welcomes the organizational session of the open-ended working group on reducing space threats;';
    expect(relations(text)).toEqual(['WELCOMES Event:organizational session of the open-ended working group on reducing space threats']);
  });

  it('guard: a described body with no session before it is the clause\'s target, as before', () => {
    const text = 'Welcomes the work of the Member State-led, open-ended Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation;';
    expect(relations(text)).toContain(`WELCOMES ${INC}`);
  });
});

describe('"from D to D and D to D Month Year": the first range takes the month and year of the second', () => {
  const OP2 =
    'Also welcomes the progress made in the first and second substantive sessions of the Intergovernmental Negotiating Committee, convened in New York from 4 to 8 and 11 to 15 August 2025, respectively, and the third substantive session of the Committee, convened in Nairobi from 10 to 21 November 2025, as well as the informal intersessional work being carried out in three workstreams, as outlined in the road map and working methods;';
  const dates = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Date').map((m) => m.key);

  it('A/RES/80/128 OP2: the four days of the two August sessions are dates of the paragraph', () => {
    expect(dates(OP2)).toEqual(['Date:2025-08-04', 'Date:2025-08-08', 'Date:2025-08-11', 'Date:2025-08-15', 'Date:2025-11-10', 'Date:2025-11-21']);
  });

  it('guard: "from 2 to 5 June and 30 June 2024" and a day range with no range before it read as before', () => {
    expect(dates('Notes the meetings held from 2 to 5 June and 30 June 2024;')).toEqual(['Date:2024-06-02', 'Date:2024-06-05', 'Date:2024-06-30']);
    expect(dates('Notes articles 4 to 8 and the meeting held from 11 to 15 August 2025;')).toEqual(['Date:2025-08-11', 'Date:2025-08-15']);
  });

  it('guard: a first range that does not fall before the second is not read ("from 14 to 18 and 11 to 15 August 2025")', () => {
    expect(dates('Notes the meetings held from 14 to 18 and 11 to 15 August 2025;')).toEqual(['Date:2025-08-11', 'Date:2025-08-15']);
  });
});
