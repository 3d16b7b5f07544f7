// Session-62 audit aud62r: residual faults the session-62 gold sets left (aud62b, aud62f, aud62g). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/70', '2023-12-04'), kind: 'operative' });
const COUNCIL = 'Organization:Security Council';

describe('item 1: "mandated by the Security Council" reads as "authorized by": the Council takes no verb (lead, session 62)', () => {
  it('A/RES/78/70 PP15 (80/74 PP15 the same): "special political missions mandated by the Security Council"', () => {
    const rel = relations(
      'Considering mine action to be an important and integrated component of United Nations humanitarian assistance and development activities, and noting the integration of mine action in numerous United Nations peacekeeping operations and special political missions mandated by the Security Council,',
      'preambular',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('A/RES/79/317 OP64: "as mandated by the Security Council in its resolution 2777 (2025)"; the Mission keeps SUPPORTS', () => {
    const rel = relations(
      'Fully supports the work of the United Nations Assistance Mission in Afghanistan, as mandated by the Security Council in its resolution 2777 (2025), stresses the critical importance of the continued presence of the Mission and other United Nations agencies, funds and programmes across Afghanistan, and expresses its appreciation for the work of the Special Representative of the Secretary-General for Afghanistan;',
      'operative',
      ctxOf('A/RES/79/317', '2025-07-07'),
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
    expect(rel.some((r) => r.startsWith('SUPPORTS') && r.includes('Assistance Mission in Afghanistan'))).toBe(true);
  });

  it('guard: "Requests the Security Council to consider the missions it has mandated" addresses the Council', () => {
    expect(relations('Requests the Security Council to consider the missions it has mandated;')).toContain(`REQUESTS ${COUNCIL}`);
  });
});

const JOINT_STATEMENT = 'Framework:Joint Statement of the Leaders of the Five Nuclear-Weapon States on Preventing Nuclear War and Avoiding Arms Races';
const PP7_78_42 =
  'Recalling the joint statement on preventing nuclear war and avoiding arms races issued by China, France, the Russian Federation, the United Kingdom of Great Britain and Northern Ireland and the United States of America on 3 January 2022, affirming that “a nuclear war cannot be won and must never be fought”, and the statement by the New Agenda Coalition issued on 25 January 2022, calling for the five nuclear-weapon States to pursue tangible steps towards the total elimination of their nuclear arsenals in accordance with their obligations under article VI of the Treaty on the Non-Proliferation of Nuclear Weapons,';

describe('item 2: the lowercase joint statement of the five nuclear-weapon States is the Framework 80/48 names in full', () => {
  const ctx = ctxOf('A/RES/78/42', '2023-12-04');
  it('A/RES/78/42 PP7 (79/35, 80/39 the same): RECALLS the Joint Statement', () => {
    expect(relations(PP7_78_42, 'preambular', ctx)).toContain(`RECALLS ${JOINT_STATEMENT}`);
  });

  it('A/RES/78/42 PP7: ADOPTED_ON 3 January 2022, past the five States that issued it', () => {
    expect(attributions(PP7_78_42, 'preambular', ctx)).toContain(`ADOPTED_ON ${JOINT_STATEMENT} -> Date:2022-01-03`);
  });

  it('guard: A/RES/80/48 PP10, the capitalised name "of 3 January 2022" keeps its day', () => {
    const att = attributions(
      'Bearing in mind, in accordance with the Joint Statement of the Leaders of the Five Nuclear-Weapon States on Preventing Nuclear War and Avoiding Arms Races of 3 January 2022, that, inter alia, “a nuclear war cannot be won and must never be fought”,',
      'preambular',
      ctxOf('A/RES/80/48', '2025-12-01'),
    );
    expect(att).toContain(`ADOPTED_ON ${JOINT_STATEMENT} -> Date:2022-01-03`);
  });
});

const NPT_REVIEW_CONFERENCE = 'Event:Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
const NPT = 'Framework:Treaty on the Non-Proliferation of Nuclear Weapons';

describe('item 3: "a Review Conference cycle" is a time and "the two previous Review Conferences" no generic node', () => {
  const ctx = ctxOf('A/RES/78/42', '2023-12-04');
  it('A/RES/78/42 OP13 (79/35 OP18, 80/39 OP18): "to report at least twice during a Review Conference cycle" gives no URGES of the Conference', () => {
    const rel = relations(
      'Urges the nuclear-weapon States to report at least twice during a Review Conference cycle at appropriate intervals, and to include in their reports to be submitted during the eleventh review cycle of the Treaty on the Non-Proliferation of Nuclear Weapons concrete and detailed information concerning the implementation of their obligations and commitments on nuclear disarmament;',
      'operative',
      ctx,
    );
    expect(rel).toEqual([`URGES ${NPT}`]);
  });

  it('A/RES/78/42 PP10 (79/35 PP10, 80/39 PP13): "the two previous Review Conferences of the Parties to the Treaty" makes no plural node', () => {
    const text =
      'Deeply concerned by the successive failures of the two previous Review Conferences of the Parties to the Treaty, and dismayed that States parties to the Treaty were again unable to agree on actions that would strengthen the Treaty regime, enhance progress towards its full implementation and universality, or monitor implementation of the commitments made at the 1995, 2000 and 2010 Review Conferences,';
    const events = keys(text, 'Event:', 'preambular', ctx);
    expect(events.filter((k) => k.startsWith('Event:Review Conferences'))).toEqual([]);
    // (the three Conferences named by their years stay)
    expect(events.length).toBe(3);
  });

  it('guard: A/RES/80/39 PP15 "the Review Conference will conclude successfully" after the 2026 Review Conference is that Conference', () => {
    const events = keys(
      'Emphasizing the pivotal 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, underlining the significant expectation that the Review Conference will conclude successfully,',
      'Event:',
      'preambular',
      ctx,
    );
    expect(events.filter((k) => k === NPT_REVIEW_CONFERENCE || k.startsWith('Event:Review Conferences'))).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
  });
});

const SG = 'Organization:Secretary-General of the United Nations';
const DISARMAMENT_AGENDA = 'Framework:Securing Our Common Future: An Agenda for Disarmament';

describe('item 5: the Secretary-General thanked "for his disarmament agenda, <title>" LEADS it, as after his possessive', () => {
  const ctx = ctxOf('A/RES/79/28', '2024-12-02');
  it('A/RES/79/28 OP4: "Reiterates its appreciation to the Secretary-General for his disarmament agenda, Securing Our Common Future: ..."', () => {
    const att = attributions(
      'Reiterates its appreciation to the Secretary-General for his disarmament agenda, Securing Our Common Future: An Agenda for Disarmament, and notes the proposed actions therein to further advance disarmament and non-proliferation education, as well as those actions championed and supported by Member States,',
      'operative',
      ctx,
    );
    expect(att).toContain(`LEADS ${SG} -> ${DISARMAMENT_AGENDA}`);
  });

  it('guard: "the report of the Secretary-General for his term, and Securing Our Common Future": no plan kind in apposition, no LEADS', () => {
    const att = attributions(
      'Welcoming the report of the Secretary-General for his term, and Securing Our Common Future: An Agenda for Disarmament,',
      'preambular',
      ctx,
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

const WHO = 'Organization:World Health Organization';

describe('item 4: the owner of a known founding instrument takes the clause verb, as a pattern-read one does (lead, session 62)', () => {
  const ctx = ctxOf('A/RES/78/280', '2024-04-10');
  it('A/RES/78/280 PP8: "Recalling also that in the Constitution of the World Health Organization health is defined as ..." RECALLS WHO', () => {
    const rel = relations(
      'Recalling also that in the Constitution of the World Health Organization health is defined as a state of complete physical, mental and social well-being and not merely the absence of disease or infirmity,',
      'preambular',
      ctx,
    );
    expect(rel).toContain('RECALLS Framework:Constitution of the World Health Organization');
    expect(rel).toContain(`RECALLS ${WHO}`);
  });

  it('guard: the Rome Statute of the International Criminal Court gives the Court no verb (the ICC golds)', () => {
    const rel = relations('Recalling the Rome Statute of the International Criminal Court,', 'preambular', ctx);
    expect(rel).toContain('RECALLS Framework:Rome Statute of the International Criminal Court');
    expect(rel.filter((r) => r.includes('Organization:International Criminal Court'))).toEqual([]);
  });

  it('guard: the Charter of the United Nations gives the Organization no verb', () => {
    const rel = relations('Reaffirming the purposes and principles of the Charter of the United Nations,', 'preambular', ctx);
    expect(rel.filter((r) => r.endsWith('Organization:United Nations'))).toEqual([]);
  });
});
