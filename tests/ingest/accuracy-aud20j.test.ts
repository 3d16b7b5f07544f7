// Treaty bodies' general comments and general recommendations are Documents (session 20, aud20j): keyed by the symbol
// their footnote prints ("CRC/C/GC/25"), else by "general comment No. N of the <committee>"; the committee keeps its own
// Organization mention, the clause's verb its edge.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { symbol: 'A/RES/78/206', body: 'General Assembly' } as RecognizeContext;
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });

function withNote(text: string, mark: string, note: string, id = 'PP15') {
  const offset = text.indexOf(mark, text.indexOf('Child'));
  return extractParagraph({ id, kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] }, { ...ctx });
}

describe('general comments of treaty bodies are Documents', () => {
  it('keys a general comment by its committee when no symbol is printed (A/RES/78/206 PP7)', () => {
    const text =
      'Noting general comment No. 15 (2002) of the Committee on Economic, Social and Cultural Rights on the right to water (articles 11 and 12 of the International Covenant on Economic, Social and Cultural Rights) and the statement on the right to sanitation,';
    const k = 'Document:general comment no. 15 of the committee on economic, social and cultural rights';
    expect(keys(text, 'Document:')).toEqual([k]);
    expect(relations(text)).toContain(`NOTES ${k}`);
    // the committee stays its own mention and target
    expect(keys(text, 'Organization:')).toContain('Organization:Committee on Economic, Social and Cultural Rights');
  });

  it('finds the committee printed before the head (A/RES/80/10 PP7, A/RES/78/323 PP6) and after the subject (A/RES/80/201 OP20)', () => {
    expect(
      keys(
        'Noting the general recommendations of the Committee on the Elimination of Racial Discrimination, especially general recommendation No. 25 (2000) on gender-related dimensions of racial discrimination and general recommendation No. 34 (2011) on racial discrimination against people of African descent,',
        'Document:',
      ),
    ).toEqual([
      'Document:general recommendation no. 25 of the committee on the elimination of racial discrimination',
      'Document:general recommendation no. 34 of the committee on the elimination of racial discrimination',
    ]);
    expect(
      keys(
        'Takes note of general comment No. 1 on enforced disappearance in the context of migration adopted by the Committee on Enforced Disappearances on 18 September 2023, which highlights the growing trends of enforced disappearance of migrants;',
        'Document:',
        'operative',
      ),
    ).toEqual(['Document:general comment no. 1 of the committee on enforced disappearances']);
  });

  it('reads a plural head as a list, each comment its own document (A/RES/79/172 PP7)', () => {
    const text =
      'Taking note of the work of the human rights treaty body mechanisms, inter alia, of general comments No. 21 (1992) on humane treatment of persons deprived of their liberty, No. 32 (2007) on the right to equality before courts and tribunals and to a fair trial and No. 35 (2014) on liberty and security of person, adopted by the Human Rights Committee,';
    expect(keys(text, 'Document:')).toEqual([
      'Document:general comment no. 21 of the human rights committee',
      'Document:general comment no. 32 of the human rights committee',
      'Document:general comment no. 35 of the human rights committee',
    ]);
  });

  it('takes the symbol its footnote prints (A/RES/78/187 PP15)', () => {
    const text =
      'Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child regarding the implementation of the Convention on the Rights of the Child in relation to the digital environment,32';
    const x = withNote(text, '32', 'CRC/C/GC/25.');
    const docs = x.mentions.filter((m) => m.kind === 'Document');
    expect([...new Set(docs.map((m) => m.key))]).toEqual(['Document:CRC/C/GC/25']);
    expect(docs.some((m) => m.phrase === 'general comment No. 25 (2021)')).toBe(true);
  });

  it('leaves a comment with neither committee nor symbol, and other "No." numbers, alone', () => {
    expect(keys('Recalling general comment No. 1 on the right to be heard,', 'Document:')).toEqual([]);
    expect(keys('Recalling the Indigenous and Tribal Peoples Convention, 1989 (No. 169), and the general comments of the treaty bodies,', 'Document:')).toEqual([]);
  });
});

// Guards (no fix: one rule already): the body printed inside a citation ("Security Council resolution 242 (1967)", "General
// Assembly resolution 70/1", "Economic and Social Council resolution 2006/46") is part of the citation's span, no
// Organization mention of its own, in an SC text as in a GA text. The "Council" of A/RES/78/222 PP13 is another phrase:
// "the political process called for by the Council in its resolution 2254 (2015)", the body as agent, named in full earlier.
describe('the body named inside a citation', () => {
  const text = 'Recalling Security Council resolution 242 (1967) and General Assembly resolution 70/1 and Economic and Social Council resolution 2006/46,';
  for (const c of [
    { symbol: 'S/RES/2334(2016)', body: 'Security Council' },
    { symbol: 'A/RES/78/222', body: 'General Assembly' },
  ]) {
    it(`is no Organization mention of its own (${c.body} text)`, () => {
      const k = oneParagraph({ ctx: c as RecognizeContext, kind: 'preambular' }).keys;
      expect(k(text, 'Organization:')).toEqual([]);
      expect(k(text, 'Resolution:')).toEqual(['Resolution:S/RES/242(1967)', 'Resolution:A/RES/70/1', 'Resolution:E/RES/2006/46']);
    });
  }
  it('the body as agent of a citation keeps its mention (A/RES/78/222 PP13)', () => {
    const k = oneParagraph({ ctx: { symbol: 'A/RES/78/222', body: 'General Assembly' } as RecognizeContext, kind: 'preambular' }).keys;
    expect(
      k('Welcoming the efforts in line with Security Council resolution 2254 (2015), noting the political process called for by the Council in its resolution 2254 (2015),', 'Organization:'),
    ).toEqual(['Organization:Security Council']);
  });
});
