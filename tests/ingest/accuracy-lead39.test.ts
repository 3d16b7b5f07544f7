// Lead's fix, session 39 (found by aud39h, left open there): a body whose name ends in "Security Council" is not the
// Security Council. "the Food and Nutrition Security Council of the Community" (A/RES/79/265, the Community of
// Portuguese-speaking Countries' council) gave EMPHASIZES / NOTES to the United Nations Security Council, its last two words
// read alone. Now a gazetteer entry for that council; guard: the Council's own resolutions still cite the Security Council.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_265: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/265', date: '2024-12-17' };
const { relations } = oneParagraph({ ctx: GA79_265, kind: 'preambular' });
const CPLP_COUNCIL = 'Organization:Food and Nutrition Security Council of the Community of Portuguese-speaking Countries';

describe('a council named "... Security Council" of another body is that body\'s council', () => {
  it('A/RES/79/265 PP9: "through the work of the Food and Nutrition Security Council of the Community" emphasizes that council, not the Security Council', () => {
    const pp9 =
      'Highlighting the commitment demonstrated by the Community of Portuguese-speaking Countries in addressing the issue of food security and nutrition, namely, through the work of the Food and Nutrition Security Council of the Community, a multisectoral, multi-actor, multilevel and inclusive governance platform, and the implementation of the food and nutrition security strategy of the Community,';
    const rels = relations(pp9);
    expect(rels).toContain(`EMPHASIZES ${CPLP_COUNCIL}`);
    expect(rels.filter((r) => r.includes('Organization:Security Council'))).toEqual([]);
  });

  it('A/RES/79/265 OP3: "the resolution on the sustainability of the Food and Nutrition Security Council of the Community" notes that council', () => {
    const op3 =
      'Notes the adoption at the fourteenth Conference of Heads of State and Government of the Community of Portuguese-speaking Countries of the resolution on the Community Charter of Rights and Principles in Digital Environments, the creation of the Community network of focal points for human rights and the resolution on the sustainability of the Food and Nutrition Security Council of the Community;';
    const rels = relations(op3, 'operative');
    expect(rels).toContain(`NOTES ${CPLP_COUNCIL}`);
    expect(rels.filter((r) => r.includes('Organization:Security Council'))).toEqual([]);
  });

  it('guard: A/RES/78/219 PP29 "Welcoming also the adoption of Security Council resolution 2669 (2022), in which the Council demanded ..." still names the Security Council', () => {
    const pp29 =
      'Welcoming also the adoption of Security Council resolution 2669 (2022), in which the Council demanded an immediate end to all forms of violence throughout Myanmar and urged restraint and de-escalation of tensions, while acknowledging the central role of ASEAN, including its five-point consensus on Myanmar,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };
    // (aud42e: the Council, subject of the act its cited resolution reports, is the author, no WELCOMES target, as the Assembly
    // in "in which the Assembly reaffirmed"; the guard's point stays: "the Council" is still read as the Security Council)
    const x = oneParagraph({ ctx, kind: 'preambular' }).extract(pp29);
    expect(x.mentions.filter((m) => m.phrase === 'Council').map((m) => m.key)).toEqual(['Organization:Security Council']);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('WELCOMES Resolution:S/RES/2669(2022)');
  });
});
