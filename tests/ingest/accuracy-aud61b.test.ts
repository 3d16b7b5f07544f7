// Session-61 audit aud61b: A/RES/78/70 (Assistance in mine action, Fourth Committee) read against its first-reading gold
// (tests/gold/aud61b-A_RES_78_70.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard for the
// nearest sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/70', date: '2023-12-07' };
const { attributions } = oneParagraph({ ctx: CTX, kind: 'preambular' });
const notedAttributions = (id: string, text: string, after: string, mark: string, note: string): string[] =>
  extractWithNotes(id, text, [{ after, mark, text: note }], { ...CTX }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const UNMAS = 'Organization:United Nations Mine Action Service';
const DPO = 'Organization:Department of Peace Operations';
const SECRETARIAT = 'Organization:Secretariat of the United Nations';
const IACG = 'Organization:Inter-Agency Coordination Group on Mine Action';
const EORE = 'Organization:Explosive Ordnance Risk Education Advisory Group';
const UNICEF = "Organization:United Nations Children's Fund";

// A/RES/78/70 PP14 (80/74 PP14 the same), with its note 3
const PP14 =
  'Recognizing that, in addition to the primary role of Member States, the United Nations plays a significant role in the field of assistance in mine action, in particular through the implementation of the Strategy of the United Nations on Mine Action 2019–2023 by members of the Inter-Agency Coordination Group on Mine Action, 3 chaired by the Mine Action Service at the working level,';
const NOTE3 =
  'Consisting of the Mine Action Service of the Department of Peace Operations of the Secretariat, the Office for Disarmament Affairs of the Secretariat, the United Nations Development Programme, the United Nations Children’s Fund, the United Nations Office for Project Services, the Food and Agriculture Organization of the United Nations, the Office for the Coordination of Humanitarian Affairs of the Secretariat, the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women), the Office of the United Nations High Commissioner for Human Rights, the Office of the United Nations High Commissioner for Refugees, the World Food Programme and the World Health Organization. The United Nations Institute for Disarmament Research and the World Bank are observers.';

describe('a unit printed with its owner in a footnote is PART_OF it, as in the paragraph\'s own words', () => {
  it('A/RES/78/70 PP14 note 3: "the Mine Action Service of the Department of Peace Operations of the Secretariat"', () => {
    const att = notedAttributions('PP14', PP14, 'Mine Action, 3', '3', NOTE3);
    expect(att).toContain(`PART_OF ${UNMAS} -> ${DPO}`);
    // (the Secretariat units of the note, as before)
    expect(att).toContain(`PART_OF ${DPO} -> ${SECRETARIAT}`);
    expect(att).toContain('PART_OF Organization:Office for the Coordination of Humanitarian Affairs -> Organization:Secretariat of the United Nations');
  });

  it('guard: two members listed one after the other in the note are no unit and owner ("the United Nations Development Programme, the United Nations Children’s Fund")', () => {
    const att = notedAttributions('PP14', PP14, 'Mine Action, 3', '3', NOTE3);
    expect(att.filter((a) => a.startsWith('PART_OF Organization:United Nations Development Programme') || a.startsWith('PART_OF Organization:World Food Programme'))).toEqual([]);
  });
});

describe('a body chaired or co-chaired by another: LEADS, a footnote mark or "which is" before the participle', () => {
  it('A/RES/78/70 PP14: "the Inter-Agency Coordination Group on Mine Action, 3 chaired by the Mine Action Service at the working level"', () => {
    expect(notedAttributions('PP14', PP14, 'Mine Action, 3', '3', NOTE3)).toContain(`LEADS ${UNMAS} -> ${IACG}`);
  });

  it('A/RES/78/70 PP29 (80/74 PP29): "the Explosive Ordnance Risk Education Advisory Group, which is co-chaired by the United Nations Children’s Fund"', () => {
    const PP29 =
      'Noting with appreciation the role of the Explosive Ordnance Risk Education Advisory Group, which is co-chaired by the United Nations Children’s Fund and a rotating non-governmental organization and comprises 15 leading organizations in the mine action sector and which was formed to steer risk education efforts and to promote the use of robust behaviour change strategies to systematically protect affected populations from the threat of mines and explosive remnants of war,';
    expect(attributions(PP29)).toContain(`LEADS ${UNICEF} -> ${EORE}`);
  });

  it('guard: an officer co-chairing a panel leads nothing ("which was co-chaired by the Prime Minister of Antigua and Barbuda", A/RES/78/136 OP4)', () => {
    const text =
      'Welcomes the work of the High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States, which was co-chaired by the Prime Minister of Antigua and Barbuda, Gaston Browne, and the former Prime Minister of Norway, Erna Solberg, including its consultations with Member States;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: the sitting chaired stays the target ("the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France", A/RES/78/217 PP15)', () => {
    const text =
      'Looking forward to the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France and to be held in Geneva from 23 to 25 January 2024,';
    const leads = attributions(text).filter((a) => a.startsWith('LEADS'));
    expect(leads.length).toBe(1);
    expect(leads[0]).toMatch(/^LEADS Place:France -> Event:/);
  });
});

describe('a framework launched by a body, no comma between: LEADS', () => {
  const SG = 'Organization:Secretary-General of the United Nations';
  const STRATEGY = 'Framework:United Nations Disability Inclusion Strategy';

  it('A/RES/78/70 PP19 (80/74 PP19): "the United Nations Disability Inclusion Strategy launched by the Secretary-General in June 2019"', () => {
    const PP19 =
      'Noting further the relevance of the United Nations Disability Inclusion Strategy launched by the Secretary-General in June 2019 to bring about lasting change on disability inclusion across the United Nations system, in particular by ensuring, through advocacy and technical assistance, equal access for all persons with disabilities, including victims of mines and explosive ordnance,';
    const att = attributions(PP19);
    expect(att).toContain(`LEADS ${SG} -> ${STRATEGY}`);
    // (its launch's month, as before)
    expect(att).toContain(`STARTS_ON ${STRATEGY} -> Date:2019-06`);
  });

  it('guard: the comma form as before ("the United Nations Global Principles for Information Integrity, launched by the Secretary-General", A/RES/80/215 PP5)', () => {
    const text = 'Welcoming the United Nations Global Principles for Information Integrity, launched by the Secretary-General in June 2024,';
    expect(attributions(text)).toContain(`LEADS ${SG} -> Framework:United Nations Global Principles for Information Integrity`);
  });

  it('guard: a framework with a common noun after it is not what was launched ("the 2030 Agenda and the initiatives launched by the Secretary-General")', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development and the initiatives launched by the Secretary-General,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('a year printed after a framework\'s name and a comma is its ADOPTED_ON, no date (as "of <year>")', () => {
  // A/RES/78/70 PP2 note 1 (80/74 the same)
  const PP2 = 'Recalling also all relevant treaties and conventions1 and their review processes,';
  const NOTE1 =
    'These include the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction, 1997; the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended in 1996 (Protocol II to the 1980 Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects); the Protocol on Explosive Remnants of War, 2003 (Protocol V to the 1980 Convention); the Convention on Cluster Munitions, 2008; the Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts 1977 (Protocol I); and the Convention on the Rights of Persons with Disabilities, 2006.';

  it('A/RES/78/70 PP2 note 1: the Mine Ban Convention 1997, Protocol V 2003, the Cluster Munitions Convention 2008, the CRPD 2006', () => {
    const x = extractWithNotes('PP2', PP2, [{ after: 'conventions1', mark: '1', text: NOTE1 }], { ...CTX });
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toEqual(
      expect.arrayContaining([
        'ADOPTED_ON Framework:Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction -> Date:1997',
        'ADOPTED_ON Framework:Protocol on Explosive Remnants of War -> Date:2003',
        'ADOPTED_ON Framework:Convention on Cluster Munitions -> Date:2008',
        'ADOPTED_ON Framework:Convention on the Rights of Persons with Disabilities -> Date:2006',
      ]),
    );
    // (an instrument's year is no date the paragraph states: accuracy-acc14)
    expect(x.mentions.filter((m) => m.kind === 'Date').map((m) => m.key)).not.toEqual(expect.arrayContaining(['Date:1997', 'Date:2003', 'Date:2008', 'Date:2006']));
    // (the year of the amendment, "as amended in 1996", dates nothing)
    expect(att.filter((a) => a.endsWith('-> Date:1996'))).toEqual([]);
  });

  it('the paragraph\'s own words: "United Nations Convention on the Law of the Sea, 1982; and International Convention ..." (A/RES/78/69, the oceans texts)', () => {
    const text = 'Recalling the International Convention for the Safety of Life at Sea, 1974, as amended; the United Nations Convention on the Law of the Sea, 1982;';
    expect(attributions(text)).toEqual(
      expect.arrayContaining([
        'ADOPTED_ON Framework:International Convention for the Safety of Life at Sea -> Date:1974',
        'ADOPTED_ON Framework:United Nations Convention on the Law of the Sea -> Date:1982',
      ]),
    );
  });

  it('guard: a publication cited by its author and year is not adopted ("Secretary-General’s Action Agenda on Internal Displacement, 2022.", A/RES/80/211 note 14)', () => {
    const x = extractWithNotes('PP30', 'Recalling the Action Agenda on Internal Displacement,14', [{ after: 'Displacement,14', mark: '14', text: 'Secretary-General’s Action Agenda on Internal Displacement, 2022.' }], { ...CTX });
    expect(x.attributions.filter((a) => a.type === 'ADOPTED_ON')).toEqual([]);
  });

  it('guard: a year opening a range or a name after the comma dates nothing ("the Sendai Framework for Disaster Risk Reduction, 2015–2030", "the Goals, 2030 Agenda")', () => {
    expect(attributions('Recalling the Sendai Framework for Disaster Risk Reduction, 2015–2030,').filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
    expect(attributions('Recalling the Sustainable Development Goals, 2030 Agenda targets and the indicators,').filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
