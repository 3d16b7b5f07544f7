/**
 * The English month names as a regex alternation, the one spelling every pattern that reads a date builds on
 * (wrap it in a group: `(?:${MONTHS})`). OCR-tolerant variants (dates.ts, segment.patterns.ts) keep their own.
 */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
