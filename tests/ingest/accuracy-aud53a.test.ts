// Session-53 hand audit aud53a (gold set aud53a: A/RES/78/134, international trade and development; A/RES/78/148, the links
// between all modes of transport; A/RES/78/156, education for sustainable development; all Second Committee texts). Fixed: a
// protocol named by the treaty it amends ("the Protocol amending the Marrakesh Agreement Establishing the World Trade
// Organization") is one instrument, not the treaty alone. Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA78_134: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/134', date: '2023-12-19' };
const GA78_163: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/163', date: '2023-12-19' };
const GA79_144: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/144', date: '2024-12-12' };

function extract(text: string, ctx: RecognizeContext, id: string) {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const frameworks = (text: string, ctx: RecognizeContext, id: string): string[] =>
  extract(text, ctx, id).mentions.map((m) => m.key).filter((k) => k.startsWith('Framework:'));
const relations = (text: string, ctx: RecognizeContext, id: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string, ctx: RecognizeContext, id: string): string[] =>
  extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const PROTOCOL = 'Framework:Protocol amending the Marrakesh Agreement Establishing the World Trade Organization';
const MARRAKESH = 'Framework:Marrakesh Agreement Establishing the World Trade Organization';
const TFA = 'Framework:Agreement on Trade Facilitation';

describe('a protocol named by the treaty it amends is one instrument', () => {
  const OP27 =
    'Underlines the importance of the Agreement on Trade Facilitation annexed to the Protocol amending the Marrakesh Agreement Establishing the World Trade Organization in improving transparency, expediting the movement, release and clearance of goods, including goods in transit, and thereby reducing trade costs, and in this regard encourages its full and effective implementation, including through enhanced support towards its implementation;';

  it('A/RES/78/134 OP27: "the Agreement on Trade Facilitation annexed to the Protocol amending the Marrakesh Agreement ..."', () => {
    expect(frameworks(OP27, GA78_134, 'OP27')).toEqual([TFA, PROTOCOL]);
    expect(relations(OP27, GA78_134, 'OP27')).toEqual(expect.arrayContaining([`EMPHASIZES ${TFA}`, `EMPHASIZES ${PROTOCOL}`, `ENCOURAGES ${TFA}`]));
    expect(relations(OP27, GA78_134, 'OP27')).not.toContain(`EMPHASIZES ${MARRAKESH}`);
    // (the Agreement annexed to the protocol is part of it, as the annexed texts of other instruments are)
    expect(attributions(OP27, GA78_134, 'OP27')).toContain(`PART_OF ${TFA} -> ${PROTOCOL}`);
  });

  it('A/RES/78/163 OP19: "Calls for the full and timely implementation of the Agreement on Trade Facilitation annexed to the Protocol amending ..."', () => {
    const text =
      'Calls for the full and timely implementation of the Agreement on Trade Facilitation annexed to the Protocol amending the Marrakesh Agreement Establishing the World Trade Organization, and in this regard urges members and relevant international and regional organizations to continue to provide and enhance technical and capacity-building assistance;';
    expect(frameworks(text, GA78_163, 'OP19')).toEqual([TFA, PROTOCOL]);
    expect(relations(text, GA78_163, 'OP19')).toContain(`CALLS_UPON ${PROTOCOL}`);
  });

  it('guard: the treaty printed alone keeps its own key ("the Marrakesh Agreement Establishing the World Trade Organization")', () => {
    const text = 'Recalls the Marrakesh Agreement Establishing the World Trade Organization and the principles of the multilateral trading system;';
    expect(frameworks(text, GA78_134, 'OP5')).toEqual([MARRAKESH]);
  });

  it('guard: A/RES/79/144 OP253 "the London Protocol amending annexes 1 and 2 to the Protocol": no treaty after the participle, no protocol made', () => {
    const text =
      'Also recalls the adoption of resolution LP.6(17) by the forty-fourth Consultative Meeting of Contracting Parties to the London Convention and the seventeenth Meeting of Contracting Parties to the London Protocol amending annexes 1 and 2 to the Protocol to remove sewage sludge from the list and assessment of wastes or other matter that may be considered for dumping, which entered into force on 15 January 2023;';
    expect(frameworks(text, GA79_144, 'OP253').some((k) => k.includes('amending'))).toBe(false);
  });
});
