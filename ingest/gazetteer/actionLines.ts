// The eleven WSIS action lines of the Geneva Plan of Action (C1..C11) with their names as
// printed, the e-application sub-lines of C7, and the lead facilitators agreed in the Tunis Agenda
// (annex) and the UNGIS/WSIS Forum facilitation matrix. ActionLine nodes are keyed by code.
import { gazetteerEntry, type GazetteerEntry } from './types.js';

export interface ActionLineInfo {
  code: string;
  name: string;
  /** other printed forms of the name (matched in running text) */
  aliases: string[];
  /** lead / co-facilitators, canonical Organization names */
  facilitators: string[];
}

const ITU = 'International Telecommunication Union';
const UNESCO = 'United Nations Educational, Scientific and Cultural Organization';
const UNDP = 'United Nations Development Programme';
const UNCTAD = 'United Nations Conference on Trade and Development';
const DESA = 'Department of Economic and Social Affairs';

export const ACTION_LINES: ActionLineInfo[] = [
  {
    code: 'C1',
    name: 'The role of public governance authorities and all stakeholders in the promotion of ICTs for development',
    aliases: ['role of public governance authorities and all stakeholders in the promotion of ICTs for development', 'role of public governance authorities and all stakeholders in the promotion of information and communications technologies for development', 'The role of government and all stakeholders in the promotion of ICTs for development', 'role of government and all stakeholders in the promotion of ICTs for development'],
    facilitators: [DESA],
  },
  { code: 'C2', name: 'Information and communication infrastructure', aliases: ['Information and communication infrastructure: an essential foundation for the Information Society', 'information and communication infrastructure'], facilitators: [ITU] },
  { code: 'C3', name: 'Access to information and knowledge', aliases: ['access to information and knowledge'], facilitators: [UNESCO] },
  { code: 'C4', name: 'Capacity building', aliases: ['Capacity-building', 'capacity building', 'capacity-building'], facilitators: [UNDP, UNESCO, ITU, UNCTAD] },
  { code: 'C5', name: 'Building confidence and security in the use of ICTs', aliases: ['building confidence and security in the use of ICTs', 'Building confidence and security in the use of information and communications technologies', 'building confidence and security in the use of information and communications technologies'], facilitators: [ITU] },
  { code: 'C6', name: 'Enabling environment', aliases: ['enabling environment'], facilitators: [ITU, UNDP, 'United Nations Regional Commissions', UNCTAD, DESA] },
  {
    code: 'C7',
    name: 'ICT applications: benefits in all aspects of life',
    aliases: ['ICT applications', 'Information and communications technology applications'],
    facilitators: [ITU, UNESCO, 'World Health Organization', 'Food and Agriculture Organization of the United Nations', 'International Labour Organization', 'Universal Postal Union', UNCTAD, UNDP, 'United Nations Environment Programme', 'World Meteorological Organization', 'International Trade Centre', DESA],
  },
  { code: 'C8', name: 'Cultural diversity and identity, linguistic diversity and local content', aliases: ['cultural diversity and identity, linguistic diversity and local content'], facilitators: [UNESCO] },
  { code: 'C9', name: 'Media', aliases: [], facilitators: [UNESCO] },
  { code: 'C10', name: 'Ethical dimensions of the Information Society', aliases: ['ethical dimensions of the information society', 'Ethical dimensions of the information society'], facilitators: [UNESCO] },
  { code: 'C11', name: 'International and regional cooperation', aliases: ['international and regional cooperation'], facilitators: ['United Nations Regional Commissions', UNDP, ITU, UNESCO, DESA] },
];

/** C7 sub-lines: "C7 E-government" etc. Keyed as their own ActionLine nodes (code C7.x-name). */
export const C7_SUBLINES: ActionLineInfo[] = [
  { code: 'C7 E-government', name: 'E-government', aliases: [], facilitators: [DESA] },
  { code: 'C7 E-business', name: 'E-business', aliases: [], facilitators: [UNCTAD, 'International Trade Centre', 'Universal Postal Union'] },
  { code: 'C7 E-learning', name: 'E-learning', aliases: [], facilitators: [UNESCO] },
  { code: 'C7 E-health', name: 'E-health', aliases: [], facilitators: ['World Health Organization'] },
  { code: 'C7 E-employment', name: 'E-employment', aliases: [], facilitators: ['International Labour Organization'] },
  { code: 'C7 E-environment', name: 'E-environment', aliases: [], facilitators: ['World Meteorological Organization', 'United Nations Environment Programme', ITU] },
  { code: 'C7 E-agriculture', name: 'E-agriculture', aliases: [], facilitators: ['Food and Agriculture Organization of the United Nations'] },
  { code: 'C7 E-science', name: 'E-science', aliases: [], facilitators: [UNESCO, UNCTAD] },
];

/** Canonical display name of an action line: "C2 Information and communication infrastructure". */
export function actionLineDisplayName(info: ActionLineInfo): string {
  return info.code.startsWith('C7 ') ? info.code : `${info.code} ${info.name}`;
}

/**
 * Gazetteer entries for the long action-line names (safe to match anywhere). Short generic names
 * ("Media", "Capacity building", "enabling environment") are NOT gazetteer entries: they are only
 * recognised next to a code or the words "action line" (see recognize/actionLines.patterns.ts).
 */
export const ACTION_LINE_ENTRIES: GazetteerEntry[] = ACTION_LINES.filter((a) => ['C1', 'C5', 'C8', 'C10'].includes(a.code)).map((a) =>
  gazetteerEntry('ActionLine', actionLineDisplayName(a), undefined, [a.name, ...a.aliases.filter((x) => x.length > 30 && /^[A-Z]/.test(x))], undefined, { code: a.code, facilitators: a.facilitators }),
);
