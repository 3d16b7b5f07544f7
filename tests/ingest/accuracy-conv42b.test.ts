// Session-42 convention flip conv42b: the World Summit on the Information Society as one event held in Geneva (2003) and Tunis
// (2005). Audit: every "phase" of the Summit in corpus, corpus-ga and the seed (A/RES/78/132 PP9, PP41, OP7; 79/194 PP8, PP43,
// OP8; 80/118 PP9, PP47, OP8; 79/277 PP1; 80/215 PP14; 78/202 OP20, 79/167 OP21, 80/209 OP19; 79/1, 80/173, A/80/L.41 "the
// summits held in Geneva and Tunis"; seed OP26) against the three hand annotations of the genre (aud40h, aud41f, aud41i), which
// all take the Summit as the clause's target, HELD_IN Summit -> Geneva and -> Tunis, each phase's days as the Summit's dates,
// and no phase entity. Fixed: no phase events (summitPhases.ts, gazetteer/events.ts); the Summit gets the venues and days the
// phases had (attributions.ts phaseAttributions); "the summits held in Geneva and Tunis" is a mention of the Summit; the
// bracketed "(Geneva 2003, Tunis 2005)" and ", held in Geneva in 2003 and in Tunis in 2005" give its venues and years
// (summitVenuesAfter); a paragraph naming one of its two venues gives the Summit's node no location.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ECOSOC: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };
const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const WSIS = 'Event:World Summit on the Information Society';
const eventsAndPlaces = (rels: string[]): string[] => rels.filter((r) => r.includes(' Event:') || r.includes(' Place:'));

describe('the Summit named with its two phases is the verb target, held in both cities, on each phase\'s days', () => {
  it('A/RES/78/132 PP9 (79/277 PP1, 80/118 PP9, 79/194 PP8): "adopted by the World Summit ... at its first phase, held in Geneva from 10 to 12 December 2003, ... adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005"', () => {
    const text =
      'Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,4 and endorsed by the General Assembly,5 and the Tunis Commitment and the Tunis Agenda for the Information Society adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005, 6 and endorsed by the Assembly,7';
    expect(keys(text, 'Event:')).toEqual([WSIS, WSIS]);
    expect(eventsAndPlaces(relations(text))).toEqual([`RECALLS ${WSIS}`]);
    const a = attributions(text);
    expect(a.filter((x) => x.startsWith(`HELD_IN ${WSIS}`) || x.startsWith(`STARTS_ON ${WSIS}`) || x.startsWith(`ENDS_ON ${WSIS}`))).toEqual([
      `HELD_IN ${WSIS} -> Place:Geneva`,
      `STARTS_ON ${WSIS} -> Date:2003-12-10`,
      `ENDS_ON ${WSIS} -> Date:2003-12-12`,
      `HELD_IN ${WSIS} -> Place:Tunis`,
      `STARTS_ON ${WSIS} -> Date:2005-11-16`,
      `ENDS_ON ${WSIS} -> Date:2005-11-18`,
    ]);
    expect(a.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });

  it('A/RES/78/132 PP9: the Summit\'s node takes no one location from the paragraph (it met in two)', () => {
    const text =
      'Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,4 and endorsed by the General Assembly,5';
    expect(extract(text).mentions.filter((m) => m.key === WSIS).map((m) => m.attrs.location)).toEqual([undefined]);
  });

  it('A/RES/78/132 OP7 (79/194 OP8, 80/118 OP8): "the outcomes of the Geneva and Tunis phases of the World Summit on the Information Society": ENCOURAGES the Summit, held in both', () => {
    const text =
      'Encourages strengthened and continuing cooperation between and among stakeholders from both developed and developing countries, within their respective roles and responsibilities, to ensure the effective implementation of the outcomes of the Geneva and Tunis phases of the World Summit on the Information Society, through, inter alia, the promotion of national, regional and international multi-stakeholder partnerships;';
    expect(eventsAndPlaces(relations(text, 'operative'))).toEqual([`ENCOURAGES ${WSIS}`]);
    expect(attributions(text, 'operative')).toEqual([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`]);
  });

  it('seed E/2025/31 draft resolution I OP26: "the outcomes of the Geneva and Tunis phases of the World Summit" (the short name, after the full one)', () => {
    const ctx: RecognizeContext = { ...ECOSOC };
    extract('Recalling the World Summit on the Information Society,', 'preambular', ctx);
    const text =
      'Recalls General Assembly resolution 60/252 of 27 March 2006, in which the Assembly requested the Council to oversee the system-wide follow-up to the outcomes of the Geneva and Tunis phases of the World Summit;';
    expect(eventsAndPlaces(relations(text, 'operative', ctx))).toEqual([`RECALLS ${WSIS}`]);
    expect(attributions(text, 'operative', ctx)).toEqual(expect.arrayContaining([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`]));
  });

  it('A/RES/78/132 PP41 (79/194 PP43, 80/118 PP47, 80/173 OP91): "the outcomes of the summits held in Geneva and Tunis": REAFFIRMS the Summit «summits»', () => {
    const text =
      'Reaffirming also that Internet governance, including the process towards enhanced cooperation and the convening of the Internet Governance Forum, should continue to follow the provisions set forth in the outcomes of the summits held in Geneva and Tunis,';
    const x = extract(text);
    expect(x.mentions.filter((m) => m.key === WSIS).map((m) => m.phrase)).toEqual(['summits']);
    expect(eventsAndPlaces(relations(text))).toEqual([`REAFFIRMS ${WSIS}`]);
    expect(attributions(text)).toEqual([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`]);
  });
});

describe('the genre\'s other printings of the Summit\'s two venues', () => {
  it('"the World Summit on the Information Society (Geneva 2003, Tunis 2005)": held in both, starting in each year', () => {
    const text = 'Recalling the outcome documents of the World Summit on the Information Society (Geneva 2003, Tunis 2005),';
    expect(eventsAndPlaces(relations(text, 'preambular', { ...ECOSOC }))).toEqual([`RECALLS ${WSIS}`]);
    expect(attributions(text, 'preambular', { ...ECOSOC })).toEqual([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`, `STARTS_ON ${WSIS} -> Date:2003`, `STARTS_ON ${WSIS} -> Date:2005`]);
  });

  it('"the World Summit on the Information Society, held in Geneva in 2003 and in Tunis in 2005"', () => {
    const text = 'Recalling the World Summit on the Information Society, held in Geneva in 2003 and in Tunis in 2005,';
    expect(attributions(text, 'preambular', { ...ECOSOC })).toEqual([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`, `STARTS_ON ${WSIS} -> Date:2003`, `STARTS_ON ${WSIS} -> Date:2005`]);
  });

  it('"the Tunis phase of the World Summit on the Information Society": the Summit, held in Tunis', () => {
    const text = 'Recalling the outcomes of the Tunis phase of the World Summit on the Information Society,';
    expect(keys(text, 'Event:')).toEqual([WSIS]);
    expect(attributions(text)).toEqual([`HELD_IN ${WSIS} -> Place:Tunis`]);
  });

  it('guard: another summit with a bracketed city and year is not given the WSIS venues', () => {
    const text = 'Recalling the outcome of the World Summit for Social Development (Copenhagen 1995),';
    expect(attributions(text).filter((a) => a.includes(WSIS))).toEqual([]);
  });
});

describe('guards: a phase of something else is unchanged', () => {
  it('"the first phase of the Decade, held in Geneva from 10 to 12 December 2003": no Summit, no venue for it', () => {
    const text = 'Welcomes the first phase of the Decade, held in Geneva from 10 to 12 December 2003;';
    const x = extract(text, 'operative');
    expect(x.mentions.filter((m) => m.kind === 'Event')).toEqual([]);
    expect(x.attributions).toEqual([]);
  });

  it('A/RES/79/267 PP: "the plan of action for the fourth phase (2020–2024) of the World Programme" names no Summit', () => {
    const text =
      'Recalling with appreciation the plan of action for the fourth phase (2020–2024) of the World Programme for Human Rights Education, and taking note of the plan of action for the fifth phase (2025–2029) of the World Programme,';
    expect(keys(text, 'Event:World Summit')).toEqual([]);
    expect(attributions(text).filter((a) => a.includes('World Summit'))).toEqual([]);
  });

  it('the WSIS+20 Forum High-level Event "to be held in Geneva in 2025" keeps its own venue (A/RES/79/277 PP8)', () => {
    const text = 'Noting the annual World Summit on the Information Society Forum, and looking forward to the “WSIS+20 Forum High-level Event”, to be held in Geneva in 2025,';
    const a = attributions(text);
    expect(a).toContain('HELD_IN Event:WSIS+20 Forum High-level Event @ 2025 -> Place:Geneva');
    expect(a.filter((x) => x.startsWith(`HELD_IN ${WSIS} `))).toEqual([]);
  });
});
