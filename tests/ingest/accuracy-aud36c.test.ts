// Session-36 audit aud36c (A/80/L.41, A/RES/73/3, 73/6, 73/7, 73/8, the railcar texts of 80/1, 80/2, 80/3, 80/4, 80/16, 80/23,
// GA decision 80/524, S/RES/1454 (2002)). Fixed: "the Conference" printed bare in an annexed declaration is the sitting its
// opening says the signatories met at, not the last conference the declaration welcomes in passing (80/3 annex OP25); the
// venue and dates printed after a list that "the convening of" governs are every listed sitting's, with no comma before them
// (80/3 annex OP10, 79/144 OP205, 80/151 OP50, 78/69 OP208, 80/110 OP200); "Victoria Falls" is the Zimbabwean town, not
// Victoria, Seychelles (80/3 annex OP12, 78/270 PP26). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';
const WATER_2028 =
  'Event:United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, "Water for Sustainable Development", 2018-2028 @ 2028';

const ANNEX_OP1 =
  'We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries, with the participation of representatives of intergovernmental and non‑governmental organizations, the private sector, civil society, academia and other stakeholders.';
const ANNEX_OP12 =
  'We further welcome the convening of the Second Global Mountain Summit, to be held in Kyrgyzstan in 2027, and the 2028 United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, to be hosted by Tajikistan.';
const ANNEX_OP25 =
  'We express our deepest appreciation to the Government and people of Turkmenistan for their generous hospitality and for hosting the Conference in an excellent manner in the spirit of global cooperation and solidarity.';

/** the paragraphs extracted in order with one context, as the pipeline does: each one's relations and attributions */
function inOrder(ctx: RecognizeContext, paragraphs: [string, string][]): { relations: string[]; attributions: string[] }[] {
  return paragraphs.map(([id, text]) => {
    const x = extractWithNotes(id, text, [], ctx);
    return { relations: x.relations.map((r) => `${r.type} ${r.target}`), attributions: x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) };
  });
}

describe('"the Conference" in a declaration is the sitting its signatories met at', () => {
  it('A/RES/80/3 annex OP25 "for hosting the Conference", after OP12 welcomed "the 2028 United Nations Conference on ..., to be hosted by Tajikistan": Turkmenistan HOSTS the Third Conference on LLDCs, which the clause EXPRESSES', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-14' };
    const [, op12, op25] = inOrder(ctx, [['Annex.OP1', ANNEX_OP1], ['Annex.OP12', ANNEX_OP12], ['Annex.OP25', ANNEX_OP25]]);
    // (OP12 names the 2028 conference, and Tajikistan hosts it)
    expect(op12!.attributions).toContain(`HOSTS Place:Tajikistan -> ${WATER_2028}`);
    expect(op25!.attributions).toContain(`HOSTS Place:Turkmenistan -> ${LLDC3}`);
    expect(op25!.relations).toContain(`EXPRESSES ${LLDC3}`);
    expect(op25!.relations).not.toContain(`EXPRESSES ${WATER_2028}`);
  });

  it('guard: with no "We, ... met ... at the" opening, "the Conference" is still the last conference named before it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-14' };
    const opening = 'Recalling the Third United Nations Conference on Landlocked Developing Countries, held in Awaza, Turkmenistan, from 5 to 8 August 2025,';
    const [, , op25] = inOrder(ctx, [['PP1', opening], ['Annex.OP12', ANNEX_OP12], ['Annex.OP25', ANNEX_OP25]]);
    expect(op25!.relations).toContain(`EXPRESSES ${WATER_2028}`);
  });

  it('guard: a conference named before "the Conference" in the same paragraph is still the one it refers back to', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-14' };
    const later = 'We welcome the offer of Tajikistan to host the 2028 United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, and look forward to the success of the Conference.';
    const [, op9] = inOrder(ctx, [['Annex.OP1', ANNEX_OP1], ['Annex.OP9', later]]);
    expect(op9!.relations).toContain(`LOOKS_FORWARD_TO ${WATER_2028}`);
    expect(op9!.relations).not.toContain(`LOOKS_FORWARD_TO ${LLDC3}`);
  });
});

const COP29 = 'Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
const CMP19 = 'Event:nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol';
const CMA6 = 'Event:sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';

describe('the venue and dates after a list "the convening of" governs', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/144', date: '2024-12-17' }, kind: 'operative' });

  it('A/RES/79/144 OP205 "the convening of the twenty-ninth session of the COP ..., the nineteenth session of the CMP ... and the sixth session of the CMA ... in Baku from 11 to 22 November 2024": each session HELD_IN Baku, on those days', () => {
    const text =
      'Welcomes, in this regard, the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement in Baku from 11 to 22 November 2024;';
    const att = attributions(text);
    for (const s of [COP29, CMP19, CMA6]) {
      expect(att).toContain(`HELD_IN ${s} -> Place:Baku`);
      expect(att).toContain(`STARTS_ON ${s} -> Date:2024-11-11`);
      expect(att).toContain(`ENDS_ON ${s} -> Date:2024-11-22`);
    }
  });

  it('guard: the same list that no "convening of" opens ("the outcomes of the ... in Baku"): the venue stays the last sitting\'s', () => {
    const text =
      'Notes the outcomes of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement in Baku from 11 to 22 November 2024;';
    const att = attributions(text);
    expect(att).toContain(`HELD_IN ${CMA6} -> Place:Baku`);
    expect(att).not.toContain(`HELD_IN ${COP29} -> Place:Baku`);
  });
});

describe('Victoria Falls', () => {
  const { keys, attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/270', date: '2024-03-21' }, kind: 'preambular' });

  it('A/RES/78/270 PP26 "for hosting the nineteenth plenary meeting of the Kimberley Process in Victoria Falls, from 6 to 10 November 2023": HELD_IN the Zimbabwean town, not Victoria, Seychelles', () => {
    const text =
      'Expressing appreciation to Zimbabwe, as the 2023 Chair of the Kimberley Process, for its efforts in promoting the continuation of work, and for hosting the nineteenth plenary meeting of the Kimberley Process in Victoria Falls, from 6 to 10 November 2023, in a hybrid format,';
    expect(keys(text, 'Place:')).toContain('Place:Victoria Falls');
    expect(keys(text, 'Place:')).not.toContain('Place:Victoria');
    expect(attributions(text)).toContain('HELD_IN Event:nineteenth plenary meeting of the Kimberley Process -> Place:Victoria Falls');
  });

  it('guard: "in Victoria, Seychelles" is still the capital of Seychelles', () => {
    expect(keys('Welcoming the regional workshop held in Victoria, Seychelles, in 2024,', 'Place:')).toContain('Place:Victoria');
  });
});

describe('a declaration adopted inline, after the chapeau\'s colon, with its own "We, ..." subject', () => {
  const { relations, attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/73/3', date: '2018-10-10' }, kind: 'operative' });
  const TB_DECLARATION = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2018)';

  it('A/RES/73/3 OP0 "Adopts the following political declaration ...: We, ..., assembled at the United Nations in New York ..., reaffirm our commitment to ending the tuberculosis epidemic ... in line with the Sustainable Development Goals target": REAFFIRMS the Goals, no ADOPTS of the United Nations it met at', () => {
    const text =
      'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018: We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations in New York on 26 September 2018, with a dedicated focus for the first time on the global tuberculosis epidemic, reaffirm our commitment to ending the tuberculosis epidemic globally by 2030 in line with the Sustainable Development Goals target, commit to ending the epidemic in all countries, and we therefore:';
    const rel = relations(text);
    // (the resolution's own adoption is its ADOPTED edge, no ADOPTS twin: aud44f)
    expect(rel).not.toContain(`ADOPTS ${TB_DECLARATION}`);
    expect(attributions(text)).toContain(`ADOPTED Resolution:A/RES/73/3 -> ${TB_DECLARATION}`);
    expect(rel).toContain('REAFFIRMS Framework:Sustainable Development Goals');
    expect(rel).not.toContain('ADOPTS Framework:Sustainable Development Goals');
    expect(rel).not.toContain('ADOPTS Organization:United Nations');
  });

  it('guard: A/80/L.41 OP0 "Adopts the following outcome document of the high-level meeting ...: We, the Ministers ... participating in the high-level plenary meeting ...": the chapeau adopts the outcome document, the meeting named in its title is no object (aud45f, as aud44c\'s gold)', () => {
    const text =
      'Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session: We, the Ministers and heads of delegations participating in the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 16 and 17 December 2025,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/80/L.41' };
    expect(relations(text, undefined, ctx).filter((r) => r.startsWith('ADOPTS Event:high-level meeting'))).toHaveLength(0);
    expect(attributions(text, undefined, ctx).filter((a) => a.startsWith('ADOPTED Resolution:A/80/L.41 -> Document:outcome document of the high-level meeting'))).toHaveLength(1);
  });
});
