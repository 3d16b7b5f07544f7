// Session-52 audit aud52b: three Fourth Committee texts annotated (tests/gold/aud52b-*: A/RES/78/86 American Samoa, 79/110
// Tokelau, 78/82 economic activities in the Non-Self-Governing Territories). Fixed, each with a guard: the Ulu-o-Tokelau, the
// Territory's head of government, is an officer (gazetteer); each case quotes the file and paragraph it comes from.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const territory = (name: string, symbol: string, date = '2024-12-04'): RecognizeContext => ({ body: 'General Assembly', symbol, date, title: `Question of ${name}` });
const TOKELAU = territory('Tokelau', 'A/RES/79/110');
const { extract, keys, relations } = oneParagraph({ ctx: TOKELAU, kind: 'preambular' });
const attributions = (text: string, kind: 'preambular' | 'operative', ctx: RecognizeContext): string[] =>
  extract(text, kind, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const ULU = 'Organization:Ulu-o-Tokelau';

describe('the Ulu-o-Tokelau, the head of the Territory\'s government, is an officer', () => {
  it('A/RES/79/110 OP13: "including at the fiftieth Pacific Islands Forum Leaders Meeting, held in Tuvalu in August 2019, as an associate member, represented by the Ulu-o-Tokelau": WELCOMES the Ulu', () => {
    const text =
      'Welcomes the ongoing cooperative attitude of the other States and territories in the Pacific region towards Tokelau and their support for its economic and political aspirations and its increasing participation in regional and international affairs, including at the fiftieth Pacific Islands Forum Leaders Meeting, held in Tuvalu in August 2019, as an associate member, represented by the Ulu-o-Tokelau;';
    expect(relations(text, 'operative')).toContain(`WELCOMES ${ULU}`);
  });

  it('A/RES/79/110 PP12: "the change of the Ulu-o-Tokelau during the General Fono, on 19 May 2022": RECALLS both', () => {
    const text =
      'Recalling also the holding of free and fair elections in the Territory on 23 January 2020 and the change of the Ulu-o-Tokelau during the General Fono, on 19 May 2022, and recalling further the democratic election of the General Fono on 26 January 2023,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${ULU}`);
    expect(rel).toContain('RECALLS Organization:General Fono');
  });

  it('guard: "the people of Tokelau" (79/110 OP1) stays the Territory, no officer', () => {
    const text =
      'Takes note with appreciation of the decision of the General Fono on 23 May 2022 to revisit the views of the people of Tokelau and revive the dialogue on the question of self-determination for Tokelau in the lead-up to the centenary of New Zealand administration of Tokelau in February 2026;';
    expect(keys(text, 'Organization:', 'operative')).toEqual(['Organization:General Fono']);
  });
});

describe('a Territory\'s election of its legislature, "the election of the <Body> on <day>"', () => {
  it('A/RES/79/110 PP12: "and recalling further the democratic election of the General Fono on 26 January 2023": the election in Tokelau of 2023', () => {
    const text =
      'Recalling also the holding of free and fair elections in the Territory on 23 January 2020 and the change of the Ulu-o-Tokelau during the General Fono, on 19 May 2022, and recalling further the democratic election of the General Fono on 26 January 2023,';
    const x = extract(text);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain('RECALLS Event:election in Tokelau @ 2020');
    expect(rel).toContain('RECALLS Event:election in Tokelau @ 2023');
    expect(rel).toContain('RECALLS Organization:General Fono');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('STARTS_ON Event:election in Tokelau @ 2023 -> Date:2023-01-26');
  });

  it('A/RES/79/110 OP3: "..., and notes ... the most recent election of the General Fono on 26 January 2023": NOTES it', () => {
    const text =
      'Recalls with satisfaction the democratic elections in Tokelau held on 23 January 2020 for the tenth General Fono and the subsequent swearing-in of the Ulu-o-Tokelau on 8 March 2021, and notes the subsequent change of the Ulu-o-Tokelau on 19 May 2022 at the General Fono, and the most recent election of the General Fono on 26 January 2023 and the subsequent inauguration of the Ulu-o-Tokelau in March 2024;';
    const x = extract(text, 'operative');
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Event:election in Tokelau @ 2023');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('STARTS_ON Event:election in Tokelau @ 2023 -> Date:2023-01-26');
  });

  it('guard: an officer\'s election ("the election of the President of the Legislative Assembly on 3 May 2023") is no election of the Territory', () => {
    const text = 'Noting the election of the President of the Legislative Assembly on 3 May 2023,';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('a Territory\'s referendum: "a further referendum", its month before it, its subject before "held"', () => {
  const PP10 =
    'Bearing in mind the decision of the General Fono at its meeting in November 2003, following extensive consultations undertaken in all three villages, to explore formally with New Zealand the option of self-government in free association, its decision in August 2005 to hold in February 2006 a referendum on self-determination on the basis of a draft constitution for Tokelau and a draft treaty of free association with New Zealand, and its subsequent decision to hold a further referendum in October 2007, and bearing in mind also that the two referendums did not produce the two-thirds majority of valid votes cast required by the General Fono to change the status of Tokelau from that of a Non-Self-Governing Territory under the administration of New Zealand,';

  it('A/RES/79/110 PP10: "to hold in February 2006 a referendum on self-determination", "to hold a further referendum in October 2007": two referendums of Tokelau', () => {
    expect(keys(PP10, 'Event:referendum')).toEqual(['Event:referendum in Tokelau @ 2006', 'Event:referendum in Tokelau @ 2007']);
    const att = attributions(PP10, 'preambular', TOKELAU);
    expect(att).toContain('STARTS_ON Event:referendum in Tokelau @ 2006 -> Date:2006-02');
    expect(att).toContain('STARTS_ON Event:referendum in Tokelau @ 2007 -> Date:2007-10');
  });

  it('A/RES/78/86 OP5: "the outcomes of the referendum on proposed amendments to the Constitution of American Samoa held on 8 November 2022": NOTES the referendum of that day', () => {
    const samoa = territory('American Samoa', 'A/RES/78/86', '2023-12-07');
    const text =
      'Also takes note of the outcomes of the referendum on proposed amendments to the Constitution of American Samoa held on 8 November 2022, in which voters approved five amendments, and the transmittal of these amendments to the Secretary of the Interior of the United States of America on 14 December 2022;';
    const x = extract(text, 'operative', samoa);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Event:referendum in American Samoa @ 2022');
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Framework:Constitution of American Samoa');
    expect(attributions(text, 'operative', samoa)).toContain('STARTS_ON Event:referendum in American Samoa @ 2022 -> Date:2022-11-08');
  });

  it('guards: a plan with no month ("to hold in 2026 a referendum"), a subject with no "held" ("a referendum on independence in 2026") name none', () => {
    expect(keys('Noting the decision of the Government to hold in 2026 a referendum on the status of the Territory,', 'Event:')).toEqual([]);
    expect(keys('Noting the intention to organize a referendum on independence in March 2026,', 'Event:')).toEqual([]);
  });
});

describe('a policy or strategy named by its quoted title', () => {
  const LWC = 'Framework:Living with change: an integrated national strategy for enhancing the resilience of Tokelau to climate change and related hazards, 2017-2030';
  const TFT = 'Initiative:Tobacco-Free Tokelau by 2020';

  it('A/RES/79/110 PP15: "the climate change strategy of Tokelau, entitled “Living with change: ...”": RECALLS the strategy, a Framework', () => {
    const text =
      'Recalling the official launch in April 2017 of the climate change strategy of Tokelau, entitled “Living with change: an integrated national strategy for enhancing the resilience of Tokelau to climate change and related hazards, 2017–2030”, and the implementation plan for the first five years of the strategy, from 1 July 2017 to 30 June 2022, and recalling the launch of the Tokelau national greenhouse gas inventory report on 11 April 2019,';
    expect(relations(text)).toContain(`RECALLS ${LWC}`);
  });

  it('A/RES/79/110 OP10: "and in this regard encourages ... assistance towards the implementation of the climate change strategy of Tokelau, entitled “...”": ENCOURAGES it', () => {
    const text =
      'Acknowledges the need of Tokelau for continued support from the international community and its desire to become part of the discussions on the 2030 Agenda for Sustainable Development, the impacts of climate change and the protection of the environment and oceans, and in this regard encourages, as appropriate, assistance towards the implementation of the climate change strategy of Tokelau, entitled “Living with change: an integrated national strategy for enhancing the resilience of Tokelau to climate change and related hazards, 2017–2030”;';
    expect(relations(text, 'operative')).toContain(`ENCOURAGES ${LWC}`);
  });

  it('A/RES/79/110 PP8 "its policy entitled “Tobacco-Free Tokelau by 2020”" and OP9 "through its “Tobacco-Free Tokelau by 2020” policy": the policy, an Initiative', () => {
    const pp8 =
      'Acknowledging the World No Tobacco Day Award for the western Pacific region granted to Tokelau in 2017 by the World Health Organization for its policy entitled “Tobacco-Free Tokelau by 2020”, and expressing hope that this could contribute to the health and well-being of the Territory and its peoples,';
    expect(relations(pp8)).toContain(`ACKNOWLEDGES ${TFT}`);
    const op9 =
      'Also recalls measures taken by Tokelau to safeguard the health of its peoples through its “Tobacco-Free Tokelau by 2020” policy, launched in 2017, and encourages the necessary support for its implementation from the administering Power, the United Nations system and relevant stakeholders;';
    expect(relations(op9, 'operative')).toContain(`RECALLS ${TFT}`);
  });

  it('guards: a quoted theme before a lowercase word that is no kind ("the “Thriving communities” vision"), a report "entitled" after a strategy\'s name, name nothing new', () => {
    expect(keys('Takes note of the plan, with a shared vision of “Thriving communities with opportunities for all”;', 'Initiative:', 'operative')).toEqual([]);
    expect(keys('Takes note of the report on the strategy, entitled “Progress in 2024”;', 'Framework:', 'operative')).toEqual([]);
  });
});

describe('American Samoa\'s legislature and the two Houses of Representatives are bodies', () => {
  const samoa = territory('American Samoa', 'A/RES/78/86', '2023-12-07');

  it('A/RES/78/86 PP29: "the proposal to give the Fono, the Territory’s legislature, the authority to override the Governor’s veto": ACKNOWLEDGES the Fono', () => {
    const text =
      'Acknowledging the outcome of the referendum held on 8 November 2022, in which the proposal to give the Fono, the Territory’s legislature, the authority to override the Governor’s veto was rejected,';
    expect(relations(text, 'preambular', samoa)).toContain('ACKNOWLEDGES Organization:Fono');
  });

  it('A/RES/78/86 PP30: "to elect 20 members of the American Samoa House of Representatives and the delegate to the United States House of Representatives": both Houses, not the Place', () => {
    const text =
      'Noting the elections held in the Territory in November 2022 to elect 20 members of the American Samoa House of Representatives and the delegate to the United States House of Representatives,';
    const rel = relations(text, 'preambular', samoa);
    expect(rel).toContain('NOTES Organization:American Samoa House of Representatives');
    expect(rel).toContain('NOTES Organization:United States House of Representatives');
    expect(rel).toContain('NOTES Event:election in American Samoa @ 2022');
  });

  it('guard: the General Fono of Tokelau (79/110 OP1) stays its own body', () => {
    const text = 'Takes note with appreciation of the decision of the General Fono on 23 May 2022 to revisit the views of the people of Tokelau;';
    expect(keys(text, 'Organization:', 'operative')).toEqual(['Organization:General Fono']);
  });
});

describe('the Deeds of Cession, American Samoa\'s founding instruments, are a framework', () => {
  it('A/RES/78/86 PP19: "the protection of its Indigenous rights to the land as provided for in the Deeds of Cession": RECALLS them', () => {
    const text =
      'Recalling also the statement made by that representative in which he expressed his view that the people of American Samoa were happy with the relationship with the administering Power, which could be described as strong and healthy as well as beneficial to the people and the Government of the Territory, and that the most important benefit to American Samoa had been the protection of its Indigenous rights to the land as provided for in the Deeds of Cession,';
    expect(relations(text, 'preambular', territory('American Samoa', 'A/RES/78/86', '2023-12-07'))).toContain('RECALLS Framework:Deeds of Cession');
  });

  it('guard: "a deed of cession" in lower case names nothing', () => {
    expect(keys('Noting the signature of a deed of cession of the land,', 'Framework:')).toEqual([]);
  });
});

describe('a body\'s resumed session dated by the day before it', () => {
  const SC = 'Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
  const RESUMED = `Event:resumed session of the ${SC} @ 2023`;

  it('A/RES/79/110 PP17: "..., and on 12 June 2023 at the resumed session of the Special Committee on the Situation ...": RECALLS the session, of that day, the Committee\'s', () => {
    const text =
      'Recalling further the statements made by the representatives of the Government of New Zealand, as the administering Power, on 17 June 2019, at a session of the Special Committee, as well as at the 9th meeting of the Special Political and Decolonization Committee (Fourth Committee), on 14 October 2022, and on 12 June 2023 at the resumed session of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples, where it further reaffirmed the strengthened partnership between New Zealand and Tokelau,';
    expect(relations(text)).toContain(`RECALLS ${RESUMED}`);
    const att = attributions(text, 'preambular', TOKELAU);
    expect(att).toContain(`STARTS_ON ${RESUMED} -> Date:2023-06-12`);
    expect(att).toContain(`SESSION_OF ${RESUMED} -> Organization:${SC}`);
  });

  it('A/RES/79/110 PP14: "the statement made on 12 June 2023 to the resumed session of the Special Committee" (the short form): the same session', () => {
    const text =
      'Cognizant of the statement made by the Ulu-o-Tokelau at the Pacific regional seminar held in Saint George’s from 9 to 11 May 2018, as well as the statement made on 12 June 2023 to the resumed session of the Special Committee, that the self-determination process of the Territory could not be addressed in isolation from the threat of climate change,';
    // (alone, the short form is keyed with the text it stands in; in the file, which names the Committee in full in PP2, the
    // session is the one of PP17: golden dump, 78/97, 79/110, 80/101)
    expect(keys(text, 'Event:resumed')).toEqual(['Event:resumed session of the Special Committee (A/RES/79/110) @ 2023']);
  });

  it('guard: "the resumed session of the Special Committee" with no day before it names no dated session', () => {
    expect(keys('Noting the statements made at the resumed session of the Special Committee,', 'Event:resumed')).toEqual([]);
  });
});
