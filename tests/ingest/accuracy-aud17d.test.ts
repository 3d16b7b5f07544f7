// Misses found by the session-17 audit aud17d: A/RES/79/116 (criminal accountability of United Nations officials),
// A/RES/78/93 (Montserrat), A/RES/79/57 (women and disarmament), A/RES/79/32 (follow-up to the ICJ advisory opinion),
// A/RES/79/244 (Dag Hammarskjöld), A/RES/80/165 (diplomatic protection), A/RES/79/132 (credentials), and the same
// forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/165', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe("the International Law Commission's articles are frameworks, printed in lowercase", () => {
  it('A/RES/80/165 PP1: "the annex to which contains the text of the articles on diplomatic protection"', () => {
    const text =
      'Recalling its resolution 62/67 of 6 December 2007, the annex to which contains the text of the articles on diplomatic protection, commending the articles to the attention of Governments,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:articles on diplomatic protection']);
    expect(relations(text)).toContain('RECALLS Framework:articles on diplomatic protection');
  });

  it('A/RES/80/165 PP5: the draft articles and the articles on State responsibility, each one node', () => {
    const text =
      'Noting also the views expressed that there was a close connection between the draft articles on diplomatic protection and the articles on responsibility of States for internationally wrongful acts, and the observations of the Commission in this regard,';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:articles on diplomatic protection',
      'Framework:articles on responsibility of States for internationally wrongful acts',
    ]);
    expect(relations(text)).toContain('NOTES Framework:articles on responsibility of States for internationally wrongful acts');
  });

  it('A/RES/79/122 OP2: "the draft articles on prevention and punishment of crimes against humanity"', () => {
    const text =
      'Takes note of all the views, comments and concerns expressed in the debates of the Sixth Committee on crimes against humanity including at its resumed sessions held during the seventy-seventh and seventy-eighth sessions of the General Assembly, as well as the comments and observations received from Governments on the draft articles on prevention and punishment of crimes against humanity and on any future action thereon;';
    expect(relations(text, 'operative')).toContain('NOTES Framework:draft articles on prevention and punishment of crimes against humanity');
  });

  it('A/RES/79/128 PP1 and PP2: with and without "the", one node', () => {
    const a = keys('Recalling the draft articles on protection of persons in the event of disasters,', 'Framework:');
    const b = keys('Recalling the draft articles on the protection of persons in the event of disasters,', 'Framework:');
    expect(a).toEqual(['Framework:draft articles on the protection of persons in the event of disasters']);
    expect(b).toEqual(a);
  });

  it('guard: a trade agreement\'s "articles on the release and clearance of goods" (A/RES/78/163 OP19) are no framework of their own', () => {
    const text =
      'Calls for the full and timely implementation of the Agreement on Trade Facilitation, particularly for the effective implementation of the provisions of articles on the release and clearance of goods, border agency cooperation, formalities connected with importation, exportation and transit, freedom of transit and customs cooperation;';
    expect(keys(text, 'Framework:', 'operative').filter((k) => /articles/i.test(k))).toEqual([]);
  });
});
