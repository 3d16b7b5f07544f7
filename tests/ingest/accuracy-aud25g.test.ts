// Misses found by the session-25 audit aud25g: A/RES/80/123 (external debt sustainability and development), A/RES/80/193
// (elimination of racism, the Durban Declaration and Programme of Action), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/193', date: '2025-12-15' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const AD_HOC = 'Organization:Ad Hoc Committee on the Elaboration of Complementary Standards to the International Convention on the Elimination of All Forms of Racial Discrimination';
const CERD = 'Organization:Committee on the Elimination of Racial Discrimination';

describe('a sitting of "the <body>" is that of the body printed nearer in the paragraph', () => {
  const ctx253: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/253', date: '2023-12-22' };
  const BEFORE = [
    'Takes note of the report of the United Nations Joint Staff Pension Board;',
    'Takes note of the report of the Board of Auditors on the accounts of the United Nations Joint Staff Pension Fund;',
  ];

  it('A/RES/78/253 VII.OP4: "some members of the Pension Board were unable to attend the seventy-fifth session of the Board", after the Board of Auditors', () => {
    const ctx = { ...ctx253 };
    for (const t of BEFORE) extract(t, 'operative', ctx);
    const text =
      'Acknowledges that some members of the Pension Board were unable to attend the seventy-fifth session of the Board due to challenges beyond their control;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:seventy-fifth session of the United Nations Joint Staff Pension Board']);
  });

  it('guard: with no board printed before it in the paragraph, "the seventy-fifth session of the Board" is the last board named', () => {
    const ctx = { ...ctx253 };
    for (const t of BEFORE) extract(t, 'operative', ctx);
    expect(keys('Welcomes the report on the seventy-fifth session of the Board;', 'Event:', 'operative', ctx)).toEqual(['Event:seventy-fifth session of the Board of Auditors']);
  });

  it('A/RES/80/193 OP10 after OP6: "the report on the fifteenth session of the Committee" is the Ad Hoc Committee named in OP10', () => {
    const ctx = { ...GA };
    extract('Notes the work undertaken by the Committee on the Elimination of Racial Discrimination to recommend legal and policy measures;', 'operative', ctx);
    const OP10 =
      'Also takes note of the work of the Ad Hoc Committee on the Elaboration of Complementary Standards to the International Convention on the Elimination of All Forms of Racial Discrimination, which, at its fifteenth session, continued discussions on the elaboration of a draft additional protocol to the Convention to fill existing gaps through the development of new normative standards aimed at combating all forms of contemporary and resurgent scourges of racism, and further takes note of the report on the fifteenth session of the Committee in this regard;';
    const events = keys(OP10, 'Event:', 'operative', ctx);
    expect(events).toContain(`Event:fifteenth session of the ${AD_HOC.slice('Organization:'.length)}`);
    expect(events).not.toContain('Event:fifteenth session of the Committee on the Elimination of Racial Discrimination');
  });
});

describe('a body printed by more of its words is what its head word refers back to from there on', () => {
  const GROUP = 'Organization:Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action';
  const WGEPAD = 'Organization:Working Group of Experts on People of African Descent';
  const BEFORE = [
    'Takes note of the comprehensive study of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action;',
    'Takes note of the report of the Working Group of Experts on People of African Descent;',
  ];

  it('A/RES/80/193 OP42: "with regard to the Group of Independent Eminent Experts, ..., thereby ensuring that the Group can fulfil its mandate"', () => {
    const ctx = { ...GA };
    for (const t of BEFORE) extract(t, 'operative', ctx);
    const OP42 =
      'Recalls its resolution 77/205 and the recommendations contained therein with regard to the Group of Independent Eminent Experts, and welcomes the appointment by the Secretary-General of the remaining Eminent Experts, noting that each region is represented, as requested by the Human Rights Council in its resolution 51/32 and by the General Assembly in its resolution 77/205, thereby ensuring that the Group can fulfil its mandate;';
    const orgs = keys(OP42, 'Organization:', 'operative', ctx);
    expect(orgs).toContain(GROUP);
    expect(orgs).not.toContain(WGEPAD);
  });

  it('A/RES/80/157 OP15: "the extension of the Decade of Action on Nutrition ..., the work programme of the Decade", after another decade', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/157', date: '2025-12-15' };
    extract('Welcoming the extension of the United Nations Decade of Action on Nutrition,', 'preambular', ctx);
    extract('Recalling the United Nations Decade on Ecosystem Restoration (2021–2030),', 'preambular', ctx);
    const text =
      'Reiterates the importance of the extension of the Decade of Action on Nutrition and calls upon Member States to accelerate efforts across the six action areas of the work programme of the Decade;';
    expect(keys(text, 'Event:', 'operative', ctx)).not.toContain('Event:Decade on Ecosystem Restoration');
  });

  it('guard: "the Group" printed alone, with no group re-named by its words, stays the group named last in full', () => {
    const ctx = { ...GA };
    for (const t of BEFORE) extract(t, 'operative', ctx);
    expect(keys('Requests the Group to continue its work;', 'Organization:', 'operative', ctx)).toEqual([WGEPAD]);
  });
});

describe('a bare resolution number cited before in the paragraph as another body\'s is that one again', () => {
  const PP27 =
    'Recalling also Human Rights Council resolutions 43/1 of 19 June 2020 and 47/21, and recalling also the report of the United Nations High Commissioner for Human Rights on the promotion and protection of the human rights and fundamental freedoms of Africans and of people of African descent against excessive use of force and other human rights violations by law enforcement officers and the annex thereto, entitled “Four-point Agenda towards Transformative Change for Racial Justice and Equality”, submitted pursuant to resolution 43/1,';

  it('A/RES/80/193 PP27 (79/161 PP25, 78/234 OP30): "submitted pursuant to resolution 43/1"', () => {
    const rs = keys(PP27, 'Resolution:', 'preambular');
    expect(rs).toContain('Resolution:A/HRC/RES/43/1');
    expect(rs).not.toContain('Resolution:A/RES/43/1');
  });

  it('A/RES/79/313 PP37: "the Commission’s report pursuant to resolution 31/1" after "resolution 31/1 of 20 May 2022 ... by the Commission"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/313', date: '2025-07-24' };
    const text =
      'Reaffirming the role of the Commission on Crime Prevention and Criminal Justice as the principal policymaking body of the United Nations for crime prevention and criminal justice matters, welcoming the adoption of resolution 31/1 of 20 May 2022, entitled “Strengthening the international legal framework for international cooperation to prevent and combat illicit trafficking in wildlife”, by the Commission at its thirty-first session, and welcoming also the Commission’s report pursuant to resolution 31/1, containing the views of States,';
    const rs = keys(text, 'Resolution:', 'preambular', ctx);
    expect(rs).toContain('Resolution:Commission on Crime Prevention and Criminal Justice resolution 31/1');
    expect(rs).not.toContain('Resolution:A/RES/31/1');
  });

  it('guard: another number stays the citing body’s; a body printed after the number keeps its own ("decision 1 of the Sixth Review Conference", A/RES/78/64 OP8)', () => {
    expect(keys('Recalling Human Rights Council resolution 43/1 of 19 June 2020 and its resolution 75/314,', 'Resolution:', 'preambular')).toEqual([
      'Resolution:A/HRC/RES/43/1',
      'Resolution:A/RES/75/314',
    ]);
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/64', date: '2023-12-04' };
    const text =
      'Recalls the following decisions: (a) To continue the work of the Group of Governmental Experts, established in decision 1 of the Fifth Review Conference of the High Contracting Parties to the Convention, adhering to the agreed recommendations contained in document CCW/CONF.V/2 in line with decision 1 of the Sixth Review Conference, to strengthen the Convention;';
    expect(keys(text, 'Resolution:', 'operative', ctx)).toContain('Resolution:Sixth Review Conference decision 1');
  });
});

describe('"<body>, including through its resolution" is that body\'s resolution', () => {
  it('A/RES/80/193 OP59: "the guidance and leadership role of the Human Rights Council, including through its resolution 60/16"', () => {
    const text =
      'Acknowledges the guidance and leadership role of the Human Rights Council, including through its resolution 60/16, and encourages it to continue to oversee the implementation of the Durban Declaration and Programme of Action;';
    expect(relations(text)).toContain('ACKNOWLEDGES Resolution:A/HRC/RES/60/16');
    expect(relations(text)).not.toContain('ACKNOWLEDGES Resolution:A/RES/60/16');
  });

  it('guard: "and recalling its resolution" after the Council is the citing body’s', () => {
    expect(keys('Welcoming the work of the Human Rights Council, and recalling its resolution 75/314,', 'Resolution:', 'preambular')).toEqual(['Resolution:A/RES/75/314']);
  });
});

describe('named things the gazetteer holds', () => {
  it('A/RES/80/193 PP33, OP63 (79/161, 78/234): "the International Day of Remembrance of the Victims of Slavery and the Transatlantic Slave Trade"', () => {
    const text =
      'Takes note with appreciation of the commemorative plenary meeting of the General Assembly held on 25 March 2025 to mark the International Day of Remembrance of the Victims of Slavery and the Transatlantic Slave Trade;';
    expect(keys(text, 'Event:International Day')).toEqual(['Event:International Day of Remembrance of the Victims of Slavery and the Transatlantic Slave Trade']);
  });

  it('A/RES/80/193 PP27: "entitled “Four-point Agenda towards Transformative Change for Racial Justice and Equality”"', () => {
    const text = 'Recalls the report and the annex thereto, entitled “Four-point Agenda towards Transformative Change for Racial Justice and Equality”;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Four-point Agenda towards Transformative Change for Racial Justice and Equality']);
  });

  it('A/RES/80/193 OP37 (78/234 OP8, 79/161 OP30): "the Ad Hoc Committee on the Elaboration of Complementary Standards" is the committee named in full in OP10', () => {
    const text =
      'Reaffirms the interconnected value of the Committee on the Elimination of Racial Discrimination, the Ad Hoc Committee on the Elaboration of Complementary Standards, the International Independent Expert Mechanism to Advance Racial Justice and Equality in Law Enforcement and the Permanent Forum on People of African Descent;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(AD_HOC);
    expect(orgs).toContain(CERD);
  });

  it('A/RES/80/123 PP28 (79/197, 78/137): "bilateral creditors, such as the Paris Club and non‑Paris Club members"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/123', date: '2025-12-15' };
    const text =
      'Recognizing with concern further that there has been a deterioration in the external debt sustainability of economies, despite efforts by the Group of 20, targeted at the most vulnerable countries, and bilateral creditors, such as the Paris Club and non‑Paris Club members, and the International Monetary Fund and the World Bank to address the challenges of debt sustainability,';
    const r = extract(text, 'preambular', ctx);
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECOGNIZES Organization:Paris Club');
    // (one mention: "non‑Paris Club members" are the creditors outside it)
    expect(r.mentions.filter((m) => m.key === 'Organization:Paris Club')).toHaveLength(1);
  });

  it('guard: "non‑Paris Club debt", "non-United Nations entities" name no organization (A/RES/80/123 OP14)', () => {
    expect(keys('Stresses the importance of medium- and long-term debt sustainability to deal with debt, including non‑Paris Club debt;', 'Organization:')).toEqual([]);
    expect(keys('Encourages non-United Nations entities to contribute;', 'Organization:')).toEqual([]);
  });

  // (the graph then keys the initiative without its owner's name, as the Debt Service Suspension Initiative named alone:
  // golden rows of A/RES/78/136 PP25, 79/196 PP28, 80/122 PP21)
  it('A/RES/78/163 OP31 (78/136 PP25, 79/196, 80/122): "the Group of 20 and Paris Club Debt Service Suspension Initiative" is led by the Paris Club', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19' };
    const r = extract('Welcomes the multilateral response to the pandemic, including the Group of 20 and Paris Club Debt Service Suspension Initiative;', 'operative', ctx);
    // (with aud25b's joint-owner reading: the Debt Service Suspension Initiative, led by both bodies)
    const leads = r.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(leads).toContain('LEADS Organization:Paris Club -> Initiative:Debt Service Suspension Initiative');
    expect(leads).toContain('LEADS Organization:Group of 20 -> Initiative:Debt Service Suspension Initiative');
  });
});
