// Citations of bodies we do not key, and of keyed bodies named only by the report that prints the
// number: real sentences and footnotes from corpus-ga -> expected symbols.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';

const ga = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const symbols = (text: string, ctx: RecognizeContext): string[] => findResolutionRefs(text, ctx).map((m) => m.attrs.symbol as string);

const CBD = 'Conference of the Parties to the Convention on Biological Diversity';

describe('a generic noun standing for a body named before it', () => {
  it('A/RES/78/131 PP18: "Commission resolution 66/1" after "the Commission on Narcotic Drugs ... the Commission"', () => {
    const text =
      'Bearing in mind that, in the Ministerial Declaration of 2019, Member States resolved to review in the Commission on Narcotic Drugs in 2029 progress in implementing all international drug policy commitments, with a midterm review in the Commission in 2024, and that Member States decided, in Commission resolution 66/1 of 17 March 2023,9 to convene in 2024 a high-level segment of the Commission';
    expect(symbols(text, ga('A/RES/78/131', '2023-12-18'))).toEqual(['Commission on Narcotic Drugs resolution 66/1']);
  });
  it('A/RES/79/147 OP69: "the Working Group of its decision 14/1" after "the Open-ended Working Group on Ageing"', () => {
    const text =
      'Decides to formally conclude the mandate of the Open-ended Working Group on Ageing, established by the General Assembly in its resolution 65/182, and notes with appreciation the completed work of the Working Group, in view of the adoption by the Working Group of its decision 14/1,21 and recognizes the positive contributions of Member States';
    expect(symbols(text, ga('A/RES/79/147', '2024-12-17'))).toEqual(['A/RES/65/182', 'Open-ended Working Group on Ageing decision 14/1']);
  });
});

describe('a footnote naming the body by the report or document that prints the number', () => {
  const ctx = ga('A/RES/80/216', '2025-12-15');
  it('GA Supplement No. 53 is the Human Rights Council\'s report (A/RES/79/133, A/RES/78/177, A/RES/79/267)', () => {
    expect(symbols('Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17.', ctx)).toEqual(['A/HRC/RES/37/17']);
    expect(symbols('See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53A, (A/77/53/Add.1), chap. III, sect. A, resolution 51/4.', ctx)).toEqual(['A/HRC/RES/51/4']);
    expect(
      symbols('Ibid., Sixty-ninth Session, Supplement No. 53A and corrigenda (A/69/53/Add.1, A/69/53/Add.1/Corr.1 and A/69/53/Add.1/Corr.2), chap. IV, sect. A, resolution 27/12.', ctx),
    ).toEqual(['A/HRC/RES/27/12']);
  });
  it('ECOSOC Supplement No. 7 is the Commission on the Status of Women\'s (not A/RES/59/1, A/RES/69/1)', () => {
    expect(symbols('Official Records of the Economic and Social Council, 2015, Supplement No. 7 (E/2015/27), chap. I, sect. C, resolution 59/1, annex.', ctx)).toEqual([
      'Commission on the Status of Women resolution 59/1',
    ]);
    expect(symbols('Official Records of the Economic and Social Council, 2025, Supplement No. 7 (E/2025/27), chap. I, sect. C, resolution 69/1, annex.', ctx)).toEqual([
      'Commission on the Status of Women resolution 69/1',
    ]);
  });
  it('ECOSOC Supplement No. 4 is the Statistical Commission\'s; its decisions run past 100 (no footnote mark inside a footnote)', () => {
    expect(symbols('Official Records of the Economic and Social Council, 2013, Supplement No. 4 (E/2013/24), chap. I, sect. C, decision 44/114.', ctx)).toEqual([
      'Statistical Commission decision 44/114',
    ]);
    expect(symbols('See Official Records of the Economic and Social Council, 2024, Supplement No. 4 (E/2024/24), chap. I., sect. C, decision 55/115.', ctx)).toEqual([
      'Statistical Commission decision 55/115',
    ]);
  });
  it('GA Supplement No. 25: the Environment Assembly from the sixty-ninth session, the UNEP Governing Council before', () => {
    expect(symbols('See Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 25 (A/69/25), annex, resolution 1/15.', ctx)).toEqual([
      'United Nations Environment Assembly resolution 1/15',
    ]);
    expect(symbols('Official Records of the General Assembly, Fifty-second Session, Supplement No. 25 (A/52/25), annex, decision 19/1, annex.', ctx)).toEqual([
      'Governing Council of the United Nations Environment Programme decision 19/1',
    ]);
  });
  it('convention documents: CBD/COP, CTOC/COP, CAC/COSP (A/RES/79/1, A/RES/79/154, A/RES/79/234)', () => {
    expect(symbols('United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.', ctx)).toEqual([`${CBD} decision 15/4`]);
    expect(symbols('CTOC/COP/2020/10, sect. I.A, resolution 10/1.', ctx)).toEqual([
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/1',
    ]);
    expect(symbols('CAC/COSP/2021/17, sect. I.A, resolution 9/2, para. 15.', ctx)).toEqual([
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 9/2',
    ]);
  });
  it('a report symbol before a semicolon does not reach the next reference', () => {
    expect(symbols('Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53); and resolution 73/1, annex.', ctx)).toEqual(['A/RES/73/1']);
  });
});

describe('a body named only in a later paragraph of the same resolution', () => {
  const paragraph = (id: string, text: string) => ({ id, kind: 'operative' as const, text, footnoteRefs: [], subparagraphs: [] });
  const resolution = (paragraphs: ReturnType<typeof paragraph>[]) =>
    extractResolution({ symbol: 'A/RES/80/140', body: 'General Assembly', date: '2025-12-15', file: 'A_RES_80_140.txt', paragraphs } as unknown as ResolutionText);
  // A/RES/80/140 OP10 and OP11 cite CBD decisions by number; OP17 and OP23 name the Conference of the Parties.
  const op10 = paragraph(
    'OP10',
    'Emphasizes that the successful implementation of the Kunming-Montreal Global Biodiversity Framework requires responsibility and transparency, including through revising or updating national biodiversity strategies and action plans, in alignment with the Framework, its goals and its targets, in line with decisions 15/6, 16/31 and 16/32;',
  );
  const op11 = paragraph(
    'OP11',
    'Looks forward to the global review of the collective progress in implementation of the Kunming-Montreal Global Biodiversity Framework, and recalls that Parties are requested to submit their seventh national report, in line with decision 16/32, and for those that have not yet done so, to revise or update their national biodiversity strategies and action plans in line with decisions 15/6 and 16/1;',
  );
  const op17 = paragraph(
    'OP17',
    'Recalls decision 16/6 entitled “Role of people of African descent, comprising collectives embodying traditional lifestyles, in the implementation of the Convention on Biological Diversity”, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;',
  );
  const op23 = paragraph('OP23', 'Also takes note with appreciation of decisions 15/10 and 16/4 of the Conference of the Parties to the Convention on Biological Diversity;');
  const cited = (ex: ReturnType<typeof resolution>, id: string) => {
    const p = ex.paragraphs.find((x) => x.paragraph.id === id)!;
    return { mentions: p.mentions.filter((m) => m.kind === 'Resolution').map((m) => m.key), relations: p.relations.filter((r) => r.target.startsWith('Resolution:')).map((r) => `${r.type} ${r.target}`) };
  };
  it('A/RES/80/140 OP10, OP11: "decisions 15/6, 16/31 and 16/32" are the Conference of the Parties\'s', () => {
    const ex = resolution([op10, op11, op17, op23]);
    expect(cited(ex, 'OP10').mentions).toEqual([`Resolution:${CBD} decision 15/6`, `Resolution:${CBD} decision 16/31`, `Resolution:${CBD} decision 16/32`]);
    expect(cited(ex, 'OP11').relations).toEqual([`RECALLS Resolution:${CBD} decision 16/32`, `RECALLS Resolution:${CBD} decision 15/6`, `RECALLS Resolution:${CBD} decision 16/1`]);
  });
  it('with no paragraph naming the body, the numbers cite nothing (and leave no placeholder)', () => {
    const ex = resolution([op10, op11]);
    expect(cited(ex, 'OP10')).toEqual({ mentions: [], relations: [] });
    expect(cited(ex, 'OP11')).toEqual({ mentions: [], relations: [] });
  });
});
