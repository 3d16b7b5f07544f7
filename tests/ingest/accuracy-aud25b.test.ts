// Misses found by the session-25 audit aud25b: A/RES/79/154 (trafficking in women and girls), A/RES/79/196 (international
// financial system and development), and the same forms in other texts. Each case quotes the file and paragraph; each fix has
// a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('protocols named in full, one node each', () => {
  const SMUGGLING = 'Framework:Protocol against the Smuggling of Migrants by Land, Sea and Air';

  it('A/RES/79/154 PP2: "the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing ..." (10 texts)', () => {
    const text =
      'Recalling all international conventions, such as the United Nations Convention against Transnational Organized Crime1 and the Protocols thereto, in particular the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,2 and the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime,3 the Convention on the Elimination of All Forms of Discrimination against Women4 and the Optional Protocol thereto,5';
    expect(keys(text, 'Framework:Protocol against')).toEqual([SMUGGLING]);
    expect(relations(text)).toContain(`RECALLS ${SMUGGLING}`);
  });

  it('guard: "the Observatory on Smuggling of Migrants" stays an initiative of its own (A/RES/80/229)', () => {
    const text = 'Welcoming the work of the Observatory on Smuggling of Migrants of the United Nations Office on Drugs and Crime,';
    expect(keys(text, 'Framework:Protocol')).toEqual([]);
  });

  const FORCED_LABOUR_PROTOCOL = 'Framework:Protocol of 2014 to the Forced Labour Convention';

  it('A/RES/79/154 PP13, 78/180 PP21, 80/109 OP213: "the Protocol to the Forced Labour Convention, 1930 (No. 29)" is the Protocol of 2014 (78/228 PP7, 79/145 OP207)', () => {
    expect(keys('Encourages States to become parties to the Protocol to the Forced Labour Convention, 1930 (No. 29) of the International Labour Organization;', 'Framework:', 'operative')).toEqual([
      FORCED_LABOUR_PROTOCOL,
    ]);
    expect(keys('Encourages States to become parties to the Protocol of 2014 to the Forced Labour Convention, 1930 (No. 29);', 'Framework:', 'operative')).toEqual([
      FORCED_LABOUR_PROTOCOL,
    ]);
  });

  it('guard: "the Forced Labour Convention, 1930 (No. 29)" alone is the convention (A/RES/79/154 OP5)', () => {
    expect(keys('Urges Member States to consider ratifying the Forced Labour Convention, 1930 (No. 29);', 'Framework:', 'operative')).toEqual([
      'Framework:Forced Labour Convention',
    ]);
  });

  it('A/RES/79/154 PP2: "the Convention on the Rights of the Child6 and the Optional Protocol thereto on the sale of children, child prostitution and child pornography,7"', () => {
    const text =
      'Recalling the Convention on the Rights of the Child6 and the Optional Protocol thereto on the sale of children, child prostitution and child pornography,7 and the Convention for the Suppression of the Traffic in Persons,8';
    expect(keys(text, 'Framework:Optional')).toEqual([
      'Framework:Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
    ]);
  });

  it('guard: "the Optional Protocol thereto on 30 March 2007" (a date, not a topic: A/RES/80/197) and "the Optional Protocol thereto,5"', () => {
    const text =
      'Welcoming the opening for signature of the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto on 30 March 2007, and recalling the Convention on the Elimination of All Forms of Discrimination against Women4 and the Optional Protocol thereto,5';
    expect(keys(text, 'Framework:Optional')).toEqual([
      'Framework:Optional Protocol to the Convention on the Rights of Persons with Disabilities',
      'Framework:Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women',
    ]);
  });
});

describe('"the adoption by <body> on <date>, at its <n>th session, of <framework>": the body adopted it', () => {
  it('A/RES/79/154 PP13 (78/180 PP21, 80/185 PP21): the International Labour Conference adopted the Protocol of 2014', () => {
    const text =
      'Recognizing the urgency of combating trafficking in persons in all its forms, and in this regard taking note of the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol to the Forced Labour Convention, 1930 (No. 29), and of the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203), of the International Labour Organization,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toContain(
      'ADOPTED Event:International Labour Conference -> Framework:Protocol of 2014 to the Forced Labour Convention',
    );
    // (the standing Conference is the adopter printed before its texts, the day after it their adoption's: aud67d, session 67)
    expect(attributions(text)).toContain('ADOPTED_ON Framework:Protocol of 2014 to the Forced Labour Convention -> Date:2014-06-11');
  });

  it('A/RES/79/154 PP13: "..., and of the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203)", adopted with it', () => {
    const text =
      'Recognizing the urgency of combating trafficking in persons in all its forms, and in this regard taking note of the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol to the Forced Labour Convention, 1930 (No. 29), and of the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203), of the International Labour Organization,';
    expect(attributions(text)).toContain('ADOPTED Event:International Labour Conference -> Framework:Forced Labour (Supplementary Measures) Recommendation');
  });

  it('A/RES/78/180 PP20: "of the Domestic Workers Convention, 2011 (No. 189),18 the Domestic Workers Recommendation, 2011 (No. 201) and the Violence and Harassment Convention, 2019 (No. 190)"; guard: not the convention after "encouraging States parties to the"', () => {
    const text =
      'Taking note of the adoption by the International Labour Conference of the Domestic Workers Convention, 2011 (No. 189),18 the Domestic Workers Recommendation, 2011 (No. 201) and the Violence and Harassment Convention, 2019 (No. 190), encouraging States parties to the Convention on the Elimination of All Forms of Discrimination against Women to take note of general recommendation No. 26,';
    const adopted = attributions(text).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted).toEqual([
      'ADOPTED Event:International Labour Conference -> Framework:Domestic Workers Convention',
      'ADOPTED Event:International Labour Conference -> Framework:Domestic Workers Recommendation',
      'ADOPTED Event:International Labour Conference -> Framework:Violence and Harassment Convention',
    ]);
    // (the year after each name and its comma is the year it was adopted: session-61 ruling, accuracy-aud61b)
    expect(attributions(text)).toContain('ADOPTED_ON Framework:Domestic Workers Convention -> Date:2011');
    expect(attributions(text)).toContain('ADOPTED_ON Framework:Violence and Harassment Convention -> Date:2019');
  });

  it('A/RES/78/180 PP21 and PP38 (80/185): ILO recommendations named by their numbers, "Recommendation No. 203 on ...", "Recommendation No. 204 concerning ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/180', date: '2023-12-19' };
    const pp21 =
      'Recognizing the urgency of combating trafficking in persons, and in this regard taking note of the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol to the Forced Labour Convention, 1930 (No. 29), and of Recommendation No. 203 on supplementary measures for the effective suppression of forced labour, of the International Labour Organization,';
    expect(keys(pp21, 'Framework:', 'preambular', ctx)).toEqual([
      'Framework:Protocol of 2014 to the Forced Labour Convention',
      'Framework:Forced Labour (Supplementary Measures) Recommendation',
    ]);
    expect(attributions(pp21, 'preambular', ctx)).toContain('ADOPTED Event:International Labour Conference -> Framework:Forced Labour (Supplementary Measures) Recommendation');
    const pp38 =
      'Taking note of the adoption by the International Labour Conference on 12 June 2015, at its 104th session, of Recommendation No. 204 concerning the transition from the informal to the formal economy,';
    expect(attributions(pp38, 'preambular', ctx)).toContain('ADOPTED Event:International Labour Conference -> Framework:Transition from the Informal to the Formal Economy Recommendation');
    expect(attributions(pp38, 'preambular', ctx)).toContain('ADOPTED_ON Framework:Transition from the Informal to the Formal Economy Recommendation -> Date:2015-06-12');
  });

  it('guard: "general recommendation No. 26" of a treaty body stays a document', () => {
    const text = 'Encouraging States parties to take note of and consider general recommendation No. 26 (2008) on women migrant workers,';
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('still: "the adoption by the International Labour Conference, at its 108th session, of the ..." (A/RES/79/224 PP6)', () => {
    const text =
      'Reaffirming its resolution 73/342 of 16 September 2019, in which it welcomed the adoption by the International Labour Conference, at its 108th session, of the International Labour Organization Centenary Declaration for the Future of Work,2 and encouraged its implementation,';
    expect(attributions(text)).toContain('ADOPTED Event:International Labour Conference -> Framework:International Labour Organization Centenary Declaration for the Future of Work');
  });

  it('guard: a framework after a ";" is no longer the adopter\'s', () => {
    const text =
      'Noting the adoption by the International Labour Conference on 11 June 2014, at its 103rd session; and recalling the Protocol to the Forced Labour Convention, 1930 (No. 29),';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('"the Group of 20 and Paris Club Debt Service Suspension Initiative": the initiative of both bodies', () => {
  const DSSI = 'Initiative:Debt Service Suspension Initiative';
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/196', date: '2024-12-19' };

  it('A/RES/79/196 OP9 (PP28, 78/136, 78/163 OP, 80/122): one initiative with the one named alone in OP10, led by both', () => {
    const text =
      'Also acknowledges that endeavours must go beyond short-term relief, and notes the multilateral response to the pandemic, including the Group of 20 and Paris Club Debt Service Suspension Initiative;';
    expect(keys(text, 'Initiative:', 'operative', CTX)).toEqual([DSSI]);
    expect(relations(text, 'operative', CTX)).toContain(`NOTES ${DSSI}`);
    const attrs = attributions(text, 'operative', CTX);
    expect(attrs).toContain(`LEADS Organization:Group of 20 -> ${DSSI}`);
    expect(attrs).toContain(`LEADS Organization:Paris Club -> ${DSSI}`);
  });

  it('guard: "bilateral creditors, such as the Paris Club and non-Paris Club members" names the Paris Club, no initiative (A/RES/79/197)', () => {
    const text =
      'Notes the efforts by the Group of 20 and bilateral creditors, such as the Paris Club and non-Paris Club members, and the International Monetary Fund and the World Bank to address debt vulnerabilities;';
    expect(keys(text, 'Initiative:', 'operative', CTX)).toEqual([]);
    expect(keys(text, 'Organization:Paris Club', 'operative', CTX)[0]).toBe('Organization:Paris Club');
  });
});

describe('the short title of the trafficking protocol', () => {
  it('A/RES/79/154 OP19: "the United Nations Convention against Transnational Organized Crime and the Trafficking Protocol thereto"', () => {
    const text =
      'Also urges Governments to ensure women’s participation, continuing implementation of the United Nations Convention against Transnational Organized Crime and the Trafficking Protocol thereto, as an essential component of the peacemaking process;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([
      'Framework:United Nations Convention against Transnational Organized Crime',
      'Framework:Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    ]);
  });
});

describe('named things the capitals reader could not read', () => {
  it('A/RES/79/154 PP8: "Alliance 8.7" (78/228 and 80/228 footnote 23)', () => {
    const text =
      'Recognizing the importance of a revitalized global partnership, and in this regard taking note with appreciation of Alliance 8.7, the Global Partnership to End Violence against Children, the Inter-Agency Coordination Group against Trafficking in Persons,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Alliance 8.7', 'Initiative:Global Partnership to End Violence against Children']);
    expect(relations(text)).toContain('NOTES Initiative:Alliance 8.7');
  });

  it('guard: "Sustainable Development Goal 8.7" names no alliance', () => {
    expect(keys('Recalling target 8.7 of Sustainable Development Goal 8,', 'Initiative:')).toEqual([]);
  });

  it('A/RES/79/154 PP25: "the Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change" (80/218)', () => {
    const text =
      'Recognizing further the heightened risk of trafficking of women and girls, and noting in this regard the Migrants in Countries in Crisis initiative and the Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change, resulting from the Nansen Initiative,';
    expect(relations(text)).toContain('NOTES Framework:Agenda for the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate Change');
  });

  it('A/RES/79/196 OP10 (78/136 OP8): "the International Monetary Fund Catastrophe Containment and Relief Trust", the Fund\'s', () => {
    const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/196', date: '2024-12-19' };
    const text =
      'Remains concerned with the lack of participation of private creditors, and notes the liquidity support for countries with liquidity constraints and the forthcoming evaluation of funding needs of the International Monetary Fund Catastrophe Containment and Relief Trust;';
    expect(relations(text, 'operative', CTX)).toContain('NOTES Initiative:Catastrophe Containment and Relief Trust');
    expect(attributions(text, 'operative', CTX)).toContain('LEADS Organization:International Monetary Fund -> Initiative:Catastrophe Containment and Relief Trust');
  });
});
