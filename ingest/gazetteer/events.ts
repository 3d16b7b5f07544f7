// Named events whose identity (and often dates and place) the genre takes as known: world
// summits and conferences, international days and weeks, years and decades, recurring forums.
// Dates given here make every mention of a one-off event key to the same node
// (`Event:<name> (<startDate>)`) whether or not the paragraph repeats the dates.
import { gazetteerEntry, type GazetteerEntry } from './types.js';

type EventKindName = 'conference' | 'summit' | 'session' | 'meeting' | 'forum' | 'day' | 'week' | 'year' | 'decade' | 'dialogue' | 'other';

function ev(name: string, eventKind: EventKindName, extra: { aliases?: string[]; shortForms?: string[]; acronym?: string; startDate?: string; endDate?: string; location?: string; series?: boolean } = {}): GazetteerEntry {
  const attrs: Record<string, unknown> = { eventKind };
  if (extra.startDate) attrs.startDate = extra.startDate;
  if (extra.endDate) attrs.endDate = extra.endDate;
  if (extra.location) attrs.location = extra.location;
  // recurring events (days, weeks, forums held every year) and multi-phase processes take no date from one mention
  if (extra.series || (!extra.startDate && ['day', 'week', 'forum', 'summit'].includes(eventKind))) attrs.series = true;
  return gazetteerEntry('Event', name, extra.acronym, extra.aliases ?? [], extra.shortForms ?? [], attrs);
}

export const EVENTS: GazetteerEntry[] = [
  // The World Summit on the Information Society, keyed by name only (it is a process as much as a meeting). It met in Geneva
  // (2003) and Tunis (2005); the genre's annotations take it as one event held in both, its phases no entities of their own
  // (recognize/summitPhases.ts).
  ev('World Summit on the Information Society', 'summit', {
    acronym: 'WSIS',
    aliases: ['World Summit on Information Society', 'World Summit on the Information Society (WSIS)'],
    shortForms: ['World Summit', 'Summit'],
    series: true,
  }),
  // the Year of 2012 (resolution 65/151), named so before the Decade of Sustainable Energy for All: "its resolutions 65/151 of 20
  // December 2010 on the International Year of Sustainable Energy for All" (A/RES/80/142 PP1, 79/211, 78/157); without it the
  // gazetteer's organization Sustainable Energy for All took the words after "International Year of"
  ev('International Year of Sustainable Energy for All', 'year'),
  // the holiday, listed last after "and" in the pattern-of-conferences texts: "concerning Yom Kippur, the Day of Vesak, Diwali,
  // Gurpurab, Orthodox Christmas, Nowruz and Lunar New Year" (A/RES/79/248 OP7, 80/234 OP6) was read as one event "Nowruz and
  // Lunar New Year"; known, it is a name of its own
  ev('Lunar New Year', 'day'),
  ev('World Summit on the Information Society Forum', 'forum', { aliases: ['WSIS Forum'], shortForms: [] }),
  // la Francophonie's 2006 ministerial conference, its topic part of its name ("reaffirmed at the Ministerial Conference of la
  // Francophonie on Conflict Prevention and Human Security, held on 13 and 14 May 2006 in Saint-Boniface, Canada", A/RES/79/331
  // OP4): with "la Francophonie" a name of its owner, the owner's sitting would end there
  ev('Ministerial Conference of la Francophonie on Conflict Prevention and Human Security', 'conference'),
  // UNESCO's yearly network conference, named with its network after the owner: "the seventeenth edition of the Annual Conference of
  // the United Nations Educational, Scientific and Cultural Organization Creative Cities Network" (A/RES/80/148 PP30; the name was cut
  // after the owner, "Annual Conference of the United Nations Educational, Scientific and Cultural Organization", SESSION_OF UNESCO)
  ev('Annual Conference of the United Nations Educational, Scientific and Cultural Organization Creative Cities Network', 'conference', { aliases: ['Annual Conference of the UNESCO Creative Cities Network'] }),
  // its title after the colon is part of its name (A/RES/79/141 PP14, OP6, OP7): not "... on Palestine" and the place Gaza
  ev('Cairo International Conference on Palestine: Reconstructing Gaza', 'conference', { startDate: '2014-10-12', location: 'Cairo' }),
  // The Agency's International Conferences on Nuclear Security, each named by its subtitle: "the International Conference on
  // Nuclear Security: Sustaining and Strengthening Efforts, held in Vienna from 10 to 14 February 2020" (A/RES/79/55 PP15) is "the
  // third International Conference on Nuclear Security: Sustaining and Strengthening Efforts, in Vienna in February 2020" (A/RES/78/43
  // PP13, 79/42, 80/41): one sitting, keyed by the name both print (the ordinal only in aliases, with or without the subtitle: 79/55
  // does not print it)
  ev('International Conference on Nuclear Security: Enhancing Global Efforts', 'conference', { location: 'Vienna', startDate: '2013-07', aliases: ['First International Conference on Nuclear Security: Enhancing Global Efforts', 'First International Conference on Nuclear Security'] }),
  ev('International Conference on Nuclear Security: Commitments and Actions', 'conference', { location: 'Vienna', startDate: '2016-12', aliases: ['Second International Conference on Nuclear Security: Commitments and Actions', 'Second International Conference on Nuclear Security'] }),
  ev('International Conference on Nuclear Security: Sustaining and Strengthening Efforts', 'conference', { location: 'Vienna', startDate: '2020-02-10', endDate: '2020-02-14', aliases: ['Third International Conference on Nuclear Security: Sustaining and Strengthening Efforts', 'Third International Conference on Nuclear Security'] }),
  ev('International Conference on Nuclear Security: Shaping the Future', 'conference', { location: 'Vienna', startDate: '2024-05-20', endDate: '2024-05-24', aliases: ['Fourth International Conference on Nuclear Security: Shaping the Future', 'Fourth International Conference on Nuclear Security'] }),
  // held every year ("the ninth annual Economic and Social Council forum on financing for development follow-up"):
  // named without the Council, which stays a mention of its own (and the antecedent of "the Council" after it)
  ev('forum on financing for development follow-up', 'forum', { aliases: ['Forum on Financing for Development Follow-up'] }),
  // two one-day high-level meetings the Second Committee's texts name in lower case, with no capitals to read: "the outcome
  // document of the special event to follow up efforts made towards achieving the Millennium Development Goals convened by the
  // President of the General Assembly" (A/RES/80/140 PP2, 79/208, 78/155; "of the General Assembly" inside it, 79/209 PP8; "the
  // 2013 special event ...", 78/174, 79/146, 80/178) and "the convening of the summit on biodiversity on 30 September 2020" (80/140 PP11, 79/208,
  // 78/155): one-off sittings, whose day the paragraph states
  ev('special event to follow up efforts made towards achieving the Millennium Development Goals', 'meeting', {
    aliases: ['special event of the General Assembly to follow up efforts made towards achieving the Millennium Development Goals'],
  }),
  ev('summit on biodiversity', 'meeting'),
  // the talks on the conflicts in Georgia, begun in Geneva on 15 October 2008 ("all participants in the Geneva discussions",
  // the General Assembly's yearly resolution on displaced persons from Abkhazia, Georgia, A/RES/78/283 OP5)
  ev('Geneva International Discussions', 'dialogue', { aliases: ['Geneva discussions'], startDate: '2008-10-15', location: 'Geneva' }),
  // UNCTAD's recurring conference on extractive commodities (OILGASMINE): the comma inside its name ("the Global Commodities
  // Forum and the African Oil, Gas and Mines Trade and Finance Conference and Exhibition", A/RES/78/138 PP31) cut it to "Gas
  // and Mines Trade ...", of no kind
  ev('African Oil, Gas and Mines Trade and Finance Conference and Exhibition', 'conference', { series: true }),
  // the standing peace conference on the former Yugoslavia (London, August 1992; then Geneva to 1996), named with its organs:
  // "the Co-Chairmen of the Steering Committee of the International Conference on the Former Yugoslavia" (S/RES/827 (1993)
  // PP8): the conference is an entity of its own, its Steering Committee PART_OF it
  ev('International Conference on the Former Yugoslavia', 'conference', { acronym: 'ICFY' }),
  // the IAEA's conference after the Fukushima Daiichi accident, printed with the Agency's name before its own inside the name of
  // its Declaration ("the Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear Safety", A/RES/78/49
  // PP9, OP2; 80/26): the same sitting as "the Ministerial Conference on Nuclear Safety, in Vienna from 20 to 24 June 2011"
  ev('Ministerial Conference on Nuclear Safety', 'conference', {
    aliases: ['International Atomic Energy Agency Ministerial Conference on Nuclear Safety', 'IAEA Ministerial Conference on Nuclear Safety'],
    startDate: '2011-06-20',
    endDate: '2011-06-24',
    location: 'Vienna',
  }),
  ev('Summit of the Future', 'summit', { startDate: '2024-09-22', endDate: '2024-09-23', location: 'New York' }),
  // BAPA+40, whose outcome the texts name by its host city ("the Buenos Aires outcome document of the second High-level United
  // Nations Conference on South-South Cooperation", A/RES/78/167 PP1) or by the conference alone ("the outcome document of the
  // second High-level United Nations Conference on South-South Cooperation,1", A/RES/78/139 PP)
  ev('Second High-level United Nations Conference on South-South Cooperation', 'conference', { startDate: '2019-03-20', endDate: '2019-03-22', location: 'Buenos Aires' }),
  // the African Development Bank's summit on agriculture, its venue's name and the edition opening its name, its theme after a
  // colon part of it: "made at the Dakar 2 Summit on Feed Africa: Food Sovereignty and Resilience, held in January 2023"
  // (A/RES/79/263 OP10, 78/262): not a "Summit on Feed Africa" held in the place Dakar
  ev('Dakar 2 Summit on Feed Africa: Food Sovereignty and Resilience', 'summit', { startDate: '2023-01-25', endDate: '2023-01-27', location: 'Dakar' }),
  // the ILO's summit held during the 111th International Labour Conference, its theme after a colon part of its name: "the
  // convening of the World of Work Summit: Social Justice for All, held in Geneva on 14 and 15 June 2023" (A/RES/78/174 PP13,
  // 79/146 PP15, 80/178 PP13) had no node
  ev('World of Work Summit: Social Justice for All', 'summit', { startDate: '2023-06-14', endDate: '2023-06-15', location: 'Geneva' }),
  // its official name, the Assembly's high-level plenary meeting of that session: "decisions that might be taken at the high-level
  // plenary meeting of the sixtieth session of the General Assembly in September 2005" (A/RES/78/111 PP13, 79/..., 80/...: the
  // Charter committee's texts) had no node
  ev('2005 World Summit', 'summit', {
    startDate: '2005-09-14',
    endDate: '2005-09-16',
    location: 'New York',
    aliases: ['high-level plenary meeting of the sixtieth session of the General Assembly', 'high-level plenary meeting of the sixtieth session of the Assembly'],
  }),
  ev('World Summit for Social Development', 'summit', { startDate: '1995-03-06', endDate: '1995-03-12', location: 'Copenhagen' }),
  // ("Second World Summit on Social Development": A/RES/78/318 OP1)
  // (lowercase: "to convene a world social summit in 2025", A/RES/78/261 PP, 78/318; "the proposed world social summit in 2025", 78/1 annex OP37)
  ev('Second World Summit for Social Development', 'summit', { startDate: '2025-11-04', endDate: '2025-11-06', location: 'Doha', aliases: ['World Social Summit', 'Second World Summit on Social Development', 'world social summit'] }),
  // printed "the first World Humanitarian Summit" too (A/RES/78/205 PP34, 80/211 PP34, 79/149): one summit, not a series
  ev('World Humanitarian Summit', 'summit', { startDate: '2016-05-23', endDate: '2016-05-24', location: 'Istanbul' }),
  ev('World Summit for Children', 'summit', { startDate: '1990-09-29', endDate: '1990-09-30', location: 'New York' }),
  ev('World Summit on Sustainable Development', 'summit', { startDate: '2002-08-26', endDate: '2002-09-04', location: 'Johannesburg' }),
  ev('Millennium Summit', 'summit', { startDate: '2000-09-06', endDate: '2000-09-08', location: 'New York' }),
  // the summit at which the 2030 Agenda was adopted, printed lowercase ("the outcome document of the United Nations summit for
  // the adoption of the post-2015 development agenda, entitled “Transforming our world ...”", A/RES/80/182 PP5, PP7; 23 times in
  // corpus-ga): an event like the other world summits
  ev('United Nations summit for the adoption of the post-2015 development agenda', 'summit', { startDate: '2015-09-25', endDate: '2015-09-27', location: 'New York' }),
  // "the implementation of the commitments made on this issue at the inter-Korean summit of 19 September 2018" (A/RES/80/220
  // PP24; "held on 19 September 2018", 78/218, 79/181): the Pyongyang summit, printed in lower case with its day. Only the
  // forms with that day are this summit (an earlier or later inter-Korean summit is another)
  ev('inter-Korean summit', 'summit', { startDate: '2018-09-19' }),
  // the treaty event the Secretary-General holds each year at Headquarters for signatures and ratifications of multilateral
  // treaties: "Reaffirms its support for the annual treaty event organized by the Secretary-General" (A/RES/78/236 OP3, 80/170
  // OP3), printed in lowercase, is that recurring event, organized by him
  ev('annual treaty event', 'other', { series: true }),
  // the ECOWAS-ECCAS summit in Lomé, printed in lower case ("the joint summit of the Heads of State and Government of the Economic
  // Community of West African States and the Economic Community of Central African States, on peace, security, ..., held in Lomé
  // on 30 July 2018, and the Lomé Declaration ... adopted at that summit", A/RES/79/68 OP15, 80/63, 78/59)
  ev('joint summit of the Heads of State and Government of the Economic Community of West African States and the Economic Community of Central African States', 'summit', { startDate: '2018-07-30', location: 'Lomé' }),
  // two sittings hosted by Gabon and Germany on the margins of the Assembly's sixty-eighth and sixty-ninth sessions (2013, 2014),
  // printed as one plural in lower case ("the outcome of the high-level meetings on poaching and illicit wildlife trafficking,
  // hosted by Gabon and Germany and held on the margins of ...", A/RES/79/68 PP17, 80/63, 78/59): one node, as the
  // Conferences on the Humanitarian Impact of Nuclear Weapons are
  ev('high-level meetings on poaching and illicit wildlife trafficking', 'meeting', { series: true }),
  // the Assembly's meeting of 23 September 2013 (its outcome document: resolution 68/3), printed by its short name ("the outcome
  // of the high-level meeting on disability and development", A/RES/79/149 PP9) and by its full one ("the outcome document of the
  // high-level meeting of the Assembly on the realization of the Millennium Development Goals and other internationally agreed
  // development goals for persons with disabilities: the way forward, ...", OP39): one sitting, one node
  ev('high-level meeting on disability and development', 'meeting', {
    startDate: '2013-09-23',
    location: 'New York',
    aliases: [
      'high-level meeting of the General Assembly on disability and development',
      'high-level meeting of the Assembly on disability and development',
      'high-level meeting on the realization of the Millennium Development Goals and other internationally agreed development goals for persons with disabilities',
      'high-level meeting of the General Assembly on the realization of the Millennium Development Goals and other internationally agreed development goals for persons with disabilities',
      'high-level meeting of the Assembly on the realization of the Millennium Development Goals and other internationally agreed development goals for persons with disabilities',
    ],
  }),
  // the Economic and Social Council's recurring special meetings on financing for development, printed in lower case ("the
  // deliberations of the special meeting of the Economic and Social Council on international cooperation in tax matters, ..., a
  // special meeting of the Economic and Social Council on financial integrity, ... and a high-level special meeting of the Economic
  // and Social Council with credit rating agencies", A/RES/80/129 OP9, 79/323 annex; "the annual special high-level meeting with
  // the Bretton Woods institutions", 80/129 OP8): sittings held each year, read before as the Council alone or not at all ("the 2023 special meeting ...", 78/230, is that year's)
  ev('special meeting of the Economic and Social Council on international cooperation in tax matters', 'meeting', {
    aliases: ['special meeting of the Council on international cooperation in tax matters'],
    series: true,
  }),
  ev('special meeting of the Economic and Social Council on financial integrity', 'meeting', { aliases: ['special meeting of the Council on financial integrity'], series: true }),
  ev('special high-level meeting on credit ratings', 'meeting', {
    aliases: ['high-level special meeting of the Economic and Social Council with credit rating agencies', 'high-level special meeting of the Council with credit rating agencies'],
    series: true,
  }),
  // (named by its body only, as the pattern read it before: the bodies it meets "with" stay mentions of their own; "the annual
  // special high-level meeting with the Bretton Woods institutions", A/RES/80/129 OP8, 79/323, names it by them. Printed bare
  // it is the same sitting: "through its forum on financing for development follow-up and the special high-level meeting with
  // the World Bank, the International Monetary Fund, ..." (A/RES/78/271 OP7), "a special high-level meeting that engages with
  // the World Trade Organization" (80/129 OP8, 79/323): the Council's, the bodies after "with" stay the verb's targets; the
  // phrase names no other body's sitting in the corpora, and a longer name ("... on credit ratings") wins)
  ev('special high-level meeting of the Economic and Social Council', 'meeting', {
    aliases: ['special high-level meeting with the Bretton Woods institutions', 'special high-level meeting with the Bretton Woods Institutions', 'special high-level meeting'],
    series: true,
  }),
  ev('United Nations Food Systems Summit', 'summit', { startDate: '2021-09-23', location: 'New York' }),
  ev('Sustainable Development Goals Summit', 'summit', { aliases: ['SDG Summit'] }),
  // held each September during the general debate since 2019, "the 2020, 2021 and 2022 Sustainable Development Goals Moments",
  // "an annual Sustainable Development Goals Moment" (A/RES/78/165 PP12, OP24; 79/225): a sitting, not the Goals
  // the Council's yearly youth forum, printed lowercase ("the important contributions made by the Economic and Social Council
  // youth forum", A/RES/80/180 PP14, 78/179): a sitting held each year, read as the Council alone
  ev('Economic and Social Council Youth Forum', 'forum', { aliases: ['Economic and Social Council youth forum', 'ECOSOC Youth Forum'], series: true }),
  // the forum the United Nations and the International Chamber of Commerce hold each year, printed lowercase ("as well as the
  // Sustainable Development Goals business forum, organized by the United Nations and the International Chamber of Commerce",
  // A/RES/79/228 OP25): a sitting, not the Goals
  ev('Sustainable Development Goals business forum', 'forum', { aliases: ['SDG business forum'] }),
  // the Central Asian Heads of State's yearly consultations, named by their members in lower case ("the importance of holding regular
  // consultative meetings of the Central Asian Heads of State, and in this regard taking note of the sixth consultative meeting,
  // held in Astana on 9 August 2024", A/RES/79/268 PP7; "of the Heads of State of Central Asian countries", 79/5 PP): a series
  ev('Consultative Meeting of the Heads of State of Central Asia', 'meeting', {
    aliases: ['consultative meetings of the Central Asian Heads of State', 'consultative meetings of the Heads of State of Central Asian countries'],
    shortForms: ['consultative meeting'],
    series: true,
  }),
  ev('Sustainable Development Goals Moment', 'meeting', { aliases: ['Sustainable Development Goals Moments', 'SDG Moment', 'SDG Moments'], series: true }),
  ev('Transforming Education Summit', 'summit', { startDate: '2022-09-16', endDate: '2022-09-19', location: 'New York' }),
  ev('Climate Ambition Summit', 'summit', { startDate: '2023-09-20', location: 'New York' }),
  ev('AI for Good Global Summit', 'summit', { aliases: ['Artificial Intelligence for Good Global Summit'] }),
  ev('AI Action Summit', 'summit', { startDate: '2025-02-10', endDate: '2025-02-11', location: 'Paris', aliases: ['Artificial Intelligence Action Summit'] }),
  // Financing for development and other world conferences
  // the series of four (Oslo 2013, Nayarit and Vienna 2014, Vienna 2022), printed capitalised ("the first, second, third and
  // fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, ...", A/RES/78/53 PP29)
  // or not ("the conferences on the humanitarian impact of nuclear weapons, convened by Norway, ...", A/RES/78/240 PP15): one
  // node, not one per date printed nearest
  // printed in lower case in the nuclear disarmament texts: the conference that adopted the Treaty on the Prohibition of Nuclear
  // Weapons ("the adoption, with a vote, of the Treaty ... on 7 July 2017 at the United Nations conference to negotiate ...",
  // A/RES/80/49 PP12, 79/47, 78/27; New York, 27-31 March and 15 June-7 July 2017), and the one the Assembly decides to
  // convene, not yet dated ("Decides to convene, in New York, on a date to be decided later, a United Nations high-level
  // international conference on nuclear disarmament", 80/49 OP5, 79/47, 78/27; "Calls for the convening ... of", 80/24 OP21,
  // 79/50, 78/53)
  ev('United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons, leading towards their total elimination', 'conference', { startDate: '2017-03-27', endDate: '2017-07-07', location: 'New York' }),
  ev('United Nations high-level international conference on nuclear disarmament', 'conference'),
  ev('Conferences on the Humanitarian Impact of Nuclear Weapons', 'conference', { aliases: ['conferences on the humanitarian impact of nuclear weapons'], series: true }),
  // its four sittings, each its own event (knownEditionsListed reads the series named with their days as these): Oslo,
  // convened by Norway; Nayarit, Mexico; Vienna, by Austria, twice
  ev('First Conference on the Humanitarian Impact of Nuclear Weapons', 'conference', { startDate: '2013-03-04', endDate: '2013-03-05', location: 'Oslo' }),
  ev('Second Conference on the Humanitarian Impact of Nuclear Weapons', 'conference', { startDate: '2014-02-13', endDate: '2014-02-14', location: 'Nayarit' }),
  ev('Third Conference on the Humanitarian Impact of Nuclear Weapons', 'conference', { startDate: '2014-12-08', endDate: '2014-12-09', location: 'Vienna' }),
  ev('Fourth Conference on the Humanitarian Impact of Nuclear Weapons', 'conference', { startDate: '2022-06-20', location: 'Vienna' }),
  // the four decades together ("the plan of action for the International Decades for the Eradication of Colonialism", in
  // every decolonization resolution, A/RES/79/106 PP5): the editions ("the Fourth International Decade ...") are named apart
  ev('International Decades for the Eradication of Colonialism', 'decade', { series: true }),
  // the three decades against racism together ("the three Decades for Action to Combat Racism and Racial Discrimination previously
  // declared by the General Assembly", A/RES/79/161 PP23, OP36, 78/234, 80/193), and the first of them, 1973-1983, named in its
  // trust fund's name ("the trust fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination")
  ev('Decades for Action to Combat Racism and Racial Discrimination', 'decade', { series: true }),
  ev('Decade for Action to Combat Racism and Racial Discrimination', 'decade'),
  // held every year by the Regional Centre in Asia and the Pacific ("the twenty-second United Nations-Republic of Korea Joint
  // Conference on Disarmament and Non-Proliferation Issues", A/RES/79/67 PP3): not the Conference on Disarmament
  ev('United Nations-Republic of Korea Joint Conference on Disarmament and Non-Proliferation Issues', 'conference', { series: true }),
  ev('International Conference on Financing for Development', 'conference', { startDate: '2002-03-18', endDate: '2002-03-22', location: 'Monterrey' }),
  ev('Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus', 'conference', { startDate: '2008-11-29', endDate: '2008-12-02', location: 'Doha' }),
  ev('Third International Conference on Financing for Development', 'conference', { startDate: '2015-07-13', endDate: '2015-07-16', location: 'Addis Ababa' }),
  // ("Fourth International Conference for Financing for Development": A/RES/79/219 PP12)
  // (lowercase before it was named: "convening a fourth international conference on financing for development in 2025", A/RES/78/1
  // annex OP38 (xiii), 78/231 PP and OP29, 78/134 OP16)
  ev('Fourth International Conference on Financing for Development', 'conference', { startDate: '2025-06-30', endDate: '2025-07-03', location: 'Sevilla', aliases: ['Fourth International Conference for Financing for Development', 'fourth international conference on financing for development'] }),
  // Habitat II (Istanbul, 1996), named with Habitat III in the Habitat item's title ("the United Nations Conferences on Human
  // Settlements (Habitat II) and on Housing and Sustainable Urban Development (Habitat III)", A/RES/79/214 PP1); the 1976 Vancouver
  // conference, of the same name, the texts call Habitat I
  ev('United Nations Conference on Human Settlements', 'conference', { acronym: 'Habitat II', startDate: '1996-06-03', endDate: '1996-06-14', location: 'Istanbul' }),
  ev('United Nations Conference on Housing and Sustainable Urban Development', 'conference', { acronym: 'Habitat III', startDate: '2016-10-17', endDate: '2016-10-20', location: 'Quito' }),
  ev('United Nations Conference on Environment and Development', 'conference', { startDate: '1992-06-03', endDate: '1992-06-14', location: 'Rio de Janeiro' }),
  ev('United Nations Conference on Sustainable Development', 'conference', { aliases: ['Rio+20'], startDate: '2012-06-20', endDate: '2012-06-22', location: 'Rio de Janeiro' }),
  ev('Fourth World Conference on Women', 'conference', { startDate: '1995-09-04', endDate: '1995-09-15', location: 'Beijing' }),
  ev('International Conference on Population and Development', 'conference', { startDate: '1994-09-05', endDate: '1994-09-13', location: 'Cairo' }),
  // S/RES/687 (1991) PP9: the whole name, not cut after the protocol it holds ("1925 Geneva Protocol" is a Framework alias)
  ev('Conference of States Parties to the 1925 Geneva Protocol and Other Interested States', 'conference', { startDate: '1989-01-07', endDate: '1989-01-11', location: 'Paris' }),
  // the Forum in Dakar that adopted the Dakar Framework for Action: "the Dakar Framework for Action, adopted at the World
  // Education Forum on 28 April 2000" (A/RES/79/178 OP17, its last day, read as its start) and "adopted on 28 April 2000 at the
  // World Education Forum" (A/RES/79/151 PP16, no date: a second node); "World Education Forum 2015" (Incheon) is another
  // the World Water Council's forum, every three years: "the outcomes of the tenth World Water Forum, held in Bali, Indonesia"
  // (A/RES/78/327 PP17): its numbered sitting is SESSION_OF it, a standing forum (lead's ruling, session 55)
  ev('World Water Forum', 'forum'),
  ev('World Education Forum', 'forum', { startDate: '2000-04-26', endDate: '2000-04-28', location: 'Dakar' }),
  ev('World Education Forum 2015', 'forum', { startDate: '2015-05-19', endDate: '2015-05-22', location: 'Incheon' }),
  // the high-level plenary meeting of the Assembly held in New York on 22 and 23 September 2014 ("known as the World Conference on
  // Indigenous Peoples", A/RES/80/207 PP13 and OP42, 80/191, 79/159, 80/210): one node, whether or not a text prints its dates
  ev('World Conference on Indigenous Peoples', 'conference', { startDate: '2014-09-22', endDate: '2014-09-23', location: 'New York' }),
  // the meeting resolution 78/47 convened (OP8) and 79/54 dated (OP6: "the preparatory meeting of States in New York from 23 to
  // 27 June 2025"), named in full in 80/43 PP2 and printed lowercase in 80/46 PP: one node, whether or not a text prints its dates
  ev('Preparatory Meeting of States on the Global Framework for Through-life Conventional Ammunition Management', 'meeting', { startDate: '2025-06-23', endDate: '2025-06-27', location: 'New York', aliases: ['preparatory meeting of States'] }),
  ev('World Conference on Human Rights', 'conference', { startDate: '1993-06-14', endDate: '1993-06-25', location: 'Vienna' }),
  ev('World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance', 'conference', { startDate: '2001-08-31', endDate: '2001-09-08', location: 'Durban' }),
  ev('Third United Nations Conference on Disaster Risk Reduction', 'conference', { startDate: '2015-03-14', endDate: '2015-03-18', location: 'Sendai' }),
  ev('Fifth United Nations Conference on the Least Developed Countries', 'conference', { location: 'Doha', startDate: '2023-03-05', endDate: '2023-03-09' }),
  // ("... Conference on the Landlocked Developing Countries": A/RES/79/236 OP9)
  ev('Third United Nations Conference on Landlocked Developing Countries', 'conference', { location: 'Awaza', startDate: '2025-08-05', endDate: '2025-08-08', aliases: ['Third United Nations Conference on the Landlocked Developing Countries'] }),
  ev('Second United Nations Conference on Landlocked Developing Countries', 'conference', { location: 'Vienna', startDate: '2014-11-03', endDate: '2014-11-05' }),
  // the Assembly's midterm reviews of the programmes of action, named only inside their declarations' titles ("the Political
  // Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of Action ...", A/RES/79/219 PP1,
  // 78/163; "... of the Comprehensive High-level Midterm Review of the Implementation of the Istanbul Programme of Action ...",
  // 78/153, 79/206): no head noun of a sitting, so no pattern reads them; each ADOPTED its declaration (lead's ruling, session 51)
  ev('High-level Midterm Review on the Implementation of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024', 'meeting', { location: 'New York', startDate: '2019-12-05', endDate: '2019-12-06' }),
  ev('Comprehensive High-level Midterm Review of the Implementation of the Istanbul Programme of Action for the Least Developed Countries for the Decade 2011-2020', 'meeting', { location: 'Antalya', startDate: '2016-05-27', endDate: '2016-05-29' }),
  // ("looking forward to the convening of ... the fourth United Nations Conference on Small Island Developing States, in Antigua
  // and Barbuda in May 2024", A/RES/78/144 PP30: the Conference printed by the other conferences' pattern, a node of its own before)
  ev('Fourth International Conference on Small Island Developing States', 'conference', { location: 'St. John\'s', startDate: '2024-05-27', endDate: '2024-05-30', aliases: ['Fourth United Nations Conference on Small Island Developing States'] }),
  // Bolivia's conference of 2010 (A/64/777), its name going on past "and the": "the Peoples’ World Conference on Climate Change and
  // the Rights of Mother Earth, hosted by the Plurinational State of Bolivia in Cochabamba from 20 to 22 April 2010" (A/RES/79/210
  // PP5, the Harmony with Nature texts): the capitals reader stopped at "Climate Change"
  ev("Peoples' World Conference on Climate Change and the Rights of Mother Earth", 'conference', { location: 'Cochabamba', startDate: '2010-04-20', endDate: '2010-04-22', aliases: ['Peoples’ World Conference on Climate Change and the Rights of Mother Earth'] }),
  ev('Third International Conference on Small Island Developing States', 'conference', { location: 'Apia', startDate: '2014-09-01', endDate: '2014-09-04' }),
  // The ocean and water conferences are printed by their long official names far more often than by the short ones.
  // (the editions printed with their ordinal and a short series name: "looking forward to the third Ocean Conference, co-hosted
  // by Costa Rica and France", A/RES/78/327 PP16, 78/153 PP26, 79/206 PP26; "the third UN Ocean Conference", 78/1 Annex.OP38)
  ev('2025 United Nations Ocean Conference', 'conference', {
    location: 'Nice',
    startDate: '2025-06-09',
    endDate: '2025-06-13',
    aliases: ['Third United Nations Ocean Conference', 'Third UN Ocean Conference', 'Third Ocean Conference', '2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14', 'Third United Nations Conference to Support the Implementation of Sustainable Development Goal 14'],
  }),
  ev('2017 United Nations Ocean Conference', 'conference', {
    location: 'New York',
    startDate: '2017-06-05',
    endDate: '2017-06-09',
    aliases: ['First United Nations Ocean Conference', 'First UN Ocean Conference', 'First Ocean Conference', '2017 United Nations Conference to Support the Implementation of Sustainable Development Goal 14', 'First United Nations Conference to Support the Implementation of Sustainable Development Goal 14'],
  }),
  ev('2022 United Nations Ocean Conference', 'conference', {
    location: 'Lisbon',
    startDate: '2022-06-27',
    endDate: '2022-07-01',
    aliases: ['Second United Nations Ocean Conference', 'Second UN Ocean Conference', 'Second Ocean Conference', '2022 United Nations Conference to Support the Implementation of Sustainable Development Goal 14', 'Second United Nations Conference to Support the Implementation of Sustainable Development Goal 14'],
  }),
  // decided by A/RES/80/108 ("to convene the high-level 2028 United Nations Conference to Support the Implementation of
  // Sustainable Development Goal 14 ... in the Republic of Korea, in June 2028"): one more edition of the series, so an
  // undated mention of the series is never read as this edition (graph/build.ts mergeUndatedEvents)
  ev('2028 United Nations Ocean Conference', 'conference', {
    location: 'Republic of Korea',
    startDate: '2028-06',
    aliases: ['Fourth United Nations Ocean Conference', 'Fourth UN Ocean Conference', 'Fourth Ocean Conference', '2028 United Nations Conference to Support the Implementation of Sustainable Development Goal 14', 'Fourth United Nations Conference to Support the Implementation of Sustainable Development Goal 14'],
  }),
  ev('2023 United Nations Water Conference', 'conference', {
    location: 'New York',
    startDate: '2023-03-22',
    endDate: '2023-03-24',
    aliases: [
      'United Nations 2023 Water Conference',
      // ("the UN 2023 Water Conference", A/RES/78/1 Annex.OP38, the SDG Summit declaration)
      'UN 2023 Water Conference',
      'United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, "Water for Sustainable Development", 2018-2028',
      'United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, "Water for Sustainable Development," 2018-2028',
      'United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, "Water for Sustainable Development" 2018-2028',
      'United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, "Water for Sustainable Development"',
      // (the Decade's name in single quotes inside a quoted title: "entitled “Follow-up to the United Nations Conference on the
      // Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, ‘Water for
      // Sustainable Development’, 2018–2028”", A/RES/78/206 PP12, 80/216 PP13)
      'United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action',
    ],
  }),
  // UNESCO's network on education for sustainable development met first in Tokyo: "Looking forward to the holding of the first
  // ESD-Net 2030 global meeting in Tokyo in December 2023" (A/RES/78/156 PP25), "Taking note of the first ESD-Net 2030 global
  // meeting, held in Tokyo in December 2023" (A/RES/80/141 PP29): lower-case noun, no pattern reads it
  ev('first ESD-Net 2030 global meeting', 'meeting', { startDate: '2023-12', location: 'Tokyo' }),
  // the African Union's yearly meeting with its regional economic communities, the Union's name between the ordinal and the
  // lower-case noun: "on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023"
  // (A/RES/78/263 OP39, 79/264): no pattern reads it
  ev('fifth African Union mid-year coordination meeting', 'meeting', { startDate: '2023-07-15', location: 'Nairobi' }),
  ev('2026 United Nations Water Conference', 'conference', {
    location: 'United Arab Emirates',
    startDate: '2026-12',
    aliases: ['2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6'],
  }),
  // ITU conferences (recurring; dates come from the text)
  ev('Plenipotentiary Conference of the International Telecommunication Union', 'conference', { aliases: ['ITU Plenipotentiary Conference', 'Plenipotentiary Conference'] }),
  ev('World Radiocommunication Conference', 'conference'),
  ev('World Telecommunication Standardization Assembly', 'conference'),
  ev('World Telecommunication Development Conference', 'conference'),
  ev('Global Standards Symposium', 'conference'),
  ev('World Telecommunication/Information and Communication Technology Policy Forum', 'forum', { aliases: ['World Telecommunication/Information and Communications Technology Policy Forum', 'World Telecommunication/ICT Policy Forum'] }),
  ev('World Telecommunication/Information and Communication Technology Indicators Symposium', 'conference', { aliases: ['World Telecommunication/Information and Communications Technology Indicators Symposium', 'World Telecommunication/ICT Indicators Symposium'] }),
  ev('United Nations Conference on Trade and Development eWeek', 'week', { aliases: ['UNCTAD eWeek', 'eWeek'] }),
  ev('Global Symposium for Regulators', 'conference'),
  // Days, weeks, years, decades
  ev('World Press Freedom Day', 'day'),
  ev('World Telecommunication and Information Society Day', 'day'),
  ev('International Day for Universal Access to Information', 'day'),
  ev('International Girls in ICT Day', 'day', { aliases: ['International Girls in Information and Communications Technology Day'] }),
  ev('World Development Information Day', 'day'),
  // 27 June (resolution 71/279): "Recalling its resolution 71/279 of 6 April 2017 on Micro-, Small and Medium-sized Enterprises
  // Day" (A/RES/79/201 PP14); the capitalised name stopped at "Micro-," and gave "Small and Medium-sized Enterprises Day"
  ev('Micro-, Small and Medium-sized Enterprises Day', 'day'),
  ev('International Day of Peace', 'day'),
  // 9 December (resolution 69/323; A/RES/79/328, 78/129, 78/277, 79/321): the name goes on after "Genocide" with "and of the
  // Prevention of This Crime", which no Day name pattern reads ("and of the" ends names)
  // (resolution 78/282; its name ends with the town, a known place since: not cut before " in Srebrenica" as at a venue)
  ev('International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica', 'day'),
  ev('International Day of Commemoration and Dignity of the Victims of the Crime of Genocide and of the Prevention of This Crime', 'day', { aliases: ['International Day of Commemoration and Dignity of the Victims of the Crime of Genocide and of the Prevention of this Crime'] }),
  ev('International Women\'s Day', 'day', { aliases: ['International Women’s Day'] }),
  ev('Human Rights Day', 'day'),
  ev('World Environment Day', 'day'),
  ev('United Nations Day', 'day'),
  ev('International Literacy Day', 'day'),
  ev('World Cities Day', 'day'),
  ev('World Statistics Day', 'day'),
  ev('Global Media and Information Literacy Week', 'week'),
  // the African Union's yearly month of voluntary weapons surrender, each September 2021-2030 ("the commemoration and conduct of
  // Africa Amnesty Month during September of each year", A/RES/78/263 OP; "support for Africa Amnesty Month", A/RES/79/329 OP13)
  ev('Africa Amnesty Month', 'other', { series: true }),
  ev('International Decade of Indigenous Languages', 'decade', { startDate: '2022', endDate: '2032' }),
  // a proclaimed period of years, as a Decade is (resolution 77/172, "in which it proclaimed the period 2023–2027 as Five Years
  // of Action for the Development of Mountain Regions", A/RES/80/144 PP; "reaffirming the importance of the Five Years of Action
  // ... proclaimed for the period 2023–2027", A/RES/78/147 PP5): read as a lowercase topic, it was no name at all
  ev('Five Years of Action for the Development of Mountain Regions', 'decade', { startDate: '2023', endDate: '2027' }),
  ev('United Nations Decade of Healthy Ageing', 'decade', { startDate: '2021', endDate: '2030', aliases: ['Decade of Healthy Ageing'] }),
  ev('United Nations Decade of Ocean Science for Sustainable Development', 'decade', { startDate: '2021', endDate: '2030' }),
  // ("... Decade on Ecosystems Restoration 2021–2030": A/RES/79/220 PP10)
  // (resolution 62/195; "Takes note of the United Nations Decade for Deserts and the Fight against Desertification and ...",
  // A/RES/79/207 OP33): the whole name, not cut before "and the Fight"
  ev('United Nations Decade for Deserts and the Fight against Desertification', 'decade', { startDate: '2010', endDate: '2020' }),
  ev('United Nations Decade on Ecosystem Restoration', 'decade', { startDate: '2021', endDate: '2030', aliases: ['United Nations Decade on Ecosystems Restoration'] }),
  // (resolution 78/321, 2025–2034; "Decade of Action for Cryosphere Sciences" in A/RES/80/110 OP291)
  ev('Decade of Action for Cryospheric Sciences', 'decade', { aliases: ['Decade of Action for Cryosphere Sciences'] }),
  ev('International Decade for Action "Water for Sustainable Development"', 'decade', { startDate: '2018', endDate: '2028', aliases: [
      'International Decade for Action “Water for Sustainable Development”',
      'International Decade for Action, "Water for Sustainable Development", 2018-2028',
      'International Decade for Action, "Water for Sustainable Development," 2018-2028',
      'International Decade for Action, "Water for Sustainable Development"',
    ] }),
  ev('International Decade for People of African Descent', 'decade', { startDate: '2015', endDate: '2024' }),
  // the two road safety decades, told apart only by their spans: the first proclaimed by resolution 64/255 ("the Decade of Action
  // for Road Safety 2011-2020", A/RES/78/290 PP10), the second by 74/299 ("the Second Decade of Action for Road Safety 2021–2030",
  // 78/148, 80/132; "the midterm milestone of the Decade of Action for Road Safety 2021-2030 in 2026", 78/290 PP26): read by the
  // generic name alone, both were one node, and the second took the year its milestone falls in as its start
  ev('Decade of Action for Road Safety 2011-2020', 'decade', { startDate: '2011', endDate: '2020' }),
  ev('Second Decade of Action for Road Safety', 'decade', {
    startDate: '2021',
    endDate: '2030',
    aliases: ['Decade of Action for Road Safety 2021-2030', 'Second Decade of Action for Road Safety 2021-2030'],
  }),
  // (proclaimed by resolution 62/122; cut at " and the " otherwise: "the International Day of Remembrance of the Victims of
  // Slavery and the Transatlantic Slave Trade", A/RES/80/193 PP33, OP63; 79/161, 78/234)
  ev('International Day of Remembrance of the Victims of Slavery and the Transatlantic Slave Trade', 'day'),
  // ("International Decade on Sciences ...": A/RES/78/160 PP12, A/RES/80/147 PP14)
  ev('International Decade of Sciences for Sustainable Development', 'decade', { startDate: '2024', endDate: '2033', aliases: ['International Decade on Sciences for Sustainable Development'] }),
  // (resolution 78/123: "International Day of Potato" in its operative paragraphs, "... of the Potato" in PP3)
  ev('International Day of Potato', 'day', { aliases: ['International Day of the Potato'] }),
  // (resolution 78/267; "... for the Prevention and Fight against ..." in A/RES/80/229 PP15)
  ev('International Day for the Prevention of and Fight against All Forms of Transnational Organized Crime', 'day', {
    aliases: ['International Day for the Prevention and Fight against All Forms of Transnational Organized Crime'],
  }),
  // (proclaimed by resolution 65/196; "concerning" would end the name at "Truth": A/RES/78/207 PP22, A/RES/80/201)
  ev('International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims', 'day'),
  // the crime congresses before 2005 were "on the Prevention of Crime and the Treatment of Offenders": "and the" would end the
  // name at "Crime" (their reports cited in footnotes: A/RES/78/227 PP7, 78/229 PP53, 79/176 OP8, 80/229 PP49)
  ev('Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders', 'conference', { startDate: '1985-08-26', endDate: '1985-09-06', location: 'Milan' }),
  ev('Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders', 'conference', { startDate: '1990-08-27', endDate: '1990-09-07', location: 'Havana' }),
  // (Astana, 2022: "the seventh Congress of Leaders of ..." in A/RES/78/214 PP26, "the Seventh Congress of the Leaders of ..." in A/RES/78/277 PP28)
  ev('Seventh Congress of Leaders of World and Traditional Religions', 'conference', {
    startDate: '2022-09-14',
    endDate: '2022-09-15',
    location: 'Astana',
    aliases: ['Seventh Congress of the Leaders of World and Traditional Religions', 'seventh Congress of Leaders of World and Traditional Religions'],
  }),
  // (held every five years since 2005; "... Signatories of Treaties ..." in A/RES/79/30 PP13; the short name of its fourth
  // meeting, "the fourth Conference of Nuclear-Weapon-Free Zones and Mongolia", in A/RES/80/31 PP10 and A/RES/80/15 PP14)
  ev('Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia', 'conference', {
    aliases: [
      'Conference of States Parties and Signatories of Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia',
      'Conference of Nuclear-Weapon-Free Zones and Mongolia',
      // the first conference's name (Tlatelolco, 2005, before Mongolia took part): "the first Conference of States Parties and
      // Signatories to Treaties that Establish Nuclear-Weapon-Free Zones, held in Tlatelolco, Mexico" (A/RES/79/30 PP12) was cut
      // at the lowercase "that" to "... Signatories to Treaties"
      'Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones',
      // the series named in the plural ("Welcoming the convening of Conferences of States Parties and Signatories to Treaties that
      // Establish Nuclear-Weapon-Free Zones and Mongolia", A/RES/80/15 PP11): this series, not a cut "Conferences of ... to Treaties"
      'Conferences of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia',
    ],
    series: true,
  }),
  // ("the United Nations Conference on Illicit Trade in ...": A/RES/78/46 OP29)
  ev('United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects', 'conference', {
    startDate: '2001-07-09',
    endDate: '2001-07-20',
    location: 'New York',
    aliases: ['United Nations Conference on Illicit Trade in Small Arms and Light Weapons in All Its Aspects'],
  }),
  ev('United Nations Decade of Family Farming', 'decade', { startDate: '2019', endDate: '2028' }),
  ev('Decade of Action to deliver the Sustainable Development Goals', 'decade', { aliases: ['decade of action and delivery for sustainable development'] }),
  // Dialogues
  // (convened every year, A/RES/79/325 OP5: an undated mention is the series, not one year's Dialogue)
  ev('Global Dialogue on Artificial Intelligence Governance', 'dialogue', { aliases: ['Global Dialogue on AI Governance'], shortForms: ['Global Dialogue', 'Dialogue'], series: true }),
  ev('High-level Dialogue on Financing for Development', 'dialogue'),
  // the Compact's own review, which it set for the Assembly's eighty-second session (resolution 79/1, annex I, "High-level review
  // of the Global Digital Compact"): "as an input to the high-level review of the Global Digital Compact" (A/RES/79/325 OP8, OP12)
  ev('high-level review of the Global Digital Compact', 'meeting', { aliases: ['High-level review of the Global Digital Compact'] }),
  // Nepal's mountain dialogue ("sambaad": dialogue), a series: "the first edition of the Sagarmatha Sambaad on “Climate change,
  // mountains and the future of humanity”, held in Nepal from 16 to 18 May 2025, which issued the Sagarmatha Call for Action as
  // the outcome document" (A/RES/80/144 OP31): no head word the patterns know
  ev('Sagarmatha Sambaad', 'dialogue', { series: true }),
  // A war the genre names as a known event: "the eightieth anniversary of the end of the Second World War" (A/RES/79/326 PP8),
  // "the victims of the Second World War" (78/190, 79/160, 80/192); 45 mentions in corpus-ga, none dated in the paragraph
  ev('Second World War', 'other'),
  // Sport: held every two or four years; an edition is named ("the Games of the XXXIII Olympiad") or dated ("the
  // Paralympic Games, from 28 August to 8 September 2024"), the name alone is the series (the date of one edition,
  // remembered for the name, dated every later "Olympic Games" of the resolution)
  ev('Olympic Games', 'other', { series: true }),
  ev('Paralympic Games', 'other', { series: true }),
  // (their own series, not "Olympic Games": "the Winter Youth Olympic Games held in Gangwon, Republic of Korea, in 2024")
  ev('Youth Olympic Games', 'other', { series: true }),
  ev('Winter Youth Olympic Games', 'other', { series: true }),
  ev('Summer Youth Olympic Games', 'other', { series: true }),
  // a one-word name, no head the patterns know ("the Special Olympics World Games, the Deaflympics, the World Indigenous
  // Games", A/RES/78/325 PP5, A/RES/79/8)
  ev('Deaflympics', 'other', { series: true }),
  // "the 1924 Summer Olympic Games, held in Paris" (A/RES/78/281 OP5): the edition of its own series, dated and placed
  ev('Summer Olympic Games', 'other', { series: true }),
  // "the All Africa Games" (A/RES/79/8 PP31): "All" is its first word, not a determiner ("Africa Games" was read)
  ev('All Africa Games', 'other', { series: true, aliases: ['All-Africa Games'] }),
  // the two institutions' yearly sitting: "held on 12 October 2023, on the sidelines of the World Bank-International Monetary Fund
  // Annual Meetings in Morocco" (A/RES/78/262 OP, 79/263 OP27): one Event, a target of the verb as a sitting "on the margins of"
  // is (lead, session 65); the Bank and the Fund read apart were noted on their own
  ev('Annual Meetings of the World Bank Group and the International Monetary Fund', 'meeting', { series: true, aliases: ['World Bank-International Monetary Fund Annual Meetings'] }),
];
