// Faults found by the session-48 audit aud48h: a hand annotation of three First Committee texts, A/RES/80/54 (Treaty on the
// Prohibition of Nuclear Weapons), A/RES/80/59 (Convention on the Prohibition of the Use of Nuclear Weapons) and A/RES/80/64
// (United Nations regional centres for peace and disarmament). Each case quotes the file and paragraph it comes from; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

function extract(text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative') {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const eventsOf = (r: ReturnType<typeof extract>): string[] => r.mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
const relationsOf = (r: ReturnType<typeof extract>): string[] => r.relations.map((x) => `${x.type} ${x.target}`);
const attributionsOf = (r: ReturnType<typeof extract>): string[] => r.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const TENTH = 'Event:tenth special session of the General Assembly';
const TWELFTH = 'Event:twelfth special session of the General Assembly';
const FINAL_DOCUMENT = 'Framework:Final Document of the Tenth Special Session of the General Assembly';
const CONCLUDING_DOCUMENT = 'Framework:Concluding Document of the Twelfth Special Session of the General Assembly';

describe('a document of the Assembly\'s special session known by name names the session that adopted it', () => {
  it('A/RES/80/59 PP5: "in paragraph 58 of the Final Document of the Tenth Special Session of the General Assembly"', () => {
    const text =
      'Recalling that, in paragraph 58 of the Final Document of the Tenth Special Session of the General Assembly, it is stated that all States should actively participate in efforts to bring about conditions in international relations among States in which a code of peaceful conduct of nations in international affairs could be agreed upon and which would preclude the use or threat of use of nuclear weapons,';
    const r = extract(text, GA('A/RES/80/59', '2025-12-01'), 'preambular');
    expect(eventsOf(r)).toEqual([TENTH]);
    expect(relationsOf(r)).toEqual([`RECALLS ${FINAL_DOCUMENT}`, `RECALLS ${TENTH}`]);
    expect(attributionsOf(r)).toEqual(expect.arrayContaining([`ADOPTED ${TENTH} -> ${FINAL_DOCUMENT}`, `SESSION_OF ${TENTH} -> Organization:General Assembly`]));
  });

  it('A/RES/80/64 OP7: the Concluding Document of the twelfth special session inside an agenda item\'s title: mentioned, no verb target', () => {
    const text =
      'Decides to include in the provisional agenda of its eighty-first session, under the item entitled “Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly”, the sub-item entitled “United Nations regional centres for peace and disarmament”.';
    const r = extract(text, GA('A/RES/80/64', '2025-12-01'), 'operative');
    expect(eventsOf(r)).toContain(TWELFTH);
    expect(relationsOf(r)).not.toContain(`DECIDES ${TWELFTH}`);
    expect(attributionsOf(r)).toContain(`ADOPTED ${TWELFTH} -> ${CONCLUDING_DOCUMENT}`);
  });

  it('guard, A/RES/79/63 PP2: the session named again in apposition ("the first special session devoted to disarmament") is one mention', () => {
    const text =
      'Recalling its decision, contained in paragraph 108 of the Final Document of the Tenth Special Session of the General Assembly, the first special session devoted to disarmament, to establish a programme of fellowships on disarmament,';
    const r = extract(text, GA('A/RES/79/63', '2024-12-02'), 'preambular');
    expect(eventsOf(r).filter((k) => k === TENTH)).toHaveLength(1);
    expect(relationsOf(r).filter((x) => x === `RECALLS ${TENTH}`)).toHaveLength(1);
  });

  it('guard, A/RES/80/30 OP1: a special session named in running text, no document: unchanged (no ADOPTED)', () => {
    const text = 'Decides to convene the fourth special session of the General Assembly devoted to disarmament;';
    const r = extract(text, GA('A/RES/80/30', '2025-12-01'), 'operative');
    expect(attributionsOf(r).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard, A/RES/80/64 PP7: the Final Document of another sitting keeps its own session (the summit), no special session', () => {
    const text =
      'Noting that, in paragraph 329 of the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024, the Heads of State or Government emphasized the importance of United Nations activities at the regional level,';
    const r = extract(text, GA('A/RES/80/64', '2025-12-01'), 'preambular');
    expect(eventsOf(r)).toEqual(['Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries']);
  });
});
