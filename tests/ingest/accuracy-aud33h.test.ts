// Session-33 audit aud33h: false Organization/Event nodes and split summits (precision). Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { eventKey } from '../../ingest/recognize/entityScan.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/45', date: '2024-12-02' }, kind: 'preambular' });
const NAM19 = 'Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries';

describe('a summit of the Non-Aligned Movement is one node by its ordinal, however its name is printed', () => {
  it('A/RES/79/45 PP5 and A/RES/79/170 PP23: "... or Government of Non-Aligned Countries" and "... and Government of the Non-Aligned Movement"', () => {
    expect(keys('Noting that the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024, welcomed the adoption,', 'Event:Nineteenth')).toEqual([NAM19]);
    expect(keys('Recalling the Nineteenth Summit of Heads of State and Government of the Non-Aligned Movement, held in Kampala on 19 and 20 January 2024,', 'Event:Nineteenth')).toEqual([NAM19]);
  });

  it('A/RES/79/30 PP11: "the Thirteenth Summit Conference of ..." is the "Thirteenth Conference of ..." of other texts', () => {
    expect(eventKey('Thirteenth Summit Conference of Heads of State or Government of Non-Aligned Countries')).toBe('Event:Thirteenth Summit of Heads of State or Government of Non-Aligned Countries');
    expect(eventKey('Thirteenth Conference of Heads of State or Government of Non-Aligned Countries')).toBe('Event:Thirteenth Summit of Heads of State or Government of Non-Aligned Countries');
    // (A/RES/78/203)
    expect(eventKey('Eighteenth Summit of Heads of State and Government of Non-Aligned Countries')).toBe('Event:Eighteenth Summit of Heads of State or Government of Non-Aligned Countries');
  });

  it('guard: ordinals stay apart, and a ministerial conference of the Movement is not its summit', () => {
    expect(eventKey('Eighteenth Summit of Heads of State or Government of Non-Aligned Countries')).not.toBe(NAM19);
    expect(eventKey('Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries')).toBe('Event:Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries');
    expect(eventKey('Fourth Summit of Heads of State and Government of the Council of Europe')).toBe('Event:Fourth Summit of Heads of State and Government of the Council of Europe');
  });
});

describe('a sitting named by its topic stops before the sitting it is held beside', () => {
  const ev = (t: string) => keys(t, 'Event:', 'operative', { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' });
  it('A/RES/79/323 annex OP65: "... every four years back-to-back with the high-level political forum ..."', () => {
    // (the clauses before it as printed: after a lowercase sitting, the capitalised one is read with its words too)
    const got = ev('We will continue to hold the annual special high-level meeting with the Bretton Woods Institutions; and hold a special high-level meeting that engages with the World Trade Organization and the United Nations Conference on Trade and Development, in the year that trade is under in-depth review; (c) We will continue to hold the High-level Dialogue on Financing for Development of the General Assembly every four years back-to-back with the high-level political forum on sustainable development convened under the auspices of the General Assembly;');
    expect(got).toContain('Event:high-level dialogue on Financing for Development of the General Assembly');
    expect(got.some((k) => k.includes('back-to-back'))).toBe(false);
  });

  it('A/RES/80/156 OP15: "the ministerial meeting on South-South cooperation on the margins of the third United Nations Conference ..."', () => {
    const got = ev('Welcomes the convening of the ministerial meeting on South-South cooperation on the margins of the third United Nations Conference on Landlocked Developing Countries;');
    // (dated by the Conference it sits beside since aud34e: accuracy-aud34e)
    expect(got).toContain('Event:ministerial meeting on South-South cooperation @ 2025');
    expect(got.some((k) => k.includes('margins'))).toBe(false);
  });

  it('guard: a topic with "on the" of its own runs on ("the high-level meeting on the midterm review ...")', () => {
    expect(ev('Recalls the high-level meeting on the rights of persons with disabilities;')).toEqual(['Event:high-level meeting on the rights of persons with disabilities']);
  });
});

describe('two posts one person holds are no body', () => {
  const orgs = (t: string) => keys(t, 'Organization:', 'operative', { body: 'General Assembly', symbol: 'A/RES/80/212', date: '2025-12-15' });
  it('A/RES/80/212 OP8 (78/235): "the Regional Representative and Director of the Centre"', () => {
    expect(orgs('Encourages the Regional Representative and Director of the Centre to continue to hold regular briefings for the ambassadors;').some((k) => k.includes('Representative'))).toBe(false);
  });

  it('guard: a post of a named body the gazetteer keeps stays ("the Special Representative of the Secretary-General for Children and Armed Conflict")', () => {
    expect(orgs('Requests the Special Representative of the Secretary-General for Children and Armed Conflict to report;')).toContain(
      'Organization:Special Representative of the Secretary-General for Children and Armed Conflict',
    );
  });
});

describe('the Alliance of Civilizations forum is one node, printed with "Global" or without', () => {
  it('A/RES/78/277 PP "the ninth United Nations Alliance of Civilizations Forum, held in Fez" is the "... Global Forum" of 79/316 OP16', () => {
    expect(eventKey('ninth United Nations Alliance of Civilizations Forum')).toBe(eventKey('ninth United Nations Alliance of Civilizations Global Forum'));
    expect(eventKey('Tenth United Nations Alliance of Civilizations Forum')).toBe('Event:Tenth United Nations Alliance of Civilizations Global Forum');
  });

  it('guard: the ninth and tenth stay apart', () => {
    expect(eventKey('ninth United Nations Alliance of Civilizations Forum')).not.toBe(eventKey('tenth United Nations Alliance of Civilizations Forum'));
  });
});
