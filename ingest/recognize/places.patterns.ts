// Place context: "in Quito, Ecuador" (city followed by its country is one location), and the
// prepositions that make a place the venue of an event.

/** Text between a city and its country: ", " (and nothing else). */
export const CITY_COUNTRY_GAP_RE = /^,\s*$/;

/** Venue phrases in the text just before a place mention: "held in", "organized in", "in". */
export const VENUE_BEFORE_RE = /(?:\b(?:held|organized|organised|convened|hosted|taking\s+place|took\s+place|to\s+be\s+held|to\s+be\s+organized|to\s+be\s+convened|celebrated|launched)\s+)?(?:\bin\s+(?:the\s+)?(?:city\s+of\s+)?|\bat\s+(?:the\s+)?)$/;
