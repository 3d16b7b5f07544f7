// Session-50 audit aud50a: First Committee forms, the gold set aud50a (A/RES/80/61 the Lima Regional Centre, 79/62 lethal
// autonomous weapons systems, 80/53 the Group of Scientific and Technical Experts on Nuclear Disarmament Verification) and the
// same forms across corpus-ga. Fixed:
// - a body "established under|by the <treaty>" is the treaty's organ, PART_OF it (79/62 PP7 and four more texts on the CCW's
//   Group of Governmental Experts; the OSPAR Commission, 78/68 and four more; the Special Fund of the OPCAT), as "the Treaty’s
//   Scientific Advisory Group" is.
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_62: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/62', date: '2024-12-02' };
const { attributions } = oneParagraph({ ctx: GA79_62, kind: 'preambular' });

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
