// Misses found by the session-31 audit aud31a: A/RES/80/147 (science, technology and innovation for sustainable development)
// and A/RES/79/334 (impact of rapid technological change on the SDGs), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/147', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const UN = 'Organization:United Nations';

describe('"existing United Nations and multi-stakeholder mechanisms": with no article, the name modifies a noun with another word', () => {
  it('A/RES/80/147 PP22 (80/118 OP18): "leveraging existing United Nations and multi-stakeholder mechanisms"', () => {
    const text =
      'Emphasizing the importance of increased investment, and recognizing the need to scale up artificial intelligence capacity-building, leveraging existing United Nations and multi-stakeholder mechanisms to bridge artificial intelligence divides,';
    expect(keys(text, UN)).toEqual([]);
    expect(relations(text)).not.toContain(`RECOGNIZES ${UN}`);
  });

  it('A/RES/78/119 OP50 (79/140): "Encourages United Nations and humanitarian organizations"', () => {
    expect(keys('Encourages United Nations and humanitarian organizations to further advance their work;', UN, 'operative')).toEqual([]);
  });

  it('A/RES/80/77 OP15: "the protection of United Nations and humanitarian facilities"', () => {
    const text = 'Demands that all parties comply with their international humanitarian law obligations, including the protection of United Nations and humanitarian facilities;';
    expect(keys(text, UN, 'operative')).toEqual([]);
  });

  it('guard: "the United Nations and humanitarian organizations" names the Organization (an article before it)', () => {
    expect(keys('Emphasizing that the United Nations and humanitarian organizations must be able to operate,', UN)).toEqual([UN]);
  });

  it('guard: "United Nations and its entities" is the Organization and its parts', () => {
    expect(keys('Noting the support provided by United Nations and its entities,', UN)).toEqual([UN]);
  });
});
