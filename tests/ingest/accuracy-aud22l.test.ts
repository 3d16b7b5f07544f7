// Misses found by the session-22 audit aud22l: A/RES/78/195 (rights of persons with disabilities: situations of risk),
// A/RES/79/100 (question of Anguilla), A/RES/78/238 (arms race in outer space), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/195', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the Washington Group, printed short before its "short set of questions", is the Washington Group on Disability Statistics', () => {
  it('A/RES/78/195 PP41 (OP32, 80/197 PP42): "the Washington Group short set of questions on disability"', () => {
    const text =
      'Concerned that the continuing lack of available statistics contributes to their exclusion, and in this regard recognizing the need to strengthen data collection, using appropriate measurement tools, including, as appropriate, the United Nations Children’s Fund Module on Child Functioning and the Washington Group short set of questions on disability and other data-collection methodologies,';
    expect(keys(text, 'Organization:Washington')).toEqual(['Organization:Washington Group on Disability Statistics']);
    expect(relations(text)).toContain('RECOGNIZES Organization:Washington Group on Disability Statistics');
  });

  it('A/RES/79/149 OP34: the full name is the same node', () => {
    const text = 'Encourages States to use the tools produced by the Washington Group on Disability Statistics;';
    expect(keys(text, 'Organization:Washington', 'operative')).toEqual(['Organization:Washington Group on Disability Statistics']);
  });

  it('guard: the city is still a place ("held in Washington, D.C., from 21 to 23 June 2023", A/RES/78/228)', () => {
    const text = 'Welcoming the meeting held in Washington, D.C., from 21 to 23 June 2023,';
    expect(keys(text, 'Organization:Washington')).toEqual([]);
  });
});

describe('a flagship report with its edition year printed first is that edition, one document with "<title> Report <year>"', () => {
  it('A/RES/78/195 PP21 (78/178 PP32): "the 2018 Disability and Development Report: Realizing the Sustainable Development Goals ..."', () => {
    const text =
      'Recalling that the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with Disabilities 11 presents an overview of the status of accessibility for persons with disabilities,';
    expect(keys(text, 'Document:')).toEqual(['Document:disability and development report 2018']);
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text)).toContain('RECALLS Document:disability and development report 2018');
  });

  it('A/RES/78/151 OP5 (78/160, 79/202, 80/135, 80/147): "the 2023 Global Sustainable Development Report" is the key of "Global Sustainable Development Report 2023"', () => {
    const yearFirst =
      'Takes note of the report of the Secretary-General and the 2023 Global Sustainable Development Report, which highlights, inter alia, that the world is not on track to achieve Goal 12;';
    const yearAfter = 'Takes note of the Global Sustainable Development Report 2023;';
    expect(keys(yearFirst, 'Document:global', 'operative')).toEqual(['Document:global sustainable development report 2023']);
    expect(keys(yearAfter, 'Document:global', 'operative')).toEqual(['Document:global sustainable development report 2023']);
    expect(relations(yearFirst, 'operative')).toContain('NOTES Document:global sustainable development report 2023');
    expect(keys(yearFirst, 'Initiative:', 'operative')).toEqual([]);
  });

  it('guard: the series without a year stays the initiative ("the Global Sustainable Development Report")', () => {
    const text = 'Looking forward to the next Global Sustainable Development Report,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Global Sustainable Development Report']);
    expect(keys(text, 'Document:')).toEqual([]);
  });

  it('guard: a title that goes on after "Report" is not cut there ("the 2024 Global Assessment Report on Disaster Risk Reduction")', () => {
    const text = 'Welcoming the 2024 Global Assessment Report on Disaster Risk Reduction,';
    // (aud26g: read whole with its subject, the 2024 edition, as "Global Assessment Report on Disaster Risk Reduction 2024")
    expect(keys(text, 'Document:')).toEqual(['Document:global assessment report on disaster risk reduction 2024']);
  });

  it('guard: a year before a capitalised name that is not a report\'s ("the 2030 Agenda for Sustainable Development and the report")', () => {
    const text = 'Reaffirming the 2030 Agenda for Sustainable Development and the report of the Secretary-General,';
    expect(keys(text, 'Document:agenda')).toEqual([]);
    expect(keys(text, 'Framework:')).toContain('Framework:2030 Agenda for Sustainable Development');
  });
});

describe('an instrument dated by its year after a comma and "of" ("..., of 2019,")', () => {
  it('A/RES/78/195 PP19: "the Inter-Agency Standing Committee Guidelines on Inclusion ..., of 2019, and the Charter ..."', () => {
    const text =
      'Taking note of the Inter-Agency Standing Committee Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action, of 2019, and the Charter on Inclusion of Persons with Disabilities in Humanitarian Action,';
    expect(keys(text, 'Date:')).toEqual(['Date:2019']);
  });

  it('A/RES/79/184 PP3: "the Geneva Conventions of 12 August 1949 and Additional Protocol I thereto, of 1977,9 as applicable"', () => {
    const text =
      'Recalling the obligations under the Geneva Conventions of 12 August 1949 and Additional Protocol I thereto, of 1977,9 as applicable, as well as relevant customary law,';
    expect(keys(text, 'Date:')).toEqual(['Date:1949-08-12', 'Date:1977']);
  });

  it('guard: a year after ", of" that a word follows is not read as a date ("..., of 2019 sessions of ...")', () => {
    const text = 'Noting the conclusions of the sessions of the Working Group, of 2019 sessions of the Commission,';
    expect(keys(text, 'Date:')).toEqual([]);
  });
});

describe('the Advisory Committee on the Programme of Assistance, printed short, is the committee named in full', () => {
  const FULL = 'Organization:Advisory Committee on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law';

  it('A/RES/80/163 OP29 (78/107 OP29, 79/120 OP28): "following consultations with the Advisory Committee on the Programme of Assistance"', () => {
    const text =
      'Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the Programme of Assistance in 2026 and, following consultations with the Advisory Committee on the Programme of Assistance, to submit recommendations regarding the Programme in subsequent years;';
    expect(keys(text, 'Organization:Advisory', 'operative')).toEqual([FULL]);
    expect(relations(text, 'operative')).toContain(`REQUESTS ${FULL}`);
  });

  it('A/RES/80/163 PP7: the full name keeps its key', () => {
    const text =
      'Taking note with appreciation of the report of the Secretary-General on the implementation of the Programme of Assistance 1 and the views of the Advisory Committee on the United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law, which are contained in the report,';
    expect(keys(text, 'Organization:Advisory')).toEqual([FULL]);
  });

  it('guard: another advisory committee stays itself ("the Advisory Committee on Administrative and Budgetary Questions")', () => {
    const text = 'Requests the Advisory Committee on Administrative and Budgetary Questions to report;';
    expect(keys(text, 'Organization:Advisory', 'operative')).toEqual(['Organization:Advisory Committee on Administrative and Budgetary Questions']);
  });
});
