// Session-42 audit aud42g: entities and documents. Last session's leftovers (the space debris committee, 79/87 OP19; "ITU
// Council Resolution 1332"; 78/105 OP1; titled documents without a symbol, 78/131 PP17, 79/191 PP12, 78/219 PP24/PP36, 79/186
// OP12, 80/225 PP12; 80/215 PP2 and PP6 of the gold), then eight corpus-ga files of a random sample (79/314, 79/111, 79/143,
// 79/36, 79/231, 79/39, 79/270, 79/310), every entity judged: found, kind, name and identity, no false entity.
// Fixed: two known sittings or periods sharing a plural noun ("the United Nations Conferences on Human Settlements (Habitat II)
// and on Housing and Sustainable Urban Development (Habitat III)", 79/214 PP1; "the United Nations Decades of Ocean Science for
// Sustainable Development and on Ecosystem Restoration", 79/314 annex OP30) are one event each, not one plural event no text
// names, or none; the World Ocean Assessments named in the plural are the series' node; the Joint Inspection Unit's report "for
// 2024 and programme of work for 2025", footnoted in PP3, is the same document when OP1 takes note of it (79/281, 78/276), and a
// later report of another year is not; a body's yearly report named with no footnote ("the report on precursors of the
// International Narcotics Control Board for 2022", 78/131 PP17; "the reports of the Board for 2022 and 2023", 79/191 PP12) is a
// Document per year, or the one the resolution footnoted for that year ("Reaffirms its approval of the report of the Special
// Committee ... for 2025", 80/98 OP1, 79/107, 78/94: A/80/23, footnoted in PP2). Left alone (see the report): the author of
// "Human Rights Council resolutions" (80/215 PP2), the panel inside a report's quoted title (80/215 PP6), the IADC (79/87 OP19).
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' };
const { keys, relations } = oneParagraph({ ctx: GA79, kind: 'preambular' });

const HABITAT_II = 'Event:United Nations Conference on Human Settlements @ 1996';
const HABITAT_III = 'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016';

describe('two known sittings or periods sharing a plural noun are one event each', () => {
  it('A/RES/79/214 PP1: "the outcomes of the United Nations Conferences on Human Settlements (Habitat II) and on Housing and Sustainable Urban Development (Habitat III)": RECALLS Habitat II and Habitat III, no plural event', () => {
    const text =
      'Recalling its relevant resolutions on the implementation of the outcomes of the United Nations Conferences on Human Settlements (Habitat II) and on Housing and Sustainable Urban Development (Habitat III) and strengthening of the United Nations Human Settlements Programme (UN-Habitat), including its resolutions 32/162 of 19 December 1977, 56/206 of 21 December 2001 and 77/173 of 14 December 2022,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${HABITAT_II}`);
    expect(rel).toContain(`RECALLS ${HABITAT_III}`);
    expect(rel).toContain('RECALLS Organization:United Nations Human Settlements Programme');
    expect(keys(text, 'Event:').filter((k) => k.includes('Conferences'))).toEqual([]);
  });

  it('A/RES/79/314 annex OP30: "the United Nations Decades of Ocean Science for Sustainable Development and on Ecosystem Restoration (2021–2030)": both decades, and the World Ocean Assessments are the series', () => {
    const text =
      'Ocean action must be based on the best available science and knowledge. To that end we: (c) Commit to further improving the scientific understanding of the ocean and supporting sustainable science- and knowledge-based measures, exchanges and collaboration to accelerate action, including through the Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects, and its World Ocean Assessments, the United Nations Decades of Ocean Science for Sustainable Development and on Ecosystem Restoration (2021–2030), and relevant assessments concerning ocean science and knowledge;';
    const events = keys(text, 'Event:');
    expect(events).toContain('Event:Decade of Ocean Science for Sustainable Development');
    expect(events).toContain('Event:Decade on Ecosystem Restoration');
    expect(keys(text, 'Initiative:')).toContain('Initiative:World Ocean Assessment');
  });

  it('the singular name of Habitat II, with its acronym, is the same node', () => {
    const text = 'Recalling the Istanbul Declaration on Human Settlements, adopted at the United Nations Conference on Human Settlements (Habitat II),';
    expect(keys(text, 'Event:')).toContain(HABITAT_II);
  });

  it('guard: a plural noun with a list of ordinals before it is split by its editions, not by this rule ("the first and second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14", A/RES/78/128)', () => {
    const text =
      'Recalling the declarations adopted by the first and second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development,';
    const events = keys(text, 'Event:');
    expect(events).toContain('Event:United Nations Ocean Conference @ 2017');
    expect(events).toContain('Event:United Nations Ocean Conference @ 2022');
  });

  it('guard: a plural noun whose second name is no known sitting stays as read ("the International Conferences on Financing for Development and on ...")', () => {
    const text = 'Recalling the outcomes of the International Conferences on Financing for Development and on Small Things of Local Interest,';
    expect(keys(text, 'Event:').some((k) => k.includes('Small Things'))).toBe(false);
  });
});

/** A one-resolution PDF text of the Joint Inspection Unit's item, its preamble's report footnoted, then `op1`. */
const jiuText = (pp3: string, op1: string) => `Resolution adopted by the General Assembly on 11 April 2025

79/281. Joint Inspection Unit

The General Assembly,

Recalling its previous resolutions on the Joint Inspection Unit, in particular resolutions 31/192 of 22 December 1976 and 78/276 of 24 April 2024,

${pp3}

1. ${op1}

__________________
2 Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 34 (A/79/34).
3 A/79/742.
`;
const documentsOf = (text: string, id: string): string[] => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  const [r]: ResolutionExtraction[] = segmentResolutions(cleanText(src), src).map((x) => extractResolution(x));
  return r!.paragraphs.find((p) => p.paragraph.id === id)!.relations.filter((x) => x.target.startsWith('Document:')).map((x) => `${x.type} ${x.target}`);
};

describe('a body\'s annual report with its next programme of work, footnoted once, is that document when named again', () => {
  const PP3 =
    'Having considered the report of the Joint Inspection Unit for 2024 and programme of work for 20252 and the note by the Secretary-General on the report of the Unit for 2024,3';

  it('A/RES/79/281 OP1 (78/276 OP1): "Takes note with appreciation of the report of the Joint Inspection Unit for 2024 and programme of work for 2025": NOTES A/79/34, the report PP3 footnoted', () => {
    const text = jiuText(PP3, 'Takes note with appreciation of the report of the Joint Inspection Unit for 2024 and programme of work for 2025;');
    expect(documentsOf(text, 'OP1')).toEqual(['NOTES Document:A/79/34']);
  });

  it('guard: the report of another year named later is not the one footnoted ("the report of the Joint Inspection Unit for 2025")', () => {
    const text = jiuText(PP3, 'Looks forward to the report of the Joint Inspection Unit for 2025;');
    expect(documentsOf(text, 'OP1')).not.toContain('LOOKS_FORWARD_TO Document:A/79/34');
  });
});

describe('a body\'s yearly report named without a footnote is a Document per year', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/131', date: '2023-12-18' };
  const drugs = oneParagraph({ ctx: GA78, kind: 'preambular' });

  it('A/RES/78/131 PP17: "Taking note of the report on precursors of the International Narcotics Control Board for 2022": NOTES that report, and the Board', () => {
    const text =
      'Taking note of the report on precursors of the International Narcotics Control Board for 2022, in which the Board expressed its readiness to fully support Governments in their efforts to implement articles 12 and 13 of the 1988 Convention,';
    const rel = drugs.relations(text);
    expect(rel).toContain('NOTES Document:report on precursors of the international narcotics control board for 2022');
    expect(rel).toContain('NOTES Organization:International Narcotics Control Board');
  });

  it('A/RES/79/191 PP12: "the reports of the International Narcotics Control Board for 2022 and 2023": one Document per year', () => {
    const text =
      'Taking note also of the World Drug Report 2023 and the World Drug Report 2024, as well as of the reports of the International Narcotics Control Board for 2022 and 2023 and the supplementary reports thereto,';
    expect(drugs.keys(text, 'Document:report of')).toEqual([
      'Document:report of the international narcotics control board for 2022',
      'Document:report of the international narcotics control board for 2023',
    ]);
  });

  it('guard: the Secretary-General\'s report "for 2024" is keyed as his reports are, not by this rule', () => {
    const text = 'Taking note of the report of the Secretary-General for 2024 on the work of the Organization,';
    expect(drugs.keys(text, 'Document:report of the secretary-general for')).toEqual([]);
  });

  // (since session 69 the note itself, which the preamble footnoted (A/79/742), is the Document the operative paragraph notes:
  // accuracy-aud69k; the report inside its title still names none of its own)
  it('guard: A/RES/79/281 OP2 "Takes note of the note by the Secretary-General on the report of the Unit for 2024": the report is the note\'s subject, no Document of its own', () => {
    const pp3 = 'Having considered the report of the Joint Inspection Unit for 2024 and programme of work for 20252 and the note by the Secretary-General on the report of the Unit for 2024,3';
    expect(documentsOf(jiuText(pp3, 'Takes note of the note by the Secretary-General on the report of the Unit for 2024;'), 'OP1')).toEqual(['NOTES Document:A/79/742']);
  });
});

describe('the yearly report the resolution footnoted is the document named again with that year', () => {
  const NOTE = '1 Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).';
  const SC = 'the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
  const text = (op1: string) => `Resolution adopted by the General Assembly on 4 December 2025

80/98. Question of New Caledonia

The General Assembly,

Having considered the question of New Caledonia,

Having examined the report of ${SC} for 2025,1

1. ${op1}

__________________
${NOTE}
`;

  it('A/RES/80/98 OP1 (79/107, 78/94): "Reaffirms its approval of the report of the Special Committee ... for 2025": REAFFIRMS A/80/23, no second node', () => {
    expect(documentsOf(text(`Reaffirms its approval of the report of ${SC} for 2025;`), 'OP1')).toEqual(['REAFFIRMS Document:A/80/23']);
  });

  it('guard: the report of another year is a document of its own ("... for 2024")', () => {
    expect(documentsOf(text(`Reaffirms its approval of the report of ${SC} for 2024;`), 'OP1')).not.toContain('REAFFIRMS Document:A/80/23');
  });
});
