// Session-68 audit aud68b: gold of A/RES/79/152 (violence against women and girls: the digital environment). Each case quotes the
// file and paragraph it comes from; the fix has guards for the near sentences that must not change.
// Fixed: "the Pact for the Future, to which a Global Digital Compact is annexed" (79/152 PP9: the annex printed after the whole)
// is PART_OF the whole, as "the Global Digital Compact, annexed to the Pact for the Future" already was.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_152: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/152', date: '2024-12-17' };
const { attributions, relations } = oneParagraph({ ctx: GA_79_152, kind: 'preambular' });
const PACT = 'Framework:Pact for the Future';
const GDC = 'Framework:Global Digital Compact';
const partOf = (atts: string[]): string[] => atts.filter((a) => a.startsWith('PART_OF'));

describe('"<whole>, to which <part> is annexed": the part is PART_OF the whole', () => {
  const PP9 =
    'Recalling that by adopting the Pact for the Future, to which a Global Digital Compact is annexed,21 Member States committed themselves to ensuring that science, technology and innovation improve gender equality and the lives of all women and girls,';

  it('A/RES/79/152 PP9: "the Pact for the Future, to which a Global Digital Compact is annexed,21" (21: Resolution 79/1.)', () => {
    const atts = footnotedAttributions('PP9', PP9, '21', 'annexed,21', 'Resolution 79/1.', GA_79_152);
    expect(atts).toContain(`PART_OF ${GDC} -> ${PACT}`);
    // (the clause's verb still reaches both)
    expect(relations(PP9)).toEqual(expect.arrayContaining([`RECALLS ${PACT}`, `RECALLS ${GDC}`]));
  });

  it('the definite article reads alike: "the Pact for the Future, to which the Global Digital Compact is annexed"', () => {
    const text = 'Recalling the Pact for the Future, to which the Global Digital Compact is annexed,';
    expect(partOf(attributions(text))).toContain(`PART_OF ${GDC} -> ${PACT}`);
  });

  it('guard: "the Pact for the Future, to which the Global Digital Compact contributes": no annex named', () => {
    const text = 'Recalling the Pact for the Future, to which the Global Digital Compact contributes,';
    expect(partOf(attributions(text))).toEqual([]);
  });

  it('guard: "the Global Digital Compact, annexed to the Pact for the Future" keeps its one PART_OF (the part printed first)', () => {
    const text = 'Recalling the Global Digital Compact, annexed to the Pact for the Future,';
    expect(partOf(attributions(text))).toEqual([`PART_OF ${GDC} -> ${PACT}`]);
  });
});
