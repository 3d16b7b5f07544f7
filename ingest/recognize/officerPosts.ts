// The post that presides a body, named after it: "Requests the Chair of the Ad Hoc Committee to continue his informal
// consultations" (A/RES/78/13 OP3), "Welcoming the efforts of the Chair of the Open-ended Working Group" (A/RES/78/237 PP18),
// "Invites the Co-Chairs of the multi-stakeholder forum ..." (A/RES/78/132 OP58). The verb addresses the officer, not the body:
// the post is the entity, an Organization keyed "<post> of the <body>" as the gazetteer keys "President of the General Assembly"
// and "Chair of the Commission on Science and Technology for Development" (aud41f gold 78/132 PP44, aud45c gold 78/237 PP18),
// with no PART_OF (the President of the Assembly has none either). A plural post is one post per body ("the Chairs of the
// Fifth Committee and the Advisory Committee ...": both chairs; "Presidents of the General Assembly and Chairs of the Fifth
// Committee": a plural post with no article after another officer). Not "the Secretary-General, as the Chair of the ...": the
// post's holder is named, and the clause is about it.
// So for the President or Chair of a sitting (an Event): "submitted by the President of the Twenty-first Meeting of the States
// Parties to the Convention" (A/RES/79/53 PP22) is the post "President of the <sitting>" (lead, session 63).
import type { EntityMention } from '../models.js';
import { namedKey, PRESIDENT_OF } from './entityScan.js';
import { textIncludes } from '../textIncludes.js';
import { AND_THE_SECOND_BODY_GAP_RE, AS_BEFORE_POST_RE, DATED_LIST_SECOND_BODY_GAP_RE, LISTED_SECOND_BODY_GAP_RE, PLURAL_POST_AFTER_AND_BEFORE_RE, POST_FOR_TERRITORY_BEFORE_RE, POST_OF_BODY_BEFORE_RE, POST_OF_SITTING_BEFORE_RE, POST_OF_TERRITORY_BEFORE_RE, SITTING_HELD_AFTER_RE, STATE_OR_TERRITORY_POST } from './organizations.patterns.js';
import { NON_SELF_GOVERNING_TERRITORIES } from '../gazetteer/places.js';

/** the gates: a post's word before " of the " (most paragraphs hold neither) */
const CHAIR_OF = 'Chair of the ';
const CHAIRS_OF = 'Chairs of the ';
const PRESIDENT = 'President';
const PRESIDENTS_OF = `${PRESIDENT}s of the `;
const CHAIRPERSON_OF = 'Chairperson of the ';
const CHAIRMAN_OF = 'Chairman of the ';
const RAPPORTEUR_OF = 'Rapporteur of the ';
const EXECUTIVE_SECRETAR = 'Executive Secretar';
/** "the report of the Administrator of the United Nations Development Programme" (A/RES/80/156 OP4; aud51j gold 80/156) */
const ADMINISTRATOR_OF = 'Administrator of the ';
/** the gates of a Territory's head of government (POST_OF_TERRITORY_BEFORE_RE) */
const PREMIER_OF = 'Premier of ';
const GOVERNOR_OF = 'Governor of ';
const CHIEF_MINISTER_OF = 'Chief Minister of ';
/** the gate of a post printed before the Government it speaks for (POST_FOR_TERRITORY_BEFORE_RE) */
const AS_REPRESENTATIVE_OF_THE_GOVERNMENT = 'representative of the Government of ';
/** how far back the post and its "the" may start before the body's name */
const POST_REACH = 32;
/** ... and before a Territory's name after "as a representative of the Government of" */
const POST_FOR_TERRITORY_REACH = 96;

/** The post's singular ("Co-Chairs" -> "Co-Chair"): one node per post, as "Presidents of the General Assembly" is an alias. */
function singularPost(printed: string): string {
  if (printed.endsWith('ies')) return `${printed.slice(0, -3)}y`; // "Executive Secretaries"
  return printed.endsWith('s') ? printed.slice(0, -1) : printed;
}

/** The post of `body` named `post`, spanning from the post's first letter to the body's end. */
function postOf(text: string, post: string, postStart: number, body: EntityMention): EntityMention {
  const name = `${post} of the ${body.name}`;
  // (a body keyed with whose it is, "Advisory Commission (A/RES/78/73)", gives its post the same qualifier: the key holds it)
  const keyed = body.key.slice(body.key.indexOf(':') + 1);
  const qualified = keyed.length > body.name.length + 3 && keyed.startsWith(body.name) && keyed.startsWith(' (', body.name.length) && keyed.endsWith(')');
  const attrs: Record<string, unknown> = qualified ? { qualifier: keyed.slice(body.name.length + 2, -1) } : {};
  return { kind: 'Organization', key: namedKey('Organization', name, attrs), name, attrs, phrase: text.slice(postStart, body.end), start: postStart, end: body.end };
}

/**
 * The head of a Territory's government, "the Premier of Montserrat" (POST_OF_TERRITORY_BEFORE_RE): an Organization keyed
 * "<post> of <Territory>" (aud50b gold 80/96: "Governor of Guam"), in place of the Territory, which the verb would not take.
 */
function territoryPostAt(text: string, m: EntityMention): EntityMention | undefined {
  const before =
    POST_OF_TERRITORY_BEFORE_RE.exec(text.slice(Math.max(0, m.start - POST_REACH), m.start)) ??
    (textIncludes(text, AS_REPRESENTATIVE_OF_THE_GOVERNMENT) ? POST_FOR_TERRITORY_BEFORE_RE.exec(text.slice(Math.max(0, m.start - POST_FOR_TERRITORY_REACH), m.start)) : null);
  if (!before) return undefined;
  // (a State's President stays the State: only a Territory's is its post)
  if (before[1] === STATE_OR_TERRITORY_POST && !NON_SELF_GOVERNING_TERRITORIES.has(m.name)) return undefined;
  // (paragraph text has its spaces collapsed already: "Chief Minister" is printed with one)
  // ("the President of the Territory", A/RES/78/91 OP3: the Territory named by a back reference takes no "the" of its own)
  const name = `${before[1]!} of ${before[2] && text.startsWith(m.name, m.start) ? 'the ' : ''}${m.name}`;
  const postStart = m.start - before[0].length + before[0].indexOf(before[1]!);
  return { kind: 'Organization', key: namedKey('Organization', name, {}), name, attrs: {}, phrase: text.slice(postStart, m.end), start: postStart, end: m.end };
}

/** `mentions` (in text order) with each body a post is named after replaced by that post; the same array when none is. */
export function withOfficerPosts(text: string, mentions: EntityMention[]): EntityMention[] {
  const territoryPosts = textIncludes(text, PREMIER_OF) || textIncludes(text, GOVERNOR_OF) || textIncludes(text, CHIEF_MINISTER_OF) || textIncludes(text, PRESIDENT_OF) || textIncludes(text, AS_REPRESENTATIVE_OF_THE_GOVERNMENT);
  const presidents = textIncludes(text, PRESIDENTS_OF);
  if (!territoryPosts && !presidents && !textIncludes(text, CHAIR_OF) && !textIncludes(text, CHAIRS_OF) && !textIncludes(text, CHAIRPERSON_OF) && !textIncludes(text, CHAIRMAN_OF) && !textIncludes(text, RAPPORTEUR_OF) && !textIncludes(text, EXECUTIVE_SECRETAR) && !textIncludes(text, ADMINISTRATOR_OF)) return mentions;
  let out: EntityMention[] | undefined;
  /** the plural post of the body just replaced, and that body's end (a second body "and the <name>" right after shares it) */
  let plural: { post: string; end: number } | undefined;
  /** the posts that head an organization, with the organization they replaced */
  const heads: { post: EntityMention; body: EntityMention }[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (territoryPosts && m.kind === 'Place' && m.footnote === undefined && !m.nested) {
      const post = territoryPostAt(text, m);
      if (post === undefined) continue;
      out ??= mentions.slice();
      out[i] = post;
      continue;
    }
    // ("the Presidents of the General Assembly, the Economic and Social Council and the Security Council", A/RES/79/327 OP3: the
    // Assembly's President is the gazetteer's post, printed plural; the bodies listed after it are each a President's)
    if (presidents && m.kind === 'Organization' && m.name.startsWith(PRESIDENT_OF) && text.startsWith(PRESIDENTS_OF, m.start)) {
      plural = { post: PRESIDENT, end: m.end };
      continue;
    }
    const sitting = m.kind === 'Event';
    if (sitting && SITTING_HELD_AFTER_RE.test(text.slice(m.end, m.end + 8))) continue;
    if (m.footnote !== undefined || m.nested || (m.kind !== 'Organization' && m.kind !== 'Initiative' && !sitting)) continue;
    let post: EntityMention | undefined;
    const lead = text.slice(Math.max(0, m.start - POST_REACH), m.start);
    // (a sitting's President or Chair: lead, session 63)
    const before = sitting ? POST_OF_SITTING_BEFORE_RE.exec(lead) : (POST_OF_BODY_BEFORE_RE.exec(lead) ?? PLURAL_POST_AFTER_AND_BEFORE_RE.exec(lead));
    if (before) {
      const postStart = m.start - before[0].length + before[0].indexOf(before[1]!);
      // (the match opens with "the"/"its" at the text's start, else with the character before it)
      const first = before[0].charCodeAt(0);
      const determinerStart = m.start - before[0].length + (first === 84 || first === 116 || first === 73 || first === 105 ? 0 : 1);
      // ("the Secretary-General, as the Chair of the United Nations System Chief Executives Board": the holder is the target)
      if (!AS_BEFORE_POST_RE.test(text.slice(Math.max(0, determinerStart - 8), determinerStart))) {
        post = postOf(text, singularPost(before[1]!), postStart, m);
        plural = before[1]!.endsWith('s') ? { post: singularPost(before[1]!), end: m.end } : undefined;
      }
    } else if (plural && m.kind === 'Organization' && LISTED_SECOND_BODY_GAP_RE.test(text.slice(plural.end, m.start))) {
      post = postOf(text, plural.post, m.start, m);
      plural = { post: plural.post, end: m.end };
    } else if (plural && m.kind === 'Organization' && AND_THE_SECOND_BODY_GAP_RE.test(text.slice(plural.end, m.start))) {
      post = postOf(text, plural.post, m.start, m);
      plural = undefined;
    } else if (plural && m.kind === 'Organization' && DATED_LIST_SECOND_BODY_GAP_RE.test(text.slice(plural.end, m.start))) {
      // (a dated list goes on: each body after a date is the next sender's)
      post = postOf(text, plural.post, m.start, m);
      plural = { post: plural.post, end: m.end };
    }
    if (post === undefined) continue;
    out ??= mentions.slice();
    out[i] = post;
    // (the head of an organization is no presiding officer: its owner is named too and takes the verb, as the owner of "the
    // Secretary-General of the Commonwealth of Independent States" does (aud50i golds); A/RES/80/156 OP4, aud65r)
    if (post.name.startsWith(ADMINISTRATOR_OF)) heads.push({ post, body: m });
  }
  if (out === undefined) return mentions;
  // (each head's owner kept right after its post, in text order)
  for (const { post, body } of heads) out.splice(out.indexOf(post) + 1, 0, body);
  return out;
}

/**
 * The bodies `withOfficerPosts` replaced by their posts: `before` is its input, `after` its output (the same positions, or
 * the same array when no post was read).
 */
export function bodiesOfPosts(before: readonly EntityMention[], after: readonly EntityMention[]): EntityMention[] {
  const bodies: EntityMention[] = [];
  if (before === after) return bodies;
  // (by identity, not position: an organization's head keeps its owner, one more mention in `after`)
  for (const m of before) if (m.kind === 'Organization' && !after.includes(m)) bodies.push(m);
  return bodies;
}
