// Session-54 hand audit aud54a (gold set aud54a: A/RES/79/211, energy for all; A/RES/78/141, promoting investments for
// sustainable development; A/RES/78/232, follow-up to the SAMOA Pathway; all Second Committee texts). Fixed: a note that opens
// with the report of the International Meeting to Review the Implementation of the Programme of Action for SIDS (the Mauritius
// Strategy's meeting) cites that meeting's "resolution 1", as the reports of a Conference or Summit do. Each case quotes the
// file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA78_232: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' };
const GA79_206: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' };
const GA78_156: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };

/** one paragraph with its notes, each [mark, the words the mark ends, the note's text] */
function footnoted(id: string, text: string, notes: readonly (readonly [string, string, string])[], ctx: RecognizeContext) {
  return extractParagraph(
    {
      id,
      kind: id.startsWith('OP') ? 'operative' : 'preambular',
      text,
      footnoteRefs: notes.map(([mark, at, note]) => ({ mark, offset: text.indexOf(at) + at.lastIndexOf(mark), footnote: { mark, text: note } })),
      subparagraphs: [],
    },
    ctx,
  );
}
/** the cited resolutions' keys, note by note */
function citedByNote(x: ReturnType<typeof footnoted>): Map<string, string[]> {
  const byNote = new Map<string, string[]>();
  for (const m of x.mentions) {
    if (m.kind !== 'Resolution' || m.footnote === undefined) continue;
    byNote.set(m.footnote.mark, [...(byNote.get(m.footnote.mark) ?? []), m.key]);
  }
  return byNote;
}

const MEETING_RESOLUTION_1 =
  'Resolution:International Meeting to Review the Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States resolution 1';
const GLOBAL_CONFERENCE_RESOLUTION_1 = 'Resolution:Global Conference on the Sustainable Development of Small Island Developing States resolution 1';

describe('the report of the International Meeting (the Mauritius Strategy) cites its resolution 1, as a conference report does', () => {
  const PP1 =
    'Reaffirming that the SIDS Accelerated Modalities of Action (SAMOA) Pathway 1 is a stand-alone, overarching framework setting out the sustainable development priorities of small island developing States that builds on the Programme of Action for the Sustainable Development of Small Island Developing States 2 and the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States, 3 and recognizing that the Samoa Pathway is consistent with the 2030 Agenda for Sustainable Development,';
  const notes = [
    ['1', 'Pathway 1', 'Resolution 69/15, annex.'],
    [
      '2',
      'States 2',
      'Report of the Global Conference on the Sustainable Development of Small Island Developing States, Bridgetown, Barbados, 25 April–6 May 1994 (United Nations publication, Sales No. E.94.I.18 and corrigenda), chap. I, resolution 1, annex II.',
    ],
    [
      '3',
      'States, 3',
      'Report of the International Meeting to Review the Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States, Port Louis, Mauritius, 10 – 14 January 2005 (United Nations publication, Sales No. E.05.II.A.4 and corrigendum), chap. I, resolution 1, annex II.',
    ],
  ] as const;

  it('A/RES/78/232 PP1 note 3: the International Meeting\'s resolution 1, cited and REAFFIRMS (with the Global Conference\'s of note 2)', () => {
    const x = footnoted('PP1', PP1, notes, GA78_232);
    const byNote = citedByNote(x);
    expect(byNote.get('3')).toEqual([MEETING_RESOLUTION_1]);
    expect(byNote.get('2')).toEqual([GLOBAL_CONFERENCE_RESOLUTION_1]);
    expect(byNote.get('1')).toEqual(['Resolution:A/RES/69/15']);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toEqual(expect.arrayContaining([`REAFFIRMS ${MEETING_RESOLUTION_1}`, `REAFFIRMS ${GLOBAL_CONFERENCE_RESOLUTION_1}`]));
  });

  it('A/RES/79/206 PP6 notes 12 ("10– 14 January 2005", annex I) and 13 ("Ibid., annex II."): the Mauritius Declaration and Strategy, one resolution 1', () => {
    const text =
      'Recalling further the Programme of Action for the Sustainable Development of Small Island Developing States,11 the Mauritius Declaration12 and the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States, 13 the SIDS Accelerated Modalities of Action (SAMOA) Pathway,14';
    const meetingReport =
      'Report of the International Meeting to Review the Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States, Port Louis, Mauritius, 10– 14 January 2005 (United Nations publication, Sales No. E.05.II.A.4 and corrigendum), chap. I, resolution 1, annex I.';
    const notes = [
      ['12', 'Declaration12', meetingReport],
      ['13', 'States, 13', 'Ibid., annex II.'],
      ['14', 'Pathway,14', 'Resolution 69/15, annex.'],
    ] as const;
    const x = footnoted('PP6', text, notes, GA79_206);
    const byNote = citedByNote(x);
    expect(byNote.get('12')).toEqual([MEETING_RESOLUTION_1]);
    expect(byNote.get('13')).toEqual([MEETING_RESOLUTION_1]);
    expect(x.relations.filter((r) => r.target === MEETING_RESOLUTION_1).map((r) => r.type)).toEqual(['RECALLS']);
  });

  it('guard: A/RES/78/156 PP14 note 5 "Report of the World Education Forum 2015, Incheon, ... (Paris, 2015)": a forum\'s report with no numbered resolution cites none', () => {
    const text = 'Recalling the Global Action Programme on Education for Sustainable Development, and the Incheon Declaration of the World Education Forum 2015,5';
    const x = footnoted('PP14', text, [['5', '2015,5', 'Report of the World Education Forum 2015, Incheon, Republic of Korea, 19–22 May 2015 (Paris, 2015).']], GA78_156);
    expect(citedByNote(x).get('5')).toBeUndefined();
  });

  it('guard: a meeting that is no conference ("Report of the Expert Group Meeting on ..., chap. I, resolution 1") stays no citing body', () => {
    // (only an "International Meeting" names a conference of the kind; an expert group's report adopts no numbered resolutions)
    const text = 'Recalling the recommendations of the expert group meeting on small island developing States,1';
    const note = 'Report of the Expert Group Meeting on Small Island Developing States, New York, 3–5 May 2005, chap. I, resolution 1.';
    const x = footnoted('PP2', text, [['1', 'States,1', note]], GA78_232);
    expect(citedByNote(x).get('1') ?? []).not.toContain('Resolution:Expert Group Meeting on Small Island Developing States resolution 1');
  });
});
