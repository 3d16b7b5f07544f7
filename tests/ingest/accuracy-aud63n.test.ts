// Session-63 audit aud63n: A/RES/80/143 (Combating sand and dust storms, Second Committee) and its sister texts (78/158, 79/212).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/143', date: '2025-12-15', title: 'Combating sand and dust storms' };
const { extract, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const UNEA = 'United Nations Environment Assembly';
const PGA = 'Organization:President of the General Assembly';

describe('"<body> resolution N ..., adopted during its <ordinal> session": that session of the body ADOPTED it', () => {
  it('A/RES/80/143 OP15 (78/158 OP15, 79/212 OP15): three numbers, each adopted during its own session', () => {
    const atts = attributions(
      'Commends the United Nations Environment Assembly on its commitment to addressing sand and dust storms, and in this regard notes Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second session, resolution 4/10 on innovation on biodiversity and land degradation, adopted during its fourth session, and resolution 6/7 on combating sand and dust storms, adopted during its sixth session;',
    );
    expect(atts).toContain(`ADOPTED Event:second session of the ${UNEA} -> Resolution:${UNEA} resolution 2/21`);
    expect(atts).toContain(`ADOPTED Event:fourth session of the ${UNEA} -> Resolution:${UNEA} resolution 4/10`);
    expect(atts).toContain(`ADOPTED Event:sixth session of the ${UNEA} -> Resolution:${UNEA} resolution 6/7`);
    // (one adopter each: not the session printed after the next number)
    expect(atts.filter((a) => a.startsWith('ADOPTED'))).toHaveLength(3);
  });

  it('guard: "adopted during the" session of another body than the number\'s is no adopter', () => {
    const atts = attributions(
      'Notes United Nations Environment Assembly resolution 5/14 on plastic pollution, adopted during the seventy-sixth session of the General Assembly;',
    );
    expect(atts.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the organizer of a sitting set off by a comma: ", by the", ", under the auspices of the"', () => {
  it('A/RES/80/143 OP4: "the convening of the high-level meeting on sand and dust storms, by the President of the General Assembly"', () => {
    const atts = attributions(
      'Also recalls the convening of the high-level meeting on sand and dust storms, by the President of the General Assembly at the seventy-ninth session of the Assembly, in collaboration with the United Nations Coalition on Combating Sand and Dust Storms, in the General Assembly Hall, at United Nations Headquarters in New York, held on 10 July 2025 in the context of the International Day of Combating Sand and Dust Storms, at which participants discussed the challenges faced by affected countries to further practical actions at the regional and global levels;',
    );
    expect(atts).toContain(`ORGANIZES ${PGA} -> Event:high-level meeting on sand and dust storms @ 2025`);
  });

  it('A/RES/80/143 OP24: "the convening of a high-level ministerial meeting on the mid-term review of the Decade, under the auspices of the President"', () => {
    const atts = attributions(
      'Emphasizes the importance of reviewing the implementation of the United Nations Decade on Combating Sand and Dust Storms at its eighty-fourth session, including through the convening of a high-level ministerial meeting on the mid-term review of the Decade, under the auspices of the President of the General Assembly, through voluntary contributions and without duplication of effort;',
    );
    expect(atts).toContain(`ORGANIZES ${PGA} -> Event:ministerial meeting on the mid-term review of the Decade`);
  });

  it('guard: A/RES/80/119 PP14, a sitting no clause convenes: "established at the third session of ..., under the auspices of UNCTAD"', () => {
    const atts = attributions(
      'Recognizing the informal working group on consumer product safety, established at the third session of the Intergovernmental Group of Experts on Consumer Protection Law and Policy, under the auspices of the United Nations Conference on Trade and Development, and aimed at strengthening consumer product safety frameworks,',
      'preambular',
    );
    expect(atts.filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('guard: "the convening of ..., by 2030" names no agent; a body after ", by" that is a resolution organizes nothing', () => {
    expect(attributions('Welcomes the convening of the World Telecommunication Development Conference, by 2030,').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
    expect(
      attributions('Recalls the convening of the second International Conference on Combating Sand and Dust Storms, by its resolution 77/171,').filter((a) => a.startsWith('ORGANIZES')),
    ).toEqual([]);
  });
});

describe('"their" after a clause that names one sitting: the sitting\'s texts, not the sitting', () => {
  const COP16 =
    'Event:sixteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';
  it('A/RES/80/143 OP20: "Welcomes the convening of the sixteenth session ..., and the adoption of its decisions, and calls for their full implementation"', () => {
    const rels = relations(
      'Welcomes the convening of the sixteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, particularly in Africa, held in Riyadh from 2 to 13 December 2024, under the theme “Our land. Our future”, and the adoption of its decisions, and calls for their full implementation, and looks forward to the convening of the seventeenth session of the Conference of the Parties, to be held in Ulaanbaatar from 17 to 28 August 2026;',
    );
    expect(rels).toContain(`WELCOMES ${COP16}`);
    expect(rels.filter((r) => r.startsWith('CALLS_UPON'))).toEqual([]);
  });

  it('guard: A/RES/80/124 OP37, one organization heading the object: "the important contributions of the Common Fund ..., and encourages them"', () => {
    const rels = relations(
      'Notes the important contributions of the Common Fund for Commodities and other international commodities organizations, and encourages them, in cooperation with the International Trade Centre, to continue to support commodity-dependent developing countries;',
    );
    expect(rels).toContain('ENCOURAGES Organization:Common Fund for Commodities');
  });
});

describe('the resumed sessions of a meeting printed "of the Conference of Parties": named as their meeting is keyed', () => {
  const PP10 =
    'Welcoming also the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and the meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, as well as the two resumed sessions of the sixteenth meeting of the Conference of Parties to the Convention, held online from 3 to 6 December 2024 and in Rome from 25 to 27 February 2025, and taking note of their adopted decisions,';
  const names = (text: string) => extract(text, 'preambular').mentions.filter((m) => m.key.includes('resumed session')).map((m) => m.name);
  it('A/RES/80/143 PP10: "the two resumed sessions of the sixteenth meeting of the Conference of Parties to the Convention"', () => {
    expect(names(PP10)).toEqual([
      'first resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity',
      'second resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity',
    ]);
  });

  it('guard: A/RES/80/140, printed with the article: the same names', () => {
    expect(names(PP10.replace('Conference of Parties to the Convention, held', 'Conference of the Parties to the Convention, held'))).toEqual(names(PP10));
  });
});
