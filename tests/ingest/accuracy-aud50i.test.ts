// Session-50 audit aud50i: cooperation resolutions (the gold set aud50i: A/RES/79/136 INTERPOL, 79/326 the Commonwealth of
// Independent States, 79/11 GUAM) and the same forms across corpus-ga. Fixed:
// - "the INTERPOL General Assembly" is INTERPOL's own plenary organ (PART_OF INTERPOL), and "the ninetieth session of the INTERPOL
//   General Assembly" its session, where INTERPOL and the United Nations General Assembly were read (79/136 PP28, OP8, OP9).
// - "the Secretary-General of the Commonwealth", after the Commonwealth of Independent States was named in the paragraph, is
//   that organization's Secretary-General (79/326 OP2), not the United Nations'; the owner takes the clause's verb, as
//   "the Secretary-General of the Organization for Democracy and Economic Development – GUAM" (79/11 OP2) does.
// - INTERPOL's named tools (ID-Art, I-Familia, TDAWN, the Counter-Terrorism Criminal Analysis File) and its Global Complex for
//   Innovation, missed before (79/136 PP7, OP2, OP3, OP10, OP16; ID-Art also 79/133 OP32, 80/229 PP66).
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_136: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-06' };
const { attributions, keys, relations } = oneParagraph({ ctx: GA79_136, kind: 'operative' });

const INTERPOL = 'Organization:International Criminal Police Organization';
const INTERPOL_GA = 'Organization:General Assembly of the International Criminal Police Organization';
const UN_GA = 'Organization:General Assembly';

describe("INTERPOL's General Assembly is INTERPOL's organ, not the United Nations General Assembly", () => {
  it('A/RES/79/136 OP8: "the ninety-second session of the INTERPOL General Assembly, in Glasgow, ..."', () => {
    const OP8 =
      'Welcomes the convening of the ninety-second session of the INTERPOL General Assembly, in Glasgow, United Kingdom of Great Britain and Northern Ireland, from 4 to 7 November 2024;';
    const rel = relations(OP8);
    expect(rel).toContain('WELCOMES Event:ninety-second session of the General Assembly of the International Criminal Police Organization');
    expect(rel).not.toContain(`WELCOMES ${UN_GA}`);
    expect(keys(OP8, 'Organization:')).not.toContain(UN_GA);
  });
  it('A/RES/79/136 PP28: "in which the INTERPOL General Assembly recognized ...": the organ, PART_OF INTERPOL', () => {
    const PP28 =
      'Recalling that, during the ninetieth session of the INTERPOL General Assembly, held in New Delhi from 18 to 21 October 2022, INTERPOL released the inaugural Global Crime Trend Report and launched the first-ever law enforcement Metaverse; and taking note of INTERPOL resolution GA-2022-90-RES-01, in which the INTERPOL General Assembly recognized the high and growing volume of financial crime committed globally, and recognized corruption as being one of the key enabling factors and a means to commit crime,';
    const att = attributions(PP28, 'preambular');
    expect(att).toContain(`PART_OF ${INTERPOL_GA} -> ${INTERPOL}`);
    expect(att).toContain('HELD_IN Event:ninetieth session of the General Assembly of the International Criminal Police Organization -> Place:New Delhi');
    expect(relations(PP28, 'preambular')).toContain(`NOTES ${INTERPOL_GA}`);
    expect(relations(PP28, 'preambular')).not.toContain(`RECALLS ${UN_GA}`);
  });
  it('guard: "the General Assembly" printed alone is still the United Nations General Assembly (A/RES/79/136 OP4-like)', () => {
    const text = 'Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;';
    expect(relations(text)).toContain(`REQUESTS ${UN_GA}`);
    expect(relations(text)).not.toContain(`REQUESTS ${INTERPOL_GA}`);
  });
});

const GA79_326: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/326', date: '2025-08-26' };
const CIS = 'Organization:Commonwealth of Independent States';
const UN_SG = 'Organization:Secretary-General of the United Nations';

describe('"the Secretary-General of the Commonwealth" after the Commonwealth of Independent States is named', () => {
  it('A/RES/79/326 OP2: the Commonwealth\'s Secretary-General, and the Commonwealth takes the verb', () => {
    const OP2 =
      'Also notes the importance of strengthening cooperation and coordination between the United Nations system and the Commonwealth of Independent States, and invites the Secretary-General to hold for that purpose regular consultations with the Secretary-General of the Commonwealth , making use of appropriate inter-agency forums and formats, including consultations between the Secretary-General and the heads of regional organizations;';
    const rel = relations(OP2, 'operative', GA79_326);
    expect(rel).toEqual(expect.arrayContaining([`INVITES ${UN_SG}`, `INVITES Organization:Secretary-General of the Commonwealth of Independent States`, `INVITES ${CIS}`]));
  });
  it('guard: with no Commonwealth of Independent States named before, "the Commonwealth" names no such body', () => {
    const text = 'Invites the Secretary-General to hold regular consultations with the Secretary-General of the Commonwealth on the matter;';
    const rel = relations(text, 'operative', GA79_326);
    expect(rel.some((r) => r.includes('Commonwealth of Independent States'))).toBe(false);
  });
  it('A/RES/79/11 OP2 (unchanged): the Secretary-General of GUAM printed in full, and GUAM takes the verb', () => {
    const OP2 =
      'Emphasizes the importance of strengthening dialogue, cooperation and coordination between the United Nations system and the Organization for Democracy and Economic Development – GUAM, and to that end invites the Secretary-General of the United Nations to engage in regular consultations with the Secretary-General of the Organization for Democracy and Economic Development – GUAM, utilizing for that purpose the appropriate inter-institutional forums and formats, including the annual consultations between the Secretary-General of the United Nations and the heads of regional organizations;';
    const rel = relations(OP2, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/11', date: '2024-11-18' });
    expect(rel).toEqual(
      expect.arrayContaining([
        `INVITES ${UN_SG}`,
        'INVITES Organization:Secretary-General of the Organization for Democracy and Economic Development - GUAM',
        'INVITES Organization:Organization for Democracy and Economic Development - GUAM',
      ]),
    );
  });
});

describe("INTERPOL's named tools and its Global Complex for Innovation", () => {
  it('A/RES/79/136 OP10: "the I-Familia database, the Travel Documents Associated with Notices system"', () => {
    const OP10 =
      'Reaffirms the importance of close cooperation between the United Nations and INTERPOL in the global fight against trafficking in persons, and in this context stresses the importance of Member States making use of readily available INTERPOL capabilities, such as the International Child Sexual Exploitation Database, the Stolen and Lost Travel Document Database, the I-Familia database, the Travel Documents Associated with Notices system and the Nominal Database;';
    expect(relations(OP10)).toEqual(expect.arrayContaining(['EMPHASIZES Initiative:I-Familia', 'EMPHASIZES Initiative:Travel Documents Associated with Notices']));
  });
  it('A/RES/79/136 OP3 and A/RES/79/133 OP32: "the ID-Art mobile application", "the mobile app ID-Art"', () => {
    expect(relations('Takes note of innovative INTERPOL capabilities, including the Biometric Hub, the ID-Art mobile application and the Metaverse;')).toContain('NOTES Initiative:ID-Art');
    const OP32 =
      'Reaffirms, in this regard, the Red Lists of Cultural Objects at Risk of the International Council of Museums and the INTERPOL database of stolen works of art and the mobile app ID-Art as tools in the fight against illicit trafficking in cultural property, and calls upon all Member States to use those tools, as appropriate;';
    expect(relations(OP32, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/133', date: '2024-12-04' })).toContain('REAFFIRMS Initiative:ID-Art');
  });
  it('A/RES/79/136 OP2: "the Counter-Terrorism Criminal Analysis File"', () => {
    const text = 'Stresses the importance of Member States making full use of INTERPOL capabilities, notably the Stolen and Lost Travel Document Database, the Nominal Database, the Counter-Terrorism Criminal Analysis File and the Fingerprint Database;';
    expect(relations(text)).toContain('EMPHASIZES Initiative:Counter-Terrorism Criminal Analysis File');
  });
  it('A/RES/79/136 PP7: "its Global Complex for Innovation located in Singapore"', () => {
    const PP7 =
      'Acknowledging also the contributions derived from the global structure of the General Secretariat of INTERPOL, consisting of its seat in Lyon, France, its Global Complex for Innovation located in Singapore, its regional bureaux and liaison offices around the world and its Offices of the Special Representative at the United Nations, the European Union and the African Union,';
    expect(keys(PP7, 'Organization:', 'preambular')).toContain('Organization:INTERPOL Global Complex for Innovation');
  });
});
