// Misses found by the session-28 audit aud28a: A/RES/80/226 (United Nations Model Strategies on Reducing Reoffending), and
// the same forms in other texts of corpus-ga. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/226', date: '2025-12-18' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const MODEL_STRATEGIES = 'Framework:United Nations Model Strategies on Reducing Reoffending';

describe('the United Nations Model Strategies on Reducing Reoffending (the Kyoto Model Strategies)', () => {
  it('A/RES/80/226 OP2: "Adopts the proposed version of the model strategies ..., annexed to the present resolution, as the United Nations Model Strategies on Reducing Reoffending": the resolution adopted them', () => {
    const text =
      'Adopts the proposed version of the model strategies on reducing reoffending, annexed to the present resolution, as the United Nations Model Strategies on Reducing Reoffending;';
    expect(keys(text, 'Framework:')).toEqual([MODEL_STRATEGIES]);
    // (one edge for the one adoption: ADOPTED, no ADOPTS twin: aud44f)
    expect(relations(text)).not.toContain(`ADOPTS ${MODEL_STRATEGIES}`);
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

describe('the crime programme network and the crime commission expert groups, printed in lower case', () => {
  const PNI = 'Organization:United Nations Crime Prevention and Criminal Justice Programme Network';
  const REOFFENDING_GROUP = 'Organization:Open-ended Intergovernmental Expert Group on Model Strategies on Reducing Reoffending';

  it('A/RES/80/226 OP4 (c): "the institutes of the United Nations crime prevention and criminal justice programme network"', () => {
    const text =
      'Requests the United Nations Office on Drugs and Crime, within its mandate: (c) To closely coordinate with the institutes of the United Nations crime prevention and criminal justice programme network and with other relevant national and regional institutes;';
    expect(relations(text)).toContain(`REQUESTS ${PNI}`);
    expect(keys(text, 'Organization:United Nations', 'operative', { ...GA })).not.toContain('Organization:United Nations');
  });

  it('guard: the programme without "network" is not the network', () => {
    const text = 'Requests the Secretary-General to support the United Nations crime prevention and criminal justice programme;';
    expect(keys(text, PNI)).toEqual([]);
  });

  it('A/RES/80/226 PP2 and OP1: "the open-ended intergovernmental expert group on model strategies on reducing reoffending", then "the open-ended intergovernmental expert group at its meetings"', () => {
    const ctx: RecognizeContext = { ...GA };
    const pp2 =
      'Recalling also its requests to the United Nations Office on Drugs and Crime, subject to the availability of extrabudgetary resources, to convene two meetings of the open-ended intergovernmental expert group on model strategies on reducing reoffending, with interpretation in all official languages of the United Nations, with a view to developing model strategies on reducing reoffending,';
    expect(relations(pp2, 'preambular', ctx)).toContain(`RECALLS ${REOFFENDING_GROUP}`);
    const op1 =
      'Welcomes the work undertaken by the open-ended intergovernmental expert group at its meetings to develop draft model strategies on reducing reoffending, and takes note of the reports of the expert group on those meetings;';
    expect(relations(op1, 'operative', ctx)).toContain(`WELCOMES ${REOFFENDING_GROUP}`);
  });

  it('A/RES/80/227 OP18: "the open-ended intergovernmental expert group on crimes that affect the environment, whose mandate is" ("that" inside the name)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/227', date: '2025-12-18' };
    const text =
      'Welcomes the establishment, in accordance with Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 12/4, of the open-ended intergovernmental expert group on crimes that affect the environment, whose mandate is to take stock of the application of the Convention;';
    expect(keys(text, 'Organization:Open-ended', 'operative', ctx)).toEqual(['Organization:Open-ended Intergovernmental Expert Group on Crimes that Affect the Environment']);
  });

  it('guard: the short form with no full name before it is no node (A/RES/78/224 OP10), nor the expert group meeting (A/RES/79/187 PP)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/224', date: '2023-12-19' };
    const text = 'Strongly encourages Member States to actively participate in the meeting of the open-ended intergovernmental expert group and to include in their delegations experts from a variety of relevant disciplines;';
    expect(keys(text, 'Organization:Open-ended', 'operative', ctx)).toEqual([]);
    const pp = 'Taking note of the discussions and progress made at the open-ended intergovernmental expert group meeting on model strategies on reducing reoffending, which was convened with the support of the Government of Japan,';
    expect(extract(pp, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/187', date: '2024-12-17' }).mentions.filter((m) => m.key === REOFFENDING_GROUP)).toEqual([]);
  });
});
