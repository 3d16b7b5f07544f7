// Session-67 audit aud67r: three Fifth Committee texts, A/RES/78/302 (financing of UNMIK), A/RES/80/237 (activities of the OIOS),
// A/RES/79/245 (financial reports and reports of the Board of Auditors). Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const OIOS_CTX = ctxOf('A/RES/80/237', '2025-12-30', 'Report on the activities of the Office of Internal Oversight Services');
const AUDIT_CTX = ctxOf('A/RES/79/245', '2024-12-24', 'Financial reports and audited financial statements, and reports of the Board of Auditors');
const { relations } = oneParagraph({ ctx: OIOS_CTX, kind: 'operative' });
const UN = 'Organization:United Nations';
const GA = 'Organization:General Assembly';

describe('"across the United Nations": a setting, as "throughout" (session 54) and "across the Secretariat" (session 58)', () => {
  it('A/RES/80/237 I.OP18: "share good practices for achieving organizational results across the United Nations"', () => {
    const rels = relations(
      'Also notes the efforts of the Office of Internal Oversight Services and its work with the Business Transformation and Accountability Division to enhance the use of evaluation in order to drive improvements in programme performance and mandate delivery and, if applicable, share good practices for achieving organizational results across the United Nations;',
    );
    expect(rels).not.toContain(`NOTES ${UN}`);
    expect(rels).toContain('NOTES Organization:Office of Internal Oversight Services');
    expect(rels).toContain('NOTES Organization:Business Transformation and Accountability Division');
  });

  it('A/RES/80/180 PP12: "advocacy for the advancement of youth issues across the United Nations" (the Youth Office stays)', () => {
    const rels = relations(
      'Recognizing the importance of empowering young persons, and in this regard acknowledging the role of the United Nations Youth Office in leading engagement and advocacy for the advancement of youth issues across the United Nations and, inter alia, in working with youth,',
      'preambular',
      ctxOf('A/RES/80/180', '2025-12-15', 'Policies and programmes involving youth'),
    );
    expect(rels).not.toContain(`ACKNOWLEDGES ${UN}`);
    expect(rels).toContain('ACKNOWLEDGES Organization:United Nations Youth Office');
  });

  it('guard: A/RES/80/237 I.OP19 "to work with the Organization": a partner, still a target (session 54)', () => {
    const rels = relations(
      'Further notes that there are accepted recommendations that are beyond their targeted date for implementation, and encourages the Office of Internal Oversight Services to continue to make recommendations more actionable and to work with the Organization, where appropriate;',
    );
    expect(rels).toContain(`ENCOURAGES ${UN}`);
  });
});

describe('"decision-making by the General Assembly": the Assembly\'s own act, no edge (as "decisions taken by the")', () => {
  it('A/RES/79/245 OP10: "which is indispensable to informed decision-making by the General Assembly"', () => {
    const rels = relations(
      'Requests the Secretary-General to continue to ensure unhindered communication and cooperation between the Board of Auditors and the Administration in the conduct of audits and during the preparation of their respective reports, which is indispensable to informed decision-making by the General Assembly;',
      'operative',
      AUDIT_CTX,
    );
    expect(rels).not.toContain(`REQUESTS ${GA}`);
    expect(rels).toContain('REQUESTS Organization:Board of Auditors');
  });

  it('guard: A/RES/79/245 OP14 "to submit a comprehensive report on cost recovery to the General Assembly": the addressee stays', () => {
    const rels = relations(
      'Notes the findings of the Board of Auditors regarding the cost-recovery resources, and requests the Secretary-General to submit a comprehensive report on cost recovery to the General Assembly, covering all the issues identified;',
      'operative',
      AUDIT_CTX,
    );
    expect(rels).toContain(`REQUESTS ${GA}`);
  });
});
