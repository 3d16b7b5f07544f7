// Gaps found by the session-53 audit of two First Committee resolutions and one Sixth Committee resolution (helper aud53f; gold
// files tests/gold/aud53f-*.gold.tsv: A/RES/80/48, steps to a world without nuclear weapons; A/RES/79/55, radioactive sources
// and terrorists; A/RES/80/163, the Programme of Assistance in international law). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
// - a sitting's year printed after its name with "of" ("the International Conference on ... of 2022") is its edition's year,
//   no part of its name: keyed "<name> @ <year>" as the same sitting dated by its days is, not a node of its own;
// - "the Code" and "the Database" printed alone refer back to the Code or Database named last (SHORT_HEADS);
// - Hiroshima and Nagasaki are places the disarmament texts name (mentions; no verb target, as any place not addressed).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_55: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/55', date: '2024-12-02' };
const { extract, keys, relations } = oneParagraph({ ctx: GA_79_55, kind: 'preambular' });

const RADIOACTIVE_SOURCES_2022 = 'Event:International Conference on the Safety and Security of Radioactive Sources @ 2022';

describe('a sitting\'s year after its name with "of" dates the sitting, no part of its name', () => {
  it('A/RES/79/55 PP23: "the findings of the International Conference on the Safety and Security of Radioactive Sources of 2022" is the 2022 conference of PP15', () => {
    const text =
      'Taking note of the findings of the International Conference on the Safety and Security of Radioactive Sources of 2022, which, inter alia, call for further assessment of the merits of developing an international convention on the safety and security of radioactive sources so that Member States can make the best-informed decisions on the matter,';
    const x = extract(text);
    const events = x.mentions.filter((m) => m.kind === 'Event');
    expect(events.map((m) => m.key)).toEqual([RADIOACTIVE_SOURCES_2022]);
    expect(events[0]!.name).toBe('International Conference on the Safety and Security of Radioactive Sources');
    expect(x.mentions.map((m) => m.key)).toContain('Date:2022');
    expect(relations(text)).toEqual([`NOTES ${RADIOACTIVE_SOURCES_2022}`]);
  });

  it('A/RES/79/55 PP15: the same conference dated by its days keys the same node', () => {
    const text =
      'Noting the organization by the International Atomic Energy Agency of the International Conference on the Safety and Security of Radioactive Sources – Accomplishments and Future Endeavours, held in Vienna from 20 to 24 June 2022,';
    expect(keys(text, 'Event:')).toEqual([RADIOACTIVE_SOURCES_2022]);
  });

  it('A/RES/80/144 OP37: "the International Snow Leopard and Ecosystem Forum of 2017" is the forum of 2017', () => {
    const text =
      'Notes with appreciation, in this context, the Convention on the Protection of the Alps and notes other transboundary approaches and initiatives such as the International Snow Leopard and Ecosystem Forum of 2017, the fourth World Nomad Games, in 2022, and the Pyrenean Climate Change Observatory,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/144', date: '2025-12-15' };
    expect(keys(text, 'Event:International Snow', 'operative', ctx)).toEqual(['Event:International Snow Leopard and Ecosystem Forum @ 2017']);
  });

  it('guard: A/RES/78/67 OP7 "the Special Conference of 1994" (a name of generic words) keeps its year in its name, one node across the texts', () => {
    const text =
      'Notes that the decision by the Ninth Review Conference to establish the working group on the strengthening of the Convention is without prejudice to the mandate of the Ad Hoc Group established by the Special Conference of 1994, nor does it supersede, supplant or change it;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/67', date: '2023-12-04' };
    expect(keys(text, 'Event:Special Conference', 'operative', ctx)).toEqual(['Event:Special Conference of 1994']);
  });

  it('guard: a year after a sitting\'s name printed with its days is not cut (A/RES/79/55 PP15, the 2020 conference)', () => {
    const text =
      'welcoming the adoption of the Ministerial Declaration at the International Conference on Nuclear Security: Sustaining and Strengthening Efforts, held in Vienna from 10 to 14 February 2020,';
    // (keyed by its subtitle since aud54e: the third Conference, one node with 78/43 PP13's print)
    expect(keys(text, 'Event:')).toEqual(['Event:International Conference on Nuclear Security: Sustaining and Strengthening Efforts @ 2020']);
  });
});

const GA_80_48: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/48', date: '2025-12-01' };

describe('Hiroshima and Nagasaki are places the disarmament texts name', () => {
  it('A/RES/80/48 PP2: "since the use of nuclear weapons in Hiroshima and Nagasaki": two places, no verb target (not addressed)', () => {
    const text = 'Recalling that it has been 80 years since the use of nuclear weapons in Hiroshima and Nagasaki,';
    expect(keys(text, 'Place:', 'preambular', GA_80_48)).toEqual(['Place:Hiroshima', 'Place:Nagasaki']);
    expect(relations(text, 'preambular', GA_80_48)).toEqual([]);
  });

  it('A/RES/80/48 PP19: "welcoming the visits of leaders, youth and others to Hiroshima and Nagasaki"', () => {
    const text =
      'Reiterating deep concern at the catastrophic humanitarian consequences of the use of nuclear weapons and reaffirming that this awareness ought to continue to underpin our approaches and efforts towards nuclear disarmament, and welcoming the visits of leaders, youth and others to Hiroshima and Nagasaki in this regard,';
    expect(keys(text, 'Place:', 'preambular', GA_80_48)).toEqual(['Place:Hiroshima', 'Place:Nagasaki']);
  });

  it('A/RES/79/60 PP5 "the people of Hiroshima and Nagasaki (hibakusha)": the two cities, no verb target', () => {
    const text =
      'Recognizing the unprecedented devastation and immense human suffering that the people of Hiroshima and Nagasaki (hibakusha) experienced as a result of the atomic bombings,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/60', date: '2024-12-02' };
    const places = keys(text, 'Place:', 'preambular', ctx);
    expect(places).toEqual(['Place:Hiroshima', 'Place:Nagasaki']);
    expect(relations(text, 'preambular', ctx)).toEqual([]);
  });
});

const CODE_OF_CONDUCT = 'Framework:Code of Conduct on the Safety and Security of Radioactive Sources';
const DATABASE = 'Initiative:Incident and Trafficking Database';

describe('"the Code" and "the Database" printed alone are the Code or Database named before', () => {
  it('A/RES/79/55 PP16: "encouraging the International Atomic Energy Agency to further facilitate ... information contained in the Database, and encouraging all States to join ... the Database programme"', () => {
    const text =
      'Noting also the utility of the Incident and Trafficking Database as a voluntary mechanism for the international exchange of information on incidents and illicit trafficking of nuclear and other radioactive material, encouraging the International Atomic Energy Agency to further facilitate, including through designated points of contact, the timely exchange of information, including through secured electronic access to information contained in the Database, and encouraging all States to join and participate actively in the Database programme in support of their national efforts,';
    const rel = relations(text);
    expect(rel).toContain(`NOTES ${DATABASE}`);
    expect(rel).toContain(`ENCOURAGES ${DATABASE}`);
  });

  it('A/RES/79/55 PP18: "noting that 149 States ... have made a political commitment to implement the provisions of the Code"', () => {
    const text =
      'Highlighting the importance of the Code of Conduct on the Safety and Security of Radioactive Sources as a valuable instrument for enhancing the safety and security of radioactive sources, noting that 149 States have made a political commitment to implement the provisions of the Code, while recognizing that it is not legally binding,';
    const rel = relations(text);
    expect(rel).toContain(`EMPHASIZES ${CODE_OF_CONDUCT}`);
    expect(rel).toContain(`NOTES ${CODE_OF_CONDUCT}`);
  });

  it('guard: "the Code" with no Code named before it names nothing', () => {
    const text = 'Calls upon all States to implement the provisions of the Code, as appropriate;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([]);
  });
});
