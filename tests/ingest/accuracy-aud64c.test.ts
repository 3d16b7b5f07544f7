// Session-64 audit aud64c: A/RES/79/222 (industrial development cooperation, UNIDO), gold tests/gold/aud64c-A_RES_79_222.gold.tsv.
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/222', '2024-12-19'), kind: 'preambular' });

const GC_UNIDO = 'General Conference of the United Nations Industrial Development Organization';

describe('"<sitting>, held in <City> ..., and the <City> Declaration": the sitting adopted the declaration named by its venue', () => {
  it('A/RES/79/222 PP15: the eighteenth session (Abu Dhabi) and the fifteenth session (Lima) of the UNIDO General Conference', () => {
    const att = attributions(
      'Recalling further the eighteenth session of the General Conference of the United Nations Industrial Development Organization, held in Abu Dhabi in November 2019, and the Abu Dhabi Declaration,7 and the fifteenth session of the General Conference of the United Nations Industrial Development Organization, held in Lima in December 2013, and the Lima Declaration: towards inclusive and sustainable industrial development, 8 in which the General Conference notably reaffirmed the unique mandate of the Organization and laid the foundation for its upcoming work to support member States in achieving inclusive and sustainable industrial development,',
    );
    expect(att).toContain(`ADOPTED Event:eighteenth session of the ${GC_UNIDO} -> Framework:Abu Dhabi Declaration`);
    expect(att).toContain(`ADOPTED Event:fifteenth session of the ${GC_UNIDO} -> Framework:Lima Declaration`);
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toHaveLength(2);
  });

  it('A/RES/78/259 PP3: "the Summit on Science, Technology and Innovation of the Group of 77 and China, held in Havana ..., and the Havana Declaration on ..."', () => {
    const att = attributions(
      'Recognizing the importance of creating synergies, developing expertise and boosting resources in various regions and institutions, and in this regard taking note of the Summit on Science, Technology and Innovation of the Group of 77 and China, held in Havana on 15 and 16 September 2023, and the Havana Declaration on Current Development Challenges: the Role of Science, Technology and Innovation, as an effort to boost cooperation in this field,',
      'preambular',
      ctxOf('A/RES/78/259', '2023-12-22'),
    );
    expect(att).toContain('ADOPTED Event:Summit on Science, Technology and Innovation of the Group of 77 and China @ 2023 -> Framework:Havana Declaration on Current Development Challenges');
  });

  it('guard: a declaration named by another city than the venue ("held in Lima ..., and the Abu Dhabi Declaration") is not that sitting\'s', () => {
    const att = attributions(
      'Recalling the fifteenth session of the General Conference of the United Nations Industrial Development Organization, held in Lima in December 2013, and the Abu Dhabi Declaration,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: a sitting named with no "held in" before the city ("the Abu Dhabi session ..., and the Abu Dhabi Declaration") adopts nothing by this reading', () => {
    const att = attributions(
      'Recalling the work of the United Nations Industrial Development Organization in Abu Dhabi in November 2019, and the Abu Dhabi Declaration,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('"International Labour Organization recommendation No. 189": the body before its numbered instrument is its author, no verb target', () => {
  it('A/RES/79/222 OP42: "and in this regard recalls International Labour Organization recommendation No. 189 concerning job creation ..."', () => {
    const text =
      'Reiterates the importance of promoting the creation and development of micro-, small and medium-sized enterprises as a strategy for achieving industrial development, economic dynamism, poverty and hunger eradication and job creation, including through the mobilization of resources and measures to foster sustainable and inclusive development, and in this regard recalls International Labour Organization recommendation No. 189 concerning job creation in small and medium-sized enterprises;';
    const rel = relations(text, 'operative');
    expect(rel).toContain('RECALLS Framework:Job Creation in Small and Medium-Sized Enterprises Recommendation');
    expect(rel.filter((r) => r.includes('International Labour Organization'))).toEqual([]);
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:International Labour Organization');
  });

  it('guard: the Organization named as an actor beside the instrument keeps its verb ("invites the International Labour Organization to promote recommendation No. 204")', () => {
    const rel = relations('Invites the International Labour Organization to promote recommendation No. 204 concerning the transition from the informal to the formal economy;', 'operative');
    expect(rel).toContain('INVITES Organization:International Labour Organization');
  });
});

describe('"<framework> adopted by <a body with a long name> in its resolution <N>": the resolution adopted it', () => {
  it('A/RES/79/222 PP17: "the Strategic Framework for Partnering with Middle-Income Countries 11 adopted by the General Conference of the United Nations Industrial Development Organization in its resolution GC.18/Res.9"', () => {
    const att = attributions(
      'Taking note of the Strategic Framework for Partnering with Middle-Income Countries 11 adopted by the General Conference of the United Nations Industrial Development Organization in its resolution GC.18/Res.9 of 7 November 2019, 12 entitled “Inclusive and sustainable industrial development in middle-income countries”,',
    );
    expect(att).toContain(
      `ADOPTED Resolution:${GC_UNIDO} resolution GC.18/Res.9 -> Framework:Strategic Framework for Partnering with Middle-income Countries`,
    );
  });

  it('guard: "acknowledged by the General Conference of the Organization in its resolution GC.18/Res.3" (PP18) states no adoption of the Strategy', () => {
    const att = attributions(
      'Taking note also of the Small Island Developing States Strategy 2019–2025 of the United Nations Industrial Development Organization, acknowledged by the General Conference of the Organization in its resolution GC.18/Res.3 of 7 November 2019,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.includes('Framework:'))).toEqual([]);
  });
});
