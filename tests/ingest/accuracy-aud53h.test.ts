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

const PP8_78_316 =
  'Taking note also of resolution GC(67)/RES/16 of 28 September 2023, entitled “Nuclear safety, security and safeguards in Ukraine”, of the General Conference of the International Atomic Energy Agency, as well as resolutions GOV/2022/17 of 3 March 2022, GOV/2022/58 of 15 September 2022 and GOV/2022/71 of 17 November 2022, entitled “The safety, security and safeguards implications of the situation in Ukraine”, and GOV/2024/18 of 7 March 2024, entitled “Nuclear safety, security and safeguards in Ukraine”, of the Board of Governors of the Agency,';
const GA78_316: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/316', date: '2024-07-11' };
const IAEA_BOARD = 'Organization:Board of Governors of the International Atomic Energy Agency';

describe('the IAEA Board of Governors printed after its own GOV/ documents with " of the ": their author, no target, nor its owner', () => {
  it('A/RES/78/316 PP8: "GOV/2024/18 of 7 March 2024, entitled “...”, of the Board of Governors of the Agency"', () => {
    const rel = relations(PP8_78_316, 'preambular', GA78_316);
    expect(rel).not.toContain(`NOTES ${IAEA_BOARD}`);
    // nor the Agency, printed after the Board nor inside the General Conference's name (the author before it)
    expect(rel).not.toContain(`NOTES ${IAEA}`);
    expect(rel).toEqual(expect.arrayContaining(['NOTES Document:GOV/2022/17', 'NOTES Document:GOV/2024/18']));
  });

  it('guard, A/RES/78/316 OP3: "consistent with the repeated calls by the General Conference and the Board of Governors of the Agency": no text before, the Board stays a target', () => {
    const text =
      'Also demands that the Russian Federation urgently withdraw its military and other unauthorized personnel from the Zaporizhzhia nuclear power plant and immediately return the plant to the full control of the sovereign and competent authorities of Ukraine to ensure its safety and security and in order for the International Atomic Energy Agency to conduct safe, efficient and effective safeguards implementation in accordance with the comprehensive safeguards agreement and additional protocol of Ukraine, consistent with the repeated calls by the General Conference and the Board of Governors of the Agency;';
    expect(relations(text, 'operative', GA78_316)).toContain(`DEMANDS ${IAEA_BOARD}`);
  });
});
