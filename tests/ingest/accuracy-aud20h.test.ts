// Leftovers the session-19 auditors reported, fixed for the genre by aud20h. Each case quotes the file and paragraph named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/21', date: '2025-12-01' };
const SG = 'Organization:Secretary-General of the United Nations';

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const relationsOf = (p: ParagraphText, ctx: RecognizeContext = GA): string[] => extractParagraph(p, ctx).relations.map((r) => `${r.type} ${r.target}`);

describe('the author of a report named inside its words is an entity of the clause: one verb edge, whatever the print form', () => {
  const { relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

  it('A/RES/80/21 PP13: "Welcoming the report of the Secretary-General,5" ("5 A/77/80.") welcomes the report and its author', () => {
    const r = relationsOf(para('PP13', 'Welcoming the report of the Secretary-General,5', [['5', 'A/77/80.']]));
    expect(r).toContain('WELCOMES Document:A/77/80');
    expect(r).toContain(`WELCOMES ${SG}`);
  });

  it('A/RES/79/60 PP20: "Noting the report of the Office of the United Nations High Commissioner for Human Rights entitled “...”,5"', () => {
    const text =
      'Noting the report of the Office of the United Nations High Commissioner for Human Rights entitled “Addressing the challenges and barriers to the full realization and enjoyment of the human rights of the people of the Marshall Islands, stemming from the State’s nuclear legacy”,5';
    const r = relationsOf(para('PP20', text, [['5', 'A/HRC/57/77.']]), { ...GA, symbol: 'A/RES/79/60', date: '2024-12-04' });
    expect(r).toContain('NOTES Organization:Office of the United Nations High Commissioner for Human Rights');
    expect(r.some((x) => x.startsWith('NOTES Document:'))).toBe(true);
  });

  it('A/RES/79/28 PP4 form: "Welcoming the report of the Secretary-General on disarmament and non-proliferation education" (a report cited by subject)', () => {
    const r = relations('Welcoming the report of the Secretary-General on disarmament and non-proliferation education,', 'preambular', { ...GA, symbol: 'A/RES/79/28' });
    expect(r).toContain(`WELCOMES ${SG}`);
    expect(r.some((x) => x.startsWith('WELCOMES Document:'))).toBe(true);
  });

  it('guard: the same words with no document read keep their one edge (no second one)', () => {
    expect(relations('Welcoming the report of the Secretary-General,')).toEqual([`WELCOMES ${SG}`]);
  });

  it('guard: a body named inside an event’s name still gets none ("the Twelfth Ministerial Conference of the World Trade Organization")', () => {
    const r = relations('Welcoming the outcome of the Twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022,');
    expect(r.some((x) => x.startsWith('WELCOMES Event:'))).toBe(true);
    expect(r).not.toContain('WELCOMES Organization:World Trade Organization');
  });

  it('guard: the body that owns the author is not the author ("the report of the Working Group on Education of the Broadband Commission entitled “...”", A/RES/78/132 PP32)', () => {
    const r = relations('Taking note of the report of the Working Group on Education of the Broadband Commission entitled “Digital skills for life and work”,', 'preambular', { ...GA, symbol: 'A/RES/78/132' });
    expect(r).toContain('NOTES Organization:Working Group on Education');
    expect(r.filter((x) => x.includes('Broadband Commission'))).toEqual([]);
  });
});

describe('a functional commission’s decision numbered from 101 is read in full', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-22' };
  const { keys } = oneParagraph({ ctx, kind: 'preambular' });

  it('A/RES/78/229 PP45: "Statistical Commission decision 53/113 of 11 March 2022" is 53/113, not 53/11', () => {
    const text =
      'Noting in this respect paragraph (d) of Statistical Commission decision 53/113 of 11 March 2022, in which the Commission endorsed the proposal of the Bureau,';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:Statistical Commission decision 53/113']);
  });

  it('guard: a commission’s resolution keeps a glued mark off ("Commission on the Status of Women resolution 60/213" is 60/21 + mark 3)', () => {
    expect(keys('Recalling Commission on the Status of Women resolution 60/213 of 24 March 2016,', 'Resolution:')).toEqual(['Resolution:Commission on the Status of Women resolution 60/21']);
  });

  it('guard: another body’s decision keeps a glued mark off ("decision 15/411 of the Conference of the Parties to the Convention on Biological Diversity")', () => {
    const k = keys('Recalling decision 15/411 of the Conference of the Parties to the Convention on Biological Diversity,', 'Resolution:');
    expect(k.every((x) => !x.endsWith('15/411'))).toBe(true);
  });
});

describe('a sitting of the Assembly named without its topic or date is the one its resolution means', () => {
  const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/288', date: '2025-06-01' }, kind: 'operative' });
  const at = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

  it('A/RES/79/288 OP2 (the Beijing+30 meeting): "Also decides that the theme of the high-level meeting of the General Assembly will be “...”"', () => {
    const text =
      'Also decides that the theme of the high-level meeting of the General Assembly will be “Recommitting to, resourcing and accelerating the implementation of the Beijing Declaration and Platform for Action to achieve gender equality and the empowerment of all women and girls” and that this meeting will highlight achievements, best practices, gaps and challenges;';
    expect(keys(text, 'Event:high-level meeting')).toEqual(['Event:high-level meeting of the General Assembly (A/RES/79/288)']);
  });

  it('A/RES/78/27 OP9: "a one-day high-level plenary meeting of the Assembly to commemorate and promote the International Day ..." is not A/RES/78/277’s', () => {
    const text =
      'Decides to organize, on 26 September every year, a one-day high-level plenary meeting of the Assembly to commemorate and promote the International Day for the Total Elimination of Nuclear Weapons;';
    expect(keys(text, 'Event:high-level', 'operative', at('A/RES/78/27', '2023-12-04'))).toEqual(['Event:high-level plenary meeting of the General Assembly (A/RES/78/27)']);
  });

  it('guard: a sitting named with its topic keeps its own key ("the high-level meeting of the General Assembly on antimicrobial resistance")', () => {
    const k = keys('Decides to convene a high-level meeting of the General Assembly on antimicrobial resistance in 2024;', 'Event:');
    expect(k).toEqual(['Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2024']);
  });

  it('guard: a dated one is the same sitting in every text (A/RES/78/43 PP15: the 2005 World Summit’s "high-level plenary meeting of the General Assembly on 16 September 2005")', () => {
    const text =
      'Recalling also the 2005 World Summit Outcome adopted at the high-level plenary meeting of the General Assembly on 16 September 2005 and the adoption of the United Nations Global Counter-Terrorism Strategy on 8 September 2006,';
    expect(keys(text, 'Event:high-level', 'preambular', at('A/RES/78/43', '2023-12-04'))).toEqual(['Event:high-level plenary meeting of the General Assembly @ 2005']);
  });
});
