// Misses found by the session-18 audit aud18d: A/RES/79/283 (Decade for Afforestation and Reforestation), A/RES/79/291
// (World Horse Day), A/RES/79/269 (International Day of Peaceful Coexistence), A/RES/79/292 (internally displaced persons
// from Abkhazia, Georgia), A/RES/79/294 (International Day of Deafblindness), and the same forms in other texts. Each case
// quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/283', date: '2025-04-16' };

/** the verb relations of each paragraph, read in order with one context (what one paragraph names, the next may refer back to) */
function relationsInOrder(paragraphs: readonly (readonly ['preambular' | 'operative', string])[], ctx: RecognizeContext): string[][] {
  return relationsByParagraph({ ...ctx }, paragraphs.map(([kind, text]) => ({ kind, text })));
}

describe('"the Decade" after the decade a text proclaims is that decade, even after another one is named', () => {
  const OP1 =
    'Decides to proclaim the period 2027–2036 as the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management, within existing structures and available resources, with the objective of raising global awareness, fostering political will, mobilizing action at all levels and strengthening international cooperation and capacity-building to halt and reverse the loss of forest cover worldwide and to support efforts in afforestation and reforestation in line with sustainable forest management, in alignment with relevant global frameworks;';
  const OP2 =
    'Emphasizes the need for full consistency and coordination between the implementation of the Decade and existing global frameworks, including the United Nations Decade on Ecosystem Restoration (2021–2030) and the United Nations strategic plan for forests 2017–2030 and its global forest goals, and relevant United Nations major outcome documents and multilateral environmental agreements, ensuring that efforts are mutually reinforcing and contribute to long-term global forest sustainability;';
  const OP3 =
    'Invites the United Nations Environment Programme, the Food and Agricultural Organization of the United Nations and the secretariat of the United Nations Forum on Forests to facilitate the observance of the Decade;';
  const AFFORESTATION = 'Event:Decade for Afforestation and Reforestation in line with Sustainable Forest Management';
  const RESTORATION = 'Event:Decade on Ecosystem Restoration';

  it('A/RES/79/283 OP1-OP3: "to facilitate the observance of the Decade" after OP2 names the Decade on Ecosystem Restoration', () => {
    const [op1, op2, op3] = relationsInOrder([['operative', OP1], ['operative', OP2], ['operative', OP3]], GA);
    expect(op1).toContain(`DECIDES ${AFFORESTATION}`);
    expect(op2).toContain(`EMPHASIZES ${AFFORESTATION}`);
    expect(op2).toContain(`EMPHASIZES ${RESTORATION}`);
    expect(op3).toContain(`INVITES ${AFFORESTATION}`);
    expect(op3).not.toContain(`INVITES ${RESTORATION}`);
  });

  it('A/RES/78/321 OP1-OP2: "to observe the Decade of Action ... raising awareness of the Decade" after OP1 names the International Decade of Sciences', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/321', date: '2024-08-13' };
    const [, op2] = relationsInOrder(
      [
        [
          'operative',
          'Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric Sciences, within existing structures, available resources and voluntary contributions, to address the challenges associated with melting glaciers and changes to the cryosphere by advancing related scientific research and monitoring, under the overarching goal of advancing global scientific cooperation and sustainable development efforts as articulated in the International Decade of Sciences for Sustainable Development, 2024–2033;',
        ],
        [
          'operative',
          'Invites all States Members of the United Nations, all relevant organizations of the United Nations system, other global, regional and subregional organizations and Indigenous Peoples, as well as other relevant stakeholders, including academia, civil society organizations, the private sector and individuals, to observe the Decade of Action as appropriate, at all levels, by promoting activities aimed at raising awareness of the Decade and the importance of glaciers, snow and ice in the climate system and the hydrological cycle;',
        ],
      ],
      ctx,
    );
    expect(op2).toContain('INVITES Event:Decade of Action for Cryospheric Sciences');
    expect(op2).not.toContain('INVITES Event:International Decade of Sciences for Sustainable Development');
  });

  it('guard: a decade proclaimed by a resolution the text recalls is not its subject (A/RES/79/276 PP, OP1-OP2)', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/276', date: '2025-03-26' };
    const [, , op2] = relationsInOrder(
      [
        [
          'preambular',
          'Recalling its resolution 72/239 of 20 December 2017, in which it proclaimed 2019–2028 the United Nations Decade of Family Farming, which raises the profile of the role of family farming in contributing to the implementation of the 2030 Agenda,',
        ],
        [
          'operative',
          'Takes note with appreciation of the report of the Secretary-General on the implementation of the United Nations Decade of Action on Nutrition (2016–2025) covering the period 2022–2023;',
        ],
        [
          'operative',
          'Also takes note with appreciation of the organization of informal consultations in 2020 by the Food and Agriculture Organization of the United Nations and the World Health Organization, at the midterm of the Decade, to review progress made;',
        ],
      ],
      ctx,
    );
    expect(op2).toContain('NOTES Event:Decade of Action on Nutrition');
    expect(op2).not.toContain('NOTES Event:Decade of Family Farming');
  });

  it('guard: "the Decade of ..." after the proclaimed decade is the longer name printed (A/RES/78/290 PP10 form)', () => {
    const [, pp] = relationsInOrder(
      [
        ['operative', OP1],
        [
          'preambular',
          'Recalling the Decade of Action for Road Safety 2011–2020, and the efforts made in its implementation,',
        ],
      ],
      GA,
    );
    expect(pp).toContain('RECALLS Event:Decade of Action for Road Safety');
    expect(pp).not.toContain(`RECALLS ${AFFORESTATION}`);
  });
});

describe('a framework whose footnote cites the treaty-body decision that adopted it was ADOPTED by that decision', () => {
  const adopted = (id: string, text: string, after: string, note: string) =>
    extractWithNotes(id, text, [{ after, mark: after.replace(/^\D+/, ''), text: note }], { ...GA })
      .attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);
  const CP21 = 'Resolution:Conference of the Parties to the United Nations Framework Convention on Climate Change decision 1/CP.21';

  it('A/RES/79/283 PP9: "the Paris Agreement,4" with "4 Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21."', () => {
    const text =
      'Recalling the United Nations Framework Convention on Climate Change and the Paris Agreement,4 the Convention on Biological Diversity and the United Nations Convention to Combat Desertification, as well as the outcomes of the high-level political forum on sustainable development,';
    expect(adopted('PP9', text, 'Agreement,4', 'Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.')).toEqual([`${CP21} -> Framework:Paris Agreement`]);
  });

  it('A/RES/79/159 OP18: "the Kunming-Montreal Global Biodiversity Framework39" with "39 United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Further stresses the importance of enhancing the participation of Indigenous Peoples in processes and negotiations on issues that affect them, including the Paris Agreement and the Kunming-Montreal Global Biodiversity Framework39 under the Convention on Biological Diversity;';
    expect(adopted('OP18', text, 'Framework39', 'United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.')).toEqual([]);
  });

  it('guard: "See ..." cites where a thing is stated, not what adopted it', () => {
    const text = 'Recalling the Kunming-Montreal Global Biodiversity Framework,5';
    expect(adopted('PP1', text, 'Framework,5', 'See United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.')).toEqual([]);
  });

  it('guard: the treaty a protocol is "to" did not come out of the decision that adopted the protocol (A/RES/78/155 PP37)', () => {
    const text =
      'Noting the adoption by the Conference of the Parties to the Convention on Biological Diversity, at its tenth meeting, of the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity, 21 the objective of which is the fair and equitable sharing of benefits,';
    const found = adopted('PP37', text, 'Diversity, 21', 'United Nations Environment Programme, document UNEP/CBD/COP/10/27, annex, decision X/1.');
    expect(found.filter((a) => a.endsWith('-> Framework:Convention on Biological Diversity'))).toEqual([]);
  });
});
