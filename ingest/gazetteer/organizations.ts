// Organizations commonly named in UN resolutions: principal organs, subsidiary bodies, funds and
// programmes, specialized agencies, Secretariat offices, treaty bodies, regional and other
// international organizations. Canonical name first, then acronym, aliases, contextual short forms.
//
// Decisions:
// - The Secretary-General is an Organization-kind actor keyed `Organization:Secretary-General of
//   the United Nations` (resolutions request/invite him like a body; a Person kind does not exist).
// - The Internet Governance Forum is an Organization, not an Event: it is a standing forum with a
//   mandate the Assembly extends, a secretariat, a Multi-stakeholder Advisory Group, a Leadership
//   Panel and intersessional work; its annual "meetings" are the Events ("the nineteenth meeting of
//   the Internet Governance Forum"). The same holds for the high-level political forum and the
//   multi-stakeholder forum on science, technology and innovation for the SDGs. The WSIS Forum, by
//   contrast, is an annual event (see gazetteer/events.ts).
// - "Member States", "Governments", "stakeholders" are not entities.
import { org, type GazetteerEntry } from './types.js';

const UNHCR_EXECUTIVE_COMMITTEE = org('Executive Committee of the Programme of the United Nations High Commissioner for Refugees', undefined, [
  "Executive Committee of the High Commissioner's Programme",
  // "adopted by the Executive Committee of the Programme of the High Commissioner at its fifty-second session" (A/RES/78/185
  // OP21, 80/188 OP21): the same committee, the High Commissioner named before
  'Executive Committee of the Programme of the High Commissioner',
]);
// the law of the sea resolutions define it as "(the Division)" after the Office and Secretariat it belongs to
const DOALOS = org('Division for Ocean Affairs and the Law of the Sea', 'DOALOS', [
  'Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat',
  'Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs',
]);
// the OPCW's organs, printed in full or with "the Organisation" for the OPCW named before (A/RES/79/134 OP7, OP11, OP12)
const OPCW_EXECUTIVE_COUNCIL = org('Executive Council of the Organisation for the Prohibition of Chemical Weapons', undefined, ['Executive Council of the Organisation']);
const OPCW_TECHNICAL_SECRETARIAT = org('Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons', undefined, ['Technical Secretariat of the Organisation']);
// the plenary organs of three agencies, printed with the agency's name ("adopted on 28 September 2023 by the General
// Conference of the International Atomic Energy Agency at its sixty-seventh regular session", A/RES/78/17 OP3): the organ,
// PART_OF the agency (attributions.ts), holds the numbered sessions; the names its resolutions are keyed with
// (resolutions.patterns.ts). "the General Conference of the Agency|Organization" after the agency: entityScan.ts.
export const GENERAL_CONFERENCES: readonly GazetteerEntry[] = [
  org('General Conference of the International Atomic Energy Agency'),
  org('General Conference of the United Nations Educational, Scientific and Cultural Organization'),
  org('General Conference of the United Nations Industrial Development Organization'),
];
// UNIDO's executive organ, printed "the Industrial Development Board of the Organization" after UNIDO (A/RES/79/222 PP19) and
// "the United Nations Industrial Development Organization Industrial Development Board" (80/149 PP15): one body, keyed as the
// issuer of its decisions is ("decision IDB.48/Dec.8", resolutions.patterns.ts). No acronym: "IDB" is also the Inter-American
// and the Islamic Development Banks
const UNIDO_IDB = org('Industrial Development Board of the United Nations Industrial Development Organization', undefined, [
  'Industrial Development Board',
  'Industrial Development Board of the Organization',
  'United Nations Industrial Development Organization Industrial Development Board',
]);
// ASEAN's human rights body, printed with the Association's name spelled out (A/RES/79/290 OP14): not the United Nations
// Commission on Human Rights its last words name
const AICHR = org('ASEAN Intergovernmental Commission on Human Rights', 'AICHR', ['Association of Southeast Asian Nations Intergovernmental Commission on Human Rights']);
// the OIC's human rights body, printed "the Independent Permanent Commission on Human Rights of the Organization of Islamic
// Cooperation" (A/RES/79/9 PP21, OP10): not the United Nations Commission on Human Rights its middle words name
const IPHRC = org('Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation', 'IPHRC', [
  'Independent Permanent Commission on Human Rights of the Organization of Islamic Cooperation',
  'OIC Independent Permanent Human Rights Commission',
  'Independent Permanent Human Rights Commission',
  'Independent Permanent Commission on Human Rights',
]);
// the Association of Caribbean States' organs (A/RES/79/204, the Caribbean Sea texts): "the Caribbean Sea Commission of the
// Association of Caribbean States" (OP4) and then "the Caribbean Sea Commission" (OP5, OP6, OP8) are one commission; "the plan
// of action approved by the Ministerial Council of the Association" (OP28) after the Association was named in full
const CARIBBEAN_SEA_COMMISSION = org('Caribbean Sea Commission', undefined, ['Caribbean Sea Commission of the Association of Caribbean States']);
const ACS_MINISTERIAL_COUNCIL = org('Ministerial Council of the Association of Caribbean States', undefined, ['Ministerial Council of the Association']);
// the IOC's regional tsunami group, printed in full with its owner ("the Intergovernmental Coordination Group for the Tsunami and
// Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions of the Intergovernmental Oceanographic Commission",
// A/RES/79/204 OP26): the capitals reader stopped at "and Adjacent Regions"
const ICG_CARIBE_EWS = org('Intergovernmental Coordination Group for the Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions', 'ICG/CARIBE-EWS');
// the Council of Europe's human rights office, named with its owner: "the reports ... of the Commissioner for Human Rights of
// the Council of Europe" (A/RES/80/223 PP20, 78/221 PP18, 79/184 PP18): the pattern reader stopped at "of" and keyed every
// body called "Commissioner for Human Rights" as one
const COE_COMMISSIONER_HR = org('Commissioner for Human Rights of the Council of Europe', undefined, ['Council of Europe Commissioner for Human Rights']);
// the secretariats of two intergovernmental organizations, printed with their owner's name: "the General Secretariat of the
// Organization of Islamic Cooperation" (A/RES/79/9 PP26, OP14-OP17), whose "Secretariat of the Organization" was read as the
// United Nations Secretariat and the Organization of Islamic Cooperation lost; "the General Secretariat of INTERPOL"
// (A/RES/79/136 PP7), a bare "General Secretariat" node
const OIC_GENERAL_SECRETARIAT = org('General Secretariat of the Organization of Islamic Cooperation');
const INTERPOL_GENERAL_SECRETARIAT = org('General Secretariat of the International Criminal Police Organization', undefined, ['General Secretariat of INTERPOL']);
// INTERPOL's own plenary organ, printed with its owner's acronym ("the ninetieth session of the INTERPOL General Assembly, held
// in New Delhi", "in which the INTERPOL General Assembly recognized", A/RES/79/136 PP28, OP8, OP9): read as INTERPOL and the
// United Nations General Assembly, which took the clause's verb and the sessions were INTERPOL's own
const INTERPOL_GENERAL_ASSEMBLY = org('General Assembly of the International Criminal Police Organization', undefined, ['INTERPOL General Assembly', 'General Assembly of INTERPOL']);
// the Central European Initiative's secretariat, printed with its owner ("jointly organized by the Executive Secretariat of the
// Central European Initiative and the presidency of the Republic of Moldova", A/RES/79/135 OP3): read as a bare "Executive
// Secretariat" node, the Initiative lost
const CEI_EXECUTIVE_SECRETARIAT = org('Executive Secretariat of the Central European Initiative');
// the Council of Europe's assembly of local and regional elected representatives, an organ printed with its owner ("the
// cooperation ... in the field of sustainable urban governance, in particular also through the Congress of Local and Regional
// Authorities of the Council of Europe and its Centre of Expertise for Good Governance", A/RES/79/284 OP24): read as a conference
// (an Event, SESSION_OF the Council of Europe) for its head word "Congress"; printed next without its owner ("and calls for enhanced
// cooperation between the Congress of Local and Regional Authorities and the Economic Commission for Europe", the same paragraph)
const COE_CONGRESS = org('Congress of Local and Regional Authorities of the Council of Europe', undefined, ['Congress of Local and Regional Authorities']);
/** Organs whose names print their owner organization's name: the paragraph names the owner too (a nested mention). */
export const ORGANS_NAMING_OWNER: readonly GazetteerEntry[] = [
  UNHCR_EXECUTIVE_COMMITTEE,
  DOALOS,
  OPCW_EXECUTIVE_COUNCIL,
  OPCW_TECHNICAL_SECRETARIAT,
  OIC_GENERAL_SECRETARIAT,
  INTERPOL_GENERAL_SECRETARIAT,
  INTERPOL_GENERAL_ASSEMBLY,
  CEI_EXECUTIVE_SECRETARIAT,
  COE_CONGRESS,
  ...GENERAL_CONFERENCES,
  UNIDO_IDB,
  CARIBBEAN_SEA_COMMISSION,
  ACS_MINISTERIAL_COUNCIL,
  ICG_CARIBE_EWS,
  AICHR,
  IPHRC,
  COE_COMMISSIONER_HR,
];

export const ORGANIZATIONS: GazetteerEntry[] = [
  // Principal organs and their presidents/officers
  org('United Nations', 'UN', ['UNO']),
  org('General Assembly', 'GA', ['United Nations General Assembly'], ['Assembly']),
  org('Security Council', 'UNSC', ['United Nations Security Council']),
  org('Economic and Social Council', 'ECOSOC', ['United Nations Economic and Social Council']),
  org('Trusteeship Council'),
  // ("the advisory opinion of the International Court of 19 July 2024", A/RES/79/81 OP7: the Court named without "of Justice")
  org('International Court of Justice', 'ICJ', ['International Court'], ['Court']),
  org('Secretariat of the United Nations', undefined, ['United Nations Secretariat', 'Secretariat of the Organization']),
  org('Secretary-General of the United Nations', undefined, ['Secretary-General', 'United Nations Secretary-General', 'Secretary General']),
  org('Deputy Secretary-General of the United Nations', undefined, ['Deputy Secretary-General']),
  // a post, as the Secretary-General's is: "the statements of the Legal Counsel at the 297th and 298th meetings of the
  // Committee" (A/RES/80/172 OP8), "the United Nations Legal Counsel/the Division" (the law-of-the-sea texts)
  org('Legal Counsel of the United Nations', undefined, ['United Nations Legal Counsel', 'Legal Counsel']),
  // (the post held in turn: "Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions
  // for convening the Advisory Board on Gender Equality", A/RES/78/182 PP22, 80/186; "the work led by the Presidents of the General
  // Assembly at its seventieth to seventy-fifth sessions", 78/189, 79/159, 80/176; "incoming Presidents of the General Assembly",
  // 78/244, 79/247, 80/242): the President's post, not the Assembly)
  org('President of the General Assembly', undefined, ['Presidents of the General Assembly'], ['President']),
  // the President's Office, a body of its own as the Executive Office of the Secretary-General is ("the support for the Office
  // of the President of the General Assembly", A/RES/79/327 OP47, OP49-OP51; "will be made known to the Office of the President
  // of the General Assembly", A/RES/78/128, 79/278, 78/318 and 11 other texts): not the President
  // ("the President", "the Office" printed bare after the full names: "the mandates assigned to the President", "expresses continued
  // support to the Office", A/RES/79/327 OP47, OP51)
  // (the Office of its next holder: "financial support through voluntary contributions ... to the Office of the incoming President
  // of the General Assembly", A/RES/79/327 OP50: the one Office, as "the President" of every session is the one post)
  org('Office of the President of the General Assembly', undefined, ['Office of the incoming President of the General Assembly'], ['Office']),
  org('President of the Economic and Social Council'),
  org('President of the Security Council'),
  org('President of the Human Rights Council'),
  // Main Committees of the Assembly
  org('First Committee', undefined, ['Disarmament and International Security Committee']),
  org('Second Committee', undefined, ['Economic and Financial Committee']),
  // ("the Social, Humanitarian and Cultural Issues Committee (Third Committee)", A/RES/78/150 OP9)
  org('Third Committee', undefined, ['Social, Humanitarian and Cultural Committee', 'Social, Humanitarian and Cultural Issues Committee']),
  org('Special Political and Decolonization Committee', undefined, ['Fourth Committee']),
  org('Fifth Committee', undefined, ['Administrative and Budgetary Committee']),
  org('Sixth Committee', undefined, ['Legal Committee']),
  // "Advisory Committee of Administrative ...": printed so in budget resolutions (A/RES/79/257, 80/242)
  // (printed "on Administrative and Budgetary Matters" in the pattern-of-conferences text, A/RES/79/248 PP7: the same committee,
  // the subsidiary body of resolution 14 (I))
  org('Advisory Committee on Administrative and Budgetary Questions', 'ACABQ', ['Advisory Committee of Administrative and Budgetary Questions', 'Advisory Committee on Administrative and Budgetary Matters']),
  org('Committee for Programme and Coordination', 'CPC'),
  org('Committee on Contributions'),
  org('Committee on Conferences'),
  org('Board of Auditors', undefined, ['United Nations Board of Auditors']),
  org('Joint Inspection Unit', 'JIU'),
  org('Office of Internal Oversight Services', 'OIOS'),
  org('International Civil Service Commission', 'ICSC'),
  org('International Law Commission', 'ILC'),
  org('United Nations Commission on International Trade Law', 'UNCITRAL'),
  org('Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples', undefined, ['Special Committee on Decolonization']),
  org('Special Committee on Peacekeeping Operations'),
  // the Sixth Committee's annual item (A/RES/79/125): the name runs on past "the Charter of the United Nations", and its
  // "the Organization" is part of it (not the United Nations named again)
  org('Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization', undefined, [], ['Special Committee']),
  // the Security Council reform group (A/RES/79/125 PP4, resolution 47/62): its name runs on past "Equitable Representation"
  org('Open-ended Working Group on the Question of Equitable Representation on and Increase in the Membership of the Security Council and Other Matters related to the Security Council'),
  org('Committee on the Peaceful Uses of Outer Space', 'COPUOS'),
  // its two subcommittees, named so in the outer space resolutions (A/RES/78/72, 79/87, 80/76)
  org('Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space', undefined, ['Scientific and Technical Subcommittee']),
  org('Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space', undefined, ['Legal Subcommittee']),
  // the space agencies' committee whose debris guidelines the outer space resolutions cite beside the Committee's own (A/RES/78/72
  // OP16, 79/87 OP19, 80/76 OP16), printed only inside the guidelines' name
  org('Inter-Agency Space Debris Coordination Committee', 'IADC'),
  org('Committee on the Exercise of the Inalienable Rights of the Palestinian People'),
  org('Peacebuilding Commission', 'PBC'),
  org('Disarmament Commission', undefined, ['United Nations Disarmament Commission']),
  org('Conference on Disarmament', undefined, [], ['Conference']),
  // its name from 1969 to 1978, printed where the texts recall a request made to it then ("requested the Conference of the
  // Committee on Disarmament, 4 ... to consider", with "4 The Conference of the Committee on Disarmament became the Committee on
  // Disarmament as from the tenth special session ...", A/RES/78/49 PP4, 80/26): a body, not a sitting (the word "Conference"
  // made it an Event); a node of its own, as the text names the body as it then was. (Not "Committee on Disarmament", its name
  // from 1979 to 1984, which the names' reader already keeps an Organization: as an entry it would read as this one's owner.)
  org('Conference of the Committee on Disarmament'),
  org('Human Rights Council', 'HRC', ['United Nations Human Rights Council']),
  // the Council's expert body (resolution 5/1), printed so (A/RES/78/196 OP20, 79/168, 80/208) or as "its Advisory Committee"
  // after the Council (78/202 OP26, 78/234, 79/167, 80/209; entityScan.ts qualifyGenericName): one node
  org('Human Rights Council Advisory Committee', undefined, ['Advisory Committee of the Human Rights Council']),
  org('Commission on Human Rights'),
  // its expert body (1999-2006), the "former Subcommission" of the right-to-development texts (A/RES/78/203, 79/166 PP15)
  org('Subcommission on the Promotion and Protection of Human Rights', undefined, ['Sub-Commission on the Promotion and Protection of Human Rights']),
  // ECOSOC functional commissions and expert bodies
  org('Commission on Science and Technology for Development', 'CSTD', ['United Nations Commission on Science and Technology for Development']),
  // the Commission's Chair, a post as the Presidents of the Assembly and the Council are: "the Working Group on Enhanced
  // Cooperation, established by the Chair of the Commission on Science and Technology for Development" (A/RES/78/132 PP44 and
  // the WSIS texts of every year, 16 mentions in corpus-ga): the officer who acted, not the Commission
  org('Chair of the Commission on Science and Technology for Development'),
  org('Commission on the Status of Women', 'CSW'),
  org('Commission for Social Development'),
  org('Commission on Population and Development'),
  org('Commission on Narcotic Drugs', 'CND'),
  org('Commission on Crime Prevention and Criminal Justice'),
  org('Statistical Commission', undefined, ['United Nations Statistical Commission']),
  org('United Nations Forum on Forests', 'UNFF'),
  // (UNSCO) printed before "and Personal Representative of the Secretary-General to the Palestine Liberation Organization and the
  // Palestinian Authority" (A/RES/79/141 PP27, OP4), or after "his" (A/RES/80/243): an office of its own, not the Secretary-General
  org('United Nations Special Coordinator for the Middle East Peace Process', undefined, ['Special Coordinator for the Middle East Peace Process']),
  // the Secretary-General's Special Coordinator (2016-): "welcomes the work of the Special Coordinator on Improving the United
  // Nations Response to Sexual Exploitation and Abuse, and requests the Secretary-General to ... update Member States on ...
  // the mandate of the Special Coordinator" (A/RES/79/116 OP4, 78/102 OP4, 80/160 OP4): a "Special Coordinator" that long
  // name does not end at a lowercase word's capitalised run ("Improving the United Nations Response")
  org('Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse', undefined, [], ['Special Coordinator']),
  // the Secretary-General's Global Advocate, a post with a lowercase tail the capitalised run stops before ("Noting the role of the
  // United Nations Global Advocate for persons with disabilities in conflict and peacebuilding situations", A/RES/80/74 PP20;
  // "the establishment of a United Nations Global Advocate ...", 78/70 PP20)
  org('United Nations Global Advocate for persons with disabilities in conflict and peacebuilding situations', undefined, [], ['Global Advocate for persons with disabilities in conflict and peacebuilding situations']),
  org('Permanent Forum on Indigenous Issues', undefined, ['United Nations Permanent Forum on Indigenous Issues']),
  // a consultative body of the Human Rights Council (resolution 75/314), not a sitting: its sessions are the events
  org('Permanent Forum on People of African Descent', undefined, [], ['Permanent Forum']),
  org('Committee for Development Policy', 'CDP'),
  org('Committee of Experts on Public Administration', 'CEPA'),
  org('Committee of Experts on International Cooperation in Tax Matters'),
  org('Committee of Experts on Global Geospatial Information Management', 'UN-GGIM'),
  org('high-level political forum on sustainable development', 'HLPF', ['High-level Political Forum on Sustainable Development', 'high-level political forum']),
  org('multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals', undefined, [
    'Multi-stakeholder Forum on Science, Technology and Innovation for the Sustainable Development Goals',
    'STI Forum',
    // its yearly sittings in the plural: "the convening of the annual multi-stakeholder forums on ..." (A/RES/79/334 PP8) is the
    // forum; "the first to eighth annual ..." (A/RES/78/160 PP42, 80/147) the range's ends (numberedForumSittings)
    'multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals',
  ]),
  // Regional commissions
  org('Economic Commission for Africa', 'ECA', ['United Nations Economic Commission for Africa', 'UNECA']),
  org('Economic Commission for Europe', 'ECE', ['United Nations Economic Commission for Europe', 'UNECE']),
  org('Economic Commission for Latin America and the Caribbean', 'ECLAC', ['United Nations Economic Commission for Latin America and the Caribbean']),
  org('Economic and Social Commission for Asia and the Pacific', 'ESCAP', ['United Nations Economic and Social Commission for Asia and the Pacific']),
  // "Asian and Pacific": a capitalised-word name is cut at "and"
  org('Asian and Pacific Centre for the Development of Disaster Information Management', 'APDIM'),
  // ESCAP's office in Almaty: a capitalised-word name cut at "and" left "Subregional Office for North" and a place "Central
  // Asia" ("in the Subregional Office for North and Central Asia in Almaty, Kazakhstan", A/RES/80/242 OP73)
  org('Subregional Office for North and Central Asia'),
  org('Economic and Social Commission for Western Asia', 'ESCWA', ['United Nations Economic and Social Commission for Western Asia']),
  // Secretariat departments and offices
  // (no alias "... of the Secretariat": the department is PART_OF the Secretariat printed after it, as the other departments
  // and offices are, "the Department of Global Communications of the Secretariat", A/RES/78/76 OP7 (d))
  org('Department of Economic and Social Affairs', 'DESA', ['UN DESA', 'UN-DESA']),
  org('Department of Political and Peacebuilding Affairs', 'DPPA'),
  org('Department of Peace Operations', 'DPO'),
  // its mine action service, printed "the Mine Action Service of the United Nations" (A/RES/79/229 PP16, OP10): one body, not
  // a service and the United Nations
  org('United Nations Mine Action Service', 'UNMAS', ['Mine Action Service of the United Nations', 'Mine Action Service']),
  org('Department of Global Communications', 'DGC'),
  // its procurement notices service, printed with its department in brackets ("United Nations Development Business (Department of
  // Global Communications) published 30,425 procurement notices", A/RES/78/330 OP10): a name with no head of a kind
  org('United Nations Development Business', 'UNDB'),
  org('Department of Operational Support', 'DOS'),
  org('Department of Management Strategy, Policy and Compliance', 'DMSPC'),
  org('Department for General Assembly and Conference Management', 'DGACM'),
  // a division of that department, printed with its own unit before it ("the Content Services Unit of the Meetings and Publishing
  // Division", A/RES/80/234 OP92, 79/248): known, the unit ends before " of the" and is PART_OF it, as with other named owners
  org('Meetings and Publishing Division'),
  org('Department of Safety and Security', 'DSS'),
  org('Office of the Secretary-General\'s Envoy on Technology', 'OSET', ['Office of the Envoy on Technology', 'Office of the Secretary-General’s Envoy on Technology']),
  org('Secretary-General\'s Envoy on Technology', undefined, ['Envoy on Technology', 'Secretary-General’s Envoy on Technology', 'Tech Envoy']),
  // the Secretariat's Coordinator for Multilingualism, a post as the Envoy on Technology is, and its Office (A/RES/78/330 OP11-OP19,
  // 78/245, 79/248, 80/234); "the Coordinator" after its full name is the post ("encourages the Coordinator to follow up", 78/330 OP15)
  org('Office of the Coordinator for Multilingualism'),
  org('Coordinator for Multilingualism', undefined, [], ['Coordinator']),
  // the network of information centres of the Department of Global Communications, printed in lower case ("the network of
  // United Nations information centres", A/RES/78/330 OP36, OP38, 78/100, 79/113, 80/104)
  org('United Nations information centres', undefined, ['United Nations Information Centres']),
  org('Office for Digital and Emerging Technologies', 'ODET', ['United Nations Office for Digital and Emerging Technologies']),
  org('Office of Information and Communications Technology', 'OICT'),
  // the Secretariat office whose posts the budget texts name ("One P-2 post of Associate Architect in the Office of Programme Planning,
  // Finance and Budget", A/RES/78/252 OP31): the comma is inside its name
  org('Office of Programme Planning, Finance and Budget', 'OPPFB'),
  org('Office for Disarmament Affairs', 'UNODA', ['United Nations Office for Disarmament Affairs', 'Office of Disarmament Affairs']),
  // the open-ended working group the 2022 NPT Review Conference set up: "the deliberations at the working group on further
  // strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023"
  // (A/RES/80/48 PP5, PP23; 78/40, 79/41), "the working group ... could not agree on substantive outcomes" (78/42, 79/35,
  // 80/39), "in the working group on further strengthening the review process of the Treaty" after it (78/42). Not "the decision
  // on strengthening the review process for the Treaty" of 1995 (78/53, 79/50, 80/24)
  org('Working Group on Further Strengthening the Review Process of the Treaty on the Non-Proliferation of Nuclear Weapons', undefined, [
    'working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons',
    // (a lowercase phrase is no short-form candidate: an alias; the genre names no other treaty's working group so)
    'working group on further strengthening the review process of the Treaty',
  ]),
  // the Japan Confederation of A- and H-Bomb Sufferers Organizations, Nobel Peace Prize 2024: "including those of Nihon
  // Hidankyo, recognized with the Nobel Peace Prize 2024" (A/RES/80/48 OP12, 79/41 OP12)
  org('Nihon Hidankyo', undefined, ['Japan Confederation of A- and H-Bomb Sufferers Organizations']),
  org('Office for Outer Space Affairs', 'UNOOSA', ['United Nations Office for Outer Space Affairs']),
  // the inter-agency mechanisms printed as 'UN-<Name>' (the law of the sea, outer space, energy, water and nutrition texts):
  // 'UN' before the hyphen is none of them the United Nations (A/RES/80/44 PP20 'the Inter-Agency Meeting on Outer Space
  // Activities (UN-Space)', 'Invites UN-Oceans', 'in collaboration with UN-Energy', 'with the support of UN-Water'); UN-Space
  // is a body, not a sitting ("Urges the Inter-Agency Meeting on Outer Space Activities (UN-Space), under the leadership of
  // the Office, to continue to examine ...", A/RES/78/72 OP37)
  org('Inter-Agency Meeting on Outer Space Activities', 'UN-Space'),
  org('UN-Oceans'),
  org('UN-Energy'),
  org('UN-Water'),
  org('UN-Nutrition'),
  org('Office of Legal Affairs', 'OLA'),
  // its whole name runs on past "Jurisdiction" with "and the Convening of the First Meeting of the Conference of the Parties
  // to the Agreement", which is no meeting of its own (A/RES/80/107 OP1, 79/271 OP1)
  org('Preparatory Commission for the Entry into Force of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction and the Convening of the First Meeting of the Conference of the Parties to the Agreement', undefined, [
    'Preparatory Commission for the Entry into Force of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction',
  ]),
  // ("the Rule of Law Unit in the Executive Office of the Secretary-General", A/RES/78/112 OP10; 79/327 OP42)
  org('Executive Office of the Secretary-General', 'EOSG'),
  DOALOS,
  org('Office for the Coordination of Humanitarian Affairs', 'OCHA', ['United Nations Office for the Coordination of Humanitarian Affairs']),
  // the Office's head, a post of its own, named in every humanitarian resolution ("Emphasizes the central role of the Emergency
  // Relief Coordinator in the coordination of ...", A/RES/80/211 OP16, 78/205 OP17; "Requests the Emergency Relief Coordinator to
  // continue his efforts", 78/119, 79/140): one node, as the Secretary-General's is
  org('Emergency Relief Coordinator', undefined, ['Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator']),
  // the humanitarian agencies' coordination forum (A/RES/80/211 OP20, OP21, OP41; 78/119, 79/140): known, so that "the
  // Inter-Agency Standing Committee and United Nations country teams" (80/211 OP20) is not read as one body's name
  org('Inter-Agency Standing Committee', 'IASC'),
  org('Office of Counter-Terrorism', 'UNOCT', ['United Nations Office of Counter-Terrorism']),
  // the Secretariat office of the two Special Advisers, listed among the Inter-Agency Coordination Group's members (A/RES/78/228
  // PP19 note, 80/228): read from the capitals, it stopped before "and the Responsibility to Protect"
  org('Office on Genocide Prevention and the Responsibility to Protect'),
  // a working group of the Global Counter-Terrorism Coordination Compact, its name going on in lower case: "the efforts of the
  // Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the United Nations Global
  // Counter-Terrorism Coordination Compact" (A/RES/79/53 PP28): read from the capitals, it stopped at "Law Enforcement"
  org('Working Group on Border Management and Law Enforcement related to Counter-Terrorism'),
  // another of the Compact's working groups, chaired by UNODC: "the role of the United Nations Office on Drugs and Crime as the
  // Chair of the Working Group on Criminal Justice, Legal Responses and Countering the Financing of Terrorism" (A/RES/78/226
  // PP12): the capitals reader stopped at the name's comma ("Working Group on Criminal Justice")
  org('Working Group on Criminal Justice, Legal Responses and Countering the Financing of Terrorism'),
  org('Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States', 'OHRLLS', ['UN-OHRLLS']),
  // the centre the Antigua and Barbuda Agenda set up ("a Small Island Developing States Centre of Excellence in Antigua and
  // Barbuda", A/RES/78/317 annex, 79/323, 80/147), printed by its launched title in the SIDS follow-up texts ("Welcoming the
  // launch of the Centre of Excellence for the Sustainable Development of Small Island Developing States", A/RES/79/203, 80/136):
  // one body (two nodes before); "the Centre of Excellence" after it is the same
  org('Small Island Developing States Centre of Excellence', undefined, ['Centre of Excellence for the Sustainable Development of Small Island Developing States'], ['Centre of Excellence']),
  // the Office's head, a post of its own ("the Under-Secretary-General and High Representative for ...", A/RES/78/163 OP56,
  // 80/150 OP67; "the High Representative for ...", 78/232 OP31): the name's comma had cut it at "Least Developed Countries"
  org('High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States', undefined, [
    'Under-Secretary-General and High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States',
  ]),
  // the advisory board of the President of the Assembly on the three groups of countries ("We recall the Board of Advisers to the
  // President of the General Assembly on Least Developed Countries, Landlocked Developing Countries and Small Island Developing
  // States", A/RES/79/233 annex para 341, twice with its section title): the comma of the groups' list cut it short
  org('Board of Advisers to the President of the General Assembly on Least Developed Countries, Landlocked Developing Countries and Small Island Developing States'),
  // the landlocked developing countries' intergovernmental think tank in Ulaanbaatar, set up by a multilateral agreement (A/RES/78/163
  // OP34, 79/233 annex paras 307, 353, 80/151 OP67), then "the International Think Tank" ("encourages the International Think Tank
  // to continue", 78/163 OP34): "Think Tank" is no head the chunk scan reads (nor a short form's), and no other think tank is so named
  org('International Think Tank for Landlocked Developing Countries', undefined, ['International Think Tank']),
  org('Office of the Special Adviser on Africa', 'OSAA'),
  org('United Nations Office for Disaster Risk Reduction', 'UNDRR', ['Office for Disaster Risk Reduction']),
  org('United Nations Office for South-South Cooperation', 'UNOSSC', ['Office for South-South Cooperation']),
  org('United Nations Office for Partnerships', 'UNOP', ['Office for Partnerships']),
  // regional offices and centres whose names end "<region> and the <region>": the chunk scan ends a name at "and the"
  // after a place ("... Centre for South-West Asia and the Arab Region", A/RES/78/209 PP4, OP2; "the United Nations Office for
  // West Africa and the Sahel", A/RES/80/63 OP22)
  org('United Nations Office for West Africa and the Sahel', 'UNOWAS'),
  org('United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region'),
  org('Development Coordination Office', 'DCO', ['United Nations Development Coordination Office']),
  org('United Nations Office at Geneva', 'UNOG'),
  org('United Nations Office at Vienna', 'UNOV'),
  org('United Nations Office at Nairobi', 'UNON'),
  // the libraries of the Secretariat: "expresses its appreciation to the United Nations Library at Geneva for the dedicated
  // assistance accorded to the Commission" (A/RES/80/164 OP37; 79/121, 78/108), "the digitization of key documents in the Dag
  // Hammarskjöld Library" (A/RES/78/245): a unit named after its seat or a person, not the place; the Geneva library under the
  // name it took when it merged with the archives there: "the ongoing development of the capacity of the United Nations Library
  // and Archives at Geneva to act as a centre for research" (A/RES/79/121 OP33, right after "the United Nations Library at Geneva")
  // (printed short once named: "the continuation of the Library’s ability to function as a research library" (A/RES/78/108 OP32,
  // 79/121 OP33), "the capacity of the Library to offer specialized research assistance" (A/RES/80/164 OP37))
  org('United Nations Library at Geneva', undefined, ['United Nations Library and Archives at Geneva'], ['Library']),
  org('Dag Hammarskjöld Library'),
  org('Office of the United Nations High Commissioner for Human Rights', 'OHCHR', ['Office of the High Commissioner for Human Rights', 'Office of the United Nations High Commissioner for Human Rights (OHCHR)']),
  // "the High Commissioner" after either High Commissioner's full name is that one
  org('United Nations High Commissioner for Human Rights', undefined, ['High Commissioner for Human Rights'], ['High Commissioner']),
  org('Office of the United Nations High Commissioner for Refugees', 'UNHCR', ['United Nations High Commissioner for Refugees', 'Office of the High Commissioner for Refugees'], ['High Commissioner']),
  // its governing body ("ExCom"), printed with the Office's name after "of the Programme"
  UNHCR_EXECUTIVE_COMMITTEE,
  OPCW_EXECUTIVE_COUNCIL,
  OPCW_TECHNICAL_SECRETARIAT,
  OIC_GENERAL_SECRETARIAT,
  // the OIC's centre against extremist narratives, its English name printed after it: "the cooperation between relevant United
  // Nations institutions and Sawt Al-Hikma (the Voice of Wisdom) and the Centre for Dialogue, Peace and Understanding" (A/RES/79/9
  // OP6): a name with no head the patterns know, read as nothing
  org('Sawt Al-Hikma', undefined, ['Voice of Wisdom', 'Sawt Al-Hikma Centre']),
  INTERPOL_GENERAL_SECRETARIAT,
  INTERPOL_GENERAL_ASSEMBLY,
  CEI_EXECUTIVE_SECRETARIAT,
  COE_CONGRESS,
  ...GENERAL_CONFERENCES,
  UNIDO_IDB,
  org('United Nations Group on the Information Society', 'UNGIS'),
  org('United Nations System Chief Executives Board for Coordination', 'CEB', ['Chief Executives Board for Coordination', 'Chief Executives Board', 'United Nations System Chief Executives Board', 'United Nations System Chief Executive Board for Coordination']),
  org('United Nations Sustainable Development Group', 'UNSDG'),
  // the system-wide evaluation office the 2024 review set up: "Welcomes the establishment of the United Nations Sustainable
  // Development Group System-wide Evaluation Office, ..., and requests that the Executive Director of the System-wide Evaluation
  // Office ... present the annual report" (A/RES/79/226 OP95): one office, not two nodes; its head is a post of its own, whom the
  // Assembly asks to report (as the UNFCCC's Executive Secretary below), not the office
  org('United Nations Sustainable Development Group System-wide Evaluation Office', undefined, ['System-wide Evaluation Office']),
  org('Executive Director of the United Nations Sustainable Development Group System-wide Evaluation Office', undefined, ['Executive Director of the System-wide Evaluation Office']),
  org('Inter-Agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals', 'IATT', ['United Nations Inter-Agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals', 'Inter-agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals',
    // printed lowercase in the Technology Facilitation Mechanism's list ("the multi-stakeholder forum on science, technology and
    // innovation for the Sustainable Development Goals, the inter-agency task team on ...", A/RES/80/118 PP8, 79/194, 80/149)
    'inter-agency task team on science, technology and innovation for the Sustainable Development Goals']),
  // the drug purchase facility the World Health Organization hosts: "UNITAID, hosted by the World Health Organization" (A/RES/73/3
  // OP52), "Unitaid, hosted by" (A/RES/78/5), "the international drug purchase facility, Unitaid" (A/RES/78/188 OP45); its
  // formal name printed in capitals before the short one, "such as the International Drug Purchase Facility, UNITAID" (A/RES/78/174
  // OP62, 79/146, 80/178): one body, not an initiative beside it
  org('Unitaid', undefined, ['UNITAID', 'International Drug Purchase Facility']),
  // the Unitaid-backed licensing body, printed without "the": "in collaboration with Medicines Patent Pool" (A/RES/78/280 PP50,
  // 79/287): no name was read
  org('Medicines Patent Pool'),
  // the international organization of the Secretary-General's energy initiative, printed without "the": "multi-stakeholder
  // partnerships, including Sustainable Energy for All, which has given strong momentum ..." and "international organizations,
  // such as Sustainable Energy for All" (A/RES/80/142 PP32, OP31; 79/211, 78/157); the Decade and the Year "of Sustainable
  // Energy for All" and its Forum are names of their own
  org('Sustainable Energy for All', 'SEforALL'),
  org('10-Member Group of High-level Representatives of Civil Society, Private Sector and Scientific Community', undefined, ['10-Member Group']),
  // Digital cooperation bodies
  org('Internet Governance Forum', 'IGF', ['United Nations Internet Governance Forum'], ['Forum']),
  org('Multi-stakeholder Advisory Group', 'MAG', ['Multi-stakeholder Advisory Group of the Internet Governance Forum']),
  // the urban search-and-rescue network of the natural-disasters texts: "the important contribution of the International Search and
  // Rescue Advisory Group ..., and encourages Member States to continue to support the Advisory Group" (A/RES/78/120 OP51, 79/139,
  // 80/113): the short form named a second Organization, "Advisory Group" (no acronym: "INSARAG" is not printed)
  org('International Search and Rescue Advisory Group', undefined, [], ['Advisory Group']),
  org('Leadership Panel of the Internet Governance Forum', undefined, ['Internet Governance Forum Leadership Panel', 'IGF Leadership Panel', 'Leadership Panel']),
  // the Secretary-General's group of 2022, printed with and without his possessive ("the establishment of the Global Crisis
  // Response Group on Food, Energy and Finance", A/RES/79/216 OP8; "the Secretary-General’s Global Crisis Response Group on Food,
  // Energy and Finance", 78/184 OP45, 79/156 OP49, 80/187 OP50): one node (known, possessorEnd reads the possessive as the owner's)
  org('Global Crisis Response Group on Food, Energy and Finance'),
  // (no alias with the Secretary-General's possessive: printed so, "the Secretary-General’s High-level Panel on Digital
  // Cooperation" (A/RES/78/160 PP16) names the owner, a verb target, and the panel PART_OF him, as the Global Crisis Response
  // Group above; an alias would swallow him)
  org('High-level Panel on Digital Cooperation', undefined, ['High-Level Panel on Digital Cooperation']),
  org('High-level Advisory Body on Artificial Intelligence', undefined, ['High-Level Advisory Body on Artificial Intelligence']),
  org('Independent International Scientific Panel on Artificial Intelligence', undefined, ['Independent International Scientific Panel on AI', 'International Scientific Panel on Artificial Intelligence'], ['Panel', 'Scientific Panel']),
  org('Working Group on Enhanced Cooperation', 'WGEC'),
  org('Working Group on Measuring E-commerce and the Digital Economy', undefined, ['Working Group on Measuring E-Commerce and the Digital Economy']),
  org('Working Group on Improvements to the Internet Governance Forum', undefined, ['Commission on Science and Technology for Development Working Group on Improvements to the Internet Governance Forum']),
  org('Working Group on Data Governance at All Levels', undefined, ['multi-stakeholder working group on data governance at all levels', 'working group on data governance at all levels']),
  org('Intergovernmental Group of Experts on E-commerce and the Digital Economy', undefined, ['Intergovernmental Group of Experts on E-Commerce and the Digital Economy']),
  org('Broadband Commission for Sustainable Development', undefined, ['Broadband Commission for Digital Development', 'Broadband Commission'], []),
  org('Broadband Commission Working Group on Broadband and Gender'),
  org('Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025', 'OEWG', ['open-ended working group on security of and in the use of information and communications technologies 2021–2025', 'Open-ended Working Group on Security of and in the Use of Information and Communications Technologies 2021–2025', 'open-ended working group on security of and in the use of information and communications technologies', '2021–2025 open-ended working group', '2021-2025 open-ended working group']),
  // the group of 2019-2021, named by the year of its final report after its full name ("the 2021 Open-ended Working Group on
  // Developments in the Field of ...", then "the conclusion of the groups of governmental experts and the 2021 Open-ended
  // Working Group", A/RES/78/16 PP8, PP9, PP15); not the 2021–2025 group, printed with its span
  org('Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security', undefined, ['open-ended working group on developments in the field of information and telecommunications in the context of international security', '2021 Open-ended Working Group', '2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security']),
  org('Group of Governmental Experts on Advancing Responsible State Behaviour in Cyberspace in the Context of International Security'),
  // the Convention on Certain Conventional Weapons' group, printed with its owners after its name in the Convention's own
  // resolution ("... Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention met in Geneva", A/RES/80/68
  // PP7, 79/75, 78/64) and without them in its OP8 and in every other text (79/62, 80/58, 78/241): one group. Its name stops
  // before "of the High Contracting Parties to the Convention": the owners printed after it are the Convention's, which takes
  // the clause's verb as an organ's owner does (no alias swallowing them)
  // the Arms Trade Treaty's standing bodies, printed in lower case by its texts ("through the working group on effective treaty
  // implementation", "the ongoing efforts of the working group on transparency and reporting", A/RES/80/46 PP17, OP7, 79/52, 78/48)
  // and its States Parties' forum for sharing information on diversion ("the continuing work of the Diversion Information Exchange
  // Forum, and encourages States Parties ... to actively use the Forum", 80/46 OP13): bodies that work and are used, not sittings
  // (and "the standing working groups on effective treaty implementation, ..., on transparency and reporting and on
  // universalization", 80/46 OP4: the first of the groups listed is named in full)
  org('Working Group on Effective Treaty Implementation', undefined, ['working group on effective treaty implementation', 'working groups on effective treaty implementation']),
  org('Working Group on Transparency and Reporting', undefined, ['working group on transparency and reporting']),
  org('Diversion Information Exchange Forum', undefined, [], ['Forum']),
  // the Treaty's voluntary trust fund, printed in lower case with its purpose ("through the working group on effective treaty
  // implementation and the voluntary trust fund for the implementation of the Treaty", "Welcomes the continued support through the
  // voluntary trust fund for the implementation and universalization of the Treaty", A/RES/78/48 PP16, OP14; 79/52, 80/46), then
  // "the voluntary trust fund" or "the fund" alone ("... and encourages all States parties ... to contribute to the fund", 78/48
  // OP14; "Encourages eligible States to make best use of the voluntary trust fund", OP15)
  org('Arms Trade Treaty Voluntary Trust Fund', undefined, ['voluntary trust fund for the implementation of the Treaty', 'voluntary trust fund for the implementation and universalization of the Treaty'], ['voluntary trust fund', 'fund']),
  org('Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems'),
  // groups of governmental experts named by their mandate, an infinitive and lowercase words no capitalised name reads: keyed
  // per resolution as a bare "Group of Governmental Experts", each was a node per text citing it (A/RES/79/240 PP4, PP5;
  // 78/239, 78/40, 79/41, 80/48, 80/53; 78/238, 79/20, 79/21)
  org('Group of Governmental Experts to further consider nuclear disarmament verification issues'),
  // (its report A/61/1028, A/RES/79/240 PP2, 80/53: the Organization in its name is no mention of its own)
  org('Panel of Governmental Experts on verification in all its aspects, including the role of the United Nations in the field of verification'),
  org('Group of Governmental Experts to consider the role of verification in advancing nuclear disarmament'),
  org('Group of Governmental Experts to consider and make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space', undefined, [
    'Group of Governmental Experts to consider and to make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space',
  ]),
  // the permanent mechanism that follows the 2021-2025 open-ended working group (A/79/214 annex C; A/RES/80/16 OP2,
  // A/80/L.41 and A/RES/80/173 OP56 "the establishment of the Global Mechanism on developments in the field of ICTs ...");
  // not "Global Mechanism" alone, which names the Convention to Combat Desertification's as well
  org('Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs', undefined, ['Global Mechanism on developments in the field of information and communications technologies in the context of international security and advancing responsible State behaviour in the use of information and communications technologies', 'Global Mechanism on Developments in the Field of ICTs in the Context of International Security and Advancing Responsible State Behaviour in the Use of ICTs']),
  // the Kimberley Process's committee: "the Ad Hoc Committee on Review and Reform of the Kimberley Process" (A/RES/79/275 PP27,
  // 78/270), then "the Ad Hoc Committee on Review and Reform" (79/275 OP4, OP5): one body (two nodes before)
  org('Ad Hoc Committee on Review and Reform of the Kimberley Process', undefined, ['Ad Hoc Committee on Review and Reform']),
  org('Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes', undefined, ['Ad Hoc Committee on Cybercrime']),
  // names a capitalised chunk cuts short: at the lowercase 'a' (A/RES/79/243 PP1, 78/229: 'Expert Group to Conduct'), at the first
  // comma of a list (A/RES/78/205 PP38, 80/211 PP39: 'Expert Group on Refugee')
  // the Secretary-General's fund for victims of sexual exploitation and abuse by United Nations personnel, printed lowercase in every
  // text that names it ("welcomes voluntary contributions to the trust fund in support of victims of sexual exploitation and abuse",
  // A/RES/78/331 OP14, 78/102, 79/116, 80/160); a capitalised chunk never starts at 'trust'
  org('Trust Fund in Support of Victims of Sexual Exploitation and Abuse', undefined, ['trust fund in support of victims of sexual exploitation and abuse']),
  // the voluntary trust funds of the Office of the High Commissioner and of UNODC, printed lowercase after "United Nations" in
  // the trafficking and slavery texts ("to contribute to the United Nations voluntary trust fund for victims of trafficking in
  // persons, especially women and children, which was established by the Global Plan of Action", A/RES/79/286 OP13, 78/228,
  // 78/229, 79/154, 80/228, 80/229; "the United Nations voluntary trust fund on contemporary forms of slavery")
  org('United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children', undefined, ['United Nations voluntary trust fund for victims of trafficking in persons, especially women and children']),
  // the trafficking texts print the inter-agency group in full once, then "the Coordination Group" (A/RES/80/228 PP21, PP24,
  // OP11, OP14, OP15; 78/228, 80/229): one body, not one keyed with the resolution. Short forms only: the mine action texts
  // have an "Inter-Agency Coordination Group on Mine Action" of their own (A/RES/78/70, 80/67)
  org('Inter-Agency Coordination Group against Trafficking in Persons', undefined, [], ['Inter-Agency Coordination Group', 'Coordination Group']),
  org('United Nations Voluntary Trust Fund on Contemporary Forms of Slavery', undefined, ['United Nations voluntary trust fund on contemporary forms of slavery']),
  // the torture texts' fund and its board, "the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of
  // Torture" (A/RES/80/198 OP50): both known, the board is PART_OF the fund and the clause names both (session 50)
  org('United Nations Voluntary Fund for Victims of Torture'),
  org('Board of Trustees of the United Nations Voluntary Fund for Victims of Torture'),
  // the mine action texts' fund (established in 1994), printed lowercase, after "United Nations" or not: "through existing trust funds
  // and arrangements, including ... the United Nations voluntary trust fund for assistance in mine action" (A/RES/79/53 OP21), "global
  // trust funds, including the voluntary trust fund for assistance in mine action" (78/70 OP4, 80/74)
  org('Voluntary Trust Fund for Assistance in Mine Action', undefined, ['voluntary trust fund for assistance in mine action', 'United Nations Voluntary Trust Fund for Assistance in Mine Action', 'United Nations voluntary trust fund for assistance in mine action']),
  // other United Nations trust funds printed lowercase after "United Nations": "Encourages Governments to support the United
  // Nations trust fund on family activities" (A/RES/79/150 OP33, 78/176, 80/183), "... the United Nations trust fund for ageing"
  // (A/RES/79/147, 80/179), "the United Nations trust fund for electoral assistance" (A/RES/78/208), "the United Nations trust
  // fund for human security" (A/RES/78/4); the disaster reduction fund printed three ways in three texts of the Sendai series
  // the plastics treaty committee convened by UNEA resolution 5/14, printed lowercase in some 24 texts: "the intergovernmental
  // negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine
  // environment" (A/RES/78/68 OP242, 78/159, 79/212 ...; not yet "the intergovernmental negotiating committee" after it, 80/145 OP5)
  org(
    'Intergovernmental Negotiating Committee to Develop an International Legally Binding Instrument on Plastic Pollution, including in the Marine Environment',
    undefined,
    [
      'intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment',
      'intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution',
    ],
  ),
  // the tax convention's committee, which A/RES/79/235 OP3 establishes lowercase: "a Member State-led, open-ended
  // intergovernmental negotiating committee for the purpose of drafting the United Nations Framework Convention on
  // International Tax Cooperation" (then "the intergovernmental negotiating committee", OP4-OP10); by name in 80/126, 80/128
  org(
    'Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation',
    undefined,
    ['intergovernmental negotiating committee for the purpose of drafting the United Nations Framework Convention on International Tax Cooperation'],
  ),
  // its forerunner, which A/RES/78/230 OP3 establishes lowercase: "a Member State-led, open-ended ad hoc intergovernmental
  // committee for the purpose of drafting terms of reference for a United Nations framework convention on international tax
  // cooperation" (then "the ad hoc intergovernmental committee", OP4-OP9); by name in 79/234 OP35, 79/235, 79/263
  org(
    'Ad Hoc Committee to Draft Terms of Reference for a United Nations Framework Convention on International Tax Cooperation',
    undefined,
    ['ad hoc intergovernmental committee for the purpose of drafting terms of reference for a United Nations framework convention on international tax cooperation'],
    ['ad hoc intergovernmental committee'],
  ),
  org('United Nations Trust Fund on Family Activities', undefined, ['United Nations trust fund on family activities']),
  org('United Nations Trust Fund for Ageing', undefined, ['United Nations trust fund for ageing']),
  // the focal point on ageing of the United Nations system, a programme of the Department of Economic and Social Affairs: "the
  // Programme on Ageing of the Department of Economic and Social Affairs of the Secretariat" (A/RES/80/179 OP66, 78/177, 79/147)
  org('Programme on Ageing'),
  org('United Nations Trust Fund for Electoral Assistance', undefined, ['United Nations trust fund for electoral assistance']),
  // UNDP's fund, printed lowercase with its owner: "contributions to ... the democratic governance thematic trust fund of the United
  // Nations Development Programme" (A/RES/78/208 PP47)
  org('Democratic Governance Thematic Trust Fund', undefined, ['democratic governance thematic trust fund']),
  org('United Nations Trust Fund for Human Security', undefined, ['United Nations trust fund for human security']),
  org('United Nations Trust Fund for Disaster Reduction', undefined, ['United Nations trust fund for disaster reduction', 'United Nations trust fund for disaster risk reduction']),
  org('Expert Group to Conduct a Comprehensive Study on Cybercrime'),
  org('Expert Group on Refugee, Internally Displaced Persons and Statelessness Statistics'),
  // the city group of the Statistical Commission, printed in full (A/RES/79/149 PP33, OP34) or as the author of its "short set of
  // questions on disability" (A/RES/78/195 PP41, OP32, OP34(f); 80/197): one body
  org('Washington Group on Disability Statistics', undefined, ['Washington Group']),
  // the advisory committee of the Programme of Assistance, printed in full in the preamble and short further on ("following
  // consultations with the Advisory Committee on the Programme of Assistance", A/RES/80/163 PP7 and OP29; 78/107, 79/120)
  org('Advisory Committee on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law', undefined, ['Advisory Committee on the Programme of Assistance']),
  org('Technology Bank for the Least Developed Countries', undefined, ['Technology Bank', 'United Nations Technology Bank for the Least Developed Countries']),
  // Funds and programmes, other entities
  // "the Conference" after UNCTAD is named means UNCTAD ("the Digital Economy Report 2024 ... of the Conference"), until a
  // conference is named after it
  org('United Nations Conference on Trade and Development', 'UNCTAD', [], ['Conference']),
  org('Secretary-General of the United Nations Conference on Trade and Development', undefined, ['Secretary-General of UNCTAD']),
  org('Trade and Development Board'),
  org('United Nations Development Programme', 'UNDP'),
  org('United Nations Environment Programme', 'UNEP', ['UN Environment']),
  // "the Environment Assembly" after its full name, and in the sessions' names ("sixth session of the Environment Assembly")
  org('United Nations Environment Assembly', 'UNEA', ['United Nations Environment Assembly of the United Nations Environment Programme', 'Environment Assembly']),
  org('United Nations Children\'s Fund', 'UNICEF', ['United Nations Children’s Fund']),
  org('United Nations Population Fund', 'UNFPA'),
  org('World Food Programme', 'WFP'),
  org('United Nations Human Settlements Programme', 'UN-Habitat', ['UN-HABITAT']),
  // a group of Member States named for three things, the last after "and the" (A/RES/79/214 PP28): the name was read to
  // "Group of Friends", one node for every group of friends so cut
  org('Group of Friends of UN-Habitat, Sustainable Urbanization and the New Urban Agenda'),
  // the group of Member States on migration, named with a lower-case "group" after it: "the work of the Global Compact Champion
  // countries and the Friends of Migration group" (A/RES/78/217 PP14, 80/218): not read
  org('Friends of Migration', undefined, ['Friends of Migration group']),
  // the State-led forum on migration, its yearly summits numbered ("the fourteenth summit meeting of the Global Forum on Migration
  // and Development, chaired by France", A/RES/78/217 PP15, 80/218; 79/217): the forum was no node, only its meeting; "the
  // fourteenth summit of the Global Forum" after its full name (79/217 PP27): its short form
  org('Global Forum on Migration and Development', 'GFMD', [], ['Global Forum']),
  // UNCTAD's panel ("the contribution of the original and reconvened Panel of Eminent Persons of the United Nations Conference on
  // Trade and Development", A/RES/79/196 PP22, 78/136 PP20): read as a bare "Panel of Eminent Persons", one node for any such panel
  org('Panel of Eminent Persons of the United Nations Conference on Trade and Development'),
  // Haiti's police, supported by the Assembly's Haiti missions ("the United Nations Integrated Office in Haiti, the Haitian National
  // Police and the Haitian Armed Forces", A/RES/80/241 PP2): "Police" heads no name, so it was missed beside the Armed Forces
  org('Haitian National Police'),
  org('United Nations Office on Drugs and Crime', 'UNODC'),
  org('United Nations Entity for Gender Equality and the Empowerment of Women', 'UN-Women', ['UN Women']),
  org('United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'UNRWA'),
  // the Agency's head, whom its texts request and thank and whose annual report they take note of ("the report of the
  // Commissioner-General of the Agency covering the period from 1 January to 31 December 2023,1", A/RES/79/88 PP8; "Requests the
  // Commissioner-General to continue efforts ...", 78/73 OP22): an officer, as the High Commissioners are
  org('Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East', undefined, ['Commissioner-General of UNRWA', 'Commissioner-General of the Agency'], ['Commissioner-General']),
  // the Agency's advisory body of Member States, which its texts thank, request and admit members to ("Decides to admit ...
  // Iraq ... as a member of the Advisory Commission of the United Nations Relief and Works Agency ...", A/RES/79/88 OP6; "the
  // Advisory Commission of the Agency", 78/73 OP10, 80/77 OP37): one body every year, not a node per text
  org('Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East', undefined, ['Advisory Commission of UNRWA', 'Advisory Commission of the Agency'], ['Advisory Commission']),
  org('United Nations Capital Development Fund', 'UNCDF'),
  org('United Nations Volunteers', 'UNV', ['United Nations Volunteers programme']),
  org('United Nations University', 'UNU'),
  // printed "the University" once named ("Requests the University ...", "the University’s global presence", A/RES/79/84 PP3-OP9)
  org('University for Peace', undefined, [], ['University']),
  org('United Nations Institute for Training and Research', 'UNITAR'),
  org('United Nations Institute for Disarmament Research', 'UNIDIR'),
  org('United Nations Research Institute for Social Development', 'UNRISD'),
  org('United Nations Interregional Crime and Justice Research Institute', 'UNICRI'),
  // "and the Treatment of Offenders" would be read as another name (A/RES/79/242, the UNAFRI resolution, and its OP on UNAFEI)
  org('United Nations African Institute for the Prevention of Crime and the Treatment of Offenders', 'UNAFRI'),
  org('United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders', 'UNAFEI'),
  // the network of the institutes above, printed in lower case after "United Nations": "the institutes of the United Nations
  // crime prevention and criminal justice programme network" (A/RES/80/226 OP4 (c), 78/223, 78/225, 79/186, 79/242, 80/225):
  // no capitalised head word, so not read at all; also printed without "programme" ("the Institute is an important component of
  // the United Nations crime prevention and criminal justice network", A/RES/79/242 PP23)
  org('United Nations Crime Prevention and Criminal Justice Programme Network', undefined, ['United Nations Crime Prevention and Criminal Justice Network']),
  // the crime commission's expert groups, named in lower case with a topic holding "on", "that" or "and" that ends no name:
  // "the open-ended intergovernmental expert group on model strategies on reducing reoffending" (A/RES/80/226 PP2, 79/187
  // OP1), "... on crimes that affect the environment" (A/RES/80/227 OP18), "... on gender-related killing of women and girls
  // at its meeting held in Bangkok" (A/RES/78/229 OP48, 80/229 OP40): not read; "the open-ended intergovernmental expert
  // group" after the full name is the same group (A/RES/80/226 OP1, 79/187 OP3), as "the expert group" is ("takes note of the
  // reports of the expert group on those meetings", "Approves the recommendation of the expert group", A/RES/80/226 OP1, OP3)
  org('Open-ended Intergovernmental Expert Group on Model Strategies on Reducing Reoffending', undefined, ['open-ended intergovernmental expert group on model strategies on reducing reoffending'], ['open-ended intergovernmental expert group', 'expert group']),
  org('Open-ended Intergovernmental Expert Group on Crimes that Affect the Environment', undefined, ['open-ended intergovernmental expert group on crimes that affect the environment'], ['open-ended intergovernmental expert group', 'expert group']),
  org('Open-ended Intergovernmental Expert Group on Gender-related Killing of Women and Girls', undefined, ['open-ended intergovernmental expert group on gender-related killing of women and girls'], ['open-ended intergovernmental expert group', 'expert group']),
  // the UN-Habitat Assembly's working group, likewise in lower case: "all meetings of the open-ended intergovernmental expert working
  // group on adequate housing for all" (A/RES/79/214 OP23)
  org('Open-ended Intergovernmental Expert Working Group on Adequate Housing for All', undefined, ['open-ended intergovernmental expert working group on adequate housing for all']),
  org('United Nations System Staff College', 'UNSSC'),
  org('United Nations Office for Project Services', 'UNOPS'),
  org('Joint United Nations Programme on HIV/AIDS', 'UNAIDS'),
  org('International Trade Centre', 'ITC'),
  org('International Computing Centre', 'UNICC', ['United Nations International Computing Centre']),
  org('Peacebuilding Fund'),
  org('Central Emergency Response Fund', 'CERF'),
  org('Joint SDG Fund', undefined, ['Joint Sustainable Development Goals Fund']),
  org('Green Climate Fund', 'GCF'),
  // the Technology Mechanism's operational arm under the climate convention, a standing body ("the Climate Technology Centre and
  // Network", A/RES/78/147 PP8, 79/233 annex): not an initiative, as its name's last word would make it
  org('Climate Technology Centre and Network', 'CTCN'),
  // the climate convention's fund set up at its twenty-seventh session, printed "the Fund for responding to loss and damage"
  // (A/RES/79/205 OP20) and "the Fund for responding to Loss and Damage" (A/RES/79/323) as well as capitalised (80/137, 80/145),
  // and in lower case once set up ("the new fund for responding to loss and damage", A/RES/78/317 annex 32); not the indefinite "a
  // fund for responding to loss and damage" of the arrangements still to be made (78/232 OP15, read as no name by its gold)
  org('Fund for Responding to Loss and Damage', undefined, ['Fund for responding to loss and damage', 'Fund for responding to Loss and Damage', 'Fund, for responding to Loss and Damage', 'new fund for responding to loss and damage']),
  org('Global Environment Facility', 'GEF'),
  // the multilateral development banks' climate finance funds, listed with the climate funds ("the Global Environment Facility, the
  // Adaptation Fund and the Climate Investment Funds", A/RES/79/214 OP26): a plural head word no name reader keeps
  org('Climate Investment Funds'),
  // the Convention on Biological Diversity's bodies on its article 8 (j) (traditional knowledge), named by the article: the
  // parenthesised letter is part of the name, not an aside ("the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j)
  // and related provisions", A/RES/78/155 PP27, OP19; "... Intersessional ... and Related Provisions of the Convention on
  // Biological Diversity", 79/208 PP28, 80/140 PP27; its successor of 2024, "the Subsidiary Body on Article 8 (j) and Other
  // Provisions of the Convention on Biological Diversity related to Indigenous Peoples and Local Communities", 80/140 OP23, OP24;
  // by the article alone, "decision CBD/COP/DEC/16/5 ... on the establishment of the Subsidiary Body on article 8 (j) as well as
  // other matters", A/RES/80/191 PP46)
  org('Ad Hoc Open-ended Intersessional Working Group on Article 8 (j) and Related Provisions of the Convention on Biological Diversity', undefined, [
    'Ad Hoc Open-ended Intersessional Working Group on Article 8 (j) and Related Provisions',
    'Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and Related Provisions',
    'Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and related provisions',
    'Ad Hoc Open-ended Intersessional Working Group on Article 8 (j) and related provisions',
  ]),
  org('Subsidiary Body on Article 8 (j) and Other Provisions of the Convention on Biological Diversity related to Indigenous Peoples and Local Communities', undefined, [
    'Subsidiary Body on Article 8 (j) and Other Provisions of the Convention on Biological Diversity',
    'Subsidiary Body on Article 8 (j)',
    'Subsidiary Body on article 8 (j)',
  ]),
  // the IBSA Fund, managed by the United Nations Office for South-South Cooperation: a name opened by three countries, which
  // the capitals reader split into two places and "South Africa Facility ..." (A/RES/80/156 OP22)
  org('India, Brazil and South Africa Facility for Poverty and Hunger Alleviation', undefined, ['IBSA Fund for the Alleviation of Poverty and Hunger', 'India, Brazil and South Africa Fund for the Alleviation of Poverty and Hunger']),
  org('Intergovernmental Panel on Climate Change', 'IPCC'),
  // the two standing working groups of the United Nations Scientific Committee on the Effects of Atomic Radiation, printed in lower
  // case in each of its resolutions ("Welcomes the continuation of the ad hoc working group on effects and mechanisms and the ad
  // hoc working group on sources and exposure to assist the Scientific Committee", A/RES/78/71 OP6, 79/85 OP7, 80/75 OP7)
  org('ad hoc working group on effects and mechanisms'),
  org('ad hoc working group on sources and exposure'),
  // the working group the Ninth Review Conference of the Biological Weapons Convention established, printed in lower case in
  // A/RES/78/67 (OP5-OP7) and capitalised by the capitals reader's key in 79/78 and 80/71: one body
  org('Working Group on the strengthening of the Convention', undefined, ['working group on the strengthening of the Convention']),
  // an intergovernmental body like the IPCC (its plenary of member States, a secretariat hosted by UNEP), though its name says
  // "Platform" (an Initiative head noun): printed "Science- Policy" across a line break and "on biodiversity and" (A/RES/78/232 OP16)
  org('Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services', 'IPBES', [
    'Intergovernmental Science Policy Platform on Biodiversity and Ecosystem Services',
    'Intergovernmental Science-Policy Platform on biodiversity and Ecosystem Services',
  ]),
  org('United Nations Framework Convention on Climate Change secretariat', undefined, ['secretariat of the United Nations Framework Convention on Climate Change']),
  // the head of that secretariat, whose yearly report the Assembly takes note of ("Takes note of the report of the Executive
  // Secretary of the United Nations Framework Convention on Climate Change on the twenty-ninth session ...", A/RES/80/138
  // OP14, 78/153, 79/206): an office, as the Secretary-General of UNCTAD is, not the Convention
  org('Executive Secretary of the United Nations Framework Convention on Climate Change'),
  // the Convention's subsidiary body, printed with the Convention's name or not: "convened by the Chair of the Subsidiary Body for
  // Scientific and Technological Advice ... during the sixtieth session of the Subsidiary Body for Scientific and Technological
  // Advice of the United Nations Framework Convention on Climate Change" (A/RES/80/144 PP15): one body
  org('Subsidiary Body for Scientific and Technological Advice', 'SBSTA', ['Subsidiary Body for Scientific and Technological Advice of the United Nations Framework Convention on Climate Change']),
  // the desertification Convention's subsidiary body, named by its own title, "of the Convention" ("the twenty-first session of
  // the Committee for the Review of the Implementation of the Convention, held in Samarkand", A/RES/79/207 OP16, 80/139 OP18),
  // or with the Convention's name (A/RES/78/147 OP8, 78/320 PP11): one body, not a "Committee for the Review of the
  // Implementation" cut short before "of the Convention"
  org('Committee for the Review of the Implementation of the United Nations Convention to Combat Desertification', 'CRIC', [
    'Committee for the Review of the Implementation of the Convention',
    'Committee for the Review of the Implementation of the Convention to Combat Desertification',
  ]),
  // the desertification Convention's body that mobilizes its finance: "Reiterates the invitation to the secretariat and the Global
  // Mechanism of the Convention to continue to collaborate ..." (A/RES/78/154 OP24, 79/207 OP24, 80/139 OP27); no other convention
  // has a body so named ("the Global Mechanism" alone in the ICT texts is the ICT security mechanism's short form)
  org('Global Mechanism of the United Nations Convention to Combat Desertification', undefined, [
    'Global Mechanism of the Convention',
    'Global Mechanism of the Convention to Combat Desertification',
  ]),
  // the desertification Convention's working group on the midterm evaluation of its Strategic Framework, named by its mandate:
  // "Welcomes the work of the Intergovernmental Working Group to oversee the midterm evaluation process related to the 2018–2030
  // Strategic Framework of the Convention" (A/RES/79/207 OP9, 80/139 OP10); no short form of the Intergovernmental Working Group
  // on Drought the same texts name (PP23, PP29)
  org('Intergovernmental Working Group to oversee the midterm evaluation process'),
  // Specialized agencies and related organizations
  org('International Telecommunication Union', 'ITU', [], ['Union']),
  // (a comma before "and" in one printing: "the third edition of the United Nations Educational, Scientific, and Cultural Organization
  // Creative Cities Beijing Summit", A/RES/80/148 PP30; without it the name was cut to "Cultural Organization ...")
  org('United Nations Educational, Scientific and Cultural Organization', 'UNESCO', ['United Nations Educational, Scientific, and Cultural Organization']),
  // UNESCO's committee and fund on the return of cultural property, named in full with a lower-case "its" inside the name
  // (the names were cut before "to its Countries of Origin": A/RES/79/133 OP2, OP33, OP40, OP41)
  org('Intergovernmental Committee for Promoting the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation'),
  org('International Fund for the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation'),
  org('World Intellectual Property Organization', 'WIPO'),
  org('World Health Organization', 'WHO'),
  org('Food and Agriculture Organization of the United Nations', 'FAO', ['Food and Agriculture Organization', 'Food and Agricultural Organization of the United Nations', 'Food and Agricultural Organization']),
  // printed "Organisation" (its own spelling: A/RES/78/269, 79/2, 79/227, 80/157) and "Organization" (78/3, 78/4, 78/168, 78/280,
  // 79/333): one body
  org('World Organisation for Animal Health', 'WOAH', ['World Organization for Animal Health']),
  org('International Labour Organization', 'ILO', ['International Labour Office']),
  org('United Nations Industrial Development Organization', 'UNIDO'),
  org('International Fund for Agricultural Development', 'IFAD'),
  // the partnership of agricultural research centres, named mostly by its acronym alone: "calls for continued support to the
  // international agricultural research system, including the research centres of CGIAR" (A/RES/80/133 OP21, 78/144),
  // "strengthening the work of the reformed Consortium of International Agricultural Research Centers (CGIAR)" (A/RES/78/168)
  org('Consortium of International Agricultural Research Centers', 'CGIAR'),
  org('International Civil Aviation Organization', 'ICAO'),
  // airlines the Council's Libya sanctions name: the national carrier whose offices States shall close ("all Libyan Arab
  // Airlines offices within their territories", S/RES/883 (1993) OP6: no head word of ORG_HEADS), and the carriers of the two
  // bombed flights ("the bombing of Pan Am flight 103", "Union de Transports Aériens flight 772", PP7, OP16; UTA is read by its
  // head "Union")
  org('Libyan Arab Airlines'),
  org('Pan American World Airways', undefined, ['Pan Am']),
  org('International Maritime Organization', 'IMO'),
  // IMO's committee, printed "the Marine Environmental Protection Committee" too (A/RES/78/68 OP244, beside "the Marine Environment
  // Protection Committee" of other texts): one body
  org('Marine Environment Protection Committee', undefined, ['Marine Environmental Protection Committee']),
  // the intergovernmental transport policy body of the OECD, not a sitting: "the International Union of Railways and the
  // International Transport Forum, within their respective mandates" (A/RES/78/148 PP28), "other relevant bodies such as the
  // International Transport Forum" (A/RES/80/132)
  org('International Transport Forum'),
  // the conservation union whose Red List the texts cite by its full name ("classified as “vulnerable” on the International Union
  // for Conservation of Nature Red List of Threatened Species", A/RES/79/143 PP7, 78/278): known, it leads the list it begins
  org('International Union for Conservation of Nature', 'IUCN'),
  // (found by its "(INTERPOL)" alone before: "the Radiological and Nuclear Terrorism Prevention Unit of the International
  // Criminal Police Organization (INTERPOL)" (A/RES/79/55 PP24) was one body holding the acronym; "the International
  // Criminal Police Organization and other relevant ..." (A/RES/78/226) was no body at all)
  org('International Criminal Police Organization', 'INTERPOL'),
  // INTERPOL's innovation centre, printed without a head word the capitals reader knows ("its Global Complex for Innovation
  // located in Singapore", A/RES/79/136 PP7; "the INTERPOL Global Complex for Innovation"): missed
  org('INTERPOL Global Complex for Innovation', undefined, ['Global Complex for Innovation']),
  // UNIDROIT named in full (A/RES/79/133 OP34: "the model provisions of [UNESCO] and the International Institute for the
  // Unification of Private Law on State ownership of undiscovered cultural objects" was keyed "... Private Law on State").
  // By its acronym too ("the UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits", A/RES/80/161 OP3 (b)):
  // where it qualifies its convention ("the 1995 UNIDROIT Convention on Stolen ..."), the convention's longer name wins
  org('International Institute for the Unification of Private Law', 'UNIDROIT'),
  org('Universal Postal Union', 'UPU'),
  // the customs organization of some 14 texts, here for its organ: "the resolution adopted by the Council of the World Customs
  // Organization in July 2016" (A/RES/79/133 PP18) is that Council, PART_OF the organization (read by the pattern alone, no owner)
  org('World Customs Organization', 'WCO'),
  org('World Meteorological Organization', 'WMO'),
  org('World Tourism Organization', 'UNWTO', ['UN Tourism']),
  org('International Atomic Energy Agency', 'IAEA'),
  org('Organisation for the Prohibition of Chemical Weapons', 'OPCW', ['Organization for the Prohibition of Chemical Weapons']),
  // the OPCW and United Nations mechanism of Security Council resolution 2235 (2015): "the Organisation for the Prohibition of
  // Chemical Weapons-United Nations Joint Investigative Mechanism ..., noting that the Joint Investigative Mechanism determined"
  // (A/RES/79/185 PP7, 78/222), "the reports of the Joint Investigative Mechanism of 24 August 2016" (80/34, 79/56, 78/29): one body
  org('Organisation for the Prohibition of Chemical Weapons-United Nations Joint Investigative Mechanism', undefined, ['Joint Investigative Mechanism']),
  org('Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization', 'CTBTO'),
  // the export control regime thanked with the IAEA and the OPCW for study programmes of the disarmament fellows (A/RES/79/63
  // OP4): a body with a secretariat in Vienna, named in full there
  org('Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies', undefined, ['Wassenaar Arrangement']),
  org('International Organization for Migration', 'IOM'),
  org('World Trade Organization', 'WTO'),
  // the WTO committee of the Agreement on Trade Facilitation: "dedicated sessions on transit at the Committee on Trade
  // Facilitation" and "the decision of the Twelfth Ministerial Conference ... for the Trade Facilitation Committee to hold a
  // dedicated session on transit" (A/RES/79/233 annex): one body, not two
  org('Committee on Trade Facilitation', undefined, ['Trade Facilitation Committee']),
  org('World Bank', undefined, ['World Bank Group', 'International Bank for Reconstruction and Development']),
  org('International Monetary Fund', 'IMF'),
  // an organization's executive board, printed "<organization> Executive Board" or "Executive Board of <organization>" (after
  // "the Executive Board of the Fund" for the IMF named before: A/RES/80/122 OP16, OP46; 79/196, 79/323; A/RES/79/214 PP14,
  // OP30 for UN-Habitat's): one board
  org('Executive Board of the International Monetary Fund', undefined, ['International Monetary Fund Executive Board', 'IMF Executive Board', 'Executive Board of the IMF']),
  org('Executive Board of the United Nations Human Settlements Programme', undefined, ['Executive Board of UN-Habitat', 'UN-Habitat Executive Board']),
  org('International Seabed Authority', 'ISA'),
  org('International Tribunal for the Law of the Sea', 'ITLOS', ['International Tribunal on the Law of the Sea']),
  org('International Criminal Court', 'ICC'),
  // two of the Court's organs (Rome Statute, art. 34), named as offices as "President of the Security Council" is: "by
  // declaration lodged with the Registrar of the International Criminal Court" (A/RES/73/7 OP17, 78/6, 79/6, 80/6), "which the
  // Prosecutor of the Court has initiated proprio motu" (73/7 PP7 and the three later texts; no other court of the genre has
  // a Prosecutor of the Court: the tribunals' are "of the Tribunal", "of the Mechanism")
  org('Registrar of the International Criminal Court'),
  // the Court's Registrar, printed by the Court's short form ("shall previously have deposited with the Registrar of the Court a
  // declaration by which it accepts the jurisdiction of the Court", S/RES/9 (1946) OP1: entityScan.ts instrumentsOfShortForms)
  org('Registrar of the International Court of Justice'),
  org('Prosecutor of the International Criminal Court', undefined, ['Prosecutor of the Court']),
  // the only Assembly of States Parties of the genre (other treaties' parties meet as a Meeting or Conference of States
  // Parties); the ICC texts print it alone before they name it in full (A/RES/78/6 OP26, OP28)
  org('Assembly of States Parties to the Rome Statute of the International Criminal Court', undefined, ['Assembly of States Parties']),
  org('International Residual Mechanism for Criminal Tribunals'),
  // the Cambodian court the Assembly funds and whose residual functions it extends (A/RES/79/324, the budget texts 78/253,
  // 79/258, 80/243): named in full once, then "the Extraordinary Chambers" throughout
  org('Extraordinary Chambers in the Courts of Cambodia', undefined, [], ['Extraordinary Chambers']),
  // the Syria mechanism the Assembly set up in resolution 71/248: named in full in the Syria and budget texts (A/RES/78/252
  // OP45, 79/257 OP51, 78/222 PP, 79/185 PP, 80/224 OP7) and by its first words elsewhere in them ("Requests the International,
  // Impartial and Independent Mechanism to submit an annual report", 78/222 OP28, 79/185 OP29; 80/224 OP10, OP11): one body.
  // The capitals reader stopped the full name at "the Most Serious Crimes"
  org('International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic since March 2011', 'IIIM', [
    'International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic',
    'International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes',
    'International, Impartial and Independent Mechanism',
  ]),
  // The Security Council's resolution 827 (1993) that set it up names it "the International Tribunal" throughout (its
  // statute's full title after "the International Tribunal for the Prosecution of Persons ..."); GA texts print "the
  // International Tribunal for the Former Yugoslavia". One node for all of them.
  org('International Criminal Tribunal for the former Yugoslavia', 'ICTY', [
    'International Tribunal for the Former Yugoslavia',
    'International Tribunal for the former Yugoslavia',
    'International Tribunal for the Prosecution of Persons Responsible for Serious Violations of International Humanitarian Law Committed in the Territory of the Former Yugoslavia since 1991',
    'International Tribunal for the Prosecution of Persons Responsible for Serious Violations of International Humanitarian Law Committed in the Territory of the Former Yugoslavia',
    'International Tribunal',
  ]),
  // the Tribunal's Prosecutor, one of its statutory organs as the International Criminal Court's is (attributions.ts ORGAN_WORDS:
  // PART_OF the Tribunal; the Tribunal no verb target of its own, as for the Court's offices): "pending the appointment of the
  // Prosecutor of the International Tribunal" (S/RES/827 (1993) PP10). The Rwanda Tribunal's has its own entry below, so that the
  // short alias does not take "the Prosecutor of the International Tribunal for Rwanda"
  org('Prosecutor of the International Criminal Tribunal for the former Yugoslavia', undefined, [
    'Prosecutor of the International Tribunal for the Former Yugoslavia',
    'Prosecutor of the International Tribunal for the former Yugoslavia',
    'Prosecutor of the International Tribunal',
  ]),
  // its statute's full title ("the statute of the International Criminal Tribunal for the Prosecution of Persons Responsible
  // for Genocide ... Committed in the Territory of Neighbouring States between 1 January and 31 December 1994", A/RES/80/198
  // PP9; Security Council resolution 955 (1994)): the same Tribunal
  org('International Criminal Tribunal for Rwanda', 'ICTR', [
    'International Tribunal for Rwanda',
    'International Criminal Tribunal for the Prosecution of Persons Responsible for Genocide and Other Serious Violations of International Humanitarian Law Committed in the Territory of Rwanda and Rwandan Citizens Responsible for Genocide and Other Such Violations Committed in the Territory of Neighbouring States between 1 January and 31 December 1994',
    'International Criminal Tribunal for the Prosecution of Persons Responsible for Genocide and Other Serious Violations of International Humanitarian Law Committed in the Territory of Rwanda and Rwandan Citizens Responsible for Genocide and Other Such Violations Committed in the Territory of Neighbouring States',
    'International Criminal Tribunal for the Prosecution of Persons Responsible for Genocide and Other Serious Violations of International Humanitarian Law Committed in the Territory of Rwanda',
    'International Tribunal for the Prosecution of Persons Responsible for Genocide and Other Serious Violations of International Humanitarian Law Committed in the Territory of Rwanda',
  ]),
  org('Prosecutor of the International Criminal Tribunal for Rwanda', undefined, ['Prosecutor of the International Tribunal for Rwanda']),
  org('International Renewable Energy Agency', 'IRENA'),
  // the treaty-based intergovernmental organization with observer status in the Assembly, not a programme ("the contributions of
  // the International Solar Alliance, including in its capacity as an observer of the General Assembly in accordance with
  // resolution 76/123", A/RES/80/142 OP2; PP33, 79/211, 78/157): "Alliance" alone names initiatives; no acronym (ISA is also
  // the International Seabed Authority's)
  org('International Solar Alliance'),
  // institutions whose head word ("Academy", "Alliance") otherwise names a programme or a coalition: the intergovernmental
  // organization "a centre of excellence for education, training and academic research" (A/RES/79/190 OP82, PP16), the academy
  // the Assembly thanks for "the valuable contribution it continues to make" as a partner of the Programme of Assistance
  // (A/RES/78/107 OP23-OP24, 79/120, 80/163), the cooperatives' federation whose General Assembly meets (A/RES/79/213 PP11);
  // no acronyms (ICA is not only the alliance's)
  org('International Anti-Corruption Academy'),
  org('Hague Academy of International Law', undefined, ['Hague Academy'], ['Academy']),
  org('International Cooperative Alliance'),
  // the European umbrella body of the social economy, whose General Assembly meets in October 2025 (A/RES/79/213 PP11): unknown,
  // its name read as the place "Europe" and its assembly as the United Nations General Assembly
  org('Social Economy Europe'),
  // membership bodies whose last word ("Initiative", "Alliance", "Network") otherwise names a programme or a coalition: the
  // intergovernmental forum of Central European States with observer status in the Assembly ("by which it granted observer status
  // to the Central European Initiative", A/RES/79/135 PP1; 78/x, 80/x); the central banks' policy network ("stakeholders working
  // in partnership, such as the Alliance for Financial Inclusion", A/RES/78/139 OP12, 80/125); the treaty-based alliance of big
  // cat range States (A/RES/79/207); the regional Ombudsman "associations and networks" the Ombudsman texts list (A/RES/79/177
  // PP, 78/x), whose fellows ("the Asian Ombudsman Association") were Organizations already. No acronyms (CEI, AFI are not only theirs)
  org('Central European Initiative', undefined, [], ['Initiative']),
  org('Alliance for Financial Inclusion'),
  org('International Big Cat Alliance'),
  org('Pacific Ombudsman Alliance'),
  org('Eurasian Ombudsman Alliance'),
  org('Arab Ombudsman Network'),
  org('European Mediation Network Initiative', undefined, [], ['Initiative']),
  org('Intergovernmental Oceanographic Commission', 'IOC'),
  // "the Ministerial Meeting of the Baltic Marine Environment Protection Commission (Helsinki Commission)" (A/RES/78/69 OP224,
  // 79/144 OP222): the bracket is the Commission's other name, not the meeting's leader
  org('Baltic Marine Environment Protection Commission', 'HELCOM', ['Helsinki Commission']),
  ICG_CARIBE_EWS,
  // Treaty bodies and human rights mechanisms
  org('Human Rights Committee'),
  org('Committee on Economic, Social and Cultural Rights'),
  org('Committee on the Elimination of Discrimination against Women', 'CEDAW Committee'),
  org('Committee on the Rights of the Child'),
  org('Committee on the Rights of Persons with Disabilities'),
  org('Committee against Torture'),
  // (its full name holds commas the head-word reading of "Subcommittee on ..." stops at)
  org('Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment', undefined, ['Subcommittee on Prevention of Torture']),
  org('Committee on the Elimination of Racial Discrimination'),
  // the Human Rights Council's body drafting an additional protocol to the Convention, printed in full and without "to the
  // International Convention ..." ("the Ad Hoc Committee on the Elaboration of Complementary Standards, the International
  // Independent Expert Mechanism ...", A/RES/80/193 OP37; "... Complementary Standards to present a progress report", 79/161)
  org('Ad Hoc Committee on the Elaboration of Complementary Standards to the International Convention on the Elimination of All Forms of Racial Discrimination', undefined, ['Ad Hoc Committee on the Elaboration of Complementary Standards']),
  // Regional and other international organizations
  org('European Union', 'EU'),
  // the Union's mission in Kosovo ("coordination and cooperation with the European Union Rule of Law Mission in Kosovo",
  // A/RES/78/302 PP7, 79/305 PP7): the capitalised "Rule of Law" topic inside the name split it into the Union and Kosovo
  org('European Union Rule of Law Mission in Kosovo', 'EULEX'),
  // the Union's post against trafficking ("takes note of the engagement of the European Union Anti-Trafficking Coordinator with
  // the Coordination Group", A/RES/78/228 OP12, 80/228 OP12): the hyphened head kept the capitals reader from it
  org('European Union Anti-Trafficking Coordinator'),
  // the Office of the High Commissioner's mission in Ukraine, printed lowercase ("based on the work of the human rights monitoring
  // mission in Ukraine", A/RES/78/221 OP8; "in particular the human rights monitoring mission in Ukraine and the Independent
  // International Commission of Inquiry", 79/184) and once "the human rights monitoring Mission in Ukraine" (78/221 OP12), which
  // was read cut, as a body named "Mission in Ukraine"
  org('Human Rights Monitoring Mission in Ukraine', 'HRMMU', ['human rights monitoring mission in Ukraine', 'human rights monitoring Mission in Ukraine', 'United Nations Human Rights Monitoring Mission in Ukraine']),
  // (printed with its predecessor's name before a slash, its old and new names: "the fiftieth anniversary of the Organization of
  // African Unity/African Union", A/RES/78/263 OP38, 79/264; the predecessor named alone stays a body of its own)
  org('African Union', 'AU', ['Organization of African Unity/African Union'], []),
  // the predecessor (1963-2002), known by its name so that its organs printed with it are its own ("adopted by the Council of
  // Ministers of the Organization of African Unity", A/RES/78/49 PP1, OP7; 80/26: PART_OF it, which takes the verb too)
  org('Organization of African Unity', 'OAU'),
  // the Union's development agency, named with the programme it grew from (the programme alone: initiatives.ts); "the Agency" after
  // it is the Agency ("Recognizes the efforts of the African Union Development Agency-New Partnership for Africa's Development, and
  // ... the Heads of State and Government Orientation Committee of the Agency", A/RES/79/263 OP3, 78/262), not its former name
  // "African Union Development Agency" (PP30: renamed, a body of its own as a predecessor is)
  org('African Union Development Agency-New Partnership for Africa\'s Development', 'AUDA-NEPAD', ['African Union Development Agency - New Partnership for Africa\'s Development'], ['Agency']),
  org('African Union Commission', 'AUC'),
  // two of the Union's specialised bodies, which "Mechanism" and "Observatory" typed as programmes: "welcomes the role of the
  // African Union Mechanism for Police Cooperation (AFRIPOL), based in Algeria" (A/RES/78/263 OP26, 79/264), "migration data and
  // knowledge centres and observatories, such as the African Migration Observatory" (78/263 OP16, 79/264)
  org('African Union Mechanism for Police Cooperation', 'AFRIPOL'),
  org('African Migration Observatory'),
  // the Union's standing decision-making organ for conflicts, printed "the Peace and Security Council of the African Union"
  // (A/RES/78/263 OP30), "the African Union Peace and Security Council" or, the Union named before, "its Peace and Security
  // Council": the words "Security Council" inside it were read as the Security Council of the United Nations
  org('Peace and Security Council of the African Union', undefined, ['African Union Peace and Security Council', 'Peace and Security Council']),
  // the African Commission on Human and Peoples' Rights' mechanism, its title a list closed by "in Africa" ("in particular the
  // role of its Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa", A/RES/78/185
  // OP15, 80/188): the title pattern stopped at the first comma, and the continent was a place of its own
  org('Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa'),
  // the regional body of the Gulf's coastal States ("regional bodies, including the Economic Community of Central African States,
  // the Economic Community of West African States and the Gulf of Guinea Commission", A/RES/78/263 OP28, 79/264)
  org('Gulf of Guinea Commission', 'GGC'),
  // a standing forum of the Gulf's intelligence services with a seat ("the inauguration of the headquarters of the Gulf of Guinea
  // Intelligence and Security Services Forum in Libreville on 3 October 2025", A/RES/80/63 PP15): a body, not a sitting
  org('Gulf of Guinea Intelligence and Security Services Forum'),
  // the Yaoundé Architecture's centre, printed two ways in one text: "the fourth annual meeting of senior officials of the
  // Interregional Coordination Centre for Maritime Safety and Security in the Gulf of Guinea" (A/RES/79/68 PP16, 80/63) and
  // "assistance to the Interregional Coordination Centre for Maritime Security in the Gulf of Guinea" (79/68 OP19-OP20, 78/59,
  // 80/63): one centre
  org('Interregional Coordination Centre for Maritime Security in the Gulf of Guinea', undefined, ['Interregional Coordination Centre for Maritime Safety and Security in the Gulf of Guinea']),
  // a standing intergovernmental organization (its Pact and protocols: A/RES/80/188 PP14), not a one-off conference
  org('International Conference on the Great Lakes Region', 'ICGLR'),
  // ("African Union Counter Terrorism Centre": A/RES/79/264 OP22; the loose lookup reads it)
  org('African Union Counter-Terrorism Centre'),
  // printed with "United Nations" before them or not (A/RES/78/154 OP22 "the Environment Management Group"; A/RES/80/216
  // OP4 "the Special Envoy on Water"): one node each; the Envoy is the Secretary-General's ("the appointment of the Special
  // Envoy of the Secretary-General on Water", A/RES/79/227 PP33; "the United Nations Special Envoy on Water", A/RES/80/144 PP28)
  org('United Nations Environment Management Group', undefined, ['Environment Management Group']),
  org('United Nations Special Envoy on Water', undefined, ['Special Envoy on Water', 'Special Envoy of the Secretary-General on Water']),
  // the two envoys the Secretary-General named together in 2023, printed in the plural: "notes the work of the Special Envoys of the
  // Secretary-General on El Niño and Climate and the blueprint for action prepared by them" (A/RES/78/120 OP85, 79/139, 80/113): the
  // singular post of the officer patterns did not read the plural, and the Secretary-General alone was left
  org('Special Envoys of the Secretary-General on El Niño and Climate'),
  // ("Sustainable Development Goal 4 Education 2030 ...": A/RES/79/151 OP15; the loose lookup reads it). Printed in full, then
  // "and encourages the High-level Steering Committee to take all steps necessary" (A/RES/80/141 OP20, 78/156 OP15 "High-Level"):
  // one body, not one keyed with the resolution
  org('Sustainable Development Goal 4-Education 2030 High-level Steering Committee', undefined, [], ['High-level Steering Committee', 'High-Level Steering Committee']),
  // (established in May 2025; "... Commission on Missing Persons" in A/RES/80/224 OP8)
  // ("the establishment by the Government of Syria of the National Commission on Missing Persons", A/RES/80/224 OP8, PP11)
  // the intergovernmental organization an agreement of 2014 set up ("Noting the Agreement on the Status and Functions of the
  // International Commission on Missing Persons, which established the Commission as an international organization", A/RES/79/173
  // PP23): printed only inside the Agreement's title, whose "Commission" is the one "the Commission" then refers back to
  org('International Commission on Missing Persons', 'ICMP'),
  org('Syrian National Commission for Missing Persons', undefined, ['Syrian National Commission on Missing Persons', 'National Commission on Missing Persons']),
  // the body the Assembly set up by resolution 77/301 ("the Independent Institution on Missing Persons in the Syrian Arab Republic",
  // A/RES/78/222, 78/273, 79/185, 80/224; "the Independent Institution on Missing Persons" after it): "Institution" heads no
  // capitalised name the patterns read; "the Independent Institution" after it ("to cooperate with the Independent Institution",
  // 80/224 PP17)
  org('Independent Institution on Missing Persons in the Syrian Arab Republic', undefined, ['Independent Institution on Missing Persons'], ['Independent Institution']),
  // the civil society forum of the Special Envoy for Syria's political process ("the Constitutional Committee, the Civil Society
  // Support Room and the Syrian Women’s Advisory Board", A/RES/79/185 PP10): "Room" heads no name the patterns read, and unknown,
  // "through the Civil Society Support Room and Syrian Women’s Advisory Board" (A/RES/78/222 PP16, 79/185 PP17) was one body
  org('Civil Society Support Room'),
  // the Union's supreme organ; printed in full, its "Assembly" is not the General Assembly
  org('Assembly of Heads of State and Government of the African Union', undefined, ['Assembly of the African Union', 'African Union Assembly of Heads of State and Government', 'African Union Assembly']),
  // ASEAN's standing security dialogue, a body that holds meetings, not one: "the Group of Eight, the European Union, the Regional
  // Forum of the Association of Southeast Asian Nations and others have taken into account in their deliberations ..." (A/RES/79/42
  // PP9, 78/43): a member of a list of bodies; "Forum" had typed it an Event
  org('ASEAN Regional Forum', 'ARF', ['Regional Forum of the Association of Southeast Asian Nations']),
  // ECCAS's supreme organ, a body whose numbered sessions are the events ("the decisions adopted by the Conference of Heads of
  // State and Government of the Economic Community of Central African States at its twenty-second session, held on ...")
  org('Conference of Heads of State and Government of the Economic Community of Central African States'),
  // the United Nations-African Union liaison bodies named together in A/RES/79/329 OP2 ("the United Nations Office to the African
  // Union in Addis Ababa, the Permanent Observer Mission of the African Union to the United Nations in New York"): the Office
  // named with its seat is the Office; the Mission's name runs to "the United Nations" and OP20's Envoy to her mandate
  org('United Nations Office to the African Union', 'UNOAU'),
  org('Permanent Observer Mission of the African Union to the United Nations'),
  org('Special Envoy of the Chairperson of the African Union Commission on Women, Peace and Security'),
  // the High Commissioner's envoy ("the nomination of the Special Envoy of the United Nations High Commissioner for Refugees for
  // the Horn of Africa", A/RES/80/188 PP13, 78/185): the post, not the Office and a place; "Envoy ... for" ran past no pattern
  org('Special Envoy of the United Nations High Commissioner for Refugees for the Horn of Africa'),
  // the two rail carriage organizations thanked in A/RES/80/162 PP9: their names run past "by" and "between", where the
  // capitalized chunk stopped ("the Intergovernmental Organization for International Carriage by Rail and the Organization for
  // Cooperation between Railways")
  org('Intergovernmental Organization for International Carriage by Rail', 'OTIF'),
  org('Organization for Cooperation between Railways', 'OSJD'),
  org('Organisation for Economic Co-operation and Development', 'OECD', ['Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development']),
  // a standing body hosted by the OECD (its members, peer reviews, secretariat), not a sitting: "the role of the Global Forum
  // on Transparency and Exchange of Information for Tax Purposes" (A/RES/78/230 PP21, the yearly tax-cooperation text)
  org('Global Forum on Transparency and Exchange of Information for Tax Purposes'),
  org('Group of 20', 'G20', ['Group of Twenty', 'G-20']),
  // the group of official bilateral creditors ("bilateral creditors, such as the Paris Club and non-Paris Club members", A/RES/
  // 80/123 PP28, 79/197, 78/137; "the Paris Club, and other official creditors", 79/323): named, the joint-owner rule reads "the
  // Group of 20 and Paris Club Debt Service Suspension Initiative" (A/RES/79/196 OP9, PP28; 78/136, 78/163, 80/122) as the two
  // bodies' initiative, the one named alone after it (79/196 OP10), not a "Paris Club Debt Service Suspension Initiative" of its own
  org('Paris Club'),
  org('Group of Seven', 'G7', ['G-7']),
  org('Group of 77 and China', undefined, ['Group of 77']),
  // the negotiating group of non-aligned States at the Conference on Disarmament: "the States members of the Conference on
  // Disarmament that are members of the Group of 21" (A/RES/80/24 PP20, 79/50, 78/53)
  org('Group of 21'),
  // the least developed countries as a negotiating group ("the statement dated 28 April 2020 of the Group of Least Developed
  // Countries on COVID-19", A/RES/79/218 OP10, 78/233, 80/150; "the Group of Least Developed Countries put forward various
  // proposals at the World Trade Organization", OP46): the statement is on COVID-19, the group is not
  org('Group of Least Developed Countries'),
  // the World Bank Group and the International Monetary Fund named together, as an actor the Assembly invites and requests:
  // "intergovernmental organizations, in particular the Bretton Woods institutions, and non-governmental organizations"
  // (A/RES/80/208 OP21), "invites the Bretton Woods institutions to intensify" (ECOSOC); "a new Bretton Woods moment" is no body
  org('Bretton Woods institutions', undefined, ['Bretton Woods Institutions']),
  // a negotiating group of States, not a programme ("Alliance" names initiatives: A/RES/79/203 OP15, A/RES/78/159)
  org('Alliance of Small Island States', 'AOSIS'),
  // an intergovernmental organization whose name ends with a region ("in Asia-Pacific": no venue, A/RES/78/68 PP)
  org('Network of Aquaculture Centres in Asia-Pacific', 'NACA'),
  org('Association of Southeast Asian Nations', 'ASEAN'),
  // the forum of Pacific Rim economies, printed "adopted by the Asia-Pacific Economic Cooperation" (A/RES/78/168 PP52, 79/190),
  // "the work done under the Asia-Pacific Economic Cooperation (APEC) framework" (A/RES/78/69, 79/144): its first word was read
  // as the Place "Asia and the Pacific" and the body was lost
  org('Asia-Pacific Economic Cooperation', 'APEC'),
  AICHR,
  // the envoy the ASEAN Chair appoints on Myanmar, not the Secretary-General's ("the Special Envoy of the Secretary-General on
  // Myanmar and the Special Envoy of the ASEAN Chair on Myanmar", A/RES/80/221 PP84; "the Special Envoy of the ASEAN Chair",
  // PP45, OP24 (t); "the Association and the Special Envoy of the Chair of the Association", A/RES/78/219 OP24): the bare post
  // was read as the Secretary-General's envoy named before
  org('Special Envoy of the ASEAN Chair on Myanmar', undefined, ['Special Envoy of the ASEAN Chair', 'Special Envoy of the Chair of the Association']),
  org('League of Arab States', undefined, ['Arab League']),
  // the Middle East Quartet (the United Nations, the European Union, the Russian Federation and the United States): "the
  // Special Envoys of the Quartet" (A/RES/79/141 PP27), "the time frame specified by the Quartet in its statement of 21
  // September 2010" (A/RES/79/81 OP3), "the Quartet members concluded" (A/RES/80/81 PP23); one word, matched exactly
  org('Quartet', undefined, ['Middle East Quartet']),
  // its name until 28 June 2011 (A/RES/79/9 PP2 and its footnote): the same organization
  org('Organization of Islamic Cooperation', 'OIC', ['Organization of the Islamic Conference']),
  // printed in full in GA texts: "the contributions by the European Union, Germany and the Organization of the Petroleum Exporting
  // Countries Fund for International Development" (A/RES/78/103 OP4, 79/117); the Fund's own name is "OPEC Fund for International Development"
  org('OPEC Fund for International Development', undefined, ['Organization of the Petroleum Exporting Countries Fund for International Development']),
  IPHRC,
  org('Organization of American States', 'OAS'),
  org('Council of Europe'),
  // the Council of Europe's advisory body on constitutional law, named in full with its usual name in brackets: "including
  // through its European Commission for Democracy through Law (Venice Commission)" (A/RES/79/284 OP7): the capitals reader
  // stopped at "through" and read two bodies
  org('European Commission for Democracy through Law', undefined, ['Venice Commission']),
  COE_COMMISSIONER_HR,
  // UN texts print "Cooperation" (the OSCE itself "Co-operation")
  org('Organization for Security and Cooperation in Europe', 'OSCE', ['Organization for Security and Co-operation in Europe']),
  // the OSCE's human rights institution: "the Ukraine Monitoring Initiative of the Office for Democratic Institutions and Human
  // Rights of the Organization for Security and Cooperation in Europe" (A/RES/78/221 OP12, 79/184): unknown, it was read
  // glued to the initiative it runs, as one initiative's name
  org('Office for Democratic Institutions and Human Rights', 'ODIHR'),
  // "regular consultations with the Secretary-General of the Commonwealth" after the Commonwealth of Independent States was named
  // (A/RES/79/326 OP2): that organization's, not the United Nations Secretary-General (a short form only after the full name)
  org('Commonwealth of Independent States', 'CIS', [], ['Commonwealth']),
  org('Caribbean Community', 'CARICOM'),
  // (A/RES/79/204 PP39 "the creation by the Association of Caribbean States of the Caribbean Sea Commission": the capitals reader
  // ran the two names together; 78/89, 79/102, 80/93)
  org('Association of Caribbean States'),
  CARIBBEAN_SEA_COMMISSION,
  ACS_MINISTERIAL_COUNCIL,
  // regional organizations whose head is "System", a word no capitalised chunk is read by (A/RES/78/145, 80/134; 79/13)
  org('Central American Integration System'),
  // regional organizations the chunk reader cut or missed (A/RES/79/264, 80/... ; A/RES/78/168 ...)
  org('Economic Community of Central African States', 'ECCAS', [], ['Economic Community']),
  // its executive body, named whole with it (A/RES/78/59 PP19), the Community then nested
  org('Commission of the Economic Community of Central African States'),
  org('Community of Portuguese-speaking Countries', 'CPLP'),
  // the Community's own council, not the Security Council its last two words would otherwise read as (A/RES/79/265 PP, OP)
  org('Food and Nutrition Security Council of the Community of Portuguese-speaking Countries', undefined, ['Food and Nutrition Security Council of the Community', 'Food and Nutrition Security Council']),
  // the Community's climate research centre, whose name ends "and Africa" (the words' name stopped before the "and": A/RES/79/265 OP5)
  org('International Centre for Climate Research and Applications for the Community of Portuguese-speaking Countries and Africa'),
  // (A/RES/80/223: the representative body of the Crimean Tatars)
  org('Mejlis of the Crimean Tatar People'),
  // the religious body the Crimea texts name among those persecuted ("those belonging to the Orthodox Church of Ukraine, Protestant
  // churches, Muslim religious communities", A/RES/78/221 PP37, OP7; 79/184, 80/223): no head word the capitals reader knows
  org('Orthodox Church of Ukraine'),
  // a standing forum of the law of the sea resolutions that meets every year ("the twenty-fourth meeting of the Informal
  // Consultative Process"): a body, as the Internet Governance Forum is (see the decisions above), its meetings the events
  org('United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea', undefined, [
    'Open-ended Informal Consultative Process on Oceans and the Law of the Sea',
    'Informal Consultative Process on Oceans and the Law of the Sea',
    'Informal Consultative Process',
  ], ['Consultative Process']),
  org('Latin American and Caribbean Economic System'),
  // the regional organization of its own cooperation text, whose organs and institutions it names with its name at their head ("the
  // Economic Cooperation Organization Clean Energy Centre", "... Trade and Development Bank", "... Council of Heads of Customs
  // Administration", A/RES/79/330 OP11, OP19, OP28, OP34): only a generic "Organization" chunk before, so no organ found its owner
  org('Economic Cooperation Organization', 'ECO'),
  // a partner named in a health list (A/RES/79/330 OP40: "the World Health Organization, the International Society of Blood
  // Transfusion, ..."): no head word the scan reads as a body
  org('International Society of Blood Transfusion', 'ISBT'),
  // "the Summits of the Community of Latin American and Caribbean States" (A/RES/73/8 PP3, 79/7, 80/4), "the positions ... of
  // the Community of Latin American and Caribbean States" (A/RES/80/102 OP4): no chunk read it; its "Caribbean" was a Place
  org('Community of Latin American and Caribbean States', 'CELAC'),
  // the States' group that issues joint statements on the Treaty (A/RES/78/66 PP9, 79/77, 80/70): the capitalised chunk
  // stopped at "into" and read "Force of the Comprehensive Nuclear-Test-Ban Treaty" as an organization
  org('Friends of the Comprehensive Nuclear-Test-Ban Treaty'),
  org('Pacific Islands Forum'),
  // the States' counter-terrorism body whose memoranda of good practices the terrorism resolutions cite ("the Hague-Marrakech
  // Memorandum ... of the Global Counterterrorism Forum", A/RES/78/210 OP23): its "Forum" head read it as an event
  org('Global Counterterrorism Forum', 'GCTF', ['Global Counter-Terrorism Forum']),
  // the regional network of national human rights institutions (A/RES/78/204 PP21, with the Network of African National
  // Human Rights Institutions and the European Network ...): a body of members, not a meeting the word "Forum" would name
  org('Asia-Pacific Forum of National Human Rights Institutions', undefined, ['Asia Pacific Forum of National Human Rights Institutions']),
  // ... and its three sister networks, listed with it ("the continuing work of the Network of African National Human Rights
  // Institutions, the Network of National Institutions for the Promotion and Protection of Human Rights in the Americas, the
  // Asia-Pacific Forum ... and the European Network of National Human Rights Institutions", A/RES/78/204 PP21, 80/214): bodies of
  // member institutions with a secretariat each, as the Forum is; their "Network" head read them as initiatives
  org('Network of African National Human Rights Institutions', 'NANHRI'),
  org('Network of National Institutions for the Promotion and Protection of Human Rights in the Americas'),
  org('European Network of National Human Rights Institutions', 'ENNHRI'),
  // Tokelau's legislature (A/RES/78/97, 79/110, 80/101: "the decision of the General Fono on 23 May 2022"): no head word names it
  org('General Fono'),
  // ... and the Territory's head of government, chosen from its Council for a year (A/RES/78/97, 79/110, 80/101: "the statement made
  // by the Ulu-o-Tokelau at the Pacific regional seminar", "the subsequent swearing-in of the Ulu-o-Tokelau"): an officer, as the
  // Premier of Montserrat and the Governor of Guam are (officerPosts.ts); no chunk reads the hyphenated title
  org('Ulu-o-Tokelau'),
  // ... and the presiding officer of Guam's legislature whose statement the Guam texts recall ("Recalling also the statement made by
  // the Speaker of the thirty-third Guam legislature before the Fourth Committee at the seventieth session of the General Assembly",
  // A/RES/78/92, 80/96 PP34; aud50b gold): an officer, as the Governor of Guam is; the lowercase "legislature" made no name
  org('Speaker of the thirty-third Guam legislature'),
  // American Samoa's legislature and its lower house, and the United States chamber the Territory sends a delegate to (A/RES/78/86
  // PP29, PP30; 79/99, 80/90: "the proposal to give the Fono, the Territory's legislature, the authority to override the Governor's
  // veto", "to elect 20 members of the American Samoa House of Representatives and the delegate to the United States House of
  // Representatives"): no chunk reads them (the first words are a Place, "Fono" no head word)
  org('Fono'),
  org('American Samoa House of Representatives'),
  org('United States House of Representatives'),
  // ... and the United States officer who approves the Territory's constitutional amendments (A/RES/78/86 OP5, 79/99 OP5, 80/90 OP5:
  // "the transmittal of these amendments to the Secretary of the Interior of the United States of America on 14 December 2022";
  // 80/90 PP30 "constitutional changes to be approved by the Secretary of the Interior"): an officer, as the Governor of Guam is
  // (aud52b gold 78/86); the capitals reader stopped at "of the Interior of the" and left the United States alone
  org('Secretary of the Interior of the United States of America', undefined, ['Secretary of the Interior']),
  // Bermuda's legislature (A/RES/78/88 OP4, 79/101, 80/92: "the presentation of a Green Paper to the House of Assembly followed by a
  // White Paper"): "House" is no head word, and the capitals reader runs the name into "a Green Paper to the ..."
  org('House of Assembly'),
  // New Caledonia's pro-independence coalition, printed in French (A/RES/78/94, 79/107, 80/98: "the accession of the Front de
  // libération nationale kanak et socialiste to the Chair of the Melanesian Spearhead Group"; no chunk reads its lowercase
  // words), and the Territory's customary assembly ("the concern of the Customary Senate"): no head word names them
  org('Front de libération nationale kanak et socialiste', 'FLNKS'),
  org('Customary Senate'),
  // the subregional body of New Caledonia's neighbours (A/RES/78/94, 79/107, 80/98: "the Melanesian Spearhead Group secretariat",
  // "the Melanesian Spearhead Group Leaders’ joint statement", 80/98 PP30): known, so that its leaders printed after it are no
  // body of their own ("Melanesian Spearhead Group Leaders")
  org('Melanesian Spearhead Group', 'MSG'),
  org('Shanghai Cooperation Organization', 'SCO'),
  // the intergovernmental forum of the South Atlantic States ("the cooperation among the members of the Zone of Peace and
  // Cooperation of the South Atlantic ... the eighth ministerial meeting of the Zone of Peace and Cooperation of the South
  // Atlantic, held in Cabo Verde", A/RES/78/69 OP343, 79/144): a body with members and ministerial meetings, not the ocean
  org('Zone of Peace and Cooperation of the South Atlantic', undefined, ['South Atlantic Zone of Peace and Cooperation']),
  // printed with its acronym after a dash ("the Organization for Democracy and Economic Development – GUAM", A/RES/79/11),
  // the acronym alone in "the GUAM area" (A/RES/78/283)
  org('Organization for Democracy and Economic Development – GUAM', 'GUAM', ['Organization for Democracy and Economic Development - GUAM', 'Organization for Democracy and Economic Development']),
  org('Collective Security Treaty Organization', 'CSTO'),
  // the Asian forum the Shanghai Cooperation Organization cooperates with (A/RES/79/332 PP26): a body of member States, not
  // the "Conference on ..." sitting its head word would name (the name ended before "in Asia", read as the venue)
  org('Conference on Interaction and Confidence-building Measures in Asia', 'CICA', ['Conference on Interaction and Confidence Building Measures in Asia']),
  // the Shanghai Cooperation Organization's counter-terrorism body (A/RES/79/332 PP15: "through the Regional Anti-Terrorist
  // Structure, ... the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization and the ..."): no head word names it
  org('Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization', 'RATS SCO', ['Regional Anti-Terrorist Structure']),
  // "the decision taken by the Economic Community to establish the Small Arms Unit" (A/RES/80/36 PP10, 78/54, 79/31): its short form
  org('Economic Community of West African States', 'ECOWAS', [], ['Economic Community']),
  // its executive body, named whole with it ("the African Union Commission, the East African Community, the Commission of the
  // Economic Community of West African States, the Intergovernmental Authority on Development", A/RES/79/242 OP9), as the Central
  // African Community's Commission is: the Community then nested, PART_OF it
  org('Commission of the Economic Community of West African States', undefined, ['ECOWAS Commission']),
  org('Southern African Development Community', 'SADC'),
  // "the African Union, the Southern African Development Community and the East African Community" (A/RES/78/312 PP8)
  org('East African Community'),
  org('Intergovernmental Authority on Development', 'IGAD'),
  // the Sahel-Saharan regional economic community, printed as the owner of its counter-terrorism centre ("the Intergovernmental
  // Authority on Development Centre of Excellence ..., based in Djibouti, as well as the Community of Sahel-Saharan States
  // Counter-Terrorism Centre, based in Cairo", A/RES/78/263 OP22, 79/264): known here, it is the centre's owner as IGAD is
  org('Community of Sahel-Saharan States', 'CEN-SAD'),
  org('Movement of Non-Aligned Countries', undefined, ['Non-Aligned Movement']),
  org('North Atlantic Treaty Organization', 'NATO'),
  org('Inter-Parliamentary Union', 'IPU'),
  // Israel's parliament, printed as the author of the laws on UNRWA ("legislation adopted by the Knesset", A/RES/79/232 PP16; "the
  // legislation adopted by the Israeli Knesset on 28 October 2024", 80/77 OP12): no head word ("Council", "Assembly") names it a body
  org('Knesset'),
  org('International Committee of the Red Cross', 'ICRC'),
  // the civil-society campaign against cluster munitions, a coalition of non-governmental organizations, printed among them ("the
  // International Committee of the Red Cross, the Cluster Munition Coalition and numerous other non-governmental organizations",
  // A/RES/78/32 PP11, OP7; 79/58, 80/52): a body, not an Initiative as its head noun "Coalition" would make it
  org('Cluster Munition Coalition'),
  // the humanitarian cluster that coordinates protection work, holding the mine action area of responsibility ("United Nations
  // coordination at the global level through the mine action area of responsibility within the Global Protection Cluster",
  // A/RES/78/70 PP22): a network of agencies, a body; its head noun "Cluster" made nothing of it
  org('Global Protection Cluster'),
  org('International Federation of Red Cross and Red Crescent Societies', 'IFRC'),
  // the Movement and its organ printed with it ("the resolutions ... of the Council of Delegates of the International Red Cross
  // and Red Crescent Movement", A/RES/80/50 PP8, 78/34, 79/37): the organ's full name holds its owner's, which comes back as
  // its owner (PART_OF) and a target of the verb too (session 50), not a bare "Council of Delegates" of no one
  org('International Red Cross and Red Crescent Movement'),
  org('Council of Delegates of the International Red Cross and Red Crescent Movement'),
  org('International Olympic Committee'),
  org('International Paralympic Committee'),
  // the teams the two Committees admit ("welcoming all the delegations of National Olympic and Paralympic Committees athletes and
  // the Refugee Olympic and Paralympic Teams admitted by the International Olympic Committee ...", A/RES/80/8 PP13, 78/10 PP13):
  // "Teams" is no head the capitals reader knows, so the welcomed teams were missed
  org('Refugee Olympic and Paralympic Teams'),
  org('Internet Corporation for Assigned Names and Numbers', 'ICANN'),
  org('Internet Society', 'ISOC'),
  // an observer in the Assembly, the subject of its own cooperation resolution (A/RES/79/331); the iGov record of GA
  // decision 80/524 prints its French name. Printed "of la Francophonie", which the capitalised-name reader cannot join. Its
  // short name "la Francophonie" as the texts print it ("the actions taken by la Francophonie", "the Secretary-General of la
  // Francophonie", A/RES/79/331 OP16, PP7); "the Summit of la Francophonie" and the Charter stay names of their own.
  org('International Organization of la Francophonie', 'OIF', ['Organisation internationale de la Francophonie', 'International Organisation of la Francophonie', 'la Francophonie']),
  // a regional association of ombudsmen, named so in full ("the Association of Ombudsmen and Mediators of la Francophonie",
  // A/RES/79/177 PP25): the capitals reader stopped at "la" and read "Association of Ombudsmen and Mediators"
  org('Association of Ombudsmen and Mediators of la Francophonie', 'AOMF'),
  // la Francophonie's university in Alexandria, named by its full name with its short one in brackets ("the International French
  // Language University for African Development (Senghor University in Alexandria, Egypt)", A/RES/79/331 OP22) or by the short
  // one alone ("in partnership with the Senghor University in Alexandria, Egypt", OP10): one body; its town is a place, no word of
  // its name
  org('International French Language University for African Development', undefined, ['Senghor University']),
  // la Francophonie's subsidiary institute, named with its owner's short name (A/RES/79/331 OP21, OP44): one body, as the
  // capitals reader joins it; without an entry the owner's short form "la Francophonie" would cut it in two
  org('Institute for Sustainable Development of la Francophonie'),
  // the membership body of national human rights institutions, which accredits them ("accreditation by the Global Alliance of
  // National Human Rights Institutions", A/RES/79/177 OP11; A/RES/78/204, 80/214): "Alliance" alone names initiatives
  org('Global Alliance of National Human Rights Institutions', 'GANHRI'),
  // its organ, named with it in full (A/RES/78/204 OP21, OP22; 80/214): one body, as it was read before the Alliance had an entry
  org('Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions'),
  // its caucus of member institutions, its own name after the Alliance's ("noting the Global Alliance of National Human Rights
  // Institutions Caucus on Human Rights and Climate Change", A/RES/78/204 PP12): a body of members, not the Alliance
  org('Global Alliance of National Human Rights Institutions Caucus on Human Rights and Climate Change'),
  // no acronym: "ICC" is the International Criminal Court's
  org('International Chamber of Commerce'),
  org('Internet Engineering Task Force', 'IETF'),
  org('World Economic Forum'),
  org('Digital Cooperation Organization'),
  // national technology parks, bodies with their own administration (not a platform, as the "Hub" head makes the Energy
  // Efficiency Hub): "the establishment of innovation hubs such as the Astana Hub and the High-Technology Park of Kyrgyzstan"
  // (A/RES/79/322 PP6; the country after "of" stays a Place of its own, no owner attribution)
  org('Astana Hub'),
  org('High-Technology Park'),
  org('African Development Bank', 'AfDB'),
  // the African Union's public health agency, printed beside the African Medicines Agency ("fully operationalize and enhance the
  // capacity of the African Medicines Agency and the Africa Centres for Disease Control and Prevention", A/RES/79/263 OP16, 78/262,
  // 78/3 annex): the place opening the name and the plural head left it unread
  org('Africa Centres for Disease Control and Prevention', 'Africa CDC'),
  org('Asian Development Bank', 'ADB'),
  org('Asian Infrastructure Investment Bank', 'AIIB'),
  org('Inter-American Development Bank', 'IDB'),
  org('Islamic Development Bank', 'IsDB'),
  org('New Development Bank'),
  org('European Bank for Reconstruction and Development', 'EBRD'),
  org('European Investment Bank', 'EIB'),
  org('Eurasian Economic Union'),
  org('Financial Action Task Force', 'FATF'),
  org('Global Fund to Fight AIDS, Tuberculosis and Malaria', undefined, ['Global Fund']),
  org('Gavi, the Vaccine Alliance', 'Gavi'),
  // Special procedures and envoys (names ending in a lowercase topic): gazetteer/mandates.ts
  org('Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories'),
  // the Human Rights Council's fact-finding missions the Assembly's texts name in lower case: "the work done by the independent
  // international fact-finding mission on Myanmar" (A/RES/78/219 PP, 79/182, 80/221: six mentions each), "the report of the
  // independent international fact-finding mission to investigate the implications of the Israeli settlements on ...,
  // including East Jerusalem" (A/RES/80/80 PP10, 78/76, 78/78, 78/170, 79/91, 79/229, 80/81, 80/158): bodies the capitalised
  // names missed (forms of three words or more match in any case)
  // "the commission of inquiry on human rights in the Democratic People's Republic of Korea, established by the Human Rights
  // Council in its resolution 22/13" (A/RES/78/218, 79/181, 80/220 PP4); the bare "the commission of inquiry" after it, eight or
  // nine times in each ("Reiterates its appreciation for the work of the commission of inquiry", 80/220 OP10), is that body
  org('Commission of Inquiry on Human Rights in the Democratic People’s Republic of Korea', undefined, [
    'commission of inquiry on human rights in the Democratic People’s Republic of Korea',
    "commission of inquiry on human rights in the Democratic People's Republic of Korea",
  ], ['commission of inquiry']),
  // "those identified by the group of independent experts on accountability for human rights violations in the Democratic
  // People's Republic of Korea,16 established pursuant to Council resolution 31/18" (A/RES/80/220 OP1, 78/218, 79/181), then
  // "the group of independent experts on accountability" (OP8) and "the group of independent experts" (OP21): one body
  org('Group of Independent Experts on Accountability for Human Rights Violations in the Democratic People’s Republic of Korea', undefined, [
    'group of independent experts on accountability for human rights violations in the Democratic People’s Republic of Korea',
    "group of independent experts on accountability for human rights violations in the Democratic People's Republic of Korea",
    'group of independent experts on accountability',
  ], ['group of independent experts']),
  // (then "the independent international fact-finding mission" and "the fact-finding mission" after it, as the commission of inquiry
  // above: "deeply regretting the lack of cooperation of Myanmar with the fact-finding mission", A/RES/78/219 PP14, 79/182, 80/221)
  org('Independent International Fact-Finding Mission on Myanmar', undefined, ['independent international fact-finding mission on Myanmar'], [
    'independent international fact-finding mission',
    'fact-finding mission',
  ]),
  // "Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab
  // Republic, ..., strongly condemning the continued lack of cooperation by the Syrian regime with the Commission of Inquiry"
  // (A/RES/78/222 PP23, 79/185 PP26): known before the paragraph's pattern names are read, the commission "the Commission"
  // refers back to in its own paragraph, not a "Commission of Inquiry" of its own
  org('Independent International Commission of Inquiry on the Syrian Arab Republic'),
  org('independent international fact-finding mission to investigate the implications of the Israeli settlements on the civil, political, economic, social and cultural rights of the Palestinian people throughout the Occupied Palestinian Territory, including East Jerusalem'),
  // "Recalling the report of the independent international commission of inquiry established pursuant to Human Rights Council
  // resolution S-28/1" (A/RES/78/76 PP11, 80/80 PP11): the Council's commission on the 2018 protests, named by its mandate only
  // (the bare "independent international commission of inquiry" would match the capitalised commissions on Ukraine and Syria)
  org('independent international commission of inquiry on the protests in the Occupied Palestinian Territory', undefined, [
    'independent international commission of inquiry established pursuant to Human Rights Council resolution S-28/1',
  ]),
  // "by the independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1" (A/RES/78/73 PP43,
  // the UNRWA operations texts): the Council's commission on the 2014 Gaza conflict, named by its mandate only, as the one above
  org('independent commission of inquiry on the 2014 Gaza conflict', undefined, [
    'independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1',
  ]),
  // the internal justice system (administration of justice resolutions print "the Dispute Tribunal" after the full name)
  org('United Nations Dispute Tribunal', 'UNDT', ['Dispute Tribunal']),
  org('United Nations Appeals Tribunal', 'UNAT', ['Appeals Tribunal']),
  org('United Nations Joint Staff Pension Fund', undefined, [], ['Pension Fund', 'Fund']),
  org('United Nations Joint Staff Pension Board', undefined, [], ['Pension Board', 'Board']),
  // the Fund's two heads, posts of their own named in each pension and audit resolution ("the report of the Chief Executive of
  // Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund",
  // A/RES/78/242 PP3, 78/253 OP2, 79/245, 79/253, 80/231, 80/243 XII.OP2): one node each, as the Emergency Relief Coordinator's is
  org('Chief Executive of Pension Administration'),
  org('Representative of the Secretary-General for the investment of the assets of the United Nations Joint Staff Pension Fund', undefined, [
    'Representative of the Secretary-General for the investment of the assets of the Fund',
  ]),
  org('United Nations Logistics Base at Brindisi, Italy', undefined, ['United Nations Logistics Base at Brindisi', 'United Nations Logistics Base']),
  // "the work of the Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures in Alexandria, Egypt" (A/RES/80/200
  // PP25, 79/180, 78/214): a capitalised name stops at "between"; "the Anna Lindh Foundation" (A/RES/78/129) is the same body
  org('Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures', undefined, ['Anna Lindh Foundation']),
  // Non-State armed and terrorist groups the texts name (and the Security Council's sanctions lists designate): actors the
  // Assembly calls upon and condemns ("calls for the Taliban to swiftly reverse ...", A/RES/79/317 OP10; "terrorist groups such
  // as Al-Qaida and their affiliates, Islamic State in Iraq and the Levant (ISIL) (Da’esh) ..., including ISIL-Khorasan, and
  // Tehrik-e Taliban Pakistan", OP17; 78/222, 79/185, 80/224 on Syria). With no entry, "Iraq" and "Pakistan" inside the names
  // were read as places.
  org('Islamic State in Iraq and the Levant', 'ISIL', ['Da’esh', "Da'esh", 'Islamic State of Iraq and the Levant']),
  org('Islamic State in Iraq and the Levant-Khorasan', undefined, ['ISIL-Khorasan', 'ISIL-K']),
  org('Al-Qaida', undefined, ['Al Qaida', 'Al-Qaeda']),
  org('Taliban'),
  org('Tehrik-e Taliban Pakistan', 'TTP'),
  org('Hay’at Tahrir al-Sham', undefined, ["Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Sham']),
  org('Nusrah Front', undefined, ['Al-Nusrah Front', 'Jabhat al-Nusrah']),
  org('Boko Haram'),
  org('Al-Shabaab', undefined, ['Al-Shabab']),
  org('Lord’s Resistance Army', 'LRA', ["Lord's Resistance Army"]),
  // the Myanmar texts' armed group and parallel government ("the continued conflict between the Myanmar security and armed forces and
  // the Arakan Army", A/RES/78/219 PP43; "the pronouncements of the National Unity Government articulated in the “Policy position on
  // the Rohingya in Rakhine State”", PP63; 79/182, 80/221): two and three capitalised words with no head the capitals reader knows
  org('Arakan Army'),
  org('National Unity Government'),
  // the armed branch of the SS the Nuremberg Tribunal judged criminal, printed "the Waffen SS" in the texts on glorifying Nazism
  // ("including the Waffen SS", "former members of the Waffen SS organization", A/RES/80/192 PP4, OP6; 79/160, 78/190):
  // two capitalised words with no head the capitals reader knows
  org('Waffen SS'),
  // the territorial Government's office the American Samoa texts recall ("the establishment in April 2016 of the Office of
  // Political Status, Constitutional Review and Federal Relations", A/RES/80/90 OP4, 78/86 PP22, OP4): its name holds two
  // commas, where the capitals reader ends a name
  org('Office of Political Status, Constitutional Review and Federal Relations'),
  // the host country's border agency the host-country texts name ("the inappropriate treatment and screening of certain of its
  // high-ranking officials ... by host country Customs and Border Protection officers", A/RES/80/172 OP2, 79/130, 78/116; aud51g
  // gold 80/172): no head word the capitals reader knows, so it was read as nothing
  org('United States Customs and Border Protection', undefined, ['Customs and Border Protection', 'U.S. Customs and Border Protection']),
];
