// Session-64 audit aud64ra: residual faults in A/RES/79/217 (gold aud64d), 79/263 (aud64a), 79/214 (aud63x), 79/327 (aud63e).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/217', '2024-12-19', 'International migration and development'), kind: 'preambular' });

describe('a body\'s numbered "summit" is its "summit meeting" of that number: one node', () => {
  it('A/RES/79/217 PP27: "the fourteenth summit of the Global Forum, in 2024, ... the fifteenth summit of the Global Forum"', () => {
    const text =
      'Recognizing the valuable contribution of the Global Forum on Migration and Development to addressing the multidimensional nature of international migration, noting in this regard the convening of the fourteenth summit of the Global Forum, in 2024, and looking forward to the fifteenth summit of the Global Forum, to be held in 2025,';
    expect(keys(text, 'Event:')).toEqual([
      'Event:fourteenth summit meeting of the Global Forum on Migration and Development',
      'Event:fifteenth summit meeting of the Global Forum on Migration and Development',
    ]);
    expect(attributions(text)).toContain('SESSION_OF Event:fourteenth summit meeting of the Global Forum on Migration and Development -> Organization:Global Forum on Migration and Development');
  });

  it('guard: A/RES/78/217 PP15 "the fourteenth summit meeting of the Global Forum on Migration and Development" keeps its key', () => {
    const text =
      'Looking forward to the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France and to be held in Geneva from 23 to 25 January 2024,';
    expect(keys(text, 'Event:')).toEqual(['Event:fourteenth summit meeting of the Global Forum on Migration and Development']);
  });

  it('guard: A/RES/78/54 "the thirtieth ordinary summit of the Economic Community of West African States": a qualified summit is kept', () => {
    const text =
      'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials,';
    expect(keys(text, 'Event:')).toEqual(['Event:thirtieth ordinary summit of the Economic Community of West African States']);
  });
});

describe('"the Office of the incoming President of the General Assembly": the one Office of the President', () => {
  const ctx = ctxOf('A/RES/79/327', '2025-09-08', 'Revitalization of the work of the General Assembly');
  const OFFICE = 'Organization:Office of the President of the General Assembly';
  it('A/RES/79/327 OP50: "financial support through voluntary contributions by Member States to the Office of the incoming President"', () => {
    const text =
      'Stresses the utmost importance of ensuring a smooth transition between the outgoing and incoming Presidents of the General Assembly, and in this connection emphasizes the critical role of close interaction and coordination between the Offices of the incoming and outgoing Presidents, including the transmission of a handover report, as well as expeditious provision of personnel and financial support through voluntary contributions by Member States to the Office of the incoming President of the General Assembly;';
    const rels = relations(text, 'operative', ctx);
    expect(rels).toContain(`EMPHASIZES ${OFFICE}`);
    expect(rels).toContain('EMPHASIZES Organization:President of the General Assembly');
  });

  it('guard: A/RES/79/327 OP51 "the Office of the President of the General Assembly and the President" keeps its key', () => {
    const text =
      'Acknowledges the efforts of Member States aimed at strengthening and providing the Office of the President of the General Assembly and the President with the adequate means for carrying out the functions of the President;';
    expect(relations(text, 'operative', ctx)).toEqual(expect.arrayContaining([`ACKNOWLEDGES ${OFFICE}`, 'ACKNOWLEDGES Organization:President of the General Assembly']));
  });
});
