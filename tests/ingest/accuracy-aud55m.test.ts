// Session-55 audit aud55m: residual faults reported by the session's helpers (A/RES/80/173, the WSIS+20 outcome, and the
// texts that print the same phrases). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { extract, relations } = oneParagraph({ ctx: ctxOf('A/RES/80/173', '2025-12-17'), kind: 'operative' });

const UN = 'Organization:United Nations';

describe('item 1: "discussions in the United Nations" names the Organization as the setting of the talks, no target (lead\'s ruling, session 55)', () => {
  it('A/RES/80/118 OP13 (corpus/A_RES_80_118.txt): "... and looks forward to the continuation of discussions in the United Nations, building on those outcomes ..."', () => {
    const rel = relations(
      'Welcomes the establishment by the Commission on Science and Technology for Development of a dedicated working group to engage in a comprehensive and inclusive multi-stakeholder dialogue on data governance at all levels as relevant for development, encourages the working group to report on its progress to the General Assembly, by no later than the eighty-first session, including on follow-up recommendations towards equitable and interoperable data governance arrangements, which may include fundamental principles of data governance at all levels as relevant for development, proposals to support interoperability between national, regional and international data systems, considerations of sharing the benefits of data, and options to facilitate safe, secure and trusted data flows, including cross-border data flows as relevant for development, and looks forward to the continuation of discussions in the United Nations, building on those outcomes and recognizing the ongoing work of other relevant bodies and stakeholders, including the Statistical Commission, in our efforts to pursue common understandings for data governance at all levels, as relevant for development;',
      'operative',
      ctxOf('A/RES/80/118', '2025-12-15'),
    );
    expect(rel.filter((r) => r.endsWith(` ${UN}`))).toEqual([]);
    // (the Commission named after it keeps the clause's verb)
    expect(rel).toContain('LOOKS_FORWARD_TO Organization:Statistical Commission');
  });

  it('A/RES/78/137 OP35 (corpus-ga; 79/197, 80/123): "... and, furthermore, takes note of discussions in the United Nations on debt issues"', () => {
    const rel = relations(
      'Expresses its concern regarding the ability of non-cooperative minority bondholders to disrupt the will of the large majority of bondholders who accept a restructuring of a debt-crisis country’s obligations, given the potential broader implications in other countries, notes contractual and legislative steps taken by countries to prevent these activities, and encourages all Governments to take action, as appropriate, and, furthermore, takes note of discussions in the United Nations on debt issues;',
      'operative',
      ctxOf('A/RES/78/137', '2023-12-19'),
    );
    expect(rel.filter((r) => r.endsWith(` ${UN}`))).toEqual([]);
  });

  it('guard: A/RES/78/137 OP38 "Recalls that the United Nations, as a universal intergovernmental body, has provided a platform ...": the actor stays a target', () => {
    const rel = relations(
      'Recalls that the United Nations, as a universal intergovernmental body, has provided a platform for both creditors and debtors to discuss ways to improve external debt sustainability;',
      'operative',
      ctxOf('A/RES/78/137', '2023-12-19'),
    );
    expect(rel).toContain(`RECALLS ${UN}`);
  });
});

describe('item 2: "the final report of the <body printed in lower case>": the body\'s report, when the body is a known name', () => {
  const OEWG = 'Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025';
  it('A/RES/80/173 OP56 (corpus/A_RES_80_173.txt): "We take note of the final report of the open-ended working group on security of and in the use of information and communications technologies 2021–2025 established pursuant to ..."', () => {
    const text =
      'We take note of the final report of the open-ended working group on security of and in the use of information and communications technologies 2021–2025 established pursuant to General Assembly resolution 75/240 and the establishment of the Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs.';
    const x = extract(text);
    const report = x.mentions.find((m) => m.kind === 'Document' && m.phrase === 'final report');
    expect(report?.name).toBe(`Final report of the ${OEWG}`);
    expect(report?.attrs.author).toBe(OEWG);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain(`NOTES ${report?.key}`);
    // (the working group keeps its mention and the verb, as a capitalised body does)
    expect(rel).toContain(`NOTES Organization:${OEWG.replace('–', '-')}`); // (its key spells the dash plain)
    expect(rel).toContain('NOTES Resolution:A/RES/75/240');
  });

  it('guard: A/RES/80/43 PP3 "Recalling the final report of the open-ended working group established pursuant to resolution 76/233, contained in document A/78/111": no known name, no report read by this rule', () => {
    const x = extract('Recalling the final report of the open-ended working group established pursuant to resolution 76/233, contained in document A/78/111,', 'preambular', ctxOf('A/RES/80/43', '2025-12-01'));
    expect(x.mentions.filter((m) => m.kind === 'Document' && m.phrase === 'final report')).toEqual([]);
  });
});

describe('item 3: "We encourage the high-level meeting to consider ...": the meeting named before in the paragraph, asked to act', () => {
  const GDC_REVIEW = 'Event:high-level meeting to review progress in the implementation of the Global Digital Compact';
  it('A/RES/80/173 OP125 (corpus/A_RES_80_173.txt): "... a high-level meeting to review progress in the implementation of the Global Digital Compact ... We encourage the high-level meeting to consider, inter alia, ..."', () => {
    const text =
      'We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact, on the basis of the progress report of the Secretary-General. The review will draw on inputs from all relevant stakeholders, as well as the Commission on Science and Technology for Development, the Internet Governance Forum and facilitators of the World Summit action lines. We encourage the high-level meeting to consider, inter alia, progress made in fostering coherence between the outcomes of the World Summit on the Information Society and the implementation of the Global Digital Compact.';
    const rel = relations(text);
    expect(rel).toContain(`ENCOURAGES ${GDC_REVIEW}`);
    expect(rel).toContain(`RECALLS ${GDC_REVIEW}`);
  });

  it('guard: A/RES/80/173 OP125\'s first sentence, "a high-level meeting to review progress ...": "to review" still ends the name', () => {
    const rel = relations(
      'We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact, on the basis of the progress report of the Secretary-General.',
    );
    expect(rel).toContain(`RECALLS ${GDC_REVIEW}`);
  });
});
