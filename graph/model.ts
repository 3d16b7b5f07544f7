// The graph model shared by ingest/, graph/ (exports, Neo4j writer), cypher/ and web/.
// One node per real thing; node `kind` is the Neo4j label; edge `type` is the
// relationship type. Keys are stable strings `Kind:normalised-key` so that
// re-ingesting the same files yields the same graph. The names and key functions live in
// graph/model-keys.ts (no zod), re-exported here.
import { z } from 'zod';
import { ENTITY_RELATION_TYPES, NODE_KINDS, RELATION_TYPES, VERB_RELATION_TYPES } from './model-keys.js';

export { NODE_KINDS, VERB_RELATION_TYPES, ENTITY_RELATION_TYPES, RELATION_TYPES, nodeKey, kindOfKey, edgeKey } from './model-keys.js';

export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;
export const VerbRelationType = z.enum(VERB_RELATION_TYPES);
export type VerbRelationType = z.infer<typeof VerbRelationType>;
export const EntityRelationType = z.enum(ENTITY_RELATION_TYPES);
export type EntityRelationType = z.infer<typeof EntityRelationType>;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/** ISO 8601 date with the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const PropertyValue = z.union([Scalar, z.array(z.union([z.string(), z.number(), z.boolean()]))]);

const baseNode = {
  name: z.string().min(1),
};

export const ResolutionAttrs = z.object({
  kind: z.literal('Resolution'),
  ...baseNode,
  symbol: z.string(), // canonical: A/RES/70/125, E/RES/2006/46, S/RES/242(1967), A/RES/217(III)A, or "<report> draft resolution I"
  body: z.string().optional(), // "General Assembly", "Economic and Social Council", "Security Council", ...
  number: z.string().optional(), // "70/125", "2006/46", "242", "217 A (III)"
  title: z.string().optional(),
  date: IsoDate.optional(), // adoption date
  session: z.string().optional(), // "78", "seventy-eighth session"
  agendaItem: z.string().optional(),
  committee: z.string().optional(), // "Sixth Committee": adopted on its report
  report: z.string().optional(), // that report's symbol, "A/78/432"
  draftSymbol: z.string().optional(), // adopted without reference to a Main Committee: the draft's symbol, "A/78/L.1"
  draft: z.boolean().optional(),
  submittedBy: z.string().optional(), // a draft's submitter as its label prints it: "President of the General Assembly"
  ingested: z.boolean().optional(), // true when the text of this resolution itself was ingested
  sourceFile: z.string().optional(),
});
export const DocumentAttrs = z.object({
  kind: z.literal('Document'),
  ...baseNode,
  symbol: z.string().optional(),
  title: z.string().optional(),
  date: IsoDate.optional(),
});
export const OrganizationAttrs = z.object({
  kind: z.literal('Organization'),
  ...baseNode,
  acronym: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});
export const EventKind = z.enum(['conference', 'summit', 'session', 'meeting', 'forum', 'day', 'week', 'year', 'decade', 'dialogue', 'other']);
export const EventAttrs = z.object({
  kind: z.literal('Event'),
  ...baseNode,
  eventKind: EventKind.optional(),
  location: z.string().optional(),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});
export const InitiativeAttrs = z.object({ kind: z.literal('Initiative'), ...baseNode, acronym: z.string().optional() });
export const FrameworkAttrs = z.object({ kind: z.literal('Framework'), ...baseNode, acronym: z.string().optional() });
export const ActionLineAttrs = z.object({
  kind: z.literal('ActionLine'),
  ...baseNode,
  code: z.string().optional(), // C1..C11
  facilitators: z.array(z.string()).optional(),
});
export const PlaceAttrs = z.object({ kind: z.literal('Place'), ...baseNode, country: z.string().optional() });
export const DateAttrs = z.object({
  kind: z.literal('Date'),
  ...baseNode, // the ISO string itself
  iso: IsoDate,
  year: z.number().int(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
});
export const ParagraphAttrs = z.object({
  kind: z.literal('Paragraph'),
  ...baseNode, // "A/RES/78/132 OP3"
  resolution: z.string(), // resolution node key
  paragraphId: z.string(), // PP3, OP26, OP26(a)
  paragraphKind: z.enum(['preambular', 'operative']),
  number: z.number().int().optional(),
  verb: z.string().optional(), // main verb as printed ("Welcomes and urges")
  text: z.string(),
  heading: z.string().optional(), // section heading the paragraph sits under
  footnotes: z.array(z.string()).optional(),
  sourceFile: z.string().optional(),
});

export const NodeAttrs = z.discriminatedUnion('kind', [
  ResolutionAttrs,
  DocumentAttrs,
  OrganizationAttrs,
  EventAttrs,
  InitiativeAttrs,
  FrameworkAttrs,
  ActionLineAttrs,
  PlaceAttrs,
  DateAttrs,
  ParagraphAttrs,
]);
export type NodeAttrs = z.infer<typeof NodeAttrs>;

export const EdgeAttrs = z.object({
  type: RelationType,
  /** resolution node key the edge was read from */
  resolution: z.string().optional(),
  /** paragraph id as "PP3" / "OP26" */
  paragraph: z.string().optional(),
  /** the verb phrase or attribution phrase as printed */
  verb: z.string().optional(),
  /** the mention of the target as printed */
  phrase: z.string().optional(),
  /** source file (document) the edge was read from */
  document: z.string().optional(),
  /** set when the phrase was read from a footnote: the footnote's mark (the span is then within the footnote's text) */
  footnote: z.string().optional(),
  /** character span of the phrase within the paragraph text [start, end) */
  spanStart: z.number().int().optional(),
  spanEnd: z.number().int().optional(),
  /** index of the verb clause inside the paragraph (0-based) */
  clause: z.number().int().optional(),
});
export type EdgeAttrs = z.infer<typeof EdgeAttrs>;
