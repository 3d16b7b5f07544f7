// WSIS action-line references by code: "action line C5", "action lines C1 and C7", "(C3)",
// "C7 e-health", and by e-application name: "the e-health action line".
import { letterRe } from '../letter-classes.js';

/** A code with evidence it is an action line: "action line(s) " before it, or a parenthesis. */
export const ACTION_LINE_CODE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:(?:[Aa]ction\s+[Ll]ines?\s+)((?:C(?:1[01]|[1-9]))(?:\s*(?:,|and|to|–|-)\s*C(?:1[01]|[1-9]))*)|\((C(?:1[01]|[1-9]))\)|(C(?:1[01]|[1-9]))(?=\s*[:.]?\s+(?:[Tt]he role of|[Ii]nformation and communication infrastructure|[Aa]ccess to information|[Cc]apacity[ -]building|[Bb]uilding confidence|[Ee]nabling environment|ICT applications|[Cc]ultural diversity|[Mm]edia\b|[Ee]thical dimensions|[Ii]nternational and regional cooperation|[Ee]-[a-z]+)))`, 'gu');

/** Individual codes inside a matched list ("C1, C3 and C7"). */
export const CODE_RE = /C(?:1[01]|[1-9])/g;

/** "the e-health action line", "C7 e-agriculture", "action line C7 (e-learning)". */
export const E_APPLICATION_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:C7\s*[:(]?\s*)?[Ee]-(government|business|learning|health|employment|environment|agriculture|science)\)?(?=\s+action\s+lines?\b)|(?<=C7\s*[:(]?\s*)[Ee]-(government|business|learning|health|employment|environment|agriculture|science)\b`, 'gu');
