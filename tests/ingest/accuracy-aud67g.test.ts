// Session-67 audit aud67g: A/RES/79/221 (Implementation of the Third United Nations Decade for the Eradication of Poverty
// (2018–2027), Second Committee) and its sister texts (78/164, 80/153). Each case quotes the file and paragraph it comes from; each
// fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({
  body: 'General Assembly',
  symbol,
  date,
  title: 'Implementation of the Third United Nations Decade for the Eradication of Poverty (2018–2027)',
});
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/221', '2024-12-19'), kind: 'operative' });
const ILO_204 = 'Framework:Transition from the Informal to the Formal Economy Recommendation';
const HABITAT_ASSEMBLY = 'Organization:United Nations Habitat Assembly';
const UN_HABITAT = 'Organization:United Nations Human Settlements Programme';

describe('a year after an instrument\'s name and a comma: " to the " of a "from the ... to the ..." topic is no other text', () => {
  it('A/RES/79/221 OP19 (78/164, 80/153): "the Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204)"', () => {
    const atts = attributions(
      'Encourages the international community to support developing countries in their efforts to eradicate poverty, emphasizing the important role of national efforts aimed at bringing workers from the informal to the formal economy, guided, as appropriate, by the Transition from the Informal to the Formal Economy Recommendation, 2015 (No. 204), of the International Labour Organization, complemented by national efforts on effective social policies, including social protection floors, and in this regard takes note of the Social Protection Floors Recommendation, 2012 (No. 202), of the International Labour Organization;',
    );
    expect(atts).toContain(`ADOPTED_ON ${ILO_204} -> Date:2015`);
    // (its sister, with no " to the " in its name, as before)
    expect(atts).toContain('ADOPTED_ON Framework:Social Protection Floors Recommendation -> Date:2012');
  });

  it('guard, A/RES/78/180 PP: "the Protocol to the Forced Labour Convention, 1930 (No. 29)": the year is the Convention\'s, not the Protocol\'s', () => {
    const atts = attributions(
      'Noting the urgency of combating trafficking in persons, and in this regard taking note of the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol to the Forced Labour Convention, 1930 (No. 29),',
      'preambular',
      ctxOf('A/RES/78/180', '2023-12-19'),
    );
    expect(atts.filter((a) => a.startsWith('ADOPTED_ON') && a.endsWith('Date:1930'))).toEqual([]);
  });
});

describe('an organ ending its sitting\'s name, its owner printed right after the sitting: PART_OF the owner', () => {
  it('A/RES/79/221 PP6 (78/164 PP6): "the second session of the United Nations Habitat Assembly of the United Nations Human Settlements Programme (UN-Habitat)"', () => {
    const atts = attributions(
      'Reaffirming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, from 17 to 20 October 2016, welcoming the convening of the second session of the United Nations Habitat Assembly of the United Nations Human Settlements Programme (UN-Habitat) held in Nairobi, from 5 to 9 June 2023, and welcoming also the convening of the twelfth session of the World Urban Forum, in Cairo, from 4 to 8 November 2024,',
      'preambular',
    );
    expect(atts).toContain(`PART_OF ${HABITAT_ASSEMBLY} -> ${UN_HABITAT}`);
    expect(atts).toContain(`SESSION_OF Event:second session of the United Nations Habitat Assembly -> ${HABITAT_ASSEMBLY}`);
  });

  it('guard, A/RES/78/168 PP12: "the second session of the United Nations Habitat Assembly, held in Nairobi" names no owner', () => {
    const atts = attributions(
      'Reaffirming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016, welcoming the convening of the second session of the United Nations Habitat Assembly, held in Nairobi, from 5 to 9 June 2023,',
      'preambular',
    );
    expect(atts.filter((a) => a.startsWith(`PART_OF ${HABITAT_ASSEMBLY}`))).toEqual([]);
  });

  it('A/RES/79/145 PP27: "the thirty-sixth session of the Committee on Fisheries of the Food and Agriculture Organization of the United Nations"', () => {
    const atts = attributions(
      'Noting with appreciation the outcomes, including the decisions and recommendations, of the thirty-sixth session of the Committee on Fisheries of the Food and Agriculture Organization of the United Nations, held in Rome from 8 to 12 July 2024,',
      'preambular',
      ctxOf('A/RES/79/145', '2024-12-12'),
    );
    expect(atts).toContain('PART_OF Organization:Committee on Fisheries -> Organization:Food and Agriculture Organization of the United Nations');
  });

  it('guard, A/RES/78/68 PP28: an organ whose name prints its own owner ("the Subcommittee ... of the Committee on Fisheries") is not read as the next owner\'s', () => {
    const atts = attributions(
      'Noting that the first session of the Subcommittee on Fisheries Management of the Committee on Fisheries of the Food and Agriculture Organization of the United Nations will be convened virtually from 15 to 18 January 2024,',
      'preambular',
      ctxOf('A/RES/78/68', '2023-12-05'),
    );
    expect(atts.filter((a) => a.startsWith('PART_OF Organization:Subcommittee on Fisheries Management') && a.endsWith('Food and Agriculture Organization of the United Nations'))).toEqual([]);
  });

  it('guard: an owner printed after the sitting\'s place, not right after its name, is not read ("..., held in Nairobi, of the Programme")', () => {
    const atts = attributions(
      'Welcomes the second session of the United Nations Habitat Assembly, held in Nairobi, and the support of the United Nations Human Settlements Programme;',
    );
    expect(atts.filter((a) => a.startsWith(`PART_OF ${HABITAT_ASSEMBLY}`))).toEqual([]);
  });
});
