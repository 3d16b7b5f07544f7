// Misses found by the session-28 audit aud28c: A/RES/79/138 (safety and security of humanitarian personnel) and A/RES/80/102
// (question of the Turks and Caicos Islands), and the same forms in other texts. Each case quotes the file and paragraph; each
// fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph, footnotedAttributions } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/138', date: '2024-12-09' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

/** One paragraph with one footnote, whose mark stands at `mark` inside `at`: its attributions. */
const withFootnote = (id: string, text: string, mark: string, at: string, footnote: string, ctx: RecognizeContext = { ...GA }): string[] =>
  footnotedAttributions(id, text, mark, at, footnote, ctx);

describe('a note listing treaties "of <day>" dates each, as the body does', () => {
  const PP4 =
    'Reaffirming the principles, rules and relevant provisions of international law, including international humanitarian law and human rights law, as well as all relevant treaties,1 and the need to further promote and ensure respect thereof,';
  const NOTE1 =
    'These include, notably, the Convention on the Privileges and Immunities of the United Nations of 13 February 1946, the Convention on the Privileges and Immunities of the Specialized Agencies of 21 November 1947, the Convention on the Safety of United Nations and Associated Personnel of 9 December 1994, the Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel of 8 December 2005, the Geneva Convention relative to the Protection of Civilian Persons in Time of War of 12 August 1949 and the Additional Protocols to the Geneva Conventions of 8 June 1977, and Amended Protocol II of 3 May 1996 to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects of 10 October 1980, as applicable.';

  it('A/RES/79/138 PP4 (78/118, 80/112): "all relevant treaties,1" with note 1 "These include, notably, the Convention ... of 13 February 1946, ..."', () => {
    const a = withFootnote('PP4', PP4, '1', 'treaties,1 ', NOTE1).filter((x) => x.startsWith('ADOPTED_ON'));
    expect(a).toEqual([
      'ADOPTED_ON Framework:Convention on the Privileges and Immunities of the United Nations -> Date:1946-02-13',
      'ADOPTED_ON Framework:Convention on the Privileges and Immunities of the Specialized Agencies -> Date:1947-11-21',
      'ADOPTED_ON Framework:Convention on the Safety of United Nations and Associated Personnel -> Date:1994-12-09',
      'ADOPTED_ON Framework:Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel -> Date:2005-12-08',
      'ADOPTED_ON Framework:Geneva Convention relative to the Protection of Civilian Persons in Time of War -> Date:1949-08-12',
      'ADOPTED_ON Framework:Protocols Additional to the Geneva Conventions of 12 August 1949 -> Date:1977-06-08',
      'ADOPTED_ON Framework:Amended Protocol II -> Date:1996-05-03',
      'ADOPTED_ON Framework:Convention on Certain Conventional Weapons -> Date:1980-10-10',
    ]);
  });

  it('guard: a note dating a treaty by its entry into force gives no day of adoption', () => {
    const note = 'The Convention on the Safety of United Nations and Associated Personnel, which entered into force on 15 January 1999.';
    expect(withFootnote('PP4', PP4, '1', 'treaties,1 ', note).filter((x) => x.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: a treaty the paragraph dated keeps the paragraph\'s day (one ADOPTED_ON)', () => {
    const text =
      'Calls upon all States to comply fully with their obligations under the Geneva Convention relative to the Protection of Civilian Persons in Time of War of 12 August 1949,18 in order to respect and protect civilians;';
    const note = 'See the Geneva Convention relative to the Protection of Civilian Persons in Time of War of 12 August 1949.';
    const a = withFootnote('OP18', text, '18', '1949,18 ', note).filter((x) => x.startsWith('ADOPTED_ON'));
    expect(a).toEqual(['ADOPTED_ON Framework:Geneva Convention relative to the Protection of Civilian Persons in Time of War -> Date:1949-08-12']);
  });
});

describe('the system\'s road safety strategy and staff security trust fund, named in lower case', () => {
  it('A/RES/79/138 OP36 (78/118 OP35, 80/112): "including through the United Nations system road safety strategy" is a Framework', () => {
    const text =
      'Further welcomes the ongoing measures taken by the Secretary-General and the United Nations system to enhance road safety, including through the United Nations system road safety strategy, so as to reduce incidents caused by road hazards, and requests the Secretary-General to continue the collection and analysis of data to report on road incidents;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations System Road Safety Strategy']);
    expect(relations(text)).toContain('WELCOMES Framework:United Nations System Road Safety Strategy');
  });

  it('guard: "road safety" alone names no strategy', () => {
    const text = 'Notes the efforts of Member States and the United Nations to improve road safety, including through a national road safety strategy;';
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('A/RES/79/138 OP49 (78/118, 80/112): "contribute to the trust fund for security of staff members of the United Nations system" is an Initiative', () => {
    const text =
      'Underlines the urgent need to allocate adequate and predictable resources to the safety and security of United Nations and associated personnel, and encourages all States to contribute to the trust fund for security of staff members of the United Nations system, inter alia, with a view to reinforcing the efforts of the Department of Safety and Security to meet its mandate;';
    const key = 'Initiative:Trust Fund for Security of Staff Members of the United Nations System';
    expect(keys(text, 'Initiative:')).toEqual([key]);
    expect(relations(text)).toContain(`ENCOURAGES ${key}`);
  });

  it('guard: another trust fund in lower case stays unnamed', () => {
    const text = 'Encourages all States to contribute to the trust fund for the safety of journalists;';
    expect(keys(text, 'Initiative:Trust Fund for Security')).toEqual([]);
  });
});

describe('declarations named after listed cities, adopted at one sitting named after them', () => {
  const EV = 'Event:Global Ministerial Conferences and High-level Conference on Road Safety';

  it('A/RES/79/138 PP41 (80/112 with Marrakech): "the Moscow, Brasilia and Stockholm Declarations, adopted at the Global Ministerial Conferences ..." — each adopted there', () => {
    const text =
      'Noting the efforts of Member States and the United Nations to improve road safety, and welcoming the adoption of its resolution 78/290 of 24 June 2024 on improving global road safety, which acknowledges the importance of the Moscow, Brasilia and Stockholm Declarations, adopted at the Global Ministerial Conferences and High-Level Conference on Road Safety,';
    const a = attributions(text, 'preambular').filter((x) => x.startsWith('ADOPTED'));
    expect(a).toContain(`ADOPTED ${EV} -> Framework:Moscow Declaration`);
    expect(a).toContain(`ADOPTED ${EV} -> Framework:Brasilia Declaration`);
    expect(a).toContain(`ADOPTED ${EV} -> Framework:Stockholm Declaration`);
  });

  it('guard: a framework listed before a singular one adopted at a sitting is not taken along ("the Paris Agreement and the Stockholm Declaration, adopted at ...")', () => {
    const text = 'Recalling the Paris Agreement, the Charter of the United Nations and the Stockholm Declaration, adopted at the Third Global Ministerial Conference on Road Safety,';
    const a = attributions(text, 'preambular').filter((x) => x.startsWith('ADOPTED '));
    expect(a.some((x) => x.endsWith('Framework:Paris Agreement') || x.endsWith('Framework:Charter of the United Nations'))).toBe(false);
  });
});

describe('a day read as the end of a framework\'s name dates it', () => {
  const GC = 'Framework:Geneva Conventions of 12 August 1949';

  it('A/RES/79/138 PP5 (80/112, 79/173 OP1, 78/221 PP3): "Recalling the Geneva Conventions of 12 August 1949 2 and the Additional Protocols thereto of 8 June 1977,3"', () => {
    const text =
      'Recalling the Geneva Conventions of 12 August 1949 2 and the Additional Protocols thereto of 8 June 1977,3 and the obligation of parties to armed conflict to respect and ensure respect for international humanitarian law in all circumstances,';
    const a = attributions(text, 'preambular').filter((x) => x.startsWith('ADOPTED_ON'));
    expect(a).toContain(`ADOPTED_ON ${GC} -> Date:1949-08-12`);
    expect(a).toContain('ADOPTED_ON Framework:Protocols Additional to the Geneva Conventions of 12 August 1949 -> Date:1977-06-08');
  });

  it('guard: a protocol "to the Geneva Conventions of 12 August 1949" is not dated by the Conventions\' day', () => {
    const text = 'Calls upon all States to become parties to Additional Protocol I to the Geneva Conventions of 12 August 1949;';
    const a = attributions(text).filter((x) => x.startsWith('ADOPTED_ON'));
    expect(a.some((x) => x.endsWith('Date:1949-08-12') && !x.startsWith(`ADOPTED_ON ${GC} `))).toBe(false);
  });
});
