// Kept out of entityScan.ts so that graph/build.ts (the main thread's graph builder) can read it without loading the recognizers.
/** Standing conferences of an organization, which sit in numbered sessions: an ordinal before one names its session, no edition
 *  of a series ("the 111th International Labour Conference", "the forty-fourth Conference of the Food and Agriculture
 *  Organization of the United Nations", A/RES/80/133 PP10, one sitting with "the forty-fourth session of the Conference of the
 *  Food and Agriculture Organization of the United Nations", A/RES/80/174 PP4) */
export const SESSION_NUMBERED_CONFERENCES: ReadonlySet<string> = new Set(['International Labour Conference', 'Conference of the Food and Agriculture Organization of the United Nations']);
