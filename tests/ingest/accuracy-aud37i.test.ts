// Session-37 audit aud37i: citations outside the GA PDFs (Security Council, railcar Markdown, the A/80/L.41 draft, the ECOSOC
// seed, the mandate-pipeline texts). Every resolution and decision printed in those files (paragraphs and footnotes) was
// already keyed, dated and typed right; the misses were in the citing body's own numbering when that body is the Human Rights
// Council: its decisions are numbered from 101 ("its decision 18/120"), so they were read as no citation at all, and a bare
// number of a session the Council has not held ("resolution 70/1" in a text of its fifty-eighth session) was read as the
// Council's and then dropped as a later text, where it is the Assembly's. A draft ("A/80/L.41", "E/2025/31 draft resolution I", often
// undated) now takes its session from its symbol, so it cites no later session either. Each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const HRC58: RecognizeContext = { body: 'Human Rights Council', symbol: 'A/HRC/RES/58/5', date: '2025-04-03' };
const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };
const ECOSOC25: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/RES/2025/10', date: '2025-07-25' };
const { keys } = oneParagraph({ ctx: HRC58, kind: 'preambular' });

describe("the Human Rights Council's own decisions, numbered from 101", () => {
  it('"Recalling its resolutions 53/29 of 14 July 2023 and 56/7 ... and its decision 18/120" in a Council text: A/HRC/DEC/18/120', () => {
    const text = 'Recalling its resolutions 53/29 of 14 July 2023 and 56/7 of 10 July 2024 and its decision 18/120,';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:A/HRC/RES/53/29', 'Resolution:A/HRC/RES/56/7', 'Resolution:A/HRC/DEC/18/120']);
  });

  it('"its decision 2/102 of 6 October 2006" and "Council decision 18/120" in a Council text: the Council\'s decisions', () => {
    expect(keys('Recalling its resolution S-29/1 of 18 May 2018 and its decision 2/102 of 6 October 2006,', 'Resolution:')).toEqual([
      'Resolution:A/HRC/RES/S-29/1',
      'Resolution:A/HRC/DEC/2/102',
    ]);
    expect(keys('Recalling Council decision 18/120 and resolution 51/22,', 'Resolution:')).toEqual(['Resolution:A/HRC/DEC/18/120', 'Resolution:A/HRC/RES/51/22']);
  });

  it('guard: "its decision 2023/220" in an ECOSOC text stays the Council\'s year-numbered decision; a bare "decision 56/115" in an Assembly text (no Council named or citing) stays no citation', () => {
    expect(keys('Recalling its resolution 2006/46 of 28 July 2006 and its decision 2023/220 of 8 June 2023,', 'Resolution:', undefined, ECOSOC25)).toEqual([
      'Resolution:E/RES/2006/46',
      'Resolution:E/DEC/2023/220',
    ]);
    expect(keys('Recalling decision 79/555 and decision 56/115,', 'Resolution:', undefined, GA80)).toEqual(['Resolution:A/DEC/79/555']);
  });

  it('an Assembly decision (from 401) cited in a Council text stays the Assembly\'s ("General Assembly decision 72/558"); its own decision beside it is the Council\'s', () => {
    expect(keys('Recalling General Assembly decision 72/558 and its decision 56/115,', 'Resolution:')).toEqual(['Resolution:A/DEC/72/558', 'Resolution:A/HRC/DEC/56/115']);
  });
});

describe('a bare number of a session the Human Rights Council has not held is the Assembly\'s', () => {
  it('"Welcoming the 2030 Agenda for Sustainable Development, as adopted in resolution 70/1" in a text of the Council\'s 58th session: A/RES/70/1', () => {
    expect(keys('Welcoming the 2030 Agenda for Sustainable Development, as adopted in resolution 70/1,', 'Resolution:')).toEqual(['Resolution:A/RES/70/1']);
  });

  it('guard: a bare number of a session it has held stays the Council\'s ("resolution 48/13"), and "its resolution 70/1" (the Council\'s own, not yet adopted) is no citation', () => {
    expect(keys('Recalling resolution 48/13 of 8 October 2021,', 'Resolution:')).toEqual(['Resolution:A/HRC/RES/48/13']);
    expect(keys('Recalling its resolution 70/1,', 'Resolution:')).toEqual([]);
  });
});

describe('a draft cites no later session than its own (its symbol gives the session; drafts often carry no date)', () => {
  const L41: RecognizeContext = { body: 'General Assembly', symbol: 'A/80/L.41' };
  const SEED: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I' };
  const HRC_DRAFT: RecognizeContext = { body: 'Human Rights Council', symbol: 'A/HRC/58/L.12' };

  it('A/80/L.41 (no date): "Recalling its resolutions 79/1 and 81/2" cites 79/1 only; the session\'s own earlier "80/118" stays', () => {
    expect(keys('Recalling its resolutions 79/1 and 81/2,', 'Resolution:', undefined, L41)).toEqual(['Resolution:A/RES/79/1']);
    expect(keys('Recalling its resolution 80/118 of 15 December 2025,', 'Resolution:', undefined, L41)).toEqual(['Resolution:A/RES/80/118']);
  });

  it('E/2025/31 draft resolution I (the ECOSOC seed, no date): "its resolution 2026/2" is no citation, "its resolution 2024/13 of 23 July 2024" is', () => {
    expect(keys('Recalling its resolutions 2024/13 of 23 July 2024 and 2026/2,', 'Resolution:', undefined, SEED)).toEqual(['Resolution:E/RES/2024/13']);
  });

  it('A/HRC/58/L.12: "as adopted in resolution 70/1" is the Assembly\'s; "its resolution 56/7" the Council\'s', () => {
    expect(keys('Welcoming the 2030 Agenda for Sustainable Development, as adopted in resolution 70/1, and recalling its resolution 56/7,', 'Resolution:', undefined, HRC_DRAFT)).toEqual([
      'Resolution:A/RES/70/1',
      'Resolution:A/HRC/RES/56/7',
    ]);
  });
});
