// Session-65 audit aud65e: A/RES/80/183 (follow-up to the thirtieth anniversary of the International Year of the Family, Third
// Committee) and A/RES/79/255 (financing of the International Residual Mechanism for Criminal Tribunals, Fifth Committee). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

/** one paragraph of a resolution with its notes: its attributions as 'TYPE source -> target' */
const notedAttributions = (symbol: string, date: string, id: string, text: string, notes: [string, string, string][]): string[] =>
  extractResolution(gaResolution(symbol, date, [notedParagraph(id, text, notes)])).paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

// (the sitting as its report note names it, keyed with its year as in accuracy-aud55n)
const WSSD = 'Event:World Summit for Social Development @ 1995';
const COPENHAGEN = 'Framework:Copenhagen Declaration on Social Development';
const WSSD_PROGRAMME = 'Framework:Programme of Action of the World Summit for Social Development';
const COPENHAGEN_NOTE =
  'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.';
// A/RES/80/183 OP40 (79/150 OP40 prints the same pair, its mark after a comma)
const OP40_80_183 =
  'Recognizes the importance of the World Social Summit, held in Doha, Qatar, in 2025, under the title “the Second World Summit for Social Development”, to address existing gaps and reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action5 and its implementation and give momentum towards the implementation of the 2030 Agenda;';

describe('a report note of two annexes after "<Declaration> and its <Programme>": the sitting ADOPTED both texts (session 55)', () => {
  it('A/RES/80/183 OP40: the World Summit for Social Development ADOPTED the Copenhagen Declaration and its Programme of Action', () => {
    const att = notedAttributions('A/RES/80/183', '2025-12-18', 'OP40', OP40_80_183, [['5', COPENHAGEN_NOTE, 'Programme of Action5']]);
    expect(att).toContain(`ADOPTED ${WSSD} -> ${COPENHAGEN}`);
    expect(att).toContain(`ADOPTED ${WSSD} -> ${WSSD_PROGRAMME}`);
  });

  it('guard: one annex ("resolution 1, annex II") holds one text, the one the mark closes: no ADOPTED for the Declaration before it', () => {
    const att = notedAttributions('A/RES/80/183', '2025-12-18', 'OP40', OP40_80_183, [['5', COPENHAGEN_NOTE.replace('annexes I and II', 'annex II'), 'Programme of Action5']]);
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith(COPENHAGEN))).toEqual([]);
    expect(att).toContain(`ADOPTED ${WSSD} -> ${WSSD_PROGRAMME}`);
  });
});

const { keys, relations } = oneParagraph({
  ctx: { body: 'General Assembly', symbol: 'A/RES/79/255', date: '2024-12-24', title: 'Financing of the International Residual Mechanism for Criminal Tribunals' },
  kind: 'operative',
});
const STAFF_RULES = 'Framework:Staff Regulations and Rules of the United Nations';

describe('"the Staff Regulations and Staff Rules, including provisional Staff Rules, of the United Nations": one rulebook, its owner no target', () => {
  it('A/RES/79/255 OP6: the inserted "provisional Staff Rules" is no second rulebook; the trailing owner takes no verb, as the Financial Regulations\'', () => {
    const text =
      'Also recalls paragraph 9 of its resolution 75/249 of 31 December 2020, and re-emphasizes the importance of the Mechanism’s strictly abiding by its statute and applicable established administrative procedures, the Financial Regulations and Rules of the United Nations and the Staff Regulations and Staff Rules, including provisional Staff Rules, of the United Nations;';
    expect(relations(text)).toEqual([
      'RECALLS Resolution:A/RES/75/249',
      'EMPHASIZES Framework:Financial Regulations and Rules of the United Nations',
      `EMPHASIZES ${STAFF_RULES}`,
    ]);
    expect(keys(text, 'Organization:United Nations')).toEqual([]);
  });

  it('guard: the rulebook printed whole stays one node, and the United Nations addressed beside it keeps its verb', () => {
    expect(keys('Recalls the Staff Regulations and Staff Rules of the United Nations;', 'Framework:')).toEqual([STAFF_RULES]);
    expect(relations('Recalls the Staff Regulations and Staff Rules of the United Nations, and requests the United Nations to apply them;')).toContain(
      'REQUESTS Organization:United Nations',
    );
  });
});
