// Frameworks: agendas, declarations, programmes/plans of action, compacts, conventions, charters,
// covenants, strategies and normative frameworks named in resolutions.
import { gazetteerEntry, type GazetteerEntry } from './types.js';

function fw(name: string, aliases: string[] = [], shortForms: string[] = [], acronym?: string): GazetteerEntry {
  return gazetteerEntry('Framework', name, acronym, aliases, shortForms, undefined);
}

/** the CCW's Protocol II as the texts print it (entityScan.ts keys its amended version's parties' bodies by it) */
export const MINES_PROTOCOL_NAME = 'Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices';

/**
 * The outcome document of the Assembly's special session on the world drug problem, by the session's keys: the texts name it by
 * its quoted title ("the outcome document of the thirtieth special session of the General Assembly, held in 2016, entitled “Our
 * joint commitment ...”", A/RES/78/131 PP2) or by the session alone ("the outcome document of the thirtieth special session of the
 * General Assembly, held in 2016,6", A/RES/79/191 PP3): one node, the title's (entityScan.ts cityOutcomeDocuments). ("A world fit
 * for children", the twenty-seventh's, is read from the words already: documentLinks.ts.)
 */
const UNGASS_2016_OUTCOME = 'Our joint commitment to effectively addressing and countering the world drug problem';
export const SPECIAL_SESSION_OUTCOMES: ReadonlyMap<string, string> = new Map([
  ['thirtieth special session of the General Assembly', UNGASS_2016_OUTCOME],
  // (named by its topic: "the outcome document of the special session of the General Assembly on the world drug problem held in
  // 2016,6", A/RES/78/284 PP4)
  ['special session of the General Assembly on the world drug problem', UNGASS_2016_OUTCOME],
]);

/** the BBNJ Agreement's name up to its last words, which the texts print in three ways */
const BBNJ_AGREEMENT_HEAD = 'Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity';

export const FRAMEWORKS: GazetteerEntry[] = [
  fw('2030 Agenda for Sustainable Development', ['Transforming our world: the 2030 Agenda for Sustainable Development', 'Agenda for Sustainable Development', '2030 Agenda'], []),
  // UNIDO's framework, printed with and without its owner's name before it: "the Strategic Framework for Partnering with
  // Middle-Income Countries adopted by the General Conference" (A/RES/79/222 PP17), "the United Nations Industrial Development
  // Organization Strategic Framework for Partnering with Middle-Income Countries" (A/RES/79/222 OP47, 78/162, 80/149): one framework
  fw('Strategic Framework for Partnering with Middle-Income Countries', ['United Nations Industrial Development Organization Strategic Framework for Partnering with Middle-Income Countries']),
  // ("SDG 9", "(SDG 16)": one goal named by its number, as "Sustainable Development Goal 14" is read; not "SDG" alone, which
  // qualifies other nouns: "the SDG financing gap", "SDG investments". "... to the achievement of the Goals of the 2030
  // Agenda, stresses ...", A/RES/79/207 OP23, 78/154 OP23, 80/139 OP26: the Goals themselves, not a framework of their own)
  // ("Goal 14" printed alone, after the Goals are named: "the implementation of Goal 14" (A/RES/78/128 OP4, OP6, the ocean texts),
  // "the Secretary-General's proposed road map for accelerated action on Goal 7" (A/RES/78/149 OP3): the goal by its number)
  fw('Sustainable Development Goals', ['SDGs', 'Sustainable Development Goal', 'Goals of the 2030 Agenda', 'Goals of the 2030 Agenda for Sustainable Development', ...Array.from({ length: 17 }, (_, i) => `SDG ${i + 1}`), ...Array.from({ length: 17 }, (_, i) => `Goal ${i + 1}`)], [], 'SDGs'),
  // (one goal by its number, as for the SDGs: "pursuant to Millennium Development Goal 1 and Sustainable Development Goals 1 and 2",
  // A/RES/79/170 PP33)
  // the framework of indicators the Statistical Commission keeps for the Goals (adopted by resolution 71/313): "building on the
  // global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda" (A/RES/79/1 OP81; 79/199,
  // 79/217, 80/144), "the ongoing work of the Statistical Commission on the global indicator framework" (78/144 OP7, 80/133).
  // Read up to "and targets": the Agenda printed after it is named on its own, and a note after it is the Agenda's ("... of the
  // 2030 Agenda for Sustainable Development 18" with "18 Resolution 70/1.", A/RES/80/144 OP19)
  fw('Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda for Sustainable Development', [
    'global indicator framework for the Sustainable Development Goals and targets',
    'global indicator framework for the Sustainable Development Goals',
    'global indicator framework',
  ]),
  fw('Millennium Development Goals', ['MDGs', 'Millennium Development Goal'], [], 'MDGs'),
  fw('United Nations Millennium Declaration', ['Millennium Declaration']),
  // the COP 28 declaration on food systems, whose name holds a comma ("the United Arab Emirates Declaration on Sustainable
  // Agriculture, Resilient Food Systems and Climate Action, adopted at the twenty-eighth session of the Conference of the Parties
  // ...", A/RES/80/157 PP37, 79/227): read whole, not cut at the comma
  fw('United Arab Emirates Declaration on Sustainable Agriculture, Resilient Food Systems and Climate Action'),
  // adopted in Rome on 13 June 2002 by the World Food Summit: five years later (A/57/499, annex), printed whole with its lower-case
  // tail ("the Declaration of the World Food Summit: five years later, adopted in Rome on 13 June 2002", A/RES/78/198 PP6, 79/171,
  // 80/210) and then without it (PP14): not the 1996 Summit's Rome Declaration on World Food Security
  fw('Declaration of the World Food Summit: five years later', ['Declaration of the World Food Summit']),
  // the slash ends a capitalised name ("the Declaration of Commitment on HIV" was read, A/RES/78/188 PP5, 78/182 PP7)
  fw('Declaration of Commitment on HIV/AIDS'),
  // the lowercase "as a" ends a capitalised name ("the Declaration of the Indian Ocean" was read, and ", contained in its
  // resolution 2832 (XXVI)" then stood too far from it to adopt it: A/RES/80/13 PP1, 78/13 PP1)
  fw('Declaration of the Indian Ocean as a Zone of Peace'),
  // the same "as the" cut: "paragraph 12 of the Declaration of the 1980s as the Second Disarmament Decade, contained in the annex
  // to its resolution 35/46" was read as the Decade alone (A/RES/78/18 PP11, 79/17, 80/18)
  fw('Declaration of the 1980s as the Second Disarmament Decade'),
  // the Assembly's political declarations on HIV and AIDS, two instruments printed with one head and told apart by their
  // subtitles: "the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted
  // on 8 June 2021" (resolution 75/284; A/RES/78/203 OP40, 78/182, 79/170, 79/191, 80/207) and, in the same paragraph of
  // A/RES/79/149 PP6, the 2016 one (resolution 70/266) "entitled “Political Declaration on HIV and AIDS: On the Fast Track to
  // Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030”" (the head alone had merged them). Named by
  // the year of its meeting, in lower case or not: "the 2016 political declaration on HIV and AIDS, adopted in its resolution
  // 70/266" (A/RES/73/3 annex OP2), "the adoption of the 2021 political declaration on HIV and AIDS, entitled “...”": that
  // year's declaration (the year alone had made a node of its own, "2016 Political Declaration on HIV and AIDS")
  fw('Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030', ['2021 political declaration on HIV and AIDS', '2021 Political Declaration on HIV and AIDS']),
  fw('Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030', ['2016 political declaration on HIV and AIDS', '2016 Political Declaration on HIV and AIDS']),
  fw('Addis Ababa Action Agenda of the Third International Conference on Financing for Development', ['Addis Ababa Action Agenda'], [], 'AAAA'),
  fw('Monterrey Consensus of the International Conference on Financing for Development', ['Monterrey Consensus']),
  // the OECD's standard behind the common reporting standard, in every tax-cooperation text: "the implementation of the Standard
  // for Automatic Exchange of Financial Account Information in Tax Matters under a common reporting standard developed by the
  // Organisation for Economic Co-operation and Development" (A/RES/78/230 PP21, 78/140 PP38, 79/234, 80/126): no node before
  fw('Standard for Automatic Exchange of Financial Account Information in Tax Matters'),
  // the tax convention under negotiation, printed lowercase before its committee named it: "developing a United Nations framework
  // convention on international tax cooperation is needed" (A/RES/78/230 OP1; the Pact for the Future, 79/1 OP23; 80/5 annex
  // OP42); by its name in 79/235, 80/126, 80/128 (one node, as the pattern read the capitalised name)
  fw('United Nations Framework Convention on International Tax Cooperation', ['United Nations framework convention on international tax cooperation']),
  // ASEAN's plan for Myanmar agreed at its Leaders' Meeting of 24 April 2021, printed in lower case: "To urgently implement the
  // five-point consensus reached at the Leaders' Meeting of the Association of Southeast Asian Nations" (A/RES/80/221 OP24 (t),
  // 79/182, 78/219), "the implementation of the ASEAN five-point consensus" (80/221 PP42), "its five-point consensus on Myanmar"
  fw('Five-Point Consensus', ['five-point consensus', 'ASEAN five-point consensus', 'ASEAN Five-Point Consensus']),
  // ASEAN's policy statement of 23 June 2019, printed with the Association's name in full: "the commitment of the Association of
  // Southeast Asian Nations to promoting the Association of Southeast Asian Nations Outlook on the Indo-Pacific" (A/RES/79/290
  // OP8): the capitals reader cut it at the hyphen and read "Pacific" as a place
  fw('ASEAN Outlook on the Indo-Pacific', ['Association of Southeast Asian Nations Outlook on the Indo-Pacific']),
  // ASEAN's declaration of 7 October 2003 (A/58/548, annex I), printed with the Association's name in full: "as enshrined in the
  // Declaration of the Association of Southeast Asian Nations Concord II (Bali Concord II),4" (A/RES/78/39 PP8, 80/47): the
  // capitals reader took the Association alone
  fw('Declaration of ASEAN Concord II', ['Declaration of the Association of Southeast Asian Nations Concord II', 'Bali Concord II']),
  // (resolution 63/239, annex, 2008): the texts name it bare beside the Monterrey Consensus ("the achievements of the Doha
  // Declaration and the Monterrey Consensus", A/RES/79/199 OP2, 78/231 OP2; "the 2008 Doha Declaration", 79/323, 80/3); the
  // other Doha declarations are always named in full (on the TRIPS Agreement and Public Health, on Integrating Crime
  // Prevention ..., "Doha Declaration of Principles between ...")
  fw('Doha Declaration on Financing for Development', ['Doha Declaration']),
  // the WTO's negotiating agenda launched at Doha in 2001 ("the mandates of the World Trade Organization Doha Development Agenda
  // and the Hong Kong Ministerial Declaration", A/RES/78/68, 79/145, 80/109), its negotiations printed as a round: "the trade
  // negotiations of the World Trade Organization, in particular on the remaining issues of the Doha Development Round"
  // (A/RES/78/203 PP20, 79/170, 80/207, 78/198, 79/171, 80/210): a name, not the city
  fw('Doha Development Agenda', ['Doha Development Round']),
  // the WTO's earlier round (1986-1994), as its Doha round is read: "the impact of the results of the Uruguay Round on the least
  // developed countries" (A/RES/80/124 OP29, 78/138): a name, not the country
  fw('Uruguay Round', ['Uruguay Round of Multilateral Trade Negotiations']),
  // the Democratic Republic of the Congo and the AFC/M23's declaration signed in Doha on 19 July 2025 (A/RES/80/63 PP30): its
  // "Declaration of Principles" was read as the WSIS Geneva Declaration of Principles
  fw('Doha Declaration of Principles'),
  // the Thirteenth Crime Congress's declaration (Doha, 2015; resolution 70/174, annex), named in full (A/RES/79/133 PP16,
  // 79/190 PP13): the capitals reader cut it at "into the Wider United Nations Agenda"
  fw('Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels, and Public Participation', [
    'Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels',
    'Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda',
    'Doha Declaration on Integrating Crime Prevention and Criminal Justice',
  ]),
  // (resolution S-10/2, cited by this name in the disarmament texts of every session)
  fw('Final Document of the Tenth Special Session of the General Assembly'),
  // (the second special session devoted to disarmament's, 1982: the regional centres' texts are filed under the item "Review and
  // implementation of the Concluding Document of the Twelfth Special Session of the General Assembly", A/RES/80/60 OP14;
  // "annex IV to the Concluding Document of the Twelfth Special Session", A/RES/78/56)
  fw('Concluding Document of the Twelfth Special Session of the General Assembly'),
  // the outcome of the IAEA's Ministerial Conference on Nuclear Safety (Vienna, 20-24 June 2011), printed with the Agency's name
  // before the sitting's ("its outcome, the Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear
  // Safety", A/RES/78/49 PP9, OP2; 80/26): the capitals reader stopped at the Agency's name and kept no Declaration
  fw('Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear Safety', ['Declaration of the IAEA Ministerial Conference on Nuclear Safety']),
  fw('Sevilla Commitment', ['Compromiso de Sevilla', 'Seville Commitment']),
  fw('Tunis Agenda for the Information Society', ['Tunis Agenda'], []),
  fw('Tunis Commitment'),
  // endorsed at NETmundial+10 (São Paulo, April 2024); the WSIS+20 outcome takes note of them
  fw('NETmundial+10 guidelines for multi-stakeholder collaboration and consensus-building', ['São Paulo Multistakeholder Guidelines', 'NETmundial+10 Multistakeholder Statement'], ['NETmundial+10 guidelines']),
  fw('Geneva Declaration of Principles', ['Declaration of Principles']),
  fw('Geneva Plan of Action'),
  // 'looks forward to the development of a global digital compact' (A/RES/78/265 OP11, before its adoption in 2024)
  fw('Global Digital Compact', ['global digital compact'], ['Compact'], 'GDC'),
  // adopted by resolution 67/1, printed lowercase after the meeting's name as the other meetings' political declarations are
  // ("Noting the declaration of the high-level meeting of the General Assembly on the rule of law at the national and
  // international levels, as adopted by the General Assembly in its resolution 67/1", A/RES/80/167 PP11, 79/126, 78/112)
  fw('Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels', [
    'declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels',
    'declaration of the high-level meeting on the rule of law at the national and international levels',
  // then "the declaration" ("the report of the Secretary-General submitted pursuant to paragraph 41 of the declaration", A/RES/78/112
  // OP1, 79/126, 80/167)
  ], ['declaration']),
  // the International Labour Organization's agenda, printed lowercase before its owner: "recalling the decent work agenda of the
  // International Labour Organization and the International Labour Organization Declaration on Fundamental Principles and Rights
  // at Work" (A/RES/79/152 PP29), "noting in this regard that the decent work agenda of the International Labour Organization,
  // with its four strategic objectives" (78/174, 79/146, 80/178), "the importance of the decent work agenda of ..." (78/217, 79/217)
  fw('Decent Work Agenda', ['decent work agenda']),
  // the IAEA's model for additional protocols to safeguards agreements (INFCIRC/540), printed lowercase: "to conclude additional
  // protocols to their safeguards agreements on the basis of the model protocol approved by the Board of Governors of the Agency
  // on 15 May 1997" (A/RES/79/15 OP6, 78/14, 80/14)
  fw('Model Protocol Additional to the Agreement(s) between State(s) and the International Atomic Energy Agency for the Application of Safeguards', ['Model Additional Protocol', 'model additional protocol', 'model protocol']),
  // the five nuclear-weapon States' statement of 3 January 2022, printed whole and capitalised in A/RES/80/48 PP10 and 79/41, and
  // lowercase without its authors in its name in 78/42 PP7, 79/35, 80/39 ("Recalling the joint statement on preventing nuclear war
  // and avoiding arms races issued by China, France, ... on 3 January 2022"): one framework
  fw('Joint Statement of the Leaders of the Five Nuclear-Weapon States on Preventing Nuclear War and Avoiding Arms Races', ['joint statement on preventing nuclear war and avoiding arms races']),
  // the Secretary-General's compact with Member States against sexual exploitation and abuse, printed lowercase ("takes note of
  // the voluntary compact on preventing and addressing sexual exploitation and abuse introduced by the Secretary-General",
  // A/RES/78/188 OP38; "to support the Secretary-General’s voluntary compact on ...", 78/182 OP9, 80/186 OP9)
  fw('Voluntary Compact on Preventing and Addressing Sexual Exploitation and Abuse', ['voluntary compact on preventing and addressing sexual exploitation and abuse']),
  // the strategy resolution 62/214 adopted, whose name runs on past "by" ("recalling the adoption of its resolution 62/214 of
  // 21 December 2007 on the United Nations Comprehensive Strategy on Assistance and Support to Victims of Sexual Exploitation and
  // Abuse by United Nations Staff and Related Personnel", A/RES/80/160 PP14, 79/116, 78/102): the capitals reader stopped before "by"
  fw('United Nations Comprehensive Strategy on Assistance and Support to Victims of Sexual Exploitation and Abuse by United Nations Staff and Related Personnel'),
  // the Secretary-General's policy brief 9 of July 2023: "the Secretary-General’s New Agenda for Peace" (A/RES/78/47 PP15),
  // "A New Agenda for Peace" (A/RES/78/126), "the new agenda for peace initiative" (A/RES/78/241 PP9)
  // the Secretary-General's vision of June 2023 ("noting the New Vision of the Secretary-General for the Rule of Law",
  // A/RES/79/172 PP4): the capitals reader stopped at the known "Secretary-General", leaving "New Vision"
  fw('New Vision of the Secretary-General for the Rule of Law'),
  fw('New Agenda for Peace', ['A New Agenda for Peace', 'new agenda for peace']),
  // the Secretary-General's disarmament agenda of 24 May 2018 ("the Secretary-General’s disarmament agenda, Securing Our
  // Common Future: An Agenda for Disarmament", A/RES/78/59 PP9)
  fw('Securing Our Common Future: An Agenda for Disarmament', ['Securing Our Common Future']),
  // 'Pact of the Future' is a misprint six texts of corpus-ga carry ("resolution 79/1 entitled “The Pact of the Future”")
  fw('Pact for the Future', ['Pact of the Future'], ['Pact']),
  fw('Declaration on Future Generations'),
  fw('Our Common Agenda'),
  // (resolution 75/1) lowercase in every text that names it (A/RES/78/265 PP3, 78/115 PP, 78/31, 78/79)
  fw('Declaration on the Commemoration of the Seventy-fifth Anniversary of the United Nations', ['declaration on the commemoration of the seventy-fifth anniversary of the United Nations']),
  fw('Connect 2030 Agenda for Global Telecommunication/Information and Communication Technology, including Broadband, for Sustainable Development', ['Connect 2030 Agenda']),
  fw('Recommendation on the Ethics of Artificial Intelligence', ['United Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence', 'UNESCO Recommendation on the Ethics of Artificial Intelligence']),
  // UNESCO's 2003 instrument on multilingualism in cyberspace (A/RES/78/330 OP24, 79/133): "concerning" ends a capitalised name
  fw('Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace'),
  fw('Road map for digital cooperation', ['Road Map for Digital Cooperation', 'road map for digital cooperation']),
  // the Secretary-General's financing strategy "Roadmap for Financing the 2030 Agenda for Sustainable Development 2019-2021", printed
  // in lower case with its period after a comma: "as set out in the Secretary-General’s road map for financing the 2030 Agenda,
  // 2019–2021" (A/RES/78/162 OP15, 80/149): his plan (LEADS by the possessive), not the Agenda itself
  fw('Road map for financing the 2030 Agenda for Sustainable Development', ['Roadmap for Financing the 2030 Agenda for Sustainable Development', 'road map for financing the 2030 Agenda for Sustainable Development', 'road map for financing the 2030 Agenda']),
  // the Quartet's "Performance-based Road Map to a Permanent Two-State Solution to the Israeli-Palestinian Conflict" (S/2003/529,
  // annex): "the Quartet road map to a permanent two-State solution" (A/RES/80/81 PP14, 78/192 PP8), "the Quartet
  // performance-based road map" (A/RES/79/229 PP21), "obligations under the Quartet road map" (A/RES/80/81 PP18)
  // (one entry for aud17l's and aud17m's: the full name the permanent sovereignty texts print is the key)
  // ("the obligation upon Israel under the road map" in the paragraph after it, A/RES/80/158 PP22, 79/229, 78/170: the short
  // form, once the full name was read in the resolution)
  fw('Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict', [
    'Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict',
    'Quartet road map',
    'Quartet performance-based road map',
    'Quartet Road Map',
    'Quartet roadmap',
    'Quartet Roadmap',
  ], ['road map']),
  // the terms of reference of the 1991 Madrid Peace Conference, printed beside the Arab Peace Initiative and the Quartet road
  // map ("based on the relevant resolutions of the United Nations, the Madrid terms of reference, including the principle of
  // land for peace", A/RES/80/195 PP5 and 4 more texts): a framework of the peace process, not the place Madrid
  fw('Madrid terms of reference'),
  fw('Paris Agreement'),
  // the Paris Agreement's implementing decisions (CMA.1, Katowice 2018), printed with both names ("Recalls the Paris Agreement
  // work programme, commonly referred to as the Katowice Rulebook", A/RES/80/138 OP13, 78/153, 79/206) and then by the first
  // alone ("the completion of the Paris Agreement work programme"): one framework, not the Agreement and the place Katowice
  fw('Katowice Rulebook', ['Paris Agreement work programme']),
  // the Fund's plan for its second replenishment period, its owner printed after the years ("welcoming the new Strategic Plan
  // 2024–2027 of the Green Climate Fund", A/RES/80/138 PP16, 78/153, 79/206): the name stopped at the years, a bare
  // "Strategic Plan 2024-2027" that any body's plan of those years would have joined
  fw('Strategic Plan 2024–2027 of the Green Climate Fund'),
  // the COP29/COP30 presidencies' climate-finance road map, quoted ("takes note of the “Baku to Belém road map to 1.3 T”",
  // A/RES/80/138 OP22; "the launch of the “Baku to Belém Roadmap to 1.3T”", 79/323 annex): one framework, not two towns
  fw('Baku to Belém Roadmap to 1.3T', ['Baku to Belém road map to 1.3 T', 'Baku to Belém Roadmap to 1.3 T', 'Baku to Belém road map to 1.3T']),
  // the Escazú Agreement (2018, in force on 22 April 2021): "the Regional Agreement on Access to Information, Public
  // Participation and Justice in Environmental Matters in Latin America and the Caribbean, known as the Escazú Agreement"
  // (A/RES/79/210 PP27): the capitals reader stopped at the comma after "Information", and the short name was a second treaty
  fw('Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean', [
    'Escazú Agreement',
    'Escazu Agreement',
  ]),
  // the African Union's trade agreement of 2018, in force since 30 May 2019: the texts name it by the area it establishes
  // the action plan of the Fifth Review Conference of the Anti-Personnel Mine Ban Convention (Siem Reap, 2024), printed with
  // a spaced dash between the two places ("the Siem Reap – Angkor Action Plan 2025–2029", A/RES/80/35 PP7): the capitals
  // reader started the name after the dash
  fw('Siem Reap-Angkor Action Plan 2025-2029', ['Siem Reap – Angkor Action Plan 2025–2029', 'Siem Reap–Angkor Action Plan 2025–2029', 'Siem Reap-Angkor Action Plan']),
  // the World Health Organization's strategy (World Health Assembly resolution 67.1): "the World Health Organization End TB
  // Strategy" (A/RES/73/3 OP2) and "the End TB Strategy" (OP32, A/RES/78/280 OP26) are one
  fw('End TB Strategy', ['World Health Organization End TB Strategy', 'WHO End TB Strategy']),
  // the trade agreement among developing countries (1988) UNCTAD services: "under the Global System of Trade Preferences
  // among Developing Countries as a vehicle to support economic resilience" (A/RES/79/236 PP20, the South-South cooperation
  // and trade texts 78/134, 78/167, 79/195, 80/121, 80/156); no head word of a framework in its name
  fw('Global System of Trade Preferences among Developing Countries', [], [], 'GSTP'),
  fw('Kyoto Protocol'),
  // the decisions of the Dubai climate conference of 2023, printed by the host's short name ("including the decisions adopted
  // under the “UAE Consensus”", A/RES/79/1 OP28, 79/206, 79/226, 80/138) and by its full name in lower case ("the decisions
  // adopted under the United Arab Emirates consensus", A/RES/78/327 PP12): one framework, not the State
  fw('UAE Consensus', ['United Arab Emirates consensus', 'United Arab Emirates Consensus']),
  // the framework for the global goal on adaptation adopted at the same conference, printed by the host's full name
  // ("the United Arab Emirates Framework for Global Climate Resilience", A/RES/80/138 OP24, 78/317, 79/233, 80/151) and by its
  // short name ("the UAE Framework for Global Climate Resilience", A/RES/79/206 OP25): one framework
  fw('United Arab Emirates Framework for Global Climate Resilience', ['UAE Framework for Global Climate Resilience']),
  // an amendment is named by its treaty's full name, which a capitalised chunk cuts at "that" ("the entry into force on
  // 1 January 2019 of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", A/RES/79/206
  // PP5, 78/153, 80/138)
  fw('Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer', ['Kigali Amendment']),
  // the treaty itself, printed in full inside its amendment's name and by its short name in its parties' sittings ("the
  // thirty-sixth Meeting of the Parties to the Montreal Protocol", A/RES/80/138 PP5, 79/206, 78/153)
  fw('Montreal Protocol on Substances that Deplete the Ozone Layer', ['Montreal Protocol']),
  fw('United Nations Framework Convention on Climate Change', [], [], 'UNFCCC'),
  // ("the Conference of the Parties to the Convention on Biodiversity at its fifteenth meeting", A/RES/79/233 annex OP262)
  fw('Convention on Biological Diversity', ['Convention on Biodiversity'], [], 'CBD'),
  // the Ramsar Convention, whose title goes on in lower case ("the Convention on Wetlands of International Importance especially as
  // Waterfowl Habitat", A/RES/79/204 PP11, 79/313 PP22): the capitalised chunk cut it at "especially"
  fw('Convention on Wetlands of International Importance especially as Waterfowl Habitat', ['Ramsar Convention']),
  // the Convention's protocol of 2000, printed in full ("parties to the Cartagena Protocol on Biosafety to the Convention on
  // Biological Diversity", A/RES/78/155 PP38, 79/208, 80/140), then "the Cartagena Protocol on Biosafety" (OP20) and "the
  // Cartagena Protocol" (OP39, OP40): one protocol
  fw('Cartagena Protocol on Biosafety to the Convention on Biological Diversity', ['Cartagena Protocol on Biosafety', 'Cartagena Protocol']),
  // (printed without "Global" in A/RES/79/159 OP18 and 78/189 OP17: "and the Kunming-Montreal Biodiversity Framework39 under the United Nations
  // Convention on Biological Diversity", its footnote citing decision 15/4, which adopted it)
  // (printed without its hyphen, "the CBD COP15 and its outcomes, including the Kunming Montreal Global Biodiversity Framework"
  // (A/RES/78/158 PP10, 78/1 annex OP38, 80/135 PP15), and without the cities: "the targets of the Framework" after "the Global
  // Biodiversity Framework Fund" (A/RES/78/155 OP9, 78/232, 79/208, 80/140) is this framework, adopted in 2022; no text of the
  // corpus names another global biodiversity framework)
  // the action agenda launched at the CBD's fourteenth meeting in Sharm el-Sheikh, named in full and then, in the same
  // paragraph, "the Action Agenda" ("... and invites relevant agencies ... to support the implementation of the Action Agenda",
  // A/RES/78/155 OP14, 79/208 OP17, 80/140 OP19); the short form only after the full name (A/RES/80/109 PP33's "the Action
  // Agenda of the thirtieth session of the Conference of the Parties" is the UNFCCC COP's)
  fw('Sharm el-Sheikh to Kunming Action Agenda for Nature and People', [], ['Action Agenda']),
  fw('Kunming-Montreal Global Biodiversity Framework', ['Kunming-Montreal Biodiversity Framework', 'Kunming Montreal Global Biodiversity Framework', 'Global Biodiversity Framework']),
  // ("the Convention on Biological Diversity, the Convention to Combat Desertification and the United Nations Framework
  // Convention on Climate Change", A/RES/78/155 OP47, 79/208: the same Convention without "United Nations")
  fw('United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa', ['United Nations Convention to Combat Desertification', 'Convention to Combat Desertification'], [], 'UNCCD'),
  // (printed once without "Risk": "the midterm review of the Sendai Framework for Disaster Reduction 2015–2030", A/RES/78/280 PP24,
  // where the short form "Sendai Framework" took the canonical name and kept the rest of the words after it)
  // (and with spaces around the dash: "the Sendai Framework for Disaster Risk Reduction 2015 – 2030, adopted at the Third United
  // Nations World Conference on Disaster Risk Reduction,7" (A/RES/79/149 PP6, 78/262): the name stopped before the years)
  fw('Sendai Framework for Disaster Risk Reduction 2015–2030', [
    'Sendai Framework for Disaster Risk Reduction',
    'Sendai Framework for Disaster Reduction 2015–2030',
    'Sendai Framework for Disaster Risk Reduction 2015 – 2030',
    'Sendai Framework',
  ]),
  // the Nansen Initiative's protection agenda of 2015 ("noting in this regard the Migrants in Countries in Crisis initiative and the
  // Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change, resulting from the
  // Nansen Initiative", A/RES/79/154 PP25; "State-led consultative processes, such as the Agenda for the Protection ...", 80/218
  // OP3, 78/217 OP3):
  // the capitals reader read nothing of it
  fw('Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change'),
  // the Council of Europe's convention, printed by its usual name too: "ceased to be a High Contracting Party to the European
  // Convention on Human Rights on 16 September 2022" (A/RES/79/284 PP11) and "under the European Convention for the Protection
  // of Human Rights and Fundamental Freedoms" (OP4): one convention
  fw('European Convention for the Protection of Human Rights and Fundamental Freedoms', ['European Convention on Human Rights']),
  // the declaration of the Foreign Policy and Global Health Initiative (A/63/591, annex), printed "the Oslo Ministerial Declaration
  // of 20 March 2007" and then "in the Oslo Declaration it is acknowledged ..." (A/RES/78/280 PP11, PP12; 79/287)
  fw('Oslo Ministerial Declaration', ['Oslo Declaration']),
  // the declaration of the Assembly's high-level meeting of 18 May 2023 (resolution 77/289, annex), printed by its topic alone:
  // "at which the General Assembly adopted the political declaration on the midterm review of the Sendai Framework" (A/RES/79/205
  // OP3, OP71; 78/152, 80/137, 78/119, 78/120, 79/139, 79/140, 80/113, 80/139): keyed as "the political declaration of the
  // high-level meeting on the midterm review of the Sendai Framework ..." is when the meeting's date is known (step 7b')
  gazetteerEntry('Framework', 'Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030', undefined, ['political declaration on the midterm review of the Sendai Framework'], [], { qualifier: '2023' }),
  // the declarations of the Assembly's high-level meetings on universal health coverage, printed by their titles ("the political
  // declaration of the high-level meeting on universal health coverage, entitled “Universal health coverage: moving together to
  // build a healthier world”", A/RES/79/149 PP6, 80/176 PP12, resolution 74/2; "... entitled “Universal health coverage: expanding
  // our ambition for health and well-being in a post-COVID world”", A/RES/78/173 PP11, 80/176, resolution 78/4) and by their
  // meetings' years ("the 2019 political declaration ...", step 7b'): one declaration each, keyed as the meeting's
  gazetteerEntry('Framework', 'Political declaration of the high-level meeting on universal health coverage', undefined, ['Universal health coverage: moving together to build a healthier world'], [], { qualifier: '2019' }),
  gazetteerEntry('Framework', 'Political declaration of the high-level meeting on universal health coverage', undefined, ['Universal health coverage: expanding our ambition for health and well-being in a post-COVID world'], [], { qualifier: '2023' }),
  // the declaration of the Assembly's high-level meeting on Africa's development needs of 22 September 2008 (resolution 63/1),
  // printed by its topic in lower case: "the full implementation of the political declaration on Africa’s development needs,
  // adopted on 22 September 2008,1" (A/RES/79/263 PP6, 78/262 PP6; OP40 of 78/263, 79/264; 79/329 OP25)
  fw("Political declaration on Africa's development needs", ['political declaration on Africa’s development needs', "political declaration on Africa's development needs"]),
  // the political declaration of the 2025 United Nations Ocean Conference (resolution 79/314, annex), named by its title ("the
  // political declaration entitled “Our ocean, our future: united for urgent action”", A/RES/80/133) or as the conference's:
  // "..., held in Nice, France, from 9 to 13 June 2025, at which its political declaration17 was adopted" (A/RES/80/136 OP9 and
  // 8 more texts; declarationsAdoptedAtSittings)
  fw('Our ocean, our future: united for urgent action', ['Political declaration of the 2025 United Nations Ocean Conference']),
  // the political declaration of the Third United Nations Conference on Landlocked Developing Countries (Awaza, 5 to 8 August
  // 2025), endorsed by resolution 80/3 (its title) and printed there as the conference's: "Endorses the political declaration
  // adopted by the Third United Nations Conference on Landlocked Developing Countries, which is contained in the annex"
  fw('Awaza Political Declaration', ['Political declaration of the Third United Nations Conference on Landlocked Developing Countries']),
  fw('Hyogo Framework for Action 2005–2015', ['Hyogo Framework for Action']),
  // adopted by the second Review Conference of the Convention on Cluster Munitions: printed with its years once, then
  // without them ("the Lausanne Action Plan 2021–2026" in A/RES/78/32 PP14, "the Lausanne Action Plan" in PP15, OP2)
  fw('Lausanne Action Plan 2021–2026', ['Lausanne Action Plan']),
  fw('Universal Declaration of Human Rights'),
  fw('Charter of the United Nations', ['United Nations Charter'], ['Charter']),
  fw('International Covenant on Civil and Political Rights'),
  fw('International Covenant on Economic, Social and Cultural Rights'),
  fw('International Covenants on Human Rights'),
  // ("Vienna Declaration and Programme for Action": A/RES/78/196 PP12 and five more texts)
  fw('Vienna Declaration and Programme of Action', ['Vienna Declaration and Programme for Action']),
  fw('Declaration on the Right to Development'),
  // ("... Platform of Action": A/RES/78/182 PP17, A/RES/80/186 PP12)
  // ("the Platform for Action" after it names it: "the contributions of the Committee ... to promoting the implementation of the
  // Platform for Action", A/RES/78/182 OP7, 78/180 OP2, 80/185 OP2, 80/186 OP7)
  fw('Beijing Declaration and Platform for Action', ['Beijing Platform for Action', 'Beijing Declaration and Platform of Action'], ['Platform for Action']),
  fw('Programme of Action of the International Conference on Population and Development'),
  // the two outcomes of the 1995 World Summit for Social Development printed as one pair, like the Beijing and Durban ones: "the
  // Copenhagen Declaration and Programme of Action" (A/RES/80/5 annex, 80/178 OP88), "... on Social Development and Programme of
  // Action" (80/178 PP6), "... and Programme of Action of the World Summit for Social Development" (79/146 PP17, 80/181 PP2): one
  // node, not three. Each named alone stays its own node, as do the two of "the Copenhagen Declaration on Social Development and
  // its Programme of Action" (A/RES/78/318 OP4, 79/150 OP40, 80/183 OP40: the declaration, then the summit's programme)
  fw('Copenhagen Declaration on Social Development and Programme of Action of the World Summit for Social Development', [
    'Copenhagen Declaration and Programme of Action',
    'Copenhagen Declaration on Social Development and Programme of Action',
  ]),
  // the outcome of the General Assembly's twenty-fourth special session (resolution S-24/2, annex), printed lowercase after the
  // Copenhagen pair: "and the further initiatives for social development adopted by the General Assembly at its twenty-fourth
  // special session" (A/RES/80/175 PP3, 78/171 PP2, 80/5 and seven more texts)
  fw('Further initiatives for social development', ['further initiatives for social development']),
  // the Commission for Social Development's 2005 declaration (E/2005/26, chap. I, sect. A), printed with its lower-case title:
  // "the Copenhagen commitments and the Declaration on the tenth anniversary of the World Summit for Social Development"
  // (A/RES/78/174 OP73, 79/146, 80/178); unread, the bare "Declaration" fell to the Copenhagen Declaration
  fw('Declaration on the tenth anniversary of the World Summit for Social Development'),
  // (printed "Discriminations Against Women" in A/RES/78/189 PP15: the same convention)
  fw('Convention on the Elimination of All Forms of Discrimination against Women', ['Convention on the Elimination of All Forms of Discriminations Against Women']),
  fw('Convention on the Rights of the Child'),
  // its optional protocols, named with their lowercase subjects, which a capitalised chunk stops before (A/RES/78/228 PP6,
  // 80/228 PP6, 79/123 OP5, 80/229 OP64-65); cut there, each was one node "Optional Protocol to the Convention on the
  // Rights of the Child" with the others
  fw('Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography'),
  fw('Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict'),
  fw('Optional Protocol to the Convention on the Rights of the Child on a communications procedure'),
  // (A/RES/78/228 PP6, 80/228 PP6: cut at the first comma before)
  fw('Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery'),
  // (the 1949 trafficking convention: the chunk reader stops at " and of the ", A/RES/79/154 PP2)
  fw('Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others'),
  fw('Convention on the Rights of Persons with Disabilities'),
  fw('International Convention on the Elimination of All Forms of Racial Discrimination'),
  // ("Urges all States ... to become Parties to the Convention against Torture and the Optional Protocol thereto", A/RES/80/198
  // OP40; 79/185 OP34): the short title, after which "the Convention" and "the Optional Protocol thereto" are this one's
  fw('Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', ['Convention against Torture']),
  // (A/RES/79/165 PP1, 79/177 PP8, 80/198 OP22, "...Punishment12 to fulfil their obligation ..., after the entry into force of
  // the Protocol"): named so it is read whole with a footnote number stuck to it, and "the Protocol" after it is this one
  fw('Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment'),
  fw('International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families'),
  fw('International Convention for the Protection of All Persons from Enforced Disappearance'),
  fw('United Nations Declaration on the Rights of Indigenous Peoples'),
  // adopted by resolution 53/144: "the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to
  // Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms, commonly referred to as the Declaration on
  // Human Rights Defenders" (A/RES/78/216 PP3, PP8, OP1; the short name alone in PP13, OP2, OP4): one declaration under its two
  // names (the short name was a node of its own)
  fw('Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms', ['Declaration on Human Rights Defenders']),
  // the Secretary-General's guidance to the United Nations system, as its guidances elsewhere here: "Takes note of the
  // Secretary-General’s Call to Action for Human Rights, and the United Nations Guidance Note on the Protection and Promotion of
  // Civic Space" (A/RES/78/216 OP31, OP32 "to implement the United Nations Guidance Note ..."), "noting the issuance of the United
  // Nations Guidance Note on Addressing and Countering COVID-19-related Hate Speech on 11 May 2020" (78/234 PP6): unread before
  fw('United Nations Guidance Note on the Protection and Promotion of Civic Space'),
  fw('United Nations Guidance Note on Addressing and Countering COVID-19-related Hate Speech'),
  // "noting the publication of the Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities
  // prepared by the United Nations network on racial discrimination and protection of minorities" (A/RES/80/199 PP15, 78/211):
  // the network's guidance to the system, as the two above; unread before
  fw('Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities'),
  // ("consistent with paragraphs 157 and 158 of the Durban Programme of Action", A/RES/78/234 PP30, 79/161 PP35, 80/193 PP25:
  // the pair's programme, one node with it as "the Durban Declaration" and the Beijing Platform for Action are with theirs)
  fw('Durban Declaration and Programme of Action', ['Durban Programme of Action']),
  // the annex to the High Commissioner's report A/HRC/47/53, read up to "towards" otherwise: "the annex thereto, entitled
  // “Four-point Agenda towards Transformative Change for Racial Justice and Equality”" (A/RES/80/193 PP27, 79/161, 78/234)
  fw('Four-point Agenda towards Transformative Change for Racial Justice and Equality'),
  // "the Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes incitement to
  // discrimination, hostility or violence, adopted in Rabat on 5 October 2012" (A/RES/80/202 PP5, 8 texts of corpus-ga): its
  // title runs to "violence", so the day it was adopted follows the name
  fw('Rabat Plan of Action', ['Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence']),
  fw('Convention relating to the Status of Refugees'),
  // "relating to": lowercase words would end a capitalised name at "Convention"
  fw('Convention relating to the Status of Stateless Persons'),
  fw('Protocol relating to the Status of Refugees'),
  // "regional approaches, where applicable, such as the comprehensive regional protection and solutions framework (MIRPS), the
  // Intergovernmental Authority on Development regional approach, the Solutions Strategy for Afghan Refugees" (A/RES/80/187 OP25,
  // 79/156, 78/184): the Latin American framework, printed in lowercase with its Spanish acronym
  fw('Comprehensive Regional Protection and Solutions Framework', ['comprehensive regional protection and solutions framework'], [], 'MIRPS'),
  // "relative to" (lowercase) ended the name at "Geneva Convention", one node for all four conventions
  // (printed "on the Protection ..." too, followed by "(Fourth Geneva Convention)": A/RES/80/72 PP20)
  fw('Geneva Convention relative to the Protection of Civilian Persons in Time of War', ['Fourth Geneva Convention', 'Geneva Convention on the Protection of Civilian Persons in Time of War']),
  fw('Geneva Convention relative to the Treatment of Prisoners of War', ['Third Geneva Convention']),
  // the two Protocols of 8 June 1977, printed together ("the Additional Protocols thereto of 8 June 1977", A/RES/79/176 OP14;
  // "the Protocols Additional to the Geneva Conventions of 1949", the title of A/RES/79/123) and one by one ("Additional
  // Protocol I", "Additional Protocol I of 1977 to the Geneva Conventions of 12 August 1949", A/RES/78/316 PP6): one node each
  // (not "Additional Protocols I and II to the Treaty of Tlatelolco", A/RES/80/15 OP4)
  fw('Protocols Additional to the Geneva Conventions of 12 August 1949', [
    'Protocols Additional to the Geneva Conventions',
    'Protocols Additional to the Geneva Conventions of 1949',
    'Additional Protocols to the Geneva Conventions',
    'Additional Protocols of 1977',
    'Additional Protocols thereto',
  ], ['Additional Protocols']),
  fw('Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)', [
    'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts',
    'Additional Protocol I',
    'Additional Protocol I to the Geneva Conventions',
    'Additional Protocol I to the Geneva Conventions of 12 August 1949',
    'Additional Protocol I of 1977 to the Geneva Conventions of 12 August 1949',
    '1977 Additional Protocol I to the 1949 Geneva Conventions of 12 August 1949',
    // ("pursuant to article 90 of Protocol I to the Geneva Conventions", A/RES/79/123 PP9, printed with its footnote mark glued)
    'Protocol I to the Geneva Conventions',
    'Protocol I to the Geneva Conventions of 12 August 1949',
  ], ['Protocol I']),
  fw('Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)', [
    'Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts',
    'Additional Protocol II',
    'Additional Protocol II to the Geneva Conventions',
    'Additional Protocol II to the Geneva Conventions of 12 August 1949',
  ]),
  // the law-of-the-sea texts name them by their bodies' short forms ("the Agreement on the Privileges and Immunities of the
  // Tribunal 42 and ... the Protocol on the Privileges and Immunities of the Authority", A/RES/78/69 OP82, 79/144 OP80, 80/110
  // OP72): a short form after "of the" ends a generic instrument's name, which left one node for every such agreement
  fw('Agreement on the Privileges and Immunities of the International Tribunal for the Law of the Sea', ['Agreement on the Privileges and Immunities of the Tribunal']),
  fw('Protocol on the Privileges and Immunities of the International Seabed Authority', ['Protocol on the Privileges and Immunities of the Authority']),
  // "recalling that it adopted the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on
  // Migration" (A/RES/78/263 OP17, 78/120 PP13, 78/262, 79/139, 79/263, 79/264, 80/113): one compact under its two names
  // "Recalling further that the Global Compact is based on ...", "in support of the implementation of the Global Compact" (A/RES/
  // 78/217 PP8, PP14; 79/217, 80/218): its short form once it is named in full (the United Nations Global Compact of the business
  // texts, 79/228, is printed with "United Nations" and those texts do not name this compact)
  fw('Global Compact for Safe, Orderly and Regular Migration', ['Marrakech Compact on Migration', 'Marrakesh Compact on Migration'], ['Global Compact']),
  // the outcome of the first International Migration Review Forum (May 2022), endorsed by resolution 76/266: "the Progress
  // Declaration of the International Migration Review Forum" (A/RES/78/217 PP9), "its Progress Declaration" (A/RES/79/217
  // OP15, 79/154 PP11), "the Progress Declaration of the first International Migration Review Forum" (A/RES/80/218 OP27): one
  // declaration (the bare name was a node of its own in five texts)
  fw('Progress Declaration of the International Migration Review Forum', ['Progress Declaration', 'Progress Declaration of the first International Migration Review Forum']),
  // the outcome of the World Education Forum 2015 (Incheon, 19-22 May 2015): "the Incheon Declaration: Education 2030 - towards
  // inclusive and equitable quality education and lifelong learning for all, adopted at the World Education Forum 2015"
  // (A/RES/79/267 PP12, 79/178 OP17), "the Incheon Declaration of the World Education Forum 2015" (A/RES/78/156 PP14): one
  // declaration (the longer name was a node of its own)
  fw('Incheon Declaration', ['Incheon Declaration of the World Education Forum 2015']),
  fw('Global Compact on Refugees'),
  // printed with and without "United Nations" (pattern names keyed apart across resolutions)
  fw('United Nations Standard Minimum Rules for the Treatment of Prisoners', ['Standard Minimum Rules for the Treatment of Prisoners', 'Nelson Mandela Rules']),
  // the other criminal-justice standards, printed in full with their short name in brackets once ("... for Women Offenders
  // (the Bangkok Rules)", A/RES/79/172 OP22) and by the short name alone later (OP25): one node. The short names hold a city
  // (the gazetteer's place ended any name read from the capitals there: "Bangkok Rules" and "Havana Rules" were nodes of
  // their own), "Méndez" a letter the bracket reader skips, and "of their Liberty" cut the Havana Rules' name at "Deprived"
  fw('United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders', ['Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders', 'Bangkok Rules']),
  fw('United Nations Standard Minimum Rules for Non-custodial Measures', ['Standard Minimum Rules for Non-custodial Measures', 'Tokyo Rules']),
  fw('United Nations Standard Minimum Rules for the Administration of Juvenile Justice', ['Standard Minimum Rules for the Administration of Juvenile Justice', 'Beijing Rules']),
  fw('United Nations Rules for the Protection of Juveniles Deprived of their Liberty', ['Rules for the Protection of Juveniles Deprived of their Liberty', 'Havana Rules']),
  fw('United Nations Guidelines for the Prevention of Juvenile Delinquency', ['Guidelines for the Prevention of Juvenile Delinquency', 'Riyadh Guidelines']),
  fw('Principles on Effective Interviewing for Investigations and Information-Gathering', ['Méndez Principles']),
  // (no head word the capitals reader knows: missed whole, A/RES/79/172 OP31 and four more texts of corpus-ga)
  fw('United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice', [
    'Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice',
  ]),
  fw('Model Strategies and Practical Measures on the Elimination of Violence against Women in the Field of Crime Prevention and Criminal Justice', [
    'Updated Model Strategies and Practical Measures on the Elimination of Violence against Women in the Field of Crime Prevention and Criminal Justice',
  ]),
  // (2025) adopted by A/RES/80/226 OP2 "as the United Nations Model Strategies on Reducing Reoffending", to "be known as
  // 'the Kyoto Model Strategies'" (OP3; A/RES/80/229 PP, OP38, OP39 print both): no head word the capitals reader knows
  fw('United Nations Model Strategies on Reducing Reoffending', ['Model Strategies on Reducing Reoffending', 'Kyoto Model Strategies']),
  fw('Basic Principles on the Use of Force and Firearms by Law Enforcement Officials'),
  // States' laws the country-situation texts name (LAW_ON_TITLE_RE reads the title): whole where the capitals reader cuts it at
  // "by" or "through" (A/RES/79/183 OP17, 80/222 OP15) or takes in the State the law is of (A/RES/79/181 OP2, "... Cultural
  // Language of the Democratic People’s Republic of Korea"; 80/220 OP2 and OP20 print the title alone)
  fw('Law on the Use of Firearms by Armed Forces in Necessary Incidents'),
  fw('Law on Protecting the Family through the Promotion of the Culture of Chastity and Hijab'),
  fw('Law on Protecting the Pyongyang Cultural Language', ["Law on Protecting the Pyongyang Cultural Language of the Democratic People's Republic of Korea"]),
  // the administering Power's law on compensating the victims of the nuclear tests in French Polynesia, titled in lower case after
  // "the Act" ("in February 2017, the administering Power amended the Act concerning the recognition and compensating of victims of
  // nuclear tests6", 6 "Act No. 2010-2 of 5 January 2010 concerning ...": A/RES/78/91 PP15, 79/104, 80/95; aud54i gold): a State's
  // law, as the laws above; the capitals reader stopped at "Act"
  fw('Act concerning the recognition and compensating of victims of nuclear tests'),
  // (2019) the Venice Commission's principles on the protection and promotion of the Ombudsman institution, printed by
  // their short name; in a panel's theme "the Venice Principles for Ombudsman institutions" (A/RES/79/177 OP13), where the
  // capitals reader took "for Ombudsman" into the name and made a second node
  fw('Venice Principles'),
  // (2012) principles of parliaments' work with national human rights institutions (A/HRC/20/9, annex), printed with a
  // lower-case tail: "Taking note of the Belgrade principles on the relationship between national human rights institutions
  // and parliaments,8" (A/RES/80/214 PP15, 78/204 PP16): no head word the capitals reader knows
  fw('Belgrade Principles on the Relationship between National Human Rights Institutions and Parliaments', [
    'Belgrade principles on the relationship between national human rights institutions and parliaments',
    'Belgrade Principles',
  ]),
  // (2016) "The Minnesota Protocol on the Investigation of Potentially Unlawful Death (2016): The Revised United Nations Manual
  // on ..." (A/RES/79/176 footnote 7): the Revised Manual the text names in PP9, OP3 (a) and OP4 is the Protocol
  fw('Minnesota Protocol on the Investigation of Potentially Unlawful Death', [
    'Revised United Nations Manual on the Effective Prevention and Investigation of Extralegal, Arbitrary and Summary Executions',
  ]),
  // its sibling for torture, named "the updated Manual on the Effective Investigation and Documentation of Torture and Other
  // Cruel, Inhuman or Degrading Treatment or Punishment (Istanbul Protocol)" (A/RES/80/198 OP30): the capitals reader stopped
  // at the comma of the list
  // "Recalls ... the Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading
  // Treatment or Punishment (the Istanbul Principles) 13" (A/RES/80/198 OP29): cut at the comma, and the short name a node of its own
  fw('Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', ['Istanbul Principles']),
  // "its resolution 43/173 of 9 December 1988 on the Body of Principles for the Protection of All Persons under Any Form of
  // Detention or Imprisonment" (A/RES/80/198 OP13): read as an Organization ("Body") cut before "under"
  fw('Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment'),
  fw('Manual on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', ['Istanbul Protocol']),
  fw('United Nations Global Counter-Terrorism Coordination Compact', ['Global Counter-Terrorism Coordination Compact']),
  fw('New York Declaration for Refugees and Migrants'),
  fw('New Urban Agenda'),
  // printed whole: "and the Issue of Impunity" is part of its name (A/RES/80/217 PP9, OP29)
  fw('United Nations Plan of Action on the Safety of Journalists and the Issue of Impunity', ['Plan of Action on the Safety of Journalists and the Issue of Impunity']),
  fw('Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024', ['Vienna Programme of Action']),
  // (2003) its title after the colon names a "New Global Framework ..." that is no instrument of its own (A/RES/79/320 PP3)
  fw('Almaty Programme of Action', [
    'Almaty Programme of Action: Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework for Transit Transport Cooperation for Landlocked and Transit Developing Countries',
  ]),
  // named without its venue before the Awaza conference adopted it, and so in its own text's running heads: "the new Programme of
  // Action for Landlocked Developing Countries for the Decade 2024–2034" (A/RES/78/144, 79/233): one programme, not two nodes
  fw('Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034', ['Awaza Programme of Action', 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034']),
  // (also printed without "the": "the Doha Programme of Action for Least Developed Countries,14" with "14 Resolution 76/258, annex.",
  // A/RES/78/144 PP30, 80/133: the whole name, so the note after it is the Programme's)
  fw('Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031', ['Doha Programme of Action for the Least Developed Countries', 'Doha Programme of Action for Least Developed Countries', 'Doha Programme of Action']),
  fw('Istanbul Programme of Action for the Least Developed Countries for the Decade 2011–2020', ['Istanbul Programme of Action']),
  // printed with its subtitle, which is no framework of its own
  // adopted by the Fourteenth Crime Congress (Kyoto, 2021), printed with its subtitle (the 2030 Agenda in it is no mention)
  fw('Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law', [
    'Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development',
    'Kyoto Declaration',
  ]),
  fw('Antigua and Barbuda Agenda for Small Island Developing States', ['Antigua and Barbuda Agenda for SIDS', 'Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity']),
  // the small island developing States' first programme (Barbados, 1994), printed by its title, by the city's name before it or
  // both: "the Programme of Action for the Sustainable Development of Small Island Developing States (Barbados Programme of
  // Action)" (A/RES/78/317 annex OP13), "the Barbados Programme of Action, the Mauritius Strategy and the Samoa Pathway" (78/232),
  // "the Barbados Programme of Action for the Sustainable Development of Small Island Developing States" (79/203 PP2, 80/136,
  // 80/110): one instrument (three nodes before)
  fw('Programme of Action for the Sustainable Development of Small Island Developing States', [
    'Barbados Programme of Action for the Sustainable Development of Small Island Developing States',
    'Barbados Programme of Action',
  ]),
  fw('SIDS Accelerated Modalities of Action (SAMOA) Pathway', ['SAMOA Pathway', 'Samoa Pathway', 'Small Island Developing States Accelerated Modalities of Action (SAMOA) Pathway']),
  fw('Agenda 2063: The Africa We Want', ['Agenda 2063']),
  // the African Union's flagship plan under Agenda 2063: "to extend the implementation of the African Union Master Road Map of
  // Practical Steps for Silencing the Guns in Africa for a period of 10 years" (A/RES/78/263 OP24, 79/264), printed lowercase in the
  // regional centre's texts: "the objective of silencing the guns in Africa and its master road map of practical steps to silence
  // the guns in Africa" (A/RES/80/60 OP5, 79/65, 78/56)
  fw('African Union Master Road Map of Practical Steps for Silencing the Guns in Africa', [
    'Master Road Map of Practical Steps for Silencing the Guns in Africa',
    'master road map of practical steps to silence the guns in Africa',
  ]),
  // the Union's peacekeeping road map, "Road Map" in two words, which no head reads, and its title after a colon: "takes note of the
  // Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit that was endorsed by the Peace and Security Council"
  // (A/RES/78/263 OP30, 79/264 "recalls")
  fw('Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit', ['Cairo Road Map on Enhancing Peacekeeping Operations'], ['Cairo Road Map']),
  // the Union's 2006 policy, "Policy" being no head: "revitalizing and operationalizing the African Union Policy on Post-Conflict
  // Reconstruction and Development" (A/RES/78/263 OP34, 79/264); its Framework and Centre, named after it, are read already
  fw('African Union Policy on Post-Conflict Reconstruction and Development', ['Policy on Post-Conflict Reconstruction and Development']),
  fw('Agenda 21'),
  fw('Rio Declaration on Environment and Development'),
  fw('The Future We Want'),
  // (resolution S-19/2, annex) printed in the Rio list of some 20 sustainable development texts a year (A/RES/78/151 PP1, 79/210 PP1):
  // not 'Agenda 21' alone
  fw('Programme for the Further Implementation of Agenda 21'),
  // printed 'the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation)' in the
  // same lists: one plan
  fw('Johannesburg Plan of Implementation', ['Plan of Implementation of the World Summit on Sustainable Development']),
  fw('2005 World Summit Outcome'),
  // (resolution 78/1, the SDG Summit 2023) cited in ~10 texts as "the political declaration adopted at the high-level political forum
  // on sustainable development convened under the auspices of the General Assembly" (A/RES/78/265 PP2, 78/311 PP2)
  fw('Political Declaration of the High-level Political Forum on Sustainable Development', [
    'political declaration of the high-level political forum on sustainable development',
    'political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly',
    // (the year of the forum's sitting printed inside: "the political declaration of the 2023 high-level political forum on
    // sustainable development convened under the auspices of the General Assembly at the Sustainable Development Goals Summit",
    // A/RES/78/174 PP6, 79/146, 80/178)
    'political declaration of the 2023 high-level political forum on sustainable development convened under the auspices of the General Assembly',
    'political declaration adopted at the high-level political forum on sustainable development',
    'political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly',
    // 'adopted by' (A/RES/78/152, 78/157, 79/199 ... '(Sustainable Development Goals Summit)'), 'adopted during' (78/151 OP13)
    'political declaration adopted by the high-level political forum on sustainable development',
    'political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly',
    'political declaration adopted during the high-level political forum on sustainable development',
    'political declaration adopted during the high-level political forum on sustainable development convened under the auspices of the General Assembly',
    // the same declaration by the name of the forum's sitting, the 2023 Sustainable Development Goals Summit: one node, not two.
    // Printed in lower case ("the political declaration of the 2023 Sustainable Development Goals Summit", A/RES/78/259 PP4; "...
    // agreed at the Sustainable Development Goals Summit in 2023", 79/1 para. 20) it is read by extract.ts
    // (declarationsOfDatedSittings), which keeps the Summit a mention of its own
    'Political Declaration of the 2023 Sustainable Development Goals Summit',
  ]),
  // the instrument the Human Rights Council sent the Assembly for negotiation, printed in lower case ("through its resolution 54/18
  // of 12 October 2023, the Human Rights Council submitted to the General Assembly the draft international covenant on the right to
  // development for its consideration", A/RES/78/203 OP7, 79/x, 80/x): missed, no capitals to read
  fw('Draft International Covenant on the Right to Development', ['draft international covenant on the right to development']),
  // (resolution 73/1, so entitled) cited by the sport texts as "the political declaration adopted at the Nelson Mandela Peace Summit
  // in 2018" (A/RES/79/8 PP13, 78/281 PP9, 78/310 PP7, 78/325 PP2)
  fw('Political declaration adopted at the Nelson Mandela Peace Summit', ['political declaration adopted at the Nelson Mandela Peace Summit']),
  fw('United Nations Convention on the Law of the Sea'),
  // adopted by A/RES/80/162 OP2, which "recommends that the Convention be known as the Accra Convention on Negotiable Cargo
  // Documents" (OP3): one convention by both names
  fw('United Nations Convention on Negotiable Cargo Documents', ['Accra Convention on Negotiable Cargo Documents']),
  // "at Sea": a lowercase word would end a capitalised name at "Life"
  fw('International Convention for the Safety of Life at Sea'),
  // regional seas and dumping treaties: "by Dumping" (a lowercase word) and "and the Coastal Region" (a coordination) ended the
  // capitalised name at "Marine Pollution" / "Marine Environment", and the short title in brackets after the full name made a
  // second node ("..., 1972 (the London Convention)", A/RES/78/69 OP253, 79/144, 80/110; "(Barcelona Convention)", OP224)
  fw('Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter', ['London Convention']),
  fw('1996 Protocol to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter', ['London Protocol']),
  fw('Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean', ['Barcelona Convention']),
  // the Statistical Commission's standard for environmental accounts: "including through the System of Environmental-Economic
  // Accounting, as appropriate" (A/RES/79/210 PP24, OP14): the hyphenated word in the name had the capitals reader read nothing
  fw('System of Environmental-Economic Accounting', [], [], 'SEEA'),
  // the Statistical Commission's recommendations on displacement statistics: "noting the adoption by the Statistical Commission of
  // the International Recommendations on Internally Displaced Persons Statistics" (A/RES/78/205 PP38, OP42; 80/211): the
  // capitals reader read nothing
  fw('International Recommendations on Internally Displaced Persons Statistics'),
  // UNEP's programme on land-based pollution, named in full inside its review meeting's name and then short: "the fifth
  // Intergovernmental Review Meeting on the Implementation of the Global Programme of Action for the Protection of the Marine
  // Environment from Land-based Activities ..., while recognizing the continued relevance ... of the Global Programme of Action
  // and its three global partnerships" (A/RES/78/68 OP237, 79/145 OP245, 80/109 OP252): one programme (a node of its own before);
  // a short form, so printed with no full name before it stays as printed (aud31h's guard)
  fw('Global Programme of Action for the Protection of the Marine Environment from Land-based Activities', [], ['Global Programme of Action']),
  // the two instruments named jointly ("the scope of the London Convention and Protocol"): kept whole, not read as the
  // Convention's short title alone
  fw('London Convention and Protocol'),
  // "by Fishing Vessels": a lowercase word would end a capitalised name at "Measures"
  fw('Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas', ['Compliance Agreement']),
  // printed with its date and without it, under its short title and with the year it was adopted
  fw('United Nations Fish Stocks Agreement', [
    'Fish Stocks Agreement',
    '1995 United Nations Fish Stocks Agreement',
    'Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks',
    '1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks',
  ]),
  // (printed "in Areas Beyond National Jurisdiction" in A/RES/78/317 annex 32, "of Areas Beyond" once: the same Agreement)
  fw(`${BBNJ_AGREEMENT_HEAD} of Areas beyond National Jurisdiction`, [`${BBNJ_AGREEMENT_HEAD} in Areas Beyond National Jurisdiction`, `${BBNJ_AGREEMENT_HEAD} of Areas Beyond National Jurisdiction`]),
  // the FAO treaty body's constituent agreement (A/RES/78/68 OP179, 79/145, 80/109: "the endorsement of the Agreement ..., as
  // amended, by the Commission"): named, "the Commission" after it is the body it establishes (entityScan's
  // bodyOfEstablishingInstrument)
  fw('Agreement for the Establishment of the General Fisheries Commission for the Mediterranean'),
  // the University for Peace's constituent treaty (A/RES/79/84 PP2, OP6), named whole beside the University the gazetteer knows
  fw('International Agreement for the Establishment of the University for Peace'),
  // "the Organized Crime Convention" (A/RES/80/227 OP9, 80/229 PP13, 79/133 PP17): the short title UNODC and the
  // crime-prevention texts give it, one node with its full name
  fw('United Nations Convention against Transnational Organized Crime', ['Organized Crime Convention']),
  fw('United Nations Convention against Corruption'),
  fw('United Nations Convention against Cybercrime', ['United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes']),
  fw('Treaty on the Non-Proliferation of Nuclear Weapons', ['Non-Proliferation Treaty']),
  fw('Comprehensive Nuclear-Test-Ban Treaty'),
  fw('Treaty on the Prohibition of Nuclear Weapons'),
  // "in Latin America" would end a capitalised name at the region
  fw('Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean', ['Treaty of Tlatelolco']),
  fw('Arms Trade Treaty'),
  // (approved by the General Conference of the IAEA on 23 October 1957 and by the Assembly in resolution 1145 (XII), annex): the
  // IAEA report texts of every session recognize it, naming the IAEA "the Agency" (A/RES/79/4 PP4, 78/8, 80/7)
  fw('Agreement governing the relationship between the United Nations and the International Atomic Energy Agency', ['Agreement governing the relationship between the United Nations and the Agency']),
  // (Paris, 1990; CD/1064): the capitals reader ended the name before "in Europe", read as a place ("recognizing ... the relevance
  // and value of the Treaty on Conventional Armed Forces in Europe, 1 which is a cornerstone of European security", A/RES/78/37 PP7)
  fw('Treaty on Conventional Armed Forces in Europe', ['CFE Treaty']),
  // New START (Prague, 2010): printed with its parties ("the Treaty between the United States of America and the Russian
  // Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (New START Treaty)", A/RES/80/48
  // PP8, 78/40 PP7, 79/41 PP8), without them (A/RES/78/42 PP6, 79/35 PP6, 80/39 PP6; "Limitations" in 79/35 OP27, 80/39 OP27)
  // or as "New START" (78/40, 79/41): one treaty; its bare "Treaty" after the NPT was read as the NPT; described in lower case
  // with its parties: "Noting the new strategic arms reduction treaty between the Russian Federation and the United States of
  // America" (A/RES/78/53 PP13, 79/50, 80/24)
  fw('Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms', [
    'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
    'Treaty on Measures for the Further Reduction and Limitations of Strategic Offensive Arms',
    'New START Treaty',
    'New START',
    'new strategic arms reduction treaty between the Russian Federation and the United States of America',
  ]),
  // the bilateral agreement by which Iraq recognized Kuwait and their boundary (Baghdad, 4 October 1963; registered with the
  // United Nations, UNTS vol. 485): a treaty, as the bilateral one above; printed in straight quotes with its full title (S/RES/687
  // (1991) PP6, OP2, OP5), then "which Agreed Minutes were registered with the United Nations" (PP6)
  fw('Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding the restoration of friendly relations, recognition and related matters', [], ['Agreed Minutes']),
  // issued by Austria after the third Conference on the Humanitarian Impact of Nuclear Weapons (Vienna, December 2014) and
  // endorsed by States: "recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the
  // third Conference" (A/RES/80/24 PP30, 79/50, 78/53)
  fw('Humanitarian Pledge', ['Humanitarian Pledge for the Prohibition and Elimination of Nuclear Weapons', 'Austrian Pledge']),
  // Two of the texts the 1995 Review and Extension Conference of the NPT adopted (NPT/CONF.1995/32 (Part I), annex), printed
  // in lower case: "Recalling the decision on principles and objectives for nuclear non-proliferation and disarmament adopted
  // by the 1995 Review and Extension Conference ..." (A/RES/78/63 PP5, 79/74, 80/67), "Recalling the principles and
  // objectives ... adopted by" (78/33, 79/32, 80/33), "the resolution on the Middle East adopted by the 1995 Review and
  // Extension Conference" (78/63 PP7, OP2, OP3; 78/30, 78/42, 78/53), "the 1995 resolution on the Middle East" (78/40,
  // 78/42): frameworks of the Treaty as the Review Conferences' Final Documents are; no name was read. Every "resolution on
  // the Middle East" of corpus-ga is the 1995 one (the Assembly's own are cited by symbol)
  fw('decision on principles and objectives for nuclear non-proliferation and disarmament', ['principles and objectives for nuclear non-proliferation and disarmament']),
  fw('1995 resolution on the Middle East', ['resolution on the Middle East']),
  // the Conference's other two decisions, listed with those two: "the importance of the decision on strengthening the review
  // process for the Treaty, the decision on principles and objectives ..., the decision on the extension of the Treaty and the
  // resolution on the Middle East, adopted by the 1995 Review and Extension Conference" (A/RES/78/53 PP6, 79/50, 80/24); "the
  // Treaty" there is the NPT, printed in full before them
  fw('decision on strengthening the review process for the Treaty on the Non-Proliferation of Nuclear Weapons', ['decision on strengthening the review process for the Treaty']),
  fw('decision on the extension of the Treaty on the Non-Proliferation of Nuclear Weapons', ['decision on the extension of the Treaty']),
  // The International Law Commission's articles, annexed to or commended by Sixth Committee resolutions, printed in
  // lowercase: "the articles on diplomatic protection" (A/RES/80/165 PP1, OP1), "the draft articles on diplomatic
  // protection and the articles on responsibility of States for internationally wrongful acts" (80/165 PP5), "the
  // draft articles on prevention and punishment of crimes against humanity" (A/RES/79/122 PP1); keyed by the name the
  // text gives them once adopted ("articles on ...") or, while still drafts, "draft articles on ..."
  fw('articles on diplomatic protection', ['draft articles on diplomatic protection']),
  fw('articles on responsibility of States for internationally wrongful acts', ['draft articles on responsibility of States for internationally wrongful acts']),
  fw('articles on the responsibility of international organizations', ['draft articles on the responsibility of international organizations']),
  fw('draft articles on the expulsion of aliens', ['articles on the expulsion of aliens']),
  fw('draft articles on prevention and punishment of crimes against humanity', ['articles on prevention and punishment of crimes against humanity']),
  fw('draft articles on the protection of persons in the event of disasters', [
    'articles on the protection of persons in the event of disasters',
    'draft articles on protection of persons in the event of disasters',
    'articles on protection of persons in the event of disasters',
  ]),
  fw('draft articles on immunity of State officials from foreign criminal jurisdiction'),
  // the draft treaty the Sixth Committee's working group negotiates, likewise in lowercase: "establish a working group with a view
  // to finalizing the process on the draft comprehensive convention on international terrorism" (A/RES/80/171 OP24, 79/129,
  // 78/115); only the draft's name ("the conclusion of a comprehensive convention", A/RES/79/1, is a treaty yet to be agreed)
  fw('draft comprehensive convention on international terrorism'),
  // ... and its draft conclusions, likewise: "takes note of the adoption by the Commission of the draft conclusions on
  // identification and legal consequences of peremptory norms of general international law (jus cogens)" (A/RES/78/109 OP1,
  // PP1, OP3, OP4), "the draft conclusions on general principles of law and the commentaries thereto" (A/RES/78/108, 79/121)
  fw('draft conclusions on identification and legal consequences of peremptory norms of general international law (jus cogens)', [
    'draft conclusions on identification and legal consequences of peremptory norms of general international law',
  ]),
  fw('draft conclusions on general principles of law'),
  // the outcome of the Sahel regional dialogue on forced displacement ("the outcome of the dialogue, namely, the Bamako
  // conclusions and ministerial declaration adopted in Geneva on 9 October 2019", A/RES/80/188 OP9, 78/185): lower case after
  // "Bamako", no chunk reads it
  fw('Bamako conclusions and ministerial declaration', [], ['Bamako conclusions']),
  // printed with "United Nations" before them or not ("the System-wide Action Plan on Gender Equality and the Empowerment
  // of Women", A/RES/79/226 OP13, was cut before "and the Empowerment" and keyed apart from the one printed in full)
  fw('United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women', ['System-wide Action Plan on Gender Equality and the Empowerment of Women']),
  // the Secretary-General's strategy of September 2017 for parity of women and men among the staff, printed in lower case: "notes
  // the Secretary-General’s system-wide strategy on gender parity and the United Nations System-wide Gender Equality
  // Acceleration Plan" (A/RES/79/223 OP61), "as set out in his system-wide strategy on gender parity" (A/RES/78/182, 80/186)
  fw('System-wide Strategy on Gender Parity', ['system-wide strategy on gender parity']),
  // the system's strategy for its personnel's road safety (2019), printed in lower case: "the ongoing measures taken by the
  // Secretary-General ... to enhance road safety, including through the United Nations system road safety strategy" (A/RES/79/138
  // OP36, 78/118, 80/112): no name was read
  fw('United Nations System Road Safety Strategy', ['United Nations system road safety strategy']),
  // endorsed by the Chief Executives Board in 2019 (CEB/2019/1/Add.5), printed in lower case: "the decision of the United Nations
  // System Chief Executives Board for Coordination to endorse the United Nations system-wide strategy on sustainable urban
  // development" (A/RES/79/214 PP13, OP25): no name was read
  fw('United Nations System-wide Strategy on Sustainable Urban Development', ['United Nations system-wide strategy on sustainable urban development']),
  // launched by the Secretary-General in June 2019: "the United Nations Strategy and Plan of Action on Hate Speech" (A/RES/78/129
  // PP13, 79/316), "the Secretary-General’s Strategy and Plan of Action on Hate Speech" and then "the Plan of Action on Hate
  // Speech" (A/RES/79/316): one strategy
  fw('United Nations Strategy and Plan of Action on Hate Speech', ['Strategy and Plan of Action on Hate Speech', "Secretary-General's Strategy and Plan of Action on Hate Speech", 'Plan of Action on Hate Speech']),
  // the Secretary-General's agenda of June 2022, printed with and without his possessive ("the Secretary-General’s Action Agenda on
  // Internal Displacement", A/RES/80/211 PP30, 79/139 OP19; "the report of the Secretary-General’s High-level Panel on Internal
  // Displacement and the follow-up Action Agenda on Internal Displacement", 80/211 OP11, 78/205 OP12): one node
  fw('Action Agenda on Internal Displacement'),
  // the Fez Plan of Action of 2017, likewise ("the Secretary-General’s Plan of Action for Religious Leaders and Actors to Prevent
  // Incitement to Violence that Could Lead to Atrocity Crimes", A/RES/79/316 OP26, and without the possessive in the other texts),
  // "also called the Fez Plan of Action" (A/RES/79/316, 78/129): one node
  fw('Plan of Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes', ['Fez Plan of Action']),
  fw('United Nations Plan of Action to Safeguard Religious Sites', ['Plan of Action to Safeguard Religious Sites', "Secretary-General's Plan of Action to Safeguard Religious Sites"]),
  // his plan of 2015 (A/70/674), printed with his possessive ("the Secretary-General’s Plan of Action to Prevent Violent
  // Extremism", A/RES/78/277 PP8, 79/321): keyed without it, his possessive read as its own mention, so that he LEADS it and
  // takes the clause's verb (session-61 ruling)
  fw('Plan of Action to Prevent Violent Extremism'),
  // the WTO's TRIPS Agreement and the Doha Declaration on it (A/RES/78/160 PP: "the World Trade Organization Agreement on
  // Trade-Related Aspects of Intellectual Property Rights (TRIPS Agreement) as amended, also reaffirming the 2001 World
  // Trade Organization Doha Declaration on the TRIPS Agreement and Public Health"): three nodes each before
  // the WTO's Agreement on Trade Facilitation (2017), printed by its short name too: "until the next review of the Trade
  // Facilitation Agreement is completed" and "in accordance with the Agreement on Trade Facilitation" (A/RES/79/233 annex)
  fw('Agreement on Trade Facilitation', ['World Trade Organization Agreement on Trade Facilitation', 'Trade Facilitation Agreement']),
  // the Asia-Pacific free trade agreement (2020), its name misprinted "the Regional and Comprehensive Economic Partnership"
  // (A/RES/79/233 annex) and read cut as an initiative "Comprehensive Economic Partnership"
  fw('Regional Comprehensive Economic Partnership Agreement', ['Regional Comprehensive Economic Partnership', 'Regional and Comprehensive Economic Partnership'], [], 'RCEP'),
  fw('Agreement on Trade-Related Aspects of Intellectual Property Rights', ['World Trade Organization Agreement on Trade-Related Aspects of Intellectual Property Rights', 'TRIPS Agreement']),
  // the Twelfth WTO Ministerial Conference's declaration (WT/MIN(22)/31), printed lowercase: "and the ministerial declaration on
  // the World Trade Organization response to the COVID-19 pandemic and preparedness for future pandemics, adopted on 17 June
  // 2022" (A/RES/78/134, 79/195, 80/121; 78/280 PP42, 78/4, 79/287): no name was read
  fw('Ministerial Declaration on the World Trade Organization Response to the COVID-19 Pandemic and Preparedness for Future Pandemics', [
    'ministerial declaration on the World Trade Organization response to the COVID-19 pandemic and preparedness for future pandemics',
  ]),
  fw('Doha Declaration on the TRIPS Agreement and Public Health', [
    'World Trade Organization Doha Declaration on the TRIPS Agreement and Public Health',
    '2001 World Trade Organization Doha Declaration on the TRIPS Agreement and Public Health',
    'Declaration on the TRIPS Agreement and Public Health',
  ]),
  // (FAO's: "Strategy on Climate Change for 2022–2031" in A/RES/79/145 OP15 and A/RES/80/109 OP17)
  fw('Strategy on Climate Change 2022-2031', ['Strategy on Climate Change for 2022-2031']),
  // the Global Counterterrorism Forum's memorandum, whose name goes on with "by" and a capitalised word, where a capitalised run
  // stops ("the Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by
  // Terrorists", A/RES/78/210 OP20, 80/213): read whole, not cut before "by Terrorists"
  fw('Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by Terrorists'),
  // (printed "the Hague Code ..." and "The Hague Code ..." in one text: A/RES/79/29 PP4 and PP5)
  fw('Hague Code of Conduct against Ballistic Missile Proliferation', ['The Hague Code of Conduct against Ballistic Missile Proliferation']),
  // the Economic and Social Council's tax code (its resolution 2017/3, annex), printed in lower case: "Invites the Economic and
  // Social Council to update and strengthen the United Nations code of conduct on cooperation in combating international tax
  // evasion" (A/RES/78/140 OP28, 79/234 OP32, 80/126 OP37): no capital to read it by
  fw('United Nations code of conduct on cooperation in combating international tax evasion'),
  // (the Bangkok Treaty: "Nuclear-Weapon-Free" in its own resolutions, "Nuclear Weapon-Free" in A/RES/78/40 PP13; the loose lookup reads both)
  fw('Treaty on the South-East Asia Nuclear-Weapon-Free Zone', ['Bangkok Treaty', 'Treaty of Bangkok']),
  // the other zones' treaties, printed by their full names and by their places' ("the African Nuclear-Weapon-Free Zone
  // Treaty (Treaty of Pelindaba)", "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia (Treaty of Semipalatinsk)",
  // A/RES/78/40 PP13): one node each
  fw('African Nuclear-Weapon-Free Zone Treaty', ['Treaty of Pelindaba', 'Pelindaba Treaty']),
  fw('South Pacific Nuclear Free Zone Treaty', ['Treaty of Rarotonga', 'Rarotonga Treaty']),
  fw('Treaty on a Nuclear-Weapon-Free Zone in Central Asia', ['Treaty of Semipalatinsk', 'Semipalatinsk Treaty']),
  // the Union's 2006 policy framework on post-conflict reconstruction, printed as a Framework (A/RES/79/329, 78/263) and as
  // "the African Union Post-Conflict, Reconstruction and Development policy" (A/RES/80/11 OP10): one node
  fw('African Union Post-Conflict Reconstruction and Development Framework', [
    'African Union Post-Conflict, Reconstruction and Development policy',
    'African Union Post-Conflict Reconstruction and Development policy',
    'African Union Post-Conflict Reconstruction and Development Policy',
  ]),
  // ("Joint ... Framework for an Enhanced Partnership ...": A/RES/78/70 OP18, A/RES/80/74 OP22)
  fw('Joint United Nations-African Union Framework for Enhanced Partnership in Peace and Security', ['Joint United Nations-African Union Framework for an Enhanced Partnership in Peace and Security']),
  // ("... Framework on the Implementation ...": A/RES/79/226 OP53)
  fw('African Union-United Nations Framework for the Implementation of Agenda 2063 and the 2030 Agenda for Sustainable Development', [
    'African Union-United Nations Framework on the Implementation of Agenda 2063 and the 2030 Agenda for Sustainable Development',
  ]),
  // the Union's 2002 treaty that set up its Peace and Security Council ("the mandate of the African Union Peace and Security
  // Council ... pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union",
  // A/RES/79/329 PP15): the Council's name inside it cut the title short
  fw('Protocol Relating to the Establishment of the Peace and Security Council of the African Union'),
  // the African Union's continental trade regime, named without a head word ("regional integration and intra-African trade,
  // including through the African Continental Free Trade Area", A/RES/78/263 OP9, 79/264 and 9 more texts); its founding treaty
  // is "the Agreement Establishing the African Continental Free Trade Area", once "the African Continental Free Trade Agreement"
  // (A/RES/79/222 OP45): one node for the treaty
  fw('African Continental Free Trade Area', [], [], 'AfCFTA'),
  fw('Agreement Establishing the African Continental Free Trade Area', ['African Continental Free Trade Agreement']),
  // the Union's peace and governance architectures ("the peace consolidation mechanisms and processes, including the African Peace
  // and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development
  // Framework", A/RES/78/263 OP34, 79/264, 80/xx) and the Gulf of Guinea's maritime-security architecture built on the Yaoundé Code
  // of Conduct ("the tenth anniversary of the Yaoundé Architecture", A/RES/78/263 OP29): the head "Architecture" made no name
  fw('African Peace and Security Architecture'),
  fw('African Governance Architecture'),
  fw('Yaoundé Architecture for Maritime Safety and Security', ['Yaoundé Architecture']),
  // the regional codes against piracy, printed by their full titles, whose head "Code of Conduct" made a bare "Code of Conduct"
  // ("the implementation of the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit
  // Maritime Activity in West and Central Africa", A/RES/78/69 OP143, 79/144 OP135, 80/110 OP129; "... (Yaoundé Code of
  // Conduct)", 78/59 PP16; "... in the Western Indian Ocean and the Gulf of Aden (Djibouti Code of Conduct)", 78/69 OP142)
  fw('Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa', ['Yaoundé Code of Conduct']),
  fw('Code of Conduct concerning the Repression of Piracy and Armed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden', ['Djibouti Code of Conduct']),
  // adopted by the Assembly in A/RES/78/47 OP2 and then named "the Global Framework" ("Calls upon all States to implement the Global
  // Framework", OP3, OP5, OP10, OP18; 80/43 eleven times, 79/40, 79/53, 79/57, 80/38): the short form once the full name is read
  fw('Global Framework for Through-life Conventional Ammunition Management', [], ['Global Framework']),
  fw('Chemical Weapons Convention', ['Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction']),
  fw('Biological Weapons Convention', ['Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction']),
  // (its title is printed cut after "Weapons" too: "established under the Convention on Prohibitions or Restrictions on the
  // Use of Certain Conventional Weapons 3 and welcoming ...", A/RES/79/239 PP17)
  fw('Convention on Certain Conventional Weapons', [
    'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
    'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons',
  ]),
  // its name holds "and on Their Destruction": a name cut at "and" would drop it
  fw('Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction', [
    'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines',
    'Anti-Personnel Mine Ban Convention',
  ]),
  // named after "<a State or States> to the": "the accession of Vanuatu to the Convention on Cluster Munitions on 5 September
  // 2025" (A/RES/80/52 PP15), "Urges all States not Parties to the Convention on Cluster Munitions" (OP1; 79/58, 78/32): a
  // pattern name would begin at the capitalised word before "to"
  fw('Convention on Cluster Munitions'),
  // the same "and on the ..." (A/RES/79/55 PP16, 78/49 PP8, 80/26 PP8: cut after "Spent Fuel Management"); "the Joint
  // Convention entered into force on 18 June 2001" (78/49 PP11) once it is named in full
  fw('Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management', [], ['Joint Convention']),
  // the Code of Conduct on the Safety and Security of Radioactive Sources' two supplementary guidances ("its supplementary
  // Guidance on the Import and Export of Radioactive Sources", A/RES/79/55 PP18 and OP8, 78/51 PP; "the supplementary
  // Guidance on the Management of Disused Radioactive Sources, approved by the Board of Governors", 78/43, 79/42, 80/41)
  // the Agency's codes, printed with the Agency's name first or not: one node each ("the International Atomic Energy Agency
  // Code of Conduct on the Safety and Security of Radioactive Sources", A/RES/78/51, and "the Code of Conduct on ...,
  // approved by the Board of Governors", 78/43, 79/42, 79/55, 80/41; both forms of the Code of Practice in 78/49 and 80/26)
  fw('Code of Conduct on the Safety and Security of Radioactive Sources', ['International Atomic Energy Agency Code of Conduct on the Safety and Security of Radioactive Sources']),
  fw('Code of Practice on the International Transboundary Movement of Radioactive Waste', ['International Atomic Energy Agency Code of Practice on the International Transboundary Movement of Radioactive Waste']),
  fw('Guidance on the Import and Export of Radioactive Sources'),
  fw('Guidance on the Management of Disused Radioactive Sources'),
  // two conventions of the Organization of African Unity printed with their titles in lowercase, that the capitalised-chunk
  // reader cut to one "Organization of African Unity Convention": "the Organization of African Unity Convention for the
  // elimination of mercenarism in Africa" (A/RES/80/194 PP2, 79/162, 78/191) and "the Organization of African Unity
  // Convention governing the specific aspects of refugee problems in Africa of 1969" (A/RES/78/185 PP1, 80/188), also "the
  // Organization of African Unity Convention of 1969" (78/185 PP2)
  fw('Organization of African Unity Convention for the Elimination of Mercenarism in Africa', [
    'Organization of African Unity Convention for the elimination of mercenarism in Africa',
    'OAU Convention for the Elimination of Mercenarism in Africa',
  ]),
  fw('Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa', [
    'Organization of African Unity Convention governing the specific aspects of refugee problems in Africa',
    'Organization of African Unity Convention of 1969',
    'OAU Convention Governing the Specific Aspects of Refugee Problems in Africa',
  ]),
  // (names with a comma or a lowercase word inside, that the capitalised-chunk reader cuts short)
  // (the Convention's Protocol II, its list of two-word items cut at "Mines": "the Protocol on Prohibitions or Restrictions on
  // the Use of Mines, Booby Traps and Other Devices (Protocol II)", A/RES/80/68 PP2)
  fw('Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices', [
    MINES_PROTOCOL_NAME,
    // (its numbered name beside it: "..., as amended in 1996 (Protocol II to the 1980 Convention on Prohibitions or
    // Restrictions ...)", A/RES/80/74 PP2 footnote 1, 78/70 PP2)
    'Protocol II to the 1980 Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects',
  ]),
  fw('Declaration on International Cooperation in the Exploration and Use of Outer Space for the Benefit and in the Interest of All States, Taking into Particular Account the Needs of Developing Countries'),
  fw('Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime'),
  // (its second party is no body's name: "between the United Nations and Regional Arrangements or Agencies" was cut into a
  // framework and an organization, A/RES/79/10 PP4, 79/11 PP3; resolution 49/57, annex)
  fw('Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements or Agencies in the Maintenance of International Peace and Security'),
  // the Committee on the Peaceful Uses of Outer Space's agenda, adopted by resolution 76/3 ("the “Space2030” Agenda: space as
  // a driver of sustainable development", A/RES/78/72, 79/86, 80/76), drafted after UNISPACE+50 ("a “Space2030” agenda and
  // implementation plan", A/RES/73/6 PP23, OP2, in lower case; clean drops the space pypdf prints before the closing quote);
  // quoted inside a quoted title it is spaced and single-quoted ("entitled “The ‘Space 2030’ Agenda: space as a driver of
  // sustainable development”", A/RES/79/18 PP5)
  fw('Space2030 Agenda', [
    'Space2030" Agenda: space as a driver of sustainable development',
    'Space2030" Agenda',
    'Space2030" agenda',
    "Space 2030' Agenda: space as a driver of sustainable development",
    "Space 2030' Agenda",
  ]),
  fw('Outer Space Treaty', ['Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies']),
  // the second of the five outer space treaties, cut at its first comma by the capitalised-name reader ("Agreement on the Rescue of
  // Astronauts", footnote 11 of A/RES/78/72 OP5, 79/87, 80/76): its title reads on over ", the Return of ..."
  fw('Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space', ['Rescue Agreement']),
  // the draft China and the Russian Federation put to the Conference on Disarmament in 2008 (CD/1839; updated 2014, CD/1985),
  // printed in lower case in the yearly "No first placement of weapons in outer space" texts (A/RES/78/21 PP9, OP3)
  fw('Draft Treaty on the Prevention of the Placement of Weapons in Outer Space and of the Threat or Use of Force against Outer Space Objects', ['draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects', 'draft treaty on prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects'], [], 'PPWT'),
  fw('Rome Statute of the International Criminal Court', ['Rome Statute']),
  // the Commission's (UNCITRAL's) two codes, named in full once and then short: one node each ("the Code of Conduct for
  // Arbitrators in International Investment Dispute Resolution" (A/RES/78/105 PP8, OP1), "Recommends the use of the Code of
  // Conduct for Arbitrators" (OP2), "the Code of Conduct for Judges" (OP3))
  fw('Code of Conduct for Arbitrators in International Investment Dispute Resolution', ['Code of Conduct for Arbitrators']),
  fw('Code of Conduct for Judges in International Investment Dispute Resolution', ['Code of Conduct for Judges']),
  fw('Statute of the International Court of Justice'),
  // the Court's own rules of procedure (its "Rules of Court"), printed by the Court's short form after its Statute: "the terms and
  // subject to the conditions of the Statute and Rules of the Court" (S/RES/9 (1946) OP1: entityScan.ts instrumentsOfShortForms)
  fw('Rules of the International Court of Justice', ['Rules of Court of the International Court of Justice']),
  // an organization's founding instrument printed by its acronym or with the organization's name first: one node ("the
  // Constitution of INTERPOL" with "2 Constitution of the International Criminal Police Organization", A/RES/79/136 PP5, PP29;
  // "article 19 ... of the World Health Organization Constitution", A/RES/78/3 annex OP44, with "the Constitution of the World
  // Health Organization" of 78/280, 79/287)
  fw('Constitution of the International Criminal Police Organization', ['Constitution of INTERPOL']),
  fw('Constitution of the World Health Organization', ['World Health Organization Constitution']),
  // a territory's constitutional order in council, its name ending in its year ("the Cayman Islands Constitution (Amendment)
  // Order 2020 came into force in December 2020", A/RES/78/90 PP21, 79/103, 80/94): the capitals reader stopped at the
  // bracket and left the territory alone, a place
  fw('Cayman Islands Constitution (Amendment) Order 2020'),
  fw('Geneva Conventions of 12 August 1949', ['Geneva Conventions']),
  // the Convention on Certain Conventional Weapons' Protocol V, by its title and by the numbered names beside it ("the Protocol on
  // Explosive Remnants of War, 2003 (Protocol V to the 1980 Convention)", A/RES/80/74 PP2 footnote 1; "Protocol V on
  // Explosive Remnants of War (Protocol V)", A/RES/78/47 PP13)
  fw('Protocol on Explosive Remnants of War', ['Protocol V on Explosive Remnants of War', 'Protocol V to the 1980 Convention']),
  // the standards for humanitarian mine action the Mine Action Service keeps, as the International Ammunition Technical
  // Guidelines are a framework ("in accordance with the International Mine Action Standards or national standards compliant with
  // those Standards", A/RES/80/74 OP6, OP8; 79/53 PP; 78/70): no head word the capitals reader takes as an instrument's
  fw('International Mine Action Standards', [], [], 'IMAS'),
  // the other standards and policy of the mine-action texts: "the completion of the United Nations Improvised Explosive Device
  // Disposal Standards" (A/RES/79/53 PP26), "Encourages the use of the United Nations Policy on Victim Assistance in Mine Action"
  // (79/53 OP23; "Taking note of ...", 80/74, 78/70): no head word the capitals reader takes as an instrument's
  fw('United Nations Improvised Explosive Device Disposal Standards'),
  fw('United Nations Policy on Victim Assistance in Mine Action'),
  // UNESCO's framework for the decade 2020-2030, printed by its quoted title and its short name: "the framework entitled
  // “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030)" (A/RES/80/141
  // PP17, OP7, OP10, OP21; 78/156): one framework, not the Goals its title names
  fw('Education for Sustainable Development: towards achieving the Sustainable Development Goals', ['ESD for 2030']),
  // the treaty of 2014 that made the Commission an international organization (A/RES/79/173 PP23): the body its title names comes
  // back inside it (the gazetteer's International Commission on Missing Persons), the title's own words are the treaty
  fw('Agreement on the Status and Functions of the International Commission on Missing Persons'),
  fw('Vienna Convention on the Law of Treaties'),
  fw('Vienna Convention on Diplomatic Relations'),
  // printed in full in the host-country resolutions (A/RES/80/172 PP2 and OP4, "Recalling ... the Agreement between the United
  // Nations and the United States of America regarding the Headquarters of the United Nations,3"), short everywhere else
  fw('Headquarters Agreement', ['Agreement between the United Nations and the United States of America regarding the Headquarters of the United Nations']),
  fw('United Nations Global Counter-Terrorism Strategy', ['Global Counter-Terrorism Strategy']),
  // named in full once, then "the framework for responsible State behaviour" (A/RES/78/16 PP8, then PP15, PP20, OP3 (a))
  fw('Framework for Responsible State Behaviour in the Use of Information and Communications Technologies', ['framework for responsible State behaviour in the use of information and communications technologies'], ['framework for responsible State behaviour']),
  // the permanent mechanism the ICT security texts proposed and then established, printed lowercase ("the proposed United Nations
  // programme of action to advance responsible State behaviour in the use of information and communications technologies in the
  // context of international security", A/RES/78/16 PP20, OP1) and then "the programme of action" (PP12, PP19, PP21, OP2, OP3);
  // the resolution so titled names it from its first paragraph (seedTitledShortForms)
  fw('Programme of Action to Advance Responsible State Behaviour in the Use of Information and Communications Technologies in the Context of International Security', [
    'programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security',
    'Programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security',
  ], ['programme of action']),
  fw('WSIS+10 Statement on the Implementation of WSIS Outcomes'),
  fw('WSIS+10 Vision for WSIS Beyond 2015'),
  fw('Lisbon Declaration'),
  // (World Health Assembly decision WHA73(28), 2020): printed lowercase after its owner, "the World Health Organization global
  // strategy on digital health 2020–2025" (A/RES/79/287 PP23, OP6; 78/3, 78/4), and "the global strategy on digital health"
  // (A/RES/79/287 OP20)
  fw('Global Strategy on Digital Health', ['global strategy on digital health']),
  // the youth ministers' declarations of 1998 and 2019 (A/RES/80/180 PP7, 78/179 PP6): cut at "Lisbon Declaration", and the
  // 2019 one read without "Lisboa+21"
  fw('Lisbon Declaration on Youth Policies and Programmes'),
  fw('Lisboa+21 Declaration on Youth Policies and Programmes'),
  // UNESCO's 2021 declaration on information as a public good, thirty years after the Windhoek Declaration (A/RES/78/215 PP9,
  // 80/217 PP10: "as well as the Windhoek+30 Declaration"): no chunk reads a name with "+30" in it, and the city alone was read
  fw('Windhoek+30 Declaration'),
  // (A/RES/79/224 OP26, 79/152 PP: the capitals reader stopped before "at Work")
  fw('International Labour Organization Declaration on Fundamental Principles and Rights at Work', ['ILO Declaration on Fundamental Principles and Rights at Work']),
  // ILO instruments the capitals reader cannot close: lowercase words inside the name, or a bracketed qualifier before the head
  // ("the Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204)", A/RES/78/164 OP20, 79/221, 80/153;
  // "the Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)", A/RES/78/180 OP3, 79/154, 80/185)
  // (and by their numbers: "the adoption by the International Labour Conference on 12 June 2015, at its 104th session, of
  // Recommendation No. 204 concerning the transition from the informal to the formal economy", "... and of Recommendation No. 203
  // on supplementary measures for the effective suppression of forced labour", A/RES/78/180 PP21 and PP38, 80/185: the capitals
  // reader kept "Recommendation No" of them)
  // (and in lower case after the ILO's name: "in accordance with International Labour Organization recommendation No. 204
  // concerning the transition ...", A/RES/78/174, 79/146, 80/178; "recalls International Labour Organization recommendation
  // No. 189 concerning job creation in small and medium-sized enterprises", A/RES/79/222 OP42, 79/201)
  fw('Transition from the Informal to the Formal Economy Recommendation', ['Recommendation No. 204', 'recommendation No. 204']),
  fw('Job Creation in Small and Medium-Sized Enterprises Recommendation', ['recommendation No. 189', 'Recommendation No. 189']),
  // ("takes note of the International Labour Organization recommendation on social protection floors", A/RES/78/174 OP22, 79/146,
  // 80/178: the same instrument in lower case, as recommendation No. 204 above; "the Social Protection Floors Recommendation, 2012
  // (No. 202)", 78/164 OP20, the capitals reader read already)
  fw('Social Protection Floors Recommendation', ['recommendation on social protection floors']),
  fw('Tokyo Compact on Global Nutrition for Growth'),
  fw('Migrant Workers (Supplementary Provisions) Convention'),
  fw('Forced Labour (Supplementary Measures) Recommendation', ['Recommendation No. 203']),
  // the ILO's 2014 protocol, printed with its year and without ("the Protocol of 2014 to the Forced Labour Convention, 1930
  // (No. 29)", A/RES/78/228 PP7, 79/145 OP207; "the Protocol to the Forced Labour Convention, 1930 (No. 29)", 79/154 PP13,
  // 78/180 PP21, 80/109 OP213): one protocol, not two nodes
  fw('Protocol of 2014 to the Forced Labour Convention', ['Protocol to the Forced Labour Convention']),
  fw('Discrimination (Employment and Occupation) Convention'),
  fw('International Health Regulations (2005)', ['International Health Regulations']),
  // (World Health Assembly resolution 68.7, 2015; WHA68/2015/REC/1, annex 3): printed lowercase in the running text ("aligning, as
  // appropriate, with the global action plan on antimicrobial resistance", A/RES/80/117 annex 24; 78/130, 78/168, 79/227) and
  // capitalised when asked to be updated (A/RES/79/2 annex 25)
  // the Global Conference on Primary Health Care's declaration (Astana, 2018), printed short ("the Declaration of Alma-Ata and the
  // Declaration of Astana", A/RES/78/3, 78/4, 80/117) or with its sitting ("the Declaration of Astana of the Global Conference on
  // Primary Health Care", 78/130 PP6): one node, the sitting a mention of its own (extract.ts, sittingsOfDeclarations)
  fw('Declaration of Astana', ['Declaration of Astana of the Global Conference on Primary Health Care']),
  fw('Global Action Plan on Antimicrobial Resistance', ['global action plan on antimicrobial resistance', 'Global action plan on antimicrobial resistance']),
  // (World Health Assembly resolution 71.6, 2018): printed lowercase with its period ("the endorsement by the World Health Assembly
  // of the global action plan on physical activity 2018–2030", A/RES/79/8 OP4), a framework as the one above
  fw('Global Action Plan on Physical Activity 2018–2030', ['global action plan on physical activity 2018–2030', 'global action plan on physical activity 2018-2030']),
  // the Secretary-General's bulletin ST/SGB/2018/3, recalled in every programme-planning resolution of the Fifth
  // Committee (A/RES/78/244 PP3) and printed short in A/RES/78/257 OP11 ("and the Regulations and Rules Governing Programme Planning")
  fw('Regulations and Rules Governing Programme Planning, the Programme Aspects of the Budget, the Monitoring of Implementation and the Methods of Evaluation', ['Regulations and Rules Governing Programme Planning']),
  // the Secretary-General's bulletins ST/SGB/2013/4 and ST/SGB/2023/1/Rev.1, printed whole or short in the Fifth Committee's
  // texts: "the Financial Regulations and Rules" (A/RES/80/243 XIV.OP3, 79/257), "the Staff Regulations and Staff Rules,
  // including provisional Staff Rules, of the United Nations" (A/RES/79/255 OP6), "Amendments to the Staff Regulations and
  // Rules" (A/RES/78/275): one rulebook each; the 79/255 form whole, so that its inserted "provisional Staff Rules" and trailing
  // owner are read as the one name they are (no second rulebook, no target of the United Nations, as the Financial Regulations')
  fw('Financial Regulations and Rules of the United Nations', ['Financial Regulations and Rules']),
  fw('Staff Regulations and Rules of the United Nations', ['Staff Regulations and Rules', 'Staff Regulations and Staff Rules', 'Staff Regulations and Staff Rules of the United Nations', 'Staff Regulations and Staff Rules, including provisional Staff Rules, of the United Nations']),
  fw('WHO Framework Convention on Tobacco Control', ['World Health Organization Framework Convention on Tobacco Control']),
  // (without "United Nations": "including as reflected in the Sustainable Development Cooperation Frameworks", A/RES/79/268 OP3)
  fw('United Nations Sustainable Development Cooperation Framework', ['United Nations Sustainable Development Cooperation Frameworks', 'Sustainable Development Cooperation Framework', 'Sustainable Development Cooperation Frameworks', 'Cooperation Framework', 'Cooperation Frameworks']),
  fw('Marrakech Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled', ['Marrakesh Treaty', 'Marrakech Treaty']),
  // WIPO's treaty of May 2024, its name a list with a comma that the generic scan cuts at ("welcoming the adoption in 2024 of
  // the Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge of the World Intellectual
  // Property Organization", A/RES/80/147 PP54): one instrument
  fw('WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge', ['Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge']),
  fw('Lima Declaration'),
  // the Lima Declaration on Illegal Wildlife Trade (Conference of the Americas, October 2019), listed by city and year with
  // the other wildlife declarations ("the London Declaration of 2018, the Lima Declaration of 2019, the Chiang Mai Statement of
  // 2019", A/RES/79/313 PP29): not UNIDO's of 2013
  fw('Lima Declaration of 2019', ['Lima Declaration on Illegal Wildlife Trade']),
  // the Group of 20's principles of 2017, their name going on past a lowercase "related to" ("as well as its development of
  // High-level Principles on Combating Corruption related to Illegal Trade in Wildlife and Wildlife Products", A/RES/79/313 OP37)
  fw('High-level Principles on Combating Corruption related to Illegal Trade in Wildlife and Wildlife Products'),
  // heads of State's pledge of 2020 to reverse biodiversity loss ("as well as the Leaders Pledge for Nature of 2020", A/RES/79/313 PP29)
  fw('Leaders Pledge for Nature', ['Leaders’ Pledge for Nature', "Leaders' Pledge for Nature"]),
  // INTOSAI's founding text of 1977, not UNIDO's Lima Declaration of 2013: "the Lima Declaration of Guidelines on Auditing
  // Precepts of 1977" (A/RES/79/231 OP5) was cut to "Lima Declaration" and joined the other
  fw('Lima Declaration of Guidelines on Auditing Precepts'),
  fw('Abu Dhabi Declaration'),
  // (the texts name it in full once, then "the Madrid Plan of Action" (A/RES/80/179 PP1, PP2, OP28; 79/147, 78/177): one plan)
  fw('Madrid International Plan of Action on Ageing', ['Madrid Plan of Action']),
  // ("World Programme of Action on Youth": A/RES/79/289 OP1)
  // ("World Programme of Action on Youth": A/RES/79/289 OP1; "the implementation of the Programme of Action for Youth" after the
  // full name, A/RES/80/180 OP3, 78/179 OP3)
  fw('World Programme of Action for Youth', ['World Programme of Action on Youth'], ['Programme of Action for Youth']),
  // (the Assembly's programme of 1982, A/37/351/Add.1: "the World Programme of Action concerning Disabled Persons", A/RES/80/177
  // PP2, 78/171 PP2, was cut at "concerning" to "World Programme of Action")
  fw('World Programme of Action concerning Disabled Persons'),
  fw('Standard Rules on the Equalization of Opportunities for Persons with Disabilities'),
  fw('Declaration on the Granting of Independence to Colonial Countries and Peoples'),
  // the outcome documents of the High-level United Nations Conferences on South-South Cooperation (endorsed by resolutions
  // 64/222 and 73/291), named after the city that hosted them: the South-South cooperation texts (A/RES/78/167 PP1, PP2) print
  // "the Buenos Aires outcome document of the second High-level United Nations Conference on ...", the conference its own mention
  fw('Buenos Aires outcome document'),
  fw('Nairobi outcome document'),
  // the outcome document of the Fourth High-level Forum on Aid Effectiveness (Busan, 2011), listed with the Paris Declaration and
  // the Accra Agenda for Action the forums "produced" (A/RES/79/221 OP33, 78/164 OP34, 80/153 OP32): an agreement, not an
  // initiative as its head "Partnership" had it
  fw('Busan Partnership for Effective Development Cooperation'),
  // the annex of resolution 63/303, the texts' "Outcome of the Conference ..." (A/RES/78/217 PP16) and the conference's "its
  // outcome document" (78/137 PP6, 78/136, 79/196, 80/123): one node
  fw('Outcome of the Conference on the World Financial and Economic Crisis and Its Impact on Development'),
  // the Governing Council's declaration of 1997 on UNEP's role (decision 19/1, annex), recalled by the Assembly's UNEP texts
  // ("the 1997 Nairobi Declaration on the Role and Mandate of the United Nations Environment Programme of 7 February 1997",
  // A/RES/79/209 PP1): the framework's name stopped before the Programme's
  fw('Nairobi Declaration on the Role and Mandate of the United Nations Environment Programme'),
  // (resolution 71/285) printed in lowercase by nearly every text that recalls it (A/RES/78/320 PP4, 78/144 PP18, 78/153 PP24)
  fw('United Nations Strategic Plan for Forests 2017-2030', ['United Nations strategic plan for forests 2017-2030']),
  // (resolution 36/55) "and of Discrimination" goes on past the "and of" a capitalised name stops at (A/RES/78/212 PP2, OP17)
  fw('Declaration on the Elimination of All Forms of Intolerance and of Discrimination Based on Religion or Belief'),
  // (resolution 2625 (XXV)) its title names the Charter inside and runs on past "concerning", where a capitalised name
  // stops: 36 mentions in corpus-ga were one node "Declaration on Principles of International Law" and a Charter
  // mention each (A/RES/80/120 PP2, 78/4 PP4)
  fw('Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations', [
    'Declaration on Principles of International Law concerning Friendly Relations and Co-operation among States in accordance with the Charter of the United Nations',
    // ("Declaration of Principles ...": A/RES/79/128 PP4, 80/169 PP4, with the footnote "Resolution 2625 (XXV), annex.")
    'Declaration of Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations',
  ]),
  // adopted by resolution 39/248, revised by resolution 70/186; printed lowercase ("the revised United Nations guidelines for
  // consumer protection", A/RES/80/119 PP1)
  fw('United Nations Guidelines for Consumer Protection', ['Guidelines for Consumer Protection']),
  // two texts of one title, each its owner's, printed side by side: "consistent with the Space Debris Mitigation Guidelines of the
  // Inter-Agency Space Debris Coordination Committee and with the Space Debris Mitigation Guidelines of the Committee on the
  // Peaceful Uses of Outer Space" (A/RES/78/72 OP16, 79/87 OP19, 80/76 OP16). Keyed by the full titles: a bare "Space Debris
  // Mitigation Guidelines" would be joined to the one owner the graph finds after it (graph/build.ts, mergeOwnerPrefixedTwins)
  // the Committee on World Food Security's guidelines, printed with their owner after the title: "the Voluntary Guidelines on Gender
  // Equality and Women's and Girls' Empowerment in the Context of Food Security and Nutrition of the Committee on World Food
  // Security endorsed at the fifty-first session of the Committee" (A/RES/78/279 PP7, 79/171): the title ends on "Nutrition" (as
  // 80/157 and 80/210 print it), the Committee is a body of its own (aud45d gold)
  fw("Voluntary Guidelines on Gender Equality and Women's and Girls' Empowerment in the Context of Food Security and Nutrition"),
  fw('Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee', ['IADC Space Debris Mitigation Guidelines']),
  fw('Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space', ['COPUOS Space Debris Mitigation Guidelines']),
  // adopted by A/RES/80/119 ("the United Nations principles for consumer product safety", OP7)
  fw('United Nations Principles for Consumer Product Safety'),
  // its full title names the United Nations inside ("... : Implementing the United Nations “Protect, Respect and Remedy”
  // Framework", 17 paragraphs of corpus-ga): one mention of the principles, not one of the Organization as well
  // the Secretary-General's guidelines for business partnerships (A/RES/79/228 PP20 "... between the United Nations and the Business
  // Sector", OP22 "... and the business sector"): the name goes on past "between the United Nations", which ends no name
  fw('Guidelines on a Principle-based Approach to the Cooperation between the United Nations and the Business Sector', [
    'Guidelines on a Principle-based Approach to the Cooperation between the United Nations and the business sector',
  ]),
  // (A/RES/79/175 PP6: "the establishment in May 2024 of the Guidance on Human Rights Due Diligence for Digital Technology Use")
  fw('Guidance on Human Rights Due Diligence for Digital Technology Use'),
  fw('Guiding Principles on Business and Human Rights', [
    'Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework',
    'Guiding Principles on Business and Human Rights: Implementing the United Nations "Protect, Respect and Remedy" Framework',
  ]),
  // the Human Rights Council's principles of resolution 21/11, printed in lower case: "by which the Council adopted the guiding
  // principles on extreme poverty and human rights" (A/RES/79/178 PP6, OP20), then "the guiding principles" (PP6, OP21, OP22;
  // lower case: the capitalised "the Guiding Principles" of PP23 are the business ones)
  fw('Guiding Principles on Extreme Poverty and Human Rights', ['guiding principles on extreme poverty and human rights'], ['guiding principles']),
  // other principles the texts name in lower case, each one instrument: the annex of resolution 46/182 ("Reaffirming its
  // resolution 46/182 ..., the annex to which contains the guiding principles for the strengthening of the coordination of
  // emergency humanitarian assistance of the United Nations system", A/RES/78/120 PP1, 79/139, 80/113; "... of humanitarian
  // emergency assistance of the United Nations,2", 79/274 PP13, the words of 46/182's title)
  fw('Guiding principles for the strengthening of the coordination of emergency humanitarian assistance of the United Nations system', [
    'guiding principles for the strengthening of the coordination of emergency humanitarian assistance of the United Nations system',
    'guiding principles for the strengthening of the coordination of humanitarian emergency assistance of the United Nations',
  ]),
  // WHO's (endorsed by the sixty-third World Health Assembly, resolution 63.22): "the World Health Organization guiding principles on
  // human cell, tissue and organ transplantation" (A/RES/79/189 PP9, OP2, OP5), then "in breach of the guiding principles" (OP2 (e))
  fw('WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation', ['guiding principles on human cell, tissue and organ transplantation'], ['guiding principles']),
  // the Committee on Enforced Disappearances' (2019): "Takes note of the guiding principles for the search for disappeared persons
  // adopted by the Committee at its sixteenth session" (A/RES/78/207 OP10, 80/201 OP10)
  fw('Guiding Principles for the Search for Disappeared Persons', ['guiding principles for the search for disappeared persons']),
  // and its guidelines on reprisals, named only by their lowercase purpose: "Takes note with appreciation of the guidelines to prevent
  // and address intimidation and reprisals against individuals and groups cooperating with the Committee adopted by the Committee at
  // its twentieth session" (A/RES/78/207 OP18, 80/201 OP18, footnote CED/C/8)
  fw('Guidelines to Prevent and Address Intimidation and Reprisals against Individuals and Groups Cooperating with the Committee on Enforced Disappearances', [
    'guidelines to prevent and address intimidation and reprisals against individuals and groups cooperating with the Committee',
  ]),
  // the 2008 framework the Guiding Principles implement (A/RES/79/178 PP23: "the three pillars of the United Nations “Protect, Respect and Remedy” Framework")
  fw('United Nations "Protect, Respect and Remedy" Framework'),
  // Names with a comma-separated verb list ("to Prevent, Combat and Eradicate ..."): capitalised-word
  // patterns stop at the first comma, so the genre's frequent ones are listed whole.
  fw('Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects'),
  // its companion instrument (A/RES/78/56, 79/40, 80/46), cut by the chunk reader at "Trace,"
  fw('International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons', ['International Tracing Instrument']),
  // (its short title, "the United Nations Convention against Transnational Organized Crime and the Trafficking Protocol
  // thereto", A/RES/79/154 OP19: one protocol, not a node of its own)
  fw('Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', ['Trafficking Protocol', 'Trafficking in Persons Protocol']),
  // the Convention's second protocol, printed whole in every text that names it ("the Protocol against the Smuggling of Migrants
  // by Land, Sea and Air, supplementing the United Nations Convention ...", A/RES/79/154 PP2, 78/217, 78/229, 80/229, 10 texts):
  // the capitals reader stopped at the comma after "Land"
  fw('Protocol against the Smuggling of Migrants by Land, Sea and Air', ['Protocol against the Smuggling of Migrants', 'Smuggling of Migrants Protocol']),
  // (the road map the Security Council endorsed in resolution 1515 (2003) (S/2003/529, annex), printed lower case in the
  // permanent sovereignty texts (A/RES/78/170, 79/229, 80/158 PP), is the Quartet road map above)
  // the subregional firearms road maps the Regional Centre in Lima supports (A/RES/78/57, 79/66, 80/61): the chunk reader stops
  // at "across the Caribbean" and at the place opening the second ("the Central America and Dominican Republic Roadmap"), and
  // their short names in brackets are the same road maps
  fw('Roadmap for Implementing the Caribbean Priority Actions on the Illicit Proliferation of Firearms and Ammunition across the Caribbean in a Sustainable Manner by 2030', ['Caribbean Firearms Roadmap']),
  // (and the Central American one before it, printed lower case: A/RES/78/57 PP9, 79/66 PP9 and OP7, 80/61 PP9)
  fw('Central American road map to prevent and address the illicit proliferation and trafficking of firearms and ammunition'),
  fw('Central America and Dominican Republic Roadmap to Prevent Illicit Trafficking and Proliferation of Firearms, Ammunition and Explosives', ['Central America and Dominican Republic Firearms Roadmap']),
  // Names that go on after a comma with ", Their ...": the chunk reader cut them at the comma, and the ECOWAS convention was
  // two nodes in one text ("the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials",
  // A/RES/80/36 PP8; "the Economic Community of West African States Convention on ...", OP3; also 78/54, 79/31)
  fw('Economic Community of West African States Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials', [
    'Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials',
    'ECOWAS Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials',
    // ("Recalling also the entry into force of the Convention on 29 September 2009", A/RES/80/36 PP9: without this short form
    // "the Convention" there named nothing)
  ], ['Convention']),
  // ("... for Their Manufacture, Repair and Assembly (Kinshasa Convention)", A/RES/78/59 PP10, 79/68, 80/63; 78/56 OP8)
  fw('Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and Components That Can Be Used for Their Manufacture, Repair and Assembly', ['Kinshasa Convention']),
  // ("the Protocol against ... in Firearms, their Parts and Components and Ammunition", A/RES/78/229; "Their" in 80/229, 78/69)
  fw('Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition', [
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, their Parts and Components and Ammunition',
    'Firearms Protocol',
    // (by its subject, in lower case: "the twentieth anniversary of the entry into force of the Protocol against firearms
    // trafficking", A/RES/80/229 PP10, where "the Protocol" alone was read as the last protocol named, the 1972 one)
    'Protocol against firearms trafficking',
  ]),
  fw('Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing', ['Port State Measures Agreement']),
  fw('International Plan of Action to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing'),
  fw('Declaration and Programme of Action on a Culture of Peace', ['Programme of Action on a Culture of Peace']),
  // the TIR Convention of 1975, cut before "under Cover of TIR Carnets" and split from its short form: "the Customs Convention on
  // the International Transport of Goods under Cover of TIR Carnets (TIR Convention)" (A/RES/78/148 OP10), "... under Cover of
  // TIR Carnets (Geneva, 14 November 1975)" (A/RES/78/163 fn16, 80/151 fn14): one convention
  fw('Customs Convention on the International Transport of Goods under Cover of TIR Carnets', ['TIR Convention']),
  // "the Global Plan of Action" after the full name (A/RES/78/228 PP9, PP12, PP20)
  fw('United Nations Global Plan of Action to Combat Trafficking in Persons', [], ['Global Plan of Action']),
  // the crime statistics standards the crime prevention and trafficking texts ask States to adopt ("based on the International
  // Classification of Crime for Statistical Purposes", A/RES/80/228 OP36, 78/228; "to gradually adopt the International
  // Classification of Crime for Statistical Purposes, as well as the International Classification for Administrative Data on
  // Trafficking in Persons", 80/229 OP73, 78/229 OP86)
  fw('International Classification of Crime for Statistical Purposes'),
  fw('International Classification for Administrative Data on Trafficking in Persons'),
  // the World Health Assembly's classification of diseases ("the adoption by the Assembly of the eleventh revision of the
  // International Statistical Classification of Diseases and Related Health Problems", A/RES/78/174 PP32, 79/146, 80/178): a long
  // capitalised name the capitals reader does not keep
  fw('International Statistical Classification of Diseases and Related Health Problems'),
  // the drug control instruments the Assembly's and the Commission on Narcotic Drugs' texts reaffirm in one list (A/RES/79/191
  // PP3, PP40, OP59; 78/131, 78/229, 78/284, 79/284, 80/229): a capitalised read stopped at "towards" ("... on International
  // Cooperation" and "Integrated and Balanced Strategy ..." as two frameworks) and at "at the National" ("2019 Ministerial
  // Declaration on Strengthening Our Actions"), and "the Joint Ministerial Statement of the 2014" at the year; printed after
  // the full name, "the Political Declaration and Plan of Action" (79/191 PP3) and "the Ministerial Declaration of 2019",
  // "the 2019 Ministerial Declaration" (PP3, PP43) are the same instruments
  // the treaty of 25 March 1972 that amended the Single Convention, printed by its year in the list of the three drug control
  // conventions: "the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol" (A/RES/79/191 PP1; 78/131,
  // 78/229, 78/284, 80/229): the Protocol by its title, not a node named "1972 Protocol"
  fw('Protocol amending the Single Convention on Narcotic Drugs, 1961', ['1972 Protocol amending the Single Convention on Narcotic Drugs, 1961', '1972 Protocol']),
  // the standards UNODC and WHO publish for drug demand reduction: "takes note of the second updated edition of the International
  // Standards on Drug Use Prevention and the International Standards for the Treatment of Drug Use Disorders, developed by the
  // United Nations Office on Drugs and Crime in collaboration with the World Health Organization" (A/RES/79/191 OP8, OP45)
  fw('International Standards on Drug Use Prevention'),
  // the WHO/UNODC/UNAIDS guide the drug texts promote, printed in lower case, under its first title and under its 2012 one:
  // "the use ... of the technical guide for countries to set targets for universal access to HIV prevention, treatment and care
  // for injecting drug users, issued by the World Health Organization, ..." (A/RES/78/284 OP), "... for people who inject
  // drugs, issued by ..." (A/RES/79/191 OP22): one guide
  fw('Technical guide for countries to set targets for universal access to HIV prevention, treatment and care for people who inject drugs', [
    'technical guide for countries to set targets for universal access to HIV prevention, treatment and care for people who inject drugs',
    'technical guide for countries to set targets for universal access to HIV prevention, treatment and care for injecting drug users',
  ]),
  fw('International Standards for the Treatment of Drug Use Disorders'),
  // UNODC's model law for victims of terrorism: "takes note in this regard of the Model Legislative Provisions to Support the
  // Needs and Protect the Rights of Victims of Terrorism, developed by the Office together with the Inter-Parliamentary Union
  // and the Office of Counter-Terrorism" (A/RES/78/226 OP27; 80/229): no name was read
  fw('Model Legislative Provisions to Support the Needs and Protect the Rights of Victims of Terrorism'),
  fw('Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem', ['Political Declaration and Plan of Action of 2009'], ['Political Declaration and Plan of Action']),
  fw('Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem', [], ['Ministerial Declaration of 2019', '2019 Ministerial Declaration']),
  fw('Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the implementation by Member States of the Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem', [
    'Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the implementation by Member States of the Political Declaration and Plan of Action',
  ]),
  fw('High-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019', [
    'high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019',
  ]),
  fw('Convention on Consent to Marriage, Minimum Age for Marriage and Registration of Marriages'),
  fw('Convention on the Safety of United Nations and Associated Personnel'),
  fw('Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare', [
    'Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases and of Bacteriological Methods of Warfare',
    // "the use of chemical weapons contrary to obligations under the 1925 Geneva Protocol" (S/RES/598 (1987), A/RES/79/48)
    '1925 Geneva Protocol',
    'Geneva Protocol of 1925',
  ]),
  fw('Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel'),
  // Names that end "in <region>": a capitalised-word name is cut before "in Africa", "in Asia", ...
  fw('Moroni Declaration for Ocean and Climate Action in Africa'),
  fw('Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific'),
  // UNCTAD's competition instrument (resolution 35/63): "in accordance with the Set of Multilaterally Agreed Equitable Principles and
  // Rules for the Control of Restrictive Business Practices, and among consumer protection authorities" (A/RES/79/195 OP21, OP37,
  // 78/134, 80/121); the review conferences are named after it ("the Ninth United Nations Conference to Review All Aspects of the Set ...")
  fw('Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices'),
  // the World Trade Organization's 1994 decision: "the effective implementation and monitoring of the Marrakesh Ministerial Decision
  // on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing
  // Countries" (A/RES/79/195 OP27, 78/134, 80/121): the chunk reader began a name at "Reform Programme" after "Concerning the"
  fw('Marrakesh Ministerial Decision on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing Countries', ['Marrakesh Ministerial Decision']),
  fw('Islamabad Declaration on Girls’ Education in Muslim Communities', ["Islamabad Declaration on Girls' Education in Muslim Communities"]),
  // (A/RES/78/94, 79/107, 80/98: "the Charter of the Kanak people, common base of the fundamental values ..."): the chunk stopped
  // at the lowercase "people" and read "Charter of the Kanak", or the Charter of the United Nations from "the Charter" alone
  fw('Charter of the Kanak people'),
  // la Francophonie's charter, adopted at its Ministerial Conference in Antananarivo on 23 November 2005 ("the Charter of la
  // Francophonie", A/RES/79/331 PP6, OP24): the lowercase "la" stopped the name, and "the Charter" alone read as the United Nations'
  fw('Charter of la Francophonie'),
  // UNESCO's 1972 convention, printed under its title in the notes of the culture texts ("Convention concerning the Protection of
  // the World Cultural and Natural Heritage, of 1972", A/RES/78/161 PP10 note 6, 80/148: not read, "concerning" is no word of a
  // name the chunk reader knows) and "for the Protection of ..." in the text of others (A/RES/79/133, 79/159, 80/191): one convention
  fw('Convention for the Protection of the World Cultural and Natural Heritage', ['Convention concerning the Protection of the World Cultural and Natural Heritage', 'World Heritage Convention']),
  // the Council of Europe's 2017 Nicosia convention, its name with a lower-case "relating to" (A/RES/79/133 OP24, 79/284 OP31: read
  // up to "Offences", and "the Convention" after it went to an earlier one) and once capitalised (79/284 OP37): one convention
  // the Council of Europe's declaration of its fourth summit (Reykjavik, 16-17 May 2023), printed with its subtitle, "the
  // Reykjavik Declaration: United around Our Values, which was adopted at the fourth Summit of Heads of State and Government
  // of the Council of Europe" (A/RES/79/284 PP7), by the summit's members ("the Reykjavik Declaration of Heads of State and
  // Government of the Council of Europe", OP25), and short ("the Reykjavik Declaration", PP11, OP40): one node, not two;
  // the short name only once the full one is read ("the Reykjavik Declaration on Responsible Fisheries ..." is FAO's)
  fw('Reykjavik Declaration of Heads of State and Government of the Council of Europe', ['Reykjavik Declaration: United around Our Values'], ['Reykjavik Declaration']),
  // the Group of 20's 2020 summit declaration, its apostrophe printed after "Leader" in the 2023 texts ("the Global Initiative
  // on Reducing Land Degradation ... adopted by the leaders of the Group of 20 in Riyadh in 2020, as well as the Riyadh
  // Leader’s Declaration", A/RES/78/154 PP23, 78/320 PP10) and after "Leaders" in the later ones (79/207 PP25, 80/139 PP33)
  fw("Riyadh Leaders' Declaration", ['Riyadh Leaders’ Declaration', 'Riyadh Leader’s Declaration', "Riyadh Leader's Declaration"]),
  fw('Council of Europe Convention on Offences relating to Cultural Property', ['Council of Europe Convention on Offences Relating to Cultural Property']),
  // three more of the Council of Europe's conventions open to all States, their names going on in lower case: "the Convention for
  // the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine
  // (Convention on Human Rights and Biomedicine)" (A/RES/79/284 OP15: read up to "Human Being", its short name in brackets a
  // second node), "the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of
  // Personal Data" (OP29: read up to "Individuals"), "the Council of Europe Convention on an Integrated Safety, Security and
  // Service Approach at Football Matches and Other Sports Events" (OP39: read up to "Approach")
  fw('Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine', ['Convention on Human Rights and Biomedicine']),
  fw('Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data', ['Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data']),
  fw('Council of Europe Convention on an Integrated Safety, Security and Service Approach at Football Matches and Other Sports Events'),
  // the Council of Europe's 2024 treaty on artificial intelligence, a comma in its name: "notes in this context the adoption by the
  // Committee of Ministers of the Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law"
  // (A/RES/79/284 OP30: read up to the comma)
  fw('Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law', ['Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law']),
  // the museums' code of the International Council of Museums, printed with its owner's full name before it (A/RES/79/133 OP37:
  // "the International Council of Museums Code of Ethics for Museums" was read as the Council and a "Museums Code of Ethics")
  fw('International Council of Museums Code of Ethics for Museums', ['ICOM Code of Ethics for Museums']),
  // UNESCO's 2003 declaration, "concerning" in its name (A/RES/79/133 PP9: "the adoption by the General Conference ... of the
  // Declaration concerning the Intentional Destruction of Cultural Heritage": nothing read)
  fw('Declaration concerning the Intentional Destruction of Cultural Heritage', ['UNESCO Declaration concerning the Intentional Destruction of Cultural Heritage']),
  // UNESCO's charter as revised in 2015, its name with a comma in it ("the revised International Charter of Physical Education,
  // Physical Activity and Sport", A/RES/79/8 PP19: read up to the comma)
  fw('International Charter of Physical Education, Physical Activity and Sport'),
  // UNESCO's 2023 recommendation (the revision of its 1974 Recommendation on education for international understanding), a list
  // with commas in its name: "Taking note of the Recommendation on Education for Peace and Human Rights, International Understanding,
  // Cooperation, Fundamental Freedoms, Global Citizenship and Sustainable Development adopted on 20 November 2023 by the General
  // Conference" (A/RES/79/267 PP5: read up to the first comma, and so neither adopted nor dated)
  fw('Recommendation on Education for Peace and Human Rights, International Understanding, Cooperation, Fundamental Freedoms, Global Citizenship and Sustainable Development'),
  // the United States Virgin Islands' organic law, printed in full and by its short name in the same texts ("to review the existing
  // Revised Organic Act, which organizes its internal governance arrangements" with "adopting the Revised Organic Act of the United
  // States Virgin Islands", A/RES/78/99 PP19 and PP23, 79/112): one law
  fw('Revised Organic Act of the United States Virgin Islands', ['Revised Organic Act']),
  // the Lake Chad Basin Commission's strategy for 2025-2030 (A/RES/80/63 PP43), its name with "Boko Haram-affected" in it: the
  // group's name (organizations.ts) would otherwise end the capitalised name before it
  fw('Regional Strategy for the Stabilization, Recovery and Resilience of Boko Haram-affected Areas in the Lake Chad Basin Region'),
  // Official titles the chunk reader cut short (session 31 audit): at "and the" inside the title ("the Bamako Convention on the
  // Ban of the Import into Africa" before "and the Control of ...", A/RES/78/49 OP7, 80/26; "the Nagoya Protocol on Access to
  // Genetic Resources" before "and the Fair and Equitable Sharing ...", 78/155, 79/208, 80/140; the Libreville Declaration,
  // 78/59 PP12, 79/68, 80/63; the Nairobi Declaration on Somali refugees, 78/185 PP13, 80/188; the Israeli-Palestinian Interim
  // Agreement, 78/121 OP19, 79/141; the Lima Convention's agreement, 78/146 PP16), or at a lower-case word inside it ("by
  // Stowaways", "at Sea", "carrying Liquefied Gases", the ocean texts 78/69, 79/144, 80/110; "in Southeast Asia", "concerning
  // Higher Education", "members of the Shanghai Cooperation Organization", "a Regional Electric Vehicle Ecosystem", 79/290, 79/284,
  // 79/332; "Established by the 1949 Convention ...", 78/68 OP181, 79/145)
  fw('Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity', [
    'Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization',
    'Nagoya Protocol',
  ]),
  fw('Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa', ['Bamako Convention']),
  fw('Libreville Declaration on the Adoption and Implementation of the Regional Strategy and Plan of Action for Combating Terrorism and the Trafficking in Small Arms and Light Weapons in Central Africa'),
  fw('Nairobi Declaration on Durable Solutions for Somali Refugees and the Reintegration of Returnees in Somalia'),
  // cut at "and the" after a list of commas (A/RES/79/68 OP15, 78/59, 80/63), then "the Lomé Declaration" once named (OP16)
  fw('Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism', [], ['Lomé Declaration']),
  // ECCAS's strategy, printed in lower case: "Recalls the adoption, by the Conference of Heads of State and Government of the
  // Economic Community of Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy on
  // preventing and combating terrorism in Central Africa" (A/RES/79/68 OP14, 78/59, 80/63): a text adopted on a day
  fw('strategy on preventing and combating terrorism in Central Africa'),
  // the Standing Advisory Committee's declaration of 16 January 2023, its topic printed in lower case after a capitalised head
  // ("of the Kintélé Declaration on hate speech in Central Africa, 13 on 16 January 2023", A/RES/78/59 OP24, where the name was cut
  // at "on"), or all of it after its place ("the Kintélé declaration on hate speech ...", 79/68 OP24, 80/63): one declaration
  fw('Kintélé Declaration on hate speech in Central Africa', ['Kintélé declaration on hate speech in Central Africa']),
  // the Committee's declaration of its fifty-fifth ministerial meeting, its topic in lower case after a capitalised head ("recalling
  // the Sao Tome Declaration on refugees and internally displaced persons,15 adopted at ...", A/RES/78/59 OP26, where the name was
  // cut at "on"; "the Sao Tome declaration on ...", 79/68 OP26, 80/63 OP27): one declaration, as the Kintélé one
  fw('Sao Tome Declaration on refugees and internally displaced persons', ['Sao Tome declaration on refugees and internally displaced persons']),
  // ECOSOC's 2002 principles (resolution 2002/12), printed in lower case in a list of capitalised standards ("the Basic Principles
  // on the Role of Lawyers,8 ..., the basic principles on the use of restorative justice programmes in criminal matters, 10 the
  // United Nations Principles and Guidelines on Access to Legal Aid", A/RES/78/227 PP7; footnote 26 of 80/226): missed
  fw('Basic Principles on the Use of Restorative Justice Programmes in Criminal Matters', ['basic principles on the use of restorative justice programmes in criminal matters']),
  // the Group of 20's framework, printed in lower case once ("Encourages the Group of 20 to further strengthen the common framework
  // for debt treatments beyond the debt service suspension initiative", A/RES/80/151 OP63; capitalised in 79/323 and eight more)
  fw('Common Framework for Debt Treatments', ['common framework for debt treatments']),
  // the Group of 20's yearly updates of its 2016 Action Plan, each endorsed by one summit ("recalling that the Summit of the Group
  // of 20 held in Hamburg, Germany, on 7 and 8 July 2017 endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan on
  // the 2030 Agenda for Sustainable Development", A/RES/79/196 PP10, 78/136 PP8): "Update" heads no name, so none was read and the
  // plan inside each title was taken for what the summit endorsed; and the Bali summit's commitments named beside its update
  fw('Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development', ['Hamburg Update']),
  fw('Buenos Aires Update: Moving Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development', ['Buenos Aires Update']),
  fw('Osaka Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development', ['Osaka Update']),
  fw('Riyadh Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development', ['Riyadh Update']),
  fw('Rome Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development', ['Rome Update']),
  fw('Bali Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development', ['Bali Update']),
  fw('Group of 20 Development Commitments'),
  // the Standing Advisory Committee's declaration adopted at its fiftieth ministerial meeting, named by its lowercase topic with no
  // place ("Welcoming the adoption of the declaration on democratic and peaceful elections as a means of ... in Central Africa at
  // the fiftieth ministerial meeting", A/RES/79/68 PP30, 78/59, 80/63): missed, its "Sustainable Development Goals" alone found
  fw('declaration on democratic and peaceful elections as a means of strengthening stability and achieving the Sustainable Development Goals in Central Africa'),
  fw('Israeli-Palestinian Interim Agreement on the West Bank and the Gaza Strip'),
  fw('Agreement on the Protection of the Marine Environment and the Coastal Area of the South-East Pacific'),
  fw('Revised Guidelines on the Prevention of Access by Stowaways and the Allocation of Responsibilities to Seek the Successful Resolution of Stowaway Cases'),
  fw('Guidelines on the Treatment of Persons Rescued at Sea'),
  // the IGC and IBC codes, printed together (78/69 OP163, 79/144 OP157, 80/110 OP151): two codes, one word apart
  fw('International Code for the Construction and Equipment of Ships carrying Liquefied Gases in Bulk', ['International Code for the Construction and Equipment of Ships Carrying Liquefied Gases in Bulk']),
  fw('International Code for the Construction and Equipment of Ships carrying Dangerous Chemicals in Bulk', ['International Code for the Construction and Equipment of Ships Carrying Dangerous Chemicals in Bulk']),
  fw('Treaty of Amity and Cooperation in Southeast Asia'),
  fw('Global Convention on the Recognition of Qualifications concerning Higher Education', ['United Nations Educational, Scientific and Cultural Organization Global Convention on the Recognition of Qualifications concerning Higher Education']),
  fw('Treaty on Long-term Good-neighbourliness, Friendship and Cooperation among the States members of the Shanghai Cooperation Organization'),
  fw("Association of Southeast Asian Nations Leaders' Declaration on Developing a Regional Electric Vehicle Ecosystem", ['Association of Southeast Asian Nations Leaders’ Declaration on Developing a Regional Electric Vehicle Ecosystem']),
  fw('Convention for the Strengthening of the Inter-American Tropical Tuna Commission Established by the 1949 Convention between the United States of America and the Republic of Costa Rica', ['Antigua Convention']),
  // printed short before its full name in the same text ("parties to the Cape Town Agreement" in 78/68 OP87 before OP88's full
  // title; "the Nagoya-Kuala Lumpur Supplementary Protocol on 5 March 2018" in 80/140 PP37 before OP44's): one instrument
  fw('Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol of 1993 relating to the Torremolinos International Convention for the Safety of Fishing Vessels, 1977', ['Cape Town Agreement of 2012', 'Cape Town Agreement']),
  fw('Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety', ['Nagoya-Kuala Lumpur Supplementary Protocol']),
  // UNCITRAL's texts for small businesses, cut at the suspended hyphen ("the Legislative Guide on Insolvency Law for Micro- and
  // Small Enterprises", A/RES/78/106 PP6, was read "... for Micro"; "the Guide on Access to Credit for Micro-, Small and
  // Medium-sized Enterprises", its title and OP2, not read)
  fw('Legislative Guide on Insolvency Law for Micro- and Small Enterprises'),
  fw('Guide on Access to Credit for Micro-, Small and Medium-sized Enterprises'),
  // two agencies' guidelines named by their agency and a lowercase topic, so the capitals reader finds only the agency: the WHO's
  // 2021 air quality guidelines ("in line with the World Health Organization global air quality guidelines released in September
  // 2021", A/RES/78/158, 79/212, 80/143) and the IMO's wildlife-smuggling guidelines (FAL.5/Circ.50: "Welcoming the International
  // Maritime Organization guidelines for the prevention and suppression of the smuggling of wildlife on ships engaged in
  // international maritime traffic", A/RES/79/313 PP38; "encourages States to implement ...", 78/69, 79/144, 80/110)
  fw('WHO Global Air Quality Guidelines', ['World Health Organization global air quality guidelines', 'WHO global air quality guidelines']),
  fw('Guidelines for the Prevention and Suppression of the Smuggling of Wildlife on Ships Engaged in International Maritime Traffic', [
    'International Maritime Organization guidelines for the prevention and suppression of the smuggling of wildlife on ships engaged in international maritime traffic',
  ]),
  // the snow-leopard texts' regional instruments (A/RES/79/143 PP9): "the Memorandum of Understanding on the Conservation of the
  // Snow Leopard and its Ecosystems in the Western Tien Shan and Pamir-Alai, signed by Kazakhstan, ..." (the lowercase "its"
  // ended the capitalised name before "and its Ecosystems"), "the Samarkand Resolution of 2024 for snow leopard conservation and
  // climate adaptation, adopted at the eighth Steering Committee Meeting of ..." (the head word "Resolution" is a UN text's, read
  // by number only), and the jaguar range States' plan "the Jaguar 2030 road map" (a lowercase head)
  fw('Memorandum of Understanding on the Conservation of the Snow Leopard and its Ecosystems in the Western Tien Shan and Pamir-Alai'),
  fw('Samarkand Resolution'),
  fw('Jaguar 2030 Roadmap', ['Jaguar 2030 road map', 'Jaguar 2030 Road Map']),
  // the instruments of 1900 and 1904 by which American Samoa's chiefs ceded the islands to the United States ("the protection of
  // its Indigenous rights to the land as provided for in the Deeds of Cession", A/RES/78/86 PP19, 79/99, 80/90): no head word names
  // them
  fw('Deeds of Cession'),
  // the Disarmament Commission's 2023 text, named by its quoted title in full ("the adoption by consensus by the Disarmament
  // Commission of the “Recommendations to promote ... in accordance with the recommendations set out in the report of the Group of
  // Governmental Experts ...”", A/RES/78/52 PP11, QUOTED_INSTRUMENT_TITLE_RE) and, in the outer-space texts, unquoted in lower case
  // and cut before "in accordance with" ("the consensual adoption in 2023 by the Disarmament Commission of the recommendations to
  // promote ... with the goal of preventing an arms race in outer space", A/RES/78/19 PP18, 79/19, 80/19): one text, not missed;
  // the space-threats texts print the whole title in lower case without "activities" and the comma ("Welcoming also the
  // recommendations to promote ... measures in outer space with the goal of preventing an arms race in outer space in accordance
  // with the recommendations set out in the report of the Group ... adopted by the Disarmament Commission", A/RES/78/20 PP19, 79/22):
  // the same text, the Group inside its title as in the quoted one
  fw('Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities', [
    'recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space',
    'recommendations to promote the practical implementation of transparency and confidence-building measures in outer space with the goal of preventing an arms race in outer space in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities',
  ]),
];
