// Session-57 audit aud57m: a pronoun heading the object of a later clause ("and taking note of its adopted decisions", "and
// encourages them") takes that clause's verb for the one thing (or the list) the clause before named (extract.ts
// pronounObjects). Each case quotes the file and paragraph it comes from; the guards are the near sentences that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, extract } = oneParagraph({ ctx: ctxOf('A/RES/79/212', '2024-12-19'), kind: 'preambular' });

/** the verb relations a pronoun gave ("TYPE target" of the relations whose phrase is that pronoun) */
const byPronoun = (text: string, pronoun: string, kind: 'preambular' | 'operative', ctx: RecognizeContext): string[] =>
  extract(text, kind, ctx).relations.filter((r) => r.phrase === pronoun).map((r) => `${r.type} ${r.target}`);

const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
const COP15 = 'Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe('"its": the one organization, sitting, framework or initiative the clause before named', () => {
  it('A/RES/79/212 PP10: "Welcoming also the convening of the sixteenth meeting ..., and taking note of its adopted decisions"', () => {
    const rel = relations(
      'Welcoming also the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with Nature”, and taking note of its adopted decisions,',
    );
    expect(rel).toContain(`WELCOMES ${COP16}`);
    expect(rel).toContain(`NOTES ${COP16}`);
  });

  it('A/RES/80/124 PP6: the two parts of the fifteenth meeting stand for the meeting ("and welcoming its outcomes")', () => {
    const rel = relations(
      'Recalling the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022, and welcoming its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation,',
      'preambular',
      ctxOf('A/RES/80/124', '2025-12-15'),
    );
    expect(rel).toContain(`WELCOMES ${COP15}`);
    expect(rel.filter((r) => r.startsWith('WELCOMES Event:first part') || r.startsWith('WELCOMES Event:second part'))).toEqual([]);
  });

  it('A/RES/78/27 PP2: "Welcoming the convening of the high-level meeting ... on nuclear disarmament, ..., and recognizing its contribution"', () => {
    const rel = relations(
      'Welcoming the convening of the high-level meeting of the General Assembly on nuclear disarmament, on 26 September 2013, and recognizing its contribution to furthering the objective of the total elimination of nuclear weapons,',
      'preambular',
      ctxOf('A/RES/78/27', '2023-12-04'),
    );
    const meeting = rel.find((r) => r.startsWith('WELCOMES Event:high-level meeting'))!.slice('WELCOMES '.length);
    expect(rel).toContain(`RECOGNIZES ${meeting}`);
  });

  it('A/RES/80/133 PP10: "Welcoming the convening of the forty-fourth Conference of FAO, taking note of its outcomes"', () => {
    const rel = relations(
      'Welcoming the convening of the forty-fourth Conference of the Food and Agriculture Organization of the United Nations, taking note of its outcomes, including its endorsement of the theme “Fostering innovation for food security” for the biennium 2026–2027, and recognizing its relevance for advancing inclusive, resilient and sustainable agrifood systems,',
      'preambular',
      ctxOf('A/RES/80/133', '2025-12-15'),
    );
    expect(rel).toContain('NOTES Event:forty-fourth session of the Conference of the Food and Agriculture Organization of the United Nations');
    // (guard: the third clause's "its relevance" is the theme's, named inside the second clause's object)
    expect(rel.filter((r) => r.startsWith('RECOGNIZES'))).toEqual([]);
  });

  it('guard: the Assembly\'s own "its" ("Reiterating its support for ... the Green Climate Fund") stays the Assembly\'s; the next "its goal" is the Fund\'s', () => {
    const rel = relations(
      'Reiterating its support for the objectives and guiding principles of the Green Climate Fund, including a gender-sensitive approach in its process and operations, and stressing its goal of ensuring efficient access to its resources,',
      'preambular',
      ctxOf('A/RES/78/153', '2023-12-19'),
    );
    expect(rel).toContain('EMPHASIZES Organization:Green Climate Fund');
    const rel2 = relations(
      'Recalling the Human Rights Council, and reaffirming its commitment to the promotion of the right to development,',
      'preambular',
      ctxOf('A/RES/80/209', '2025-12-15'),
    );
    expect(rel2.filter((r) => r.startsWith('REAFFIRMS'))).toEqual([]);
  });

  it('guard: two candidates leave "its" unresolved (A/RES/79/197 OP6: the Fund, the Bank and the Framework, "and notes its operationalization")', () => {
    const rel = relations(
      'Acknowledges the joint work of the International Monetary Fund and the World Bank on the Debt Sustainability Framework for Low-Income Countries, and notes its operationalization in 2018,',
      'operative',
      ctxOf('A/RES/79/197', '2024-12-19'),
    );
    expect(rel.filter((r) => r.startsWith('NOTES'))).toEqual([]);
  });

  it('guard: "its twenty-fifth session" names a sitting of its own (A/RES/78/145 PP30), and the United Nations is no antecedent (A/RES/78/275 OP1)', () => {
    const rel = relations(
      'Recalling also the twenty-fourth session of the General Assembly of the World Tourism Organization, held in Madrid from 30 November to 3 December 2021, and welcoming its twenty-fifth session, held in Samarkand, Uzbekistan, from 16 to 20 October 2023,',
      'preambular',
      ctxOf('A/RES/78/145', '2023-12-19'),
    );
    expect(rel.filter((r) => r.startsWith('WELCOMES Event:twenty-fourth'))).toEqual([]);
    const rel2 = relations(
      'Reaffirms that the staff of the United Nations is an invaluable asset of the Organization, and commends its contribution to furthering the purposes and principles of the United Nations;',
      'operative',
      ctxOf('A/RES/78/275', '2024-04-25'),
    );
    expect(rel2.filter((r) => r.startsWith('APPRECIATES'))).toEqual([]);
  });

  it('guard: after a clause whose own object a pronoun heads, "its" is not read (A/RES/79/144 OP234: both are the IMO\'s)', () => {
    const rel = relations(
      'Notes the ongoing work of the International Maritime Organization and the resolution on International Maritime Organization policies and practices related to the reduction of greenhouse gas emissions from ships, recalls in this regard its adoption of a revised strategy on the reduction of greenhouse gas emissions from ships (the 2023 IMO Strategy on Reduction of GHG Emissions from Ships), and notes its adoption of guidelines on life cycle GHG intensity of marine fuels;',
      'operative',
      ctxOf('A/RES/79/144', '2024-12-12'),
    );
    expect(rel.filter((r) => r.startsWith('NOTES Framework:'))).toEqual([]);
  });
});

describe('"his", "her": the one officer the clause before named', () => {
  it('A/RES/78/189 PP26: "Taking note of the work carried out by the Special Rapporteur ..., welcoming his report"', () => {
    const rel = relations(
      'Taking note of the work carried out by the Special Rapporteur on the rights of Indigenous Peoples, including on the protection of Indigenous human rights defenders, welcoming his report entitled “Tourism and the rights of Indigenous Peoples”, and calling upon all States to cooperate with the Special Rapporteur,',
      'preambular',
      ctxOf('A/RES/78/189', '2023-12-19'),
    );
    expect(rel).toContain('WELCOMES Organization:Special Rapporteur on the rights of Indigenous Peoples');
  });
});

describe('"their", "them": the list the clause before names first, or the one organization heading its object', () => {
  it('A/RES/80/124 OP37: "Notes the important contributions of the Common Fund for Commodities and other ... organizations, and encourages them"', () => {
    const rel = relations(
      'Notes the important contributions of the Common Fund for Commodities and other international commodities organizations, and encourages them, in cooperation with the International Trade Centre, the United Nations Conference on Trade and Development and the United Nations Industrial Development Organization, to continue to support commodity-dependent developing countries;',
      'operative',
      ctxOf('A/RES/80/124', '2025-12-15'),
    );
    expect(rel).toContain('ENCOURAGES Organization:Common Fund for Commodities');
  });

  it('A/RES/79/197 OP28: "Recognizes the role of the United Nations and of the international financial institutions ..., and encourages them"', () => {
    const rel = relations(
      'Recognizes the role of the United Nations and of the international financial institutions, in accordance with their respective mandates, and encourages them to continue to support global efforts towards sustained and inclusive growth;',
      'operative',
      ctxOf('A/RES/79/197', '2024-12-19'),
    );
    expect(rel).toContain('ENCOURAGES Organization:United Nations');
  });

  it('A/RES/79/171 PP15: the three agencies listed ("and recognizing their work")', () => {
    const rel = relations(
      'Expressing appreciation for the work of the United Nations system, in particular the Food and Agriculture Organization of the United Nations, the World Food Programme and the International Fund for Agricultural Development, aimed at ending hunger and achieving food security and improved nutrition, and recognizing their work in supporting the efforts of Member States to achieve the full realization of the right to food,',
      'preambular',
      ctxOf('A/RES/79/171', '2024-12-17'),
    );
    expect(rel).toContain('RECOGNIZES Organization:Food and Agriculture Organization of the United Nations');
    expect(rel).toContain('RECOGNIZES Organization:World Food Programme');
    expect(rel).toContain('RECOGNIZES Organization:International Fund for Agricultural Development');
  });

  it('guard: A/RES/78/202 OP25 "and also requests them": the two asked, not the Special Rapporteur whose mandate they serve', () => {
    const rel = byPronoun(
      'Requests the Secretary-General and the United Nations High Commissioner for Human Rights to provide all the human and financial resources necessary for the effective fulfilment of the mandate of the Special Rapporteur on the negative impact of unilateral coercive measures on the enjoyment of human rights, and also requests them, in discharging their functions in relation to the right to development, to take into account the present resolution;',
      'them',
      'operative',
      ctxOf('A/RES/78/202', '2023-12-19'),
    );
    expect(rel.filter((r) => r.startsWith('REQUESTS Organization:Special Rapporteur'))).toEqual([]);
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('guard: one organization printed further on is no antecedent of "them" (A/RES/79/330 PP4, the recipient; A/RES/78/85 OP5, "the parties")', () => {
    const rel = byPronoun(
      'Noting the efforts made by the United Nations system and the relevant international and regional organizations in extending technical and financial assistance to the Economic Cooperation Organization for the development and implementation of programmes and projects pertaining to socioeconomic progress, and encouraging them to continue their support,',
      'them',
      'preambular',
      ctxOf('A/RES/79/330', '2025-06-23'),
    );
    expect(rel).toEqual([]);
    const rel2 = byPronoun(
      'Calls upon the parties to cooperate with the International Committee of the Red Cross, and calls upon them to abide by their obligations under international humanitarian law;',
      'them',
      'operative',
      ctxOf('A/RES/78/85', '2023-12-07'),
    );
    expect(rel2).toEqual([]);
  });
});
