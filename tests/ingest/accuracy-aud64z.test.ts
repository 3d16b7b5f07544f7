// Session-64 audit aud64z: A/RES/79/155 (Intensification of efforts to end obstetric fistula, Third Committee). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/155', '2024-12-17'), kind: 'preambular' });
const SECRETARY_GENERAL = 'Organization:Secretary-General of the United Nations';
const ICPD_POA = 'Framework:Programme of Action of the International Conference on Population and Development';

describe('"the Secretary-General’s revised / follow-up <plan>": his plan in a new version, he LEADS it (ruling, session 61)', () => {
  const PP21 =
    'Recalling the Secretary-General’s revised Global Strategy for Women’s, Children’s and Adolescents’ Health (2016–2030), undertaken by a broad coalition of partners, in support of national plans and strategies that aim for the highest attainable standards of health and well-being, physical, mental and social, at every age, ending maternal and newborn mortality, which is preventable, and noting that this can contribute to the achievement of the Sustainable Development Goals,';

  it('A/RES/79/155 PP21: "the Secretary-General’s revised Global Strategy for Women’s, Children’s and Adolescents’ Health (2016–2030)"', () => {
    const leads = attributions(PP21).filter((a) => a.startsWith('LEADS'));
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatch(/^LEADS Organization:Secretary-General of the United Nations -> Framework:Global Strategy for Women/);
    expect(relations(PP21)).toContain(`RECALLS ${SECRETARY_GENERAL}`);
  });

  it('A/RES/78/119 OP (79/140): "recognizes the importance of the Secretary-General’s follow-up Action Agenda on Internal Displacement"', () => {
    const text =
      'Encourages Member States to continue to work with the United Nations system and relevant actors, as appropriate, on these efforts, and recognizes the importance of the Secretary-General’s follow-up Action Agenda on Internal Displacement;';
    expect(attributions(text, 'operative', ctxOf('A/RES/78/119', '2023-12-19'))).toContain(
      `LEADS ${SECRETARY_GENERAL} -> Framework:Action Agenda on Internal Displacement`,
    );
  });

  it('guard: a report of his on a plan is no version of it ("the Secretary-General’s report on the Global Strategy ...": no LEADS)', () => {
    const text = 'Taking note of the Secretary-General’s report on the Global Strategy for Women’s, Children’s and Adolescents’ Health,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"the adoption of <framework>, in <year>": the year it was adopted, as ", on <day>" is its day', () => {
  it('A/RES/79/155 PP22: "30 years after the adoption of the Programme of Action of the International Conference on Population and Development, in 1994"', () => {
    const text =
      'Noting with deep concern that, while most causes of maternal mortality and morbidity are preventable, 30 years after the adoption of the Programme of Action of the International Conference on Population and Development, in 1994, global progress to reduce maternal mortality has stagnated or worsened in most regions, particularly in Africa between 2016 and 2020,';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED_ON ${ICPD_POA} -> Date:1994`);
    // (the later years of the statistic date nothing of it)
    expect(atts.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([`ADOPTED_ON ${ICPD_POA} -> Date:1994`]);
  });

  it('guard: A/RES/78/204 PP3 "the thirtieth anniversary of the adoption of the Paris Principles in 2023": no comma, the anniversary\'s year', () => {
    const text =
      'Recalling also the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcoming the thirtieth anniversary of the adoption of the Paris Principles in 2023, and recalling with appreciation the establishment of the Global Alliance of National Human Rights Institutions,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/78/204', '2023-12-19')).filter((a) => a.includes('Date:2023'))).toEqual([]);
  });

  it('guard: A/RES/79/161 OP2 "the upcoming sixtieth anniversary of the adoption of the International Convention ..., in 2025": the anniversary\'s year', () => {
    const text =
      'Welcomes the upcoming sixtieth anniversary of the adoption of the International Convention on the Elimination of All Forms of Racial Discrimination, in 2025;';
    expect(attributions(text, 'operative', ctxOf('A/RES/79/161', '2024-12-17')).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: a year set off after a framework named with no "adoption of" is no adoption year ("the Programme of Action ..., in 1994,")', () => {
    const text =
      'Recalling the Programme of Action of the International Conference on Population and Development, in 1994, and the key actions for its further implementation,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
