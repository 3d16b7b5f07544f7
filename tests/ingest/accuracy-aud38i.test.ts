// Session-38 audit aud38i: resolution citations on a fresh random sample of corpus-ga (A/RES/79/74, 79/111, 79/143, 80/100,
// 79/257, 80/97, 78/206, 78/162; then 79/103, 79/87): 167 citing edges judged for target key, edge type, date and subject,
// none missed or false; two wrong in their attributes (78/162 PP5), now right. Fixed: a
// Conference of the Parties' list "decisions 2/CP.27 and 2/CMA.4 on <subject>, including <lower-case aside>, adopted on <day>"
// gives the subject and day to both numbers (the first had neither, the second no day); a range of such numbers
// "decisions 9/CP.19 to 15/CP.19" cites its far end too. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/162', date: '2023-12-19' };
const { extract, relations } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const CP = 'Resolution:Conference of the Parties to the United Nations Framework Convention on Climate Change decision';
const CMA = 'Resolution:Conference of the Parties serving as the meeting of the Parties to the Paris Agreement decision';
const LOSS_AND_DAMAGE = 'funding arrangements for responding to loss and damage associated with the adverse effects of climate change';

/** The date and subject read for each cited number, keyed by the mention's key. */
function datesAndSubjects(text: string, ctx: RecognizeContext = GA78): Record<string, { date?: unknown; subject?: unknown }> {
  const out: Record<string, { date?: unknown; subject?: unknown }> = {};
  for (const m of extract(text, 'preambular', ctx).mentions) {
    if (m.kind === 'Resolution') out[m.key] = { date: m.attrs?.date, subject: m.attrs?.subject };
  }
  return out;
}

describe('a subject and day printed once after a list of a Conference of the Parties\' decisions are each number\'s', () => {
  const pp5 =
    'Stressing the urgency of enhancing ambition for climate action in the implementation of the United Nations Framework Convention on Climate Change and the Paris Agreement in relation to climate mitigation, adaptation and the provision of the means of implementation, especially finance to developing countries, and welcoming the adoption of decisions 2/CP.27 and 2/CMA.4 on funding arrangements for responding to loss and damage associated with the adverse effects of climate change, including a focus on addressing loss and damage, adopted on 20 November 2022 during the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Sharm el-Sheikh, Egypt,';

  it('A/RES/78/162 PP5: "decisions 2/CP.27 and 2/CMA.4 on funding arrangements ..., including a focus on addressing loss and damage, adopted on 20 November 2022": both WELCOMED, both with the subject and the day', () => {
    const read = datesAndSubjects(pp5);
    expect(read[`${CP} 2/CP.27`]).toEqual({ date: '2022-11-20', subject: LOSS_AND_DAMAGE });
    expect(read[`${CMA} 2/CMA.4`]).toEqual({ date: '2022-11-20', subject: LOSS_AND_DAMAGE });
    const rel = relations(pp5);
    expect(rel).toContain(`WELCOMES ${CP} 2/CP.27`);
    expect(rel).toContain(`WELCOMES ${CMA} 2/CMA.4`);
  });

  it('guard: A/RES/79/206 OP29: "referred to in decisions 1/CP.28 and 5/CMA.5,35 and the pledges of 792 million ..." and "in line with decisions 1/CP.28 and 5/CMA.5, and invites": no subject printed, none shared', () => {
    const text =
      'Welcomes the operationalization of the new funding arrangements, including the Fund, for responding to Loss and Damage referred to in decisions 1/CP.28 and 5/CMA.5,35 and the pledges of 792 million United States dollars for the funding arrangements, including 661 million United States dollars for the Fund, urges developed country parties to continue to provide support and encourages other parties to provide, or continue to provide, support, on a voluntary basis, for activities to address loss and damage36 in line with decisions 1/CP.28 and 5/CMA.5, and invites financial contributions, with developed country parties continuing to take the lead to provide financial resources for commencing the operationalization of the Fund;';
    const read = datesAndSubjects(text, { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' });
    expect(read[`${CP} 1/CP.28`]).toEqual({ date: undefined, subject: undefined });
    expect(read[`${CMA} 5/CMA.5`]).toEqual({ date: undefined, subject: undefined });
  });

  it('guard: a day printed right after the last number ("2/CMA.4 of 20 November 2022") dates that decision alone', () => {
    const read = datesAndSubjects('Welcoming decisions 2/CP.27 and 2/CMA.4 of 20 November 2022 on funding arrangements for responding to loss and damage,');
    expect(read[`${CMA} 2/CMA.4`]?.date).toBe('2022-11-20');
    expect(read[`${CP} 2/CP.27`]?.date).toBeUndefined();
  });

  it('guard: an aside naming an instrument ("including the Addis Ababa Action Agenda, adopted on ...") may be what the day dates: not read past', () => {
    const read = datesAndSubjects(
      'Recalling its resolution 69/313 on financing for development, including the Addis Ababa Action Agenda, adopted on 27 July 2015, and stressing its importance,',
    );
    expect(read['Resolution:A/RES/69/313']?.date).toBeUndefined();
  });
});

describe('a range of a Conference of the Parties\' decisions cites both its ends', () => {
  it('A/RES/78/153 PP25 note 24 (79/206, 80/138): "See FCCC/CP/2013/10/Add.1, decisions 9/CP.19 to 15/CP.19; see also ...": 9/CP.19 and 15/CP.19', () => {
    const keys = findResolutionRefs('See FCCC/CP/2013/10/Add.1, decisions 9/CP.19 to 15/CP.19; see also FCCC/CP/2013/10 and FCCC/CP/2013/10/Corr.1, para. 44.', {
      body: 'General Assembly',
      symbol: 'A/RES/78/153',
      date: '2023-12-19',
    }).map((m) => m.key);
    expect(keys).toEqual([`${CP} 9/CP.19`, `${CP} 15/CP.19`]);
  });

  it('guard: "decision 9/CP.19 to the Green Climate Fund": a range only when a number of the same form follows "to"', () => {
    const keys = findResolutionRefs('recalling decision 9/CP.19 to 2030 and the guidance provided to the Green Climate Fund,', GA78).map((m) => m.key);
    expect(keys).toEqual([`${CP} 9/CP.19`]);
  });
});
