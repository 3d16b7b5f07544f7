// Session-67 audit aud67m: A/RES/79/158 (Child, early and forced marriage, Third Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { keys, relations } = oneParagraph({
  ctx: { body: 'General Assembly', symbol: 'A/RES/79/158', date: '2024-12-17', title: 'Child, early and forced marriage' },
  kind: 'preambular',
});

describe('"in which the General Assembly first <act>": the cited text\'s author, no target of the citing clause', () => {
  it('A/RES/79/158 PP2: "since the adoption of resolution 69/156, in which the General Assembly first addressed the pressing issue"', () => {
    const rels = relations(
      'Recalling its resolutions 78/188 of 19 December 2023 on the girl child, while recognizing that 2024 marks 10 years since the adoption of resolution 69/156, in which the General Assembly first addressed the pressing issue of child, early and forced marriage,',
    );
    expect(rels).toContain('RECOGNIZES Resolution:A/RES/69/156');
    expect(rels).not.toContain('RECOGNIZES Organization:General Assembly');
    // the paragraph still mentions the Assembly
    expect(keys('Recalling resolution 69/156, in which the General Assembly first addressed the pressing issue of child marriage,', 'Organization:')).toEqual([
      'Organization:General Assembly',
    ]);
  });

  it('guard: a passive after "first" ("in which the General Assembly was first requested") makes the Assembly the one asked', () => {
    expect(relations('Recalling the report in which the General Assembly was first requested to act,')).toContain('RECALLS Organization:General Assembly');
  });
});

describe('"the Middle East and North Africa" is one region, as "Latin America and the Caribbean"', () => {
  it('A/RES/79/158 PP7: "the Regional Action Forum to End Child Marriage in the Arab States/Middle East and North Africa" is one name', () => {
    const text =
      'Taking note with appreciation of initiatives to prevent and eliminate child, early and forced marriage, including the Regional Action Plan to End Child Marriage in South Asia, the Joint Inter-Agency Programme to End Child Marriage and Early Unions in Latin America and the Caribbean and the Regional Action Forum to End Child Marriage in the Arab States/Middle East and North Africa, and further encouraging coordinated and comprehensive approaches to action at all levels and across sectors,';
    const rels = relations(text);
    expect(rels).toContain('NOTES Event:Regional Action Forum to End Child Marriage in the Arab States/Middle East and North Africa');
    expect(rels).toContain('NOTES Initiative:Joint Inter-Agency Programme to End Child Marriage and Early Unions in Latin America and the Caribbean');
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('guard: the two regions printed apart ("in the Middle East and in North Africa") stay two places', () => {
    expect(keys('Noting with concern the situation of girls in the Middle East and in North Africa,', 'Place:')).toEqual([
      'Place:Middle East',
      'Place:North Africa',
    ]);
  });
});
