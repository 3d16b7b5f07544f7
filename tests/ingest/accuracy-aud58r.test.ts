// Session-58 helper aud58r: the lead's rulings of session 58. Each case quotes the file and paragraph it comes from; each
// rule has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/49', '2023-12-04'), kind: 'operative' });

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

describe('ruling 3: a declaration adopted at a conference "as contained in" a resolution: the conference ADOPTED it; the resolution is cited, no adopter', () => {
  const OCEAN2025 = 'Event:United Nations Ocean Conference @ 2025';
  const DECLARATION = 'Framework:Our ocean, our future: united for urgent action';
  const PP6 =
    'Welcoming the convening of the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, in Nice, France, from 9 to 13 June 2025, at which the political declaration entitled \u201cOur ocean, our future: united for urgent action\u201d was adopted, as contained in General Assembly resolution 79/314 of 30 June 2025, which underlines the interlinkages and potential synergies between Goal 14 and the other Sustainable Development Goals, as well as the importance of halting and reversing the decline in the health of the ocean\u2019s ecosystems and biodiversity and of protecting and restoring its resilience and ecological integrity,';
  const ctx = ctxOf('A/RES/80/130', '2025-12-15');

  it('A/RES/80/130 PP6 (80/134 PP10, 80/145 PP24): ADOPTED by the Conference only; WELCOMES the resolution', () => {
    const att = attributions(PP6, 'preambular', ctx);
    expect(att).toContain(`ADOPTED ${OCEAN2025} -> ${DECLARATION}`);
    expect(att.filter((a) => a.includes('Resolution:A/RES/79/314'))).toEqual([]);
    const rel = relations(PP6, 'preambular', ctx);
    expect(rel).toContain('WELCOMES Resolution:A/RES/79/314');
    expect(rel).toContain(`WELCOMES ${DECLARATION}`);
  });

  it('guard: A/RES/80/109 PP20 "its resolution 79/314 ..., in which it endorsed the declaration": the resolution ENDORSES it', () => {
    const text =
      'Recalling its resolution 79/314 of 30 June 2025, in which it endorsed the declaration entitled \u201cOur ocean, our future: united for urgent action\u201d adopted by the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/80/109', '2025-12-15'))).toContain(`ENDORSES Resolution:A/RES/79/314 -> ${DECLARATION}`);
  });
});
