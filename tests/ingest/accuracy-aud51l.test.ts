// Session-51 audit aud51l: entity residuals the session's annotators reported, counted across corpus-ga. Fixed:
// - "the Chair of the Working Group of the Sixth Committee" (A/RES/78/115, 79/129, 80/171 PP35): the Committee's working group
//   printed with capitals is the one printed in lower case elsewhere ("the working group of the Sixth Committee", 80/168),
//   so its Chair is read; a bare capitalised "the Working Group" stays another group's short form.
// - "the emergency, 295th, meeting of the Committee" (A/RES/78/116, 79/130, 80/172 OP8, OP15): the ordinal set off by commas
//   after "emergency" numbers the meeting, as "the 295th meeting" is read; the date of "and also at its online informal meeting
//   on 17 September 2020" right after is that other meeting's, not the 295th's.
// - "a revitalized and enhanced Global Partnership" (A/RES/78/151 OP17, 79/202 OP22, 79/158 OP2, 80/135 OP21) is the Global
//   Partnership for Sustainable Development of Goal 17, printed short after its epithets (aud51j gold 78/151); a bare
//   "the Global Partnership" stays unread.
// - "the parties to the Bangkok Treaty on the Protocol to that Treaty" (A/RES/78/50 OP4, 80/31 OP4): the protocol of the treaty
//   named nearest before, not the Central Asia treaty's Protocol named earlier in the paragraph (step 7d's nearest short form).
// - "The World Health Organization and United Nations Children’s Fund Global Summit brought together 35 countries" (A/RES/78/130
//   fn 10): the two bodies' summit, not an Event "United Nations Children's Fund Global Summit"; a sentence-initial "The" before
//   the first body is read as "the" is (wholeKnownOrganization).
// - "host country Customs and Border Protection officers" (A/RES/80/172 OP2, 79/130, 78/116): the host country's border agency,
//   a gazetteer name (aud51g gold 80/172), read as nothing before.
// - "the report of the Administrator of the United Nations Development Programme" (A/RES/80/156 OP4): the officer post, read as
//   "the Executive Secretary of the ..." is (officerPosts.ts: no PART_OF, the convention for posts); the Programme takes the verb
//   too since session 65 (accuracy-aud65r).
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_129: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/129', date: '2024-12-04' };
const { keys, relations, extract } = oneParagraph({ ctx: GA79_129, kind: 'preambular' });

describe('the Working Group of the Sixth Committee, printed with capitals', () => {
  it('A/RES/79/129 PP35: "the oral report of the Chair of the Working Group of the Sixth Committee on its work ..."', () => {
    const PP35 =
      'Having examined the report of the Secretary-General and the oral report of the Chair of the Working Group of the Sixth Committee on its work during the seventy-ninth session,';
    expect(keys(PP35, 'Organization:')).toContain('Organization:Chair of the working group of the Sixth Committee (A/RES/79/129)');
  });

  it('A/RES/79/129 PP35 without its post: the group itself, keyed as the lower-case form is', () => {
    const text = 'Taking note of the work of the Working Group of the Sixth Committee during the seventy-ninth session,';
    expect(keys(text, 'Organization:')).toContain('Organization:working group of the Sixth Committee (A/RES/79/129)');
  });

  it('guard: a capitalised "the Working Group" with no owner printed after it is not the Committee\'s', () => {
    const text = 'Taking note of the report of the Working Group on its work during the seventy-ninth session,';
    expect(keys(text, 'Organization:').some((k) => k.includes('Sixth Committee'))).toBe(false);
  });
});

const GA80_172: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-04' };
const MEETING_295 = 'Event:295th meeting of the Committee on Relations with the Host Country';

describe('the emergency, 295th, meeting of the Committee', () => {
  const OP15 =
    'Requests the Secretary-General to remain actively engaged in all aspects of the relations of the United Nations with the host country at various levels in order to resolve the issues raised in the report of the Committee on Relations with the Host Country, and in this regard recalls the statements of the Legal Counsel at the emergency, 295th, meeting of the Committee, as set out in document A/AC.154/415, and also at its online informal meeting on 17 September 2020, recalls the position of the Committee;';

  it('A/RES/80/172 OP15: "at the emergency, 295th, meeting of the Committee" is the 295th meeting, which the clause recalls', () => {
    expect(relations(OP15, 'operative', GA80_172)).toContain(`RECALLS ${MEETING_295}`);
  });

  it('A/RES/80/172 OP15: the day of "its online informal meeting on 17 September 2020" is not the 295th meeting\'s', () => {
    const meeting = extract(OP15, 'operative', GA80_172).mentions.find((m) => m.key === MEETING_295);
    expect(meeting).toBeDefined();
    expect(meeting?.attrs.startDate).toBeUndefined();
  });

  it('guard: "convened by the President of the General Assembly at its seventy-fifth session on 27 April 2021" (A/RES/78/160 PP16) still dates the debate', () => {
    const PP16 =
      'Taking note of the high-level thematic debate on digital cooperation and connectivity convened by the President of the General Assembly at its seventy-fifth session on 27 April 2021,';
    const debate = extract(PP16, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/160', date: '2023-12-19' }).mentions.find((m) => m.key.startsWith('Event:high-level thematic debate'));
    expect(debate?.attrs.startDate).toBe('2021-04-27');
  });

  it('guard: a comma after an ordinal with no "emergency" before it names no meeting ("the first, meeting ...")', () => {
    const text = 'Recalls the statements made at the first, meeting of the Committee on Relations with the Host Country;';
    expect(keys(text, 'Event:', 'operative', GA80_172)).toEqual([]);
  });
});

const GA78_151: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/151', date: '2023-12-19' };
const GLOBAL_PARTNERSHIP = 'Initiative:Global Partnership for Sustainable Development';

describe('a revitalized (and enhanced) Global Partnership', () => {
  it('A/RES/78/151 OP17: "including a revitalized and enhanced Global Partnership" is the Global Partnership for Sustainable Development', () => {
    const OP17 =
      'Encourages the further strengthening of the science-policy interface and of the means of implementation from all sources and at all levels, including a revitalized and enhanced Global Partnership, as well as by supporting innovative approaches to sustainability science and emphasizing cross-disciplinary partnerships;';
    expect(relations(OP17, 'operative', GA78_151)).toContain(`ENCOURAGES ${GLOBAL_PARTNERSHIP}`);
  });

  it('A/RES/78/128 PP4: the full name after "a revitalized and enhanced" is read as printed, once', () => {
    const PP4 = 'Reaffirming that the 2030 Agenda calls upon a revitalized and enhanced Global Partnership for Sustainable Development,';
    expect(keys(PP4, 'Initiative:', 'preambular', GA78_151)).toEqual([GLOBAL_PARTNERSHIP]);
  });

  it('guard: another "Global Partnership" with no epithet, "the Global Partnership to End Violence against Children" (A/RES/79/154 PP8)', () => {
    const text = 'Taking note with appreciation of the Global Partnership to End Violence against Children,';
    expect(keys(text, 'Initiative:', 'preambular', GA78_151)).not.toContain(GLOBAL_PARTNERSHIP);
  });
});

const GA78_50: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/50', date: '2023-12-04' };
const CENTRAL_ASIA_PROTOCOL = 'Framework:Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia';

describe('the Protocol to that Treaty', () => {
  const OP4 =
    'Calls upon all States concerned to continue to work together in order to facilitate adherence to the protocols to nuclear-weapon-free zone treaties by all relevant States that have not yet done so, in this regard recalls with appreciation the ratification by China, France, the Russian Federation and the United Kingdom of Great Britain and Northern Ireland of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and the steps taken by the United States of America towards the ratification of the protocols to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, to the Treaty of Pelindaba and to the Treaty of Rarotonga, and encourages progress with a view to concluding consultations between the nuclear-weapon States and the parties to the Bangkok Treaty on the Protocol to that Treaty;';

  it('A/RES/78/50 OP4: "the parties to the Bangkok Treaty on the Protocol to that Treaty" is the Bangkok Treaty\'s Protocol', () => {
    const rels = relations(OP4, 'operative', GA78_50);
    expect(rels).toContain('ENCOURAGES Framework:Protocol to the Treaty on the South-East Asia Nuclear-Weapon-Free Zone');
    expect(rels).not.toContain(`ENCOURAGES ${CENTRAL_ASIA_PROTOCOL}`);
  });

  it('guard: A/RES/78/50 OP4 still recalls the Central Asia treaty\'s Protocol printed in full', () => {
    expect(relations(OP4, 'operative', GA78_50)).toContain(`RECALLS ${CENTRAL_ASIA_PROTOCOL}`);
  });
});

const GA78_130: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/130', date: '2023-12-07' };

describe('a summit named after two bodies joined by "and"', () => {
  it('A/RES/78/130 fn 10: "The World Health Organization and United Nations Children’s Fund Global Summit brought together 35 countries" gives no Fund\'s summit', () => {
    const fn10 = 'The World Health Organization and United Nations Children’s Fund Global Summit brought together 35 countries to share approaches,';
    const events = keys(fn10, 'Event:', 'preambular', GA78_130);
    expect(events).not.toContain("Event:United Nations Children's Fund Global Summit");
    expect(keys(fn10, 'Organization:', 'preambular', GA78_130)).toContain("Organization:United Nations Children's Fund");
  });

  it('guard: A/RES/78/130 OP7 "the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme" is still the programme', () => {
    const OP7 = 'Notes the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme reports;';
    expect(keys(OP7, 'Initiative:', 'operative', GA78_130)).toEqual(['Initiative:Joint Monitoring Programme']);
  });
});

describe('Customs and Border Protection', () => {
  it('A/RES/80/172 OP2: "by host country Customs and Border Protection officers" names the agency', () => {
    const OP2 =
      'Notes that the Committee notes the serious concerns raised by a Member State expressing the inappropriate treatment and screening of certain of its high-ranking officials and its other representatives by host country Customs and Border Protection officers and requests the host country to carefully address these concerns;';
    expect(relations(OP2, 'operative', GA80_172)).toContain('NOTES Organization:United States Customs and Border Protection');
  });

  it('guard: lower-case "customs and border protection measures" names no agency', () => {
    const text = 'Encourages Member States to strengthen customs and border protection measures;';
    expect(keys(text, 'Organization:', 'operative', GA80_172)).toEqual([]);
  });
});

describe('the Administrator of the United Nations Development Programme', () => {
  const GA80_156: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };

  it('A/RES/80/156 OP4: "the report of the Administrator of the United Nations Development Programme" names the post', () => {
    const OP4 =
      'Takes note of the recommendation contained in the report of the Administrator of the United Nations Development Programme on a review of the outcome document of the second High-level United Nations Conference on South-South Cooperation;';
    const rels = relations(OP4, 'operative', GA80_156);
    expect(rels).toContain('NOTES Organization:Administrator of the United Nations Development Programme');
    // (since session 65 the Programme the Administrator heads takes the verb too, as an organization's Secretary-General's owner
    // does; the post still takes no PART_OF: accuracy-aud65r)
    expect(rels).toContain('NOTES Organization:United Nations Development Programme');
  });

  it('guard: "the Administrator" as the holder named before, "the Secretary-General, as the Administrator of the ..." is not the post', () => {
    const text = 'Requests the Secretary-General, as the Administrator of the United Nations Development Programme, to report;';
    expect(relations(text, 'operative', GA80_156)).not.toContain('REQUESTS Organization:Administrator of the United Nations Development Programme');
  });
});
