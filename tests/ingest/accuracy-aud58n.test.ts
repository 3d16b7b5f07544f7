// Session-58 audit aud58n: residual faults reported by the session's helpers. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
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

  it('guard: the United Nations printed at the head of a convention\'s name is no owner read (A/RES/78/148 PP3 form)', () => {
    const text = 'Recalling the United Nations Convention against Corruption,';
    expect(keys(text, 'Organization:', 'preambular', ctxOf('A/RES/78/148', '2023-12-19'))).toEqual([]);
  });
});
