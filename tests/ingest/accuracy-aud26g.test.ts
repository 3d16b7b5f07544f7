// Misses found by the session-26 audit aud26g: A/RES/79/224 (human resources development), A/RES/80/149 (development
// cooperation with middle-income countries), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/149', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a report edition with its year printed first and a subject after "Report on" is the edition', () => {
  it('A/RES/79/206 PP11: "the findings of the 2024 Global Assessment Report on Disaster Risk Reduction" is the 2024 edition (as 80/138 PP11 prints it after)', () => {
    const text =
      'Noting the findings of the 2024 Global Assessment Report on Disaster Risk Reduction, and recognizing that disaster risk reduction efforts are needed,';
    expect(keys(text, 'Document:')).toEqual(['Document:global assessment report on disaster risk reduction 2024']);
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text)).toContain('NOTES Document:global assessment report on disaster risk reduction 2024');
  });

  it('A/RES/80/138 PP11: the year printed after keeps the same key', () => {
    const text = 'Noting the findings of the Global Assessment Report on Disaster Risk Reduction 2024, recognizing that efforts are needed,';
    expect(keys(text, 'Document:')).toEqual(['Document:global assessment report on disaster risk reduction 2024']);
  });

  it('A/RES/78/168 PP51: "the publication entitled 2023 Global Report on Food Crises: Joint Analysis for Better Decisions" is the 2023 edition', () => {
    const text =
      'Expressing concern that, according to the publication entitled 2023 Global Report on Food Crises: Joint Analysis for Better Decisions – Midyear Update, about 238 million people face acute food insecurity,';
    expect(keys(text, 'Document:')).toEqual(['Document:global report on food crises 2023']);
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('guard: the series without a year stays the series (A/RES/80/149 PP6 "the Global Assessment Report on Disaster Risk Reduction: Special Report on Drought 2021")', () => {
    const text =
      'Noting the findings of the Global Assessment Report on Disaster Risk Reduction: Special Report on Drought 2021, expressing concern that disaster risk is increasing,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Global Assessment Report on Disaster Risk Reduction']);
  });

  it('guard: a subject that is no title run stays out (A/RES/80/157 PP10 "the 2024 Thematic Assessment Report on the Interlinkages among Biodiversity, ...")', () => {
    const text =
      'Noting the 2024 Thematic Assessment Report on the Interlinkages among Biodiversity, Water, Food and Health of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services,';
    expect(keys(text, 'Document:')).toEqual([]);
  });

  it('guard: "the 2023 Global Sustainable Development Report" keeps its key', () => {
    expect(keys('Noting the 2023 Global Sustainable Development Report, and its findings,', 'Document:')).toEqual([
      'Document:global sustainable development report 2023',
    ]);
  });
});

describe('"the outcome document of" a conference whose outcome is known by its host city is that framework', () => {
  const BA = 'Framework:Buenos Aires outcome document';
  const EV = 'Event:Second High-level United Nations Conference on South-South Cooperation';

  it('A/RES/80/149 OP9: "Also welcomes the outcome document of the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires ..."', () => {
    const text =
      'Also welcomes the outcome document of the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires from 20 to 22 March 2019, 11 and notes decisions 22/1 and 22/2 adopted by the High-level Committee on South-South Cooperation at its twenty-second session, held from 27 to 30 May 2025;12';
    expect(keys(text, 'Framework:', 'operative')).toEqual([BA]);
    expect(keys(text, 'Event:Second', 'operative')).toEqual([EV]);
    expect(relations(text, 'operative')).toContain(`WELCOMES ${BA}`);
  });

  it('A/RES/78/139 PP: printed without its venue', () => {
    const text =
      'Reaffirming and committing to the implementation of the outcome document of the second High-level United Nations Conference on South-South Cooperation,1';
    expect(keys(text, 'Framework:')).toEqual([BA]);
    expect(relations(text)).toContain(`REAFFIRMS ${BA}`);
  });

  it('guard: "the Buenos Aires outcome document of the second High-level ..." stays one framework (A/RES/78/167 PP1)', () => {
    const text =
      'Recalling its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,';
    expect(keys(text, 'Framework:')).toEqual([BA]);
  });

  it('guard: the outcome document of a conference with no such name is no framework (A/RES/80/5 "the outcome document of the Durban Review Conference")', () => {
    const text = 'Recalling the Durban Declaration and Programme of Action and the outcome document of the Durban Review Conference,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Durban Declaration and Programme of Action']);
  });
});

describe('guard: a venue read from the text names no outcome document', () => {
  it('A/RES/78/187 PP14: "the outcome document of the fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires"', () => {
    const text =
      'Reaffirming the outcome document of the fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017,';
    expect(keys(text, 'Framework:Buenos')).toEqual([]);
  });
});
