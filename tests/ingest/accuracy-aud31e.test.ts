// Misses found by the session-31 audit aud31e (identity: one real thing, two nodes): a body's session report printed by its
// title with the footnote mark after a description of the session, beside the symbol the footnote gives; a generic group
// named again after the resolution that established it; two bodies a gazetteer entry joins. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/52', date: '2023-12-04' };
const { keys } = oneParagraph({ ctx: GA, kind: 'preambular' });

/** the Document mentions of one footnoted paragraph, as 'key title' */
const documents = (id: string, text: string, after: string, mark: string, note: string, ctx: RecognizeContext = { ...GA }): string[] =>
  extractWithNotes(id, text, [{ after, mark, text: note }], ctx)
    .mentions.filter((m) => m.kind === 'Document')
    .map((m) => `${m.key} ${String(m.attrs.title ?? '')}`.trim());

const COPUOS_58 = 'Report of the Committee on the Peaceful Uses of Outer Space on its fifty-eighth session';

describe('a body\'s session report whose mark follows a description of the session is the document the footnote cites', () => {
  it('A/RES/78/52 PP16 (79/51, 80/44): "... on its fifty-eighth session, held in 2015, 7" with "7 Official Records ... (A/70/20)."', () => {
    const found = documents(
      'PP16',
      'Recalling the consideration of the report of the Group of Governmental Experts, as well as views on the modalities of making practical use of the recommendations contained therein, as set out in the report of the Committee on the Peaceful Uses of Outer Space on its fifty-eighth session, held in 2015, 7 at which it found that the Committee had a fundamental role to play,',
      'held in 2015, 7',
      '7',
      'Official Records of the General Assembly, Seventieth Session, Supplement No. 20 (A/70/20).',
    );
    expect(found).toContain(`Document:A/70/20 ${COPUOS_58}`);
    expect(found.filter((k) => !k.startsWith('Document:A/'))).toEqual([]);
  });

  it('A/RES/78/110 PP1: "... on the work of its sixty-sixth session, which contains the draft articles on the expulsion of aliens,1"', () => {
    const found = documents(
      'PP1',
      'Having considered chapter IV of the report of the International Law Commission on the work of its sixty-sixth session, which contains the draft articles on the expulsion of aliens,1',
      'aliens,1',
      '1',
      'Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 10 (A/69/10), chap. IV.',
      { body: 'General Assembly', symbol: 'A/RES/78/110', date: '2023-12-07' },
    );
    expect(found).toContain('Document:A/69/10 Report of the International Law Commission on its sixty-sixth session');
    expect(found.filter((k) => !k.startsWith('Document:A/'))).toEqual([]);
  });

  it('A/RES/80/243 XII.PP2 (78/253 VII.PP2): "... on the work of its eighty-first session and administrative expenses of the United Nations Joint Staff Pension Fund,25" with "25 A/80/346."', () => {
    const found = documents(
      'XII.PP2',
      'Having considered the report of the United Nations Joint Staff Pension Board on the work of its eighty-first session and administrative expenses of the United Nations Joint Staff Pension Fund,25 the statement submitted by the Secretary-General,',
      'Fund,25',
      '25',
      'A/80/346.',
      { body: 'General Assembly', symbol: 'A/RES/80/243', date: '2025-12-23' },
    );
    expect(found).toContain('Document:A/80/346 Report of the United Nations Joint Staff Pension Board on its eighty-first session');
    expect(found.filter((k) => !k.startsWith('Document:A/'))).toEqual([]);
  });

  it('guard, A/RES/78/52 PP16: without a footnote, the report of the fifty-eighth session stays keyed by its title', () => {
    expect(
      keys('Recalling the report of the Committee on the Peaceful Uses of Outer Space on its fifty-eighth session, held in 2015, at which it found that the Committee had a fundamental role to play,', 'Document:'),
    ).toEqual(['Document:report of the committee on the peaceful uses of outer space on its fifty-eighth session']);
  });

  it('guard: a report of another session of the same body, the mark after another document in the gap, is not that footnote\'s', () => {
    const found = documents(
      'PP16',
      'Recalling the report of the Committee on the Peaceful Uses of Outer Space on its fifty-ninth session, held in 2016, and the report of the Secretary-General on the matter,7',
      'matter,7',
      '7',
      'A/71/20.',
    );
    expect(found).not.toContain('Document:A/71/20 Report of the Committee on the Peaceful Uses of Outer Space on its fifty-ninth session');
    expect(found).toContain('Document:report of the committee on the peaceful uses of outer space on its fifty-ninth session Report of the Committee on the Peaceful Uses of Outer Space on its fifty-ninth session');
  });
});

describe('a generic group named again after the resolution that established it is that group', () => {
  const GGE_77_250 = 'Organization:Group of Governmental Experts (A/RES/77/250)';
  const orgsById = (paragraphs: ReturnType<typeof notedParagraph>[], symbol = 'A/RES/80/20') =>
    Object.fromEntries(
      extractResolution(gaResolution(symbol, '2025-12-01', paragraphs)).paragraphs.map((p) => [p.paragraph.id, p.mentions.filter((m) => m.key.startsWith('Organization:Group')).map((m) => m.key)]),
    );

  it('A/RES/80/20 PP11, PP12: "the Group of Governmental Experts established pursuant to General Assembly resolution 77/250", then "the above-mentioned Group of Governmental Experts"', () => {
    const found = orgsById([
      notedParagraph('PP11', 'Welcoming the substantive report4 adopted by consensus by the Group of Governmental Experts established pursuant to General Assembly resolution 77/250 of 30 December 2022,', [['4', 'A/79/364.', 'report4']]),
      notedParagraph('PP12', 'Stressing the importance of the substantive report of the above-mentioned Group of Governmental Experts, which serves as a reference document for further measures,'),
    ]);
    expect(found.PP11).toEqual([GGE_77_250]);
    expect(found.PP12).toEqual([GGE_77_250]);
  });

  it('guard, A/RES/79/54 PP3: two groups established by two resolutions in one paragraph leave the above-mentioned group the resolution\'s own', () => {
    const found = orgsById(
      [
        notedParagraph('PP3', 'Recalling further the reports of the Group of Governmental Experts established pursuant to resolution 72/55,1 of the Group of Governmental Experts established pursuant to resolution 61/72,2 and of the Group of Experts established pursuant to resolution 52/38 J,3', [
          ['1', 'A/76/324.', '72/55,1'],
          ['2', 'A/62/299.', '61/72,2'],
        ]),
        notedParagraph('PP4', 'Stressing the importance of the reports of the above-mentioned Group of Governmental Experts, which serve as reference documents,'),
      ],
      'A/RES/79/54',
    );
    expect(found.PP3).toContain('Organization:Group of Governmental Experts (A/RES/72/55)');
    expect(found.PP3).toContain('Organization:Group of Governmental Experts (A/RES/61/72)');
    expect(found.PP4).toEqual(['Organization:Group of Governmental Experts (A/RES/79/54)']);
  });

  it('guard: "a Group of Governmental Experts" to be set up is a new group, not the one established before', () => {
    const found = orgsById([
      notedParagraph('PP11', 'Welcoming the report adopted by the Group of Governmental Experts established pursuant to General Assembly resolution 77/250 of 30 December 2022,'),
      notedParagraph('OP1', 'Requests the Secretary-General to establish a Group of Governmental Experts to meet in 2026,'),
    ]);
    expect(found.OP1).toEqual(['Organization:Group of Governmental Experts (A/RES/80/20)']);
  });
});

describe('one body printed with and without its owners or its joint name', () => {
  const LAWS = 'Organization:Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems';
  it('A/RES/80/68 PP7 (79/75, 78/64): "the Group of Governmental Experts on ... Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention met in Geneva"', () => {
    expect(
      keys('Noting with satisfaction also that the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention met in Geneva from 3 to 7 March and from 1 to 5 September 2025,', 'Organization:', 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/68', date: '2025-12-01' }),
    ).toEqual([LAWS]);
  });
  it('A/RES/80/68 OP8 (80/57, 79/62, 78/241): the name without its owners is the same group', () => {
    expect(keys('Encourages the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems to continue its work;', 'Organization:', 'operative')).toEqual([LAWS]);
  });
  it('A/RES/79/185 PP7 (78/222): "the Organisation for the Prohibition of Chemical Weapons-United Nations Joint Investigative Mechanism ..., noting that the Joint Investigative Mechanism determined"', () => {
    const JIM = 'Organization:Organisation for the Prohibition of Chemical Weapons-United Nations Joint Investigative Mechanism';
    const found = keys(
      'Condemning the repeated use of chemical weapons, including the instances independently attributed by the Organisation for the Prohibition of Chemical Weapons-United Nations Joint Investigative Mechanism, noting that the Joint Investigative Mechanism determined that the attacks had taken place,',
      'Organization:',
    );
    expect(found.filter((k) => k !== 'Organization:Organisation for the Prohibition of Chemical Weapons')).toEqual([JIM, JIM]);
  });
  it('guard: the Organisation itself stays its own node', () => {
    expect(keys('Welcoming the work of the Organisation for the Prohibition of Chemical Weapons,', 'Organization:')).toEqual(['Organization:Organisation for the Prohibition of Chemical Weapons']);
  });
});
