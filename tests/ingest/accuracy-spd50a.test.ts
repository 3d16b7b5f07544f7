// Session-50 speed helper spd50a (the entities worker's steady state). No change to the graph (golden dump cmp-identical);
// these tests pin down, for each search cut, that the readings stay and that the search is no longer made where it finds nothing:
// - declarationsAdoptedAtThatSitting and adoptedOnThatOccasion (extract.ts), run after every paragraph's extraction, search only
//   the paragraphs noted, before each paragraph's extraction, as holding their words (notePhrasesOfLaterPasses);
// - linkBareOtherAuthors (recognize/documentLinks.ts) asks textIncludes for its report words (the paragraph's filter is at hand);
// - wsisPlus20Candidates (recognize/entityScan.ts) runs its two WSIS+20 expressions only on texts holding a "+".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';
import { WSIS_PLUS20_EVENT_RE } from '../../ingest/recognize/events.patterns.js';
import { CONSIDERED_80_238, CONSIDERED_80_238_NOTES, gaResolution, notedParagraph, relationsById, TAKES_NOTE_80_238 } from '../helpers/footnoted-paragraph.js';

function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const resolution = (symbol: string, date: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date, instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });

/** Calls of String.prototype[method] with `needle` while `run` runs (on any text, or on `on` only). */
function searchesFor(method: 'indexOf' | 'includes', needle: string, run: () => void, on?: string): number {
  const original = String.prototype[method] as (this: string, search: string, position?: number) => number | boolean;
  let calls = 0;
  const spy = vi.spyOn(String.prototype, method).mockImplementation(function (this: string, search: string, position?: number) {
    if (search === needle && (on === undefined || String(this) === on)) calls++;
    return original.call(this, search, position) as never;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return calls;
}

afterEach(() => vi.restoreAllMocks());

// A/RES/79/15 PP1-PP3 (corpus-ga A_RES_79_15.txt)
const PP1_79_15 =
  'Recalling its resolutions 51/53 of 10 December 1996 and 56/17 of 29 November 2001 and all its other relevant resolutions, as well as those of the Organization of African Unity and of the African Union,';
const PP2_79_15 = 'Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996,';
const PP3_79_15 =
  'Recalling further the Cairo Declaration adopted on that occasion, in which it was emphasized that nuclear-weapon-free zones, especially in regions of tension, such as the Middle East, enhance global and regional peace and security,';
const ADOPTED_ON_THAT_OCCASION = ' adopted on that occasion';

describe('adoptedOnThatOccasion: only the paragraphs noted as holding the words are searched', () => {
  const adoptedOn = (paragraphs: ParagraphText[]) =>
    extractResolution(resolution('A/RES/79/15', '2024-12-02', paragraphs))
      .paragraphs.flatMap((p) => p.attributions.filter((a) => a.type === 'ADOPTED_ON').map((a) => `${p.paragraph.id} ${a.source} -> ${a.target}`));

  it('A/RES/79/15 PP1-PP3: "the Cairo Declaration adopted on that occasion" is still adopted on 11 April 1996; PP3 alone is searched for the words', () => {
    let found: string[] = [];
    const searches = searchesFor('indexOf', ADOPTED_ON_THAT_OCCASION, () => (found = adoptedOn([para('PP1', PP1_79_15), para('PP2', PP2_79_15), para('PP3', PP3_79_15)])));
    expect(found).toEqual(['PP2 Framework:African Nuclear-Weapon-Free Zone Treaty -> Date:1996-04-11', 'PP3 Framework:Cairo Declaration -> Date:1996-04-11']);
    // (PP2 and PP3, the paragraphs after the first, were each searched before)
    expect(searches).toBe(1);
  });

  it('guard: A/RES/79/15 PP3 first (no paragraph before it) and PP1 before PP3 (no day): nothing dated', () => {
    expect(adoptedOn([para('PP3', PP3_79_15), para('PP2', PP2_79_15)])).toEqual(['PP2 Framework:African Nuclear-Weapon-Free Zone Treaty -> Date:1996-04-11']);
    expect(adoptedOn([para('PP1', PP1_79_15), para('PP3', PP3_79_15)])).toEqual([]);
  });
});

// A/RES/79/126 PP11 and OP1 (corpus-ga A_RES_79_126.txt), as tests/ingest/accuracy-aud32n.test.ts quotes them
const PP11_79_126 =
  'Noting the declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels, as adopted by the General Assembly in its resolution 67/1 of 24 September 2012, without a vote,';
const OP1_79_126 =
  'Recalls the high-level meeting of the General Assembly on the rule of law at the national and international levels, held during the high-level segment of its sixty-seventh session, and the declaration adopted at that meeting,3 takes note of the report of the Secretary-General submitted pursuant to paragraph 41 of the declaration, 4 and requests the Sixth Committee to continue its consideration of ways and means of further developing the linkages between the rule of law and the three pillars of the United Nations;';
const NOTES_79_126: [string, string][] = [['3', 'Resolution 67/1.'], ['4', 'A/68/213/Add.1.']];
const MEETING = 'Event:high-level meeting of the General Assembly on the rule of law at the national and international levels';
const DECLARATION = 'Framework:Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels';

describe('declarationsAdoptedAtThatSitting: only the paragraphs noted as holding the words are searched', () => {
  it('A/RES/79/126 OP1: the meeting still ADOPTED the declaration PP11 names in full; PP11, without the words, is not searched in full for them', () => {
    let adopted: string[] = [];
    const searches = searchesFor(
      'includes',
      ' adopted at that ',
      () => {
        const ex = extractResolution(resolution('A/RES/79/126', '2024-12-04', [para('PP11', PP11_79_126), para('OP1', OP1_79_126, NOTES_79_126)]));
        adopted = ex.paragraphs.flatMap((p) => p.attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${p.paragraph.id} ${a.source} -> ${a.target}`));
      },
      PP11_79_126,
    );
    expect(adopted).toContain(`OP1 ${MEETING} -> ${DECLARATION}`);
    // (the pass after the last paragraph searched PP11's text in full: its textIncludes filter was gone by then)
    expect(searches).toBe(0);
  });

  it('guard: "the declaration adopted at that summit" after a meeting (no summit named before) stays unread', () => {
    const ex = extractResolution(resolution('A/RES/79/126', '2024-12-04', [para('PP11', PP11_79_126), para('OP1', OP1_79_126.replace('adopted at that meeting', 'adopted at that summit'), NOTES_79_126)]));
    const op1 = ex.paragraphs.find((p) => p.paragraph.id === 'OP1')!;
    expect(op1.attributions.filter((a) => a.type === 'ADOPTED' && a.source === MEETING)).toEqual([]);
  });
});

const REPORT_ON_ACTIVITIES = 'report on the activities of the ';

describe('linkBareOtherAuthors: the report words asked of textIncludes', () => {
  it('A/RES/80/238 OP1: "the report of the Internal Justice Council ..." still notes A/80/131 (PP2 footnote 3); PP2 is not searched for "report on the activities of the"', () => {
    let found: Record<string, string[]> = {};
    const searches = searchesFor(
      'indexOf',
      REPORT_ON_ACTIVITIES,
      () => (found = relationsById(gaResolution('A/RES/80/238', '2025-12-30', [notedParagraph('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES), notedParagraph('OP1', TAKES_NOTE_80_238)]))),
      CONSIDERED_80_238,
    );
    expect(found.OP1).toContain('NOTES Document:A/80/131');
    expect(found.OP1).toContain('NOTES Organization:Internal Justice Council');
    expect(searches).toBe(0);
  });

  it('guard: A/RES/80/238 with PP2 footnoting "the report on the activities of the Ethics Office" (as A/RES/79/251 PP3 does) and OP1 citing it again: still linked', () => {
    const considered = CONSIDERED_80_238.replace('the report of the Internal Justice Council on administration of justice at the United Nations3', 'the report on the activities of the Ethics Office3');
    const takesNote = 'Takes note of the report on the activities of the Ethics Office;';
    const found = relationsById(gaResolution('A/RES/80/238', '2025-12-30', [notedParagraph('PP2', considered, CONSIDERED_80_238_NOTES.map(([m, n, at]) => [m, n, m === '3' ? 'Ethics Office3' : at])), notedParagraph('OP1', takesNote)]));
    expect(found.OP1).toContain('NOTES Document:A/80/131');
  });
});

// A/RES/79/194 PP23 (corpus-ga A_RES_79_194.txt; as tests/ingest/accuracy-aud19d.test.ts quotes it) and A/RES/80/118 OP36
const WSIS_EVENT_79_194 = 'Taking note of the “WSIS+20 Forum High-level Event” to be held in Geneva in 2024, co-hosted by Switzerland and the International Telecommunication Union,';
const NO_PLUS_80_118 =
  'Looks forward to the high-level overall review of the implementation of the outcomes of the World Summit on the Information Society, to be held on 16 and 17 December 2025;';
const GA = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-22' };

describe('wsisPlus20Candidates: the WSIS+20 expressions only on texts holding a "+"', () => {
  it('A/RES/79/194 PP23: the "WSIS+20 Forum High-level Event" is still read', () => {
    const keys = extractParagraph(para('PP23', WSIS_EVENT_79_194), { ...GA }).mentions.map((m) => m.key);
    expect(keys.filter((k) => k.startsWith('Event:WSIS+20 Forum High-level Event'))).toHaveLength(1);
  });

  it('guard: A/RES/80/118 OP36 ("2025", no "+") reads the 2025 review and runs no WSIS+20 expression', () => {
    const exec = vi.spyOn(WSIS_PLUS20_EVENT_RE, 'exec');
    const keys = extractParagraph(para('OP36', NO_PLUS_80_118), { ...GA }).mentions.map((m) => m.key);
    expect(exec).not.toHaveBeenCalled();
    expect(keys.some((k) => k.startsWith('Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society'))).toBe(true);
  });
});
