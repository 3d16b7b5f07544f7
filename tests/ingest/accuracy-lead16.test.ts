// "Resolves" as a paragraph's verb (session 16): a decision in other words, typed DECIDES (DESIGN.md's list has no type of
// its own for it). Each case quotes the file named.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/255', date: '2023-12-22' };
const { relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"Resolves that / to ..." opens a DECIDES clause', () => {
  it('A/RES/78/255 OP2: "Resolves that the Secretary-General shall report to the Advisory Committee and to the General Assembly ..."', () => {
    const text =
      'Resolves that the Secretary-General shall report to the Advisory Committee and to the General Assembly at its eightieth session all commitments made under the provisions of the present resolution;';
    expect(relations(text)).toEqual(
      expect.arrayContaining([
        'DECIDES Organization:Secretary-General of the United Nations',
        // (alone, the bare "Advisory Committee" is keyed in this resolution; in A/RES/78/255 an earlier paragraph names ACABQ)
        'DECIDES Organization:Advisory Committee (A/RES/78/255)',
        'DECIDES Organization:General Assembly',
      ]),
    );
  });

  it('A/RES/79/334 OP12: "Resolves to bridge the artificial intelligence and other digital divides ..., in support of the Sustainable Development Goals"', () => {
    const text =
      'Resolves to bridge the artificial intelligence and other digital divides between and within countries, and to enhance international cooperation on capacity-building in developing countries, in support of the Sustainable Development Goals;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/334', date: '2025-08-26' })).toEqual(['DECIDES Framework:Sustainable Development Goals']);
  });

  it('guard: what others resolved ("in which Member States resolved to review ...", "remain resolved") is no DECIDES of the resolution', () => {
    const text =
      'Recalling the Ministerial Declaration of 2019 of the Commission on Narcotic Drugs, in which Member States resolved to review progress in the Commission in 2029, and that Member States remain resolved to achieve the Sustainable Development Goals,';
    expect(relations(text, 'preambular').filter((r) => r.startsWith('DECIDES'))).toEqual([]);
  });
});
