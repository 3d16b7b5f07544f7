// Session-44 audit aud44c: two texts annotated like the scorer before looking at the output (gold in /tmp/lead/aud44c-gold):
// A/RES/79/243 (the Cybercrime Convention resolution: its PP1-PP5 and OP1-OP12, the convention's preamble and Articles 1-5)
// and A/80/L.41 (the WSIS+20 outcome document's draft: header, OP0, PP1-PP7, OP1-OP15). Fixed:
// - a convention annexed to the resolution that adopts it kept no paragraph: its preamble ("The States Parties to the present
//   Convention," ... "Have agreed as follows:") holds clauses of the genre ("Recalling General Assembly resolutions 74/247 ...",
//   "Commending the work of the United Nations Office on Drugs and Crime"); it is now read as Annex.PP1.. (the articles stay out);
// - the summit a review reviews, printed in the review's words other than the meeting's formal name ("the high-level meeting on
//   the overall review of the implementation of the outcomes of the World Summit", "the 20-year review of the World Summit",
//   "the overall review ... of the progress made since the World Summit on the Information Society"), is a target of the
//   clause's verb too (aud40h seed / aud41i / aud43a gold).
// Each case quotes the file and paragraph; each fix has guards.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionText, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';

const WSIS = 'Event:World Summit on the Information Society';
const CONVENTION = 'Framework:United Nations Convention against Cybercrime';

/** the verb relations of paragraph `id`, read with the whole resolution (the Convention named in the title: "this Convention") */
const relationsOf = (r: ResolutionText, id: string): string[] =>
  extractResolution(r).paragraphs.find((p) => p.paragraph.id === id)?.relations.map((x) => `${x.type} ${x.target}`) ?? [];

// A/RES/79/243, as printed (lines of the PDF text): the resolution's last paragraph, the meeting line, the annexed convention
// with its title, "Preamble", the States Parties' opener, preambular paragraphs, "Have agreed as follows:", then the articles
const RES_79_243_HEAD = [
  'A/RES/79/243', '',
  'Resolution adopted by the General Assembly', 'on 24 December 2024', '',
  '79/243. United Nations Convention against Cybercrime;', '',
  'The General Assembly,', '',
  'Recalling its resolution 74/247 of 27 December 2019, in which it established an open-ended ad hoc intergovernmental committee of experts,', '',
  '2. Adopts the United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes annexed to the present resolution;', '',
  '55th (resumed) plenary meeting', '24 December 2024', '',
  'Annex', '', '',
  'United Nations Convention against Cybercrime;', '', '',
  'Strengthening International Cooperation for Combating Certain Crimes', 'Committed by Means of Information and Communications Technology Systems', 'and for the Sharing of Evidence in Electronic Form of Serious Crimes', '', '',
  'Preamble', '', '',
  'The States Parties to the present Convention,', '',
];
const RES_79_243_PREAMBLE = [
  'Bearing in mind the purposes and principles of the Charter of the United', 'Nations,', '',
  'Stressing the need to enhance coordination and cooperation among States by, inter alia, providing technical assistance and capacity-building, and emphasizing', 'in this context the role that the United Nations plays,', '',
  'Recognizing the importance of mainstreaming a gender perspective in all', 'relevant efforts to prevent and combat the offences covered by this Convention, in', 'accordance with domestic law,', '',
  'Commending the work of the United Nations Office on Drugs and Crime and', 'other international and regional organizations in preventing and combating', 'cybercrime,', '',
  'Recalling General Assembly resolutions 74/247 of 27 December 2019 and', '75/282 of 26 May 2021,', '',
];
const RES_79_243_ARTICLES = [
  'Chapter I', '', '', 'General provisions', '', '', 'Article 1', '', '', 'Statement of purpose', '', '',
  'The purposes of this Convention are to:', '',
  '(a)', 'Promote and strengthen measures to prevent and combat cybercrime more', 'efficiently and effectively;', '',
  'Article 7', '', 'Illegal access', '', '1.',
  'Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law the access to the whole or any part of an information and communications technology system without right.', '',
];

describe('a convention annexed to the resolution that adopts it: its preamble is read as Annex.PP paragraphs', () => {
  it('A/RES/79/243 annex preamble: "The States Parties to the present Convention," up to "Have agreed as follows:" gives Annex.PP1..PP5, each with its verbs', () => {
    const [r] = segmentLines([...RES_79_243_HEAD, ...RES_79_243_PREAMBLE, 'Have agreed as follows:', '', ...RES_79_243_ARTICLES], 'A_RES_79_243.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP2 Annex.PP1 Annex.PP2 Annex.PP3 Annex.PP4 Annex.PP5');
    expect(relationsOf(r!, 'Annex.PP2')).toContain('EMPHASIZES Organization:United Nations');
    expect(relationsOf(r!, 'Annex.PP3')).toContain(`RECOGNIZES ${CONVENTION}`);
    expect(relationsOf(r!, 'Annex.PP4')).toEqual(['APPRECIATES Organization:United Nations Office on Drugs and Crime']);
    expect(relationsOf(r!, 'Annex.PP5')).toEqual(['RECALLS Resolution:A/RES/74/247', 'RECALLS Resolution:A/RES/75/282']);
    // the stance of "Bearing in mind" types nothing, as in the resolution's own preamble
    expect(relationsOf(r!, 'Annex.PP1')).toEqual([]);
  });

  it('A/RES/79/243 annex: the articles are no paragraphs ("Each State Party shall adopt such legislative ... measures": no ADOPTS)', () => {
    const [r] = segmentLines([...RES_79_243_HEAD, ...RES_79_243_PREAMBLE, 'Have agreed as follows:', '', ...RES_79_243_ARTICLES], 'A_RES_79_243.txt');
    expect(r!.paragraphs.some((p) => p.text.includes('Each State Party shall adopt'))).toBe(false);
    expect(r!.paragraphs.some((p) => p.text.includes('The purposes of this Convention'))).toBe(false);
  });

  it('guard: a convention whose "Have agreed as follows:" line is lost ends its preamble at "Chapter I"', () => {
    const [r] = segmentLines([...RES_79_243_HEAD, ...RES_79_243_PREAMBLE, ...RES_79_243_ARTICLES], 'A_RES_79_243.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP2 Annex.PP1 Annex.PP2 Annex.PP3 Annex.PP4 Annex.PP5');
  });

  it('guard: A/RES/79/243 second annex, interpretative notes opening with "Article 2": stays out', () => {
    const [r] = segmentLines(
      [
        ...RES_79_243_HEAD.slice(0, RES_79_243_HEAD.indexOf('Annex')),
        'Annex', '', '', 'Interpretative notes on specific articles of the United Nations Convention against', 'Cybercrime', '', '',
        'Article 2', '', '1.', 'Recalling General Assembly resolution 74/247, the States note the scope of the terms used;', '',
      ],
      'A_RES_79_243.txt',
    );
    expect(paragraphIds(r!)).toBe('PP1 OP2');
  });

  it('guard: an annex opening "The States Parties to the present Convention," with no end line before the next annex stays out', () => {
    const [r] = segmentLines([...RES_79_243_HEAD, ...RES_79_243_PREAMBLE], 'A_RES_79_243.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP2');
  });
});

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };
const { relations } = oneParagraph({ ctx: GA78, kind: 'operative' });

/** A two-paragraph PDF text of a GA resolution on the WSIS review: PP1 names the summit in full (as the documents do before
 *  the short form), then `pp2` */
const wsisText = (pp2: string) => `Resolution adopted by the General Assembly on 17 December 2025

80/173. Outcome document of the high-level meeting

The General Assembly,

Recalling the Geneva Declaration of Principles and the Geneva Plan of Action, adopted at the first phase of the World Summit on the Information Society,

${pp2}

1. Decides to remain seized of the matter.
`;
const relationsInText = (text: string, id: string): string[] => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  const [r] = segmentResolutions(cleanText(src), src).map((x) => extractResolution(x));
  return r!.paragraphs.find((p) => p.paragraph.id === id)!.relations.map((x) => `${x.type} ${x.target}`);
};

describe('the summit a review reviews, named in the review\'s words, is a target of the clause\'s verb', () => {
  it('A/RES/78/265 OP12: "Looks forward also to the overall review by the General Assembly, in 2025, of the progress made since the World Summit on the Information Society": LOOKS_FORWARD_TO the summit and the review', () => {
    const rel = relations('Looks forward also to the overall review by the General Assembly, in 2025, of the progress made since the World Summit on the Information Society;');
    expect(rel).toContain(`LOOKS_FORWARD_TO ${WSIS}`);
    expect(rel.some((r) => r.startsWith('LOOKS_FORWARD_TO Event:high-level meeting on the overall review'))).toBe(true);
  });

  it('A/80/L.41 PP1 (A/RES/80/173 PP1): "Recalling the outcome document of the high-level meeting on the overall review of the implementation of the outcomes of the World Summit, adopted by the General Assembly in its resolution 70/125 ...": RECALLS the summit', () => {
    const rel = relationsInText(
      wsisText('Recalling the outcome document of the high-level meeting on the overall review of the implementation of the outcomes of the World Summit, adopted by the General Assembly in its resolution 70/125 of 16 December 2015, which requested that the Assembly hold a further high-level meeting in 2025,'),
      'PP2',
    );
    expect(rel).toContain(`RECALLS ${WSIS}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/70/125');
  });

  it('A/80/L.41 OP16 (A/RES/80/173 OP16): "We reaffirm the central importance of closing these digital divides as a core priority of the 20-year review of the World Summit": REAFFIRMS the summit', () => {
    const rel = relationsInText(wsisText('Reaffirming the central importance of closing these digital divides as a core priority of the 20-year review of the World Summit,'), 'PP2');
    expect(rel).toContain(`REAFFIRMS ${WSIS}`);
  });

  it('guard: A/RES/78/132 PP14, the meeting by its formal name ("the high-level meeting of the General Assembly on the overall review ... of the World Summit on the Information Society"): the summit is part of the sitting\'s name, no target (aud41f gold)', () => {
    const rel = relationsInText(
      wsisText('Reaffirming also the outcome of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, which provides an overview of implementation action lines,'),
      'PP2',
    );
    expect(rel.some((r) => r.startsWith('REAFFIRMS Event:high-level meeting') && r.includes('overall review'))).toBe(true);
    expect(rel).not.toContain(`REAFFIRMS ${WSIS}`);
  });

  it('guard: A/80/L.41 PP4 "modalities for the 20-year review": the review alone names no summit', () => {
    const rel = relationsInText(wsisText('Recalling resolution 79/277, adopted by the General Assembly on 27 March 2025, in which it established modalities for the 20-year review, to be held in accordance with the rules of procedure of the General Assembly,'), 'PP2');
    expect(rel).not.toContain(`RECALLS ${WSIS}`);
  });
});
