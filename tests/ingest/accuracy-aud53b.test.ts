// Misses found by the session-53 hand audit aud53b (gold set aud53b: A/RES/79/186, follow-up to the Fourteenth Congress on Crime
// Prevention and Criminal Justice; A/RES/80/213, terrorism and human rights; A/RES/78/196, a democratic and equitable international
// order; all Third Committee texts). Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string, ctx: RecognizeContext, id: string) {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const relations = (text: string, ctx: RecognizeContext, id: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string, ctx: RecognizeContext, id: string): string[] =>
  extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const CONGRESS_14 = 'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice';
const CONGRESS_15 = 'Event:Fifteenth United Nations Congress on Crime Prevention and Criminal Justice';
const SEGMENT_15 = 'Event:high-level segment of the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice';
const SEGMENT_14 = 'Event:high-level segment of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice';

describe('a segment or meeting printed with the sitting it is part of: the sitting takes the clause\'s verb too', () => {
  it('A/RES/79/186 OP6 (after PP7 names the Congress in full): "Also decides that the high-level segment of the Fifteenth Congress shall be held during the first two days of the Congress"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/186', date: '2024-12-17' };
    extract(
      'Recalling also its resolution 77/231 of 15 December 2022, in which it decided to hold the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice in 2026,',
      ctx,
      'PP7',
    );
    const text =
      'Also decides that the high-level segment of the Fifteenth Congress shall be held during the first two days of the Congress in order to allow Heads of State or Government and government ministers to focus on the main theme of the Congress and to enhance the possibility of generating useful feedback;';
    expect(relations(text, ctx, 'OP6')).toEqual([`DECIDES ${SEGMENT_15}`, `DECIDES ${CONGRESS_15}`]);
    expect(attributions(text, ctx, 'OP6')).toEqual([`PART_OF ${SEGMENT_15} -> ${CONGRESS_15}`]);
  });

  it('A/RES/78/229 OP4 (80/229 OP3): "the Kyoto Declaration ..., adopted at the high-level segment of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text =
      'Calls upon all Member States, when appropriate, to take into consideration the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted at the high-level segment of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021, when formulating legislation and policy directives;';
    const rels = relations(text, ctx, 'OP4');
    expect(rels).toContain(`CALLS_UPON ${SEGMENT_14}`);
    expect(rels).toContain(`CALLS_UPON ${CONGRESS_14}`);
  });

  it('A/RES/78/231 PP21 (79/199 PP21): "Recalling the eighth biennial high-level meeting of the Development Cooperation Forum, held on 14 and 15 March 2023"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/231', date: '2023-12-19' };
    const text = 'Recalling the eighth biennial high-level meeting of the Development Cooperation Forum, held on 14 and 15 March 2023,';
    const rels = relations(text, ctx, 'PP21');
    expect(rels.filter((r) => r.startsWith('RECALLS Event:Development Cooperation Forum'))).toHaveLength(1);
    expect(rels.some((r) => r.startsWith('RECALLS Event:high-level meeting of the Development Cooperation Forum'))).toBe(true);
  });

  it('guard: a body\'s segment stays the body\'s sitting (SESSION_OF) and adds no Event of the body (A/RES/78/131 PP18)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/131', date: '2023-12-19' };
    const text =
      'Bearing in mind that Member States decided, in Commission on Narcotic Drugs resolution 66/1 of 17 March 2023, to convene in 2024 a high-level segment of the Commission on Narcotic Drugs to take stock of the implementation of all international drug policy commitments,';
    const x = extract(text, ctx, 'PP18');
    expect(x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual(['Event:high-level segment of the Commission on Narcotic Drugs']);
    expect(x.attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });

  it('guard: the Congress that adopted a text, printed alone, is one target, not two (A/RES/79/186 PP6: "adopted by the Fourteenth Congress")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/186', date: '2024-12-17' };
    const text =
      'Recalling its resolution 76/181 of 16 December 2021, in which it endorsed the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice,';
    expect(relations(text, ctx, 'PP6').filter((r) => r.includes('Congress'))).toEqual([`RECALLS ${CONGRESS_14}`]);
  });
});
