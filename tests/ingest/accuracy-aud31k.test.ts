// Misses found by the session-31 audit aud31k: a report of the Secretary-General named by its bare words and a modifier
// ("submitted pursuant to resolution 78/241", "prepared pursuant to resolution 77/237"), its symbol in the footnote its mark
// points to, was a Document node without an author. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/239', date: '2024-12-24' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/220', date: '2023-12-19' };

/** The Document mentions of one paragraph (body and footnotes) as 'key author' ('-' for none), and its verb relations. */
function documents(id: string, text: string, notes: Note[], ctx: RecognizeContext) {
  const x = extractWithNotes(id, text, notes, { ...ctx });
  return {
    docs: x.mentions.filter((m) => m.kind === 'Document').map((m) => `${m.key} ${typeof m.attrs.author === 'string' ? m.attrs.author : '-'}`),
    relations: x.relations.map((r) => `${r.type} ${r.target}`),
  };
}

const PP17_79_239 =
  'Acknowledging the urgent need for the international community to address the challenges and concerns raised by emerging technologies in the area of lethal autonomous weapons systems, and welcoming the progress made in these discussions, as well as taking note of the report of the Secretary-General submitted pursuant to United Nations General Assembly resolution 78/241 of 22 December 2023 on lethal autonomous weapons systems, 4 as well as the need to ensure complementarity between discussions in this regard and discussions on the broader security implications of artificial intelligence in the military domain,';

describe('"the report of the Secretary-General submitted/prepared pursuant to <resolution>,<mark>": the footnoted document, authored by the Secretary-General', () => {
  it('A/RES/79/239 PP17: "taking note of the report of the Secretary-General submitted pursuant to ... resolution 78/241 ... on lethal autonomous weapons systems, 4" ("4 A/79/88.")', () => {
    const { docs, relations } = documents('PP17', PP17_79_239, [{ after: 'systems, 4', mark: '4', text: 'A/79/88.' }], GA79);
    expect(docs).toEqual(['Document:A/79/88 Secretary-General']);
    // the clause's verb gives the report, the resolution it answers and its author (every target the clause mentions)
    expect(relations).toContain('NOTES Document:A/79/88');
    expect(relations).toContain('NOTES Resolution:A/RES/78/241');
    expect(relations).toContain('NOTES Organization:Secretary-General of the United Nations');
  });

  it('A/RES/78/44 OP4 (79/33, 80/37): "Takes note of the report of the Secretary-General submitted pursuant to paragraph 5 of its resolution 77/74 of 7 December 2022;4" ("4 A/78/118.")', () => {
    const text = 'Takes note of the report of the Secretary-General submitted pursuant to paragraph 5 of its resolution 77/74 of 7 December 2022;4';
    const { docs, relations } = documents('OP4', text, [{ after: '2022;4', mark: '4', text: 'A/78/118.' }], { body: 'General Assembly', symbol: 'A/RES/78/44', date: '2023-12-04' });
    expect(docs).toEqual(['Document:A/78/118 Secretary-General']);
    expect(relations).toContain('NOTES Document:A/78/118');
    expect(relations).toContain('NOTES Resolution:A/RES/77/74');
  });

  it('A/RES/78/229 OP1 (80/229): "Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 77/237;48" ("48 A/78/264.")', () => {
    const text = 'Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 77/237;48';
    const { docs } = documents('OP1', text, [{ after: '77/237;48', mark: '48', text: 'A/78/264.' }], { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-22' });
    expect(docs).toEqual(['Document:A/78/264 Secretary-General']);
  });
});

describe('guards: the footnoted report is not the Secretary-General\'s (it is the body\'s named right before its mark, aud33f)', () => {
  const OP1_78_220 =
    'Takes note of the report of the Secretary-General submitted pursuant to resolution 77/2285 and the report of the Special Rapporteur of the Human Rights Council on the situation of human rights in the Islamic Republic of Iran, 6 submitted pursuant to Council resolution 52/27;';
  const NOTES_78_220: Note[] = [
    { after: '77/2285', mark: '5', text: 'A/78/511.' },
    { after: 'Iran, 6', mark: '6', text: 'A/78/326.' },
  ];

  it('A/RES/78/220 OP1: two footnoted reports, the second the Special Rapporteur\'s: only the first is the Secretary-General\'s', () => {
    const { docs, relations } = documents('OP1', OP1_78_220, NOTES_78_220, GA78);
    // (the second is the Special Rapporteur's, named right before its mark: aud33f)
    expect(docs).toEqual(['Document:A/78/511 Secretary-General', 'Document:A/78/326 Special Rapporteur on the situation of human rights in the Islamic Republic of Iran']);
    expect(relations).toContain('NOTES Document:A/78/326');
  });

  it('the Secretary-General\'s report unmarked, another body\'s report marked after it: that footnote is the other report\'s', () => {
    const text =
      'Takes note of the report of the Secretary-General submitted pursuant to resolution 77/228 and the report of the Special Rapporteur of the Human Rights Council on the situation of human rights in the Islamic Republic of Iran, 6';
    const { docs } = documents('OP1', text, [{ after: 'Iran, 6', mark: '6', text: 'A/78/326.' }], GA78);
    expect(docs).toEqual(['Document:A/78/326 Special Rapporteur on the situation of human rights in the Islamic Republic of Iran']);
  });

  it('another body\'s report "submitted pursuant to" a resolution is not authored by the Secretary-General', () => {
    const text = 'Taking note of the report of the Special Rapporteur on the situation of human rights in the Islamic Republic of Iran submitted pursuant to resolution 77/228,3';
    const { docs } = documents('PP5', text, [{ after: '77/228,3', mark: '3', text: 'A/78/326.' }], GA78);
    expect(docs).toEqual(['Document:A/78/326 Special Rapporteur on the situation of human rights in the Islamic Republic of Iran']);
  });

  it('A/RES/78/158 OP25: a report still to come, "to be included in the report of the Secretary-General to be submitted to the General Assembly at its seventy-ninth session", has no symbol: no document', () => {
    const text =
      'Invites the United Nations Coalition on Combating Sand and Dust Storms, within its existing mandate and resources, to continue its efforts to prepare recommendations on mitigating the common effects of both COVID-19 and sand and dust storms on the respiratory systems of infected people, to be included in the report of the Secretary-General to be submitted to the General Assembly at its seventy-ninth session;';
    expect(documents('OP25', text, [], GA78).docs).toEqual([]);
  });
});
