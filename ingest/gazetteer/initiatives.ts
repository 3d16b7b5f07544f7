// Initiatives: programmes, coalitions, platforms, databases, prizes, report series, partnerships,
// networks and mechanisms named in resolutions (mostly digital cooperation / WSIS / STI texts).
import { gazetteerEntry, type GazetteerEntry } from './types.js';

function ini(name: string, aliases: string[] = [], acronym?: string, shortForms: string[] = []): GazetteerEntry {
  return gazetteerEntry('Initiative', name, acronym, aliases, shortForms, undefined);
}

export const INITIATIVES: GazetteerEntry[] = [
  // the OECD and UNDP's tax-audit assistance programme of the tax texts: "the joint Organisation for Economic Co-operation and
  // Development/United Nations Development Programme initiative, Tax Inspectors Without Borders" (A/RES/78/140 PP35, 79/234,
  // 80/126), "in the joint Tax Inspectors Without Borders programmes" (78/230 PP25): named in capitals, no node before
  ini('Tax Inspectors Without Borders'),
  // the donors' and agencies' humanitarian-financing compact of 2016: "in line with the Grand Bargain on humanitarian financing
  // announced at the World Humanitarian Summit" (A/RES/78/73 OP20): a two-word name the capitals reader does not keep
  ini('Grand Bargain'),
  // Gavi's vaccine-financing mechanism, listed with the International Finance Facility for Immunization as an innovative financing
  // initiative ("other initiatives such as the International Finance Facility for Immunization and the Advance Market Commitment for
  // Vaccines", A/RES/78/174 OP62, 79/146, 80/178): an initiative, not a framework by its head "Commitment"
  ini('Advance Market Commitment for Vaccines'),
  // the Secretary-General's review of UNRWA's neutrality, led by Catherine Colonna, printed in full ("the 50 recommendations of the
  // Independent Review of Mechanisms and Procedures to Ensure Adherence by UNRWA to the Humanitarian Principle of Neutrality
  // (Colonna Report)", A/RES/79/232 OP5, 80/77 OP24; "Recalling the Independent Review ..., led by Catherine Colonna", 80/77 PP25),
  // by its report's name ("the recommendations of the Colonna Report", 80/77 PP7) or, after the full name, "the Independent Review
  // (Colonna Report)" (80/77 OP41): one review; UNRWA inside its name is no mention of the Agency
  ini('Independent Review of Mechanisms and Procedures to Ensure Adherence by UNRWA to the Humanitarian Principle of Neutrality', ['Colonna Report'], undefined, ['Independent Review']),
  // "noting the debt swap initiative of the Economic Commission for Latin America and the Caribbean, Debt for Climate Adaptation
  // Swap" (A/RES/79/197 PP20, 78/137): named in capitals after the lowercase description, with "for" inside it
  ini('Debt for Climate Adaptation Swap'),
  // the experts' network of the Harmony with Nature texts: "Noting the work of the experts of the Harmony with Nature Knowledge
  // Network" (A/RES/79/210 PP33, OP6): the lowercase "with" inside the name had the capitals reader read nothing
  ini('Harmony with Nature Knowledge Network'),
  // the conference-services platforms of the pattern-of-conferences texts: "Notes that the Official Document System is the
  // official digital repository of the United Nations" (A/RES/79/248 OP83, 78/245, 80/234; "the posting of parliamentary
  // documentation on the Official Document System", 78/330), "new modules of the e-deleGATE portal, the iGov portal"
  // (A/RES/79/248 OP44, 80/234), "within the e-deleGATE platform" (80/242), "the roll-out of the iGov platform" (79/327).
  // No acronym: "ODS" is also the ozone-depleting substances of the Montreal Protocol texts
  ini('Official Document System'),
  // the permanent memorial at United Nations Headquarters to the victims of slavery and the transatlantic slave trade: "the erection
  // of the permanent memorial for the victims of slavery and the slave trade, including the transatlantic slave trade, the Ark of
  // Return, based on the theme ..." (A/RES/79/161 PP33, 78/234, 80/193): the capitals reader takes "Return" as a lone word; a
  // project of the Assembly, as the aud56w gold reads it (no kind of its own for a monument)
  ini('Ark of Return'),
  // the Secretary-General's 2020 financing process with Canada and Jamaica, printed with its head ("noting also the Financing for
  // Development in the Era of COVID-19 and Beyond Initiative", A/RES/78/136 PP9, 79/196) and without it ("the informal process
  // launched by the Secretary-General and the Governments of Canada and Jamaica on Financing for Development in the Era of COVID-19
  // and Beyond", A/RES/78/140 PP19, 79/234): one node, keyed as the head prints it
  ini('Financing for Development in the Era of COVID-19 and Beyond Initiative', ['Financing for Development in the Era of COVID-19 and Beyond']),
  // the Group of 20's initiative of its 2016 Hangzhou Summit, printed "the Group of 20 Initiative on Supporting
  // Industrialization in Africa and Least Developed Countries, launched by the leaders of the Group of 20" (A/RES/79/222 OP15,
  // the industrial development cooperation texts): its name goes on after "and", and the Group leads it
  ini('Initiative on Supporting Industrialization in Africa and Least Developed Countries'),
  // the health texts' partnerships, printed side by side: "global networks such as the Global Action Plan for Healthy Lives and
  // Well-being for All and UHC2030, which launched the UHC Action Agenda in March 2023" (A/RES/78/4 annex OP102): two
  // initiatives, not one framework named "... for All and UHC2030"
  ini('Global Action Plan for Healthy Lives and Well-being for All'),
  // the Stop TB Partnership's drug-procurement facility, printed "the Stop TB Partnership/Global Drug Facility" (A/RES/73/3 OP15,
  // 78/5 annex OP37), "the Stop TB Partnership Global Drug Facility" (A/RES/79/2 annex OP37) and "the Global Drug Facility"
  // (78/5): one facility, not three nodes (no acronym: "GDF" is not printed)
  ini('Stop TB Partnership Global Drug Facility', ['Stop TB Partnership/Global Drug Facility', 'Global Drug Facility']),
  ini('UHC2030', ['International Health Partnership for UHC 2030']),
  // the partnership ASEAN and the United Nations entered in 2011, printed "the Comprehensive Partnership between the Association
  // of Southeast Asian Nations and the United Nations" (A/RES/79/290 PP8) and "the Association of Southeast Asian
  // Nations-United Nations Comprehensive Partnership" (OP6): one partnership, not a "Comprehensive Partnership" every text shares
  ini('ASEAN-United Nations Comprehensive Partnership', [
    'Association of Southeast Asian Nations-United Nations Comprehensive Partnership',
    'Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations',
    'Comprehensive Partnership between ASEAN and the United Nations',
  ]),
  // the States' initiative for the torture convention's universal ratification (A/RES/80/198 OP52): read as the Convention
  ini('Convention against Torture Initiative'),
  // the youth texts' partnership and programme (A/RES/80/180 PP13 "the Generation Unlimited global partnership", OP32 "with
  // Governments on the United Nations Youth Delegate Programme"; 78/179): not read
  ini('Generation Unlimited'),
  // the simulations of United Nations bodies young people hold ("Recognizing the important contribution of Model United Nations
  // to diplomacy ...", A/RES/80/180 PP18, 78/179): the programme, not the Organization
  ini('Model United Nations'),
  // the mHealth initiative of the World Health Organization and the International Telecommunication Union (since 2012), printed
  // "mHealth initiatives, such as Be He@lthy, Be Mobile, which has been an ongoing collaboration between the World Health
  // Organization and the International Telecommunication Union since 2012" (A/RES/79/287 PP23): not read (its "@", its comma)
  ini('Be He@lthy, Be Mobile', ['Be Healthy, Be Mobile']),
  // the partnership the United Nations Environment Programme, UNICEF and the International Labour Organization launched in 2022
  // ("taking note of the Global Initiative on Decent Jobs for Youth as well as the launch of the Green Jobs for Youth Pact",
  // A/RES/80/180 PP32, 78/179): a coalition, as the Global Initiative beside it, not a framework as "the Pact for the Future"
  ini('Green Jobs for Youth Pact'),
  ini('United Nations Youth Delegate Programme'),
  // the World Customs Organization's programme against the diversion of explosive precursors, printed after a lower-case
  // "programme": "the programme Global Shield, led by the World Customs Organization" (A/RES/79/53 PP28), "the Programme
  // Global Shield of the World Customs Organization" (OP8)
  ini('Global Shield', ['Programme Global Shield', 'programme Global Shield']),
  // INTERPOL's projects against the diversion of chemical precursors, listed after its Project Watchmaker under one plural head: "the
  // INTERPOL Project Watchmaker, Chemical Anti-Smuggling Enforcement and Chemical Risk Identification and Mitigation projects"
  // (A/RES/79/53 OP8): no capitalised head of their own
  ini('Chemical Anti-Smuggling Enforcement', ['Chemical Anti-Smuggling Enforcement project']),
  ini('Chemical Risk Identification and Mitigation', ['Chemical Risk Identification and Mitigation project']),
  // the UNFCCC's programme on gender (decision 18/CP.20, enhanced by decision 3/CP.25), printed in lower case after the city:
  // "in accordance with the enhanced Lima work programme on gender and its gender action plan" (A/RES/79/223 PP12, 78/150 PP),
  // "strengthen the implementation of the enhanced Lima work programme on gender and its gender action plan adopted by the
  // Conference of the Parties ..." (A/RES/78/153, 79/206, 80/138): a programme, not a mention of Lima
  ini('Lima work programme on gender', ['enhanced Lima work programme on gender']),
  // the UNFCCC's programme on just transition pathways (decision 3/CMA.5), printed in lower case after the host country of the
  // twenty-eighth session: "in order to achieve the goals of the Paris Agreement, and the United Arab Emirates just transition work
  // programme on just transition pathways, in accordance with decisions 1/CP.27, 1/CMA.4 and 3/CMA.5" (A/RES/80/138 OP11): a
  // programme, not a mention of the State
  ini('United Arab Emirates just transition work programme', ['UAE just transition work programme']),
  ini('e-deleGATE', ['e-deleGATE portal', 'e-deleGATE platform']),
  ini('iGov', ['iGov portal', 'iGov platform']),
  // the Secretariat's online platforms for senior appointments: "Commends the creation and further development of the Senior
  // Leadership Talent Pool and the Senior Leadership Vacancies portal, requests the Secretariat to continue the practice of
  // regularly updating these online platforms" (A/RES/79/327 OP45): a pool and a portal in lower case, no head read
  ini('Senior Leadership Talent Pool'),
  ini('Senior Leadership Vacancies portal'),
  // the Secretariat's computer-assisted translation system, named in parentheses after what it is: "Welcomes the development of
  // the computer-assisted translation and machine translation system (eLUNa)" (A/RES/79/248 OP106, 78/245, 80/234), "translation
  // technologies such as eLUNa" (78/330 OP65)
  ini('eLUNa'),
  // the conference-management software listed after the portals: "new modules of the e-deleGATE portal, the iGov portal and
  // conference management software such as gData, gDoc, gMeets and gText" (A/RES/79/248 OP44, 78/245, 80/234)
  ini('gData'),
  ini('gDoc'),
  ini('gMeets'),
  ini('gText'),
  // the Aral Sea texts' funds and programmes, printed in lower case: "through the International Fund for Saving the Aral Sea and
  // the multi-partner human security trust fund for the Aral Sea region" (A/RES/78/147 PP4, OP6, OP7; the United Nations
  // fund set up in Uzbekistan in 2018), "the modalities for the establishment of the United Nations special programme for the
  // Aral Sea basin" (ESCAP resolution 79/8, A/RES/78/147 PP9): no name was read
  ini('United Nations Multi-Partner Human Security Trust Fund for the Aral Sea Region', [
    'Multi-Partner Human Security Trust Fund for the Aral Sea Region',
    'multi-partner human security trust fund for the Aral Sea region',
  ]),
  ini('United Nations Special Programme for the Aral Sea Basin', ['United Nations special programme for the Aral Sea basin']),
  // UNODC's handbook (A/RES/78/226 PP17): its name goes on past "by" and a colon ("... Exploited by Terrorist and Violent
  // Extremist Groups: the Role of the Justice System"), where the capitals reader stopped
  ini('Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: The Role of the Justice System', [
    'Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: the Role of the Justice System',
    'Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups',
  ]),
  // UNODC's counter-terrorism tools, named in the technical-assistance texts (A/RES/78/226 OP9, OP12; 80/229): the portal's
  // name ends in lower case ("the Sharing Electronic Resources and Laws on Crime knowledge management portal") and the guide's
  // runs on past "for" and "Across", where the capitals reader stopped or read nothing
  ini('Sharing Electronic Resources and Laws on Crime knowledge management portal', [
    'Sharing Electronic Resources and Laws on Crime',
  ], 'SHERLOC'),
  ini('Practical Guide for Requesting Electronic Evidence Across Borders'),
  // the United Nations-NGO arrangement for security collaboration in the field, named with a lowercase "framework": "based on the
  // Saving Lives Together framework as well as other relevant national and local initiatives" (A/RES/80/112 OP48, 79/138,
  // 78/118): no name was read (its words hold no head)
  ini('Saving Lives Together'),
  // the Secretary-General's fund for staff security (1998), printed in lower case: "encourages all States to contribute to the
  // trust fund for security of staff members of the United Nations system" (A/RES/79/138 OP49, 78/118, 80/112): no name was read
  ini('Trust Fund for Security of Staff Members of the United Nations System', ['trust fund for security of staff members of the United Nations system']),
  // the Secretary-General's fund of 1973 for the first Decade against racism, printed in lower case: "Recalls the establishment by
  // the Secretary-General, in 1973, of the trust fund for the Programme for the Decade for Action to Combat Racism and Racial
  // Discrimination" (A/RES/79/161 OP36, 78/234 OP36, 80/193 OP45): no name was read; once it is named, "the trust fund" is it
  // ("appreciates the fact that the trust fund has also been utilized", OP36)
  ini('Trust Fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination', ['trust fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination'], undefined, ['trust fund']),
  // the trust fund for the 2006 oil spill off Lebanon, printed in lower case: "the agreement of the Lebanon Recovery Fund to host
  // the Eastern Mediterranean oil spill restoration trust fund" (A/RES/80/130 PP13, OP7; 79/200, 78/143): no name was read
  // (before); once it is named, "the trust fund" is it: "no contributions have been made to the trust fund" (PP13, OP8)
  ini('Eastern Mediterranean Oil Spill Restoration Trust Fund', ['Eastern Mediterranean oil spill restoration trust fund'], undefined, ['trust fund']),
  // the mine action database ("an information management system, such as the Information Management System for Mine Action",
  // A/RES/80/74 OP6, 78/70 OP6)
  ini('Information Management System for Mine Action', [], 'IMSMA'),
  // IUCN's assessment of species, a database: "classified as “vulnerable” on the International Union for Conservation of Nature
  // Red List of Threatened Species in 2017" (A/RES/79/143 PP7, 78/278) was an Organization named so
  ini('International Union for Conservation of Nature Red List of Threatened Species', ['IUCN Red List of Threatened Species', 'IUCN Red List']),
  // a programme of the Office for Outer Space Affairs (the outer space texts: 'the United Nations Platform for Space-based Information
  // for Disaster Management and Emergency Response (UN-SPIDER)', 'within the framework of UN-SPIDER')
  ini('United Nations Platform for Space-based Information for Disaster Management and Emergency Response', [], 'UN-SPIDER'),
  // the humanitarian texts' response tools (A/RES/78/120, 79/139, 80/113 on natural disasters): "the important contribution of the
  // United Nations Disaster Assessment and Coordination system ..., and encourages the continued incorporation into this mechanism
  // of experts" (OP50), "the use of the Index for Risk Management" (OP86), "through greater use of the Gender with Age Marker" (OP68;
  // also 78/119, 79/140): named in capitals, read as nothing (no acronym: "UNDAC", "INFORM" are not printed)
  ini('United Nations Disaster Assessment and Coordination system', ['United Nations Disaster Assessment and Coordination']),
  ini('Index for Risk Management'),
  ini('Gender with Age Marker'),
  // the United Nations small-arms funding facility, printed "the Saving Lives Entity fund" (A/RES/79/40 OP27) or "the Saving
  // Lives Entity initiative" (A/RES/79/67 PP4): a fund, as the Trust Facility Supporting Cooperation on Arms Regulation is;
  // its head word "Entity" made it an Organization
  ini('Saving Lives Entity', [], 'SALIENT'),
  // the Office for Disarmament Affairs' annual reporting instrument, named in full once ("the United Nations Report on Military
  // Expenditures", A/RES/80/12 PP7) and then without "United Nations" ("the continuing importance of the Report on Military
  // Expenditures", PP12; "periodic reviews of the Report on Military Expenditures", OP9), where the head word 'Report' cannot start a name
  ini('United Nations Report on Military Expenditures', ['Report on Military Expenditures']),
  // the directory set up by the 2021-2025 ICT security working group, printed lowercase ("welcomes the establishment of the global
  // intergovernmental points of contact directory as the first universal confidence-building measure", A/RES/78/237 OP4)
  // (and by its short name: "existing initiatives set up under the auspices of the OEWG 2021–2025 ..., including, inter alia, the
  // Global POC Directory", A/RES/79/237 OP2)
  // (and before it was set up, as "the establishment of a global intergovernmental directory of points of contact as a
  // confidence-building measure", A/RES/78/16 PP11)
  // ("calls upon States to use this instrument ... to continuously improve the directory", A/RES/78/237 OP4: the lower-case short
  // form, once the directory was named)
  ini('Global Intergovernmental Points of Contact Directory', ['global intergovernmental points of contact directory', 'Global POC Directory', 'global intergovernmental directory of points of contact'], undefined, ['directory']),
  // the Office of the High Commissioner's database of measures against racism, printed lowercase: "including the maintenance by
  // the Office of the High Commissioner of the database on practical means to combat racism, racial discrimination, xenophobia
  // and related intolerance" (A/RES/78/190 OP5, 79/160, 80/192): a database, no name was read (its words hold no head)
  ini('Database on Practical Means to Combat Racism, Racial Discrimination, Xenophobia and Related Intolerance', ['database on practical means to combat racism, racial discrimination, xenophobia and related intolerance']),
  // the knowledge-sharing platform of the United Nations Office for South-South Cooperation, printed without "the": "through
  // platforms such as South-South Galaxy, the Global South-South Development Expo, ..." (A/RES/79/236 OP10, A/RES/80/156)
  ini('South-South Galaxy'),
  // UNCITRAL's case-law database, kept by the Secretariat: "the system for the collection and dissemination of case law on
  // Commission texts (the CLOUT system)", "a rejuvenation of the CLOUT system", "the availability and usefulness of the CLOUT
  // system" (A/RES/80/161 OP19, OP20; 78/103, 79/117): a database, as the WSIS stocktaking database is
  ini('Case Law on UNCITRAL Texts', ['CLOUT system'], 'CLOUT'),
  // the small island States' sustainable energy initiative, printed in capitals without "the" in a list of initiatives: "the Small
  // Island Developing States Lighthouses Initiative, SIDS DOCK, the Energy Efficiency Hub" (A/RES/80/142 PP32, 79/211, 78/157)
  ini('SIDS DOCK'),
  ini('Technology Facilitation Mechanism', ['United Nations Technology Facilitation Mechanism'], 'TFM'),
  // the Small Island Developing States Centre of Excellence's mechanism, printed with its owner after it: "Reaffirms support for
  // the Innovation and Technology Mechanism of the Small Island Developing States Centre of Excellence" (A/RES/80/147 OP46; 79/3
  // annex (g)): the mechanism PART_OF the Centre, two nodes (aud45c gold), not one name
  ini('Innovation and Technology Mechanism'),
  // the inter-agency task team's second phase (2022); its Global Pilot Programme (2019) is a programme of its own,
  // printed with and without "the" before "Sustainable Development Goals" (A/RES/78/160 PP42 and OP34)
  ini('Partnership in Action on Science, Technology and Innovation for Sustainable Development Goals Road Maps', ['Partnership in Action on STI for SDGs Road Maps']),
  ini('World Summit on the Information Society Prizes', ['WSIS Prizes', 'World Summit prizes', 'World Summit on the Information Society prizes']),
  // ITU's platform and its database are one: "We commend the International Telecommunication Union on its establishment of the
  // World Summit stocktaking platform ..., and encourage all stakeholders to contribute to the stocktaking database" (A/RES/80/173 OP107)
  ini('World Summit on the Information Society Stocktaking database', ['WSIS Stocktaking database', 'WSIS Stocktaking Database', 'stocktaking database', 'World Summit stocktaking database', 'World Summit stocktaking platform', 'WSIS Stocktaking Platform']),
  ini('World Summit on the Information Society stocktaking process', ['World Summit stocktaking process', 'WSIS stocktaking process']),
  ini('World Summit on the Information Society-Sustainable Development Goals matrix', ['WSIS-SDG Matrix', 'World Summit on the Information Society–Sustainable Development Goals matrix']),
  ini('World Summit process and 2030 Agenda-Global Digital Compact matrix', []),
  ini('Partnership on Measuring Information and Communications Technology for Development', ['Partnership on Measuring ICT for Development']),
  ini('Digital Public Goods Alliance'),
  // the Human Rights Council's review of every State (A/RES/78/197 OP11 "in the context of the universal periodic review"); its
  // cycles, "the outcome of its first, second, third and fourth universal periodic reviews" (A/RES/80/220 OP2(c), OP20(l);
  // 78/218, 78/220, 79/181, 79/183, 80/222), are that review
  ini('universal periodic review', ['Universal Periodic Review', 'universal periodic review mechanism', 'Universal Periodic Review mechanism', 'universal periodic reviews'], 'UPR'),
  // the index the Assembly adopted by resolution 78/322 (its secretariat, custodianship and Independent Expert Advisory Panel),
  // printed in lower case ("Stresses that the use of the multidimensional vulnerability index is voluntary", 78/322 OP3;
  // "the secretariat of the multidimensional vulnerability index", 80/146 OP1-OP4; 78/232, 79/1, 79/196). Capitalised it is
  // only the tail of the High-level Panel's name, which stays the Panel's
  ini('multidimensional vulnerability index'),
  // the dialogue the Conference of the Parties to the UNFCCC holds each year on the ocean and climate change, printed in lower case:
  // "Taking note of the ocean and climate change dialogue, first established at the twenty-fifth session" (A/RES/78/319 PP13), "We
  // welcome the convening of the ocean and climate change dialogue through the United Nations climate change conferences" (79/314
  // annex OP8), "that Convention's ocean and climate change dialogue" (78/68 OP17)
  ini('ocean and climate change dialogue', ['ocean and climate change dialogues']),
  ini('Giga initiative', ['Giga', 'Giga School Connectivity initiative']),
  // the Secretary-General's proposal of 2023 to scale up financing for the Goals, printed in lower case: "the Secretary-General's
  // proposal for a Sustainable Development Goal stimulus" (A/RES/79/1 para. 23), "through an SDG stimulus" (the financing texts)
  ini('SDG Stimulus', ['Sustainable Development Goal stimulus', 'SDG stimulus']),
  // the Secretary-General's proposal of October 2008, printed in lower case with its year: "Recalling the 2008 five-point proposal
  // for nuclear disarmament of the Secretary-General, in which he proposed ..." (A/RES/78/33 PP9, and its sisters of every year)
  ini('Five-Point Proposal for Nuclear Disarmament', ['five-point proposal for nuclear disarmament']),
  // A/RES/80/118 PP38: "the Global Partnership for Gender Equality in the Digital Age, known as the Equals Partnership"
  ini('Global Partnership for Gender Equality in the Digital Age', ['EQUALS initiative', 'EQUALS Global Partnership', 'Equals Partnership', 'EQUALS Partnership'], 'EQUALS'),
  ini('EQUALS in Tech Awards'),
  ini('eTrade for Women Network', ['eTrade for Women']),
  // the inter-agency network the Office of the High Commissioner coordinates, printed in lower case (A/RES/78/211 PP18, OP13,
  // OP20: "notes the work of the United Nations network on racial discrimination and protection of minorities")
  ini('United Nations Network on Racial Discrimination and Protection of Minorities', ['United Nations network on racial discrimination and protection of minorities']),
  ini('eTrade for All initiative', ['eTrade for All']),
  // UNCTAD's country assessments of readiness for e-commerce, printed in lower case beside eTrade for All ("the e-trade readiness
  // assessments tool, launched by the United Nations Conference on Trade and Development", A/RES/79/194 OP16; 80/118 OP19;
  // "has initiated and implemented rapid e-trade readiness assessments of the least developed countries", 78/132 OP14)
  // (named as the resolutions print it)
  ini('e-trade readiness assessments', ['eTrade Readiness Assessments', 'eTrade readiness assessments', 'e-trade readiness assessments tool']),
  ini('Information for All Programme', ['Intergovernmental Information for All Programme'], 'IFAP'),
  ini('Artificial Intelligence for Good platform', ['AI for Good platform', 'AI for Good']),
  // (A/RES/78/265 PP4: "the launch of the International Telecommunication Union’s Artificial Intelligence Repository")
  ini('International Telecommunication Union Artificial Intelligence Repository', ['AI for Good Artificial Intelligence Repository', 'ITU AI Repository', "International Telecommunication Union's Artificial Intelligence Repository"]),
  // the tools of UNESCO's implementation plan for its Recommendation on the Ethics of AI (A/RES/78/265 PP4, 79/325)
  ini('Readiness Assessment Methodology'),
  ini('Ethical Impact Assessment'),
  // the Office for Disarmament Affairs' youth programme: "the Youth4Disarmament Initiative" (A/RES/78/40 OP12), "the dedicated
  // digital platform Youth4Disarmament" (A/RES/78/31 OP5), "the Youth4Disarmament initiative of the Office for Disarmament Affairs"
  ini('Youth4Disarmament Initiative', ['Youth4Disarmament', 'Youth4Disarmament initiative']),
  // the measures of youth disarmament education A/RES/80/48 OP12 (78/40, 79/41) welcomes with it: "“Disarmament education:
  // resources for learning”" (the Office for Disarmament Affairs' online course) and "the “Youth Leader Fund for a world
  // without nuclear weapons”" (a programme for young leaders, not a fund-keeping body: the "Fund" word read it as an Organization,
  // cut at "for a world")
  ini('Disarmament Education: Resources for Learning', ['Disarmament education: resources for learning']),
  ini('Youth Leader Fund for a World without Nuclear Weapons', ['Youth Leader Fund for a world without nuclear weapons']),
  ini('Partner2Connect Digital Coalition', ['Partner2Connect', 'P2C Digital Coalition'], 'P2C'),
  ini('Broadband Advocacy Targets'),
  // the African Union programme ("the resolutions of the General Assembly on the New Partnership for Africa’s Development")
  ini('New Partnership for Africa\'s Development', [], 'NEPAD'),
  ini('Digital Economy Report'),
  ini('Technology and Innovation Report'),
  ini('Information Economy Report'),
  // UNCTAD's report series on commodities, named as series in the yearly commodities texts: "the United Nations Conference on
  // Trade and Development Commodities and Development Reports, ..., and its State of Commodity Dependence reports" (A/RES/78/138
  // PP17; "its State of Commodity Dependence 2025 report", 80/124 PP15) had no node
  ini('Commodities and Development Report', ['Commodities and Development Reports']),
  ini('State of Commodity Dependence'),
  ini('The State of Broadband', ['State of Broadband report']),
  ini('Measuring Digital Development series', ['Measuring Digital Development']),
  ini('Information and Communications Technology Development Index', ['ICT Development Index'], 'IDI'),
  ini('Global Survey on Gender and Media'),
  ini('Women on the Homepage'),
  ini('Gender-Sensitive Indicators for Media'),
  ini('Global Observatory for eHealth'),
  ini('Digital Initiatives for Indigenous Languages toolkit', ['Digital Initiatives for Indigenous Languages']),
  ini('Multi-stakeholder Alliance on ICTs and Older Persons'),
  ini('Best Practice Forum on Gender and Access'),
  ini('Internet Governance Forum Plus', ['IGF Plus']),
  ini('Secretary-General\'s strategy on new technologies', ['Secretary-General’s strategy on new technologies']),
  ini('International Telecommunication Union Global Cybersecurity Agenda', ['Global Cybersecurity Agenda']),
  ini('Global Cybersecurity Index'),
  ini('Digital Transformation Centres initiative', ['Digital Transformation Centres']),
  // "encourages Member States to further engage with the Global Compact through those channels" after "the United Nations Global
  // Compact" (A/RES/79/228 OP29): its short form once it is named in full, as the migration compact's is (frameworks.ts)
  ini('United Nations Global Compact', [], undefined, ['Global Compact']),
  ini('Global Initiative on Digital Health'),
  // "the Early Warning for All initiative" (A/RES/78/145 OP23, A/RES/80/134 OP23): the same initiative, misspelt
  // (named without its generic head, printed lower case after it in every text: "the Secretary-General's Early Warnings for All
  // initiative", A/RES/79/233; the initiative's own name is "Early Warnings for All")
  ini('Early Warnings for All', ['Early Warnings for All initiative', 'Early Warning for All initiative', 'Early Warning for All']),
  // the financing mechanism named beside it, printed bare too ("through initiatives such as Early Warnings for All and Climate Risk
  // and Early Warning Systems", A/RES/78/317 annex 30; "the Climate Risk and Early Warning Systems (CREWS) initiative", 79/205)
  ini('Climate Risk and Early Warning Systems', ['Climate Risk and Early Warning Systems initiative'], 'CREWS'),
  // UNDRR's two tools the disaster risk reduction texts name together ("takes note of the ongoing work on the Global Risk Assessment
  // Framework and Risk Information Exchange", A/RES/78/152 OP21, 79/205, 80/137): two, not one framework named "... and ..."
  ini('Global Risk Assessment Framework', [], 'GRAF'),
  ini('Risk Information Exchange'),
  ini('Every Woman Every Child'),
  // the food security texts' named programmes, unread (no initiative head word, or a lowercase one after the name): "notes in
  // this regard the Scaling Up Nutrition movement" (A/RES/78/168 OP15, 79/190, 80/...), "the importance of the Globally Important
  // Agricultural Heritage Systems and the Biodiversity Mainstreaming Platform promoted by the Food and Agriculture Organization"
  // (OP26), "the temporary Food Shock Window of the International Monetary Fund" (OP7), "the initiative for the Adaptation of
  // African Agriculture to Climate Change" (PP52; "initiatives launched by African countries such as the Adaptation of African
  // Agriculture and the Security, Stability and Sustainability initiatives", the desertification texts)
  ini('Scaling Up Nutrition Movement', ['Scaling Up Nutrition movement', 'Scaling Up Nutrition']),
  ini('Globally Important Agricultural Heritage Systems'),
  ini('Food Shock Window'),
  // a fund's window, as the IMF's Food Shock Window is: "United Nations mechanisms such as the Digital Window of the Joint SDG
  // Fund" (A/RES/79/1 annex I OP67)
  ini('Digital Window'),
  ini('Adaptation of African Agriculture to Climate Change', ['Adaptation of African Agriculture']),
  // UNESCO's report series, named in the plural as a series: "Taking note also of the Global Education Monitoring Reports, which
  // monitor progress towards the education targets" (A/RES/79/267 PP15: no node)
  ini('Global Education Monitoring Report', ['Global Education Monitoring Reports']),
  ini('Sustainable Development Goals Report'),
  ini('Global Sustainable Development Report'),
  ini('Financing for Sustainable Development Report'),
  // the World Tourism Organization's periodic report on international tourism, printed after the Organization's name: "Taking
  // note of the World Tourism Organization World Tourism Barometer of September 2025, ... and noting, however, that it was mentioned
  // in the World Tourism Barometer of May 2025" (A/RES/80/134 PP21, 78/145): a report series, as the other reports here
  ini('World Tourism Barometer'),
  // the 10-Year Framework of Programmes' tourism programme, printed by its short name with its framework ("to join the Sustainable
  // Tourism Programme of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns", A/RES/80/134 OP20,
  // 78/145) and by its network's name ("existing initiatives, such as the One Planet Sustainable Tourism Programme", OP27): one programme
  ini('One Planet Sustainable Tourism Programme', ['Sustainable Tourism Programme']),
  // a regional tourism brand named as one of the joint initiatives: "the existing joint initiatives designed and implemented to
  // stimulate regional tourism integration ..., such as the Mayan World regional brand" (A/RES/78/145 PP28, 80/134)
  ini('Mayan World regional brand', ['Mayan World']),
  // the 10-Year Framework of Programmes' partnership, named by its own name after the framework's: "the 10-Year Framework of
  // Programmes on Sustainable Consumption and Production Patterns and its One Planet network" (A/RES/80/135 OP9) had no node
  ini('One Planet network'),
  ini('World Economic Situation and Prospects'),
  // the Population Division's flagship report, cited by its revision in a footnote: "World Population Prospects: 2024 Revision
  // (United Nations publication, 2024)" (A/RES/80/179 PP9 note 12; 79/147, "United Nations, Department of Economic and Social
  // Affairs, Population Division, World Population Prospects: 2024 Revision"; 78/177, "2022 Revision")
  ini('World Population Prospects'),
  // the Convention against Corruption's peer review, printed in full or, after the Convention is named, "its full support for the
  // Mechanism for the Review of Implementation of the Convention" (A/RES/80/126 PP5, 78/140 PP4, 78/229 OP3): one mechanism, not
  // one more node cut before "of the Convention" (UNTOC's is "the Mechanism for the Review of the Implementation of ...")
  ini('Mechanism for the Review of Implementation of the United Nations Convention against Corruption', ['Mechanism for the Review of Implementation of the Convention']),
  ini('E-Government Survey', ['United Nations E-Government Survey']),
  // the regular budget's capacity-development programme (section 35), printed "the Development Account" or "the United
  // Nations Development Account" (A/RES/78/290 PP25)
  ini('Development Account', ['United Nations Development Account']),
  ini('United Nations Public Service Awards'),
  // the Assembly's five-yearly human rights prize (resolution 2217 A (XXI)), printed by what resolution 2217 A (XXI) called it:
  // "in which it decided to award at five-year intervals the United Nations award for outstanding achievements in the field of
  // human rights" (A/RES/78/194 PP5)
  ini('United Nations Prize in the Field of Human Rights', ['United Nations award for outstanding achievements in the field of human rights', 'United Nations Human Rights Prize']),
  ini('Capacity Development Programme on Artificial Intelligence', []),
  // A/RES/80/118 OP17: "the recommendation on a Global Fund on AI" (not the Global Fund against AIDS, TB and malaria)
  ini('Global Fund for Artificial Intelligence', ['Global Fund for AI', 'Global Fund on AI', 'Global Fund on Artificial Intelligence']),
  ini('Global Network of Digital Transformation Centres'),
  ini('Global Alliance for ICT and Development', [], 'GAID'),
  // UNESCO's partnership of literacy programmes, whose name goes on past "within": "the Strategies (2020–2025) of the Global
  // Alliance for Literacy within the Framework of Lifelong Learning" (A/RES/79/151 OP5; 77/192), "the strategy of the Global
  // Alliance for Literacy" (OP16): not a Framework "of Lifelong Learning"
  ini('Global Alliance for Literacy within the Framework of Lifelong Learning', ['Global Alliance for Literacy']),
  ini('Digital Solidarity Fund'),
  // its road maps by the short name the texts give them in brackets after its full name ("the Global Pilot Programme on ... Road
  // Maps (STI for SDGs road maps)", A/RES/78/160 PP42), then alone: "including through STI for SDGs road maps and the online
  // platform" (A/RES/79/334 OP22, 80/147): the programme's, not the Sustainable Development Goals named in it
  ini('Global Pilot Programme on Science, Technology and Innovation for Sustainable Development Goals Road Maps', ['Global Pilot Programme on Science, Technology and Innovation for the Sustainable Development Goals Road Maps'], 'STI for SDGs road maps'),
  // A/RES/78/160 PP33: "Taking note with appreciation of the United Nations Technology Innovation Labs"
  ini('United Nations Technology Innovation Labs', []),
  ini('online platform of the Technology Facilitation Mechanism', ['2030 Connect']),
  ini('United Nations Digital Cooperation Portal', []),
  ini('Youth Campaigns', []),
  ini('Generation Connect', []),
  ini('Digital Skills Toolkit', []),
  // programmes printed after "United Nations", which alone would be read as the Organization
  // (printed short once named: "the efforts of the Codification Division to enhance the accessibility of the Audiovisual Library",
  // A/RES/79/120 OP11, OP2 (d); 78/107, 80/163)
  ini('United Nations Audiovisual Library of International Law', [], undefined, ['Audiovisual Library']),
  ini('United Nations Regional Courses in International Law'),
  // one of the three courses, to which the African Union contributes: "the valuable contribution that it continues to make to the
  // United Nations Regional Course in International Law for Africa" (A/RES/79/120 OP21, 78/107, 80/163)
  ini('United Nations Regional Course in International Law for Africa'),
  // the French edition of the International Law Handbook, a publication as the Handbook is: "the issuance of the Recueil de droit
  // international: Collection d’instruments, the French language equivalent of the International Law Handbook" (A/RES/79/120
  // OP16, 78/107, 80/163); lower-case French words, which no capitalised chunk reads
  ini('Recueil de droit international: Collection d’instruments', ['Recueil de droit international: Collection d\'instruments', 'Recueil de droit international']),
  // the training programme held with each session of the International Law Commission, funded by "the United Nations trust fund
  // for the International Law Seminar" (A/RES/80/164 PP8, OP43-OP44; 79/121, 78/108): head "Seminar", which no chunk is read by;
  // printed short once named: "Requests the Secretary-General to continue to provide the International Law Seminar with adequate
  // services ..., and encourages him to continue to consider ways to improve the structure and content of the Seminar" (A/RES/79/121
  // OP40, OP39 "to attend the Seminar")
  ini('International Law Seminar', [], undefined, ['Seminar']),
  // ... and another, the Codification Division's with the African Institute of International Law: "the second International Law
  // Seminar for African Universities, to be held in Ethiopia in 2024" (A/RES/78/107 OP22, 79/120 OP22)
  ini('International Law Seminar for African Universities'),
  // the Secretariat's legal publications (report series, as the Yearbook of the International Law Commission): "Commends the
  // Secretary-General for the progress made in the preparation of studies for the Repertory of Practice of United Nations Organs
  // ... towards updating the Repertoire of the Practice of the Security Council" (A/RES/80/166 OP12, 79/125, 78/111; then "the
  // trust fund for the elimination of the backlog in the Repertory", OP14), "the Reports of International Arbitral Awards in
  // English or French and the Summaries of the Judgments, Advisory Opinions and Orders of the International Court of Justice"
  // (A/RES/80/164 OP36): the organs printed inside their names are not what the clause is about
  ini('Repertory of Practice of United Nations Organs', [], undefined, ['Repertory']),
  ini('Repertoire of the Practice of the Security Council', [], undefined, ['Repertoire']),
  ini('Reports of International Arbitral Awards'),
  // the Secretariat's daily publication of the Organization's meetings and notices: "through an early announcement in the Journal
  // of the United Nations" (A/RES/80/2 OP3, 78/2, 79/3), "the Journal of the United Nations shall be published in the languages of
  // ..." (rule 55 of the Assembly's rules of procedure, quoted in the multilingualism texts): a publication, as the Repertory is
  ini('Journal of the United Nations'),
  // the Codification Division's handbook of the Commission, printed in italics with its article: "welcomes in particular the issuance
  // of the tenth edition of The Work of the International Law Commission" (A/RES/78/108 OP31, 79/121, 80/164): a publication, not
  // the Commission the clause is about
  ini('The Work of the International Law Commission'),
  ini('Summaries of the Judgments, Advisory Opinions and Orders of the International Court of Justice'),
  // the Treaty Section's depositary handbook: "stresses the need to update the Summary of Practice of the Secretary-General as
  // Depositary of Multilateral Treaties" (A/RES/78/236 OP9, 80/170): the Secretary-General in its name is
  // not what the clause is about
  ini('Summary of Practice of the Secretary-General as Depositary of Multilateral Treaties'),
  // "the Kimberley Process remains a unique tripartite initiative" (A/RES/78/270 PP5): its participants, Chair and
  // plenary meetings are named with it; the Certification Scheme is a name of its own (head "Scheme")
  ini('Kimberley Process'),
  // its scheme, printed short: "increased capacity-building for the Certification Scheme", "by participating actively in the
  // Certification Scheme" (A/RES/78/270 PP15, OP9; 79/275): the Kimberley Process Certification Scheme, not a second scheme.
  // An alias, not a short form: PP15 prints it before the full name (only these two texts print either)
  ini('Kimberley Process Certification Scheme', ['Certification Scheme']),
  // the industry's self-regulation under that Scheme (head "System", which no capitalised chunk is read by): "the voluntary system
  // of industry self-regulation through the System of Warranties" (A/RES/78/270 PP24, 79/275 PP26)
  ini('System of Warranties'),
  // monitoring and information systems (head "System", which no capitalised chunk is read by): the Treaty's verification
  // network (A/RES/78/66 PP12), FAO's market system and IOC's ocean data systems (A/RES/78/138 PP15, 78/69 OP298)
  ini('International Monitoring System'),
  ini('Agricultural Market Information System'),
  ini('Ocean Biodiversity Information System'),
  ini('Global Ocean Observing System'),
  // the Programme of Action's online platform for matching assistance needs and offers: "encourages States to make use ... of the
  // Programme of Action Implementation Support System" (A/RES/78/46 OP15), a tool for the small-arms Programme, not a framework
  ini('Programme of Action Implementation Support System'),
  // assessment report series (A/RES/80/145 ..., A/RES/79/209); its editions named together in the plural, "the first and second World
  // Ocean Assessments" (A/RES/78/69, 79/144, 80/110, 78/146), "the Regular Process ... and its World Ocean Assessments" (79/314 annex OP30)
  ini('World Ocean Assessment', ['World Ocean Assessments']),
  ini('Global Environment Outlook'),
  // the IOC's Caribbean early warning system ("Enhanced Tsunami Products for the Tsunami and Other Coastal Hazards Warning System
  // for the Caribbean and Adjacent Regions", A/RES/78/69, 79/144); its coordination group is an Organization (organizations.ts)
  ini('Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions', [], 'CARIBE-EWS'),
  // the Convention to Combat Desertification's report series ("the findings of the second edition of Global Land Outlook",
  // A/RES/79/207 PP14, 78/154, 80/139)
  ini('Global Land Outlook'),
  // the Convention on Biological Diversity's report series ("Recalling further the fifth edition of the Global Biodiversity
  // Outlook", A/RES/78/155 PP17, 79/208, 80/140): a series, as the other outlooks
  ini('Global Biodiversity Outlook'),
  // the ocean assessment process of the law of the sea resolutions (A/RES/78/69, 79/144, 80/110), printed in full once under
  // its heading and then as "the Regular Process" (capitalised: a "regular process" in other texts is no name)
  ini('Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects', [
    'Regular Process for Global Reporting and Assessment of the State of the Marine Environment',
    'Regular Process',
  ]),
  // the regional consultative process on migrant smuggling and trafficking (A/RES/79/190 ...)
  ini('Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime', ['Bali Process']),
  // the inter-agency group's toolkit, "developed by the Inter-Agency Coordination Group against Trafficking in Persons" (A/RES/80/228
  // PP37, 78/228) and then "the Toolkit ... Programmes of the Coordination Group" (OP37): the capitalised read ran on into its
  // owner's short name, a second node
  ini('Toolkit for Guidance in Designing and Evaluating Counter-Trafficking Programmes'),
  // the Human Rights Council resolution 16/18 follow-up meetings (A/RES/80/200 PP26-PP27, 79/180, 78/214, 78/129, 79/9): printed
  // in full once, then "the Istanbul Process" (head "Process", which no capitalised chunk is read by)
  // the United Nations-convened meetings of special envoys on Afghanistan, first held in Doha in May 2023: "the meetings convened
  // under the United Nations-led Doha process" (A/RES/79/317 PP6, OP24, OP55, OP63), lowercase as the resolutions print it
  ini('Doha process'),
  // the region-wide security and disarmament dialogues the Regional Centre for Peace and Disarmament in Asia and the Pacific
  // convenes: "Underlines the importance of the Kathmandu process for the development of the practice of region-wide security
  // and disarmament dialogues" (A/RES/80/62 OP8, 79/67 OP8, 78/58 OP6), lowercase as printed; not the place Kathmandu
  ini('Kathmandu process'),
  ini('Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief', ['Istanbul Process']),
  // (A/RES/78/152: "the eighth Regional Platform ... in the Americas and the Caribbean" in OP60, "the seventh ... for the Americas ..." in OP61)
  ini('Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean', ['Regional Platform for Disaster Risk Reduction for the Americas and the Caribbean']),
  // the online tool States report on the Sendai Framework's targets through (A/RES/79/205 OP18, OP19, OP41, OP48; 78/152, 80/137,
  // 78/162, 80/149): "reporting against the seven global targets through the Sendai Framework monitor", a tool, not the Framework
  ini('Sendai Framework monitor', ['Sendai Framework Monitor']),
  // the technical-assistance network of the climate convention's loss and damage mechanism (A/RES/79/205 OP21: "the hosting of
  // the secretariat of the Santiago network for averting, minimizing and addressing loss and damage ..."; 78/153, 79/206, 80/137,
  // 80/138): a network named after the city, which is no place where anything was held
  ini('Santiago network', ['Santiago Network']),
  // UNDRR's campaign for local resilience, printed in quotes before "initiative" (A/RES/79/205 OP16, 78/152, 80/137: "welcomes the
  // “Making Cities Resilient 2030” initiative")
  // the campaigns against violence against women, printed in quotes (A/RES/78/182 OP9, 80/186 OP9: "the Secretary-General's ongoing
  // campaign, “UNiTE to End Violence against Women”, its social mobilization and advocacy platform, “Orange the World: End
  // Violence against Women”, and the “HeforShe” campaign of the United Nations Entity for Gender Equality and the Empowerment of
  // Women"; 79/153 PP18: "the campaign of the Secretary-General entitled “UNiTE to End Violence against Women”"): no chunk reads
  // a name that opens on "UNiTE" or "HeforShe", nor one with a lowercase verb after its first word
  ini('UNiTE to End Violence against Women'),
  // the Secretary-General's database on States' measures against violence against women, printed with and without its owner
  // ("the Secretary-General's Global Database on Violence against Women", A/RES/79/152 OP13; "the Global Database on Violence
  // against Women", 79/153 PP18): one database (entityScan possessorEnd reads the owner off a known initiative's name)
  ini('Global Database on Violence against Women'),
  ini('Orange the World', ['Orange the World: End Violence against Women']),
  ini('HeForShe', ['HeforShe']),
  // UNHCR's campaign to end statelessness, printed with its hashtag ("since the launch of the #IBelong campaign to eradicate
  // statelessness", A/RES/80/188 PP23, 78/185): no chunk reads a name that opens on "IB"
  ini('IBelong campaign', ['#IBelong campaign']),
  // the Caribbean Community's food import bill target, printed in quotes before "initiative" (A/RES/78/168, 79/227: "the “25 by 2025”
  // initiative of the Caribbean Community, which seeks to reduce the region's food import bill by 25 per cent by 2025")
  ini('25 by 2025'),
  // the Red Cross and Red Crescent Movement's project for the protection of health care in armed conflict, printed bare and in
  // quotes ("the Health Care in Danger project of the International Red Cross and Red Crescent Movement", A/RES/78/119 PP31,
  // 79/140 PP34; "other actors in the “Health Care in Danger” project", 79/123 PP24): one project
  ini('Health Care in Danger'),
  ini('Making Cities Resilient 2030'),
  // the yearly report of WMO and UNDRR on early warning coverage, a report series as the Global Assessment Report is (A/RES/79/205
  // OP38, 78/152, 80/137: "takes note with appreciation of the findings of the Global Status of Multi-hazard Early Warning Systems:
  // Target (g) report")
  ini('Global Status of Multi-hazard Early Warning Systems', ['Global Status of Multi-Hazard Early Warning Systems', 'Global Status of Multi\u2011Hazard Early Warning Systems', 'Global Status of Multi\u2011hazard Early Warning Systems']),
  // (printed "Science- Policy" across a line break in A/RES/79/208 PP10 and A/RES/80/140 PP10; the loose lookup reads it)
  ini('Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services Global Assessment Report on Biodiversity and Ecosystem Services'),
  // the IPCC's assessment cycle report, printed in capitals with the Panel after it (A/RES/78/155 PP9), in lower case ("the
  // synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change", A/RES/78/153, 79/206,
  // 80/138), with the Panel before it ("the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment
  // report", A/RES/80/133 PP14, 78/144) or after the Panel was named ("its Sixth Assessment Report, including its synthesis
  // report", A/RES/80/110 OP192, 78/69 OP201): one report
  ini('Sixth Assessment Report of the Intergovernmental Panel on Climate Change', ['Sixth Assessment Report', 'sixth assessment report of the Intergovernmental Panel on Climate Change', 'Intergovernmental Panel on Climate Change sixth assessment report',
    // the Panel by its short name once named in full ("the synthesis report of the sixth assessment report of the
    // Intergovernmental Panel, which represents ...", A/RES/80/138 PP12)
    'sixth assessment report of the Intergovernmental Panel']),
  // the targets of the Strategic Plan for Biodiversity 2011-2020, printed with their end year before them ("none of the 2020 Aichi
  // Biodiversity Targets were fully achieved", A/RES/78/232 OP16) or without ("none of the 20 Aichi Biodiversity Targets",
  // A/RES/78/155 PP17, 79/208, 80/140): one set of targets
  ini('Aichi Biodiversity Targets', ['2020 Aichi Biodiversity Targets']),
  // the World Trade Organization's initiative, mostly printed without its head word: "stressing that Aid for Trade and targeted
  // trade-related capacity-building are essential" (A/RES/79/195 PP8, 78/134, 80/121), "Encourages the scaling up of Aid for
  // Trade", "to significantly increase Aid for Trade support" (the Doha Programme of Action); "the Aid for Trade initiative" too
  ini('Aid for Trade'),
  // the African Union's continental infrastructure programme, whose name opens with "Programme" (a head that opens no name
  // read by the capitals reader): "to align their efforts towards supporting the Programme for Infrastructure Development in
  // Africa" (A/RES/79/263 OP6, 78/262)
  ini('Programme for Infrastructure Development in Africa', [], 'PIDA'),
  // the World Meteorological Organization's system: "the observation and modelling systems that are part of its Sand and Dust
  // Storm Warning Advisory and Assessment System, which provides sand and dust storm forecasts" (A/RES/79/212 OP19, 78/158, 80/...)
  ini('Sand and Dust Storm Warning Advisory and Assessment System', [], 'SDS-WAS'),
  // launched in May 2018 by the World Health Organization, the United Nations Environment Programme and the World Meteorological
  // Organization, printed lowercase: "important components of the global coalition on health, environment and climate change
  // launched in May 2018 by the World Health Organization, ..." (A/RES/79/212 OP14, 78/158, 80/143)
  ini('Global Coalition on Health, Environment and Climate Change', ['global coalition on health, environment and climate change']),
  // two trusts of the International Monetary Fund that lend to low-income and vulnerable countries, printed after the Fund's name
  // or with "of the International Monetary Fund" ("including through the International Monetary Fund Poverty Reduction and
  // Growth Trust, welcomes the operationalization of the International Monetary Fund Resilience and Sustainability Trust",
  // A/RES/79/218 OP19, 78/233 OP18; "the Resilience and Sustainability Trust of the International Monetary Fund", 78/231 OP6,
  // 79/196, 79/199; 79/233, 79/323 annexes): facilities, as the COVAX Facility is, not bodies
  ini('Resilience and Sustainability Trust'),
  ini('Poverty Reduction and Growth Trust'),
  // (its third, for debt relief after disasters: "the forthcoming evaluation of funding needs of the International Monetary Fund
  // Catastrophe Containment and Relief Trust", A/RES/79/196 OP10, 78/136 OP8)
  ini('Catastrophe Containment and Relief Trust'),
  // the global partnership on target 8.7 of the Goals (forced labour, modern slavery, human trafficking, child labour): "taking
  // note with appreciation of Alliance 8.7, the Global Partnership to End Violence against Children, ..." (A/RES/79/154 PP8;
  // "Such as, inter alia, Alliance 8.7; Finance Against Slavery and Trafficking", 78/228 and 80/228 footnote 23): the number
  // kept the capitals reader from it
  ini('Alliance 8.7'),
  // the initiative listed beside it there (footnote 23 of 78/228 and 80/228), on the financial sector's part in ending modern
  // slavery and trafficking: a name of common words with no head the capitals reader knows
  ini('Finance Against Slavery and Trafficking'),
  // the Secretary-General's human rights agenda of 2020 (A/RES/79/175 PP6 "the Secretary-General’s initiatives on the new
  // technologies, including the Call to Action for Human Rights, launched in 2020", A/RES/78/216 OP31 "the Secretary-General’s
  // Call to Action for Human Rights"): its head "Action" makes no name, and the possessive is its author, not its name
  ini('Call to Action for Human Rights'),
  // the call to action the Secretary-General and the Prime Minister of Antigua and Barbuda launched on 28 May 2024, at the Fourth
  // International Conference on Small Island Developing States, printed in lower case with a note saying so ("Takes note with
  // appreciation of the call to action on mobilization of resources for small island developing States", A/RES/80/136 OP3, 79/203
  // OP3): no capitals to read, as the lowercase index and stimulus above
  ini('call to action on mobilization of resources for small island developing States'),
  // the Department of Global Communications' programme with universities (A/RES/79/228 OP24 "recognizes the important role of
  // the United Nations Academic Impact, among other initiatives"): no head word
  ini('United Nations Academic Impact', [], 'UNAI'),
  // the Secretary-General's innovation lab, which the texts name as one of the "United Nations joint innovation initiatives, such
  // as Global Pulse" (A/RES/79/228 OP10): an initiative, as the United Nations Innovation Network named with it
  ini('Global Pulse', ['United Nations Global Pulse']),
  // the Office for Disarmament Affairs' ammunition programme, printed with a lowercase "programme" ("the work of the SaferGuard
  // programme, managed by the Office for Disarmament Affairs", A/RES/78/47 PP11, OP4, OP6, OP12, OP14; 80/xx): the lowercase head
  // word made no name
  ini('SaferGuard programme', ['SaferGuard Programme', 'SaferGuard']),
  // the Arms Trade Treaty's programme that funds delegates' travel, printed with a lowercase head word ("to provide funding to the
  // Treaty sponsorship programme to support and maximize the scale and diversity of participation of experts", A/RES/78/48 OP16,
  // 79/52, 80/46): no name was read
  ini('Arms Trade Treaty Sponsorship Programme', ['Treaty sponsorship programme']),
  // the agencies' enterprise-development and fisheries programmes, printed with a lowercase head word as SaferGuard is:
  // "behavioural approach programmes such as the Empretec programme and the Entrepreneurship Policy Framework and Implementation
  // Guidance of the United Nations Conference on Trade and Development and the Start and Improve Your Business programme of the
  // International Labour Organization" (A/RES/79/201 OP8), "such as the Women in Business and eTrade for Women initiatives of the
  // United Nations Conference on Trade and Development" (OP21), "the Food and Agriculture Organization of the United Nations
  // through its FishCode programme" (the sustainable fisheries texts, A/RES/78/68, 79/145, 80/109; "the FishCode programme, the
  // World Bank's global programme on fisheries"): the lowercase head word made no name
  ini('Empretec programme', ['Empretec Programme', 'Empretec']),
  ini('Start and Improve Your Business programme', ['Start and Improve Your Business Programme']),
  ini('Women in Business initiative', ['Women in Business Initiative', 'Women in Business']),
  ini('FishCode programme', ['FishCode Programme', 'FishCode']),
  // Guam's programme returning land to its CHamoru inhabitants, printed with a lowercase head word as SaferGuard is ("Aware that the
  // federal lawsuit by the administering Power over the CHamoru Land Trust programme was filed in September 2017", the Question of
  // Guam texts A/RES/78/92 PP27, 79/105 PP26, 80/96 PP26): the lowercase head word made no name
  ini('CHamoru Land Trust programme', ['CHamoru Land Trust Programme', 'CHamoru Land Trust']),
  // the Andean countries' mountain initiative under the Mountain Partnership, printed "the high-level event hosted by the Andean
  // Mountain Initiative and the Government of Colombia" (A/RES/80/144 PP24) and, in the list of transboundary initiatives the
  // mountain texts carry over, "the Andean Initiative for mountains" (OP37): one initiative (the name reader stopped at the
  // lowercase "mountains" and made an "Andean Initiative" of its own)
  ini('Andean Mountain Initiative', ['Andean Initiative for mountains', 'Andean Initiative for Mountains']),
  // the Alpine transport ministers' process listed beside the EU Alpine strategy ("the European Union Strategy for the Alpine Region
  // and the Zurich process", A/RES/80/144 OP37): the lowercase head word made no name
  ini('Zurich Process', ['Zurich process']),
  // the COVID-19 tools collaboration and its vaccine pillar, printed with their acronyms before the head word ("particularly
  // through the Access to COVID-19 Tools (ACT) Accelerator, the COVID-19 Vaccine Global Access (COVAX) Facility", A/RES/78/263
  // PP13, 79/264, 78/218, 78/119): the acronym in parentheses cut the name before its head; one node with "the COVAX Facility"
  ini('Access to COVID-19 Tools Accelerator', ['Access to COVID-19 Tools (ACT) Accelerator', 'ACT-Accelerator', 'ACT Accelerator']),
  ini('COVAX Facility', ['COVID-19 Vaccine Global Access (COVAX) Facility', 'COVID-19 Vaccine Global Access Facility']),
  // the African Union's vaccine initiatives ("African initiatives such as the Partnerships for African Vaccine Manufacturing and the
  // African Vaccine Acquisition Trust", A/RES/79/263 OP16, 78/262): a plural head and a "Trust" head no pattern reads
  ini('Partnerships for African Vaccine Manufacturing', [], 'PAVM'),
  ini('African Vaccine Acquisition Trust', [], 'AVAT'),
  // the African Union's land-restoration programme across the Sahel, named without a head word ("initiatives launched under the
  // leadership of the African Union Commission such as the Great Green Wall and the Land Policy Initiative", A/RES/78/263 OP12)
  ini('Great Green Wall', ['Great Green Wall for the Sahara and the Sahel Initiative', 'Great Green Wall Initiative']),
  // the Secretary-General's peacekeeping reform agenda of 2018 and its 2021 sequel ("related to the Secretary-General’s Action for
  // Peacekeeping initiative", A/RES/78/263 OP30, 79/264; "the Action for Peacekeeping initiative and Action for Peacekeeping Plus",
  // 79/290 OP26): the possessive is its author, not a body of that name
  ini('Action for Peacekeeping', ['Action for Peacekeeping initiative'], 'A4P'),
  ini('Action for Peacekeeping Plus'),
  // initiatives printed with their owner's full name before them and without it, one initiative each (the owner before the name
  // leads it): "the United Nations Office on Drugs and Crime Global Report on Corruption in Sport" (A/RES/79/8 PP36, 78/229,
  // 79/190, 80/229) and "the publication of the Global Report on Corruption in Sport" (79/8 PP35, 79/136, 79/190 PP39); "the
  // United Nations Office on Drugs and Crime Global Operational Network of Anti-Corruption Law Enforcement Authorities"
  // (79/190 OP79) and the network of OP21, OP76, 78/140, 78/229; "the United Nations Environment Programme Regional Seas
  // Programme" (A/RES/78/69 OP198, 79/144, 80/110, 79/314) and "the Regional Seas Programme" (78/69 OP197)
  ini('Global Report on Corruption in Sport', ['United Nations Office on Drugs and Crime Global Report on Corruption in Sport']),
  ini('Global Operational Network of Anti-Corruption Law Enforcement Authorities', ['United Nations Office on Drugs and Crime Global Operational Network of Anti-Corruption Law Enforcement Authorities'], undefined, ['GlobE Network']),
  ini('Regional Seas Programme', ['United Nations Environment Programme Regional Seas Programme']),
  // a civic initiative of Crimean activists, named with its lowercase head ("including against activists of the Crimean
  // Solidarity civic initiative, which documents violations", A/RES/78/221 PP40, 79/184, 80/223): no head word the capitals
  // reader knows, so it was missed
  ini('Crimean Solidarity'),
  // the agencies' wildlife-crime partnership (CITES secretariat, INTERPOL, UNODC, the World Bank, the World Customs Organization),
  // printed with its acronym ("the International Consortium on Combating Wildlife Crime (ICCWC), a collaborative effort of ...",
  // A/RES/79/313 PP27) and without it (80/227 PP10)
  ini('International Consortium on Combating Wildlife Crime', [], 'ICCWC'),
  // the Secretariat's enterprise resource planning system, named by its one word ("the progress on the functioning and development
  // of the Umoja system", A/RES/79/258 PP, 78/253; "the Umoja portal", 80/242): no head word the capitals reader knows
  ini('Umoja'),
  // INTERPOL's named tools, with lowercase heads or none the capitals reader knows ("the ID-Art mobile application", "the
  // I-Familia database, the Travel Documents Associated with Notices system", "the Counter-Terrorism Criminal Analysis File",
  // A/RES/79/136 OP2, OP3, OP10; "the mobile app ID-Art", 79/133 OP32, 80/229 PP66): missed, where "the Nominal Database" was read
  ini('ID-Art', ['ID-Art mobile application']),
  ini('I-Familia', ['I-Familia database']),
  ini('Travel Documents Associated with Notices', ['Travel Documents Associated with Notices system'], 'TDAWN'),
  ini('Counter-Terrorism Criminal Analysis File'),
  // the truce the Olympic texts ask States to observe ("Urges Member States to observe the Olympic Truce individually and
  // collectively", A/RES/78/10 OP1; "the ancient Greek tradition of ekecheiria (“Olympic Truce”)", PP2; 79/8, 80/8): a practice the
  // Assembly revived in 48/11, not an event of its own; "Truce" is no head the capitals reader knows, so it was missed. Its Greek
  // name printed alone is the same truce ("Recalling further that the core concept of ekecheiria, historically, has been the
  // cessation of hostilities ...", A/RES/80/8 PP3, 78/10 PP3, after PP2 gave it as the Truce's name)
  ini('Olympic Truce', ['ekecheiria']),
  // UN-Habitat's programmes, printed with a lower-case head no capitals reader keeps: "continue promoting and implementing the
  // People-Centred Smart Cities flagship programme", "harnessing the Urban Agenda platform to share progress" (A/RES/79/214 OP22,
  // OP21)
  ini('People-Centred Smart Cities Flagship Programme', ['People-Centred Smart Cities flagship programme']),
  ini('Urban Agenda Platform', ['Urban Agenda platform']),
];
