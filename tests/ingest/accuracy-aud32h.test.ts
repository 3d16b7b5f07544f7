// Misses found by the session-32 audit aud32h (events and reports the texts name but the graph missed). Each case quotes
// the file and paragraph; each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_53: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/53', date: '2025-12-01' };

/** The Document mentions of one paragraph (body and footnotes) as 'key author' ('-' for none). */
function documents(id: string, text: string, notes: Note[], ctx: RecognizeContext): string[] {
  const x = extractWithNotes(id, text, notes, { ...ctx });
  return x.mentions.filter((m) => m.kind === 'Document').map((m) => `${m.key} ${typeof m.attrs.author === 'string' ? m.attrs.author : '-'}`);
}

const PP6_80_53 =
  'Welcoming the report of the Secretary-General submitted pursuant to resolution 79/240 of 24 December 2024, containing possible options for the establishment of a Group of Scientific and Technical Experts on Nuclear Disarmament Verification within the United Nations,9 which took into account the views submitted by Member States in writing and through three informal in-person meetings,';

describe('a report of the Secretary-General whose modifier runs over 200 characters before the footnote mark', () => {
  it('A/RES/80/53 PP6: "the report of the Secretary-General submitted pursuant to resolution 79/240 ..., containing possible options ... within the United Nations,9" ("9 A/80/93.")', () => {
    expect(documents('PP6', PP6_80_53, [{ after: 'United Nations,9', mark: '9', text: 'A/80/93.' }], GA80_53)).toEqual(['Document:A/80/93 Secretary-General']);
  });

  it('guard: the same words with another report joined before the mark: the footnote is that report\'s', () => {
    const text = PP6_80_53.replace('within the United Nations,9', 'within the United Nations, and the report of the Advisory Board on Disarmament Matters,9');
    // (not the Secretary-General's: the body named right before the mark is its author, aud33f)
    expect(documents('PP6', text, [{ after: 'Matters,9', mark: '9', text: 'A/80/93.' }], GA80_53)).toEqual(['Document:A/80/93 Advisory Board on Disarmament Matters']);
  });
});

const GA78_221: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/221', date: '2023-12-19' };
const PP19_78_221 =
  'Welcoming also the reports of the Office of the United Nations High Commissioner for Human Rights on the situation of human rights in the temporarily occupied Autonomous Republic of Crimea and the city of Sevastopol, Ukraine, submitted pursuant to resolutions 71/205 13 and 72/190, 14 and the reports of the Secretary-General submitted pursuant to resolutions 73/263, 15 74/168, 16 75/192, 17 76/17918 and 77/229,19 and the reports of 18 October 2022,20 15 March 202321 and 19 October 2023 22 of the Independent International Commission of Inquiry on Ukraine pursuant to Human Rights Council resolution 49/1,';
const NOTES_78_221: Note[] = [
  { after: '71/205 13', mark: '13', text: 'See A/72/498.' },
  { after: '72/190, 14', mark: '14', text: 'See A/73/404.' },
  { after: '73/263, 15', mark: '15', text: 'A/74/276.' },
  { after: '74/168, 16', mark: '16', text: 'A/75/334 and A/HRC/44/21.' },
  { after: '75/192, 17', mark: '17', text: 'A/76/260 and A/HRC/47/58.' },
  { after: '76/17918', mark: '18', text: 'A/77/220 and A/HRC/50/65.' },
  { after: '77/229,19', mark: '19', text: 'A/78/340 and A/HRC/53/64.' },
  { after: '2022,20', mark: '20', text: 'A/77/533.' },
];

describe('"the reports of <author> submitted pursuant to resolutions <n>,<mark> <n>,<mark> ...": each footnoted document is that author\'s', () => {
  it('A/RES/78/221 PP19 (79/184, 80/223): the Office\'s reports (13, 14), the Secretary-General\'s, one report and its interim report to the Council per resolution (15-19)', () => {
    const OHCHR = 'Office of the United Nations High Commissioner for Human Rights';
    const SG = 'Secretary-General';
    expect(documents('PP19', PP19_78_221, NOTES_78_221, GA78_221)).toEqual([
      `Document:A/72/498 ${OHCHR}`,
      `Document:A/73/404 ${OHCHR}`,
      `Document:A/74/276 ${SG}`,
      `Document:A/75/334 ${SG}`,
      `Document:A/HRC/44/21 ${SG}`,
      `Document:A/76/260 ${SG}`,
      `Document:A/HRC/47/58 ${SG}`,
      `Document:A/77/220 ${SG}`,
      `Document:A/HRC/50/65 ${SG}`,
      `Document:A/78/340 ${SG}`,
      `Document:A/HRC/53/64 ${SG}`,
      // guard: the mark after the list, on the Commission's dated reports, is not the Secretary-General's
      'Document:A/77/533 -',
    ]);
  });

  it('guard: another body\'s report joined between the author and "pursuant to resolutions": no author', () => {
    const text = 'Welcoming the reports of the Secretary-General and the report of the Special Rapporteur, submitted pursuant to resolutions 73/263, 15 and 74/168,16';
    const notes: Note[] = [
      { after: '73/263, 15', mark: '15', text: 'A/74/276.' },
      { after: '74/168,16', mark: '16', text: 'A/75/334.' },
    ];
    expect(documents('PP19', text, notes, GA78_221)).toEqual(['Document:A/74/276 -', 'Document:A/75/334 -']);
  });
});

describe('"the Conferences of the Parties" with no convention named: no Event (one node would join every convention\'s sittings)', () => {
  const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/205', date: '2024-12-19' }, kind: 'operative' });

  it('A/RES/79/205 OP42 (80/137 OP46): "the relevant decisions of the Conferences of the Parties made under the United Nations Framework Convention on Climate Change and the Paris Agreement"', () => {
    const text =
      'Encourages States to apply the Sendai Framework for the effective implementation of all the relevant decisions of the Conferences of the Parties made under the United Nations Framework Convention on Climate Change and the Paris Agreement;';
    expect(keys(text, 'Event:')).toEqual([]);
    expect(keys(text, 'Framework:United Nations Framework Convention')).toEqual(['Framework:United Nations Framework Convention on Climate Change']);
  });

  it('A/RES/78/179 PP40 (80/180 PP41): "the participation of young people in the Conferences of the Parties"', () => {
    const text = 'Recognizing the Paris Agreement, and emphasizing the importance of the participation of young people in the Conferences of the Parties,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([]);
  });

  it('guard: one convention\'s Conference of the Parties, and a plural one named with its treaty, stay Events', () => {
    expect(keys('Welcomes the decisions of the Conference of the Parties to the Convention on Biological Diversity;', 'Event:')).toEqual(['Event:Conference of the Parties to the Convention on Biological Diversity']);
    expect(keys('Reaffirms the agreements reached at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;', 'Event:').length).toBe(3);
  });
});
