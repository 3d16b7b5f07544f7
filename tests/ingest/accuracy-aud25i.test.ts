// Misses found by the session-25 audit aud25i: A/RES/78/155 (Convention on Biological Diversity), and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };

const { keys, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a framework "reached at" or "agreed at" a sitting was adopted there', () => {
  it('A/RES/78/155 OP32: "the Agreement on Fisheries Subsidies reached at the Twelfth Ministerial Conference of the World Trade Organization"', () => {
    const text =
      'Emphasizes the importance of ending illegal, unreported and unregulated fishing, and welcomes the Agreement on Fisheries Subsidies reached at the Twelfth Ministerial Conference of the World Trade Organization;';
    expect(attributions(text)).toContain(
      'ADOPTED Event:Twelfth Ministerial Conference of the World Trade Organization -> Framework:Agreement on Fisheries Subsidies',
    );
  });

  it('A/RES/78/128 PP22: "Recalling the Agreement on Fisheries Subsidies reached at the twelfth Ministerial Conference ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-07' };
    const text = 'Recalling the Agreement on Fisheries Subsidies reached at the twelfth Ministerial Conference of the World Trade Organization,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED'))).toEqual([
      'ADOPTED Event:Twelfth Ministerial Conference of the World Trade Organization -> Framework:Agreement on Fisheries Subsidies',
    ]);
  });

  it('guard: what is no framework is not adopted ("the consensus reached at the Ninth Review Conference", A/RES/78/67 OP1)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/67', date: '2023-12-04' };
    const text =
      'Notes the consensus reached at the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: a framework "reached" with other words before "at" is not read ("the Paris Agreement, reached by consensus at ...")', () => {
    const text = 'Welcomes the Agreement on Fisheries Subsidies reached after long negotiations at the Twelfth Ministerial Conference of the World Trade Organization;';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

/** Segments the paragraphs under "The General Assembly," with the footnote block after them; every attached footnote (as accuracy-foot11). */
function attached(file: string, paragraphs: string[], footnotes: string[]): [string, string, string][] {
  const lines = ['The General Assembly,', ''];
  for (const p of paragraphs) lines.push(p, '');
  lines.push('__________________', ...footnotes);
  const src: SourceText = { file, format: 'text', text: lines.join('\n') };
  const out: [string, string, string][] = [];
  for (const r of segmentResolutions(cleanText(src), src)) {
    for (const p of r.paragraphs) for (const f of p.footnoteRefs) out.push([p.id, f.mark, p.text.slice(Math.max(0, f.offset - 10), f.offset + f.mark.length)]);
  }
  return out;
}

describe('a Protocol meeting\'s decision by its older symbol, a footnote mark glued on', () => {
  const PP27 =
    'Recalling the decisions adopted by the Conference of the Parties to the Convention on Biological Diversity at its thirteenth and fourteenth meetings, on article 8 (j) and related provisions,13 decision CBD/CP/MOP/VIII/1914 and decision CBD/NP/MOP/DEC/2/7,15 as well as of the work done by the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and related provisions,';

  it('A/RES/78/155 PP27: "decision CBD/CP/MOP/VIII/1914 and" holds mark 14 (VIII/19: a roman numeral before the slash, no year)', () => {
    const got = attached('A_RES_78_155.txt', [PP27], [
      '13 United Nations Environment Programme, document UNEP/CBD/COP/13/25, decisions XIII/18 and 14/12 of the Conference of the Parties to the Convention on Biological Diversity.',
      '14 Adopted by the Conference of the Parties serving as the Meeting of the Parties to the Cartagena Protocol on Biosafety at its eighth meeting (see United Nations Environment Programme, document UNEP/CBD/CP/MOP/8/17).',
      '15 Adopted by the Conference of the Parties serving as the Meeting of the Parties to the Nagoya Protocol at its second meeting.',
    ]);
    expect(got.map(([, mark]) => mark)).toEqual(['13', '14', '15']);
  });

  it('A/RES/78/155 PP27: the decision is a citation of the Cartagena Protocol meeting, keyed without the mark', () => {
    const text = PP27;
    expect(keys(text, 'Resolution:', 'preambular')).toEqual([
      'Resolution:Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety decision VIII/19',
      'Resolution:Conference of the Parties serving as the meeting of the Parties to the Nagoya Protocol on Access and Benefit-sharing decision 2/7',
    ]);
    expect(keys(text, 'Document:', 'preambular')).toEqual([]);
  });

  it('guard: a four-digit run after digits and a slash that reads as a year is no mark ("resolution 77/1914" with a footnote 14)', () => {
    const got = attached('A_RES_78_1.txt', ['Recalling its resolution 77/1914 on the subject,'], ['14 A/78/1.']);
    expect(got).toEqual([]);
  });

  it('guard: an arabic-numbered document symbol stays a document ("document UNEP/CBD/CP/MOP/8/17")', () => {
    expect(keys('Takes note of document UNEP/CBD/CP/MOP/8/17;', 'Document:')).toEqual(['Document:UNEP/CBD/CP/MOP/8/17']);
  });
});

describe('the Aichi Biodiversity Targets printed with their end year are the same targets', () => {
  it('A/RES/78/232 OP16: "none of the 2020 Aichi Biodiversity Targets were fully achieved"', () => {
    const text =
      'Notes with concern the findings of the Intergovernmental Science-Policy Platform on biodiversity and Ecosystem Services and that none of the 2020 Aichi Biodiversity Targets were fully achieved;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Aichi Biodiversity Targets']);
  });

  it('guard: A/RES/78/155 PP17 "none of the 20 Aichi Biodiversity Targets" keeps its key', () => {
    const text = 'Recalling further the fifth edition of the Global Biodiversity Outlook, in which it was highlighted that none of the 20 Aichi Biodiversity Targets were fully achieved,';
    expect(keys(text, 'Initiative:Aichi', 'preambular')).toEqual(['Initiative:Aichi Biodiversity Targets']);
  });
});
