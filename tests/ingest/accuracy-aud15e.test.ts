// Misses found by the session-15 audit aud15e (A/RES/79/125, A/RES/79/162, A/RES/79/192, A/RES/78/230): a resolution
// cited only in a clause whose verb has no relation ("bearing in mind", "Guided by", "Having examined ... pursuant to")
// had no edge from the citing resolution at all (only the paragraph's MENTIONS): the citation was lost. It CITES it now,
// once per resolution, and only when no typed clause of the resolution relates to it. Each case quotes the file named.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { gaResolution, markedParagraph } from '../helpers/footnoted-paragraph.js';

const para = markedParagraph;
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => gaResolution(symbol, '2025-12-15', paragraphs);
/** every edge from the resolution, as "<paragraph> <type> <target>" */
const relations = (r: ResolutionText): string[] =>
  extractResolution(r).paragraphs.flatMap((p) => p.relations.map((x) => `${p.paragraph.id} ${x.type} ${x.target}`));
const cites = (r: ResolutionText): string[] => relations(r).filter((x) => x.includes(' CITES '));

const BEARING_80_229 =
  'Bearing in mind its resolutions 73/189 of 17 December 2018, 75/195 of 16 December 2020, 77/236 of 15 December 2022 and 79/189 of 17 December 2024 on strengthening and promoting effective measures and international cooperation on organ donation and transplantation to prevent and combat trafficking in persons for the purpose of organ removal and trafficking in human organs,';
const INVITES_79_125 =
  'Invites Member States, bearing in mind paragraph 5 (b) of its resolution 77/109 of 7 December 2022, to focus their comments during the thematic debate, to be held at the next session of the Special Committee, at the seventy-ninth session of the General Assembly, on the subtopic “Exchange of information on State practices regarding the use of procedures envisaged in the Charter and other international instruments”;';

describe('a resolution cited only where no verb clause types it', () => {
  it('A/RES/80/229 PP54: "Bearing in mind its resolutions 73/189 ..., 75/195 ..., 77/236 ... and 79/189 ..."', () => {
    expect(cites(resolution('A/RES/80/229', [para('PP54', BEARING_80_229)]))).toEqual([
      'PP54 CITES Resolution:A/RES/73/189',
      'PP54 CITES Resolution:A/RES/75/195',
      'PP54 CITES Resolution:A/RES/77/236',
      'PP54 CITES Resolution:A/RES/79/189',
    ]);
  });

  it('A/RES/79/125 OP5 (a): "Invites Member States, bearing in mind paragraph 5 (b) of its resolution 77/109 ..." (an operative paragraph\'s ", bearing in mind" takes its verb, aud15f): typed, no CITES', () => {
    const r = resolution('A/RES/79/125', [para('OP5', INVITES_79_125)]);
    expect(relations(r)).toContain('OP5 INVITES Resolution:A/RES/77/109');
    expect(cites(r)).toEqual([]);
  });

  it('A/RES/80/192 PP1: "Guided by ... the Universal Declaration of Human Rights, 1" with "1 Resolution 217 A (III)." (a footnote)', () => {
    const text =
      'Guided by the Charter of the United Nations, the Universal Declaration of Human Rights, 1 the International Covenant on Civil and Political Rights, 2 the International Convention on the Elimination of All Forms of Racial Discrimination 3 and other relevant human rights instruments,';
    const found = cites(
      resolution('A/RES/80/192', [
        para('PP1', text, [
          ['1', 'Resolution 217 A (III).'],
          ['2', 'See resolution 2200 A (XXI), annex.'],
          ['3', 'United Nations, Treaty Series, vol. 660, No. 9464.'],
        ]),
      ]),
    );
    expect(found).toEqual(['PP1 CITES Resolution:A/RES/217(III)A', 'PP1 CITES Resolution:A/RES/2200(XXI)A']);
  });

  it('negative: a resolution a typed clause relates to elsewhere in the text gets no CITES (one citation, typed)', () => {
    const r = resolution('A/RES/79/125', [
      para('PP5', 'Recalling its resolution 77/109 of 7 December 2022 on the report of the Special Committee,'),
      para('OP5', INVITES_79_125),
    ]);
    expect(relations(r)).toContain('PP5 RECALLS Resolution:A/RES/77/109');
    expect(cites(r)).toEqual([]);
  });

  it('negative: cited in two untyped clauses, it is cited once (at its first mention)', () => {
    const r = resolution('A/RES/80/229', [para('PP54', BEARING_80_229), para('PP55', 'Guided by its resolution 79/189 and the Charter of the United Nations,')]);
    expect(cites(r).filter((x) => x.endsWith('79/189'))).toEqual(['PP54 CITES Resolution:A/RES/79/189']);
  });

  it('negative: what a typed clause relates to is untouched (the verb edge, no CITES besides)', () => {
    const r = resolution('A/RES/79/192', [para('OP9', 'Recalls its resolution 47/202 B of 22 December 1992 on the pattern of conferences;')]);
    expect(relations(r)).toEqual(['OP9 RECALLS Resolution:A/RES/47/202B']);
  });
});

const GA_79_125: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/125', date: '2024-12-04' };
const verbEdges = (text: string, kind: 'preambular' | 'operative' = 'preambular'): string[] =>
  extractParagraph({ id: 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, GA_79_125).relations.map((r) => `${r.type} ${r.target}`);

describe('bodies whose names run on past a name they print', () => {
  it('A/RES/79/125 PP1: "the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization"', () => {
    const text =
      'Recalling its resolution 3499 (XXX) of 15 December 1975, by which it established the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization, and its relevant resolutions adopted at subsequent sessions,';
    const found = verbEdges(text);
    expect(found).toContain('RECALLS Organization:Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization');
    // "the Organization" is a word of the name, not the United Nations named again
    expect(found).not.toContain('RECALLS Organization:United Nations');
  });

  it('A/RES/79/125 PP4: "the Open-ended Working Group on the Question of Equitable Representation on and Increase in the Membership of the Security Council and Other Matters related to the Security Council"', () => {
    const text =
      'Taking note of the report of the Open-ended Working Group on the Question of Equitable Representation on and Increase in the Membership of the Security Council and Other Matters related to the Security Council,';
    expect(verbEdges(text)).toEqual([
      'NOTES Organization:Open-ended Working Group on the Question of Equitable Representation on and Increase in the Membership of the Security Council and Other Matters related to the Security Council',
    ]);
  });

  it('negative: the Charter of the United Nations alone stays the Charter (A/RES/79/125 PP8)', () => {
    const text =
      'Recalling the right of third States confronted with special economic problems of that nature to consult the Security Council with regard to a solution of those problems, in accordance with Article 50 of the Charter of the United Nations,';
    const found = verbEdges(text);
    expect(found).toContain('RECALLS Framework:Charter of the United Nations');
    expect(found.some((r) => r.includes('Special Committee'))).toBe(false);
  });
});

const mentionKeys = (text: string): string[] =>
  extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, GA_79_125).mentions.map((m) => m.key);

describe('a standing "Global Forum" is a body, not a sitting', () => {
  it('A/RES/78/230 PP21: "the role of the Global Forum on Transparency and Exchange of Information for Tax Purposes"', () => {
    const text =
      'Noting the implementation of the Standard for Automatic Exchange of Financial Account Information in Tax Matters under a common reporting standard developed by the Organisation for Economic Co-operation and Development, as well as the role of the Global Forum on Transparency and Exchange of Information for Tax Purposes,';
    const found = mentionKeys(text);
    expect(found).toContain('Organization:Global Forum on Transparency and Exchange of Information for Tax Purposes');
    expect(found.filter((k) => k.startsWith('Event:'))).toEqual([]);
  });

  it('negative: a forum that meets is still an Event (A/RES/78/132 PP47, "the fourth United Nations World Data Forum in Hangzhou")', () => {
    const text = 'Welcoming the holding of the fourth United Nations World Data Forum in Hangzhou, China, from 24 to 27 April 2023,';
    expect(mentionKeys(text).some((k) => k.startsWith('Event:') && k.includes('World Data Forum'))).toBe(true);
  });
});
