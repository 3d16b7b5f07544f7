// Misses found by the session-18 audit aud18p: A/RES/80/106 (International Day against Colonialism), A/RES/79/74 (nuclear
// proliferation in the Middle East), A/RES/80/103 (United States Virgin Islands), A/RES/79/99 (American Samoa), and the same
// forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/106', date: '2025-12-05' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the International Day/Year" then a lowercase phrase refers back to the day or year named before', () => {
  const DAY = 'Decides to proclaim 14 December as the International Day against Colonialism in All Its Forms and Manifestations, to be observed annually, and requests the President of the General Assembly to organize a plenary meeting as part of activities to mark the observance of the International Day for the first time;';

  it('A/RES/80/106 OP5: "to mark the observance of the International Day for the first time"', () => {
    const x = extract(DAY);
    const day = 'Event:International Day against Colonialism in All Its Forms and Manifestations';
    // the day named in full and, in the requests clause, "the International Day" printed alone
    expect(relations(DAY)).toContain(`REQUESTS ${day}`);
    expect(x.mentions.filter((m) => m.key === day).map((m) => m.phrase)).toContain('International Day');
  });

  it('A/RES/79/150 OP35: "relating to the objectives of the International Year and its follow-up processes"', () => {
    const text =
      'Recognizes the thirtieth anniversary of the International Year of the Family, and encourages awareness-raising activities relating to the objectives of the International Year and its follow-up processes;';
    const year = 'Event:International Year of the Family';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/150' })).toContain(`ENCOURAGES ${year}`);
  });

  it('guard: "the International Day for the Elimination of ..." is a name of its own, not the day named before', () => {
    const text =
      'Recalls the International Day against Colonialism in All Its Forms and Manifestations, and invites Member States to observe the International Day for the Elimination of Racial Discrimination;';
    const k = keys(text, 'Event:');
    expect(k).toContain('Event:International Day for the Elimination of Racial Discrimination');
    expect(relations(text)).not.toContain('INVITES Event:International Day against Colonialism in All Its Forms and Manifestations');
  });
});

describe('a sitting that "noted ... in <place>" in a relative clause was not held there', () => {
  const ctx = { ...GA, symbol: 'A/RES/79/74', date: '2024-12-02' };
  const text =
    'Recalling the resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on 11 May 1995, in which the Conference noted with concern the continued existence in the Middle East of unsafeguarded nuclear facilities, reaffirmed the importance of the early realization of universal adherence to the Treaty,';

  it('A/RES/79/74 PP7 (78/17, 80/19): no HELD_IN Middle East for the 1995 Conference', () => {
    const a = attributions(text, 'preambular', ctx);
    expect(a.some((s) => s.startsWith('HELD_IN') && s.includes('Place:Middle East'))).toBe(false);
    expect(keys(text, 'Event:', 'preambular', ctx).length).toBeGreaterThan(0);
  });

  it('guard: "held in" after "in which" still gives the venue', () => {
    const t = 'Recalling the World Conference on Disaster Risk Reduction, in which the participants took part, held in Sendai, Japan, from 14 to 18 March 2015,';
    expect(attributions(t, 'preambular', ctx).filter((s) => s.startsWith('HELD_IN'))).toContain('HELD_IN Event:World Conference on Disaster Risk Reduction @ 2015 -> Place:Sendai');
  });
});

describe('a constitutional convention is a sitting, not a treaty', () => {
  const ctx = { ...GA, symbol: 'A/RES/80/103' };

  it('A/RES/80/103 OP4 (79/112 OP4): "the Sixth Constitutional Convention, established following the referendum held in November 2020"', () => {
    const text =
      'Requests the administering Power to regularly provide the Special Committee with relevant updates on the work of the Sixth Constitutional Convention, established following the referendum held in November 2020, and to assist the Territory in this process;';
    const x = extract(text, 'operative', ctx);
    expect(keys(text, 'Event:', 'operative', ctx)).toContain('Event:Sixth Constitutional Convention');
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([]);
    // the date is the referendum's, not the convention's
    expect(x.attributions.filter((a) => a.type === 'STARTS_ON')).toEqual([]);
  });

  it('A/RES/79/99 PP27 (78/86, 80/90): "the 2022 Constitutional Convention, from 29 August to 2 September 2022"', () => {
    const text =
      'Recalling also the holding of the 2022 Constitutional Convention, from 29 August to 2 September 2022, at which 11 amendments were approved by delegates to the Convention,';
    const a = attributions(text, 'preambular', { ...ctx, symbol: 'A/RES/79/99' });
    expect(a).toContain('STARTS_ON Event:Constitutional Convention @ 2022 -> Date:2022-08-29');
    expect(a).toContain('ENDS_ON Event:Constitutional Convention @ 2022 -> Date:2022-09-02');
  });

  it('guard: a treaty named "Convention" stays a framework; "the Convention" alone is not a sitting', () => {
    const text = 'Calls upon States to ratify the Convention on the Rights of the Child and the Constitutional Convention exercise;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toContain('Framework:Convention on the Rights of the Child');
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([]);
  });
});

describe('"the Court of <Name>" is not the International Court of Justice', () => {
  const ctx = { ...GA, symbol: 'A/RES/79/99', date: '2024-12-04' };

  it('A/RES/79/99 fn7: "Decisions of the Court of Appeals for the District of Columbia Circuit"', () => {
    const text =
      'Recalling the decisions of the United States judiciary, and taking note of the decisions of the Court of Appeals for the District of Columbia Circuit, affirming the judgment of the United States District Court for the District of Columbia,';
    expect(keys(text, 'Organization:International Court of Justice', 'preambular', ctx)).toEqual([]);
    expect(relations(text, 'preambular', ctx)).toContain('NOTES Organization:Court of Appeals for the District of Columbia Circuit');
  });

  it('guard: "the Court" after the International Court of Justice still refers back', () => {
    const text = 'Recognizing the role of the International Court of Justice, and welcoming the advisory opinion of the Court,';
    expect(extract(text, 'preambular', ctx).mentions.filter((m) => m.key === 'Organization:International Court of Justice').map((m) => m.phrase)).toContain('Court');
  });
});

describe('"adopted by the <sitting> on <date>": the date is the adoption’s, not the sitting’s', () => {
  const ctx = { ...GA, symbol: 'A/RES/79/74', date: '2024-12-02' };

  it('A/RES/79/74 PP5 (78/63, 80/67): "adopted by the 1995 Review and Extension Conference ... on 11 May 1995"', () => {
    const text =
      'Recalling the decision on principles and objectives for nuclear non-proliferation and disarmament adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons on 11 May 1995, in which the Conference urged universal adherence to the Treaty,';
    const a = attributions(text, 'preambular', ctx);
    expect(keys(text, 'Event:', 'preambular', ctx)).toContain('Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995');
    // (the year in its name dates the sitting, accuracy-aud32k; the day printed is the adoption's)
    expect(a.filter((s) => s.startsWith('STARTS_ON'))).toEqual([
      'STARTS_ON Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995 -> Date:1995',
    ]);
  });

  it('guard: "the Conference ..., held in New York on 5 May 2025" keeps its date', () => {
    const text =
      'Welcoming the outcome adopted by the Fourteenth Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty, held in New York on 26 September 2025,';
    expect(attributions(text, 'preambular', ctx).filter((s) => s.startsWith('STARTS_ON')).map((s) => s.split(' -> ')[1])).toContain('Date:2025-09-26');
  });
});

describe('a sitting named after what it marks keeps the Assembly printed in its phrase as organizer', () => {
  it('A/RES/80/106 OP5: "a one-day high-level plenary meeting of the General Assembly to commemorate the sixty-fifth anniversary of the Declaration ..."', () => {
    const text =
      'Requests the President of the General Assembly to organize, on 18 December 2025, a one-day high-level plenary meeting of the General Assembly to commemorate the sixty-fifth anniversary of the Declaration on the Granting of Independence to Colonial Countries and Peoples, with the participation of Member States and observers;';
    const a = attributions(text);
    // conv42a: the Assembly named in the meeting's phrase makes it the Assembly's meeting (SESSION_OF); the President asked to organize it organizes it
    expect(a.filter((s) => s.startsWith('SESSION_OF Event:high-level plenary meeting') && s.endsWith(' -> Organization:General Assembly'))).toHaveLength(1);
    expect(a.filter((s) => s.startsWith('ORGANIZES Organization:President of the General Assembly -> Event:high-level plenary meeting'))).toHaveLength(1);
  });

  it('guard: a sitting printed without the Assembly gets no organizer from it', () => {
    const text =
      'Requests the President of the General Assembly to organize, on 18 December 2025, a one-day high-level plenary meeting to commemorate the sixty-fifth anniversary of the Declaration on the Granting of Independence to Colonial Countries and Peoples;';
    // (the President asked to organize it does organize it: fix26, askedToConveneAttributions)
    expect(attributions(text).filter((s) => s.startsWith('ORGANIZES') && !s.startsWith('ORGANIZES Organization:President of the General Assembly '))).toEqual([]);
  });
});
