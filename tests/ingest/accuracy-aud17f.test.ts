// Misses found by the session-17 audit aud17f: A/RES/79/107 (New Caledonia), 79/174, 79/19, 79/169, 78/313, 79/90, and
// the same forms in the other New Caledonia texts (A/RES/78/94, 80/98). Each case quotes the file named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/107', date: '2024-12-04' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const SPECIAL_COMMITTEE =
  'Organization:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
const NAMED =
  'Reaffirms its approval of the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2024, ';

describe('"the administering Power to the <body>" is the administrator, then the body, not one name', () => {
  it('A/RES/79/107 OP15: "the willingness reiterated by the administering Power to the Special Committee"', () => {
    const text =
      NAMED +
      'and welcomes with appreciation the willingness reiterated by the administering Power to the Special Committee to facilitate a new visiting mission to New Caledonia, and underlines the importance of undertaking the visiting mission as soon as practicable;';
    const x = oneParagraph({ ctx: { ...GA }, kind: 'operative' }).extract(text);
    const second = x.mentions.filter((m) => m.key === SPECIAL_COMMITTEE && m.phrase === 'Special Committee');
    expect(second.length).toBe(1);
    expect(relations(text, 'operative', { ...GA })).toContain(`WELCOMES ${SPECIAL_COMMITTEE}`);
  });

  it('A/RES/79/107 PP26: "the invitations from the administering Power to the Electoral Assistance Division of the former Department of Political Affairs"', () => {
    const text =
      'Recalling the invitations from the administering Power to the Electoral Assistance Division of the former Department of Political Affairs and the current Department of Political and Peacebuilding Affairs of the Secretariat to dispatch electoral expert missions to New Caledonia in May 2016,';
    expect(keys(text, 'Organization:', 'preambular')).toContain('Organization:Electoral Assistance Division');
    expect(relations(text, 'preambular')).toContain('RECALLS Organization:Electoral Assistance Division');
  });

  it('guard (A/RES/79/90 PP1): a name that goes on with "to" and a capitalised verb stays one name', () => {
    const text =
      'Having considered the report of the Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories']);
  });
});

describe('"of <Month> <year>" after a body is when it acted, not words of its name', () => {
  const TEXT =
    'Recalling the peaceful conduct of the first and second self-determination referendums in New Caledonia on 4 November 2018 and 4 October 2020, respectively, in accordance with the Nouméa Accord and the respective decisions of the Committee of Signatories to the Nouméa Accord of March 2018 and November 2019,';

  it('A/RES/79/107 PP9 (78/94 PP9, 80/98 PP10): "the respective decisions of the Committee of Signatories to the Nouméa Accord of March 2018 and November 2019"', () => {
    expect(keys(TEXT, 'Organization:', 'preambular')).toEqual(['Organization:Committee of Signatories to the Nouméa Accord']);
    expect(relations(TEXT, 'preambular')).toContain('RECALLS Organization:Committee of Signatories to the Nouméa Accord');
    expect(keys(TEXT, 'Date:2018-03', 'preambular')).toEqual(['Date:2018-03']);
  });

  it('guard: "of" and a capitalised word that is not a month and a year stays in the name', () => {
    const text = 'Recalling the decisions of the Committee of Signatories to the Nouméa Accord of New Caledonia,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Committee of Signatories to the Nouméa Accord of New Caledonia']);
  });
});

describe('a sitting held over some days and resumed "on" a later day starts on the first and ends on that day', () => {
  const attributions = (text: string, ctx: RecognizeContext = { ...GA }) =>
    oneParagraph({ ctx, kind: 'preambular' }).attributions(text).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON'));

  it('A/RES/79/107 PP12 (78/94, 80/98): "the Human Rights Council at its eighteenth session, held from 12 to 30 September and on 21 October 2011"', () => {
    const text =
      'Recalling the report of the Special Rapporteur on the rights of Indigenous Peoples on the situation of Kanak people in New Caledonia, submitted to the Human Rights Council at its eighteenth session, held from 12 to 30 September and on 21 October 2011,3 following his visit to the Territory in February 2011,';
    expect(attributions(text)).toEqual([
      'STARTS_ON Event:eighteenth session of the Human Rights Council -> Date:2011-09-12',
      'ENDS_ON Event:eighteenth session of the Human Rights Council -> Date:2011-10-21',
    ]);
  });

  it('A/RES/78/279 (80/210): "... endorsed at the fifty-first session of the Committee, held in Rome from 23 to 27 October and on 25 November 2023" (the Committee named in full)', () => {
    const text =
      'Taking note also of the Voluntary Guidelines on Gender Equality and Women’s and Girls’ Empowerment in the Context of Food Security and Nutrition endorsed at the fifty-first session of the Committee on World Food Security, held in Rome from 23 to 27 October and on 25 November 2023,';
    const a = attributions(text, { ...GA, symbol: 'A/RES/78/279', date: '2024-06-04' });
    expect(a).toContain('STARTS_ON Event:fifty-first session of the Committee on World Food Security -> Date:2023-10-23');
    expect(a).toContain('ENDS_ON Event:fifty-first session of the Committee on World Food Security -> Date:2023-11-25');
  });

  it('guard: a second date with no "on" ("from 2 to 5 June and 30 June 2024") is not read as a resumed day', () => {
    const text = 'Welcoming the outcome of the eighteenth session of the Human Rights Council, held in Geneva from 2 to 5 June and 30 June 2024,';
    expect(attributions(text).filter((a) => a.includes('Date:2024-06-30'))).toEqual([]);
  });
});

describe('a known forum numbered by a lowercase ordinal is one of its sittings', () => {
  it('A/RES/79/107 PP15 (78/91, 78/94, 79/104, 80/95, 80/98): "the admission of New Caledonia ... at the forty-seventh Pacific Islands Forum, convened in Pohnpei, ..."', () => {
    const text =
      'Recalling also the admission of New Caledonia as a full member of the Pacific Islands Forum at the forty-seventh Pacific Islands Forum, convened in Pohnpei, Federated States of Micronesia, from 8 to 10 September 2016,';
    const p = oneParagraph({ ctx: { ...GA }, kind: 'preambular' });
    expect(p.keys(text, 'Event:')).toEqual(['Event:Forty-seventh Pacific Islands Forum']);
    expect(p.keys(text, 'Organization:')).toEqual(['Organization:Pacific Islands Forum']);
    expect(p.relations(text)).toContain('RECALLS Event:Forty-seventh Pacific Islands Forum');
    // (the Forum holds its numbered sitting, as it holds "the fiftieth Pacific Islands Forum Leaders Meeting": aud30l)
    expect(p.attributions(text)).toEqual([
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      'SESSION_OF Event:Forty-seventh Pacific Islands Forum -> Organization:Pacific Islands Forum',
      'HELD_IN Event:Forty-seventh Pacific Islands Forum -> Place:Pohnpei',
      'STARTS_ON Event:Forty-seventh Pacific Islands Forum -> Date:2016-09-08',
      'ENDS_ON Event:Forty-seventh Pacific Islands Forum -> Date:2016-09-10',
    ]);
  });

  it('A/RES/78/319 PP11: "at the fifty-first Pacific Islands Forum of a declaration ..., and of the Heads of State ... on 22 September 2021" (the date is the second agent’s)', () => {
    const text =
      'Recalling the endorsement of the Pacific Islands Forum leaders on 6 August 2021 at the fifty-first Pacific Islands Forum of a declaration on preserving maritime zones in the face of climate change-related sea level rise, and of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of a declaration on rising seas,';
    const p = oneParagraph({ ctx: { ...GA, symbol: 'A/RES/78/319', date: '2024-08-14' }, kind: 'preambular' });
    expect(p.keys(text, 'Event:')).toEqual(['Event:Fifty-first Pacific Islands Forum']);
    expect(p.attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: the forum named without an ordinal stays the body', () => {
    const text = 'Welcomes the engagement of the Pacific Islands Forum and its member States with the Territory;';
    expect(keys(text, 'Event:')).toEqual([]);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Pacific Islands Forum']);
  });
});

describe('New Caledonia’s independence front and customary senate are organizations', () => {
  it('A/RES/79/107 OP28 (78/94 OP27, 80/98 OP31): "the accession of the Front de libération nationale kanak et socialiste to the Chair of the Melanesian Spearhead Group"', () => {
    const text =
      'Also recalls the accession of the Front de libération nationale kanak et socialiste to the Chair of the Melanesian Spearhead Group, the hosting, for the first time in New Caledonia, in June 2013, of the meetings of officials and leaders of the Group;';
    expect(relations(text)).toContain('RECALLS Organization:Front de libération nationale kanak et socialiste');
  });

  it('A/RES/79/107 PP19 (78/94, 80/98): "noting the concern of the Customary Senate that their interests should be adequately heard"', () => {
    const text =
      'Recalling the Charter of the Kanak people, common base of the fundamental values and principles of the Kanak civilization, which was proclaimed in April 2014 by the customary authorities, and noting the concern of the Customary Senate that their interests should be adequately heard by the administering Power and territorial Government on matters of importance to the Indigenous People of New Caledonia,';
    expect(relations(text, 'preambular')).toContain('NOTES Organization:Customary Senate');
    // guard: the customary authorities (lowercase) are no body's name
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Customary Senate']);
  });
});

describe('"the fifty-second and the fifty-third sessions": two sittings listed with "the" before the second ordinal', () => {
  const text =
    'Taking note of the fifty-second and the fifty-third sessions of the Committee on World Food Security, held in Rome from 21 to 25 October 2024, and from 20 to 24 October 2025, respectively,';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/157', date: '2025-12-15' };

  it('A/RES/80/157 PP17 (79/227 PP18, 79/276 PP28): each session is named, and each takes its own dates', () => {
    const p = oneParagraph({ ctx, kind: 'preambular' });
    expect(p.keys(text, 'Event:')).toEqual([
      'Event:fifty-second session of the Committee on World Food Security',
      'Event:fifty-third session of the Committee on World Food Security',
    ]);
    const dated = p.attributions(text).filter((a) => a.startsWith('STARTS_ON'));
    expect(dated).toEqual([
      'STARTS_ON Event:fifty-second session of the Committee on World Food Security -> Date:2024-10-21',
      'STARTS_ON Event:fifty-third session of the Committee on World Food Security -> Date:2025-10-20',
    ]);
  });

  it('guard: "the first session and the second session" are two sittings named in full, not a list', () => {
    const t2 = 'Taking note of the first session and the second session of the Committee on World Food Security,';
    expect(oneParagraph({ ctx, kind: 'preambular' }).keys(t2, 'Event:')).toEqual(['Event:second session of the Committee on World Food Security']);
  });
});
