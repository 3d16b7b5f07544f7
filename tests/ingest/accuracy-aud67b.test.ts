// Session-67 audit aud67b: A/RES/78/205 (Protection of and assistance to internally displaced persons, Third Committee) and its
// sister text 80/211. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/205',
  date: '2023-12-19',
  title: 'Protection of and assistance to internally displaced persons',
};
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });
const attributionsOf = (px: ReturnType<typeof extractWithNotes>): string[] => px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const GUIDING_PRINCIPLES = 'Framework:Guiding Principles on Internal Displacement';

describe('a participle right after "<preposition> <gerund>, " is that gerund\'s fellow in a series, not the body\'s verb', () => {
  it('A/RES/78/205 PP25 (80/211 PP25): "strengthened by identifying, reaffirming and consolidating specific standards"', () => {
    const rels = relations(
      'Recognizing also that the protection of internally displaced persons has been strengthened by identifying, reaffirming and consolidating specific standards for their protection, in particular through the Guiding Principles on Internal Displacement,',
    );
    expect(rels).toContain(`RECOGNIZES ${GUIDING_PRINCIPLES}`);
    expect(rels).not.toContain(`REAFFIRMS ${GUIDING_PRINCIPLES}`);
  });

  it('guard: the gerund with its own object before the comma ("by identifying specific standards, reaffirming ..."): the body\'s verb', () => {
    const rels = relations(
      'Recognizing that the protection of internally displaced persons has been strengthened by identifying specific standards, reaffirming the Guiding Principles on Internal Displacement,',
    );
    expect(rels).toContain(`REAFFIRMS ${GUIDING_PRINCIPLES}`);
  });

  it('guard: a noun in -ing before the comma (A/RES/78/222 PP "in peacebuilding, stressing the importance of ..."): the body\'s verb', () => {
    const rels = relations(
      'Reaffirming the important role of women in the prevention and resolution of conflicts and in peacebuilding, stressing the importance of the Guiding Principles on Internal Displacement,',
    );
    expect(rels).toContain(`EMPHASIZES ${GUIDING_PRINCIPLES}`);
  });
});

describe('a text "adopted under" a framework "in <month> <year>", the note\'s mark after the date: the note\'s decision adopted it, that month', () => {
  const PARIS = 'Framework:Paris Agreement';
  const DECISION = 'Resolution:Conference of the Parties to the United Nations Framework Convention on Climate Change decision 1/CP.21';
  const NOTE = 'See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.';

  it('A/RES/78/205 OP30 (80/211): "the Paris Agreement adopted under the United Nations Framework Convention on Climate Change in December 2015 22"', () => {
    const text =
      'Recognizes the adverse effects of climate change, and in this regard recalls the Paris Agreement adopted under the United Nations Framework Convention on Climate Change in December 2015 22 and relevant initiatives related to internal displacement, such as the Nansen Initiative;';
    const atts = attributionsOf(extractWithNotes('OP30', text, [{ after: 'December 2015 22', mark: '22', text: NOTE }], ctx));
    expect(atts).toContain(`ADOPTED ${DECISION} -> ${PARIS}`);
    expect(atts).toContain(`ADOPTED_ON ${PARIS} -> Date:2015-12`);
  });

  it('guard: a month before the mark with no "adopted under": the note adopts nothing, the month dates nothing', () => {
    const text = 'Recognizes the adverse effects of climate change, and recalls the Paris Agreement and the United Nations Framework Convention on Climate Change in December 2015 22;';
    const atts = attributionsOf(extractWithNotes('OP30', text, [{ after: 'December 2015 22', mark: '22', text: NOTE }], ctx));
    expect(atts.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the International Recommendations on Internally Displaced Persons Statistics: one Framework the Statistical Commission adopted', () => {
  const IRIS = 'Framework:International Recommendations on Internally Displaced Persons Statistics';

  it('A/RES/78/205 PP38 (80/211): "noting the adoption by the Statistical Commission of the International Recommendations on ..."', () => {
    const text =
      'Recognizing the need for increased coverage, quality and availability of information on internal displacement, and noting the adoption by the Statistical Commission of the International Recommendations on Internally Displaced Persons Statistics,';
    const px = extractWithNotes('PP38', text, [], ctx);
    expect(px.relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${IRIS}`);
    expect(attributionsOf(px)).toContain(`ADOPTED Organization:Statistical Commission -> ${IRIS}`);
  });

  it('guard: the refugee statistics recommendations are not these', () => {
    expect(keys('Noting the International Recommendations on Refugee Statistics,', 'Framework:International Recommendations on Internally')).toEqual([]);
  });
});
