// Session-58 audit aud58n: residual faults reported by the session's helpers. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/188', '2025-12-15'), kind: 'preambular' });

const AU = 'Organization:African Union';

describe('item 2: the owner at the head of a framework keyed whole is mentioned, no target of the verb (session-58 ruling)', () => {
  it('A/RES/80/188 PP3 (78/185 PP3): "the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa"', () => {
    const text =
      'Welcoming the entry into force on 6 December 2012 and the ongoing process of ratification of the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa, which marks a significant step towards strengthening the national and regional normative frameworks for the protection of and assistance to internally displaced persons,';
    expect(keys(text, 'Organization:')).toEqual([AU]);
    const rel = relations(text);
    expect(rel).toContain('WELCOMES Framework:African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa');
    expect(rel).not.toContain(`WELCOMES ${AU}`);
  });

  it('A/RES/78/263 OP34 (79/264 OP34): "the African Union Post-Conflict Reconstruction and Development Framework"', () => {
    const text =
      'Calls upon the United Nations system and Member States to support the peace consolidation mechanisms and processes, including the African Peace and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development Framework;';
    const ctx = ctxOf('A/RES/78/263', '2023-12-22');
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(AU);
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('CALLS_UPON Framework:African Union Post-Conflict Reconstruction and Development Framework');
    expect(rel).not.toContain(`CALLS_UPON ${AU}`);
  });

  it('A/RES/79/290 OP23: ASEAN frameworks keyed whole; the owner is read from the longest head ("Association of Southeast Asian Nations")', () => {
    const text =
      'Also encourages enhanced collaboration on sustainable minerals development, including support for the implementation of the Association of Southeast Asian Nations Principles on Sustainable Minerals Development adopted by the Association of Southeast Asian Nations Ministerial Meeting on Minerals in November 2023 and the Association of Southeast Asian Nations Minerals Development Vision and its action plan;';
    const ctx = ctxOf('A/RES/79/290', '2025-05-27');
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain('Organization:Association of Southeast Asian Nations');
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('ENCOURAGES Framework:Association of Southeast Asian Nations Minerals Development Vision');
    expect(rel).not.toContain('ENCOURAGES Organization:Association of Southeast Asian Nations');
  });

  it('A/RES/79/194 PP24 (78/132 PP22, 80/118 PP28): "the United Nations Development Programme Digital Strategy 2022–2025", keyed with a hyphen', () => {
    const text =
      'Taking note of the United Nations Development Programme Digital Strategy 2022\u20132025, which seeks to assist countries, upon their request, in their efforts towards digital transformation through the creation of inclusive and resilient digital ecosystems,';
    const ctx = ctxOf('A/RES/79/194', '2024-12-19');
    expect(keys(text, 'Organization:', 'preambular', ctx)).toEqual(['Organization:United Nations Development Programme']);
    expect(relations(text, 'preambular', ctx)).not.toContain('NOTES Organization:United Nations Development Programme');
  });

  it('guard: the United Nations printed at the head of a convention\'s name is no owner read (A/RES/78/148 PP3 form)', () => {
    const text = 'Recalling the United Nations Convention against Corruption,';
    expect(keys(text, 'Organization:', 'preambular', ctxOf('A/RES/78/148', '2023-12-19'))).toEqual([]);
  });
});

describe('item 3: a period printed after the plan a quoted title names is the plan\'s name, no date (session-55 ruling on spans in names)', () => {
  const PP11 =
    'Recalling World Health Assembly resolutions on ageing, specifically resolution 58.16 of 25 May 2005 on strengthening active and healthy ageing,13 which stressed the important role of public health policies and programmes in enabling the rapidly growing number of older persons to remain in good health and maintain their many vital contributions to the well-being of their families, communities and societies, resolution 65.3 of 25 May 2012 on strengthening non-communicable disease policies to promote active ageing,14 which recognized that population ageing is among the major factors contributing to the rising incidence and prevalence of non-communicable diseases and noted the importance of lifelong health-promotion and disease-prevention activities, and resolution 69.3 of 29 May 2016, entitled \u201cGlobal strategy and action plan on ageing and 2016\u20132020: towards a world in which everyone can live a long and healthy life\u201d,15';

  it('A/RES/78/177 PP11 (79/147 PP10, 80/179 PP10): "entitled “Global strategy and action plan on ageing and [health] 2016–2020: ...”"', () => {
    expect(keys(PP11, 'Date:', 'preambular', ctxOf('A/RES/78/177', '2023-12-19'))).toEqual(['Date:2005-05-25', 'Date:2012-05-25', 'Date:2016-05-29']);
  });

  it('guard: A/RES/79/205 OP14 "entitled “El Niño 2023–2024: Actions for ...”": no plan named before the years, they stay dates', () => {
    const text =
      'Welcomes the convening of the joint thematic event by the President of the General Assembly and the President of the Economic and Social Council entitled \u201cEl Ni\u00f1o 2023\u20132024: Actions for the safety, sustainability, and resilience of people and the planet\u201d on 30 April 2024;';
    const dates = keys(text, 'Date:', 'operative', ctxOf('A/RES/79/205', '2024-12-19'));
    expect(dates).toContain('Date:2023');
    expect(dates).toContain('Date:2024');
  });

  it('guard: A/RES/78/164 OP50 "the sub-item entitled “Implementation of the Third United Nations Decade for the Eradication of Poverty (2018–2027)”": a decade\'s own years', () => {
    const text =
      'Decides to include in the provisional agenda of its seventy-ninth session, under the item entitled \u201cEradication of poverty and other development issues\u201d, the sub-item entitled \u201cImplementation of the Third United Nations Decade for the Eradication of Poverty (2018\u20132027)\u201d, unless otherwise agreed.';
    const dates = keys(text, 'Date:', 'operative', ctxOf('A/RES/78/164', '2023-12-19'));
    expect(dates).toContain('Date:2018');
    expect(dates).toContain('Date:2027');
  });
});

describe('item 1: "the Model Law on Secured Transactions of the Commission" in the UNCITRAL report is UNCITRAL\'s (reported from warm-up.ts\' made-up sample)', () => {
  it('guard: A/RES/79/117 OP7 (e): every "Commission" of the paragraph is the United Nations Commission on International Trade Law', () => {
    const pp1 =
      'Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law with a mandate to further the progressive harmonization and unification of the law of international trade,';
    const op7 =
      'Welcomes the decision by the Commission to request its secretariat: (e) To organize a colloquium on secured transactions using new types of assets and their treatment under the Model Law on Secured Transactions of the Commission;';
    const r = extractResolution(
      gaResolution('A/RES/79/117', '2024-12-04', [notedParagraph('PP1', pp1), notedParagraph('OP7', op7)], 'Report of the United Nations Commission on International Trade Law on the work of its fifty-seventh session'),
    );
    const organizations = r.paragraphs[1]!.mentions.filter((m) => m.kind === 'Organization').map((m) => m.key);
    expect(new Set(organizations)).toEqual(new Set(['Organization:United Nations Commission on International Trade Law']));
    expect(r.paragraphs[1]!.relations.map((x) => `${x.type} ${x.target}`)).toContain('WELCOMES Framework:Model Law on Secured Transactions');
  });
});
