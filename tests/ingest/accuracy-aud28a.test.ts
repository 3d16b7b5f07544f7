// Misses found by the session-28 audit aud28a: A/RES/80/226 (United Nations Model Strategies on Reducing Reoffending), and
// the same forms in other texts of corpus-ga. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/226', date: '2025-12-18' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const MODEL_STRATEGIES = 'Framework:United Nations Model Strategies on Reducing Reoffending';

describe('the United Nations Model Strategies on Reducing Reoffending (the Kyoto Model Strategies)', () => {
  it('A/RES/80/226 OP2: "Adopts the proposed version of the model strategies ..., annexed to the present resolution, as the United Nations Model Strategies on Reducing Reoffending": the resolution adopted them', () => {
    const text =
      'Adopts the proposed version of the model strategies on reducing reoffending, annexed to the present resolution, as the United Nations Model Strategies on Reducing Reoffending;';
    expect(keys(text, 'Framework:')).toEqual([MODEL_STRATEGIES]);
    expect(relations(text)).toContain(`ADOPTS ${MODEL_STRATEGIES}`);
    expect(attributions(text)).toContain(`ADOPTED Resolution:A/RES/80/226 -> ${MODEL_STRATEGIES}`);
  });

  it('A/RES/80/229 OP39: "the United Nations Model Strategies on Reducing Reoffending (the Kyoto Model Strategies) ... the broad dissemination of the Kyoto Model Strategies": one framework', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-18' };
    const text =
      'Encourages Member States to enhance measures for reducing reoffending by making the best use of the United Nations Model Strategies on Reducing Reoffending (the Kyoto Model Strategies) within the framework of the national legal system of each Member State in accordance with applicable international law, including relevant human rights law, and requests the United Nations Office on Drugs and Crime, within its mandate and existing resources, to take steps to ensure the broad dissemination of the Kyoto Model Strategies, to develop training materials and to provide technical assistance to Member States upon request;';
    const rels = relations(text, 'operative', ctx);
    expect(rels).toContain(`ENCOURAGES ${MODEL_STRATEGIES}`);
    expect(rels).toContain(`REQUESTS ${MODEL_STRATEGIES}`);
    expect(keys(text, 'Framework:', 'operative', { ...ctx }).every((k) => k === MODEL_STRATEGIES)).toBe(true);
    expect(keys(text, 'Place:', 'operative', { ...ctx })).toEqual([]);
  });

  it('guard: the model strategies printed in lower case, before they were adopted, are no framework (A/RES/80/226 PP2)', () => {
    const text = 'Recalling also its requests to the United Nations Office on Drugs and Crime to convene two meetings, with a view to developing model strategies on reducing reoffending,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([]);
  });

  it('guard: only the name after "as the" is adopted, not a framework named elsewhere in the clause', () => {
    const text = 'Adopts the proposed version of the model strategies on reducing reoffending, bearing in mind the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law;';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: another verb with "as the" adopts nothing ("Welcomes ... as the ...")', () => {
    const text = 'Welcomes the proposed version of the model strategies, annexed to the report, as the United Nations Model Strategies on Reducing Reoffending;';
    expect(relations(text)).toContain(`WELCOMES ${MODEL_STRATEGIES}`);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
