// Session-43 audit aud43c: the Pact for the Future and the Global Digital Compact (A/RES/79/1), annotated as the scorer would
// (gold in /tmp/lead/aud43c-gold: the resolution's OP0, the Pact's paragraphs 1-25 and the Compact's paragraphs 1-30).
// Fixed: "Adopts the following Pact for the Future and its annexes" adopts the annexes too (the Global Digital Compact and the
// Declaration on Future Generations, named by their titles after the meeting line); "the political declaration agreed at the
// Sustainable Development Goals Summit in 2023" is that year's edition of the series ("at the <series> in <year>"); the
// Secretary-General's "Sustainable Development Goal stimulus" / "SDG stimulus" is an initiative (it was read as the Goals); "the
// political declaration agreed at / of" that dated sitting is the declaration the gazetteer knows by its year's title, ADOPTED there.
// Each fix quotes the file and paragraph and has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, segmentResolutions } from '../../ingest/index.js';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA79, kind: 'operative' });

const HEAD =
  'United Nations A/RES/79/1\n\nGeneral Assembly Distr.: General\n22 September 2024\n\nSeventy-ninth session\nAgenda item 123\n\nResolution adopted by the General Assembly on 22 September 2024\n\n[without reference to a Main Committee (A/79/L.2)]\n\n79/1. The Pact for the Future\n\nThe General Assembly\n\n';
const PACT =
  'The Pact for the Future\n\n1.\nWe, the Heads of State and Government, representing the peoples of the world, have gathered at United Nations Headquarters to protect the needs and interests of present and future generations through the actions in this Pact for the Future.\n\n2.\nWe are at a time of profound global transformation.\n\n3rd plenary meeting\n22 September 2024\n\n';
const ANNEXES =
  'Annex I\n\nGlobal Digital Compact\n\n1.\nDigital technologies are dramatically transforming our world. They offer immense potential benefits for the well-being and advancement of people and societies and for our planet.\n\n2.\nWe can only achieve this through strengthened international cooperation that closes all digital divides between and within countries.\n\n' +
  'Annex II\n\nDeclaration on Future Generations\n\nPreamble\n\nWe, the Heads of State and Government and high representatives, having met at the Summit of the Future at United Nations Headquarters on 22 and 23 September 2024,\n\nReaffirming our commitments to the purposes and principles of the Charter of the United Nations,\n\nGuiding principles\n\n1.\nThe maintenance of international peace and security is essential.\n';

/** the attributions of a whole text, as "TYPE source -> target (paragraph)" */
function attributionsOf(text: string): string[] {
  const src: SourceText = { file: 'A_RES_79_1.txt', format: 'text', text };
  const out: string[] = [];
  for (const r of segmentResolutions(cleanText(src), src)) {
    for (const p of extractResolution(r).paragraphs) for (const a of p.attributions) out.push(`${a.type} ${a.source} -> ${a.target} (${p.paragraph.id})`);
  }
  return out;
}
const SELF = 'Resolution:A/RES/79/1';

describe('"Adopts the following X and its annexes": the annexed declarations are adopted too', () => {
  it('A/RES/79/1 OP0 "Adopts the following Pact for the Future and its annexes:" with Annex I "Global Digital Compact" and Annex II "Declaration on Future Generations": ADOPTED all three, in OP0', () => {
    const adopted = attributionsOf(HEAD + 'Adopts the following Pact for the Future and its annexes:\n\n' + PACT + ANNEXES).filter((a) => a.startsWith(`ADOPTED ${SELF}`));
    expect(adopted).toEqual([
      `ADOPTED ${SELF} -> Framework:Pact for the Future (OP0)`,
      `ADOPTED ${SELF} -> Framework:Global Digital Compact (OP0)`,
      `ADOPTED ${SELF} -> Framework:Declaration on Future Generations (OP0)`,
    ]);
  });

  it('guard: "Adopts the following Pact for the Future:" (no word of the annexes) adopts the Pact alone', () => {
    const adopted = attributionsOf(HEAD + 'Adopts the following Pact for the Future:\n\n' + PACT + ANNEXES).filter((a) => a.startsWith(`ADOPTED ${SELF}`));
    expect(adopted).toEqual([`ADOPTED ${SELF} -> Framework:Pact for the Future (OP0)`]);
  });

  it('guard: "Takes note of the Pact for the Future and its annexes" adopts nothing', () => {
    const adopted = attributionsOf(HEAD + 'Takes note of the Pact for the Future and its annexes:\n\n' + PACT + ANNEXES).filter((a) => a.startsWith(`ADOPTED ${SELF}`));
    expect(adopted).toEqual([]);
  });
});

describe('"at the <series of sittings> in <year>": that year\'s edition', () => {
  const SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';

  it('A/RES/79/1 OP20 (b) "Fully implement the commitments in the political declaration agreed at the Sustainable Development Goals Summit in 2023": the 2023 Summit', () => {
    const text =
      'We decide to: (a) Scale up our efforts towards the full implementation of 2030 Agenda for Sustainable Development, the Addis Ababa Action Agenda and the Paris Agreement; (b) Fully implement the commitments in the political declaration agreed at the Sustainable Development Goals Summit in 2023; (c) Mobilize significant and adequate resources and investments from all sources for sustainable development;';
    expect(keys(text, 'Event:')).toEqual([SUMMIT_2023]);
    expect(relations(text)).toContain(`DECIDES ${SUMMIT_2023}`);
  });

  it('guard: "the Sustainable Development Goals Summit" with no year after it stays the series', () => {
    const text = 'Welcomes the commitments made at the Sustainable Development Goals Summit and calls for their implementation;';
    expect(keys(text, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit']);
  });

  it('guard: a year after the series named without "at the" ("to the Sustainable Development Goals Summit in 2023") stays the series', () => {
    const text = 'Invites Member States to contribute to the Sustainable Development Goals Summit in 2023 and beyond;';
    expect(keys(text, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit']);
  });
});

describe('the Secretary-General\'s "Sustainable Development Goal stimulus" is an initiative, not the Goals', () => {
  it('A/RES/79/1 OP23 "We note ongoing efforts to address the financing gap, including through the Secretary-General\'s proposal for a Sustainable Development Goal stimulus": NOTES the stimulus, not the Goals', () => {
    const text =
      'We are deeply concerned by the growing Sustainable Development Goal financing gap facing developing countries. We note ongoing efforts to address the financing gap, including through the Secretary-General’s proposal for a Sustainable Development Goal stimulus.';
    const rel = relations(text);
    expect(rel).toContain('NOTES Initiative:SDG Stimulus');
    expect(rel).not.toContain('NOTES Framework:Sustainable Development Goals');
  });

  it('A/RES/78/233 OP13 "Welcomes the Secretary-General\'s efforts to address the SDG financing gap through an SDG stimulus": WELCOMES the stimulus', () => {
    const text = 'Welcomes the Secretary-General’s efforts to address the SDG financing gap through an SDG stimulus;';
    expect(relations(text)).toContain('WELCOMES Initiative:SDG Stimulus');
  });

  it('guard: "the Sustainable Development Goals" named beside it are still the Goals', () => {
    const text = 'Decides to advance towards a Sustainable Development Goal stimulus to accelerate the achievement of the Sustainable Development Goals;';
    expect(relations(text)).toEqual(expect.arrayContaining(['DECIDES Initiative:SDG Stimulus', 'DECIDES Framework:Sustainable Development Goals']));
  });
});

describe('"the political declaration agreed at / of" a dated sitting: the declaration of that year', () => {
  const DECLARATION_2023 = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
  const SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';

  it('A/RES/79/1 OP20 (b) "the political declaration agreed at the Sustainable Development Goals Summit in 2023": DECIDES the 2023 declaration, which the 2023 Summit ADOPTED', () => {
    const text = 'We decide to: (b) Fully implement the commitments in the political declaration agreed at the Sustainable Development Goals Summit in 2023;';
    expect(relations(text)).toEqual(expect.arrayContaining([`DECIDES ${DECLARATION_2023}`, `DECIDES ${SUMMIT_2023}`]));
    expect(attributions(text)).toContain(`ADOPTED ${SUMMIT_2023} -> ${DECLARATION_2023}`);
  });

  it('A/RES/79/1 annex II PP3 "including the political declaration of the Sustainable Development Goals Summit of 2023": REAFFIRMS the 2023 declaration', () => {
    const text = 'Reaffirming also our commitments to the 2030 Agenda for Sustainable Development, including the political declaration of the Sustainable Development Goals Summit of 2023, and our pledge to future generations,';
    expect(relations(text, 'preambular')).toContain(`REAFFIRMS ${DECLARATION_2023}`);
  });

  it('guard: "the political declaration of the Sustainable Development Goals Summit" with no year: no declaration of a year', () => {
    const text = 'Reaffirming the political declaration of the Sustainable Development Goals Summit,';
    expect(keys(text, 'Framework:', 'preambular')).not.toContain(DECLARATION_2023);
  });

  it('guard: "the commitments made at the Sustainable Development Goals Summit in 2023" (no declaration named): the Summit alone', () => {
    const text = 'Recalling the commitments made at the Sustainable Development Goals Summit in 2023,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([]);
    expect(keys(text, 'Event:', 'preambular')).toEqual([SUMMIT_2023]);
  });
});
