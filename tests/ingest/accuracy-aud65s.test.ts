// Session-65 audit aud65s: residual faults of the gold sets of A/RES/79/54, 79/52 (aud64x), 78/67 (aud63c), 80/48 (aud53f),
// 79/327 (aud63e) and 79/214 (aud63x). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const AMMUNITION = 'Problems arising from the accumulation of conventional ammunition stockpiles in surplus';
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/54', '2024-12-02', AMMUNITION), kind: 'operative' });
const MEETING_OF_STATES_GF = 'Event:Meeting of States (Global Framework for Through-life Conventional Ammunition Management) @ 2027';

describe('a lower-case "meeting of States" of a framework: the Meeting of States other texts print capitalised', () => {
  it('A/RES/79/52 PP9 (80/46 PP9): "the first meeting of States in 2027 to review the implementation of the Global Framework ..."', () => {
    const text =
      'Looking forward to the preparatory process that will take place from 23 to 27 June 2025 and the first meeting of States in 2027 to review the implementation of the Global Framework for Through-life Conventional Ammunition Management, which is complementary to the Arms Trade Treaty,';
    const ctx = ctxOf('A/RES/79/52', '2024-12-02', 'The Arms Trade Treaty');
    expect(relations(text, 'preambular', ctx)).toContain(`LOOKS_FORWARD_TO ${MEETING_OF_STATES_GF}`);
    expect(attributions(text, 'preambular', ctx)).toContain(`STARTS_ON ${MEETING_OF_STATES_GF} -> Date:2027`);
  });

  it('A/RES/79/54 OP5 (the framework printed in full here): "Recalls its decision to convene a meeting of States in 2027 ..., in New York"', () => {
    const text =
      'Recalls its decision to convene a meeting of States in 2027 for two weeks (20 meetings), in New York, to review the implementation of the Global Framework for Through-life Conventional Ammunition Management, and further recalls its decision that the Chair may hold informal consultations ahead of the meeting of States;';
    expect(relations(text)).toContain(`RECALLS ${MEETING_OF_STATES_GF}`);
    const atts = attributions(text);
    expect(atts).toContain(`STARTS_ON ${MEETING_OF_STATES_GF} -> Date:2027`);
    expect(atts).toContain(`HELD_IN ${MEETING_OF_STATES_GF} -> Place:New York`);
  });

  it('guard: A/RES/79/40 OP8 "a one-week biennial meeting of States in 2026": the Programme of Action\'s Biennial Meeting, no Meeting of States', () => {
    const text =
      'Decides, pursuant to the schedule of meetings for the period from 2024 to 2030 agreed upon at the Fourth Review Conference, to convene, in New York, a one-week biennial meeting of States in 2026 (10 meetings) and a one-week biennial meeting of States in 2028 (10 meetings), to consider key challenges and opportunities relating to the implementation of the Programme of Action and the International Tracing Instrument at the national, regional and global levels;';
    expect(keys(text, 'Event:Meeting of States', 'operative', ctxOf('A/RES/79/40', '2024-12-02', 'The illicit trade in small arms and light weapons in all its aspects'))).toEqual([]);
  });

  it('guard: A/RES/79/54 OP6 "the preparatory meeting of States": the gazetteer\'s Preparatory Meeting, not a Meeting of States', () => {
    const text =
      'Decides to convene the preparatory meeting of States in New York from 23 to 27 June 2025, to explore possible options for the development of the process and modalities for the effective implementation of the Global Framework;';
    expect(keys(text, 'Event:Meeting of States')).toEqual([]);
    expect(keys(text, 'Event:Preparatory Meeting of States')).toHaveLength(1);
  });

  it('guard: A/RES/79/24 OP5 "the fifteenth anniversary meeting of States parties to the Treaty": a treaty\'s parties, not a Meeting of States', () => {
    const text =
      'Also welcomes the convening of the fifteenth anniversary meeting of States parties to the Treaty in Ashgabat in the last quarter of 2024, with the focus on enhancing cooperation between existing nuclear-weapon-free zones;';
    expect(keys(text, 'Event:Meeting of States', 'operative', ctxOf('A/RES/79/24', '2024-12-02', 'Treaty on a Nuclear-Weapon-Free Zone in Central Asia'))).toEqual([]);
  });
});

describe('"the Special Conference of 1994": keyed with its year (one node across the texts), and dated by it', () => {
  const BWC = 'Convention on the prohibition of the development, production and stockpiling of bacteriological (biological) and toxin weapons and on their destruction';
  it('A/RES/78/67 OP7 (79/78, 80/71): "the mandate of the Ad Hoc Group established by the Special Conference of 1994"', () => {
    const text =
      'Notes that the decision by the Ninth Review Conference to establish the working group on the strengthening of the Convention is without prejudice to the mandate of the Ad Hoc Group established by the Special Conference of 1994, nor does it supersede, supplant or change it;';
    const ctx = ctxOf('A/RES/78/67', '2023-12-04', BWC);
    expect(relations(text, 'operative', ctx)).toContain('NOTES Event:Special Conference of 1994');
    expect(attributions(text, 'operative', ctx)).toContain('STARTS_ON Event:Special Conference of 1994 -> Date:1994');
    expect(keys(text, 'Date:', 'operative', ctx)).toEqual(['Date:1994']);
  });

  it('guard: A/RES/80/144 OP37 "the International Snow Leopard and Ecosystem Forum of 2017": the year still cut from a name of its own', () => {
    const text = 'Notes the outcome of the International Snow Leopard and Ecosystem Forum of 2017, held in Bishkek;';
    const ctx = ctxOf('A/RES/80/144', '2025-12-10', 'Sustainable mountain development');
    expect(keys(text, 'Event:International Snow Leopard', 'operative', ctx)).toEqual(['Event:International Snow Leopard and Ecosystem Forum @ 2017']);
  });
});

describe('"the 2018 meeting of States parties": the parties\' sitting of that year, as the capitalised form is', () => {
  const BWC_FULL = 'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction';
  const MSP_2018 = 'Event:Meeting of the States Parties (Biological Weapons Convention) @ 2018';
  const ctx = ctxOf('A/RES/78/67', '2023-12-04', BWC_FULL);
  it('A/RES/78/67 OP17 (the Convention printed in full here): "the measures endorsed by the 2018 meeting of States parties"', () => {
    const text = `Notes that the Ninth Review Conference of the States Parties to the ${BWC_FULL} welcomed the improvement of the financial situation following the measures endorsed by the 2018 meeting of States parties, as reflected in section V of the report of the meeting, confirmed their effectiveness;`;
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${MSP_2018}`);
    expect(attributions(text, 'operative', ctx)).toContain(`STARTS_ON ${MSP_2018} -> Date:2018`);
  });

  it('guard: A/RES/80/71 OP18 "the 2018 Meeting of the States Parties" (capitalised): the same node, as before', () => {
    const text = `Notes that the Ninth Review Conference of the States Parties to the ${BWC_FULL} welcomed the improvement of the financial situation following the measures endorsed by the 2018 Meeting of the States Parties, as reflected in section V of the report of the Meeting, confirmed their effectiveness;`;
    expect(keys(text, 'Event:Meeting of the States Parties', 'operative', ctxOf('A/RES/80/71', '2025-12-01', BWC_FULL))).toContain(MSP_2018);
  });

  it('guard: A/RES/78/207 OP7 "the agenda of the meeting of the States parties": unnumbered and undated, no sitting', () => {
    const text = 'Requests the Secretary-General to include such a discussion in the agenda of the meeting of the States parties;';
    expect(keys(text, 'Event:', 'operative', ctxOf('A/RES/78/207', '2023-12-19', 'International Convention for the Protection of All Persons from Enforced Disappearance'))).toEqual([]);
  });
});
