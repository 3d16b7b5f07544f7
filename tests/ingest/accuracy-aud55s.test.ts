// Session-55 helper aud55s: faults found annotating A/RES/79/197 (external debt sustainability) and A/RES/80/208 (a democratic and
// equitable international order). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/197', date: '2024-12-19' };
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const UN = 'Organization:United Nations';

describe('the United Nations as the setting of discussions held "in" it is no target', () => {
  it('A/RES/79/197 OP35: "and, furthermore, takes note of discussions in the United Nations on debt issues"', () => {
    const rel = relations(
      'Expresses its concern regarding the ability of non-cooperative minority bondholders to disrupt the will of the large majority of bondholders who accept a restructuring of a debt-crisis country’s obligations, given the potential broader implications in other countries, notes contractual and legislative steps taken by countries to prevent these activities, and encourages all Governments to take action, as appropriate, and, furthermore, takes note of discussions in the United Nations on debt issues;',
    );
    expect(rel.filter((r) => r.endsWith(UN))).toEqual([]);
  });

  it('guard: A/RES/79/197 OP38 "Recalls that the United Nations, as a universal intergovernmental body, has provided a platform": the actor stays', () => {
    const rel = relations(
      'Recalls that the United Nations, as a universal intergovernmental body, has provided a platform for both creditors and debtors to discuss ways to improve external debt sustainability;',
    );
    expect(rel).toContain(`RECALLS ${UN}`);
  });

  it('guard: "the role of the United Nations in discussions" keeps the Organization (its role, not a setting)', () => {
    const rel = relations('Recognizes the role of the United Nations in discussions on debt issues;');
    expect(rel).toContain(`RECOGNIZES ${UN}`);
  });
});

describe('a group of experts printed with its owner ("<Group of Experts on X> of the <body>") is PART_OF the body', () => {
  const { attributions } = oneParagraph({ ctx, kind: 'operative' });
  const IGE = 'Organization:Intergovernmental Group of Experts on Financing for Development';
  const UNCTAD = 'Organization:United Nations Conference on Trade and Development';

  it('A/RES/79/197 OP39: "the establishment of the Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and Development, notes its eighth session"', () => {
    const att = attributions(
      'Also recalls the establishment of the Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and Development, notes its eighth session, held in November 2024, at which policy priorities for addressing the high cost of development financing to achieve the 2030 Agenda are items for deliberation, and recalls the request that the work of the Intergovernmental Group of Experts on Financing for Development at the United Nations Conference on Trade and Development be presented as a regular input to the Economic and Social Council forum on financing for development follow-up, in accordance with the terms of reference of the Intergovernmental Group of Experts;',
    );
    expect(att).toContain(`PART_OF ${IGE} -> ${UNCTAD}`);
    // (its session stays the Group's, as accuracy-aud23c asserts)
    expect(att).toContain(`SESSION_OF Event:eighth session of the Intergovernmental Group of Experts on Financing for Development -> ${IGE}`);
  });

  it('guard: "the policy recommendations of the United Nations Conference on Trade and Development" names no group: no PART_OF', () => {
    const att = attributions('Takes note of the policy recommendations of the United Nations Conference on Trade and Development contained in report A/79/209, on the use of debt swaps for development;');
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "the Group of Experts on X" followed by ", the <body>" (a list, not its owner) gives no PART_OF', () => {
    const att = attributions('Invites the Intergovernmental Group of Experts on Financing for Development, the United Nations Conference on Trade and Development and the World Bank to continue their work;');
    expect(att).not.toContain(`PART_OF ${IGE} -> ${UNCTAD}`);
  });
});

describe('"the debt swap initiative of the <Commission>, Debt for Climate Adaptation Swap": the initiative named in capitals', () => {
  const { relations, keys, attributions } = oneParagraph({ ctx, kind: 'preambular' });
  const TEXT =
    'Recalling the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030, reiterating that severe natural disasters and social or economic shocks can pose immediate fiscal challenges or undermine a country’s debt sustainability, and noting that public creditors have taken steps to ease debt repayment obligations through debt rescheduling and debt cancellation following an earthquake or a tsunami and in the context of the Ebola crisis in West Africa, noting the debt swap initiative of the Economic Commission for Latin America and the Caribbean, Debt for Climate Adaptation Swap, and encouraging consideration of further debt relief steps, such as the use of State-contingent debt instruments where appropriate, and/or other measures for countries affected in this regard, as feasible,';

  it('A/RES/79/197 PP20: the initiative is named and noted, beside the Commission', () => {
    expect(keys(TEXT, 'Initiative:')).toEqual(['Initiative:Debt for Climate Adaptation Swap']);
    const rel = relations(TEXT);
    expect(rel).toContain('NOTES Initiative:Debt for Climate Adaptation Swap');
    expect(rel).toContain('NOTES Organization:Economic Commission for Latin America and the Caribbean');
  });

  it('A/RES/79/197 PP20: the Commission whose initiative it is LEADS it', () => {
    expect(attributions(TEXT)).toContain('LEADS Organization:Economic Commission for Latin America and the Caribbean -> Initiative:Debt for Climate Adaptation Swap');
  });

  it('guard: a list "the Economic Commission for Africa, Debt for Climate Adaptation Swap" with no "initiative of" before gives no LEADS', () => {
    const att = attributions('Noting the work of the Economic Commission for Africa, Debt for Climate Adaptation Swap and other initiatives,');
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "debt swaps for climate adaptation" in lower case names nothing', () => {
    expect(keys('Calls for the scaling up of debt swaps for climate adaptation and debt swaps for food security;', 'Initiative:', 'operative')).toEqual([]);
  });
});
