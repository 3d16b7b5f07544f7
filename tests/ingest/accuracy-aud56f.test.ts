// Session-56 audit aud56f: residuals of the Fourth Committee's territory texts A/RES/78/88 (Question of Bermuda) and A/RES/80/103
// (Question of the United States Virgin Islands), found against the aud56f gold. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA80_103 = ctxOf('A/RES/80/103', '2025-12-05');
const GA78_88 = ctxOf('A/RES/78/88', '2023-12-07');
const { keys, relations, attributions } = oneParagraph({ ctx: GA80_103, kind: 'operative' });

describe('an office "in the University of ..." is the office and the university it is PART_OF, not one name', () => {
  const OFFICE = 'Organization:Office of Self-Determination and Constitutional Development';
  const UNIVERSITY = 'Organization:University of the Virgin Islands';
  const OP6 =
    'Welcomes the establishment of the Office of Self-Determination and Constitutional Development in the University of the Virgin Islands, with funding from the administering Power, to address the issue of self-determination, including political status and constitutional education;';

  it('A/RES/80/103 OP6: "the Office of Self-Determination and Constitutional Development in the University of the Virgin Islands"', () => {
    expect(keys(OP6, 'Organization:')).toEqual([OFFICE, UNIVERSITY]);
    expect(relations(OP6)).toEqual([`WELCOMES ${OFFICE}`, `WELCOMES ${UNIVERSITY}`]);
    expect(attributions(OP6)).toContain(`PART_OF ${OFFICE} -> ${UNIVERSITY}`);
  });

  it('guard: A/RES/78/129 OP22 "the Office of Intergovernmental Support ... in the Department of Economic and Social Affairs of the Secretariat" is unchanged', () => {
    const text =
      'Recognizes that the Office of Intergovernmental Support and Coordination for Sustainable Development in the Department of Economic and Social Affairs of the Secretariat plays a valuable role;';
    expect(attributions(text)).toEqual([
      'PART_OF Organization:Office of Intergovernmental Support and Coordination for Sustainable Development -> Organization:Department of Economic and Social Affairs',
      'PART_OF Organization:Department of Economic and Social Affairs -> Organization:Secretariat of the United Nations',
    ]);
  });

  it('guard: A/RES/78/221 "the Commissioner for Children’s Rights in the Office of the President of the Russian Federation" stays one post', () => {
    const text = 'Noting the work of the Commissioner for Children’s Rights in the Office of the President of the Russian Federation,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(["Organization:Commissioner for Children's Rights in the Office of the President of the Russian Federation"]);
  });
});

describe('"the <year> report of the <body>" is that year\'s report, a Document, as "the final report of the <body>" is', () => {
  const REPORT = 'Document:2005 report of the bermuda independence commission';
  const COMMISSION = 'Organization:Bermuda Independence Commission';

  it('A/RES/78/88 OP4 (79/101, 80/92): "Stresses the importance of the 2005 report of the Bermuda Independence Commission, which provides ..."', () => {
    const text =
      'Stresses the importance of the 2005 report of the Bermuda Independence Commission, which provides a thorough examination of the facts surrounding independence, and continues to regret that the plans for public meetings and the presentation of a Green Paper to the House of Assembly followed by a White Paper outlining the policy proposals for an independent Bermuda have so far not materialized;';
    // (the House of Assembly, recipient of the Green Paper, takes the clause's verb: session-61 ruling, accuracy-aud62h)
    expect(relations(text, 'operative', GA78_88)).toEqual([`EMPHASIZES ${REPORT}`, `EMPHASIZES ${COMMISSION}`, 'REGRETS Organization:House of Assembly']);
    // ("the 2005 report": a year inside the report's name, no date)
    expect(keys(text, 'Date:', 'operative', GA78_88)).toEqual([]);
  });

  it('guard: A/RES/78/180 "the 2022 report of the International Labour Organization entitled Making the Right ...": the title names it', () => {
    const text =
      'Recognizing that a significant proportion of migrant women are engaged in domestic work, and, as highlighted in the 2022 report of the International Labour Organization entitled Making the Right to Social Security a Reality for Domestic Workers: A Global Review of Policy Trends, Statistics and Extension Strategies,';
    expect(keys(text, 'Document:', 'preambular', ctxOf('A/RES/78/180', '2023-12-19')).filter((k) => k.startsWith('Document:2022 report'))).toEqual([]);
  });

  it('guard: A/RES/78/215 PP9 (80/217) "the 2020 report of the Director General of the United Nations Educational, Scientific and Cultural Organization": no report of a name cut at its comma', () => {
    const text =
      'Welcoming the work of the Office of the United Nations High Commissioner for Human Rights, which builds on the 2020 report of the Director General of the United Nations Educational, Scientific and Cultural Organization on the safety of journalists and the danger of impunity,';
    expect(keys(text, 'Document:2020', 'preambular', ctxOf('A/RES/78/215', '2023-12-19'))).toEqual([]);
  });

  it('guard: A/RES/80/28 "the 2025 report of the Secretary-General on the continuing operation of the Register": no report keyed by one word', () => {
    const text = 'Welcoming also the 2025 report of the Secretary-General on the continuing operation of the Register and its further development,';
    expect(keys(text, 'Document:2025', 'preambular', ctxOf('A/RES/80/28', '2025-12-01'))).toEqual([]);
  });

  it('guard: A/RES/79/234 "the 2024 report of the Inter-Agency Task Force on Financing for Development3": the footnote names it', () => {
    const text = 'Taking note of the 2024 report of the Inter-Agency Task Force on Financing for Development3 and its policy recommendations for combating illicit financial flows,';
    expect(keys(text, 'Document:2024', 'preambular', ctxOf('A/RES/79/234', '2024-12-19'))).toEqual([]);
  });
});

describe('"the Lieutenant Governor, as a representative of the Government of <Territory>" is the Territory\'s post', () => {
  const POST = 'Organization:Lieutenant Governor of the United States Virgin Islands';

  it('A/RES/80/103 PP18: "Noting the statement made by the Lieutenant Governor, as a representative of the Government of the United States Virgin Islands, at the 2025 Pacific regional seminar"', () => {
    const text =
      'Noting the statement made by the Lieutenant Governor, as a representative of the Government of the United States Virgin Islands, at the 2025 Pacific regional seminar,';
    expect(relations(text, 'preambular')).toEqual([`NOTES ${POST}`, 'NOTES Event:Pacific regional seminar @ 2025']);
  });

  it('"the Lieutenant Governor of <Territory>" is the same post', () => {
    expect(keys('Noting the statement made by the Lieutenant Governor of the United States Virgin Islands,', 'Organization:', 'preambular')).toEqual([POST]);
  });

  it('guard: A/RES/78/88 PP18 "a representative of the Government of Bermuda": no post, the Territory a mention', () => {
    const text = 'Recalling the statement made by a representative of the Government of Bermuda at the 2021 Caribbean regional seminar,';
    expect(keys(text, 'Organization:', 'preambular', GA78_88)).toEqual([]);
    expect(keys(text, 'Place:', 'preambular', GA78_88)).toEqual(['Place:Bermuda']);
    expect(relations(text, 'preambular', GA78_88)).toEqual(['RECALLS Event:Caribbean regional seminar @ 2021']);
  });
});
