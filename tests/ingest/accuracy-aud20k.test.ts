// Misses found by the session-20 audit aud20k: A/RES/79/322 (artificial intelligence in Central Asia) and A/RES/80/58
// (artificial intelligence in the military domain), and the same forms in other texts. Each case quotes the file named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/322', date: '2025-07-25' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"the forthcoming/upcoming <qualifier> conference on <topic>, to be held in <Place>" is a sitting', () => {
  const TEXT =
    'Noting the important role of Central Asian countries in advancing scientific and educational initiatives, including the work of research centres and universities and their contributions to training qualified specialists for the digital economy, and in this regard noting the forthcoming international conference on artificial intelligence in education to be held in Ashgabat in late August 2025, in cooperation with the Institute for Information Technologies in Education of the United Nations Educational, Scientific and Cultural Organization,';
  const EVENT = 'Event:international conference on artificial intelligence in education';

  it('A/RES/79/322 PP10: the conference (without "forthcoming" in its name), noted, held in Ashgabat', () => {
    expect(keys(TEXT, 'Event:')).toEqual([EVENT]);
    expect(relations(TEXT)).toContain(`NOTES ${EVENT}`);
    expect(attributions(TEXT)).toContain(`HELD_IN ${EVENT} -> Place:Ashgabat`);
  });

  it('guard: "the forthcoming conference" with no qualifier, and a forthcoming report, are no sitting', () => {
    expect(keys('Noting the forthcoming conference on artificial intelligence in education to be held in Ashgabat,', 'Event:')).toEqual([]);
    expect(keys('Looking forward to the forthcoming international report on artificial intelligence in education, to be issued in Ashgabat,', 'Event:')).toEqual([]);
  });
});
