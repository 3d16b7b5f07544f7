// Misses found by the session-22 audit aud22g: A/RES/80/242 (questions relating to the proposed programme budget for 2026),
// A/RES/78/202, A/RES/78/236, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/242', date: '2025-12-30' };

const { extract } = oneParagraph({ ctx: GA, kind: 'operative' });

const subjectOf = (text: string, key: string): unknown => extract(text).mentions.find((m) => m.key === key)?.attrs.subject;

describe('"on the decision to ..." is a subject, not the start of another citation', () => {
  it('A/RES/80/242 OP50: "its resolution 79/258 A on the decision to provide sufficient funding for the resident coordinator system"', () => {
    const text =
      'Recalls paragraphs 3 and 4 of section XVIII of its resolution 79/258 A on the decision to provide sufficient funding for the resident coordinator system, looks forward to receiving the refined comprehensive report at the eighty-first session;';
    expect(subjectOf(text, 'Resolution:A/RES/79/258A')).toBe('the decision to provide sufficient funding for the resident coordinator system');
  });

  it('guard: "... and its subsequent resolutions thereon" still ends the subject (A/RES/78/253-style financing citations)', () => {
    const text = 'Recalling its resolution 47/236 of 14 September 1993 on the financing of the Force and its subsequent resolutions and decisions thereon,';
    expect(subjectOf(text, 'Resolution:A/RES/47/236')).toBe('the financing of the Force');
  });
});
