// Misses found by the session-21 audit aud21j: A/RES/78/263 (promotion of durable peace through sustainable development in
// Africa), A/RES/78/47 (through-life conventional ammunition management), A/RES/78/48 (the Arms Trade Treaty), and the same
// forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/263', date: '2024-02-26' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a gulf is the place, not the country in its name; the African Union Peace and Security Council is not the Security Council', () => {
  const OP28 =
    'Expresses concern over the threat of piracy and armed robbery at sea in the Gulf of Guinea to security and economic activities in the region and the continent at large, in this regard welcomes the adoption of Security Council resolution 2634 (2022) of 31 May 2022 on maritime security in the Gulf of Guinea, and commends the countries of the Gulf of Guinea region and regional bodies, including the Economic Community of Central African States, the Economic Community of West African States and the Gulf of Guinea Commission, for the collective efforts undertaken to address and prevent piracy;';

  it('A/RES/78/263 OP28 (79/264, 78/59, 78/69, 80/63): "piracy and armed robbery at sea in the Gulf of Guinea"', () => {
    expect(keys(OP28, 'Place:')).toContain('Place:Gulf of Guinea');
    expect(keys(OP28, 'Place:Guinea')).toEqual([]);
  });

  it('A/RES/78/263 OP28: "regional bodies, including ... the Gulf of Guinea Commission" is commended', () => {
    expect(relations(OP28)).toContain('APPRECIATES Organization:Gulf of Guinea Commission');
  });

  it('A/RES/78/69 OP142, A/RES/79/144 OP365: "the Gulf of Aden", "the Gulf of Mexico"', () => {
    const text = 'Notes the Code of Conduct for the Western Indian Ocean and the Gulf of Aden and the Gulf of Mexico Large Marine Ecosystem;';
    expect(keys(text, 'Place:')).toEqual(['Place:Gulf of Aden', 'Place:Gulf of Mexico']);
  });

  it('guard: the country alone is still the country ("the Government of Guinea", "Equatorial Guinea")', () => {
    const text = 'Welcomes the efforts of the Government of Guinea and of Equatorial Guinea;';
    expect(keys(text, 'Place:')).toEqual(['Place:Guinea', 'Place:Equatorial Guinea']);
  });

  const OP30 =
    'Welcomes the ongoing efforts of the African Union and subregional organizations to strengthen their capacity in peacekeeping operations on the continent, in accordance with Chapter VIII of the Charter of the United Nations and in close coordination with the United Nations, through the Peace and Security Council of the African Union, and in this regard takes note of the Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit that was endorsed by the Peace and Security Council of the African Union;';

  it('A/RES/78/263 OP30 (79/264 OP30, 80/63 PP35): "through the Peace and Security Council of the African Union"', () => {
    expect(relations(OP30)).toContain('WELCOMES Organization:Peace and Security Council of the African Union');
    expect(keys(OP30, 'Organization:Security Council')).toEqual([]);
  });

  it('A/RES/79/329 PP15: "the African Union Peace and Security Council ... pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union"', () => {
    const text =
      'Recognizing that cooperation with regional and subregional organizations can improve collective security, and acknowledging the mandate of the African Union Peace and Security Council for the promotion of peace, security and stability in Africa pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union,';
    expect(relations(text, 'preambular')).toEqual(
      expect.arrayContaining([
        'ACKNOWLEDGES Organization:Peace and Security Council of the African Union',
        'ACKNOWLEDGES Framework:Protocol Relating to the Establishment of the Peace and Security Council of the African Union',
      ]),
    );
    expect(keys(text, 'Organization:Security Council', 'preambular')).toEqual([]);
  });

  it('guard: "between the Peace and Security Council and the Security Council" names both (A/RES/79/329)', () => {
    const text = 'Encourages closer cooperation between the Peace and Security Council and the Security Council;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Peace and Security Council of the African Union', 'Organization:Security Council']);
  });

  it('A/RES/80/63 PP15: "the headquarters of the Gulf of Guinea Intelligence and Security Services Forum in Libreville" is a body', () => {
    const text = 'Welcoming also the inauguration of the headquarters of the Gulf of Guinea Intelligence and Security Services Forum in Libreville on 3 October 2025,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Gulf of Guinea Intelligence and Security Services Forum']);
    expect(keys(text, 'Event:', 'preambular')).toEqual([]);
  });
});

describe('programmes, facilities and architectures named without a capitalised head word', () => {
  it('A/RES/78/263 PP13 (79/264 PP14, 78/218 OP18): "through the Access to COVID-19 Tools (ACT) Accelerator, the COVID-19 Vaccine Global Access (COVAX) Facility"', () => {
    const text =
      'Reiterating the need to enable equitable access to COVID-19 vaccines for all, and inviting continued provision of safe and effective vaccine doses to African countries in need, particularly through the Access to COVID-19 Tools (ACT) Accelerator, the COVID-19 Vaccine Global Access (COVAX) Facility and other relevant supplies,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual(['Initiative:Access to COVID-19 Tools Accelerator', 'Initiative:COVAX Facility']);
  });

  it('guard: "the COVAX Facility" printed with its acronym is the same node (A/RES/78/119 OP24)', () => {
    expect(keys('Calls upon States to support the COVAX Facility;', 'Initiative:')).toEqual(['Initiative:COVAX Facility']);
  });

  it('A/RES/78/47 PP11: "the work of the SaferGuard programme, managed by the Office for Disarmament Affairs of the Secretariat"', () => {
    const text =
      'Recalling with appreciation the work of the SaferGuard programme, managed by the Office for Disarmament Affairs of the Secretariat, to improve the safe, secure and sustainable through-life management of conventional ammunition,';
    expect(relations(text, 'preambular')).toContain('RECALLS Initiative:SaferGuard programme');
  });

  it('A/RES/78/47 OP4: "including under the SaferGuard programme with, inter alia, its quick-response mechanism"', () => {
    const text = 'Encourages the United Nations, including under the SaferGuard programme with, inter alia, its quick-response mechanism, to promote and support the implementation of the Global Framework;';
    expect(relations(text)).toContain('ENCOURAGES Initiative:SaferGuard programme');
  });

  it('A/RES/78/263 OP12: "initiatives launched under the leadership of the African Union Commission such as the Great Green Wall"', () => {
    const text =
      'Highlights the importance of supporting initiatives launched under the leadership of the African Union Commission such as the Great Green Wall and the Land Policy Initiative;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Great Green Wall', 'Initiative:Land Policy Initiative']);
  });

  it('A/RES/78/263 OP30 (79/264): "the Secretary-General’s Action for Peacekeeping initiative" is the initiative, not a body', () => {
    const text = 'Takes note of the Cairo Road Map as an African contribution to reform efforts related to the Secretary-General’s Action for Peacekeeping initiative;';
    expect(relations(text)).toContain('NOTES Initiative:Action for Peacekeeping');
    expect(keys(text, 'Organization:Secretary-General’s')).toEqual([]);
    expect(keys(text, "Organization:Secretary-General's")).toEqual([]);
  });

  it('guard: A/RES/79/290 OP26 "the Action for Peacekeeping initiative and Action for Peacekeeping Plus" are two', () => {
    const text = 'Encourages cooperation in the context of the Action for Peacekeeping initiative and Action for Peacekeeping Plus;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Action for Peacekeeping', 'Initiative:Action for Peacekeeping Plus']);
  });

  it('A/RES/78/263 OP9 (and 10 more texts): "including through the African Continental Free Trade Area"', () => {
    const text = 'Urges continued support for regional integration and intra-African trade, including through the African Continental Free Trade Area, support for the private sector and entrepreneurship;';
    expect(relations(text)).toContain('URGES Framework:African Continental Free Trade Area');
  });

  it('guard: the founding treaty stays whole ("the Agreement Establishing the African Continental Free Trade Area", A/RES/80/121 PP15)', () => {
    const text = 'Recalls the entry into force of the Agreement Establishing the African Continental Free Trade Area, on 30 May 2019;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Agreement Establishing the African Continental Free Trade Area']);
  });

  it('A/RES/79/222 OP45: "the African Continental Free Trade Agreement" is that treaty', () => {
    expect(keys('Welcomes the African Continental Free Trade Agreement;', 'Framework:')).toEqual(['Framework:Agreement Establishing the African Continental Free Trade Area']);
  });

  it('A/RES/78/263 OP34: "including the African Peace and Security Architecture, the African Governance Architecture"', () => {
    const text =
      'Calls upon the United Nations system and Member States to support the peace consolidation mechanisms and processes, including the African Peace and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development Framework;';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:African Peace and Security Architecture',
      'Framework:African Governance Architecture',
      'Framework:African Union Post-Conflict Reconstruction and Development Framework',
    ]);
  });

  it('A/RES/78/263 OP29: "the tenth anniversary of the Yaoundé Architecture" is no place', () => {
    const text = 'Underscores the critical role of regional instruments, and notes that the commemoration of the tenth anniversary of the Yaoundé Architecture provides the opportunity to address gaps;';
    expect(relations(text)).toContain('NOTES Framework:Yaoundé Architecture for Maritime Safety and Security');
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('A/RES/78/263 OP24 (79/264): "the African Union Master Road Map of Practical Steps for Silencing the Guns in Africa"', () => {
    const text =
      'Recalls the decision to extend the implementation of the African Union Master Road Map of Practical Steps for Silencing the Guns in Africa for a period of 10 years (2021–2030);';
    expect(relations(text)).toContain('RECALLS Framework:African Union Master Road Map of Practical Steps for Silencing the Guns in Africa');
  });
});

describe('"the Global Framework" after the ammunition framework is named', () => {
  it('A/RES/78/47 OP2 -> OP3 (80/43): "Decides to adopt the Global Framework for Through-life Conventional Ammunition Management" then "to implement the Global Framework"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/47', date: '2023-12-04' };
    const OP2 = 'Decides to adopt the Global Framework for Through-life Conventional Ammunition Management, which is a cooperative framework that is voluntary;';
    const OP3 = 'Calls upon all States to implement the Global Framework on the basis of the guiding principles expressed therein;';
    expect(relations(OP2, 'operative', ctx)).toContain('DECIDES Framework:Global Framework for Through-life Conventional Ammunition Management');
    expect(relations(OP3, 'operative', ctx)).toEqual(['CALLS_UPON Framework:Global Framework for Through-life Conventional Ammunition Management']);
  });

  it('guard: the short form means nothing before the full name is read', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-04' };
    expect(keys('Calls upon all States to implement the Global Framework;', 'Framework:', 'operative', ctx)).toEqual([]);
  });

  it('guard: another global framework named in full is itself ("the Global Framework for Climate Services", A/RES/78/120)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/998', date: '2023-12-04' };
    relations('Decides to adopt the Global Framework for Through-life Conventional Ammunition Management;', 'operative', ctx);
    expect(keys('Welcomes the Global Framework for Climate Services;', 'Framework:', 'operative', ctx)).toEqual(['Framework:Global Framework for Climate Services']);
  });
});

describe('a framework "also known as" another name is one node', () => {
  it('A/RES/78/263 OP17 (78/120 PP13, 78/262, 79/139, 79/263, 79/264, 80/113): "the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on Migration"', () => {
    const text =
      'Reaffirms the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalls that it adopted the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on Migration;';
    expect([...new Set(keys(text, 'Framework:'))]).toEqual(['Framework:Global Compact for Safe, Orderly and Regular Migration']);
    expect(relations(text).filter((r) => r.includes('Framework:'))).toEqual(['RECALLS Framework:Global Compact for Safe, Orderly and Regular Migration']);
  });

  it('guard: the Marrakech Treaty for print-disabled persons stays its own instrument', () => {
    expect(keys('Welcomes the Marrakech Treaty;', 'Framework:')).toEqual([
      'Framework:Marrakech Treaty to Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or Otherwise Print Disabled',
    ]);
  });
});
