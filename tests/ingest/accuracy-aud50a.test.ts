// Session-50 audit aud50a: First Committee forms, the gold set aud50a (A/RES/80/61 the Lima Regional Centre, 79/62 lethal
// autonomous weapons systems, 80/53 the Group of Scientific and Technical Experts on Nuclear Disarmament Verification) and the
// same forms across corpus-ga. Fixed:
// - a body "established under|by the <treaty>" is the treaty's organ, PART_OF it (79/62 PP7 and four more texts on the CCW's
//   Group of Governmental Experts; the OSPAR Commission, 78/68 and four more; the Special Fund of the OPCAT), as "the Treaty’s
//   Scientific Advisory Group" is.
// - "the Review Conference" printed after a review conference named by its ordinal or year in the paragraph is that conference
//   (80/71 PP15, 78/67 PP16, 79/78 PP16: the Tenth of the BWC; 80/39 PP15: the NPT's 2026, the Eleventh; 79/79 PP3: the Sixth),
//   not one node for every review conference of the instrument; "each subsequent Review Conference" stays generic.
// - "the Implementation Support Unit" is the unit of the convention named nearest (in the paragraph, else last in the
//   resolution): the BWC's (78/67, 79/78, 79/79, 80/71), the CCW's (78/64, 79/75, 80/68), the Convention on Cluster Munitions'
//   (79/58, 80/52), one node each where one node held all three.
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_62: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/62', date: '2024-12-02' };
const { attributions, extract, relations } = oneParagraph({ ctx: GA79_62, kind: 'preambular' });

const LAWS_GGE = 'Organization:Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems';
const CCW = 'Framework:Convention on Certain Conventional Weapons';

describe('a body established under a treaty is PART_OF the treaty', () => {
  it('A/RES/79/62 PP7: "the Group of Governmental Experts on ... Lethal Autonomous Weapons Systems, established under the Convention on ... Certain Conventional Weapons ..."', () => {
    const PP7 =
      'Welcoming the interest and sustained efforts on these issues, in particular through the ongoing and valuable work of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems, established under the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects, and in this regard underlining the significant progress made in these discussions as well as the various proposals presented,';
    expect(attributions(PP7)).toContain(`PART_OF ${LAWS_GGE} -> ${CCW}`);
  });

  it('A/RES/78/68 OP186: "the OSPAR Commission established by the Convention for the Protection of the Marine Environment of the North-East Atlantic"', () => {
    const OP186 =
      'Notes, in this regard, the enhanced cooperation between the OSPAR Commission established by the Convention for the Protection of the Marine Environment of the North-East Atlantic and the North-East Atlantic Fisheries Commission;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
    expect(attributions(OP186, 'operative', ctx)).toContain(
      'PART_OF Organization:OSPAR Commission -> Framework:Convention for the Protection of the Marine Environment of the North-East Atlantic',
    );
  });

  it('guard: a body still to come, "the Conference of the States Parties to be established pursuant to the Convention" (A/RES/79/243 OP4): no PART_OF', () => {
    const OP4 =
      'Decides that, until the Conference of the States Parties to be established pursuant to the Convention decides otherwise, the account referred to in article 56 of the Convention will be operated by the United Nations Office on Drugs and Crime;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/243', date: '2024-12-24' };
    expect(attributions(OP4, 'operative', ctx).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: what a treaty sets up that is no body, "the nuclear-weapon-free zone established by the Treaty of Tlatelolco" (A/RES/80/61 PP13), and a charter\'s organ: no PART_OF a framework', () => {
    const PP13 =
      'Recognizing the cooperation between the Regional Centre and the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean on strengthening the nuclear-weapon-free zone established by the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco), as well as its efforts in promoting peace and disarmament education, especially among youth,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/61', date: '2025-12-01' };
    expect(attributions(PP13, 'preambular', ctx).filter((a) => a.startsWith('PART_OF') && a.includes('-> Framework:'))).toEqual([]);
    // (a made-up near sentence: the Court is the Organization's principal organ, not the Charter's part)
    const charter = 'Recalling the role of the International Court of Justice, established by the Charter of the United Nations as the principal judicial organ,';
    expect(attributions(charter).filter((a) => a.startsWith('PART_OF') && a.includes('-> Framework:'))).toEqual([]);
  });
});

describe('"the Review Conference" after a review conference named by its ordinal or year is that conference', () => {
  const BWC_TENTH = 'Event:Tenth Review Conference (Biological Weapons Convention)';
  const BWC_ANY = 'Event:Review Conference (Biological Weapons Convention)';
  const BWC = 'Recalling the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, ';

  it('A/RES/80/71 PP15 (78/67 PP16, 79/78 PP16): "that the Tenth Review Conference shall be held in Geneva ..., and that the Review Conference should review the operation of the Convention"', () => {
    const PP15 =
      'Recalling with appreciation the decision of the Ninth Review Conference that the Tenth Review Conference shall be held in Geneva in an in-person format in accordance with the regular practice under the Convention, not later than 2027, and that the Review Conference should review the operation of the Convention, taking into account, inter alia, new scientific and technological developments relevant to the Convention, the progress made by States Parties on the implementation of the Convention and progress of the implementation of decisions and recommendations agreed upon at the Ninth Review Conference, taking into account, as appropriate, decisions and recommendations reached at previous Review Conferences,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/71', date: '2025-12-01' };
    // (the Convention named in full before, as PP1 of the resolution does)
    const events = extractKeys(BWC + PP15, ctx);
    expect(events).toContain(BWC_TENTH);
    expect(events).not.toContain(BWC_ANY);
  });

  it('A/RES/80/39 PP15: "the pivotal 2026 Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons ... that the Review Conference will conclude successfully"', () => {
    const PP15 =
      'Looking ahead to the pivotal 2026 Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons, which will mark the culmination of the eleventh review cycle of the Treaty, underlining the significant expectation of many States Parties to that Treaty that the Review Conference will conclude successfully across all three pillars, and encouraging all its States Parties to spare no effort in working actively and constructively towards that goal,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/39', date: '2025-12-01' };
    expect(relations(PP15, 'preambular', ctx)).toContain('EMPHASIZES Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(extractKeys(PP15, ctx)).not.toContain('Event:Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('A/RES/79/79 PP3: "meetings agreed by the Review Conference" is the Sixth; guard: "at each subsequent Review Conference" names none of them', () => {
    const PP3 =
      'Noting that the Implementation Support Unit was established within the Geneva branch of the United Nations Office for Disarmament Affairs by the decision of the Sixth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction to provide administrative support to meetings agreed by the Review Conference as well as comprehensive implementation and universalization of the Convention and the exchange of confidence-building measures, and stressing at the same time that its mandate should be reviewed by States parties at each subsequent Review Conference,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/79', date: '2024-12-02' };
    const rel = relations(PP3, 'preambular', ctx);
    expect(rel).toContain('NOTES Event:Sixth Review Conference (Biological Weapons Convention)');
    expect(rel).not.toContain(`NOTES ${BWC_ANY}`);
    expect(rel).toContain(`EMPHASIZES ${BWC_ANY}`);
  });

  it('guard: "the Review Conference" with no review conference named before it in the paragraph keeps its generic key (A/RES/78/42 OP14)', () => {
    const OP14 =
      'Encourages States parties to the Treaty on the Non-Proliferation of Nuclear Weapons to improve the measurability of the implementation of nuclear disarmament obligations and commitments, as well as the establishment of a structured dialogue on this issue at the Preparatory Committee meetings and at the Review Conference on these improved and more structured reports;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/42', date: '2023-12-04' };
    expect(extractKeys(OP14, ctx, 'operative').filter((k) => k.includes('Review Conference') && /Eleventh|Tenth|Ninth/.test(k))).toEqual([]);
  });
});

describe('each convention has its own Implementation Support Unit', () => {
  const unitKeys = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative'): string[] =>
    extract(text, kind, ctx).mentions.filter((m) => m.name === 'Implementation Support Unit' || m.key.startsWith('Organization:Implementation Support Unit')).map((m) => m.key);

  it('A/RES/80/68 OP6 "Welcomes the work of the Implementation Support Unit", after PP2 named the CCW: the CCW\'s unit', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/68', date: '2025-12-01' };
    extract(
      'Recalling with satisfaction the adoption and entry into force of the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects,',
      'preambular',
      ctx,
    );
    expect(unitKeys('Welcomes the work of the Implementation Support Unit;', ctx, 'operative')).toEqual(['Organization:Implementation Support Unit (Convention on Certain Conventional Weapons)']);
  });

  it('A/RES/80/71 OP13 (the BWC) and A/RES/80/52 PP22 (the Convention on Cluster Munitions): two units, not one node', () => {
    const bwc: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/71', date: '2025-12-01' };
    extract('Recalling the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction,', 'preambular', bwc);
    const ccm: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/52', date: '2025-12-01' };
    extract('Recalling the Convention on Cluster Munitions,', 'preambular', ccm);
    const ofBwc = unitKeys('Notes with appreciation the work of the Implementation Support Unit;', bwc, 'operative');
    const ofCcm = unitKeys('Noting the work of the Implementation Support Unit,', ccm, 'preambular');
    expect(ofBwc).toEqual(['Organization:Implementation Support Unit (Biological Weapons Convention)']);
    expect(ofCcm).toEqual(['Organization:Implementation Support Unit (Convention on Cluster Munitions)']);
  });

  it('guard: other units keep their names ("the Joint Inspection Unit", A/RES/78/276 PP2)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/276', date: '2024-03-01' };
    expect(extract('Recalling the Convention on Cluster Munitions, and the reports of the Joint Inspection Unit,', 'preambular', ctx).mentions.map((m) => m.key)).toContain(
      'Organization:Joint Inspection Unit',
    );
  });
});

function extractKeys(text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'preambular'): string[] {
  return extract(text, kind, ctx).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
}
