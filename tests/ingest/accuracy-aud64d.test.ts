// Session-64 audit aud64d: A/RES/79/217 (International migration and development, Second Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/217', date: '2024-12-19', title: 'International migration and development' };
const { relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const UN = 'Organization:United Nations';
const PROGRESS_DECLARATION = 'Framework:Progress Declaration of the International Migration Review Forum';

describe('"the endorsement of <framework> ... by the General Assembly in its resolution N": the resolution ENDORSES it', () => {
  const OP15 =
    'Takes note with appreciation of the convening of the first International Migration Review Forum from 17 to 20 May 2022, and the endorsement of its Progress Declaration as a whole, without a vote, by the General Assembly in its resolution 76/266 of 7 June 2022, and in this regard encourages Member States to implement the following recommended actions:';

  it('A/RES/79/217 OP15: 76/266 ENDORSES the Progress Declaration, the Forum ADOPTED it; the Assembly gets no edge', () => {
    const atts = attributions(OP15);
    expect(atts).toContain(`ENDORSES Resolution:A/RES/76/266 -> ${PROGRESS_DECLARATION}`);
    expect(atts).toContain(`ADOPTED Event:First International Migration Review Forum -> ${PROGRESS_DECLARATION}`);
    expect(atts.filter((a) => a.includes('Organization:General Assembly'))).toEqual([]);
  });

  it('guard: A/RES/79/171 PP39 "the endorsement of the Voluntary Guidelines ... by the Committee on Fisheries": the body named after it', () => {
    const atts = attributions(
      'Welcoming the endorsement of the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries in the Context of Food Security and Poverty Eradication by the Committee on Fisheries,',
      'preambular',
    );
    expect(atts.filter((a) => a.startsWith('ENDORSES '))).toEqual([
      'ENDORSES Organization:Committee on Fisheries -> Framework:Voluntary Guidelines for Securing Sustainable Small-scale Fisheries in the Context of Food Security and Poverty Eradication',
    ]);
  });
});

describe('"at the level of the United Nations": the Organization as the setting of debates, no target (session 55)', () => {
  it('A/RES/79/217 PP29: "discussions held at the global, regional and national levels, ..., including at the level of the United Nations"', () => {
    const rels = relations(
      'Acknowledging the important and complex interrelationship between international migration and development, recognizing that migration brings benefits and challenges to the global community, and confirming the importance of including the matter in relevant debates and discussions held at the global, regional and national levels, as appropriate, including at the level of the United Nations and other international organizations, in relation to development,',
      'preambular',
    );
    expect(rels.filter((r) => r.endsWith(` ${UN}`))).toEqual([]);
  });

  it('guard: "cooperation with the United Nations and other international organizations": a partner keeps the verb', () => {
    const rels = relations(
      'Acknowledging the importance of including the matter in relevant debates, and confirming the importance of cooperation with the United Nations and other international organizations in relation to development,',
      'preambular',
    );
    expect(rels).toContain(`AFFIRMS ${UN}`);
  });
});

describe('"the <ordinal> summit of the Global Forum" after the Forum\'s full name: its numbered summit, SESSION_OF it', () => {
  const GFMD = 'Organization:Global Forum on Migration and Development';
  // (keyed as the other texts print them, "summit meeting": aud64ra, session 64)
  const S14 = 'Event:fourteenth summit meeting of the Global Forum on Migration and Development';
  const S15 = 'Event:fifteenth summit meeting of the Global Forum on Migration and Development';
  const PP27 =
    'Recognizing the valuable contribution of the Global Forum on Migration and Development to addressing the multidimensional nature of international migration, noting in this regard the convening of the fourteenth summit of the Global Forum, in 2024, and looking forward to the fifteenth summit of the Global Forum, to be held in 2025,';

  it('A/RES/79/217 PP27: the two summits, their years, the verbs of their clauses', () => {
    const atts = attributions(PP27, 'preambular');
    expect(atts).toEqual(expect.arrayContaining([`SESSION_OF ${S14} -> ${GFMD}`, `STARTS_ON ${S14} -> Date:2024`, `SESSION_OF ${S15} -> ${GFMD}`, `STARTS_ON ${S15} -> Date:2025`]));
    const rels = relations(PP27, 'preambular');
    expect(rels).toEqual(expect.arrayContaining([`RECOGNIZES ${GFMD}`, `NOTES ${S14}`, `LOOKS_FORWARD_TO ${S15}`]));
  });

  it('guard: A/RES/78/217 PP15 "the fourteenth summit meeting of the Global Forum on Migration and Development": keyed as before', () => {
    const atts = attributions(
      'Looking forward to the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France, to be held in Geneva from 23 to 25 January 2024,',
      'preambular',
    );
    expect(atts).toContain(`SESSION_OF Event:fourteenth summit meeting of the Global Forum on Migration and Development -> ${GFMD}`);
  });
});
