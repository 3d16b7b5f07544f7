// Session-53 attribution residuals aud53h (the lead's rulings of session 53 and small residuals across corpus-ga). Each case
// quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/55', date: '2024-12-02' };
const { relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const IAEA = 'Organization:International Atomic Energy Agency';
const IAEA_GC = 'Organization:General Conference of the International Atomic Energy Agency';

describe('ruling, session 53: the body printed after its own numbered text with "adopted <day or place> by the" is its author, no target', () => {
  it('A/RES/79/55 PP13: "resolutions GC(68)/RES/8 and GC(68)/RES/9, adopted on 20 September 2024 by the General Conference of the [IAEA] at its sixty-eighth regular session"', () => {
    const text =
      'Taking note of resolutions GC(68)/RES/8 and GC(68)/RES/9, adopted on 20 September 2024 by the General Conference of the International Atomic Energy Agency at its sixty-eighth regular session, which address measures to strengthen international cooperation and measures to enhance nuclear and radiation safety and nuclear security,';
    const rel = relations(text);
    expect(rel).not.toContain(`NOTES ${IAEA_GC}`);
    expect(rel).not.toContain(`NOTES ${IAEA}`);
    // the sitting keeps its target
    expect(rel).toContain('NOTES Event:sixty-eighth session of the General Conference of the International Atomic Energy Agency');
  });

  it('A/RES/78/49 PP2: "resolution GC(XXXIV)/RES/530 establishing the Code of Practice ..., adopted on 21 September 1990 by the General Conference"', () => {
    const text =
      'Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International Transboundary Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference of the International Atomic Energy Agency at its thirty-fourth regular session,';
    const rel = relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/49', date: '2023-12-04' });
    expect(rel).not.toContain(`RECALLS ${IAEA_GC}`);
    expect(rel).toContain('RECALLS Event:thirty-fourth session of the General Conference of the International Atomic Energy Agency');
  });

  it('guard, A/RES/78/73 PP (78/76, 79/91): declarations "adopted on 5 December 2001 ... by the Conference of High Contracting Parties": no numbered text, the body stays a target', () => {
    const text =
      'Recalling the statement of 15 July 1999 and the declarations adopted on 5 December 2001 and on 17 December 2014 by the Conference of High Contracting Parties to the Fourth Geneva Convention,';
    const rel = relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/73', date: '2023-12-07' });
    expect(rel.some((r) => r.startsWith('RECALLS ') && r.includes('Conference of High Contracting Parties'))).toBe(true);
  });
});
