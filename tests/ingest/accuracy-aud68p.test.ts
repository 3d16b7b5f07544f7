// Session-68 audit aud68p: A/RES/78/327 (modalities of the 2026 United Nations Water Conference). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const WATER = 'Modalities of the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all';
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/327', '2024-09-06', WATER), kind: 'preambular' });

describe('"the final declaration of the <sitting>": a Framework the sitting ADOPTED, both targets (session 56, as "the declaration of the ... Ministerial Meeting")', () => {
  const DUSHANBE = 'Event:Third High-level International Conference on the International Decade for Action "Water for Sustainable Development"';
  const DUSHANBE_DECLARATION = `Framework:final declaration of the ${DUSHANBE.slice('Event:'.length)}`;
  const PP17 =
    'Taking note of the United Nations World Water Development Report 2024, the outcomes of the tenth World Water Forum, held in Bali, Indonesia, from 18 to 25 May 2024, the final declaration of the Third High-level International Conference on the International Decade for Action “Water for Sustainable Development”, 2018–2028, held in Dushanbe from 10 to 13 June 2024,';

  it('A/RES/78/327 PP17: the declaration and its Conference take the verb; the Conference ADOPTED it and keeps its venue and days', () => {
    const rels = relations(PP17);
    expect(rels).toContain(`NOTES ${DUSHANBE_DECLARATION}`);
    expect(rels).toContain(`NOTES ${DUSHANBE}`);
    const atts = attributions(PP17);
    expect(atts).toContain(`ADOPTED ${DUSHANBE} -> ${DUSHANBE_DECLARATION}`);
    expect(atts).toContain(`HELD_IN ${DUSHANBE} -> Place:Dushanbe`);
    expect(atts).toContain(`STARTS_ON ${DUSHANBE} -> Date:2024-06-10`);
  });

  it('A/RES/80/148 PP9: the sitting\'s year between the words and its name is part of the title as printed', () => {
    const text =
      'Welcoming further the final declaration of the 2022 United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies and Sustainable Development, also known as “Mondiacult 2022”,';
    const ctx = ctxOf('A/RES/80/148', '2025-12-15', 'Culture and sustainable development');
    const declaration = 'Framework:final declaration of the 2022 United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies and Sustainable Development';
    expect(relations(text, 'preambular', ctx)).toContain(`WELCOMES ${declaration}`);
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED '))).toEqual([
      `ADOPTED Event:United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies and Sustainable Development -> ${declaration}`,
    ]);
  });

  it('guard: "the final report of the <sitting>" names no framework', () => {
    const text = 'Taking note of the final report of the Third High-level International Conference on the International Decade for Action “Water for Sustainable Development”, 2018–2028,';
    expect(relations(text).filter((r) => r.includes('Framework:'))).toEqual([]);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: A/RES/80/151 PP21 "the declaration of the twenty-fourth annual Ministerial Meeting ..." keeps its reading', () => {
    const text =
      'Taking note of the declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries held at United Nations Headquarters on 26 September 2025,';
    const atts = attributions(text, 'preambular', ctxOf('A/RES/80/151', '2025-12-19', 'Follow-up to the third United Nations Conference on Landlocked Developing Countries'));
    expect(atts.filter((a) => a.startsWith('ADOPTED '))).toHaveLength(1);
    expect(atts.some((a) => a.includes('-> Framework:declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries'))).toBe(true);
  });
});

describe('a numbered sitting of a gazetteer forum keyed with its ordinal capitalised is SESSION_OF the forum (session 55)', () => {
  it('A/RES/78/327 PP17: "the outcomes of the tenth World Water Forum, held in Bali, Indonesia, from 18 to 25 May 2024"', () => {
    const atts = attributions('Taking note of the outcomes of the tenth World Water Forum, held in Bali, Indonesia, from 18 to 25 May 2024,');
    expect(atts).toContain('SESSION_OF Event:Tenth World Water Forum -> Event:World Water Forum');
    expect(atts).toContain('HELD_IN Event:Tenth World Water Forum -> Place:Bali');
  });

  it('guard: A/RES/78/141 PP16 "the eighth World Investment Forum of the United Nations Conference on Trade and Development": its owner only', () => {
    const text =
      'Welcoming the eighth World Investment Forum of the United Nations Conference on Trade and Development, held in Abu Dhabi from 16 to 20 October 2023,';
    const atts = attributions(text, 'preambular', ctxOf('A/RES/78/141', '2023-12-19', 'Unilateral economic measures as a means of political and economic coercion against developing countries'));
    expect(atts.filter((a) => a.startsWith('SESSION_OF '))).toEqual([
      'SESSION_OF Event:Eighth World Investment Forum of the United Nations Conference on Trade and Development -> Organization:United Nations Conference on Trade and Development',
    ]);
  });
});

describe('"the Secretary-General of the Conference" after the Conference was named: the sitting\'s officer, not "the Conference"', () => {
  // one context for the paragraphs of one text: the short form "the Conference" reads what was named before it
  const relationsAfterOP1 = (text: string): string[] => {
    const ctx = ctxOf('A/RES/78/327', '2024-09-06', WATER);
    extractParagraph({ id: 'OP1', kind: 'operative', text: 'Decides that the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all, co-hosted by Senegal and the United Arab Emirates, will be held in the United Arab Emirates from 2 to 4 December 2026;', footnoteRefs: [], subparagraphs: [] }, ctx);
    return extractParagraph({ id: 'OP9', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).relations.map((r) => `${r.type} ${r.target}`);
  };

  it('A/RES/78/327 OP9 (a): "prepared in a background note by the Secretary-General of the Conference, ... with the support of UN-Water"', () => {
    const rels = relationsAfterOP1(
      'Decides that the organizational arrangements for the interactive dialogues will be as follows: (a) Proposals for themes of the interactive dialogues will be prepared in a background note by the Secretary-General of the Conference, in consultation with Member States, with the support of UN-Water and relevant United Nations entities;',
    );
    expect(rels).toContain('DECIDES Organization:Secretary-General of the Conference');
    expect(rels).toContain('DECIDES Organization:UN-Water');
  });

  it('guard: A/RES/78/327 OP8 "to appoint a Secretary-General of the Conference": a post still to fill names no officer (aud48c 80/169 OP12)', () => {
    const rels = relationsAfterOP1(
      'Requests the Secretary-General to appoint a Secretary-General of the Conference to serve as focal point within the Secretariat for providing support to the Conference;',
    );
    expect(rels).not.toContain('REQUESTS Organization:Secretary-General of the Conference');
    expect(rels).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });
});
