// Session-62 audit aud62f: A/RES/79/321 (Follow-up to the Declaration and Programme of Action on a Culture of Peace), annotated
// from the raw text (tests/gold/aud62f-A_RES_79_321.gold.tsv). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/321', '2025-07-25'), kind: 'preambular' });

describe('the owner printed after " of (the) " at the end of its founding instrument\'s name takes the clause\'s verb', () => {
  const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/79/321 PP2 (78/277 PP2): "Recalling the Constitution of the United Nations Educational, Scientific and Cultural Organization, which states that ..."', () => {
    const r = relations(
      'Recalling the Constitution of the United Nations Educational, Scientific and Cultural Organization, which states that, “since wars begin in the minds of men, it is in the minds of men that the defences of peace must be constructed”,',
    );
    expect(r).toContain('RECALLS Framework:Constitution of the United Nations Educational, Scientific and Cultural Organization');
    expect(r).toContain(`RECALLS ${UNESCO}`);
  });

  it('A/RES/79/329 PP2: "Recalling also the principles of the Constitutive Act of the African Union adopted in 2000 in Lomé"', () => {
    const r = relations('Recalling also the principles of the Constitutive Act of the African Union adopted in 2000 in Lomé,', 'preambular', ctxOf('A/RES/79/329', '2025-07-25'));
    expect(r).toContain('RECALLS Framework:Constitutive Act of the African Union');
    expect(r).toContain('RECALLS Organization:African Union');
  });

  it('A/RES/79/290 OP11: "in accordance with international law, the Charter of the United Nations and the Charter of the Association of Southeast Asian Nations": ASEAN, not the United Nations', () => {
    const r = relations(
      'Reaffirms the importance of enhancing regional security and cooperation and the peaceful settlement of disputes to promote peace, stability and prosperity, in accordance with international law, the Charter of the United Nations and the Charter of the Association of Southeast Asian Nations, as well as the Treaty of Amity and Cooperation in Southeast Asia;',
      'operative',
      ctxOf('A/RES/79/290', '2025-06-23'),
    );
    expect(r).toContain('REAFFIRMS Framework:Charter of the Association of Southeast Asian Nations');
    expect(r).toContain('REAFFIRMS Organization:Association of Southeast Asian Nations');
    expect(r).not.toContain('REAFFIRMS Organization:United Nations');
  });

  it('guard A/RES/79/316 PP1: "the Charter of the United Nations": the Organization takes no verb of its Charter', () => {
    const text =
      'Reaffirming the commitment made by all Member States under the Charter of the United Nations to promote and encourage universal respect for and observance of all human rights and fundamental freedoms for all without distinction as to race, sex, language or religion,';
    const r = relations(text, 'preambular', ctxOf('A/RES/79/316', '2025-07-25'));
    expect(r).toContain('REAFFIRMS Framework:Charter of the United Nations');
    expect(r).not.toContain('REAFFIRMS Organization:United Nations');
  });

  it('guard A/RES/78/6 OP3: "the Agreement on the Privileges and Immunities of the International Criminal Court": a privileges agreement, the Court no target (aud61p gold)', () => {
    const text =
      'Further welcomes the States parties as well as States not parties to the Rome Statute that are parties to the Agreement on the Privileges and Immunities of the International Criminal Court, and calls upon all States that have not yet done so to consider becoming parties to that Agreement;';
    const ctx = ctxOf('A/RES/78/6', '2023-11-01');
    const r = relations(text, 'operative', ctx);
    expect(r).toContain('WELCOMES Framework:Agreement on the Privileges and Immunities of the International Criminal Court');
    expect(r.filter((x) => x.endsWith('Organization:International Criminal Court'))).toEqual([]);
    // (the Court is still an entity the paragraph names)
    expect(keys(text, 'Organization:International Criminal Court', 'operative', ctx)).not.toEqual([]);
  });
});
