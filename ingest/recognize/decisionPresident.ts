// The President who proposed a decision of the General Assembly: "At its 65th plenary meeting, on 16 December 2025, the General
// Assembly, on the proposal of its President, decided to invite ..." (GA decision 80/524). "its President" names the
// President of the General Assembly; only in the Assembly's decisions (symbol A/DEC/...), where the Assembly is the subject
// the phrase follows ("The State of Palestine may submit a pre-recorded statement of its President", A/RES/80/1, is another).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedKey } from './entityScan.js';

const PROPOSAL_RE = /\bthe General Assembly, on the proposal of (its President)\b/;
const PGA = 'President of the General Assembly';

/** `mentions` (in text order) with the President of a decision's "on the proposal of its President"; the same array otherwise. */
export function withProposingPresident(text: string, ctx: RecognizeContext, mentions: EntityMention[]): EntityMention[] {
  // gate: a decision of the Assembly (its symbol, not its text)
  if (ctx.symbol === undefined || !ctx.symbol.startsWith('A/DEC/')) return mentions;
  const m = PROPOSAL_RE.exec(text);
  if (!m) return mentions;
  const start = m.index + m[0].length - m[1]!.length;
  const end = start + m[1]!.length;
  if (mentions.some((x) => x.start < end && start < x.end)) return mentions;
  const out = mentions.slice();
  out.push({ kind: 'Organization', key: namedKey('Organization', PGA), name: PGA, attrs: {}, phrase: m[1]!, start, end });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
