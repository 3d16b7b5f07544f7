// Misses found by the session-25 audit aud25e: A/RES/79/206 (protection of global climate) and A/RES/80/211 (internally
// displaced persons), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/211', date: '2025-12-18' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('humanitarian posts and bodies the gazetteer did not know', () => {
  it('A/RES/80/211 OP16: "Emphasizes the central role of the Emergency Relief Coordinator in the coordination of ..."', () => {
    const text =
      'Emphasizes the central role of the Emergency Relief Coordinator in the coordination of the protection of and assistance to internally displaced persons, inter alia, through the inter-agency cluster system;';
    expect(relations(text)).toContain('EMPHASIZES Organization:Emergency Relief Coordinator');
  });

  it('A/RES/80/211 OP20: "through the Inter-Agency Standing Committee and United Nations country teams" is the Committee alone', () => {
    const text =
      'Encourages all relevant United Nations organizations and humanitarian assistance, human rights and development organizations to enhance their collaboration and coordination through the Inter-Agency Standing Committee and United Nations country teams in countries with situations of internal displacement;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Inter-Agency Standing Committee']);
    expect(relations(text)).toContain('ENCOURAGES Organization:Inter-Agency Standing Committee');
  });

  it('guard: the Committee\'s own guidelines and task team keep their names (A/RES/78/195 PP19)', () => {
    const text =
      'Taking note of the Inter-Agency Standing Committee Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action, of 2019, and the Inter-Agency Standing Committee Task Team on Inclusion of Persons with Disabilities in Humanitarian Action,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Inter-Agency Standing Committee Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action']);
    // (and the Committee at the head of its Guidelines' name is mentioned, not a target: session 58, aud58n)
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Inter-Agency Standing Committee Task Team on Inclusion of Persons with Disabilities in Humanitarian Action', 'Organization:Inter-Agency Standing Committee']);
  });
});

describe('a name of the Secretary-General\'s printed with and without his possessive is one node', () => {
  const AGENDA = 'Framework:Action Agenda on Internal Displacement';

  it('A/RES/80/211 PP30 and OP11: "the Secretary-General’s Action Agenda on Internal Displacement", "the follow-up Action Agenda on Internal Displacement"', () => {
    const PP30 =
      'Noting the Framework on Durable Solutions for Internally Displaced Persons of the Inter-Agency Standing Committee, and taking note of the Secretary-General’s Action Agenda on Internal Displacement,';
    const OP11 =
      'Notes with appreciation the report of the Secretary-General’s High-level Panel on Internal Displacement and the follow-up Action Agenda on Internal Displacement;';
    expect(keys(PP30, 'Framework:Action', 'preambular')).toEqual([AGENDA]);
    expect(keys(PP30, 'Framework:Secretary-General', 'preambular')).toEqual([]);
    expect(relations(OP11)).toContain(`NOTES ${AGENDA}`);
  });

  it('A/RES/78/184 OP45: "the Secretary-General’s Global Crisis Response Group on Food, Energy and Finance" is the group A/RES/79/216 OP8 names bare', () => {
    const GCRG = 'Organization:Global Crisis Response Group on Food, Energy and Finance';
    expect(relations('Welcomes the establishment of the Global Crisis Response Group on Food, Energy and Finance;')).toContain(`WELCOMES ${GCRG}`);
    const text = 'Takes note of the work of the Secretary-General’s Global Crisis Response Group on Food, Energy and Finance;';
    expect(keys(text, 'Organization:Global')).toEqual([GCRG]);
    expect(keys(text, 'Organization:Secretary-General\'s')).toEqual([]);
  });

  it('A/RES/79/316 OP26: "the Secretary-General’s Plan of Action for Religious Leaders ..., also called the Fez Plan of Action": one plan', () => {
    const FEZ = 'Framework:Plan of Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes';
    const text =
      'Takes note of global efforts to support implementing the Secretary-General’s Plan of Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes, also called the Fez Plan of Action;';
    expect([...new Set(keys(text, 'Framework:'))]).toEqual([FEZ]);
    expect(relations('Noting further the Plan of Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes,', 'preambular')).toContain(`NOTES ${FEZ}`);
  });

  it('guard: a possessive name the gazetteer does not know keeps its printed title ("the Secretary-General’s High-level Panel on Internal Displacement")', () => {
    expect(keys('Takes note of the report of the Secretary-General’s High-level Panel on Internal Displacement;', 'Organization:Secretary-General\'s')).toEqual([
      "Organization:Secretary-General's High-level Panel on Internal Displacement",
    ]);
  });
});

describe('"the Fund, for responding to Loss and Damage" (a comma in the name) is that fund, not the Green Climate Fund', () => {
  const FRLD = 'Organization:Fund for Responding to Loss and Damage';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' };

  it('A/RES/79/206 OP29: "the operationalization of the new funding arrangements, including the Fund, for responding to Loss and Damage ..."', () => {
    const text =
      'Welcomes the operationalization of the new funding arrangements, including the Fund, for responding to Loss and Damage referred to in decisions 1/CP.28 and 5/CMA.5, and the pledges of 792 million United States dollars for the funding arrangements, including 661 million United States dollars for the Fund, and invites financial contributions for commencing the operationalization of the Fund;';
    expect(relations(text, 'operative', ctx)).toEqual(expect.arrayContaining([`WELCOMES ${FRLD}`, `INVITES ${FRLD}`]));
    expect(keys(text, 'Organization:Green', 'operative', ctx)).toEqual([]);
  });

  it('guard: "the Green Climate Fund" and a later "the Fund" stay the Green Climate Fund (A/RES/79/206 PP17)', () => {
    const text =
      'Recalling with appreciation the pledges made to the Green Climate Fund towards the first formal replenishment period of the Fund, and welcoming the second replenishment of the Fund,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).not.toContain(FRLD);
  });
});
