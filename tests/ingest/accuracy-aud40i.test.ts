// Session-40 audit aud40i: verb-relation targets. Policy leftovers on "of the United Nations" qualifiers, then a fresh sample of
// seven General Assembly texts judged paragraph by paragraph (A/RES/80/27, 78/21, 80/219, 78/258, 80/195, 80/239, 78/105,
// plus 80/227). Fixed: the Organization that only qualifies what the Charter sets or what it spends and runs by ("the purposes
// and principles of the United Nations", "the regular budget of the United Nations", "the rules and procedures of the United
// Nations") is no target of the clause's verb, as its languages and members were not; "the purposes and principles of the
// Organization" and "the regular budget of the Organization" likewise. Kept, by the design and the tests before (aud39i, aud26b):
// the Security Council's permanent members addressed (S/RES/1 (1946) OP1), a recipient ("report to the General Assembly", "submit these proposals to the Security
// Council"), the body's own work ("the work of the General Assembly"), "under the auspices of the United Nations" (the
// Organization acts) and "the relevant resolutions of the United Nations" (its author). Each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/239', date: '2025-12-30' };
const { extract, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const UN = 'Organization:United Nations';

describe('the United Nations qualifying its budget, its rules or its purposes and principles is no verb target', () => {
  it('A/RES/80/239 OP4 (79/255 OP22, 78/249 OP17): "in accordance with the scale of assessments applicable to the regular budget of the United Nations": no DECIDES United Nations', () => {
    const text =
      'Also decides to apportion the amount of 28,063,300 dollars gross (25,634,100 dollars net) among Member States in accordance with the scale of assessments applicable to the regular budget of the United Nations for 2026;';
    expect(relations(text)).not.toContain(`DECIDES ${UN}`);
    expect(extract(text).mentions.map((m) => m.key)).toContain(UN);
  });

  it('A/RES/80/227 OP22 (80/226 OP5): "acknowledging that such extrabudgetary resources are subject to the rules and procedures of the United Nations": no ACKNOWLEDGES United Nations, REQUESTS the Office', () => {
    const text =
      'Invites Member States and other donors to provide extrabudgetary resources for the purposes set out in the present resolution, acknowledging that such extrabudgetary resources are subject to the rules and procedures of the United Nations, and requests the United Nations Office on Drugs and Crime to utilize any such extrabudgetary resources efficiently and effectively.';
    const rel = relations(text, 'operative', { ...GA, symbol: 'A/RES/80/227', date: '2025-12-22' });
    expect(rel).not.toContain(`ACKNOWLEDGES ${UN}`);
    expect(rel).toContain('REQUESTS Organization:United Nations Office on Drugs and Crime');
  });

  it('A/RES/79/255 OP13 style: "in accordance with the relevant staff regulations and rules of the United Nations": no REQUESTS United Nations', () => {
    const text = 'Requests the Secretary-General to ensure that the staff are recruited in accordance with the relevant staff regulations and rules of the United Nations;';
    expect(relations(text)).not.toContain(`REQUESTS ${UN}`);
  });

  it('A/RES/79/11 OP1: "which contributes to the attainment of the purposes and principles of the United Nations": NOTES no United Nations there', () => {
    const text =
      'Takes note of the activity of the Organization for Democracy and Economic Development – GUAM aimed at promoting regional cooperation in various areas such as trade and economic development, energy, transportation, agriculture, disaster management, culture, science, education, public health, youth, tourism and sport, which contributes to the attainment of the purposes and principles of the United Nations;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/11', date: '2024-11-18' })).not.toContain(`NOTES ${UN}`);
  });

  it('A/RES/79/169 PP: "Underlining, in accordance with the purposes and principles of the United Nations, its full and active support for the United Nations": EMPHASIZES the Organization supported, not the one qualifying', () => {
    const text =
      'Underlining, in accordance with the purposes and principles of the United Nations, its full and active support for the United Nations and for the enhancement of its role and effectiveness in strengthening international peace and security,';
    const x = extract(text, 'preambular', { ...GA, symbol: 'A/RES/79/169', date: '2024-12-17' });
    const toUN = x.relations.filter((r) => r.target === UN);
    expect(toUN.map((r) => r.type)).toEqual(['EMPHASIZES']);
    expect(toUN[0].start).toBe(text.indexOf('United Nations', text.indexOf('support for')));
  });

  // (lead's ruling, session 64, aud64n: "peacekeeping operations of the United Nations" name the operations, as "programmes of the
  // United Nations" do since session 63; this guard kept the Organization a target before)
  it('A/RES/80/239 OP5 "the scale of assessments applicable to peacekeeping operations of the United Nations": the operations are named, the Organization is no target', () => {
    const text =
      'Further decides to apportion the amount of 28,063,300 dollars gross (25,634,100 dollars net) among Member States in accordance with the scale of assessments applicable to peacekeeping operations of the United Nations for 2026;';
    const x = extract(text);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).not.toContain(`DECIDES ${UN}`);
    expect(x.mentions.some((m) => m.key === UN)).toBe(true);
  });

  it('guard: A/RES/80/27 OP1 "within the framework of the Conference on Disarmament and under the umbrella of the United Nations": EMPHASIZES both', () => {
    const text =
      'Stresses that sustained efforts are needed, within the framework of the Conference on Disarmament and under the umbrella of the United Nations, to make progress on the entire range of disarmament issues;';
    const rel = relations(text, 'operative', { ...GA, symbol: 'A/RES/80/27', date: '2025-12-01' });
    expect(rel).toContain(`EMPHASIZES ${UN}`);
    expect(rel).toContain('EMPHASIZES Organization:Conference on Disarmament');
  });

  it('guard: A/RES/78/16 OP4 style "to establish a mechanism under the auspices of the United Nations": the Organization acts, DECIDES keeps it', () => {
    expect(relations('Decides to establish a mechanism under the auspices of the United Nations;')).toContain(`DECIDES ${UN}`);
  });

  // (aud41a: the Assembly qualifying its rules of procedure is read as the Organization qualifying its rules and procedures is:
  // no target; this guard kept its edge before)
  it('"the rules of procedure of the General Assembly" as "the rules and procedures of the United Nations": the Assembly only qualifies its rules', () => {
    expect(relations('Decides, in accordance with rule 15 of the rules of procedure of the General Assembly, to include the item;')).not.toContain('DECIDES Organization:General Assembly');
  });
});
