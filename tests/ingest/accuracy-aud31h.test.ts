// Misses found by the session-31 audit aud31h: framework names cut short or printed short after their full name. Each case
// quotes the file and paragraph; each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import { gaResolution as resolution, notedParagraph as para, relationsById, relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const frameworksOf = (relations: string[] | undefined): string[] => (relations ?? []).filter((r) => r.includes(' Framework:'));

describe('a framework printed short after its full name, topic and all, in the same resolution', () => {
  it('A/RES/78/69 OP15: "the Criteria and Guidelines on the Transfer of Marine Technology ... the Criteria and Guidelines" is one instrument', () => {
    const found = relationsById(
      resolution('A/RES/78/69', '2023-12-05', [
        para(
          'OP15',
          'Recalls the importance of the transfer of marine technology and, in this regard, encourages States to use the Criteria and Guidelines on the Transfer of Marine Technology adopted by the Assembly of the Intergovernmental Oceanographic Commission, and recalls the important role of the secretariat of that Commission in the implementation and promotion of the Criteria and Guidelines;',
        ),
      ]),
    );
    expect(found.OP15).not.toContain('RECALLS Framework:Criteria and Guidelines');
    expect(found.OP15).toContain('RECALLS Framework:Criteria and Guidelines on the Transfer of Marine Technology');
  });

  it('A/RES/78/59 PP23-PP26: "the Political Agreement for Peace and Reconciliation" and "the Political Agreement" after "... in the Central African Republic"', () => {
    const found = relationsById(
      resolution('A/RES/78/59', '2023-12-05', [
        para('PP23', 'Noting the importance of the harmonized implementation of the Political Agreement for Peace and Reconciliation in the Central African Republic, and of addressing the root causes of conflict in the country,'),
        para('PP24', 'Welcoming the efforts to revitalize the architecture of the Political Agreement for Peace and Reconciliation, and disassociate armed groups from violent struggle,'),
        para('PP26', 'Reiterating the need for the effective implementation of the Political Agreement, including through the provision of political, security, technical and financial support,'),
      ]),
    );
    expect(frameworksOf(found.PP24)).toEqual(['WELCOMES Framework:Political Agreement for Peace and Reconciliation in the Central African Republic']);
    expect(frameworksOf(found.PP26)).toEqual(['REITERATES Framework:Political Agreement for Peace and Reconciliation in the Central African Republic']);
  });

  it('A/RES/78/69 OP143: "the Code of Conduct" after the Yaoundé code in the same paragraph is that code', () => {
    const found = relationsById(
      resolution('A/RES/78/69', '2023-12-05', [
        para(
          'OP143',
          'Welcomes the adoption in Yaoundé on 25 June 2013 of the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa, and calls upon States in the region to strengthen implementation of the Code of Conduct as soon as possible;',
        ),
      ]),
    );
    expect(found.OP143).not.toContain('CALLS_UPON Framework:Code of Conduct');
    expect(found.OP143).toContain('CALLS_UPON Framework:Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa');
  });

  it('guard: A/RES/78/72 OP16: another owner\'s guidelines ("... of the Committee on the Peaceful Uses of Outer Space") stay their own', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/78/72', body: 'General Assembly' }, [
      {
        text: 'Urges all Member States to implement, through relevant national mechanisms and consistent with the Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee and with the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space;',
      },
    ]);
    expect(op).toContain('URGES Framework:Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee');
    // (keyed by its full title since aud43f, as the agencies' guidelines are)
    expect(op).toContain('URGES Framework:Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space');
  });

  it('guard: A/RES/79/144 OP222: a plan named short before a longer one of the same words is another plan', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/79/144', body: 'General Assembly' }, [
      {
        text: 'Notes in this regard the revised Regional Action Plan on Marine Litter adopted at the Ministerial Meeting of the Baltic Marine Environment Protection Commission, the Regional Action Plan on Marine Litter of the Coordinating Body on the Seas of East Asia, originally adopted in 2008 and revised in 2019;',
      },
    ]);
    expect(op).toContain('NOTES Framework:Regional Action Plan on Marine Litter');
    expect(op).toContain('NOTES Framework:Regional Action Plan on Marine Litter of the Coordinating Body on the Seas of East Asia');
  });

  it('guard: A/RES/78/68 OP237: the short form with no full name before it in the resolution stays as printed', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/78/68', body: 'General Assembly' }, [
      { text: 'Recognizes the importance and valuable role of the Global Programme of Action and its three global partnerships;' },
    ]);
    expect(frameworksOf(op)).toEqual(['RECOGNIZES Framework:Global Programme of Action']);
  });
});

describe('official titles cut at "and the" or at a lower-case word inside them', () => {
  it('A/RES/78/49 OP7: the Bamako Convention reads on past "and the Control of Transboundary Movement ..."', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/78/49', body: 'General Assembly' }, [
      {
        text: 'Takes note of resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers of the Organization of African Unity, on the Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa;',
      },
    ]);
    expect(frameworksOf(op)).toEqual(['NOTES Framework:Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa']);
  });

  it('A/RES/78/155 OP18, OP20: the Nagoya Protocol in full and "the Nagoya Protocol" are one protocol', () => {
    const [op18, op20] = relationsByParagraph({ symbol: 'A/RES/78/155', body: 'General Assembly' }, [
      { text: 'Recalls with appreciation the entry into force of the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity on 12 October 2014;' },
      { text: 'Encourages parties to the Convention that have not yet done so to ratify or accede to the Nagoya Protocol;' },
    ]);
    const nagoya = 'Framework:Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity';
    expect(op18).toContain(`RECALLS ${nagoya}`);
    expect(op20).toContain(`ENCOURAGES ${nagoya}`);
  });

  it('A/RES/78/69 OP168: "the Guidelines on the Treatment of Persons Rescued at Sea" reads on past the lower-case "at"', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/78/69', body: 'General Assembly' }, [
      { text: 'Urges States to ensure the effective implementation of the amendments to the International Convention for the Safety of Life at Sea, as well as of the associated Guidelines on the Treatment of Persons Rescued at Sea;' },
    ]);
    expect(op).toContain('URGES Framework:Guidelines on the Treatment of Persons Rescued at Sea');
    expect(op).not.toContain('URGES Framework:Guidelines on the Treatment of Persons Rescued');
  });

  it('guard: A/RES/78/69 OP163: the two IMO codes one word apart ("Liquefied Gases" / "Dangerous Chemicals") stay two codes', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/78/69', body: 'General Assembly' }, [
      {
        text: 'Encourages States to consider becoming parties to the International Code for the Construction and Equipment of Ships carrying Liquefied Gases in Bulk and the International Code for the Construction and Equipment of Ships carrying Dangerous Chemicals in Bulk;',
      },
    ]);
    expect(frameworksOf(op)).toEqual([
      'ENCOURAGES Framework:International Code for the Construction and Equipment of Ships carrying Liquefied Gases in Bulk',
      'ENCOURAGES Framework:International Code for the Construction and Equipment of Ships carrying Dangerous Chemicals in Bulk',
    ]);
  });

  it('guard: A/RES/80/140 PP37: the Nagoya-Kuala Lumpur Supplementary Protocol printed short is not the Nagoya Protocol', () => {
    const [pp] = relationsByParagraph({ symbol: 'A/RES/80/140', body: 'General Assembly' }, [
      { text: 'Recalling the entry into force of the Nagoya-Kuala Lumpur Supplementary Protocol on 5 March 2018,', kind: 'preambular' },
    ]);
    expect(frameworksOf(pp)).toEqual(['RECALLS Framework:Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety']);
  });

  it('A/RES/78/106 PP6: "the Legislative Guide on Insolvency Law for Micro- and Small Enterprises" is not cut at the suspended hyphen; the Guide without it stays its own', () => {
    const [op] = relationsByParagraph({ symbol: 'A/RES/78/106', body: 'General Assembly' }, [
      { text: 'Recalls the Legislative Guide on Insolvency Law and the Legislative Guide on Insolvency Law for Micro- and Small Enterprises of the United Nations Commission on International Trade Law;' },
    ]);
    expect(frameworksOf(op)).toEqual(['RECALLS Framework:Legislative Guide on Insolvency Law', 'RECALLS Framework:Legislative Guide on Insolvency Law for Micro- and Small Enterprises']);
  });
});
