// Session-48 audit aud48b: science bodies, panels and statistics (gold in tests/gold/aud48b-*: A/RES/79/238, the Scientific
// Panel on the Effects of Nuclear War, First Committee; A/RES/78/71, UNSCEAR, Fourth Committee; A/RES/78/322, the
// multidimensional vulnerability index and its panels, plenary), annotated from the raw texts before the output was read.
// Fixed: the body printed in a programme's or report series' name, at its end after " of (the) " ("the Sixth Assessment Report
// of the Intergovernmental Panel on Climate Change") or at its start where the programme is keyed otherwise ("the
// Intergovernmental Panel on Climate Change sixth assessment report"), is mentioned by the clause: a target of the programme's
// verb relations, as a body printed after a programme's shorter name already was ("the Global Programme ... (2022–2027) of the
// United Nations Office on Drugs and Crime") and as a report's author is. Each case quotes the file and paragraph; each fix has
// a guard. Also fixed (no helper's area): the meeting line printed right under a resolution's last paragraph, with no blank
// line between them ("... in a sustainable manner." / "45th plenary meeting" / "7 December 2023", A/RES/78/71 OP26, 78/20 OP10,
// 78/70 OP22), closes that paragraph instead of ending it (the adoption date was read as a date the paragraph states).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_321: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/321', date: '2024-08-13' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA78_321, kind: 'preambular' });

const IPCC = 'Organization:Intergovernmental Panel on Climate Change';
const AR6 = 'Initiative:Sixth Assessment Report of the Intergovernmental Panel on Climate Change';
const UNEP = 'Organization:United Nations Environment Programme';

describe('the body printed in a programme\'s name takes the clause\'s verb', () => {
  it('A/RES/78/321 PP9: "the findings contained in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change": NOTES the report and the Panel, the Panel LEADS it', () => {
    const text =
      'Noting with concern the findings contained in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change and its special reports entitled Global Warming of 1.5°C and The Ocean and Cryosphere in a Changing Climate,';
    const rel = relations(text);
    expect(rel).toContain(`NOTES ${AR6}`);
    expect(rel).toContain(`NOTES ${IPCC}`);
    expect(keys(text, 'Organization:')).toEqual([IPCC]);
    expect(attributions(text)).toContain(`LEADS ${IPCC} -> ${AR6}`);
  });

  it('A/RES/79/198 PP7 (80/127 PP7): "Noting the findings in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change that ..."', () => {
    const text =
      'Noting the findings in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change that, although global tracked climate finance has shown an upward trend since the Fifth Assessment Report, current global financial flows for adaptation, including from public and private finance sources, are insufficient for and constrain implementation of adaptation options, especially in developing countries, and that a small proportion of global tracked climate finance was targeted to adaptation and an overwhelming majority to mitigation,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/198', date: '2024-12-19' })).toContain(`NOTES ${IPCC}`);
  });

  it('A/RES/78/144 PP12 (80/133 PP14): "the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment report": the Panel printed first', () => {
    const text = 'Noting with concern the findings contained in the synthesis report of the Intergovernmental Panel on Climate Change sixth assessment report,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/144', date: '2023-12-19' });
    expect(rel).toContain(`NOTES ${AR6}`);
    expect(rel).toContain(`NOTES ${IPCC}`);
  });

  it('A/RES/78/158 PP14 (79/212, 80/143): "the Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme"', () => {
    const text =
      'Taking note of the Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme, and of other initiatives, including the ministerial meeting on sand and dust storms held in Nairobi on 21 February 2013 on the margins of the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' });
    expect(rel).toContain('NOTES Initiative:Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme');
    expect(rel).toContain(`NOTES ${UNEP}`);
  });

  it('A/RES/78/69 OP38: "Takes note of the second edition of the Global Ocean Science Report of the Intergovernmental Oceanographic Commission"', () => {
    const text =
      'Takes note of the second edition of the Global Ocean Science Report of the Intergovernmental Oceanographic Commission, which assesses the status of and trends in ocean science capacity around the world;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' })).toContain('NOTES Organization:Intergovernmental Oceanographic Commission');
  });

  it('A/RES/78/69 OP198 (79/144 OP193, 80/110 OP189): "while noting the role of the United Nations Environment Programme Regional Seas Programme"', () => {
    const text =
      'Encourages States that have not done so to become parties to regional seas conventions and the protocols thereto addressing the protection and preservation of the marine environment, while noting the role of the United Nations Environment Programme Regional Seas Programme;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' })).toContain(`NOTES ${UNEP}`);
  });

  it('guard: A/RES/78/182 PP22 "the General Assembly Platform of Women Leaders": the resolution\'s own body takes no edge from a platform named after it', () => {
    const text =
      'Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders, and encouraging greater participation of Member States in this initiative,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' })).not.toContain('ACKNOWLEDGES Organization:General Assembly');
  });

  it('guard: A/RES/79/327 OP53 "the President of the General Assembly Fellowship Programme": an office printed first stays no verb target', () => {
    const text = 'Invites Member States to consider funding for the President of the General Assembly Fellowship Programme.';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/327', date: '2025-06-30' }).filter((r) => r.includes('Organization:'))).toEqual([]);
  });

  it('guard: A/RES/78/111 OP12 "the Repertoire of the Practice of the Security Council": a record of the Council\'s practice, which it does not run, gives it no edge', () => {
    const text =
      'Commends the Secretary-General for the progress made in the preparation of studies for the Repertory of Practice of United Nations Organs, as well as the progress made towards updating the Repertoire of the Practice of the Security Council;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/111', date: '2023-12-07' })).not.toContain('APPRECIATES Organization:Security Council');
  });
});

/** The one resolution the quoted lines print, cleaned and segmented as a corpus-ga file is: its paragraphs' texts by id. */
function paragraphTexts(lines: string[], file: string): Record<string, string> {
  const src: SourceText = { file, format: 'text', text: lines.join('\n') };
  const [r] = segmentResolutions(cleanText(src), src);
  return Object.fromEntries(r!.paragraphs.map((p) => [p.id, p.text]));
}

/** A/RES/78/71 as printed (masthead, PP1, OP25, OP26), the meeting line right under the last paragraph's last line. */
const GA78_71_LINES = [
  'United Nations ', 'A/RES/78/71', ' ', ' ', 'General Assembly ', 'Distr.: General ', '11 December 2023 ', ' ',
  'Seventy-eighth session ', 'Agenda item 47 ', 'Effects of atomic radiation ', ' ', ' ',
  ' Resolution adopted by the General Assembly on ', '7 December 2023 ', ' ',
  '[on the report of the Special Political and Decolonization Committee  ', '(Fourth Committee) (A/78/418, para. 8)] ', ' ',
  '78/71. Effects of atomic radiation ', ' ', 'The General Assembly, ', ' ',
  'Recalling its resolution 913 (X) of 3 December 1955, by which it established ',
  'the United Nations Scientific Committee on the Effects of Atomic Radiation, ', ' ',
  '1. ', 'Acknowledges that contributions to the general trust fund by Member ',
  'States have augmented the regular budget;  ', ' ',
  '2. ', 'Encourages Member States in a position to do so to make voluntary ',
  'contributions to the general trust fund established by the Executive Director of the ',
  'United Nations Environment Programme, in order to support the work of the Scientific ',
  'Committee, and the dissemination of its findings, in a sustainable manner. ',
  '45th plenary meeting ', '7 December 2023 ', ' ',
];

describe('the meeting line that closes a resolution is no part of its last paragraph', () => {
  it('A/RES/78/71 OP26 (78/20 OP10, 78/70 OP22): "... in a sustainable manner." then "45th plenary meeting" / "7 December 2023" with no blank line', () => {
    const texts = paragraphTexts(GA78_71_LINES, 'A_RES_78_71.txt');
    expect(texts.OP2).toMatch(/in a sustainable manner\.$/);
    expect(Object.values(texts).some((t) => t.includes('plenary meeting'))).toBe(false);
  });

  it('guard: a meeting named after a line that ends no sentence stays in its paragraph ("... adopted at its" / "45th plenary meeting, on ...")', () => {
    const lines = GA78_71_LINES.slice();
    const at = lines.indexOf('Committee, and the dissemination of its findings, in a sustainable manner. ');
    lines.splice(at, 3, 'Committee, as the Assembly decided at its ', '45th plenary meeting, on 7 December 2023, in a sustainable manner. ', ' ', '46th plenary meeting ', '8 December 2023 ');
    const texts = paragraphTexts(lines, 'A_RES_78_71.txt');
    expect(texts.OP2).toContain('decided at its 45th plenary meeting, on 7 December 2023, in a sustainable manner.');
  });
});

describe('the Scientific Committee\'s two ad hoc working groups, printed in lower case', () => {
  const GA78_71: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/71', date: '2023-12-07' };
  const EFFECTS = 'Organization:ad hoc working group on effects and mechanisms';
  const SOURCES = 'Organization:ad hoc working group on sources and exposure';

  it('A/RES/78/71 OP6 (79/85 OP7, 80/75 OP7): "Welcomes the continuation of the ad hoc working group on effects and mechanisms and the ad hoc working group on sources and exposure to assist the Scientific Committee"', () => {
    const text =
      'Welcomes the continuation of the ad hoc working group on effects and mechanisms and the ad hoc working group on sources and exposure to assist the Scientific Committee in supporting and monitoring progress in the implementation of its programme of work, to evaluate new scientific developments relevant to the Committee, to implement the updated strategy for data collection and to work with the secretariat to continue the preparation of the future programme of work of the Committee for 2025 to 2029;';
    const rel = relations(text, 'operative', GA78_71);
    expect(rel).toContain(`WELCOMES ${EFFECTS}`);
    expect(rel).toContain(`WELCOMES ${SOURCES}`);
  });

  it('guard: another ad hoc working group "on" a topic stays unread ("an ad hoc working group on the revitalization of ...")', () => {
    const text = 'Decides to establish an ad hoc working group on the revitalization of the work of the General Assembly;';
    expect(keys(text, 'Organization:ad hoc', 'operative', GA78_71)).toEqual([]);
  });
});
