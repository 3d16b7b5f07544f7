// Session-62 audit aud62d: A/RES/78/89 (Question of the British Virgin Islands, Fourth Committee) and its sister texts (79/102,
// 80/93, 78/93). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const BVI = 'Question of the British Virgin Islands';
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/89', '2023-12-07', BVI), kind: 'preambular' });
const PREMIER_BVI = 'Organization:Premier of the British Virgin Islands';
const GOVERNOR_BVI = 'Organization:Governor of the British Virgin Islands';

describe('"the Premier", "the Governor" printed bare in a Territory\'s text: the post of the Territory the title names', () => {
  it('A/RES/78/89 PP19: "the renewed invitation extended by the Premier to the Special Committee"', () => {
    const rels = relations('Noting also the renewed invitation extended by the Premier to the Special Committee to send a visiting mission to the Territory in 2023,');
    expect(rels).toContain(`NOTES ${PREMIER_BVI}`);
    // (the recipient of the invitation: "Premier to the Special Committee" is no one name)
    expect(rels).toContain('NOTES Organization:Special Committee (A/RES/78/89)');
  });

  it('A/RES/78/89 PP24 (79/102, 80/93): "the establishment of the Commission of Inquiry by the Governor on 18 January 2021"', () => {
    const rels = relations(
      'Recalling the establishment of the Commission of Inquiry by the Governor on 18 January 2021, and aware of the publication in April 2022 of the report of the Commission of Inquiry,',
    );
    expect(rels).toContain(`RECALLS ${GOVERNOR_BVI}`);
    expect(rels).toContain('RECALLS Organization:Commission of Inquiry');
  });

  it('A/RES/78/93 PP18: "the information provided by the Premier that Montserrat could not achieve ...": the Premier of Montserrat', () => {
    const rels = relations(
      'Recalling further the information provided by the Premier that Montserrat could not achieve its development goals if its economic dependency continued,',
      'preambular',
      ctxOf('A/RES/78/93', '2023-12-07', 'Question of Montserrat'),
    );
    expect(rels).toContain('RECALLS Organization:Premier of Montserrat');
  });

  it('guard: A/RES/78/86 PP29 "the authority to override the Governor’s veto": a possessive, the veto is the topic (not read)', () => {
    const text =
      'Acknowledging the outcome of the referendum held on 8 November 2022, in which the proposal to give the Fono, the Territory’s legislature, the authority to override the Governor’s veto was rejected,';
    expect(keys(text, 'Organization:Governor', 'preambular', ctxOf('A/RES/78/86', '2023-12-07', 'Question of American Samoa'))).toEqual([]);
  });

  it('guard: A/RES/78/92 PP20 "a representative of the Governor of Guam": the name printed, one post', () => {
    const text = 'Recalling, in this regard, the statement made by a representative of the Governor of Guam at the 2019 Caribbean regional seminar,';
    expect(keys(text, 'Organization:Governor', 'preambular', ctxOf('A/RES/78/92', '2023-12-07', 'Question of Guam'))).toEqual(['Organization:Governor of Guam']);
  });

  it('guard: "by the Governor" in a text of another title is not read (whose post is not said)', () => {
    const text = 'Recalling the establishment of the Commission of Inquiry by the Governor on 18 January 2021,';
    expect(keys(text, 'Organization:Governor', 'preambular', ctxOf('A/RES/78/82', '2023-12-07', 'Dissemination of information on decolonization'))).toEqual([]);
  });
});

describe('"the Constitution" printed bare before a Territory\'s text names its one constitution in full: that constitution', () => {
  const CONSTITUTION_BVI = 'Framework:2007 Constitution of the British Virgin Islands';
  // A/RES/78/89 PP25, PP26, PP27 (79/102, 80/93 print the same three paragraphs)
  const PP25 =
    'Taking note of the agreement of the administering Power to the proposal by the territorial Government of National Unity on the implementation of the recommendations of the Commission of Inquiry without the need for a temporary partial suspension of the Constitution,';
  const PP26 =
    'Expressing concern that the administering Power put an Order in Council on hold to partially suspend the Constitution if the Government of the United Kingdom assesses that the implementation of the recommendations does not proceed satisfactorily,';
  const PP27 = 'Noting that the Constitutional Review Commission was established in 2022 to conduct a full review of the 2007 Constitution of the British Virgin Islands,';

  it('A/RES/78/89 PP25, PP26: the bare "the Constitution" before PP27 names "the 2007 Constitution of the British Virgin Islands"', () => {
    const r = relationsById(gaResolution('A/RES/78/89', '2023-12-07', [notedParagraph('PP25', PP25), notedParagraph('PP26', PP26), notedParagraph('PP27', PP27)], BVI));
    expect(r.PP25).toContain(`NOTES ${CONSTITUTION_BVI}`);
    expect(r.PP26).toContain(`EXPRESSES ${CONSTITUTION_BVI}`);
    expect(r.PP27).toContain(`NOTES ${CONSTITUTION_BVI}`);
  });

  it('guard: the same paragraphs in a text of another title: whose constitution is not said (not read)', () => {
    const r = relationsById(
      gaResolution('A/RES/78/82', '2023-12-07', [notedParagraph('PP25', PP25), notedParagraph('PP27', PP27)], 'Dissemination of information on decolonization'),
    );
    expect(r.PP25!.filter((x) => x.includes('Constitution of'))).toEqual([]);
  });

  it('guard: A/RES/78/98 (Turks and Caicos Islands) "a mechanism for amending the Constitution", no constitution named in full: not read', () => {
    const r = relationsById(
      gaResolution(
        'A/RES/78/98',
        '2023-12-07',
        [notedParagraph('PP20', 'Recalling the report of the fact-finding mission to the Turks and Caicos Islands in 2013, which called for, inter alia, a referendum on self-determination and a mechanism for amending the Constitution,')],
        'Question of the Turks and Caicos Islands',
      ),
    );
    expect(r.PP20!.filter((x) => x.startsWith('RECALLS Framework:'))).toEqual([]);
  });
});
