// Misses found by the session-54 hand audit aud54b (gold set aud54b: A/RES/80/207, the right to development; A/RES/79/150, the
// thirtieth anniversary of the International Year of the Family; A/RES/78/187, rights of the child, PP1-PP54 OP1-OP10; all Third
// Committee texts). Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string, ctx: RecognizeContext, id: string) {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const relations = (text: string, ctx: RecognizeContext, id: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string, ctx: RecognizeContext, id: string): string[] =>
  extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const CHILD_78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/187', date: '2023-12-19' };
const MEETING_NAME = 'commemorative high-level plenary meeting devoted to the follow-up to the outcome of the special session on children';
const MEETING = `Event:${MEETING_NAME} @ 2007`;
const DECLARATION = `Framework:Declaration of the ${MEETING_NAME}`;
const WCIP = 'Event:World Conference on Indigenous Peoples @ 2014';

describe('"the Declaration of the commemorative high-level plenary meeting devoted to ..., held in New York": the meeting, its declaration, its venue', () => {
  // A/RES/78/187 PP14 (80/190 PP13 prints the same list), cut to the items around the meeting; footnote marks as printed
  const PP14 =
    'Reaffirming the Vienna Declaration and Programme of Action, recalling the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples,28 the Declaration on the Right to Development,29 the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of the special session on children, held in New York from 11 to 13 December 2007, 30 the outcome document of the fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017,';

  it('A/RES/78/187 PP14: the meeting and its declaration are recalled; the meeting ADOPTED the declaration and is HELD_IN New York from 11 to 13 December 2007', () => {
    const rels = relations(PP14, CHILD_78, 'PP14');
    expect(rels).toContain(`RECALLS ${MEETING}`);
    expect(rels).toContain(`RECALLS ${DECLARATION}`);
    const atts = attributions(PP14, CHILD_78, 'PP14');
    expect(atts).toContain(`ADOPTED ${MEETING} -> ${DECLARATION}`);
    expect(atts).toContain(`HELD_IN ${MEETING} -> Place:New York`);
    expect(atts).toContain(`STARTS_ON ${MEETING} -> Date:2007-12-11`);
    expect(atts).toContain(`ENDS_ON ${MEETING} -> Date:2007-12-13`);
  });

  it('A/RES/78/187 PP14: "held in New York" is not the World Conference on Indigenous Peoples\' (named two items before), and "the Declaration of the ..." is not the Declaration on the Right to Development', () => {
    expect(attributions(PP14, CHILD_78, 'PP14')).not.toContain(`HELD_IN ${WCIP} -> Place:New York`);
    const x = extract(PP14, CHILD_78, 'PP14');
    const at = PP14.indexOf('Declaration of the commemorative');
    expect(x.mentions.filter((m) => m.start === at).map((m) => m.key)).toEqual([DECLARATION]);
  });

  it('guard: the lowercase titled declaration of a high-level meeting stays the gazetteer\'s (A/RES/80/167 PP11: "the declaration of the high-level meeting of the General Assembly on the rule of law ...")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/167', date: '2025-12-15' };
    const text = 'Noting the declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels,3';
    expect(relations(text, ctx, 'PP11')).toEqual([
      'NOTES Framework:Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels',
      'NOTES Event:high-level meeting of the General Assembly on the rule of law at the national and international levels',
    ]);
  });

  it('guard: a high-level meeting with neither topic nor owner is still no event ("a commemorative high-level plenary meeting devoted to" nothing named)', () => {
    const text = 'Decides to convene a commemorative high-level plenary meeting, devoted to the anniversary, during its eightieth session;';
    expect(extract(text, CHILD_78, 'OP5').mentions.filter((m) => m.kind === 'Event' && m.key.includes('commemorative'))).toEqual([]);
  });
});

describe('"within the framework of the United Nations": the Organization as the frame of an act, mentioned, no verb target', () => {
  const UN = 'Organization:United Nations';

  it('A/RES/78/187 PP50 (80/190 PP16): "...; reaffirming all latest international policy developments ...; and strengthening international and regional cooperation, within the framework of the United Nations and relevant regional forums"', () => {
    const text =
      'Recalling the importance of promoting and protecting the human rights and fundamental freedoms of all migrant children, regardless of their migration status, with the best interests of the child as a primary consideration; reaffirming all latest international policy developments and relevant United Nations agreements in this regard; and strengthening international and regional cooperation, within the framework of the United Nations and relevant regional forums,';
    const x = extract(text, CHILD_78, 'PP50');
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).not.toContain(`REAFFIRMS ${UN}`);
    expect(x.mentions.map((m) => m.key)).toContain(UN);
  });

  it('A/RES/79/80 PP22 (78/26 PP10, 79/46, 80/40, 79/73, 80/198 OP49): "further deliberation on this important topic within the framework of the United Nations"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/80', date: '2024-12-02' };
    const text =
      'Emphasizing the need for further deliberation on this important topic within the framework of the United Nations in an open and inclusive way,';
    expect(relations(text, ctx, 'PP22')).not.toContain(`EMPHASIZES ${UN}`);
  });

  it('guard: the Organization addressed, or its work, stays the verb\'s ("the central role of the United Nations", "Calls upon ... the United Nations to cooperate")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/80', date: '2024-12-02' };
    expect(relations('Emphasizing the central role of the United Nations in the framework of international cooperation,', ctx, 'PP3')).toContain(`EMPHASIZES ${UN}`);
    expect(relations('Calls upon Member States and the United Nations to cooperate within the framework of the Convention;', ctx, 'OP3')).toContain(`CALLS_UPON ${UN}`);
  });
});
