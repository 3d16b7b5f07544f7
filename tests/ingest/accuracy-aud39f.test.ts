// Session-39 audit aud39f: the texts outside the General Assembly PDFs. Audited with show.sh: S/RES/242 (1967), 678 (1990),
// 9 (1946), 1 (1946), 598 (1987), 687 (1991), 827 (1993) and 1454 (2002) (cr-unsc text), A/RES/73/6 and 73/7 (pypdf text),
// A/RES/80/4 and 80/23 (railcar Markdown), A/RES/79/325 (PyMuPDF JSON text) and the ECOSOC seed (E/2025/31): segmentation,
// metadata, citations, verb relations and entities. They were right but for small things (listed in the report); the
// corpus holds no adopted Human Rights Council or ECOSOC resolution, so their mastheads and footers, which every such text
// prints, were tried in the shape the bodies print them. Fixed: the footer of a Human Rights Council resolution ("40th
// meeting 13 July 2021 [Adopted without a vote.]", or "[Adopted by a recorded vote of ...") ends the body like the
// Assembly's meeting line, instead of becoming an operative paragraph; an ECOSOC header gives the session it names by
// its year ("2023 session") and the body whose report carried the draft ("[on the recommendation of the Commission on
// Science and Technology for Development (E/2023/31)]"); an HRC draft's title loses the number placeholder printed before
// it ("47/… The promotion, protection and enjoyment of human rights on the Internet"); in a commission's report (the seed's
// genre), a lettered section ("B. Draft decision for adoption by the Council", "C. Matters brought to the attention of the
// Council") ends the draft before it, a draft decision ends at the heading of the provisional agenda it approves, and a
// commission's own resolution printed there ("Resolution 68/1", its title, "The Commission on Narcotic Drugs,") is a unit
// keyed as texts cite it, whose "its resolution 67/1" is the commission's. Each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const segmented = (text: string, file = 'resolution.txt') => {
  const src: SourceText = { file, format: 'text', text };
  return segmentResolutions(cleanText(src), src);
};

/** The masthead of Human Rights Council resolution 47/16, as the Council prints it. */
const HRC_HEAD =
  'United Nations A/HRC/RES/47/16\n\nGeneral Assembly Distr.: General\n26 July 2021\n\nOriginal: English\n\nHuman Rights Council\nForty-seventh session\n21 June–14 July 2021\nAgenda item 3\nPromotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\nincluding the right to development\n\nResolution adopted by the Human Rights Council on 13 July 2021\n\n47/16. The promotion, protection and enjoyment of human rights on the Internet\n\nThe Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,\n\n';
const HRC_OPS =
  '1. Affirms that the same rights that people have offline must also be protected online, in particular freedom of expression;\n\n2. Decides to continue its consideration of this issue under the same agenda item at its fiftieth session.\n\n';

describe('the footer of a Human Rights Council resolution ends its body', () => {
  it('A/HRC/RES/47/16 shape: "40th meeting 13 July 2021 [Adopted without a vote.]" is no paragraph OP2.1 (it was)', () => {
    const [res] = segmented(`${HRC_HEAD}${HRC_OPS}40th meeting\n13 July 2021\n[Adopted without a vote.]\n`);
    expect(res!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP1', 'OP2']);
    expect(res!.symbol).toBe('A/HRC/RES/47/16');
    expect(res!.date).toBe('2021-07-13');
  });

  it('a recorded vote: "[Adopted by a recorded vote of 27 to 12, with 7 abstentions. The voting was as follows:" and the States listed after it are no paragraphs', () => {
    const footer =
      '40th meeting\n13 July 2021\n[Adopted by a recorded vote of 27 to 12, with 7 abstentions. The voting was as follows:\n\nIn favour:\nArgentina, Armenia, Austria, Brazil, Mexico\n\nAgainst:\nChina, Cuba, Eritrea\n\nAbstaining:\nIndia, Indonesia]\n';
    const [res] = segmented(`${HRC_HEAD}${HRC_OPS}${footer}`);
    expect(res!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP1', 'OP2']);
  });

  it('guard: A/RES/78/132 ends at "49th plenary meeting 19 December 2023" as before, its last paragraph OP59 kept whole', () => {
    const text =
      'The General Assembly,\n\nRecalling its resolution 77/150 of 14 December 2022 on information and communications technologies for sustainable development,\n\n59. Decides to include in the provisional agenda of its seventy-ninth session the item entitled “Information and communications technologies for sustainable development”, unless otherwise agreed.\n\n49th plenary meeting\n19 December 2023\n';
    const [res] = segmented(text, 'A_RES_78_132.txt');
    expect(res!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP59']);
    expect(res!.paragraphs[1]!.text.endsWith('unless otherwise agreed.')).toBe(true);
  });

  it('guard: an operative paragraph that speaks of a meeting is kept ("3. Decides that the 40th meeting ..." is no footer), the footer after it still dropped', () => {
    const [res] = segmented(`${HRC_HEAD}${HRC_OPS}3. Decides that the 40th meeting shall be held in Geneva;\n\n40th meeting\n13 July 2021\n[Adopted without a vote.]\n`);
    expect(res!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP1', 'OP2', 'OP3']);
  });
});

/** The masthead of Economic and Social Council resolution 2023/3 (cited by A/RES/78/132 PP2), as the Council prints it. */
const ECOSOC_2023_3 =
  'United Nations E/RES/2023/3\n\nEconomic and Social Council Distr.: General\n12 June 2023\n\n2023 session\n25 July 2022–26 July 2023\nAgenda item 18 (b)\nEconomic and environmental questions: science and technology for development\n\nResolution adopted by the Economic and Social Council on 7 June 2023\n\n[on the recommendation of the Commission on Science and Technology for Development (E/2023/31)]\n\n2023/3. Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society\n\nThe Economic and Social Council,\n\nRecalling its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit on the Information Society and review of the Commission on Science and Technology for Development,\n\n1. Requests the Secretary-General to submit to the Commission on Science and Technology for Development, on a yearly basis, a report on the implementation of the recommendations contained in the present resolution.\n\n18th plenary meeting\n7 June 2023\n';

describe('the header of an Economic and Social Council resolution', () => {
  it('E/RES/2023/3 shape: "2023 session" is its session, 2023; "[on the recommendation of the Commission on Science and Technology for Development (E/2023/31)]" its committee and report', () => {
    const [res] = segmented(ECOSOC_2023_3);
    expect(res!.symbol).toBe('E/RES/2023/3');
    expect(res!.session).toBe('2023');
    expect(res!.committee).toBe('Commission on Science and Technology for Development');
    expect(res!.report).toBe('E/2023/31');
    expect(res!.agendaItem).toBe('18 (b)');
    expect(res!.date).toBe('2023-06-07');
  });

  it('an older ECOSOC masthead: "Substantive session of 2023" is the session 2023', () => {
    const [res] = segmented(ECOSOC_2023_3.replace('2023 session\n25 July 2022–26 July 2023', 'Substantive session of 2023'));
    expect(res!.session).toBe('2023');
  });

  it('guard: A/RES/78/132\'s header keeps "Seventy-eighth session" (78) and "[on the report of the Second Committee (A/78/458, para. 11)]"', () => {
    const text =
      'United Nations A/RES/78/132\n\nGeneral Assembly Distr.: General\n21 December 2023\n\nSeventy-eighth session\nAgenda item 15\nInformation and communications technologies for\nsustainable development\n\nResolution adopted by the General Assembly\non 19 December 2023\n\n[on the report of the Second Committee (A/78/458, para. 11)]\n\n78/132. Information and communications technologies for\nsustainable development\n\nThe General Assembly,\n\nRecalling its resolution 77/150 of 14 December 2022 on information and communications technologies for sustainable development,\n\n1. Takes note of the report of the Secretary-General;\n\n49th plenary meeting\n19 December 2023\n';
    const [res] = segmented(text, 'A_RES_78_132.txt');
    expect(res!.session).toBe('78');
    expect(res!.committee).toBe('Second Committee');
    expect(res!.report).toBe('A/78/458');
  });
});

describe('the title of a Human Rights Council draft', () => {
  const draft = (titleLine: string) =>
    segmented(
      `United Nations A/HRC/47/L.22\n\nGeneral Assembly Distr.: Limited\n7 July 2021\n\nOriginal: English\n\nHuman Rights Council\nForty-seventh session\n21 June–13 July 2021\nAgenda item 3\n\nAustria, Brazil, Nigeria, Sweden, Tunisia, United States of America: draft resolution\n\n${titleLine}\n\nThe Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,\n\n1. Affirms that the same rights that people have offline must also be protected online;\n`,
      'A_HRC_47_L.22.txt',
    )[0]!;

  it('A/HRC/47/L.22 shape: "47/… The promotion, protection and enjoyment of human rights on the Internet" is titled without its number still to be given', () => {
    const res = draft('47/… The promotion, protection and enjoyment of human rights on the Internet');
    expect(res.title).toBe('The promotion, protection and enjoyment of human rights on the Internet');
    expect(res.body).toBe('Human Rights Council');
  });

  it('the placeholder typed with three full stops ("47/... The promotion ...") likewise', () => {
    expect(draft('47/... The promotion, protection and enjoyment of human rights on the Internet').title).toBe(
      'The promotion, protection and enjoyment of human rights on the Internet',
    );
  });

  it('guard: a title with no placeholder, or with "NN/..." inside it rather than at its start, is kept as printed', () => {
    expect(draft('Information and communications technologies for sustainable development').title).toBe('Information and communications technologies for sustainable development');
    expect(draft('Follow-up to resolution 44/12: 2030/... review').title).toBe('Follow-up to resolution 44/12: 2030/... review');
  });
});

describe('the chapter of a commission report that holds several drafts', () => {
  // E/2025/31 chapter I as the seed prints it (its section A, draft resolution I's first and last paragraphs), then the
  // sections B and C every such report goes on with
  const SEED_HEAD =
    'Chapter I\n\nMatters calling for action by the Economic and Social Council or brought to its attention\n\nA. Draft resolutions for adoption by the Council\n\n1. The Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the following draft resolutions:\n\nDraft resolution I\n\nAssessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society\n\nThe Economic and Social Council,\n\nRecalling the outcome documents of the World Summit on the Information Society,\n\n138. *Requests* the Secretary-General to submit to the Commission on Science and Technology for Development, on a yearly basis, a report on the implementation of the recommendations contained in the present resolution as well as in the other Council resolutions on the assessment of the quantitative and qualitative progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society.\n\n';
  const SECTION_B =
    'B. Draft decision for adoption by the Council\n\n2. The Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the following draft decision:\n\nDraft decision\n\nReport of the Commission on Science and Technology for Development on its twenty-eighth session and provisional agenda and documentation for the twenty-ninth session of the Commission\n\nThe Economic and Social Council takes note of the report of the Commission on Science and Technology for Development on its twenty-eighth session and approves the provisional agenda and documentation for the twenty-ninth session of the Commission set out below.\n\nProvisional agenda and documentation for the twenty-ninth session of the Commission\n\n1. Election of officers.\n\n2. Adoption of the agenda and other organizational matters.\n\nDocumentation\n\nProvisional agenda and annotations (E/CN.16/2026/1)\n\n';
  const SECTION_C =
    'C. Matters brought to the attention of the Council\n\n3. The following decision adopted by the Commission is brought to the attention of the Council:\n\nDecision 28/101\n\nDocuments considered by the Commission on Science and Technology for Development at its twenty-eighth session\n\nAt its 10th meeting, on 11 April 2025, the Commission on Science and Technology for Development took note of the following documents:\n\n(a) Report of the Secretary-General on progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels (A/80/62-E/2025/12);\n';

  it('E/2025/31: "B. Draft decision for adoption by the Council" ends draft resolution I; the report\'s "2. The Commission ... recommends ..." is no OP139 of it', () => {
    const [draft] = segmented(`${SEED_HEAD}${SECTION_B}`, 'E_2025_31.txt');
    expect(draft!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP138']);
  });

  it('E/2025/31 shape: the draft decision is its one sentence; the agenda it approves ("1. Election of officers.") and section C\'s Commission decision are no paragraphs of it', () => {
    const units = segmented(`${SEED_HEAD}${SECTION_B}${SECTION_C}`, 'E_2025_31.txt');
    const decision = units.find((u) => u.instrument === 'decision')!;
    expect(decision.paragraphs.map((p) => p.text)).toEqual([
      'The Economic and Social Council takes note of the report of the Commission on Science and Technology for Development on its twenty-eighth session and approves the provisional agenda and documentation for the twenty-ninth session of the Commission set out below.',
    ]);
    expect(units.flatMap((u) => u.paragraphs).some((p) => p.text.includes('10th meeting'))).toBe(false);
  });

  it('guard: a lettered heading inside a resolution that is no report section ("A. Cooperation with regional organizations") does not end it', () => {
    const [res] = segmented(
      'The General Assembly,\n\nRecalling its resolution 77/150 of 14 December 2022,\n\nA. Cooperation with regional organizations\n\n1. Welcomes the cooperation of regional organizations;\n\nB. Draft articles on the topic\n\n2. Decides to continue its consideration of the matter;\n\n49th plenary meeting\n19 December 2023\n',
      'A_RES_78_999.txt',
    );
    expect(res!.paragraphs.map((p) => p.id)).toEqual(['PP1', 'OP1', 'OP2']);
  });
});

describe('a functional commission\'s resolutions printed in its report', () => {
  // the section every commission that adopts resolutions (Narcotic Drugs, Status of Women, Crime Prevention) prints in the
  // chapter of its report that E/2025/31 opens with
  const REPORT =
    'B. Matters brought to the attention of the Council\n\n2. The following resolutions adopted by the Commission are brought to the attention of the Council:\n\nResolution 68/1\n\nPromoting alternative development\n\nThe Commission on Narcotic Drugs,\n\nRecalling its resolution 67/1 of 22 March 2024,\n\n1. Requests the United Nations Office on Drugs and Crime to continue to support Member States;\n\nResolution 68/2\n\nPreventing drug use among young people\n\nThe Commission on Narcotic Drugs,\n\nRecalling General Assembly resolution 78/160 of 19 December 2023,\n\n1. Invites the World Health Organization to cooperate with the United Nations Office on Drugs and Crime;\n';

  it('"Resolution 68/1" then its title: keyed "Commission on Narcotic Drugs resolution 68/1" (as other texts cite it), titled; so is 68/2, whose heading no longer runs into 68/1\'s body', () => {
    const units = segmented(REPORT, 'E_2025_28.txt');
    expect(units.map((u) => [u.symbol, u.number, u.title])).toEqual([
      ['Commission on Narcotic Drugs resolution 68/1', '68/1', 'Promoting alternative development'],
      ['Commission on Narcotic Drugs resolution 68/2', '68/2', 'Preventing drug use among young people'],
    ]);
    expect(units.map((u) => u.paragraphs.map((p) => p.id))).toEqual([
      ['PP1', 'OP1'],
      ['PP1', 'OP1'],
    ]);
  });

  it('"Recalling its resolution 67/1 of 22 March 2024" in the Commission\'s resolution: the Commission\'s 67/1, not dropped as an Assembly number', () => {
    const ctx: RecognizeContext = { body: 'Commission on Narcotic Drugs', symbol: 'Commission on Narcotic Drugs resolution 68/1' };
    const { relations } = oneParagraph({ ctx, kind: 'preambular' });
    expect(relations('Recalling its resolution 67/1 of 22 March 2024,')).toEqual(['RECALLS Resolution:Commission on Narcotic Drugs resolution 67/1']);
  });

  it('guard: "its resolution" in the Council\'s own text stays the Council\'s (E/2025/31 draft resolution I PP2: "its resolution 2006/46 of 28 July 2006")', () => {
    const ctx: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I' };
    const { relations } = oneParagraph({ ctx, kind: 'preambular' });
    expect(relations('Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit and review of the Commission on Science and Technology for Development and the mandate that it gave to the Commission,')).toContain(
      'RECALLS Resolution:E/RES/2006/46',
    );
  });

  it('guard: a generic opener ("The Council,") does not make "its resolution 12/3" a node "Council resolution 12/3"', () => {
    const ctx: RecognizeContext = { body: 'Council', symbol: 'resolution.txt' };
    const { keys } = oneParagraph({ ctx, kind: 'preambular' });
    expect(keys('Recalling its resolution 12/3 of 5 March 2024,', 'Resolution:Council')).toEqual([]);
  });
});
