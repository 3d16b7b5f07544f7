// Misses found by the session-51 audit aud51n (gold set: A/RES/80/227, 78/213, 78/178, Third Committee), and the same forms
// in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/178', date: '2023-12-19' };

const { extract, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const SDGS = 'Framework:Sustainable Development Goals';
const DDR_2018 = 'Document:disability and development report 2018';
const DDR_2024 = 'Document:disability and development report 2024';

/** the printed span of the mention keyed `key` */
function phraseOf(text: string, key: string, ctx: RecognizeContext = { ...GA }): string | undefined {
  return extract(text, 'preambular', ctx).mentions.find((m) => m.key === key)?.phrase;
}

describe('a report edition printed with its subtitle: the subtitle is the edition\'s, and a name inside it no mention of its own', () => {
  it('A/RES/78/178 PP32: "the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with Disabilities,2" (year first)', () => {
    const text =
      'Recognizing persons with disabilities as both agents and beneficiaries of development, stressing the need to promote the rights of persons with disabilities and their participation, including through their representative organizations, in implementing the 2030 Agenda, and in that regard noting with appreciation the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with Disabilities,2 the first progress report on disability inclusion in the context of the 2030 Agenda, which is aimed at advancing efforts to remove barriers and empower persons with disabilities,';
    const found = relations(text);
    expect(found).toContain(`NOTES ${DDR_2018}`);
    expect(found).not.toContain(`NOTES ${SDGS}`);
    expect(phraseOf(text, DDR_2018)).toBe('2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with Disabilities');
  });

  it('A/RES/78/195 PP21: the subtitle ends at a footnote mark ("... Persons with Disabilities 11 presents an overview")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/195', date: '2023-12-19' };
    const text =
      'Recalling that the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with Disabilities 11 presents an overview of the status of accessibility for persons with disabilities,';
    const found = relations(text, 'preambular', ctx);
    expect(found).toContain(`RECALLS ${DDR_2018}`);
    expect(found).not.toContain(`RECALLS ${SDGS}`);
  });

  it('A/RES/79/149 PP10: "the Disability and Development Report 2024: Accelerating the Realization of the Sustainable Development Goals by, for and with Persons with Disabilities," (year after)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/149', date: '2024-12-17' };
    const text =
      'Looking forward to the publication of the Disability and Development Report 2024: Accelerating the Realization of the Sustainable Development Goals by, for and with Persons with Disabilities, the executive summary of which was launched in December 2023,';
    const found = relations(text, 'preambular', ctx);
    expect(found).toContain(`LOOKS_FORWARD_TO ${DDR_2024}`);
    expect(found).not.toContain(`LOOKS_FORWARD_TO ${SDGS}`);
  });

  it('A/RES/79/227 PP52: "entitled 2024 Global Report on Food Crises: Joint Analysis for Better Decisions," (year first, with its subject)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/227', date: '2024-12-19' };
    const text = 'Expressing concern at the findings of the publication entitled 2024 Global Report on Food Crises: Joint Analysis for Better Decisions,';
    expect(phraseOf(text, 'Document:global report on food crises 2024', ctx)).toBe('2024 Global Report on Food Crises: Joint Analysis for Better Decisions');
  });

  it('guard: the Goals named outside the title stay a target ("... Persons with Disabilities, and the Sustainable Development Goals")', () => {
    const text =
      'Noting with appreciation the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with Disabilities, and recalling the Sustainable Development Goals,';
    const found = relations(text);
    expect(found).toContain(`NOTES ${DDR_2018}`);
    expect(found).toContain(`RECALLS ${SDGS}`);
  });

  it('guard, A/RES/78/141 OP35: a publisher after the subtitle ("... for All by the United Nations Conference on Trade and Development") keeps its own mention and the verb', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/141', date: '2023-12-19' };
    const text =
      'Takes note of the World Investment Report 2023: Investing in Sustainable Energy for All by the United Nations Conference on Trade and Development, and invites the consideration of the proposals contained therein as appropriate;';
    const found = relations(text, 'operative', ctx);
    expect(found).toContain('NOTES Organization:United Nations Conference on Trade and Development');
    expect(found.some((r) => r.includes('Sustainable Energy for All'))).toBe(false);
  });

  it('guard: a year-first report with no subtitle is read as before ("the 2023 Global Sustainable Development Report, and ...")', () => {
    const text = 'Taking note of the 2023 Global Sustainable Development Report, and recalling the Sustainable Development Goals,';
    expect(phraseOf(text, 'Document:global sustainable development report 2023')).toBe('2023 Global Sustainable Development Report');
    expect(relations(text)).toContain(`RECALLS ${SDGS}`);
  });
});
