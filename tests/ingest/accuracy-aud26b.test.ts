// Misses found by the session-26 audit aud26b: A/RES/78/163 (follow-up to the Second United Nations Conference on Landlocked
// Developing Countries), A/RES/78/182 (follow-up to the Fourth World Conference on Women), and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const LLDC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19' };
const WOMEN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: LLDC, kind: 'operative' });

const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';

describe('a participle said of a sitting a common noun names after the event, not of the event', () => {
  const OP38 =
    'Recalls its resolution 77/329, in which the General Assembly decided that the third United Nations Conference on Landlocked Developing Countries would be held in Kigali for a duration of four days, from 18 to 21 June 2024, and called upon all States Members of the United Nations and members of specialized agencies to participate actively in the Conference at the highest level possible;';
  const OP43 =
    'Takes note of the substantive and organizational preparations for the Conference, including the successful holding of the organizational session of the intergovernmental preparatory committee in New York, on 13 September 2023, and the three regional review meetings, with one meeting for the landlocked developing countries in Africa, jointly organized by the Government of Botswana, the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States and the Economic Commission for Africa, held in Gaborone on 29 and 30 May 2023, one meeting for the landlocked developing countries in Latin America, jointly organized by the Government of Paraguay, the Office of the High Representative and the Economic Commission for Latin America and the Caribbean, held in Asunción on 27 and 28 July 2023, and also takes note of the outcomes of those meetings;';

  it('A/RES/78/163 OP43: "the Conference, including ..., with one meeting for the landlocked developing countries in Africa, jointly organized by ..." organizes no Conference', () => {
    const ctx = { ...LLDC };
    extract(OP38, 'operative', ctx);
    const r = extract(OP43, 'operative', ctx);
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain(`NOTES ${LLDC3}`);
    expect(r.attributions.filter((a) => a.type === 'ORGANIZES' && a.target === LLDC3)).toEqual([]);
  });

  it('guard: the participle after the event\'s venue and dates is the event\'s (A/RES/78/163 OP38 form, "held in Kigali ..., organized by")', () => {
    const text =
      'Welcomes the holding of the third United Nations Conference on Landlocked Developing Countries in Kigali from 18 to 21 June 2024, jointly organized by the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States;';
    expect(attributions(text)).toContain(
      `ORGANIZES Organization:Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States -> ${LLDC3}`,
    );
  });

  it('A/RES/78/68 OP138: "the Technical Consultation ... of the Food and Agriculture Organization ..., and notes in this regard the regional workshops organized by" organizes no Consultation', () => {
    const text =
      'Recalls, in this regard, the adoption in 2022 of the Voluntary Guidelines for Trans-shipment by the Technical Consultation on Voluntary Guidelines for Trans-shipment of the Food and Agriculture Organization of the United Nations, calls for their implementation, including through regional fisheries management organizations and arrangements, and notes in this regard the regional workshops organized by the Food and Agriculture Organization of the United Nations to raise awareness;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('ORGANIZES '))).toEqual([]);
  });

  it('guard: a sitting joined to the event with "and the" shares the participle (A/RES/78/164 PP9)', () => {
    const text =
      'Welcoming the convening of the High-level Dialogue on Financing for Development held in New York on 20 September 2023 and the high-level meeting to review progress made in addressing the priorities of small island developing States through the implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway, convened under the auspices of the General Assembly,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/164', date: '2023-12-19' };
    expect(attributions(text, 'preambular', ctx)).toContain('ORGANIZES Organization:General Assembly -> Event:High-level Dialogue on Financing for Development @ 2023');
  });

  it('guard: "as well as the special session, ..., both hosted by" (A/RES/79/275 OP6)', () => {
    const text =
      'Takes note of the administrative decisions of the 2024 plenary meeting of the Kimberley Process, held from 12 to 15 November 2024, as well as the special session, held on 17 May 2024, both hosted by the United Arab Emirates in Dubai;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/275', date: '2025-03-06' };
    expect(attributions(text, 'operative', ctx)).toContain('HOSTS Place:United Arab Emirates -> Event:plenary meeting of the Kimberley Process @ 2024');
  });

  it('guard: an apposition that names the event itself by a common noun keeps the participle the event\'s', () => {
    const text =
      'Welcomes the third United Nations Conference on Landlocked Developing Countries, a meeting held at the highest possible level in Kigali from 18 to 21 June 2024, organized by the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States;';
    expect(attributions(text).filter((a) => a.startsWith('ORGANIZES ') && a.endsWith(LLDC3))).toHaveLength(1);
  });
});

describe('the International Think Tank for Landlocked Developing Countries', () => {
  const THINK_TANK = 'Organization:International Think Tank for Landlocked Developing Countries';
  const OP34 =
    'Takes note of scientific research undertaken by the International Think Tank for Landlocked Developing Countries, encourages the International Think Tank to continue to undertake its role of supporting the development efforts of the landlocked developing countries, urges those landlocked developing countries that have not yet done so to ratify, at their earliest convenience, the Multilateral Agreement for the Establishment of an International Think Tank for Landlocked Developing Countries, and invites relevant stakeholders to support the International Think Tank;';

  it('A/RES/78/163 OP34: named in full, then "the International Think Tank"', () => {
    const r = relations(OP34);
    expect(r).toContain(`NOTES ${THINK_TANK}`);
    expect(r).toContain(`ENCOURAGES ${THINK_TANK}`);
    expect(r).toContain(`INVITES ${THINK_TANK}`);
  });

  it('guard: the Multilateral Agreement for its establishment stays one framework (A/RES/78/163 OP34)', () => {
    const text =
      'Urges those landlocked developing countries that have not yet done so to ratify the Multilateral Agreement for the Establishment of an International Think Tank for Landlocked Developing Countries;';
    expect(keys(text, 'Organization:')).toEqual([]);
    expect(keys(text, 'Framework:')).toEqual(['Framework:Multilateral Agreement for the Establishment of an International Think Tank for Landlocked Developing Countries']);
  });
});

describe('campaigns printed in quotes, and the body "of" which a quoted campaign or initiative is', () => {
  const UN_WOMEN = 'Organization:United Nations Entity for Gender Equality and the Empowerment of Women';
  const OP9 =
    'Reaffirms that States have an obligation to exercise due diligence to prevent and combat all forms of violence against women and girls, and in this regard encourages Member States to continue to support the Secretary-General’s ongoing campaign, “UNiTE to End Violence against Women”, its social mobilization and advocacy platform, “Orange the World: End Violence against Women”, and the “HeforShe” campaign of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women), as well as to support the Secretary-General’s voluntary compact on preventing and addressing sexual exploitation and abuse;';

  it('A/RES/78/182 OP9 (80/186 OP9): "UNiTE to End Violence against Women", "Orange the World: ...", "HeforShe"', () => {
    const r = relations(OP9, 'operative', { ...WOMEN });
    expect(r).toContain('ENCOURAGES Initiative:UNiTE to End Violence against Women');
    expect(r).toContain('ENCOURAGES Initiative:Orange the World');
    expect(r).toContain('ENCOURAGES Initiative:HeForShe');
  });

  it('A/RES/78/182 OP9: the “HeforShe” campaign of UN-Women is led by UN-Women', () => {
    expect(attributions(OP9, 'operative', { ...WOMEN })).toContain(`LEADS ${UN_WOMEN} -> Initiative:HeForShe`);
  });

  it('A/RES/80/186 OP9: the acronym after the body printed with a non-breaking hyphen, "(UN\u2011Women)"', () => {
    const text = OP9.replace('(UN-Women)', '(UN\u2011Women)');
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/186', date: '2025-12-15' };
    expect(attributions(text, 'operative', ctx)).toContain(`LEADS ${UN_WOMEN} -> Initiative:HeForShe`);
  });

  it('A/RES/79/152 OP13 and 79/153 PP18: the Global Database on Violence against Women, with its owner or without, is one initiative', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/152', date: '2024-12-17' };
    const text =
      'Also stresses the importance of the Secretary-General’s Global Database on Violence against Women, expresses its appreciation to all those States that have provided the Database with information;';
    expect(keys(text, 'Initiative:', 'operative', ctx)).toContain('Initiative:Global Database on Violence against Women');
    expect(keys(text, 'Initiative:Secretary', 'operative', ctx)).toEqual([]);
  });

  it('A/RES/79/153 PP18: "the campaign of the Secretary-General entitled “UNiTE to End Violence against Women”"', () => {
    const text =
      'Recognizing that the campaign of the Secretary-General entitled “UNiTE to End Violence against Women” and the Global Database on Violence against Women have contributed to addressing the elimination of female genital mutilation,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/153', date: '2024-12-17' };
    expect(relations(text, 'preambular', ctx)).toContain('RECOGNIZES Initiative:UNiTE to End Violence against Women');
  });

  it('A/RES/78/168 (79/227): "the “25 by 2025” initiative of the Caribbean Community" is led by it', () => {
    const text =
      'Welcomes the Platform of Latin America and the Caribbean for Climate Action on Agriculture, the “25 by 2025” initiative of the Caribbean Community, which seeks to reduce the region’s food import bill by 25 per cent by 2025;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' };
    expect(relations(text, 'operative', ctx)).toContain('WELCOMES Initiative:25 by 2025');
    expect(attributions(text, 'operative', ctx)).toContain('LEADS Organization:Caribbean Community -> Initiative:25 by 2025');
  });

  it('guard: a quoted initiative with another word than " of the " before the body is not led by it', () => {
    const text =
      'Welcomes the “25 by 2025” initiative, supported by the Caribbean Community, which seeks to reduce the region’s food import bill by 25 per cent;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' };
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });

  it('guard: an unquoted initiative "of the" body is led by it as before ("the Giga initiative of the International Telecommunication Union")', () => {
    const text = 'Welcomes the Giga initiative of the International Telecommunication Union and the United Nations Children’s Fund;';
    expect(attributions(text)).toContain('LEADS Organization:International Telecommunication Union -> Initiative:Giga initiative');
  });
});

describe('"the Presidents of the General Assembly": the President\'s post, not the Assembly', () => {
  const PGA = 'Organization:President of the General Assembly';

  it('A/RES/78/182 PP22: "Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions"', () => {
    const text =
      'Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders, and encouraging greater participation of Member States in this initiative,';
    const r = relations(text, 'preambular', { ...WOMEN });
    expect(r).toContain(`ACKNOWLEDGES ${PGA}`);
    expect(r).not.toContain('ACKNOWLEDGES Organization:General Assembly');
    expect(r).toContain('ACKNOWLEDGES Event:seventy-sixth session of the General Assembly');
  });

  it('guard: "the President of the General Assembly" and "the General Assembly" as before (A/RES/78/182 OP21, OP47)', () => {
    const ctx = { ...WOMEN };
    expect(relations('Recommends that the President of the General Assembly conduct consultations;', 'operative', ctx)).toEqual([`RECOMMENDS ${PGA}`]);
    expect(relations('Requests the Secretary-General to report to the General Assembly;', 'operative', { ...WOMEN })).toContain('REQUESTS Organization:General Assembly');
  });
});
