// Misses found by the session-24 audit aud24g: A/RES/78/169 (natural plant fibres), A/RES/79/267 (education for democracy),
// A/RES/79/275 (diamonds in fuelling conflict), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/267', date: '2025-03-04' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

function withFootnote(ctx: RecognizeContext, id: string, text: string, mark: string, footnote: string) {
  const offset = text.lastIndexOf(mark);
  return extractParagraph(
    { id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] },
    ctx,
  );
}

describe('"its pre‑Summit" printed with a non-breaking hyphen is a sitting of its own', () => {
  const OP11 =
    'Recalls the Transforming Education Summit, convened by the Secretary-General from 16 to 19 September 2022 in New York, as well as its pre\u2011Summit, hosted by the United Nations Educational, Scientific and Cultural Organization from 28 to 30 June 2022 in Paris;';
  const PRE = 'Event:Pre-Summit of the Transforming Education Summit @ 2022';
  const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/79/267 OP11 (79/321 PP21): UNESCO hosts the pre-Summit, in Paris, not the Summit', () => {
    const a = attributions(OP11);
    expect(a).toContain(`HOSTS ${UNESCO} -> ${PRE}`);
    expect(a).toContain(`HELD_IN ${PRE} -> Place:Paris`);
    expect(a).not.toContain(`HOSTS ${UNESCO} -> Event:Transforming Education Summit @ 2022`);
    expect(relations(OP11)).toContain(`RECALLS ${PRE}`);
  });

  it('A/RES/79/276 PP26: "as well as its pre‑Summit, held from 26 to 28 July 2021 in Rome"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/276', date: '2024-12-20' };
    const text =
      'Taking note with appreciation of the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021, as well as its pre\u2011Summit, held from 26 to 28 July 2021 in Rome,';
    const a = attributions(text, 'preambular', ctx);
    expect(a).toContain('HELD_IN Event:Pre-Summit of the United Nations Food Systems Summit @ 2021 -> Place:Rome');
    expect(a).not.toContain('HELD_IN Event:United Nations Food Systems Summit @ 2021 -> Place:Rome');
  });

  it('guard: the same key as with an ASCII hyphen (A/RES/78/156 PP7 "its Pre-Summit")', () => {
    expect(keys(OP11.replace('pre\u2011Summit', 'Pre-Summit'), 'Event:Pre')).toEqual([PRE]);
    expect(keys(OP11, 'Event:Pre')).toEqual([PRE]);
  });
});

describe('"the <year> plenary meeting of <body>" is that year\'s meeting', () => {
  const KP: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/275', date: '2025-03-25' };
  const OP6 =
    'Takes note of the administrative decisions of the 2024 plenary meeting of the Kimberley Process, held from 12 to 15 November 2024, as well as the special session, held on 17 May 2024, both hosted by the United Arab Emirates in Dubai;';
  const OP8 = 'Welcomes the establishment of the Kimberley Process secretariat in Gaborone pursuant to the decision by the 2022 plenary meeting of the Kimberley Process;';

  it('A/RES/79/275 OP8 after OP6: the 2022 meeting is not the 2024 one', () => {
    const ctx = { ...KP };
    extract(OP6, 'operative', ctx);
    expect(keys(OP8, 'Event:', 'operative', ctx)).toEqual(['Event:plenary meeting of the Kimberley Process @ 2022']);
  });

  it('A/RES/79/275 PP29: "the 2024 Kimberley Process plenary meeting" (78/270 PP27 "the 2023 ...")', () => {
    const text = 'Noting with regret that the 2024 Kimberley Process plenary meeting ended without consensus on a communiqué,';
    expect(relations(text, 'preambular', { ...KP })).toEqual(['NOTES Event:plenary meeting of the Kimberley Process @ 2024']);
  });

  it('guard: with no year printed, the plenary meeting stays undated (A/RES/79/275 PP9)', () => {
    const text =
      'Acknowledging the role that the Kimberley Process has played, and noting that the plenary meeting of the Kimberley Process, in looking towards the future, committed to continue to ensure that the Kimberley Process remains relevant,';
    expect(keys(text, 'Event:', 'preambular', { ...KP })).toEqual(['Event:plenary meeting of the Kimberley Process']);
  });

  it('guard: an ordinal names the meeting, no year added (A/RES/79/275 PP28 "the twentieth plenary meeting")', () => {
    const text =
      'Expressing appreciation to the United Arab Emirates, as the 2024 Chair of the Kimberley Process, for hosting the twentieth plenary meeting of the Kimberley Process in Dubai, from 12 to 15 November 2024,';
    expect(keys(text, 'Event:', 'preambular', { ...KP })).toEqual(['Event:twentieth plenary meeting of the Kimberley Process']);
  });
});

describe('"Final Report of the <sitting>" cited by its title is a Document', () => {
  const PP12 =
    'Recalling the Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for all, adopted at the World Education Forum 2015, held in Incheon, Republic of Korea, from 19 to 22 May 2015, 18 which affirmed the understanding of education as a main driver of development,';
  const FN18 =
    'See United Nations Educational, Scientific and Cultural Organization, Final Report of the World Education Forum 2015, Incheon, Republic of Korea, 19–22 May 2015 (Paris, 2015).';

  it('A/RES/79/267 PP12 footnote 18: the Incheon report, not an initiative', () => {
    const px = withFootnote({ ...GA }, 'PP12', PP12, '18', FN18);
    const ks = px.mentions.map((m) => m.key);
    expect(ks).toContain('Document:final report of the world education forum 2015');
    expect(ks.filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });

  it('guard: the Dakar report of 2000 is another document (A/RES/79/151 footnote 5)', () => {
    const text = 'Recalling the Dakar Framework for Action, adopted at the World Education Forum in 2000,5';
    const px = withFootnote({ ...GA, symbol: 'A/RES/79/151' }, 'PP16', text, '5', 'See United Nations Educational, Scientific and Cultural Organization, Final Report of the World Education Forum, Dakar, Senegal, 26–28 April 2000 (Paris, 2000).');
    const docs = px.mentions.filter((m) => m.kind === 'Document').map((m) => m.key);
    expect(docs).toEqual(['Document:final report of the world education forum']);
  });

  it('guard: a report series keeps its kind ("the Global Education Monitoring Report")', () => {
    expect(keys('Takes note of the Global Education Monitoring Report;', 'Document:final')).toEqual([]);
  });
});

describe('the Incheon Declaration: one framework, adopted at the World Education Forum 2015', () => {
  it('A/RES/79/267 PP12: the subtitle after the colon stands between the name and "adopted at"', () => {
    const text =
      'Recalling the Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for all, adopted at the World Education Forum 2015, held in Incheon, Republic of Korea, from 19 to 22 May 2015,';
    expect(attributions(text, 'preambular')).toContain('ADOPTED Event:World Education Forum @ 2015 -> Framework:Incheon Declaration');
  });

  it('A/RES/78/156 PP14: "the Incheon Declaration of the World Education Forum 2015,5" is the same declaration, adopted there though the footnote names the forum too', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    const text = 'Recalling the Global Action Programme on Education for Sustainable Development and the Incheon Declaration of the World Education Forum 2015,5';
    const px = withFootnote(
      ctx,
      'PP14',
      text,
      '5',
      'Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for all (see United Nations Educational, Scientific and Cultural Organization, Final Report of the World Education Forum 2015, Incheon, Republic of Korea, 19–22 May 2015 (Paris, 2015)).',
    );
    expect(px.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECALLS Framework:Incheon Declaration');
    expect(px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('ADOPTED Event:World Education Forum @ 2015 -> Framework:Incheon Declaration');
  });

  it('guard: a subtitle with no "adopted at" after it adopts nothing', () => {
    const text = 'Recalling the Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for all, and the World Education Forum 2015,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the Kimberley Process committee named in full, then without "of the Kimberley Process", is one body', () => {
  const KP: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/275', date: '2025-03-25' };
  const FULL = 'Organization:Ad Hoc Committee on Review and Reform of the Kimberley Process';

  it('A/RES/79/275 OP5: "within the Ad Hoc Committee on Review and Reform"', () => {
    const text =
      'Encourages the tripartite framework of the Kimberley Process to continue working on the important dialogue within the Ad Hoc Committee on Review and Reform, including to achieve consensus on the definition of conflict diamonds;';
    expect(relations(text, 'operative', { ...KP })).toContain(`ENCOURAGES ${FULL}`);
  });

  it('guard: A/RES/79/275 PP27 keeps the full name, the Kimberley Process inside it', () => {
    const text =
      'Noting that the Kimberley Process established the Ad Hoc Committee on Review and Reform of the Kimberley Process, as articulated under paragraph 20 of the Kimberley Process Certification Scheme core document,';
    expect(keys(text, 'Organization:', 'preambular', { ...KP })).toEqual([FULL]);
  });
});
