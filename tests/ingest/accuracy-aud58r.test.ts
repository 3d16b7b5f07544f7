// Session-58 helper aud58r: the lead's rulings of session 58. Each case quotes the file and paragraph it comes from; each
// rule has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/49', '2023-12-04'), kind: 'operative' });

const IAEA = 'Organization:International Atomic Energy Agency';
const WTO = 'Organization:World Trade Organization';

describe('ruling 2: the owner printed at the head of a framework\'s name is part of the name: mentioned, no target of the verb', () => {
  it('A/RES/78/49 OP8 (80/26 OP8): "the International Atomic Energy Agency Code of Practice on the International Transboundary Movement of Radioactive Waste"', () => {
    const text =
      'Expresses the hope that the effective implementation of the International Atomic Energy Agency Code of Practice on the International Transboundary Movement of Radioactive Waste will enhance the protection of all States from the dumping of radioactive wastes on their territories;';
    const rel = relations(text);
    expect(rel.filter((r) => r.startsWith('EXPRESSES Framework:'))).toHaveLength(1);
    expect(rel).not.toContain(`EXPRESSES ${IAEA}`);
    expect(keys(text, 'Organization:')).toContain(IAEA);
  });

  it('A/RES/78/280 PP41: "reaffirming the World Trade Organization Agreement on Trade-Related Aspects of Intellectual Property Rights"', () => {
    const text =
      'Encouraging the promotion of increased access to affordable, safe, effective and quality medicines, including generics, vaccines, diagnostics and health technologies, reaffirming the World Trade Organization Agreement on Trade-Related Aspects of Intellectual Property Rights (TRIPS Agreement) as amended, and also reaffirming the 2001 World Trade Organization Doha Declaration on the TRIPS Agreement and Public Health,';
    const rel = relations(text, 'preambular', ctxOf('A/RES/78/280', '2024-06-20'));
    expect(rel.filter((r) => r.startsWith('REAFFIRMS Framework:')).length).toBeGreaterThanOrEqual(2);
    expect(rel).not.toContain(`REAFFIRMS ${WTO}`);
    expect(keys(text, 'Organization:', 'preambular', ctxOf('A/RES/78/280', '2024-06-20'))).toContain(WTO);
  });

  it('guard: the sitting printed after " of the " in a framework\'s name still takes the verb (A/RES/78/132 PP4, session 51)', () => {
    const text = 'Recalling the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,';
    expect(relations(text, 'preambular', ctxOf('A/RES/78/132', '2023-12-19'))).toContain('RECALLS Event:Third International Conference on Financing for Development');
  });

  it('guard: an organ printed with its owner at the head keeps the owner as a target (session 50; A/RES/78/263 OP34)', () => {
    const text = 'Calls upon the United Nations system and Member States to support the African Union Centre for Post-Conflict Reconstruction and Development;';
    expect(relations(text, 'operative', ctxOf('A/RES/78/263', '2023-12-22'))).toContain('CALLS_UPON Organization:African Union');
  });
});
