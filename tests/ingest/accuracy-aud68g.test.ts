// Session-68 audit aud68g: A/RES/80/17 (Establishment of a nuclear-weapon-free zone in the region of the Middle East) and A/RES/80/15
// (Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean), First Committee. Each case quotes the file and
// paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/15',
  date: '2025-12-01',
  title: 'Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)',
};
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });
const NPT_2010 = '2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
const FINAL_DOCUMENT_2010 = `Framework:Final Document of the ${NPT_2010}`;

describe('"<sitting>, in its Final Document, <verb>ed": the sitting\'s Final Document is named too', () => {
  it('A/RES/80/15 PP12: "the 2010 Review Conference ..., in its Final Document,8 encouraged ... and commended the Agency"', () => {
    const rels = relations(
      `Noting that the ${NPT_2010}, in its Final Document,8 encouraged the establishment of new nuclear-weapon-free zones on the basis of arrangements freely arrived at among States of the region concerned, and commended the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean for its leadership in this field,`,
    );
    expect(rels).toContain(`NOTES ${FINAL_DOCUMENT_2010}`);
    // (the sitting keeps its verb, keyed as the numbered review conferences are)
    expect(rels).toContain('NOTES Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(rels).toContain('NOTES Organization:Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean');
  });

  it('guard: A/RES/80/15 OP4 "action 9 of the Final Document of the 2010 Review Conference ...": one Final Document, as before', () => {
    const text = `Encourages once again States Parties to the Treaty of Tlatelolco to review their interpretative declarations thereto, in accordance with action 9 of the Final Document of the ${NPT_2010},10 reaffirming the legitimate interests of the States of the region;`;
    expect(keys(text, 'Framework:Final Document', 'operative')).toEqual([FINAL_DOCUMENT_2010]);
  });

  it('guard: A/RES/79/79 PP4 "..., in the decisions and recommendations contained in its Final Document, reaffirmed": not read', () => {
    const text =
      'Noting with satisfaction that the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, in the decisions and recommendations contained in its Final Document, reaffirmed the utility of having an intersessional programme,';
    expect(keys(text, 'Framework:Final Document')).toEqual([]);
  });
});
