// The graph model's names and keys, without zod: node kinds, relation types, node and edge keys.
// graph/model.ts re-exports all of it next to the zod schemas of node and edge attributes. The ingest
// worker threads import this module, not graph/model.ts: they only make keys, and zod (~0.75 MB of
// the worker bundle, parsed and set up at every worker's start) is then left out of their bundle
// (tests/ingest/worker-bundle.test.ts checks it).

export const NODE_KINDS = [
  'Resolution',
  'Document',
  'Organization',
  'Event',
  'Initiative',
  'Framework',
  'ActionLine',
  'Place',
  'Date',
  'Paragraph',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Relations from a resolution typed by the main verb of the clause that mentions the target. */
export const VERB_RELATION_TYPES = [
  'RECALLS',
  'REAFFIRMS',
  'WELCOMES',
  'NOTES',
  'RECOGNIZES',
  'ACKNOWLEDGES',
  'ENCOURAGES',
  'URGES',
  'CALLS_UPON',
  'INVITES',
  'REQUESTS',
  'EMPHASIZES',
  'REITERATES',
  'EXPRESSES',
  'APPRECIATES',
  'LOOKS_FORWARD_TO',
  'RECOMMENDS',
  'REGRETS',
  'DECIDES',
  // Verbs of the genre outside DESIGN.md's list (Security Council and GA texts use them often).
  'CONDEMNS',
  'DEMANDS',
  'SUPPORTS',
  'ENDORSES',
  'AFFIRMS',
  'CONSIDERS',
  'DECLARES',
  'ADOPTS',
  'APPROVES',
  'ACCEPTS',
  'AUTHORIZES',
  'TAKES_INTO_ACCOUNT',
] as const;
export type VerbRelationType = (typeof VERB_RELATION_TYPES)[number];

/** Relations between entities as the text states them, plus dates and provenance. */
export const ENTITY_RELATION_TYPES = [
  'LEADS', // "led by", "(ITU)" after an initiative's name, "facilitated by"
  'ORGANIZES', // organized, convened, jointly organized by (the text states who)
  // Event -> Organization: a session or meeting of the body its name names ("the twenty-sixth session of the Commission on
  // Science and Technology for Development", "UNCTAD eWeek"): the name says whose sitting it is, not that the body organized it
  'SESSION_OF',
  'HOSTS', // hosted by
  'HELD_IN', // Event -> Place
  'ADOPTED', // Resolution/Event/Organization -> Framework/Document, as the text states it ("in which the Assembly adopted the Pact for the Future"); "endorsed" gives ENDORSES instead (ingest/attributions.ts endorsedNotAdopted)
  'PART_OF', // Paragraph -> Resolution, Framework -> Framework, Event -> Event series
  'ADOPTED_ON', // Resolution -> Date; Framework -> Date ("the Universal Declaration of Human Rights, adopted on 10 December 1948"); Document -> Date (a note's "(WT/MIN(22)/30), adopted on 17 June 2022")
  'STARTS_ON', // Event -> Date
  'ENDS_ON', // Event -> Date
  'DATED', // Document/other entity -> Date
  'MENTIONS', // Paragraph -> any entity
  'CITES', // Resolution -> Resolution/Document when no verb clause types it (footnotes)
] as const;
export type EntityRelationType = (typeof ENTITY_RELATION_TYPES)[number];

export const RELATION_TYPES = [...VERB_RELATION_TYPES, ...ENTITY_RELATION_TYPES] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Stable node key: `Kind:normalised`. */
export function nodeKey(kind: NodeKind, normalised: string): string {
  return `${kind}:${normalised}`;
}

export function kindOfKey(key: string): NodeKind | undefined {
  const k = key.slice(0, key.indexOf(':'));
  return (NODE_KINDS as readonly string[]).includes(k) ? (k as NodeKind) : undefined;
}

/** Stable edge key. One edge per (type, source, target, resolution, paragraph, clause). */
export function edgeKey(type: RelationType, source: string, target: string, where?: { paragraph?: string; clause?: number; resolution?: string }): string {
  const at = where ? `@${where.resolution ?? ''}#${where.paragraph ?? ''}/${where.clause ?? ''}` : '';
  return `${type}|${source}->${target}${at}`;
}
