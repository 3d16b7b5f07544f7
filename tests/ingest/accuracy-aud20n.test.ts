// Misses found by the session-20 audit aud20n: A/RES/80/19 (prevention of an arms race in outer space) and A/RES/79/69
// (United Nations Disarmament Information Programme), and the same forms in other texts. Each case quotes the file
// named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/69', date: '2024-12-02' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a Yearbook is a publication series (an Initiative)', () => {
  it('A/RES/79/69 OP2: "Commends with satisfaction the launch of The United Nations Disarmament Yearbook for 2022 and 2023"', () => {
    const text =
      'Commends with satisfaction the launch of The United Nations Disarmament Yearbook for 2022 and 2023, as well as its online editions, by the Office for Disarmament Affairs of the Secretariat;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:United Nations Disarmament Yearbook']);
    expect(relations(text)).toContain('APPRECIATES Initiative:United Nations Disarmament Yearbook');
    expect(relations(text)).toContain('APPRECIATES Organization:Office for Disarmament Affairs');
  });

  it('A/RES/79/121 OP34 (80/164 OP38): "stresses the unique value of the Yearbook of the International Law Commission"', () => {
    const text =
      'Further takes note of paragraph 457 of the report of the International Law Commission, stresses the unique value of the Yearbook of the International Law Commission, and requests the Secretary-General to ensure its timely publication in all official languages;';
    const ctx = { ...GA, symbol: 'A/RES/79/121' };
    expect(keys(text, 'Initiative:', 'operative', ctx)).toEqual(['Initiative:Yearbook of the International Law Commission']);
    expect(relations(text, 'operative', ctx)).toContain('EMPHASIZES Initiative:Yearbook of the International Law Commission');
    expect(relations(text, 'operative', ctx)).toContain('NOTES Organization:International Law Commission');
  });
});

describe('a note citing a volume of a publication series names a source, not a series the paragraph speaks of', () => {
  const withNote = (text: string, mark: string, note: string, ctx: RecognizeContext) => {
    const offset = text.indexOf(mark + ' ') >= 0 ? text.indexOf(mark + ' ') : text.length - 1;
    return extractParagraph({ id: 'PP14', kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] }, ctx);
  };

  it('guard: A/RES/80/48 PP14 note 8 "The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations publication, ...)"', () => {
    const text = 'Recognizing the continuing contributions that the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga),8 is making towards attaining the objectives of nuclear disarmament,';
    const x = withNote(text, '8', 'The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations publication, Sales No. E.86.IX.7), appendix VII.', { ...GA, symbol: 'A/RES/80/48' });
    expect(x.mentions.filter((m) => m.key.startsWith('Initiative:'))).toEqual([]);
    expect(x.relations.map((r) => r.target)).not.toContain('Initiative:United Nations Disarmament Yearbook');
  });

  it('guard: A/RES/80/165 PP5 note 3 "See Yearbook of the International Law Commission, 2006, vol. II (Part Two), para. 50"', () => {
    const text = 'Noting also the views expressed that there was a close connection between the draft articles on diplomatic protection and the articles on responsibility of States for internationally wrongful acts, and the observations of the Commission in this regard,3';
    const x = withNote(text, '3', 'See Yearbook of the International Law Commission, 2006, vol. II (Part Two), para. 50, “Diplomatic protection”, para. (1).', { ...GA, symbol: 'A/RES/80/165' });
    expect(x.relations.map((r) => r.target).filter((t) => t.includes('Yearbook'))).toEqual([]);
  });

  it('the series named in the paragraph itself keeps its edge (A/RES/79/69 OP4 (a))', () => {
    const text =
      'Recommends that the Programme continue to inform, educate and generate public understanding of the importance of multilateral action and support for it, and that it focus its efforts: (a) To continue to publish The United Nations Disarmament Yearbook, the flagship publication of the Office for Disarmament Affairs, in all official languages, as well as its Occasional Papers and other ad hoc information materials in accordance with the current practice;';
    expect(relations(text)).toContain('RECOMMENDS Initiative:United Nations Disarmament Yearbook');
  });
});
