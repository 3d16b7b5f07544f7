// Misses found by the session-15 audit aud15d: A/RES/80/131 (energy connectivity), A/RES/80/68 (Convention on Certain
// Conventional Weapons), A/RES/80/128 (international tax cooperation). Each case quotes the file named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/131', date: '2025-12-15' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA, id?: string) {
  return extractParagraph({ id: id ?? (kind === 'operative' ? 'OP1' : 'PP1'), kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const rels = (text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA): string[] =>
  extract(text, kind, ctx).attributions.map((r) => `${r.type} ${r.source} -> ${r.target}`);
const keys = (text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA): string[] =>
  extract(text, kind, ctx).mentions.map((m) => m.key);

describe('a host named after "the proposal / intention / election of"', () => {
  it('A/RES/80/131 PP17: "the generous proposal of the Government of Turkmenistan to host the Sustainable Energy for All Forum in 2027"', () => {
    const text =
      'Taking note of the Sustainable Energy for All Forums held in Kigali, from 17 to 19 May 2022, and in Bridgetown, on 12 and 13 March 2025, and taking note with appreciation of the generous proposal of the Government of Turkmenistan to host the Sustainable Energy for All Forum in 2027,';
    expect(rels(text, 'preambular')).toContain('HOSTS Place:Turkmenistan -> Event:Sustainable Energy for All Forum @ 2027');
  });

  it('A/RES/78/266 OP7: "the proposal of Turkmenistan to host the International Forum of Peace and Trust in December 2025"', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/266', date: '2024-03-01' };
    const text =
      'Takes note with appreciation of the proposal of Turkmenistan to host the International Forum of Peace and Trust in December 2025, as a culminating event for the commemoration of the International Year;';
    expect(rels(text, 'operative', ctx)).toContain('HOSTS Place:Turkmenistan -> Event:International Forum of Peace and Trust @ 2025');
  });

  it('guard: "the continuing efforts of the Islamic Republic of Iran to host one of the largest refugee populations" (A/RES/78/220 OP2) hosts no event', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/220', date: '2023-12-19' };
    const text = 'Welcomes the continuing efforts of the Islamic Republic of Iran to host one of the largest refugee populations in the world, and the World Summit on the Information Society;';
    expect(rels(text, 'operative', ctx).filter((r) => r.startsWith('HOSTS'))).toEqual([]);
  });
});

describe('the CCW Protocol II named in full, with its comma ("Mines, Booby Traps and Other Devices")', () => {
  const CCW = { ...GA, symbol: 'A/RES/80/68', date: '2025-12-01' };
  const PP2 =
    'Recalling with satisfaction the adoption and entry into force of the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects and its amended article 1, the Protocol on Non-Detectable Fragments (Protocol I), the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices (Protocol II) and its amended version, the Protocol on Prohibitions or Restrictions on the Use of Incendiary Weapons (Protocol III), the Protocol on Blinding Laser Weapons (Protocol IV) and the Protocol on Explosive Remnants of War (Protocol V),';
  const PROTOCOL_II = 'Framework:Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices';

  it('A/RES/80/68 PP2: one node for the full name and its "(Protocol II)"', () => {
    const k = keys(PP2, 'preambular', CCW);
    expect(k).toContain(PROTOCOL_II);
    expect(k).not.toContain('Framework:Protocol on Prohibitions or Restrictions on the Use of Mines');
    expect(k).not.toContain('Framework:Protocol II');
  });

  it('A/RES/80/68 OP5: "Amended Protocol II" after "(Protocol II)" stays its own instrument, "Protocol V" is the protocol defined', () => {
    const ctx = { ...CCW };
    extract(PP2, 'preambular', ctx, 'PP2');
    const op5 =
      'Acknowledges the continued efforts of the Secretary-General, as depositary of the Convention and the Protocols thereto, and of the respective office holders of the conferences of the High Contracting Parties to the Convention, Protocol V and Amended Protocol II, on behalf of the High Contracting Parties, to achieve the goal of universality;';
    const k = extract(op5, 'operative', ctx, 'OP5').mentions.map((m) => m.key);
    expect(k).toContain('Framework:Amended Protocol II');
    expect(k).not.toContain(PROTOCOL_II);
    expect(k).toContain('Framework:Protocol on Explosive Remnants of War');
  });

  it('A/RES/78/70 fn1: "the Protocol Additional to the Geneva Conventions" after Protocol II is not "the Protocol" named before', () => {
    const text =
      'Recalling the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended in 1996, the Convention on Cluster Munitions, 2008; the Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts 1977 (Protocol I),';
    const k = keys(text, 'preambular', { ...GA, symbol: 'A/RES/78/70', date: '2023-12-04' });
    // (keyed by the Protocol's full title since aud21e, "(Protocol I)" included)
    expect(k).toContain('Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)');
    expect(k.filter((x) => x === PROTOCOL_II).length).toBe(1);
  });

  it('guard: "the Protocol" after the protocol named still means it ("implementation of the Protocol", A/RES/80/68 OP10)', () => {
    const ctx = { ...CCW };
    const text =
      'Welcomes the commitment of the High Contracting Parties to the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices to the effective and efficient implementation of the Protocol;';
    expect(keys(text, 'operative', ctx).filter((x) => x === PROTOCOL_II).length).toBe(2);
  });
});

describe('"from 4 to 8 and 11 to 15 August 2025, respectively": a range printed without its month', () => {
  const TAX = { ...GA, symbol: 'A/RES/80/128', date: '2025-12-15' };
  const INC = 'session of the Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation';
  const attrsOf = (text: string, key: string) => extract(text, 'operative', { ...TAX }).mentions.find((m) => m.key === key)?.attrs as Record<string, unknown> | undefined;

  it('A/RES/80/128 OP2: the first session takes the venue and its own dates, the second its own', () => {
    const text =
      'Also welcomes the progress made in the first and second substantive sessions of the Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation, convened in New York from 4 to 8 and 11 to 15 August 2025, respectively, and the third substantive session of the Committee, convened in Nairobi from 10 to 21 November 2025, as well as the informal intersessional work being carried out in three workstreams;';
    const first = attrsOf(text, `Event:first ${INC}`);
    const second = attrsOf(text, `Event:second ${INC}`);
    expect([first?.startDate, first?.endDate, first?.location]).toEqual(['2025-08-04', '2025-08-08', 'New York']);
    expect([second?.startDate, second?.endDate]).toEqual(['2025-08-11', '2025-08-15']);
    expect(rels(text, 'operative', { ...TAX })).toContain(`HELD_IN Event:first ${INC} -> Place:New York`);
  });

  it('guard, A/RES/78/10 PP19: ranges printed with their months keep them ("from 14 to 30 July and 15 to 27 August 2028")', () => {
    const text =
      'Welcoming the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los Angeles, United States of America, from 14 to 30 July and 15 to 27 August 2028, respectively,';
    const x = extract(text, 'preambular', { ...GA, symbol: 'A/RES/78/10', date: '2023-11-21' });
    const dates = x.mentions.filter((m) => m.key.startsWith('Event:')).map((m) => [(m.attrs as Record<string, unknown>).startDate, (m.attrs as Record<string, unknown>).endDate]);
    expect(dates).toContainEqual(['2028-07-14', '2028-07-30']);
    expect(dates).toContainEqual(['2028-08-15', '2028-08-27']);
  });
});

describe('a one-word initiative name before a lowercase "initiative"', () => {
  it('A/RES/80/155 PP10: "its resolution 79/318 of 18 July 2025 on the UN80 initiative" is the UN80 Initiative node', () => {
    const text =
      'Recalling its resolution 79/318 of 18 July 2025 on the UN80 initiative, and stressing that the reform process should be inclusive, evidence-based and transparent,';
    const x = extract(text, 'preambular', { ...GA, symbol: 'A/RES/80/155' });
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECALLS Initiative:UN80 Initiative');
  });

  it('A/RES/79/201 OP21: "the SheTrades initiative of the International Trade Centre" (led by it)', () => {
    const text =
      'Encourages the eTrade for Women initiatives of the United Nations Conference on Trade and Development and the SheTrades initiative of the International Trade Centre in support of women entrepreneurs;';
    const x = extract(text, 'operative', { ...GA, symbol: 'A/RES/79/201', date: '2024-12-19' });
    expect(x.mentions.map((m) => m.key)).toContain('Initiative:SheTrades Initiative');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('LEADS Organization:International Trade Centre -> Initiative:SheTrades Initiative');
  });

  it('A/RES/78/140 PP20: "the Riyadh initiative for enhancing international anti-corruption law enforcement cooperation": the initiative, not the city', () => {
    const text =
      'Encouraging Member States to use and strengthen appropriate focal points to facilitate information exchange among one another, acknowledging the Riyadh initiative for enhancing international anti-corruption law enforcement cooperation,';
    const k = keys(text, 'preambular', { ...GA, symbol: 'A/RES/78/140', date: '2023-12-19' });
    expect(k).toContain('Initiative:Riyadh Initiative');
    expect(k).not.toContain('Place:Riyadh');
  });

  it('guards: "the Organization initiative", "the United Nations initiative" and an acronym defined before ("the CREWS initiative")', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/205', date: '2024-12-19' };
    extract('Welcoming the Climate Risk and Early Warning Systems (CREWS) initiative,', 'preambular', ctx);
    const k = keys('Notes the Organization initiative, the United Nations initiative and the CREWS initiative;', 'operative', ctx);
    expect(k.filter((x) => x.startsWith('Initiative:') && x !== 'Initiative:Climate Risk and Early Warning Systems')).toEqual([]);
  });
});

describe('sittings named by a list of capitalised ordinals and a plural noun', () => {
  const APMBC = 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction';

  it('A/RES/80/68 OP10: "the First and Second Conferences of the High Contracting Parties to the Protocol" are two conferences', () => {
    const text =
      'Also welcomes the commitment of the High Contracting Parties to Protocol V to the effective and efficient implementation of the Protocol and the implementation of the decisions of the First and Second Conferences of the High Contracting Parties to the Protocol establishing a comprehensive framework for the exchange of information and cooperation;';
    const k = keys(text, 'operative', { ...GA, symbol: 'A/RES/80/68', date: '2025-12-01' });
    expect(k).toContain('Event:First Conference of the High Contracting Parties to the Protocol');
    expect(k).toContain('Event:Second Conference of the High Contracting Parties to the Protocol');
    expect(k.filter((x) => x.includes('Conferences'))).toEqual([]);
  });

  it('A/RES/80/35 PP6: five Review Conferences keyed as each one named alone, none held where the venues printed one each are', () => {
    const text =
      'Recalling the First, Second, Third, Fourth and Fifth Review Conferences of the States Parties to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014), Oslo (2019) and Siem Reap, Cambodia (2024),';
    const x = extract(text, 'preambular', { ...GA, symbol: 'A/RES/80/35', date: '2025-12-01' });
    const k = x.mentions.map((m) => m.key);
    for (const o of ['First', 'Second', 'Third', 'Fourth', 'Fifth']) expect(k).toContain(`Event:${o} Review Conference (${APMBC})`);
    expect(x.attributions.filter((a) => a.type === 'HELD_IN' && a.target === 'Place:Nairobi' && !a.source.startsWith('Event:First '))).toEqual([]);
  });

  it('guard: "the First and Fourth Committees" (A/RES/80/44 OP9) and lower-case "first and second sessions" are not read so', () => {
    const k = keys('Decides to convene a joint panel discussion of the First and Fourth Committees on possible challenges to space security and sustainability;', 'operative', { ...GA, symbol: 'A/RES/80/44' });
    expect(k.filter((x) => x.startsWith('Event:First') || x.startsWith('Event:Fourth'))).toEqual([]);
  });
});
