// Head nouns that make an unknown capitalised name an Initiative (programmes, coalitions,
// platforms, databases, prizes, report series, partnerships, networks, mechanisms).

import { letterRe } from '../letter-classes.js';

export const INITIATIVE_HEADS: ReadonlySet<string> = new Set([
  // ("the Global Compact Country Networks", A/RES/79/228 OP26: the plural last, not the "Compact" of its owner's name)
  'Initiative', 'Programme', 'Program', 'Partnership', 'Platform', 'Network', 'Networks', 'Coalition', 'Alliance', 'Mechanism',
  'Database', 'Prize', 'Prizes', 'Award', 'Awards', 'Index', 'Repository', 'Toolkit', 'Report', 'Series', 'Campaign',
  'Campaigns', 'Project', 'Portal', 'Hub', 'Facility', 'Accelerator', 'Observatory', 'Lab', 'Laboratory', 'Challenge',
  'Survey', 'Matrix', 'Registry', 'Register', 'Atlas', 'Compendium', 'Targets', 'Scheme', 'Fellowship', 'Academy',
  // a publication of guidance, as a toolkit is: "the International Law Handbook", "the Handbook on Children Recruited and
  // Exploited by Terrorist and Violent Extremist Groups"; a "Manual" bounds its name here and is made a Document
  // (initiatives.ts MANUAL_HEAD_RE, session 58: "the Procurement Manual", A/RES/78/330 OP8; 80/156 PP22); a survey's question
  // module, as a survey is: "the United Nations Children’s Fund Module on Child Functioning" (A/RES/79/149 OP35, 78/195, 80/197)
  'Manual', 'Handbook', 'Module',
  // a guide, as a handbook is: "the International Labour Organization Volunteer Work Measurement Guide" (A/RES/79/148 OP13), "the
  // United Nations Guide for Minorities" (78/211), never its first word (INITIATIVE_HEADS_NOT_INITIAL); the Commission's
  // "Legislative Guide on ..." stays a Framework (FRAMEWORK_PHRASES_RE)
  'Guide',
  // a collection of texts or data online ("the website of the United Nations Treaty Collection", A/RES/80/170 PP9)
  'Collection',
  // a special account the Assembly funds: "a dedicated multi-year special account, entitled Peacebuilding Account" (A/RES/78/257
  // OP7), "the Development Account"
  'Account',
  // a publication series: "The United Nations Disarmament Yearbook" (A/RES/79/69 OP2), "the Yearbook of the International
  // Law Commission" (A/RES/79/121 OP34)
  'Yearbook',
  // States that champion an instrument: "the Global Compact Champion countries" (A/RES/79/217 PP30, 78/217 PP14, 80/218 PP12,
  // which the text counts among "the initiatives that promote ... dialogue"): the champions' initiative, not the compact
  'Champion',
  // a tracker the secretariat publishes, as a report series is: "the SDG Investment Trends Monitor of the United Nations
  // Conference on Trade and Development" (A/RES/80/127 PP24, 79/198, 78/141)
  'Monitor',
  // a partnership of agencies so named, as a coalition or alliance is: "effective inter-agency partnerships, such as the
  // International Consortium on Combating Wildlife Crime and the Green Customs Initiative" (A/RES/80/227 PP10, 79/313); "the
  // Global Emerging Markets Risk Database Consortium" (79/323). (The Consortium of International Agricultural Research Centers,
  // CGIAR, is a body the gazetteer names.)
  'Consortium',
  // a report series, as the gazetteer's outlooks are (Global Environment Outlook, Global Land Outlook): "through a dedicated section of
  // the Creative Economy Outlook" of UNCTAD (A/RES/78/133 OP4); an edition printed with its year is a Document ("the ... report
  // entitled Creative Economy Outlook 2022", PP6)
  'Outlook',
  // a regional market a body sets up as a project: "the project on the establishment of the Economic Cooperation Organization
  // Regional Electricity Market" (A/RES/79/330 OP8, OP26), "the Single African Air Transport Market" (a flagship project of Agenda
  // 2063); only as the last word ("the Agricultural Market Information System", "the Advance Market Commitment" end otherwise)
  'Market',
]);

/**
 * Heads that never start a name ("Report of the Secretary-General" is a document, not an initiative); "Guide" neither: "the Guide to
 * Enactment and Interpretation of the Model Law on Cross-Border Insolvency" (A/RES/80/161 OP6) would swallow the Model Law, and "...
 * entitled Understanding and Implementing Catch Documentation Schemes: A Guide for National Authorities" (78/68 OP117) is a subtitle.
 */
export const INITIATIVE_HEADS_NOT_INITIAL: ReadonlySet<string> = new Set(['Collection', 'Report', 'Reports', 'Series', 'Index', 'Survey', 'Programme', 'Program', 'Targets', 'Monitor', 'Outlook', 'Guide']);

/**
 * An initiative named by its quoted title after its lowercase kind word and "entitled": "the Baltic Sea research project entitled
 * “Chemical Munitions, Search and Assessment (CHEMSEA)”" (A/RES/78/146 PP17, note 16), "an outreach programme entitled “The
 * Srebrenica Genocide and the United Nations”" (78/282 OP6), "the international communication campaign entitled “The real price
 * of art”" (79/133), a named policy: "its policy entitled “Tobacco-Free Tokelau by 2020”" (79/110 PP8, 78/97), a road map: "the
 * joint road map entitled “Global Drive for Media Freedom, Access to Information and the Safety of Journalists”" (A/RES/78/215 PP9,
 * 80/217 PP10). Group 1: the title; 2: an acronym in brackets closing it.
 */
export const ENTITLED_INITIATIVE_RE = /\b(?:project|programme|campaign|initiative|policy|road ?map) entitled \u201c([A-Z0-9][^\u201c\u201d;]{1,120}?)(?: \(([A-Z][A-Z0-9-]{1,15})\))?\u201d/g;

/**
 * The Global Partnership for Sustainable Development by the words of Goal 17 ("revitalize the Global Partnership"), printed
 * short after its epithets: "including a revitalized and enhanced Global Partnership" (A/RES/78/151 OP17, 79/202 OP22, 79/158
 * OP2, 80/135 OP21). Group 1: the two printed words. Not a longer name ("a revitalized Global Partnership for Sustainable
 * Development" is read as printed).
 */
export const REVITALIZED_GLOBAL_PARTNERSHIP_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:revitalized(?:\s+and\s+enhanced)?|enhanced\s+and\s+revitalized)\s+(Global\s+Partnership)(?![\p{L}\p{N}-])(?!\s+(?:for|on|to|of|in)\s)`,
  'gu',
);

/**
 * A name printed in quotes after "the" (or "its", "their": "through its “Tobacco-Free Tokelau by 2020” policy", A/RES/79/110 OP9,
 * 78/97) with its lowercase kind word after it (entityScan's quotedInitiatives). Group 1: the name.
 */
export const QUOTED_INITIATIVE_RE = letterRe(
  String.raw`\b(?:the|its|their) \u201c([A-Z0-9][^\u201c\u201d;]{1,80})\u201d (?:initiative|campaign|project|programme|platform|partnership|policy)(?![\p{L}\d-])`,
  'gu',
);

/**
 * A name printed in quotes after "the" that closes with its own lowercase kind word: "to make use of the “Tourism for SDGs
 * platform” launched during the 2018 high-level political forum" (A/RES/79/220 OP20); the quoted words whole are the name. Two
 * words at least before the kind word: "Notes that the “African project” has the aim of ..." (A/RES/78/245 OP119, 79/248 OP125) is a
 * description. Group 1: the name.
 */
export const QUOTED_KIND_INITIATIVE_RE = /\b(?:the|its|their) \u201c([A-Z0-9][^\u201c\u201d;\s]*(?: [^\u201c\u201d;\s]+){1,10} (?:initiative|campaign|project|programme|platform|partnership))\u201d/g;
