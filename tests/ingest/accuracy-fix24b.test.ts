// Misses left open by earlier audits, fixed by fix24b: one thing keyed twice, once with its owner's name printed before it
// and once without; a lowercase sitting whose length ("one-day") shows it is one sitting. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/280', date: '2024-05-02' };
const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

const para = (id: string, text: string): ParagraphText => ({
  id,
  kind: id.startsWith('PP') ? 'preambular' : 'operative',
  text,
  footnoteRefs: [],
  subparagraphs: [],
});

/** The keys of the graph's nodes of this kind whose name ends with `tail`. */
function keysEnding(g: ReturnType<typeof graphOf>, kind: string, tail: string): string[] {
  return g.filterNodes((key, attrs) => attrs.kind === kind && key.endsWith(tail)).sort();
}

describe('owner-prefixed twins: "World Trade Organization Agreement on X" and "the Agreement on X" are one node', () => {
  const wto = gaResolution('A/RES/80/121', '2025-12-15', [
    para(
      'OP33',
      'Welcomes the entry into force of the World Trade Organization Agreement on Fisheries Subsidies among accepting World Trade Organization members on 15 September 2025;',
    ),
  ]);
  const bare = gaResolution('A/RES/78/128', '2023-12-19', [
    para('PP22', 'Recalling the Agreement on Fisheries Subsidies reached at the twelfth Ministerial Conference of the World Trade Organization,'),
  ]);

  it('A/RES/80/121 OP33 and A/RES/78/128 PP22: one Framework, under the name without its owner', () => {
    const g = graphOf(wto, bare);
    expect(keysEnding(g, 'Framework', 'Agreement on Fisheries Subsidies')).toEqual(['Framework:Agreement on Fisheries Subsidies']);
    const welcomes = g.filterInEdges('Framework:Agreement on Fisheries Subsidies', (_e, a, source) => a.type === 'WELCOMES' && source === 'Resolution:A/RES/80/121');
    expect(welcomes).toHaveLength(1);
  });

  it('the same read the other way round', () => {
    const g = graphOf(bare, wto);
    expect(keysEnding(g, 'Framework', 'Agreement on Fisheries Subsidies')).toEqual(['Framework:Agreement on Fisheries Subsidies']);
  });

  it('guard: with no unprefixed twin in the graph, the prefixed name stays as printed', () => {
    const g = graphOf(wto);
    expect(keysEnding(g, 'Framework', 'Agreement on Fisheries Subsidies')).toEqual(['Framework:World Trade Organization Agreement on Fisheries Subsidies']);
  });

  it('A/RES/79/136 PP13 "the United Nations Police Division" and A/RES/80/242 OP62 "the Police Division": one body, under the United Nations name', () => {
    const a = gaResolution('A/RES/79/136', '2024-12-17', [
      para('PP13', 'Welcoming the cooperation between the United Nations police and INTERPOL, in particular the teams of the United Nations Police Division,'),
    ]);
    const b = gaResolution('A/RES/80/242', '2025-12-23', [para('OP62', 'Decides to maintain the post responsible for overseeing the operations of the Police Division;')]);
    const g = graphOf(a, b);
    expect(keysEnding(g, 'Organization', 'Police Division')).toEqual(['Organization:United Nations Police Division']);
  });

  it('guard: a generic head is not merged: "the seventy-first World Medical Association General Assembly" (A/RES/79/189 PP14) is not the General Assembly', () => {
    const a = gaResolution('A/RES/79/189', '2024-12-17', [
      para('PP14', 'Welcoming the statement issued by the World Medical Association, adopted by the World Medical Association General Assembly, in Córdoba, Spain,'),
      para('OP1', 'Requests the Secretary-General to report to the General Assembly at its eightieth session;'),
    ]);
    const g = graphOf(a);
    if (g.hasNode('Organization:World Medical Association General Assembly')) expect(g.hasNode('Organization:General Assembly')).toBe(true);
  });

  it('guard: "the United Nations Office on Drugs and Crime Strategy 2021–2025" (A/RES/79/133 PP37) and "its Strategy 2021–2025" (A/RES/78/229 PP41) stay apart: a strategy and years name nothing alone', () => {
    const a = gaResolution('A/RES/79/133', '2024-12-17', [para('PP37', 'Welcoming the United Nations Office on Drugs and Crime Strategy 2021–2025,')]);
    const b = gaResolution('A/RES/78/229', '2023-12-22', [para('PP41', 'Welcoming the Strategy 2021–2025,')]);
    const g = graphOf(a, b);
    const found = keysEnding(g, 'Framework', 'Strategy 2021-2025');
    if (found.length) expect(found).toHaveLength(2);
  });
});

describe('a lowercase sitting of one day is one sitting', () => {
  it('A/RES/78/280 OP32: "to convene, in 2025, within existing resources, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health"', () => {
    const text =
      'Requests the President of the General Assembly to convene, in 2025, within existing resources, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health and to draft and circulate a summary of the meeting;';
    expect(keys(text, 'Event:')).toEqual(['Event:high-level interactive dialogue on the social, economic and environmental determinants of health']);
  });

  it('A/RES/79/287 OP13: "looking forward to the convening of a one-day, high-level interactive dialogue on the social, economic and environmental determinants of health by the President of the General Assembly, in 2025"', () => {
    const text =
      'Further urges Member States to implement the Rio Political Declaration on Social Determinants of Health, as appropriate, while stressing the importance of a continued dialogue on determinants of health, and looking forward to the convening of a one-day, high-level interactive dialogue on the social, economic and environmental determinants of health by the President of the General Assembly, in 2025;';
    expect(keys(text, 'Event:')).toEqual(['Event:high-level interactive dialogue on the social, economic and environmental determinants of health']);
  });

  it('guard: no length, no place, no date: "an interactive dialogue on the topic" and "a high-level interactive dialogue on ways to ..." are no sitting read', () => {
    expect(keys('Encourages Member States to hold an interactive dialogue on sand and dust storms;', 'Event:')).toEqual([]);
    expect(
      keys(
        'Invites the President of the General Assembly to host a one-day high-level interactive dialogue on this subject, within existing resources, during the seventy-ninth session of the Assembly;',
        'Event:',
      ).filter((k) => k.includes('dialogue')),
    ).toEqual([]);
  });
});

describe('a one-day sitting named by its body is not read by its length', () => {
  it('guard: A/RES/78/138 OP37 "to hold a one-day informal interactive dialogue of the Assembly on commodity markets during the first half of 2024"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
    const text =
      'Invites the President of the General Assembly to hold a one-day informal interactive dialogue of the Assembly on commodity markets during the first half of 2024 to review world commodity trends and prospects;';
    expect(keys(text, 'Event:', 'operative', ctx).filter((k) => k.includes('dialogue'))).toEqual([]);
  });

  it('A/RES/79/60 OP4: "to convene a one-day international meeting on victim assistance and environmental remediation, at an appropriate time in 2026"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/60', date: '2024-12-02' };
    const text =
      'Requests the Secretary-General to convene a one-day international meeting on victim assistance and environmental remediation, at an appropriate time in 2026, with the participation of Member States;';
    expect(keys(text, 'Event:', 'operative', ctx).filter((k) => k.includes('victim'))).toHaveLength(1);
  });
});
