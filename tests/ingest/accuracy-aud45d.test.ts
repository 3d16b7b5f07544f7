// Session-45 audit aud45d: attributions and dated events, annotated like the scorer before looking at the output (gold in
// /tmp/lead/aud45d-gold): A/RES/79/30 (Mongolia's nuclear-weapon-free status: the Non-Aligned summits and the conferences of
// the nuclear-weapon-free zones, each "held in <town> from <days>"), A/RES/78/279 (International Year of the Woman Farmer:
// convened by / hosted by / held in, a decade's years) and A/RES/80/131 (energy connectivity: meetings of experts held in
// Ashgabat, the Sustainable Energy for All Forums). Fixed: a plural sitting "the <Name> Forums held in <A>, from <days>, and in
// <B>, on <days>" is one sitting per venue, each with its own venue and days (before: no sitting, the organization in the name
// took the verb); a decade's years in parentheses are its dates, not the day of another sitting printed later in the
// paragraph ("(2019–2028), and the global launch of the Decade in Rome on 29 May 2019"); a summit's own pre-Summit ("as well as
// its pre-Summit, held from ... in Rome") is PART_OF the summit. Each case quotes the file and paragraph; each fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/131', date: '2025-12-15' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/279', date: '2024-05-02' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const SEFORALL = 'Event:Sustainable Energy for All Forum';

describe('a plural sitting held in one venue per sitting, each with its days: one sitting per venue', () => {
  const text =
    'Taking note of the Sustainable Energy for All Forums held in Kigali, from 17 to 19 May 2022, and in Bridgetown, on 12 and 13 March 2025, and taking note with appreciation of the generous proposal of the Government of Turkmenistan to host the Sustainable Energy for All Forum in 2027,';

  it('A/RES/80/131 PP17: "the Sustainable Energy for All Forums held in Kigali, from 17 to 19 May 2022, and in Bridgetown, on 12 and 13 March 2025": the 2022 and 2025 Forums, each noted, held in its town on its days', () => {
    expect(keys(text, 'Event:')).toEqual(expect.arrayContaining([`${SEFORALL} @ 2022`, `${SEFORALL} @ 2025`, `${SEFORALL} @ 2027`]));
    expect(relations(text)).toEqual(expect.arrayContaining([`NOTES ${SEFORALL} @ 2022`, `NOTES ${SEFORALL} @ 2025`, `NOTES ${SEFORALL} @ 2027`]));
    expect(attributions(text)).toEqual(
      expect.arrayContaining([
        `HELD_IN ${SEFORALL} @ 2022 -> Place:Kigali`,
        `STARTS_ON ${SEFORALL} @ 2022 -> Date:2022-05-17`,
        `ENDS_ON ${SEFORALL} @ 2022 -> Date:2022-05-19`,
        `HELD_IN ${SEFORALL} @ 2025 -> Place:Bridgetown`,
        `STARTS_ON ${SEFORALL} @ 2025 -> Date:2025-03-12`,
        `ENDS_ON ${SEFORALL} @ 2025 -> Date:2025-03-13`,
      ]),
    );
  });

  it('A/RES/80/131 PP17: the organization named in the Forums\' name takes no verb of its own (SESSION_OF only)', () => {
    expect(relations(text)).not.toContain('NOTES Organization:Sustainable Energy for All');
    expect(attributions(text)).toContain(`SESSION_OF ${SEFORALL} @ 2022 -> Organization:Sustainable Energy for All`);
  });

  it('guard: no "and" before the last venue ("held in Kigali, from ..., in Bridgetown, on ..."): no split, no Forum of 2022', () => {
    const cut = 'Taking note of the Sustainable Energy for All Forums held in Kigali, from 17 to 19 May 2022, in Bridgetown, on 12 and 13 March 2025,';
    expect(keys(cut, 'Event:')).not.toContain(`${SEFORALL} @ 2022`);
  });

  it('guard: both sittings in one year is no list of yearly sittings ("in Kigali, from 17 to 19 May 2022, and in Bridgetown, on 12 and 13 June 2022")', () => {
    const sameYear = 'Taking note of the Sustainable Energy for All Forums held in Kigali, from 17 to 19 May 2022, and in Bridgetown, on 12 and 13 June 2022,';
    expect(keys(sameYear, 'Event:').filter((k) => k.startsWith(SEFORALL))).toEqual([]);
  });

  it('guard: A/RES/80/176 PP12 "the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023": one venue for all, still one sitting per date', () => {
    const one =
      'Recalling the political declarations of the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023,';
    const att = attributions(one);
    expect(att.filter((a) => a.startsWith('HELD_IN ') && a.endsWith('-> Place:New York')).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a decade's years in parentheses are its dates", () => {
  const { attributions: att78 } = oneParagraph({ ctx: GA78, kind: 'preambular' });

  it('A/RES/78/279 PP4: "the United Nations Decade of Family Farming (2019–2028), and the global launch of the Decade in Rome on 29 May 2019": the Decade runs 2019 to 2028; the launch\'s day is not its start', () => {
    const text =
      'Recalling also its resolution 72/239 of 20 December 2017, by which it proclaimed the United Nations Decade of Family Farming (2019–2028), and the global launch of the Decade in Rome on 29 May 2019, and cognizant of the important contributions that women farmers, particularly small-scale producers, make to bolstering food security at all levels,';
    const att = att78(text);
    expect(att).toContain('STARTS_ON Event:Decade of Family Farming -> Date:2019');
    expect(att).toContain('ENDS_ON Event:Decade of Family Farming -> Date:2028');
    expect(att).not.toContain('STARTS_ON Event:Decade of Family Farming -> Date:2019-05-29');
  });

  it('guard: A/RES/78/157 OP34 (79/211, 80/142) "..., and recalls the convening of the high-level dialogue on the midpoint review of the United Nations Decade of Sustainable Energy for All (2014–2024), held on 23 and 24 May 2019": the dialogue keeps its days', () => {
    const text =
      'Encourages the Secretary-General to continue efforts to promote the provision of stable, adequate and predictable financial resources and technical assistance for sustainable energy and to enhance the effectiveness, coordination and full utilization of appropriate international funds for the effective implementation of national and regional high-priority projects for ensuring access to affordable, reliable, sustainable and modern energy for all, and recalls the convening of the high-level dialogue on the midpoint review of the United Nations Decade of Sustainable Energy for All (2014–2024), held on 23 and 24 May 2019;';
    const att = att78(text, 'operative');
    const dialogue = 'Event:high-level dialogue on the midpoint review of the United Nations Decade of Sustainable Energy for All @ 2019';
    expect(att).toContain(`STARTS_ON ${dialogue} -> Date:2019-05-23`);
    expect(att).toContain(`ENDS_ON ${dialogue} -> Date:2019-05-24`);
  });

  it('guard: a decade named with no years in parentheses is still dated by the day its words give ("proclaimed ... 2019–2028 as the United Nations Decade of Family Farming")', () => {
    const text = 'Recalling its resolution 72/239 of 20 December 2017, in which it proclaimed 2019–2028 as the United Nations Decade of Family Farming,';
    expect(att78(text)).toContain('STARTS_ON Event:Decade of Family Farming -> Date:2019');
  });
});

describe('"its pre-Summit": the summit\'s own pre-Summit is part of it', () => {
  const { attributions: att78 } = oneParagraph({ ctx: GA78, kind: 'preambular' });
  const FSS = 'Event:United Nations Food Systems Summit @ 2021';
  const PRE = 'Event:Pre-Summit of the United Nations Food Systems Summit @ 2021';

  it('A/RES/78/279 PP8 (78/168 PP21, 79/227, 79/276): "the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021, as well as its pre-Summit, held from 26 to 28 July 2021 in Rome": PART_OF the Summit, its own venue and days', () => {
    const text =
      'Taking note with appreciation of the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021, as well as its pre-Summit, held from 26 to 28 July 2021 in Rome, and the United Nations Food Systems Summit +2 Stocktaking Moment, convened by the Secretary-General and hosted by the Government of Italy in Rome from 24 to 26 July 2023,';
    const att = att78(text);
    expect(att).toContain(`PART_OF ${PRE} -> ${FSS}`);
    expect(att).toContain(`HELD_IN ${PRE} -> Place:Rome`);
    expect(att).toContain(`STARTS_ON ${PRE} -> Date:2021-07-26`);
    // (the Stocktaking Moment named after it is no part of the Summit)
    expect(att.filter((a) => a.startsWith('PART_OF Event:United Nations Food Systems Summit +2'))).toEqual([]);
  });

  it('A/RES/80/141 PP8: "the Transforming Education Summit, convened by the Secretary-General in New York ..., as well as its Pre-Summit, hosted by UNESCO in Paris": PART_OF that Summit', () => {
    const text =
      'Noting the Transforming Education Summit, convened by the Secretary-General in New York from 16 to 19 September 2022, as well as its Pre-Summit, hosted by the United Nations Educational, Scientific and Cultural Organization in Paris from 28 to 30 June 2022, as a contribution towards the acceleration of progress in the implementation of Sustainable Development Goal 4,';
    expect(att78(text)).toContain('PART_OF Event:Pre-Summit of the Transforming Education Summit @ 2022 -> Event:Transforming Education Summit @ 2022');
  });

  it('guard: a summit with no pre-Summit ("the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021,") has no part', () => {
    const text = 'Taking note with appreciation of the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021,';
    expect(att78(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
