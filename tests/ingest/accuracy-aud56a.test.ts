// Session-56 audit aud56a: A/RES/80/147 (Science, technology and innovation for sustainable development), annotated from the raw
// text (tests/gold/aud56a-A_RES_80_147.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard for
// the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/147', '2025-12-15'), kind: 'preambular' });

describe('"the adoption in <year or month> of the <framework>": the framework is ADOPTED_ON that year or month', () => {
  const TREATY_GR = 'Framework:WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge';
  const RIYADH = 'Framework:Riyadh Design Law Treaty';
  const PP54_80_147 =
    'Noting the ongoing efforts of the World Intellectual Property Organization to assist Member States in establishing intellectual property strategies and national ecosystems that promote innovation and creativity and support the flow of knowledge and technical expertise, and welcoming the adoption in 2024 of the Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge of the World Intellectual Property Organization and of the Riyadh Design Law Treaty,';

  it('A/RES/80/147 PP54: "welcoming the adoption in 2024 of the Treaty ... of the World Intellectual Property Organization and of the Riyadh Design Law Treaty": both treaties, 2024', () => {
    const att = attributions(PP54_80_147);
    expect(att).toContain(`ADOPTED_ON ${TREATY_GR} -> Date:2024`);
    expect(att).toContain(`ADOPTED_ON ${RIYADH} -> Date:2024`);
    // (the owner printed after the first treaty's name states no adoption)
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('A/RES/79/204 PP10: "Welcoming the adoption in June 2023 of the Agreement under the United Nations Convention on the Law of the Sea ...": the month', () => {
    const att = attributions(
      'Welcoming the adoption in June 2023 of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction, recognizing its potential significance for the Caribbean region,',
      'preambular',
      ctxOf('A/RES/79/204', '2024-12-17'),
    );
    expect(att).toContain(
      'ADOPTED_ON Framework:Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction -> Date:2023-06',
    );
  });

  it('A/RES/78/23 PP5: "since the adoption in 1987 of the Final Document of the International Conference on the Relationship between Disarmament and Development"', () => {
    const att = attributions(
      'Mindful of the changes in international relations that have taken place since the adoption in 1987 of the Final Document of the International Conference on the Relationship between Disarmament and Development, including the development agenda that has emerged over the past decade,',
      'preambular',
      ctxOf('A/RES/78/23', '2023-12-04'),
    );
    expect(att).toContain('ADOPTED_ON Framework:Final Document of the International Conference on the Relationship between Disarmament and Development -> Date:1987');
  });

  it('guard: "the review in 2024 of the Treaty ..." times no adoption', () => {
    const att = attributions(PP54_80_147.replace('the adoption in 2024', 'the review in 2024'));
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: a second treaty joined otherwise ("and the entry into force of the Riyadh Design Law Treaty") keeps no date', () => {
    const att = attributions(PP54_80_147.replace('and of the Riyadh Design Law Treaty', 'and the entry into force of the Riyadh Design Law Treaty'));
    expect(att).toContain(`ADOPTED_ON ${TREATY_GR} -> Date:2024`);
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${RIYADH}`))).toEqual([]);
  });

  it('guard: the day form is unchanged ("the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons", A/RES/80/33 PP18)', () => {
    const att = attributions(
      'Welcoming the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons,',
      'preambular',
      ctxOf('A/RES/80/33', '2025-12-01'),
    );
    expect(att).toContain('ADOPTED_ON Framework:Treaty on the Prohibition of Nuclear Weapons -> Date:2017-07-07');
  });
});
