// Session-40 audit aud40f: the texts outside the General Assembly's PyMuPDF texts. Audited with show.sh: A/RES/73/8 (pypdf
// text), S/RES/338 (1973) and 660 (1990) (cr-unsc text), A/RES/80/1 and 80/2 (railcar Markdown), A/RES/79/239 and 80/215
// (PyMuPDF JSON text): segmentation, metadata, footnotes, citations, verb relations and entities, all right but one split
// word; then, as the corpus holds none, a modern Security Council resolution (as PyMuPDF and as pypdf print it), an ECOSOC
// resolution, a committee draft and a Human Rights Council resolution as HTML, each in the shape its body prints. Fixed:
// pypdf's split words that the file spells nowhere else ("to s ubmit it", A/RES/73/8 OP4; "an obsta cle", 73/3 OP11: 20 in
// the four pypdf texts) are joined when the genre's lexicon knows the word and one piece is no word; a Human Rights Council
// resolution's number is read from its symbol ("A/HRC/RES/56/7": "56/7", as the Council's cited resolutions have it); in a
// Council text "the Office of the High Commissioner" and "the High Commissioner" with no office named before are OHCHR and
// the High Commissioner for Human Rights (were nodes "Office of the High Commissioner", "High Commissioner"), as is "the
// Office of the High Commissioner" after the High Commissioner for Human Rights is named in any text; "the African Union
// Assembly" (as the Security Council prints it) is the Assembly of the African Union. Each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

/** A pypdf text: paragraphs marked by an indented first line (three at least after a line of text, as in every such file). */
const pypdf = (lines: string[]): SourceText => ({ file: 'A_RES_73_8.pdftext.txt', format: 'pdftext', text: [' The General Assembly , ', ...lines].join('\n') });
const cleaned = (lines: string[]): string => cleanText(pypdf(lines)).text;

describe('pypdf: a word split inside a line and spelled nowhere else in the file is joined when the genre knows it', () => {
  it('A/RES/73/8 OP4: "the Charter and international law and to s ubmit it to the General Assembly" reads "to submit it"', () => {
    const text = cleaned([
      ' 3. Once again urges  States that have and continue to apply such laws and ',
      'measures to take the steps necessary to repeal or invalidate them;  ',
      ' 4. Requests  the Secretary -General to prepare a report on the implementation of the present resolution in the light of ',
      'the Charter and international law and to s ubmit it to the General Assembly at its ',
      'seventy -fourth session;  ',
      ' 5. Decides  to include in the provisional agenda of its seventy -fourth session the item. ',
    ]);
    expect(text).toContain('and to submit it to the General Assembly');
  });

  it('A/RES/73/3 OP11, OP17: "a key obsta cle to meeting tuberculosis treatment goals", "internally displ aced people": obstacle, displaced', () => {
    const text = cleaned([
      ' 11. Acknowledge that inadequate investment in ',
      'tuberculosis case detection is a key obsta cle to meeting tuberculosis treatment goals;  ',
      ' 17. Recognize the needs of people in vulnerable situations, such as ',
      'migrants, refugees, internally displ aced people,  people living in situations of complex emergencies; ',
      ' 18. Commit to providing care. ',
    ]);
    expect(text).toContain('a key obstacle to meeting');
    expect(text).toContain('internally displaced people');
  });

  it('guard: A/RES/73/3 OP6 "achieving universal health coverage, an d one that addresses": the letter ends the word before it, no "an done"', () => {
    const text = cleaned([
      ' 5. Commit to a comprehensive response;  ',
      ' 6. Recognize that tuberculosis requires a comprehensive response, including towards ',
      'achieving universal health coverage, an d one that addresses the social and economic determinants;  ',
      ' 7. Commit to care. ',
    ]);
    expect(text).not.toContain('an done');
    expect(text).toContain('one that addresses');
  });

  it('guard: two words that make a third stay apart ("the matters it deals with in the report", "Annex L and")', () => {
    const text = cleaned([
      ' 1. Takes note of the matters the Committee deals with in the report; ',
      ' 2. Recalls Annex L and the list annexed to it; ',
      ' 3. Decides to remain seized of the matter. ',
    ]);
    expect(text).toContain('deals with in the report');
    expect(text).toContain('Annex L and the list');
  });

  it('guard: a text not in pypdf layout keeps what it prints ("to s ubmit" in a plain text is left as printed)', () => {
    const plain: SourceText = { file: 'x.txt', format: 'text', text: 'The General Assembly,\n\n1. Requests the Secretary-General to s ubmit a report.\n' };
    expect(cleanText(plain).text).toContain('to s ubmit');
  });
});

describe('a Human Rights Council resolution has its number, as the Council cites it', () => {
  const HEAD =
    'United Nations A/HRC/RES/56/7\n\nGeneral Assembly Distr.: General\n16 July 2024\n\nOriginal: English\n\nHuman Rights Council\nFifty-sixth session\n18 June–12 July 2024\nAgenda item 3\nPromotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\nincluding the right to development\n\nResolution adopted by the Human Rights Council on 11 July 2024\n\n56/7. New and emerging digital technologies and human rights\n\nThe Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,\n\n1. Decides to continue its consideration of this issue under the same agenda item.\n\n44th meeting\n11 July 2024\n[Adopted without a vote.]\n';
  const segmented = (text: string) => {
    const src: SourceText = { file: 'resolution.txt', format: 'text', text };
    return segmentResolutions(cleanText(src), src);
  };

  it('A/HRC/RES/56/7 (the masthead the Council prints): number "56/7", body, session and date', () => {
    const [res] = segmented(HEAD);
    expect(res!.symbol).toBe('A/HRC/RES/56/7');
    expect(res!.number).toBe('56/7');
    expect(res!.body).toBe('Human Rights Council');
    expect(res!.date).toBe('2024-07-11');
  });

  it('a special session\'s resolution, "A/HRC/RES/S-33/1": number "S-33/1"', () => {
    const [res] = segmented(HEAD.replace('A/HRC/RES/56/7', 'A/HRC/RES/S-33/1').replace('56/7. New', 'S-33/1. New'));
    expect(res!.symbol).toBe('A/HRC/RES/S-33/1');
    expect(res!.number).toBe('S-33/1');
  });

  it('guard: a Council draft ("A/HRC/56/L.12") is given no number', () => {
    const [res] = segmented(HEAD.replace('United Nations A/HRC/RES/56/7', 'United Nations A/HRC/56/L.12').replace('56/7. New', 'New'));
    expect(res!.number).toBeUndefined();
  });
});

describe('"the Office of the High Commissioner" and "the High Commissioner" in a Human Rights Council text', () => {
  const HRC: RecognizeContext = { body: 'Human Rights Council', symbol: 'A/HRC/RES/56/7', date: '2024-07-11' };
  const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };
  const { relations } = oneParagraph({ ctx: HRC, kind: 'operative' });
  const OHCHR = 'Organization:Office of the United Nations High Commissioner for Human Rights';
  const HC_HR = 'Organization:United Nations High Commissioner for Human Rights';
  const UNHCR = 'Organization:Office of the United Nations High Commissioner for Refugees';

  it('A/HRC/RES/56/7 shape: "Requests the Office of the High Commissioner to convene an expert consultation": OHCHR, no node "Office of the High Commissioner"', () => {
    expect(relations('Requests the Office of the High Commissioner to convene an expert consultation, in cooperation with the International Telecommunication Union;', 'operative', { ...HRC })).toContain(`REQUESTS ${OHCHR}`);
  });

  it('"Requests the High Commissioner to present an oral update to the Human Rights Council at its fifty-eighth session": the High Commissioner for Human Rights', () => {
    expect(relations('Requests the High Commissioner to present an oral update to the Human Rights Council at its fifty-eighth session;', 'operative', { ...HRC })).toContain(`REQUESTS ${HC_HR}`);
  });

  it('any text: "Requests the United Nations High Commissioner for Human Rights to prepare a report ..., and requests the Office of the High Commissioner to convene": that officer\'s Office', () => {
    const rel = relations('Requests the United Nations High Commissioner for Human Rights to prepare a report, and requests the Office of the High Commissioner to convene a consultation;', 'operative', { ...GA });
    expect(rel).toContain(`REQUESTS ${HC_HR}`);
    expect(rel).toContain(`REQUESTS ${OHCHR}`);
    expect(rel.filter((r) => r.endsWith(':Office of the High Commissioner'))).toEqual([]);
  });

  it('guard: a Council text that names the High Commissioner for Refugees: "the High Commissioner" in that paragraph is UNHCR', () => {
    const rel = relations('Welcomes the work of the United Nations High Commissioner for Refugees, and requests the High Commissioner to report thereon;', 'operative', { ...HRC });
    expect(rel).toContain(`REQUESTS ${UNHCR}`);
    expect(rel).not.toContain(`REQUESTS ${HC_HR}`);
  });

  it('guard: A/RES/78/185 PP23 shape (an Assembly text about refugees): "the Office of the High Commissioner" after UNHCR is UNHCR', () => {
    const rel = relations('Welcomes the work of the Office of the United Nations High Commissioner for Refugees, and the high-level segment on statelessness convened by the Office of the High Commissioner;', 'operative', { ...GA });
    expect(rel).toContain(`WELCOMES ${UNHCR}`);
    expect(rel).not.toContain(`WELCOMES ${OHCHR}`);
  });
});

describe('"the African Union Assembly" is the Assembly of the African Union', () => {
  const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/2719(2023)', date: '2023-12-21' };
  const { keys, attributions } = oneParagraph({ ctx: SC, kind: 'preambular' });
  const AU_ASSEMBLY = 'Organization:Assembly of Heads of State and Government of the African Union';

  it('S/RES/2719 (2023) shape: "the African Union Assembly decision Assembly/AU/Dec.815(XXXV) adopted at its thirty-fifth ordinary session held in Addis Ababa": the session is the Assembly\'s', () => {
    const text =
      'Welcoming the African Union Assembly decision Assembly/AU/Dec.815(XXXV) adopted at its thirty-fifth ordinary session held in Addis Ababa on 5 and 6 February 2022,';
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF Event:thirty-fifth ordinary session of the Assembly of Heads of State and Government of the African Union -> ${AU_ASSEMBLY}`);
    expect(keys(text, 'Organization:African Union Assembly')).toEqual([]);
  });

  it('guard: "the African Union" alone stays the Union', () => {
    expect(keys('Commending the African Union for its efforts,', 'Organization:')).toEqual(['Organization:African Union']);
  });
});
