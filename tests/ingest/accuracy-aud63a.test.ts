// Session-63 audit aud63a: A/RES/79/53 (Countering the threat posed by improvised explosive devices, First Committee) and the
// mine action texts that print the same fund (78/70, 80/74). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/53', date: '2024-12-02', title: 'Countering the threat posed by improvised explosive devices' };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const INTERPOL = 'Organization:International Criminal Police Organization';
const CASE = 'Initiative:Chemical Anti-Smuggling Enforcement';
const CRIM = 'Initiative:Chemical Risk Identification and Mitigation';
const FUND = 'Organization:Voluntary Trust Fund for Assistance in Mine Action';
const COMMITTEE_1373 = 'Organization:Security Council Committee (S/RES/1373(2001))';
const ABU_DHABI = 'Framework:Abu Dhabi Guiding Principles';
const COMPACT = 'Framework:United Nations Global Counter-Terrorism Coordination Compact';
const BORDER_GROUP = 'Organization:Working Group on Border Management and Law Enforcement related to Counter-Terrorism';

describe('initiatives listed after an owner-headed one under one plural head: each a name, the owner runs them all', () => {
  const OP8 =
    'Strongly encourages States to share information, on a voluntary basis, on the diversion of commercial-grade explosives and commercially available detonators to the illicit trade and transfer to illegal armed groups, terrorists and other unauthorized recipients, through relevant channels, including the INTERPOL Project Watchmaker, Chemical Anti-Smuggling Enforcement and Chemical Risk Identification and Mitigation projects and the Programme Global Shield of the World Customs Organization;';

  it('A/RES/79/53 OP8: "the INTERPOL Project Watchmaker, Chemical Anti-Smuggling Enforcement and Chemical Risk Identification and Mitigation projects"', () => {
    const rels = relations(OP8);
    expect(rels).toContain(`ENCOURAGES ${CASE}`);
    expect(rels).toContain(`ENCOURAGES ${CRIM}`);
    const atts = attributions(OP8);
    expect(atts).toContain(`LEADS ${INTERPOL} -> Initiative:INTERPOL Project Watchmaker`);
    expect(atts).toContain(`LEADS ${INTERPOL} -> ${CASE}`);
    expect(atts).toContain(`LEADS ${INTERPOL} -> ${CRIM}`);
    // (the programme after "and the", with its own owner printed after it, is not INTERPOL's)
    expect(atts).toContain('LEADS Organization:World Customs Organization -> Initiative:Global Shield');
    expect(atts).not.toContain(`LEADS ${INTERPOL} -> Initiative:Global Shield`);
  });

  it('guard: no plural head after the list ("the INTERPOL Project Watchmaker and Chemical Anti-Smuggling Enforcement"): the owner runs the first only', () => {
    const atts = attributions('Encourages States to share information through relevant channels, including the INTERPOL Project Watchmaker and Chemical Anti-Smuggling Enforcement;');
    expect(atts).toContain(`LEADS ${INTERPOL} -> Initiative:INTERPOL Project Watchmaker`);
    expect(atts).not.toContain(`LEADS ${INTERPOL} -> ${CASE}`);
  });
});

describe('the voluntary trust fund for assistance in mine action, printed in lower case: the fund', () => {
  it('A/RES/79/53 OP21: "... and the United Nations voluntary trust fund for assistance in mine action"', () => {
    const rels = relations(
      'Urges States in a position to do so to sustain their support for the United Nations whole-of-system approach, through existing trust funds and arrangements, including those of the Office of Counter-Terrorism and the Office for Disarmament Affairs and the United Nations voluntary trust fund for assistance in mine action, efforts undertaken under relevant conventions or through regional or national programmes;',
    );
    expect(rels).toContain(`URGES ${FUND}`);
    // (the Organization printed at the head of the fund's name is part of it)
    expect(rels).not.toContain('URGES Organization:United Nations');
  });

  it('A/RES/78/70 OP4 (80/74 OP5): "global trust funds, including the voluntary trust fund for assistance in mine action"', () => {
    const text =
      'Urges Member States, regional, intergovernmental and non-governmental organizations to provide assistance through relevant national, regional and global trust funds, including the voluntary trust fund for assistance in mine action;';
    expect(keys(text, FUND, 'operative', { ...ctx, symbol: 'A/RES/78/70', date: '2023-12-04', title: 'Assistance in mine action' })).toEqual([FUND]);
  });

  it('guard: "relevant national, regional and global trust funds" alone names no fund', () => {
    expect(keys('Urges Member States to provide assistance through relevant national, regional and global trust funds for mine action;', 'Organization:', 'operative')).not.toContain(FUND);
  });
});

describe('a Security Council committee keyed with the resolution that set it up adopts the text "adopted by" it', () => {
  const OP18 =
    'Encourages States to consider the implementation of the relevant aspects of the non-binding guiding principles on threats posed by the use of unmanned aircraft systems for terrorist purposes, known as the “Abu Dhabi Guiding Principles”,23 adopted by the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism;';

  it('A/RES/79/53 OP18: "the “Abu Dhabi Guiding Principles”,23 adopted by the Security Council Committee established pursuant to resolution 1373 (2001)"', () => {
    const atts = footnotedAttributions('OP18', OP18, '23', '”,23 adopted', 'S/2023/1035, annex.', ctx);
    expect(atts).toContain(`ADOPTED ${COMMITTEE_1373} -> ${ABU_DHABI}`);
    // (the resolution printed after the committee says which committee: it adopted nothing here)
    expect(atts).not.toContain(`ADOPTED Resolution:S/RES/1373(2001) -> ${ABU_DHABI}`);
  });

  it('guard: a named body with a resolution right after it adopted the text in that resolution, not by its name alone', () => {
    const atts = attributions('Recalls the Guiding Principles on Business and Human Rights, adopted by the Human Rights Council in its resolution 17/4 of 16 June 2011;');
    expect(atts).not.toContain('ADOPTED Organization:Human Rights Council -> Framework:Guiding Principles on Business and Human Rights');
  });
});

describe('a working group "of the" coordination compact is the compact\'s organ', () => {
  it('A/RES/79/53 PP28: "the Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the United Nations Global Counter-Terrorism Coordination Compact"', () => {
    const text =
      'Noting also the efforts of the Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the United Nations Global Counter-Terrorism Coordination Compact to promote Security Council resolution 2370 (2017) on preventing terrorists from acquiring weapons,';
    expect(attributions(text, 'preambular')).toContain(`PART_OF ${BORDER_GROUP} -> ${COMPACT}`);
    const rels = relations(text, 'preambular');
    expect(rels).toContain(`NOTES ${BORDER_GROUP}`);
    expect(rels).toContain(`NOTES ${COMPACT}`);
  });

  it('guard: the group as the agent of an act on the compact ("the support by the Working Group ... to the Compact") is no organ of it', () => {
    const text =
      'Noting also the support by the Working Group on Border Management and Law Enforcement related to Counter-Terrorism to the United Nations Global Counter-Terrorism Coordination Compact,';
    expect(attributions(text, 'preambular')).not.toContain(`PART_OF ${BORDER_GROUP} -> ${COMPACT}`);
  });
});
