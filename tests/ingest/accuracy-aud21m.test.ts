// Misses found by the session-21 audit aud21m: A/RES/79/225 (eradicating rural poverty), A/RES/80/11 (2025 review of the
// peacebuilding architecture), A/RES/80/31 (nuclear-weapon-free southern hemisphere), and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/11', date: '2025-11-26' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const AU_PSC = 'Organization:Peace and Security Council of the African Union';

describe("the African Union's Peace and Security Council is its own organ, not the Security Council", () => {
  const OP10 =
    'Encourages the Peacebuilding Commission to further strengthen its relationship with the African Union with a view to supporting the pillars of the African Union Post-Conflict, Reconstruction and Development policy for its implementation, and in this regard requests the Peacebuilding Support Office to further strengthen its cooperation with the African Union Centre for Post-Conflict Reconstruction and Development for implementing the memorandum of understanding on United Nations-African Union partnership in peacebuilding of 2017, and also encourages the Commission to further enhance its strategic partnership with the African Union Peace and Security Council and to create a mechanism, within existing resources, to follow up on the implementation of relevant recommendations that emanate from their annual joint consultative meetings;';

  it('A/RES/80/11 OP10: "its strategic partnership with the African Union Peace and Security Council"', () => {
    expect(keys(OP10, 'Organization:')).toContain(AU_PSC);
    expect(keys(OP10, 'Organization:Security Council')).toEqual([]);
    expect(relations(OP10)).toContain(`ENCOURAGES ${AU_PSC}`);
  });

  it('A/RES/80/63 PP: "the decision taken by the Peace and Security Council of the African Union" is one organ', () => {
    const text = 'Welcoming the decision taken by the Peace and Security Council of the African Union to deploy a mission,';
    // (not the Security Council; its owner is mentioned too, a target of the organ's clause: aud46c/aud46d/aud46f, the aud41f convention)
    expect(keys(text, 'Organization:', 'preambular')).toEqual([AU_PSC, 'Organization:African Union']);
  });

  it('A/RES/79/329 PP: "consultations between the Peace and Security Council and the Security Council" names both Councils', () => {
    const text =
      'Recalling the joint declaration, which has enhanced consultations between the Peace and Security Council and the Security Council,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual([AU_PSC, 'Organization:Security Council']);
  });

  it('A/RES/79/329 PP15: "pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union" is one instrument', () => {
    const text =
      'Recalling the partnership, and acknowledging the mandate of the African Union Peace and Security Council for the promotion of peace, security and stability in Africa pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Protocol Relating to the Establishment of the Peace and Security Council of the African Union']);
    // (its owner printed first, "the African Union Peace and Security Council", is mentioned too and takes the organ's verb, as
    // one printed after it: aud47a, the aud46b/aud47b/aud47c golds)
    expect(keys(text, 'Organization:', 'preambular')).toEqual([AU_PSC, 'Organization:African Union']);
  });

  it('guard: "the Security Council for the maintenance of international peace and security" stays the Security Council alone', () => {
    expect(keys('Recalls the primary responsibility of the Security Council for the maintenance of international peace and security;', 'Organization:')).toEqual([
      'Organization:Security Council',
    ]);
  });
});

describe('the United Nations-African Union liaison bodies (A/RES/79/329, audited beyond the three files)', () => {
  const OP2 =
    'Emphasizes in this regard the need to pursue ongoing measures, and recognizes the important role and support of the United Nations Office to the African Union in Addis Ababa, the Permanent Observer Mission of the African Union to the United Nations in New York and the African Union Partnership Unit at the United Nations in strengthening coordination and cooperation between the United Nations and the African Union;';

  it('A/RES/79/329 OP2: "the United Nations Office to the African Union in Addis Ababa" is the Office, in a place', () => {
    expect(keys(OP2, 'Organization:United Nations Office')).toEqual(['Organization:United Nations Office to the African Union']);
    expect(keys(OP2, 'Place:')).toEqual(['Place:Addis Ababa', 'Place:New York']);
  });

  it('A/RES/79/329 OP2: "the Permanent Observer Mission of the African Union to the United Nations in New York" is named whole', () => {
    expect(relations(OP2)).toContain('RECOGNIZES Organization:Permanent Observer Mission of the African Union to the United Nations');
    expect(keys(OP2, 'Organization:Permanent Observer Mission')).toEqual(['Organization:Permanent Observer Mission of the African Union to the United Nations']);
  });

  it('A/RES/79/329 OP20: "the Special Envoy of the Chairperson of the African Union Commission on Women, Peace and Security"', () => {
    const text =
      'Underlines the importance of promoting gender equality, recognizes the role of the Special Envoy of the Chairperson of the African Union Commission on Women, Peace and Security in promoting the women and peace and security agenda on the continent;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Special Envoy of the Chairperson of the African Union Commission on Women, Peace and Security']);
  });

  it('guard: a mission whose name ends in its place keeps it ("the United Nations Support Office in Somalia")', () => {
    expect(keys('Welcomes the work of the United Nations Support Office in Somalia;', 'Organization:')).toEqual(['Organization:United Nations Support Office in Somalia']);
  });
});

describe('Africa Amnesty Month is an event', () => {
  it('A/RES/79/329 OP13: "including support for Africa Amnesty Month and other arms control measures"', () => {
    const text =
      'Commends the ongoing cooperation between the Office for Disarmament Affairs of the Secretariat and the African Union Commission within the framework of the Office for Disarmament Affairs-African Union cooperation matrix, including support for Africa Amnesty Month and other arms control measures;';
    expect(keys(text, 'Event:')).toEqual(['Event:Africa Amnesty Month']);
  });

  it('guard: "Africa" alone in the same paragraph stays a place', () => {
    const text = 'Calls upon Member States to intensify their support and cooperation with Africa in this regard;';
    expect(keys(text, 'Event:')).toEqual([]);
    expect(keys(text, 'Place:')).toEqual(['Place:Africa']);
  });
});

const PCRD = 'Framework:African Union Post-Conflict Reconstruction and Development Framework';

describe("the African Union's peace and security frameworks", () => {
  it('A/RES/80/11 OP10: "the pillars of the African Union Post-Conflict, Reconstruction and Development policy" is the PCRD Framework', () => {
    const text =
      'Encourages the Peacebuilding Commission to further strengthen its relationship with the African Union with a view to supporting the pillars of the African Union Post-Conflict, Reconstruction and Development policy for its implementation, and in this regard requests the Peacebuilding Support Office to further strengthen its cooperation with the African Union Centre for Post-Conflict Reconstruction and Development;';
    expect(keys(text, 'Framework:')).toEqual([PCRD]);
    expect(relations(text)).toContain(`ENCOURAGES ${PCRD}`);
    expect(relations(text)).toContain('REQUESTS Organization:African Union Centre for Post-Conflict Reconstruction and Development');
  });

  it('A/RES/79/329: "the African Peace and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development Framework"', () => {
    const text =
      'Stresses the need to support the African Peace and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development Framework and the African Union Centre for Post-Conflict Reconstruction and Development;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:African Peace and Security Architecture', 'Framework:African Governance Architecture', PCRD]);
  });

  it('guard: the Centre named after the Framework stays an organization', () => {
    const text = 'Welcomes the work of the African Union Centre for Post-Conflict Reconstruction and Development;';
    expect(keys(text, 'Framework:')).toEqual([]);
    // (and its owner printed first is mentioned, a target of the organ's clause: aud47a)
    expect(keys(text, 'Organization:')).toEqual(['Organization:African Union Centre for Post-Conflict Reconstruction and Development', 'Organization:African Union']);
  });
});

const NWFZ_FOURTH = 'Event:Fourth Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia';

describe('the short name of the Conference of nuclear-weapon-free zones and Mongolia is the same conference', () => {
  it('A/RES/80/31 PP10 (78/50 PP10, 80/15 PP14): "the fourth Conference of Nuclear-Weapon-Free Zones and Mongolia"', () => {
    const text = 'Reaffirming the importance of convening the fourth Conference of Nuclear-Weapon-Free Zones and Mongolia at the earliest possible date,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([NWFZ_FOURTH]);
    expect(keys(text, 'Place:', 'preambular')).toEqual([]);
    expect(relations(text, 'preambular')).toEqual([`REAFFIRMS ${NWFZ_FOURTH}`]);
  });

  it('the full name of the same meeting (A/RES/80/47 PP4) is the same node', () => {
    const text =
      'Welcoming the convening by Indonesia of the third Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia on 24 April 2015, and encouraging the convening of the fourth Conference of States Parties and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia,';
    expect(keys(text, 'Event:Fourth', 'preambular')).toEqual([NWFZ_FOURTH]);
  });

  it('A/RES/80/15 PP14: "and noting that the Conference has not yet been convened" is the fourth Conference named before it', () => {
    const text =
      'Recalling that its resolution 73/71 of 5 December 2018 decided to convene the fourth Conference of Nuclear-Weapon-Free Zones and Mongolia as a one-day conference at United Nations Headquarters in New York, and noting that the Conference has not yet been convened,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([NWFZ_FOURTH, NWFZ_FOURTH]);
    expect(relations(text, 'preambular')).toContain(`NOTES ${NWFZ_FOURTH}`);
  });

  it('guard: Mongolia after another conference is still the country ("a conference of the zones, and Mongolia")', () => {
    const text = 'Congratulates the States Parties to the treaties of Tlatelolco and Pelindaba, as well as of Central Asia and Mongolia, for their efforts;';
    expect(keys(text, 'Place:')).toContain('Place:Mongolia');
    expect(keys(text, 'Event:')).toEqual([]);
  });
});
