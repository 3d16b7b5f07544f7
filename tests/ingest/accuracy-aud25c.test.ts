// Misses found by the session-25 audit aud25c: A/RES/80/187 (Office of the United Nations High Commissioner for Refugees) and
// A/RES/79/181 (situation of human rights in the Democratic People's Republic of Korea), and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const UNHCR: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/187', date: '2025-12-15' };
const DPRK: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/181', date: '2024-12-17' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: UNHCR, kind: 'operative' });

describe('"the 1967 Protocol thereto" after the refugee convention is the Protocol relating to the Status of Refugees', () => {
  const PROTOCOL = 'Framework:Protocol relating to the Status of Refugees';

  it('A/RES/80/187 OP5: "the 1951 Convention relating to the Status of Refugees 3 and the 1967 Protocol thereto4"', () => {
    const text =
      'Reaffirms the 1951 Convention relating to the Status of Refugees 3 and the 1967 Protocol thereto4 as the foundation of the international refugee protection regime, recognizes the importance of their full and effective application by States Parties;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Convention relating to the Status of Refugees', PROTOCOL]);
    expect(relations(text)).toContain(`REAFFIRMS ${PROTOCOL}`);
  });

  it('A/RES/79/181 OP2 (v): "... under the 1951 Convention relating to the Status of Refugees 19 and the 1967 Protocol thereto 20 in relation to refugees"', () => {
    const text =
      'Urges States parties to comply with their obligations under the 1951 Convention relating to the Status of Refugees 19 and the 1967 Protocol thereto 20 in relation to refugees from the Democratic People’s Republic of Korea who are covered by those instruments;';
    expect(keys(text, 'Framework:', 'operative', { ...DPRK })).toContain(PROTOCOL);
  });

  it('the same node as the protocol printed with its title (A/RES/80/187 OP44 "the 1951 Convention and the 1967 Protocol relating to the status of refugees")', () => {
    const text =
      'Stresses the importance of processing asylum applications in accordance with the 1951 Convention and the 1967 Protocol relating to the status of refugees;';
    expect(keys(text, 'Framework:Protocol')).toEqual([PROTOCOL]);
  });

  it('guard: "the Optional Protocol thereto" after another convention stays that convention\'s optional protocol (A/RES/80/186 OP8)', () => {
    const text =
      'Calls upon States to comply with their obligations under the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto;';
    expect(keys(text, 'Framework:Optional')).toEqual(['Framework:Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women']);
  });

  it('guard: a protocol named with its year and its convention stays as printed ("the 2005 Protocol to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation")', () => {
    const text =
      'Calls upon States to become parties to the 2005 Protocol to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation;';
    expect(keys(text, 'Framework:2005')).toEqual(['Framework:2005 Protocol to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation']);
  });
});

describe('"Parties to the <year> Convention": the convention named before with that year', () => {
  const STATELESS = 'Framework:Convention relating to the Status of Stateless Persons';
  const REDUCTION = 'Framework:Convention on the Reduction of Statelessness';

  it('A/RES/80/187 OP8: "notes that 99 States are now Parties to the 1954 Convention and 82 States are Parties to the 1961 Convention"', () => {
    const text =
      'Welcomes recent accessions to the 1954 Convention relating to the Status of Stateless Persons5 and the 1961 Convention on the Reduction of Statelessness, 6 notes that 99 States are now Parties to the 1954 Convention and 82 States are Parties to the 1961 Convention, encourages States that have not done so to give consideration to acceding to those instruments;';
    const rel = relations(text);
    expect(rel).toContain(`NOTES ${STATELESS}`);
    expect(rel).toContain(`NOTES ${REDUCTION}`);
  });

  it('A/RES/80/187 OP8 read after OP5: a later paragraph\'s "Parties to the 1961 Convention"', () => {
    const ctx = { ...UNHCR };
    extract('Welcomes recent accessions to the 1961 Convention on the Reduction of Statelessness;', 'operative', ctx);
    expect(relations('Notes that 82 States are Parties to the 1961 Convention;', 'operative', ctx)).toEqual([`NOTES ${REDUCTION}`]);
  });

  it('guard: "Parties to the <full name>" is the convention named in full (no year)', () => {
    expect(keys('Notes that 196 States are Parties to the Convention on the Rights of the Child;', 'Framework:')).toEqual(['Framework:Convention on the Rights of the Child']);
  });
});

describe('"Renews its call upon" says the call again: REITERATES, as "Reiterates its call upon"', () => {
  it('A/RES/80/187 OP89: "Renews its call upon all States ... the implementation of the Global Compact on Refugees"', () => {
    const text =
      'Renews its call upon all States and other relevant stakeholders to provide the necessary support for the implementation of the Global Compact on Refugees and its comprehensive refugee response framework;';
    expect(relations(text)).toEqual(['REITERATES Framework:Global Compact on Refugees']);
  });

  it('guard: "renews" of a thing, not of a call, opens no typed clause (A/RES/79/161 PP: "the Sevilla Commitment, which renews the global framework")', () => {
    const text =
      'Recalling also the Fourth International Conference on Financing for Development and its outcome, the Sevilla Commitment, which renews the global framework for financing for development,';
    expect(relations(text, 'preambular').every((r) => r.startsWith('RECALLS '))).toBe(true);
  });
});

describe('a bare number the resolution already cited as the Human Rights Council\'s is that resolution', () => {
  const OP8 =
    'Welcomes the latest report of the United Nations High Commissioner for Human Rights on steps taken pursuant to Human Rights Council resolutions 34/24 of 24 March 2017, 40/20 of 22 March 2019 and 46/17 of 23 March 2021, and also welcomes Council resolution 55/21;';
  const OP10 =
    'Reiterates its appreciation for the work of the commission of inquiry, which was confirmed by the United Nations High Commissioner for Human Rights in the report to the Human Rights Council submitted pursuant to resolutions 34/24, 40/20 and 46/17;';

  it('A/RES/79/181 OP10 after OP8: "submitted pursuant to resolutions 34/24, 40/20 and 46/17"', () => {
    const ctx = { ...DPRK };
    extract(OP8, 'operative', ctx);
    expect(keys(OP10, 'Resolution:', 'operative', ctx)).toEqual(['Resolution:A/HRC/RES/34/24', 'Resolution:A/HRC/RES/40/20', 'Resolution:A/HRC/RES/46/17']);
  });

  it('A/RES/78/234 OP30: "Recalls Human Rights Council resolutions 43/1 and 47/21, ... submitted pursuant to resolution 43/1" (one paragraph)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/234', date: '2023-12-22' };
    const text =
      'Recalls Human Rights Council resolutions 43/1 and 47/21, and also recalls the report of the United Nations High Commissioner for Human Rights and the annex thereto, submitted pursuant to resolution 43/1;';
    expect([...new Set(keys(text, 'Resolution:', 'operative', ctx))]).toEqual(['Resolution:A/HRC/RES/43/1', 'Resolution:A/HRC/RES/47/21']);
  });

  it('guard: with no Council citation of that number before, the bare number is the Assembly\'s (A/RES/79/181 OP10 read alone)', () => {
    expect(keys(OP10, 'Resolution:', 'operative', { ...DPRK })).toEqual(['Resolution:A/RES/34/24', 'Resolution:A/RES/40/20', 'Resolution:A/RES/46/17']);
  });

  it('guard: "its resolution" is the Assembly\'s own even after the Council\'s of that number', () => {
    const ctx = { ...DPRK };
    extract(OP8, 'operative', ctx);
    expect(keys('Recalls its resolution 46/17 of 5 December 1991;', 'Resolution:', 'operative', ctx)).toEqual(['Resolution:A/RES/46/17']);
  });
});

describe('an event is not dated by a date a later clause of the paragraph speaks of', () => {
  const PP8 =
    'Encouraging the Democratic People’s Republic of Korea to implement the recommendations contained in the report of the Special Rapporteur on the rights of persons with disabilities on her visit to the Democratic People’s Republic of Korea in May 2017, submitted to the Human Rights Council at its thirty-seventh session,10 and taking note with appreciation of the submission by the Government of the Democratic People’s Republic of Korea in December 2023 of the written replies 11 to the list of issues sent by the Committee on the Rights of Persons with Disabilities, 12';

  it('A/RES/79/181 PP8: the thirty-seventh session of the Council is not dated December 2023', () => {
    const a = attributions(PP8, 'preambular', { ...DPRK });
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(a).toContain('SESSION_OF Event:thirty-seventh session of the Human Rights Council -> Organization:Human Rights Council');
    expect(a.filter((x) => x.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: a later clause that speaks of the sitting again still dates it (A/RES/78/234 OP32 "and in this regard notes that the session was held from 8 to 12 August 2022")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/234', date: '2023-12-22' };
    const text =
      'Welcomes the report of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action on its eighth session,19 and in this regard notes that the session was held from 8 to 12 August 2022;';
    expect(attributions(text, 'operative', ctx).filter((x) => x.startsWith('STARTS_ON'))).toEqual([
      'STARTS_ON Event:eighth session of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action -> Date:2022-08-08',
    ]);
  });

  it('guard: a date in the same clause still dates the sitting', () => {
    const text = 'Taking note of the report submitted to the Human Rights Council at its thirty-seventh session, in March 2018, and of the replies,';
    expect(attributions(text, 'preambular', { ...DPRK })).toContain('STARTS_ON Event:thirty-seventh session of the Human Rights Council -> Date:2018-03');
  });
});

describe('the comprehensive regional protection and solutions framework (MIRPS)', () => {
  it('A/RES/80/187 OP25: "... such as the comprehensive regional protection and solutions framework (MIRPS), the Intergovernmental Authority on Development regional approach"', () => {
    const text =
      'Notes with appreciation the efforts made by the increased number of countries applying the comprehensive refugee response framework that is part of the Global Compact on Refugees, including through regional approaches, where applicable, such as the comprehensive regional protection and solutions framework (MIRPS), the Intergovernmental Authority on Development regional approach, the Solutions Strategy for Afghan Refugees and the Central African Republic Solutions Support Platform (CAR-SSP);';
    expect(relations(text)).toContain('NOTES Framework:Comprehensive Regional Protection and Solutions Framework');
  });

  it('guard: "the comprehensive refugee response framework" stays no name', () => {
    expect(keys('Notes the comprehensive refugee response framework;', 'Framework:')).toEqual([]);
  });
});
