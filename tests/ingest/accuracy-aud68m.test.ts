// Session-68 audit aud68m: gold of A/RES/79/17 (assurances to non-nuclear-weapon States) and A/RES/78/39 (Bangkok Treaty), both
// First Committee. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_39: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/39', date: '2023-12-04' };
const { keys, relations } = oneParagraph({ ctx: GA78_39, kind: 'preambular' });

describe('a body\'s unnamed text printed "<body> <head noun> of <year>": the year is a date the paragraph states', () => {
  const PP5 =
    'Reaffirming its conviction of the important role of nuclear-weapon-free zones, established, where appropriate, on the basis of arrangements freely arrived at among States of the region concerned and in accordance with the Disarmament Commission guidelines of 1999,2 in strengthening the nuclear non-proliferation regime, in contributing towards realizing the objectives of nuclear disarmament and in extending the areas of the world that are free of nuclear weapons,';

  it('A/RES/78/39 PP5 (80/47 PP5): "in accordance with the Disarmament Commission guidelines of 1999,2": Date 1999; the Commission keeps its verb', () => {
    expect(keys(PP5, 'Date:')).toEqual(['Date:1999']);
    // (the author of an unnamed text is a target, as the golds of 78/50 and 80/17 read "the report of the Disarmament Commission in 1999")
    expect(relations(PP5)).toContain('REAFFIRMS Organization:Disarmament Commission');
  });

  it('guard: the head noun with no body before it stays an instrument\'s year ("the guidelines of 1999 on ...", "the declaration of 2019 to ...")', () => {
    expect(keys('Recalling the guidelines of 1999 on the establishment of nuclear-weapon-free zones,', 'Date:')).toEqual([]);
    expect(keys('Recalling the declaration of 2019 to progressively provide 1 billion additional people with access to water,', 'Date:')).toEqual([]);
  });

  it('guard: a body printed after the head noun ("the guidelines of the Disarmament Commission of 1999") is not the body before it', () => {
    expect(keys('Recalling the guidelines of the Disarmament Commission of 1999,', 'Date:')).toEqual([]);
  });
});
