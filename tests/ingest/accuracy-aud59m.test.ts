// Session-59 helper aud59m: the lead's rulings of session 59 applied. Each case quotes the file and paragraph it comes from;
// each rule has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/162', '2023-12-19'), kind: 'operative' });

describe('ruling 1: the organ "by" names adopts; its numbered session stays an entity of the paragraph', () => {
  it('A/RES/78/162 OP9: "notes decisions 21/1 and 21/2 adopted by the High-level Committee on South-South Cooperation at its twenty-first session"', () => {
    const att = attributions(
      'Also welcomes the outcome document of the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires from 20 to 22 March 2019, and notes decisions 21/1 and 21/2 adopted by the High-level Committee on South-South Cooperation at its twenty-first session, held from 30 May to 2 June 2023;',
    );
    const committee = 'Organization:High-level Committee on South-South Cooperation';
    const session = 'Event:twenty-first session of the High-level Committee on South-South Cooperation';
    expect(att).toContain(`ADOPTED ${committee} -> Resolution:High-level Committee on South-South Cooperation decision 21/1`);
    expect(att).toContain(`ADOPTED ${committee} -> Resolution:High-level Committee on South-South Cooperation decision 21/2`);
    expect(att).toContain(`SESSION_OF ${session} -> ${committee}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${session}`))).toEqual([]);
  });

  it('A/RES/79/333 PP4: "resolution 77.17 of 1 June 2024, adopted by the World Health Assembly at its seventy-seventh session, entitled “...”"', () => {
    const att = attributions(
      'Taking note of resolution 77.17 of 1 June 2024, adopted by the World Health Assembly at its seventy-seventh session, entitled “Strengthening preparedness for and response to public health emergencies through targeted amendments to the International Health Regulations (2005)”,',
      'preambular',
      ctxOf('A/RES/79/333', '2025-09-09'),
    );
    expect(att).toContain('ADOPTED Organization:World Health Assembly -> Resolution:World Health Assembly resolution 77.17');
    expect(att.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('A/RES/78/123 PP3: "resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session"', () => {
    const att = attributions(
      'Welcoming resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session,',
      'preambular',
      ctxOf('A/RES/78/123', '2023-12-19'),
    );
    const conference = 'Event:Conference of the Food and Agriculture Organization of the United Nations';
    expect(att).toContain(`ADOPTED ${conference} -> Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2023`);
    expect(att).toContain(`SESSION_OF Event:forty-third session of the Conference of the Food and Agriculture Organization of the United Nations -> ${conference}`);
  });

  it('guard: with no "by", the sitting "at" names adopts (A/RES/80/140 OP36 "decision 16/22 ..., adopted at the sixteenth meeting of the Conference of the Parties")', () => {
    const att = attributions(
      'Notes the critical role of biodiversity, and notes in this regard decision 16/22 on biodiversity and climate change, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;',
      'operative',
      ctxOf('A/RES/80/140', '2025-12-15'),
    );
    expect(att).toContain(
      'ADOPTED Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> Resolution:Conference of the Parties to the Convention on Biological Diversity decision 16/22',
    );
  });

  it('guard: "the ministerial declaration of the <organ> at its third session, entitled “...”" (A/RES/78/169 PP15): the session, which no "by" names the organ of, adopts', () => {
    const att = attributions(
      'Recalling also the ministerial declaration of the United Nations Environment Assembly at its third session, entitled “Towards a pollution-free planet”,',
      'preambular',
      ctxOf('A/RES/78/169', '2023-12-19'),
    );
    expect(att).toContain('ADOPTED Event:third session of the United Nations Environment Assembly -> Framework:Towards a pollution-free planet');
  });
});

describe('ruling 2: "commit(s) (itself) to" has no verb type: no verb edge from its clause, which opens after a plain "and" too', () => {
  const ANNEX_21 =
    'We further recognize that strong bilateral, multilateral and multi-stakeholder partnerships are critical and commit to working in collaboration with academia, civil society and the private sector to drive innovation that will identify solutions to pressing development challenges and the implementation of the Sustainable Development Goals and the Programme of Action, including through transparent, effective and accountable public-private partnerships.';

  it('A/RES/79/233 annex OP21: "We further recognize that ... are critical and commit to working ... the Sustainable Development Goals and the Programme of Action": no RECOGNIZES', () => {
    const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/233', '2024-12-19'), kind: 'operative' });
    expect(relations(ANNEX_21).filter((r) => r.startsWith('RECOGNIZES'))).toEqual([]);
    // (the paragraph still mentions them)
    expect(keys(ANNEX_21, 'Framework:')).toContain('Framework:Sustainable Development Goals');
  });

  it('guard: a listed verb after the pledge opens its own clause (A/RES/79/323 annex OP..(d) "We welcome the conclusion of the International Monetary Fund facilities reviews ..., and commit to secure domestic approvals")', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/323', '2025-08-25'), kind: 'operative' });
    expect(
      relations(
        'We welcome the conclusion of the International Monetary Fund facilities reviews in 2023 and 2024 and the quota increase agreed through the sixteenth General Review of Quotas, and commit to secure domestic approvals for its implementation. We support continuous reviews of the Fund toolkit.',
      ),
    ).toContain('WELCOMES Organization:International Monetary Fund');
  });

  it('guard: the participle "recommitting" in a gerund series of what a summit is for opens nothing (A/RES/80/178 PP6): the political declaration is still welcomed', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/178', '2025-12-15'), kind: 'preambular' });
    const rel = relations(
      'Welcoming further the convening of the Second World Summit for Social Development in Doha from 4 to 6 November 2025, to build a more just, inclusive, equitable and sustainable world, by addressing the gaps, assessing progress and recommitting to the Copenhagen Declaration on Social Development and Programme of Action and their implementation, and give momentum towards the implementation of the 2030 Agenda for Sustainable Development, as well as the adoption of its political declaration, entitled “Doha Political Declaration of the ‘World Social Summit’ under the title ‘the Second World Summit for Social Development’”,',
    );
    expect(rel.filter((r) => r.startsWith('WELCOMES Framework:Doha Political Declaration'))).toHaveLength(1);
  });
});

describe('ruling 3: a renamed body is one entity, its former name an alternative name of the one node', () => {
  const UNRCPD = 'Organization:United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific';

  it('A/RES/79/67 PP1 (78/58, 80/62): "by which it established the United Nations Regional Centre ... in Asia and renamed it the United Nations Regional Centre ... in Asia and the Pacific"', () => {
    const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/67', '2024-12-02'), kind: 'preambular' });
    const PP1 =
      'Recalling its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15 December 1989, by which it established the United Nations Regional Centre for Peace and Disarmament in Asia and renamed it the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific, with headquarters in Kathmandu,';
    expect(relations(PP1).filter((r) => r.includes('Regional Centre'))).toEqual([`RECALLS ${UNRCPD}`]);
    expect(keys(PP1, 'Organization:United Nations Regional Centre')).toEqual([UNRCPD, UNRCPD]);
  });

  it('A/RES/79/185 OP9 (OP11, PP16; 78/222 PP15, OP10): "Hay’at Tahrir al-Sham (formerly known as the Nusrah Front)": one group', () => {
    const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/185', '2024-12-17'), kind: 'operative' });
    const OP9 =
      'Strongly condemns all violations and abuses of human rights and all violations of international humanitarian law, including the killing and persecution of individuals and members of communities on the basis of their religion or belief, by armed non-State actors, as well as any human rights abuses or violations of international humanitarian law by non-State armed groups, including Hizbullah and those designated as terrorist groups by the Security Council, including ISIL (also known as Da’esh) and Hay’at Tahrir al-Sham (formerly known as the Nusrah Front), an Al-Qaida affiliate;';
    expect(relations(OP9)).toContain("CONDEMNS Organization:Hay'at Tahrir al-Sham");
    expect(relations(OP9).filter((r) => r.includes('Nusrah'))).toEqual([]);
    expect(keys(OP9, 'Organization:Nusrah')).toEqual([]);
  });

  it('guard: the former name printed alone stays its own node (A/RES/79/9 OP6 "terrorist groups such as Islamic State in Iraq and the Levant, Al-Nusrah Front and ...")', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/9', '2024-11-12'), kind: 'operative' });
    expect(
      relations(
        'Welcomes the strong commitment of the Organization of Islamic Cooperation in the fight against violent extremism and terrorist groups such as Islamic State in Iraq and the Levant, Al-Nusrah Front and all other individuals, groups, undertakings and entities associated with Al-Qaida;',
      ),
    ).toContain('WELCOMES Organization:Nusrah Front');
  });
});
