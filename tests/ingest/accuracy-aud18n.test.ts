// Misses found by the session-18 audit aud18n: A/RES/79/55 (radioactive sources), A/RES/80/18 (negative security
// assurances), A/RES/79/66 (the Lima Regional Centre), A/RES/80/194 (mercenaries), and the same forms in other texts.
// Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/55', date: '2024-12-02' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const JOINT = 'Framework:Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management';

describe('treaties and guidance of the radioactive-sources texts are named in full', () => {
  it('A/RES/79/55 PP16 (78/49 PP8, 80/26 PP8): "the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management"', () => {
    const text =
      'Noting further the importance of the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management 4 with respect to its provisions on the safe management of disused sealed sources,';
    expect(keys(text, 'Framework:')).toEqual([JOINT]);
    expect(relations(text)).toContain(`NOTES ${JOINT}`);
  });

  it('guard: "the Joint Convention" alone, with no full name before it in the resolution, is not taken for it', () => {
    const text = 'Noting with satisfaction that the Joint Convention entered into force on 18 June 2001,';
    expect(keys(text, 'Framework:')).not.toContain(JOINT);
  });

  it('A/RES/79/55 OP8: "the ... Code of Conduct ... and its supplementary Guidance on the Import and Export of Radioactive Sources and Guidance on the Management of Disused Radioactive Sources"', () => {
    const text =
      'Urges all States to maintain effective security of radioactive sources, including of storage facilities, that may pose a significant risk to individuals, society and the environment throughout their life cycle, and encourages all States to make political commitments to the non-legally binding and voluntary Code of Conduct on the Safety and Security of Radioactive Sources and its supplementary Guidance on the Import and Export of Radioactive Sources and Guidance on the Management of Disused Radioactive Sources, and to implement these, as appropriate, in order to maintain effective security of radioactive sources throughout their life cycle;';
    const r = relations(text, 'operative');
    expect(r).toContain('ENCOURAGES Framework:Guidance on the Import and Export of Radioactive Sources');
    expect(r).toContain('ENCOURAGES Framework:Guidance on the Management of Disused Radioactive Sources');
    expect(r).toContain('ENCOURAGES Framework:Code of Conduct on the Safety and Security of Radioactive Sources');
  });
});

describe('a list of the Atomic Energy Agency’s resolutions goes on past a subject with "and" inside', () => {
  it('A/RES/79/55 OP7: "General Conference resolutions GC(68)/RES/8, on nuclear and radiation safety, and GC(68)/RES/9, on nuclear security"', () => {
    const text =
      'Invites Member States, in particular those producing and distributing radioactive sources, to support and endorse the efforts of the International Atomic Energy Agency to enhance the safety and security of radioactive sources, as described in General Conference resolutions GC(68)/RES/8, on nuclear and radiation safety, and GC(68)/RES/9, on nuclear security, and to enhance the security of radioactive sources, as described in the Nuclear Security Plan 2022–2025;';
    const res = keys(text, 'Resolution:', 'operative');
    expect(res.filter((k) => k.endsWith('GC(68)/RES/8')).length).toBe(1);
    expect(res.filter((k) => k.endsWith('GC(68)/RES/9')).length).toBe(1);
    expect(relations(text, 'operative').filter((r) => r.startsWith('INVITES Resolution:')).length).toBe(2);
  });

  it('guard: the list stops where no Agency number follows ("GC(68)/RES/8, on nuclear and radiation safety, and the Code of Conduct")', () => {
    const text =
      'Invites Member States to support the efforts of the International Atomic Energy Agency, as described in General Conference resolution GC(68)/RES/8, on nuclear and radiation safety, and the Code of Conduct on the Safety and Security of Radioactive Sources;';
    expect(keys(text, 'Resolution:', 'operative').length).toBe(1);
  });
});

describe('two conventions of the Organization of African Unity printed with lowercase titles are two treaties', () => {
  const MERC = 'Framework:Organization of African Unity Convention for the Elimination of Mercenarism in Africa';
  const REFUGEES = 'Framework:Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa';

  it('A/RES/80/194 PP2 (79/162, 78/191): "the Organization of African Unity Convention for the elimination of mercenarism in Africa"', () => {
    const text =
      'Recalling also all of its relevant resolutions, and recalling further the relevant resolutions and international instruments adopted by the General Assembly, the Security Council, the Economic and Social Council and the Organization of African Unity, inter alia, the Organization of African Unity Convention for the elimination of mercenarism in Africa,2 as well as by the African Union,';
    expect(keys(text, 'Framework:')).toEqual([MERC]);
    expect(relations(text)).toContain(`RECALLS ${MERC}`);
    expect(relations(text)).toContain('RECALLS Organization:Organization of African Unity');
  });

  it('A/RES/78/185 PP1 and PP2 (80/188): "the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa of 1969", "the ... Convention of 1969"', () => {
    const pp1 =
      'Recalling the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa of 19691 and the African Charter on Human and Peoples’ Rights,2';
    expect(keys(pp1, 'Framework:')).toContain(REFUGEES);
    const pp2 =
      'Reaffirming that the 1951 Convention relating to the Status of Refugees, together with the 1967 Protocol thereto, as complemented by the Organization of African Unity Convention of 1969, remains the foundation of the international refugee protection regime in Africa,';
    expect(keys(pp2, 'Framework:')).toContain(REFUGEES);
    expect(keys(pp2, 'Framework:')).not.toContain(MERC);
  });

  it('guard: the Organization of African Unity alone stays the organization', () => {
    const text = 'Recalling the relevant resolutions adopted by the Organization of African Unity,';
    expect(keys(text, 'Framework:')).toEqual([]);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Organization of African Unity']);
  });
});

describe('INTERPOL is a known body: a unit "of the International Criminal Police Organization (INTERPOL)" is its part', () => {
  it('A/RES/79/55 PP24: "the Radiological and Nuclear Terrorism Prevention Unit of the International Criminal Police Organization (INTERPOL)"', () => {
    const text =
      'Noting that the Radiological and Nuclear Terrorism Prevention Unit of the International Criminal Police Organization (INTERPOL) works with nations to strengthen capabilities to counter radioactive source smuggling and prevent terrorists from acquiring such materials, and that INTERPOL Project Geiger promotes the sharing of sensitive law enforcement information on known nuclear smugglers and incidents involving radioactive materials,';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Radiological and Nuclear Terrorism Prevention Unit');
    expect(orgs).toContain('Organization:International Criminal Police Organization');
    expect(relations(text)).toContain('NOTES Organization:International Criminal Police Organization');
  });

  it('guard: the body named with no acronym stays one node (A/RES/78/226 OP13: "in cooperation with the International Criminal Police Organization and other relevant entities")', () => {
    const text =
      'Requests the United Nations Office on Drugs and Crime, in cooperation with the International Criminal Police Organization and other relevant entities of the United Nations Global Counter-Terrorism Coordination Compact, to continue to provide technical assistance to Member States, upon request, with a view to building their capacity to responsibly collect, record and share biometric data in order to detect and identify terrorists, including foreign terrorist fighters, in compliance with domestic and international law;';
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:International Criminal Police Organization');
  });

  it('guard: "INTERPOL Project Geiger" stays the project', () => {
    const text = 'Noting that INTERPOL Project Geiger promotes the sharing of sensitive law enforcement information,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:INTERPOL Project Geiger']);
  });
});
