// Misses found by the session-20 audit aud20g: S/RES/687 (1991), S/RES/827 (1993), S/RES/883 (1993), S/RES/1454 (2002),
// A/RES/73/7 (report of the International Criminal Court), and the same forms in other texts. Each case quotes the file
// named; each fix has negative cases.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-10-29' };
const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const adopted = (text: string, ctx: RecognizeContext = GA, kind: 'operative' | 'preambular' = 'operative') =>
  attributions(text, kind, { ...ctx }).filter((a) => a.startsWith('ADOPTED '));

describe('a decision to adopt a framework: the resolution adopted it', () => {
  it('A/RES/78/47 OP2: "Decides to adopt the Global Framework for Through-life Conventional Ammunition Management"', () => {
    const text =
      'Decides to adopt the Global Framework for Through-life Conventional Ammunition Management, which is a cooperative framework that is voluntary and contains a set of political commitments for strengthening and promoting existing initiatives on, and addressing existing gaps in, through-life conventional ammunition management;';
    expect(adopted(text, { ...GA, symbol: 'A/RES/78/47', date: '2023-12-04' })).toEqual([
      'ADOPTED Resolution:A/RES/78/47 -> Framework:Global Framework for Through-life Conventional Ammunition Management',
    ]);
  });

  it('A/RES/80/119 OP1: "Decides to adopt the United Nations principles for consumer product safety annexed to the present resolution"', () => {
    const text = 'Decides to adopt the United Nations principles for consumer product safety annexed to the present resolution, of which they form an integral part;';
    expect(adopted(text, { ...GA, symbol: 'A/RES/80/119', date: '2025-12-10' })).toEqual([
      'ADOPTED Resolution:A/RES/80/119 -> Framework:United Nations Principles for Consumer Product Safety',
    ]);
  });

  it('S/RES/827 (1993) OP2: "Decides hereby to establish an international tribunal ... and to this end to adopt the Statute of the International Tribunal"', () => {
    const text =
      'Decides hereby to establish an international tribunal for the sole purpose of prosecuting persons responsible for serious violations of international humanitarian law committed in the territory of the former Yugoslavia between 1 January 1991 and a date to be determined by the Security Council upon the restoration of peace and to this end to adopt the Statute of the International Tribunal annexed to the above-mentioned report;';
    expect(adopted(text, SC)).toEqual(['ADOPTED Resolution:S/RES/827(1993) -> Framework:Statute of the International Tribunal']);
  });

  it('guard: a decision that another body adopt it, or a mere decision about it, is no adoption', () => {
    const another =
      'Decides to convene a conference of plenipotentiaries to consider and to adopt the Global Framework for Through-life Conventional Ammunition Management;';
    expect(adopted(another, { ...GA, symbol: 'A/RES/78/47' })).toEqual([]);
    const invited = 'Decides to invite all States to consider and to adopt the Global Framework for Through-life Conventional Ammunition Management;';
    expect(adopted(invited, { ...GA, symbol: 'A/RES/78/47' })).toEqual([]);
    const about =
      'Decides to review the implementation of the Global Framework for Through-life Conventional Ammunition Management at its eighty-second session;';
    expect(adopted(about, { ...GA, symbol: 'A/RES/78/47' })).toEqual([]);
    const that = 'Decides that all States shall cooperate fully with the International Tribunal and its organs in accordance with the present resolution and the Statute of the International Tribunal;';
    expect(adopted(that, SC)).toEqual([]);
  });
});

describe('a framework approved by a resolution: the resolution adopted it', () => {
  it('A/RES/73/7 PP10: "the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of 13 September 2004"', () => {
    const text =
      'Acknowledging the Relationship Agreement between the United Nations and the International Criminal Court as approved by the General Assembly in its resolution 58/318 of 13 September 2004, including paragraph 3 of the resolution,';
    expect(adopted(text, GA, 'preambular')).toEqual([
      'ADOPTED Resolution:A/RES/58/318 -> Framework:Relationship Agreement between the United Nations and the International Criminal Court',
    ]);
  });

  it('A/RES/79/184 PP5: "its resolution 2625 (XXV) of 24 October 1970, in which it approved the Declaration on Principles of International Law ..."', () => {
    const text =
      'Recalling its resolution 2625 (XXV) of 24 October 1970, in which it approved the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations, and reaffirming the principles contained therein,';
    expect(adopted(text, { ...GA, symbol: 'A/RES/79/184', date: '2024-12-17' }, 'preambular')).toContain(
      'ADOPTED Resolution:A/RES/2625(XXV) -> Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations',
    );
  });

  it('guard: a framework named before a resolution that approved something else adopts nothing', () => {
    const text =
      'Recalling the Relationship Agreement between the United Nations and the International Criminal Court, and the budget approved by the General Assembly in its resolution 58/318 of 13 September 2004,';
    expect(adopted(text, GA, 'preambular')).toEqual([]);
  });
});

describe('the report of the Secretary-General cited with its symbol in brackets, then by the bare words', () => {
  const { extract } = oneParagraph({ ctx: SC, kind: 'operative' });
  const PP2 = 'Having considered the report of the Secretary-General (S/25704 and Add.1) pursuant to paragraph 2 of resolution 808 (1993),';
  const OP1 = 'Approves the report of the Secretary-General;';

  it('S/RES/827 (1993) PP2 then OP1: "Approves the report of the Secretary-General;" is S/25704', () => {
    const ctx: RecognizeContext = { ...SC };
    extract(PP2, 'preambular', ctx);
    const x = extract(OP1, 'operative', ctx);
    expect(x.mentions.filter((m) => m.kind === 'Document').map((m) => m.key)).toEqual(['Document:S/25704']);
    // the report and, named in its words, its author: each mention of the clause gets the clause's edge (aud20h's policy)
    expect(x.relations.map((r) => `${r.type} ${r.target}`).sort()).toEqual(['APPROVES Document:S/25704', 'APPROVES Organization:Secretary-General of the United Nations']);
  });

  it('guard: without the bracketed symbol before, or after two reports so cited, the bare words name no document', () => {
    const alone: RecognizeContext = { ...SC };
    expect(extract(OP1, 'operative', alone).mentions.filter((m) => m.kind === 'Document')).toEqual([]);
    const two: RecognizeContext = { ...SC };
    extract(PP2, 'preambular', two);
    extract('Having also considered the report of the Secretary-General (S/25800) on the situation in the former Yugoslavia,', 'preambular', two);
    expect(extract(OP1, 'operative', two).mentions.filter((m) => m.kind === 'Document')).toEqual([]);
    // a report of another author with its symbol in brackets is not the Secretary-General's
    const other: RecognizeContext = { ...SC };
    extract('Noting in this regard the recommendation by the Co-Chairmen of the Steering Committee of the International Conference on the Former Yugoslavia for the establishment of such a tribunal (S/25221),', 'preambular', other);
    expect(extract(OP1, 'operative', other).mentions.filter((m) => m.kind === 'Document')).toEqual([]);
  });
});
