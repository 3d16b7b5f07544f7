// Node keys the pipeline mints itself (recognisers mint theirs with graph/model.ts nodeKey).
import { nodeKey } from '../graph/model-keys.js';

export const resolutionKey = (symbol: string): string => nodeKey('Resolution', symbol);
export const paragraphKey = (resolutionSymbol: string, paragraphId: string): string =>
  nodeKey('Paragraph', `${resolutionSymbol}#${paragraphId}`);
export const dateKey = (iso: string): string => nodeKey('Date', iso);

/**
 * Normalised key text of a title (a Document key's): lower case, single spaces, plain apostrophes and hyphens, no
 * outer punctuation or quotes. Here, not in recognize/documents.ts, so that the graph writer (graph/build.ts) loads
 * no recogniser and no gazetteer on the main thread.
 */
export function normaliseTitle(title: string): string {
  return title
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[’‘]/g, "'")
    // a non-breaking hyphen ("non‑proliferation" in the PDF text) is the hyphen of the same title printed elsewhere
    .replace(/[\u2010\u2011]/g, '-')
    .trim()
    .replace(/^[\s“”"'*.,;:]+|[\s“”"'*.,;:]+$/g, '')
    .toLowerCase();
}

const GA_RESOLUTION_KEY_RE = /^Resolution:A\/RES\/(\d{2,3})\/(\d+)$/;
const YEAR_HEAD_RE = /^(?:19|20)\d\d/;

/**
 * The year the resolution `key` was adopted in, when known: its `date`, else, for a General Assembly resolution numbered
 * under 200 (adopted before the end of the session's first year: 1,001 of 1,002 dated ones in corpus-ga), its session's
 * first year ("A/RES/74/2" -> 2019). Shared by the ingest (a footnoted declaration's year, attributions.ts) and the graph
 * builder (graph/build.ts), which must agree on it.
 */
export function adoptionYear(key: string, date: unknown): string | undefined {
  if (typeof date === 'string' && YEAR_HEAD_RE.test(date)) return date.slice(0, 4);
  const m = GA_RESOLUTION_KEY_RE.exec(key);
  if (!m || Number(m[1]) < 31 || Number(m[2]) >= 200) return undefined;
  return String(1945 + Number(m[1]));
}

/** "Resolution:A/RES/217(III)A": the session in Roman numerals, the Assembly's first thirty */
const GA_ROMAN_RESOLUTION_KEY_RE = /^Resolution:A\/RES\/\d+\(([IVXL]+)\)[A-Z]?$/;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/**
 * Whether the day `iso` (YYYY-MM-DD) falls in the session of the General Assembly resolution `key`: from September of its
 * first year (1945 + session) to the end of September of the next, the Assembly's sessions since the third. Undefined
 * session (not a General Assembly key): false. A guard for a day read from the words next to a text the resolution adopted
 * (attributions.ts adoptedByFootnotedResolution): the day a conference adopted a text the Assembly endorsed months later
 * falls outside.
 */
export function dayInAssemblySession(key: string, iso: string): boolean {
  const session = assemblySessionOf(key);
  return session !== undefined && iso.length === 10 && monthInSession(session, iso);
}

/** whether the month of `iso` (YYYY-MM...) falls in the Assembly's session `session` (September to September) */
function monthInSession(session: number, iso: string): boolean {
  const first = 1945 + session;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return (year === first && month >= 9) || (year === first + 1 && month <= 9);
}

/**
 * A whole day or month `iso` outside the session of the General Assembly resolution `key` (false when the key names no session):
 * "the Kyoto Declaration ..., adopted in March 2021,19" with "19 Resolution 76/181, annex." (A/RES/79/154 PP35) is a month of the
 * seventy-fifth session, before 76/181's.
 */
export function dayOutsideAssemblySession(key: string, iso: string): boolean {
  const session = assemblySessionOf(key);
  return (iso.length === 10 || iso.length === 7) && session !== undefined && !monthInSession(session, iso);
}

/** the session of a General Assembly resolution key, by number or in Roman numerals; undefined for any other key */
function assemblySessionOf(key: string): number | undefined {
  let session: number | undefined;
  const m = GA_RESOLUTION_KEY_RE.exec(key);
  if (m) session = Number(m[1]);
  else {
    const r = GA_ROMAN_RESOLUTION_KEY_RE.exec(key);
    if (r) {
      session = 0;
      const digits = r[1]!;
      for (let i = 0; i < digits.length; i++) {
        const v = ROMAN_DIGITS[digits[i]!]!;
        const next = i + 1 < digits.length ? ROMAN_DIGITS[digits[i + 1]!]! : 0;
        session += v < next ? -v : v;
      }
    }
  }
  return session;
}
