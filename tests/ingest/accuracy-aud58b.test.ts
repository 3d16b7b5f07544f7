// Session-58 audit aud58b: faults found annotating A/RES/80/191 (Rights of Indigenous Peoples, Third Committee). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/191', '2025-12-15'), kind: 'operative' });
const ASSEMBLY = 'Organization:General Assembly';

describe('item 1: the author of a cited resolution, subject of the act it reports after "whereby the" or in the present, is no target', () => {
  it('A/RES/80/191 OP55: "recalls General Assembly resolution 70/232, whereby the Assembly requested the President ..., and also recalls Assembly resolutions 71/321 and 77/203, whereby the Assembly decided ..."', () => {
    const rel = relations(
      'Takes note with appreciation of the summary reports of the three informal interactive hearings on possible further measures necessary to enhance the participation of Indigenous Peoples’ representatives and institutions in relevant United Nations meetings on issues affecting them, held at United Nations Headquarters on 17 April 2018, 25 April 2019 and 20 April 2023, recalls General Assembly resolution 70/232, whereby the Assembly requested the President of the General Assembly to conduct timely, inclusive, representative and transparent consultations with Member States, Indigenous Peoples’ representatives and institutions from all regions of the world, and existing relevant mechanisms of the United Nations, on the possible measures necessary, including procedural and institutional steps and accreditation criteria, to enable the participation of Indigenous Peoples’ representatives and institutions in meetings of relevant United Nations bodies on issues affecting them, and also recalls Assembly resolutions 71/321 and 77/203, whereby the Assembly decided to continue the consideration of possible further measures necessary to enhance the participation of Indigenous Peoples’ representatives and institutions in relevant United Nations meetings on issues affecting them at the seventy-eighth session, as originally requested in resolution 71/321;',
    );
    expect(rel.filter((r) => r === `RECALLS ${ASSEMBLY}`)).toEqual([]);
    // (the one asked, and the texts, stay the verb's)
    expect(rel).toContain('RECALLS Organization:President of the General Assembly');
    expect(rel).toContain('RECALLS Resolution:A/RES/70/232');
    expect(rel).toContain('RECALLS Resolution:A/RES/77/203');
    expect(rel).toContain('RECALLS Event:seventy-eighth session of the General Assembly');
  });

  it('A/RES/80/191 PP26: "World Health Assembly resolution 76.16 ..., in which the World Health Assembly recalls relevant principles ..."', () => {
    const rel = relations(
      'Taking note of World Health Assembly resolution 76.16 of 30 May 2023, entitled “The health of Indigenous Peoples”, in which the World Health Assembly recalls relevant principles in the United Nations Declaration on the Rights of Indigenous Peoples, reaffirms that Indigenous Peoples have the right to their traditional medicines and to maintain their health practices, including the conservation of their vital medicinal plants, and also reaffirms that Indigenous individuals have the right to access, without any discrimination, all social and health services,',
      'preambular',
    );
    expect(rel.filter((r) => r === 'NOTES Organization:World Health Assembly')).toEqual([]);
    expect(rel).toContain('NOTES Resolution:World Health Assembly resolution 76.16');
    expect(rel).toContain('NOTES Framework:United Nations Declaration on the Rights of Indigenous Peoples');
  });

  it('A/RES/80/42 PP3: "its resolution 57/337 of 3 July 2003 on the prevention of armed conflict, in which the General Assembly calls upon Member States"', () => {
    const rel = relations(
      'Recalling also its resolution 57/337 of 3 July 2003 on the prevention of armed conflict, in which the General Assembly calls upon Member States to settle their disputes by peaceful means, as set out in Chapter VI of the Charter, inter alia, by any procedures adopted by the parties,',
      'preambular',
      ctxOf('A/RES/80/42', '2025-12-01'),
    );
    expect(rel.filter((r) => r === `RECALLS ${ASSEMBLY}`)).toEqual([]);
    expect(rel).toContain('RECALLS Resolution:A/RES/57/337');
  });

  it('guard: A/RES/80/191 OP9 "invites the Director-General of the World Health Organization": the agency still takes the verb', () => {
    const rel = relations(
      'Urges Member States to implement World Health Assembly resolution 76.16 of 30 May 2023, entitled “The health of Indigenous Peoples”, and invites the Director-General of the World Health Organization to take into account the present resolution while developing a global plan of action for the health of Indigenous Peoples within the framework of resolution 76.16 and his mandate for the consideration of the seventy-ninth World Health Assembly;',
    );
    expect(rel).toContain('INVITES Organization:World Health Organization');
    expect(rel).toContain('INVITES Event:seventy-ninth session of the World Health Assembly');
  });

  it('guard: A/RES/80/191 PP4 "in which ... reiterated the important and continuing role of the United Nations": no author of a cited resolution', () => {
    const rel = relations(
      'Recalling the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples, held in New York on 22 and 23 September 2014, in which Heads of State and Government, ministers and representatives of Member States reiterated the important and continuing role of the United Nations in promoting and protecting the rights of Indigenous Peoples,',
      'preambular',
    );
    expect(rel.some((r) => r.startsWith('RECALLS Event:World Conference on Indigenous Peoples'))).toBe(true);
  });
});

describe('item 2: "Noting that the General Assembly, in <where it acted>, affirmed": the Assembly as the subject of its own act, no target', () => {
  it('A/RES/80/191 PP38: "Noting that the General Assembly, in the outcome document of the high-level plenary meeting of the Assembly known as the World Conference on Indigenous Peoples, affirmed ..."', () => {
    const rel = relations(
      'Noting that the General Assembly, in the outcome document of the high-level plenary meeting of the Assembly known as the World Conference on Indigenous Peoples, affirmed and recognized the importance of Indigenous Peoples’ religious and cultural sites and of providing access to and repatriation of their ceremonial objects and human remains, as contemplated in the United Nations Declaration on the Rights of Indigenous Peoples,',
      'preambular',
    );
    expect(rel.filter((r) => r === `NOTES ${ASSEMBLY}`)).toEqual([]);
    // (keyed with its year, "@ 2014", until the graph merges it with the gazetteer's)
    expect(rel.some((r) => r.startsWith('NOTES Event:World Conference on Indigenous Peoples'))).toBe(true);
    expect(rel).toContain('NOTES Framework:United Nations Declaration on the Rights of Indigenous Peoples');
  });

  it('A/RES/78/182 OP6: "Notes that the General Assembly, in its decision 77/568 of 1 September 2023, decided ..."', () => {
    const rel = relations(
      'Notes that the General Assembly, in its decision 77/568 of 1 September 2023, decided to take the achievement of gender equality and the empowerment of all women and girls into account in the relevant chapters of the Pact for the Future;',
      'operative',
      ctxOf('A/RES/78/182', '2023-12-19'),
    );
    expect(rel.filter((r) => r === `NOTES ${ASSEMBLY}`)).toEqual([]);
    expect(rel).toContain('NOTES Framework:Pact for the Future');
  });

  it('guard: A/RES/80/191 PP5 "and inviting the General Assembly to consider holding a follow-up World Conference": the Assembly asked keeps the verb', () => {
    const rel = relations(
      'Encouraging the active engagement of Indigenous Peoples in the implementation of the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples, including at the regional and global levels, and inviting the General Assembly to consider holding a follow-up World Conference on Indigenous Peoples to enable follow-up on the implementation of the outcome document,',
      'preambular',
    );
    expect(rel).toContain(`INVITES ${ASSEMBLY}`);
  });
});

describe('item 3: names the recognisers missed', () => {
  it('A/RES/80/191 OP5: "the Under‑Secretary-General for Economic and Social Affairs", printed with a non-breaking hyphen', () => {
    const rel = relations(
      'Encourages the leadership of the Secretary-General and of the Under\u2011Secretary-General for Economic and Social Affairs, as the responsible senior official of the United Nations system, in overseeing the implementation of and in following up on the system-wide action plan to ensure a coherent approach to achieving the ends of the United Nations Declaration on the Rights of Indigenous Peoples;',
    );
    expect(rel).toContain('ENCOURAGES Organization:Under-Secretary-General for Economic and Social Affairs');
    expect(rel).toContain('ENCOURAGES Organization:Secretary-General of the United Nations');
  });

  it('guard: A/RES/79/159 OP5, the same post with a plain hyphen', () => {
    expect(keys('Encourages the leadership of the Secretary-General and of the Under-Secretary-General for Economic and Social Affairs;', 'Organization:Under')).toEqual([
      'Organization:Under-Secretary-General for Economic and Social Affairs',
    ]);
  });

  it('A/RES/80/191 PP46: "the Subsidiary Body on article 8 (j) as well as other matters relevant to Indigenous Peoples under the Conference of the Parties"', () => {
    const rel = relations(
      'Welcoming the adoption of decision CBD/COP/DEC/16/5 of 1 November 2024 on the establishment of the Subsidiary Body on article 8 (j) as well as other matters relevant to Indigenous Peoples under the Conference of the Parties to the Convention on Biological Diversity and its Protocols,',
      'preambular',
    );
    expect(rel).toContain(
      'WELCOMES Organization:Subsidiary Body on Article 8 (j) and Other Provisions of the Convention on Biological Diversity related to Indigenous Peoples and Local Communities',
    );
    expect(rel.filter((r) => r.startsWith('WELCOMES Organization:Subsidiary Body ('))).toEqual([]);
  });
});

describe('item 4: a lowercase panel discussion made one sitting by "to be held during" its session, or by the day in an aside before its topic', () => {
  it('A/RES/80/191 PP32: "the annual half-day panel discussion on the rights of Indigenous Peoples, to be held during the sixty-third session of the Human Rights Council"', () => {
    const rel = relations(
      'Taking note with appreciation of the decision of the Human Rights Council, in its resolution 60/13, that the theme of the annual half-day panel discussion on the rights of Indigenous Peoples, to be held during the sixty-third session of the Human Rights Council, will be on “Convention for the Protection of the World Cultural and Natural Heritage: Indigenous Peoples’ rights and engagement”, and looking forward to the summary report thereon to be prepared by the Office of the United Nations High Commissioner for Human Rights,',
      'preambular',
    );
    expect(rel).toContain('NOTES Event:annual half-day panel discussion on the rights of Indigenous Peoples');
    expect(rel).toContain('NOTES Event:sixty-third session of the Human Rights Council');
  });

  it('A/RES/80/191 PP34: "the report of the Office ... on the half-day panel discussion, held on 27 September 2023, on the rights of Indigenous Peoples"', () => {
    const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/191', '2025-12-15'), kind: 'preambular' });
    const text =
      'Taking note of the report of the Office of the United Nations High Commissioner for Human Rights on the half-day panel discussion, held on 27 September 2023, on the rights of Indigenous Peoples, in particular, the impact of certain development projects on Indigenous women,';
    const rel = relations(text, 'preambular');
    expect(rel.some((r) => r.startsWith('NOTES Event:half-day panel discussion on the rights of Indigenous Peoples'))).toBe(true);
    expect(attributions(text).some((a) => a.startsWith('STARTS_ON Event:half-day panel discussion on the rights of Indigenous Peoples') && a.endsWith('-> Date:2023-09-27'))).toBe(true);
  });

  it('guard: A/RES/80/209 OP26 "the biennial panel discussion, held at the sixtieth session of the Council, on the impact of ...": the aside form read before', () => {
    const rel = relations(
      'Also recalls the contribution of the first biennial panel discussion on the issue of unilateral coercive measures and human rights organized by the Human Rights Council in 2015 to increase awareness of the negative impact that unilateral coercive measures have on the enjoyment of human rights in the targeted and non‑targeted countries, and invites the Council to follow up on the discussion at the biennial panel discussion, held at the sixtieth session of the Council, on the impact of unilateral coercive measures and overcompliance on the right to food and food security;',
      'operative',
      ctxOf('A/RES/80/209', '2025-12-15'),
    );
    expect(rel).toContain('INVITES Event:biennial panel discussion on the impact of unilateral coercive measures and overcompliance on the right to food and food security');
  });
});
