// Session-39 audit aud39j: Documents, Initiatives and Frameworks on a fresh random sample of ten GA resolutions citing reports,
// notes and programmes (78/210, 80/151, 79/88, 78/23, 78/288, 79/157, 78/79, 78/227, 79/186, 78/257). Fixed: the Global
// Counterterrorism Forum's "Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by
// Terrorists" cut before "by Terrorists"; the annual report of UNRWA's Commissioner-General ("the report of the Commissioner-General
// of the Agency covering the period ...,1", footnoted "Supplement No. 13 (A/79/13)") had no author, its officer being read as no
// entity at all ("Requests the Commissioner-General to ...", "the report of the Commissioner-General of 31 May 2024" read nothing);
// a congress's report footnoted the older way, the sitting first ("Seventh United Nations Congress on the Prevention of Crime and
// the Treatment of Offenders, Milan, 26 August–6 September 1985: report prepared by the Secretariat (United Nations publication,
// ...)", where the Basic Principles on the Independence of the Judiciary and the Guidelines on the Role of Prosecutors were
// adopted) was no Document. Each case quotes the file and paragraph; each fix has a guard.
// Counts over the ten files (nodes; a Document with its symbol but not its author counted wrong): Documents right 34/39 -> 37/39
// (A/79/13 authored; the two congress reports of 78/227 found: missed 2 -> 0; left: A/80/293's author, A/77/CRP.1/Add.8's);
// Initiatives right 9/9 -> 9/9; Frameworks right 75/77 -> 76/77 (the Algiers Memorandum whole; left: 78/227 PP7's lower-case
// "basic principles on the use of restorative justice programmes in criminal matters", missed).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { footnotedAuthors, gaResolution, markedParagraph, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const GA78_210: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/210', date: '2023-12-19' };
const GA79_88: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/88', date: '2024-12-12' };
const GA78_227: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/227', date: '2023-12-22' };
const { keys, extract } = oneParagraph({ ctx: GA78_210, kind: 'operative' });

const ALGIERS = 'Framework:Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by Terrorists';
const COMMISSIONER_GENERAL = 'Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East';

describe('a memorandum whose name goes on with "by" and a capitalised word', () => {
  it('A/RES/78/210 OP20 (80/213): "the Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by Terrorists": read whole, NOTES it', () => {
    const text =
      'Strongly condemns terrorist acts and all acts of violence committed by terrorist groups, including trafficking in persons, kidnapping and hostage-taking with demands for ransom and/or political concessions, and the continued systematic and widespread abuses of human rights perpetrated by such groups, and calls upon all Member States to prevent terrorists from benefiting from ransom payment and political concessions and to secure the safe release of hostages, in accordance with applicable legal obligations, while noting the initiatives in this regard, including the Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by Terrorists;';
    expect(keys(text, 'Framework:')).toEqual([ALGIERS]);
    expect(extract(text).relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${ALGIERS}`);
  });

  it('guard: A/RES/78/210 OP23 "the Hague-Marrakech Memorandum ... Phenomenon of the Global Counterterrorism Forum": the memorandum ends before "of the", the Forum its own node', () => {
    const text =
      'Urges States to adopt rehabilitation and reintegration strategies for returning foreign terrorist fighters, in line with good practices, such as those set out in the Hague-Marrakech Memorandum on Good Practices for a More Effective Response to the Foreign Terrorist Fighter Phenomenon of the Global Counterterrorism Forum, and to adopt a comprehensive approach;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Hague-Marrakech Memorandum on Good Practices for a More Effective Response to the Foreign Terrorist Fighter Phenomenon']);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Global Counterterrorism Forum']);
  });
});

describe('the Commissioner-General of UNRWA: an officer, the author of the Agency\'s annual report', () => {
  const PP8 = 'Taking note of the report of the Commissioner-General of the Agency covering the period from 1 January to 31 December 2023,1';
  const NOTE1 = 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 13 (A/79/13).';

  it('A/RES/79/88 PP8 (78/74, 80/78): "the report of the Commissioner-General of the Agency covering the period ...,1" with "Supplement No. 13 (A/79/13)": he is its author', () => {
    expect(footnotedAuthors('PP8', PP8, [{ after: '2023,1', mark: '1', text: NOTE1 }], GA79_88)).toEqual([`A/79/13 ${COMMISSIONER_GENERAL}`]);
  });

  it('A/RES/79/88 PP9 (78/74, 80/78): "the report of the Commissioner-General of 31 May 2024" after PP8: the same officer, "of" and a date no longer name', () => {
    const r = gaResolution('A/RES/79/88', '2024-12-12', [
      markedParagraph('PP8', PP8, [['1', NOTE1]]),
      notedParagraph('PP9', 'Taking note also of the report of the Commissioner-General of 31 May 2024, submitted pursuant to paragraph 57 of the report of the Secretary-General, and expressing concern regarding the severe financial crisis of the Agency,'),
    ]);
    expect(relationsById(r)['PP9']).toContain(`NOTES Organization:${COMMISSIONER_GENERAL}`);
  });

  it('A/RES/78/73 OP22 (80/77 OP22): "Requests the Commissioner-General to continue efforts ..." after PP3 names him in full: REQUESTS him', () => {
    const r = gaResolution('A/RES/78/73', '2023-12-07', [
      notedParagraph('PP3', 'Having considered the report of the Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East covering the period from 1 January to 31 December 2022,'),
      notedParagraph('OP22', 'Requests the Commissioner-General to continue efforts to maintain and increase traditional donor support and to enhance income from non-traditional donors;'),
    ]);
    expect(relationsById(r)['OP22']).toEqual([`REQUESTS Organization:${COMMISSIONER_GENERAL}`]);
  });

  it('guard: A/RES/78/73 PP3-PP5 (80/77): the Agency first named inside its officer\'s name; "the Advisory Commission of the Agency" (PP4) and "the Agency" (PP5) read as before', () => {
    const r = gaResolution('A/RES/78/73', '2023-12-07', [
      notedParagraph('PP3', 'Having considered the report of the Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East covering the period from 1 January to 31 December 2022,'),
      notedParagraph('PP4', 'Taking note of the letter dated 21 June 2023 from the Chair of the Advisory Commission of the Agency addressed to the Commissioner-General,'),
      notedParagraph('PP5', 'Underlining that, at a time of heightened conflict and instability in the Middle East, the Agency continues to play a vital role in ameliorating the plight of the Palestine refugees,'),
    ]);
    const rel = relationsById(r);
    expect(rel['PP4']).toContain(`NOTES Organization:${COMMISSIONER_GENERAL}`);
    expect(rel['PP4']).not.toContain('NOTES Organization:Advisory Commission of the Agency');
    expect(rel['PP5']).toEqual(['EMPHASIZES Organization:United Nations Relief and Works Agency for Palestine Refugees in the Near East']);
  });

  it('guard: "the Commissioner-General" with no officer of the Agency named before is no one', () => {
    const r = gaResolution('A/RES/78/73', '2023-12-07', [
      notedParagraph('OP22', 'Requests the Commissioner-General to continue efforts to maintain and increase traditional donor support and to enhance income from non-traditional donors;'),
    ]);
    expect(relationsById(r)['OP22']).toEqual([]);
  });

  it('guard: A/RES/79/88 PP8: the report of the Secretary-General footnoted in the same way keeps its own author', () => {
    const text = 'Taking note also of the report of the Commissioner-General of 31 May 2024, submitted pursuant to paragraph 57 of the report of the Secretary-General, 2';
    expect(footnotedAuthors('PP9', text, [{ after: 'Secretary-General, 2', mark: '2', text: 'A/71/849.' }], GA79_88)).toEqual(['A/71/849 Secretary-General']);
  });
});

describe('a sitting\'s report footnoted with the sitting first and "report prepared by the Secretariat"', () => {
  const PP7 =
    'Taking note of all relevant United Nations standards and norms in crime prevention and criminal justice, in particular the Code of Conduct for Law Enforcement Officials,3 the Basic Principles on the Independence of the Judiciary, 4 the Bangalore Principles of Judicial Conduct, 5 the Istanbul Declaration on Transparency in the Judicial Process and the measures for effective implementation of the Istanbul Declaration,6 the Guidelines on the Role of Prosecutors,7';
  const SEVENTH = 'Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders';
  const EIGHTH = 'Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders';
  const NOTES = [
    { after: 'Officials,3', mark: '3', text: 'Resolution 34/169, annex.' },
    { after: 'Judiciary, 4', mark: '4', text: `${SEVENTH}, Milan, 26 August–6 September 1985: report prepared by the Secretariat (United Nations publication, Sales No. E.86.IV.1), chap. I, sect. D.2, annex.` },
    { after: 'Conduct, 5', mark: '5', text: 'E/CN.4/2003/65, annex; see also Economic and Social Council resolution 2006/23, annex.' },
    { after: 'Declaration,6', mark: '6', text: 'A/73/831-E/2019/56, annexes I and II.' },
    { after: 'Prosecutors,7', mark: '7', text: `See ${EIGHTH}, Havana, 27 August–7 September 1990: report prepared by the Secretariat (United Nations publication, Sales No. E.91.IV.2), chap. I, sect. C.26, annex.` },
  ];

  it('A/RES/78/227 PP7 footnotes 4 and 7 (78/229, 79/176, 80/229): the Seventh and Eighth Congresses\' reports, each a Document by its congress', () => {
    expect(footnotedAuthors('PP7', PP7, NOTES, GA78_227)).toEqual([
      `Report of the ${SEVENTH} ${SEVENTH}`,
      'E/CN.4/2003/65 -',
      'A/73/831-E/2019/56 -',
      `Report of the ${EIGHTH} ${EIGHTH}`,
    ]);
  });

  it('guard: A/RES/78/288 PP3 footnote 4 "Report of the Fourth World Conference on Women, Beijing, ... (United Nations publication, ...), chap. I, resolution 1, ...": no report of a sitting read by this rule (since aud46g the note cites the conference\'s resolution 1, no report Document)', () => {
    const text = 'Reaffirming also the Vienna Declaration and Programme of Action as well as the Beijing Declaration and Platform for Action, 4';
    const note = 'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.';
    expect(footnotedAuthors('PP3', text, [{ after: 'Action, 4', mark: '4', text: note }], GA78_227)).toEqual([]);
  });

  it('guard: a footnote "prepared by the Secretariat" that is no United Nations publication of a sitting\'s report reads no such report', () => {
    const text = 'Taking note of the working paper on Bermuda, 4';
    const note = 'Working paper on Bermuda, 2024: report prepared by the Secretariat; see A/AC.109/2024/2.';
    expect(footnotedAuthors('PP3', text, [{ after: 'Bermuda, 4', mark: '4', text: note }], GA78_227).filter((d) => d.startsWith('Report of'))).toEqual([]);
  });
});
