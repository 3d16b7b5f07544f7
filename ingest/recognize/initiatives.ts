// Recognises initiatives (programmes, coalitions, platforms, databases, prizes, report series, partnerships, networks, mechanisms).
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import { nodeKey } from '../../graph/model-keys.js';
import { normaliseTitle } from '../keys.js';
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

/**
 * A name whose head is "Manual", before its topic or last: a publication of guidance, a Document, not an Initiative (session 58:
 * "the Procurement Manual", A/RES/78/330 OP8; "the Manual for the Framework to Measure South-South Cooperation", 80/156 PP22).
 * The scan reads it with the initiatives' heads (INITIATIVE_HEADS), which bound the name. At most two words before the head: a
 * longer opening is a body's name ("the United Nations Development Programme Manual on Corruption Surveys", 78/229 PP24), whose
 * owner-in-name reading (a verb target, accuracy-aud47g) is an Initiative's and stays so until it is carried over to Documents.
 */
const MANUAL_HEAD_RE = /^(?!United )(?:[A-Z][A-Za-z-]* ){0,2}Manual(?: (?:for|on|of) |$)/;

export function findInitiatives(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  const found = namedEntitiesOfKind('Initiative', text, ctx);
  if (!found.some((m) => MANUAL_HEAD_RE.test(m.name))) return found;
  return found.map((m) => (MANUAL_HEAD_RE.test(m.name) ? { ...m, kind: 'Document', key: nodeKey('Document', normaliseTitle(m.name)), attrs: { title: m.name } } : m));
}
