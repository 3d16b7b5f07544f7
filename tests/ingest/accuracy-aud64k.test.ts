// Session-64 audit aud64k: A/RES/79/224 (human resources development, Second Committee). Each case quotes the file and paragraph
// it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';

function para(id: string, text: string): ParagraphText {
  return { id, kind: /^PP/.test(id) ? 'preambular' : 'operative', number: id.startsWith('OP') ? Number(id.slice(2)) : undefined, text, footnoteRefs: [], subparagraphs: [] };
}
const run = (symbol: string, date: string, p: ParagraphText) => {
  const x = extractParagraph(p, { body: 'General Assembly', symbol, date, file: `${symbol.replace(/\//g, '_')}.txt` });
  return {
    relations: x.relations.map((r) => `${r.type} ${r.target}`),
    attributions: x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
  };
};
const TOPICS = ['pandemic prevention, preparedness and response', 'universal health coverage', 'the fight against tuberculosis', 'antimicrobial resistance'];

describe('"the political declarations of the <year> high-level meetings on A, on B and on C": each meeting of that year, which ADOPTED its declaration', () => {
  const text =
    'Taking note of the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage, on the fight against tuberculosis and on antimicrobial resistance, convened under the auspices of the General Assembly during its seventy-eighth and seventy-ninth sessions, as efforts to highlight the importance of health on the high-level political agenda,';

  it('guard, A/RES/79/224 PP7 (no year printed, no adopting resolution cited): no meeting read, the declarations stay undated (accuracy-aud19d)', () => {
    const r = run('A/RES/79/224', '2024-12-19', para('PP7', text));
    for (const t of TOPICS) expect(r.relations).toContain(`NOTES Framework:Political declaration of the high-level meeting on ${t}`);
    expect(r.relations.some((x) => x.startsWith('NOTES Event:high-level meeting'))).toBe(false);
  });

  it('A/RES/78/280 PP46: "of the 2023 high-level meetings of the General Assembly on ...": each meeting of 2023, the Assembly\'s', () => {
    const r = run(
      'A/RES/78/280',
      '2024-06-24',
      para(
        'PP46',
        'Welcoming the organization and recalling the political declarations of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis,17 which highlighted the importance of cooperation, equity and solidarity,',
      ),
    );
    expect(r.relations).toContain('RECALLS Event:high-level meeting of the General Assembly on universal health coverage @ 2023');
    expect(r.attributions).toContain(
      'ADOPTED Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2023 -> Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2023)',
    );
  });

  it('guard, A/RES/78/119 PP (the clause of a longer paragraph): "the political declarations on A, 3 on B4 and on C5 adopted at the respective high-level meetings": no meeting made up', () => {
    const r = run(
      'A/RES/78/119',
      '2023-12-07',
      para(
        'PP9',
        'Taking note of the political declarations on pandemic prevention, preparedness and response, 3 on universal health coverage4 and on the fight against tuberculosis5 adopted at the respective high-level meetings of the General Assembly held in New York in September 2023,',
      ),
    );
    expect(r.relations.some((x) => x.includes(' Event:high-level meeting'))).toBe(false);
    expect(r.attributions.some((x) => x.startsWith('ADOPTED Event:high-level meeting'))).toBe(false);
  });

  it('guard, A/RES/79/263 OP15: one meeting printed in full keeps its own reading (a meeting of the Assembly, printed so)', () => {
    const r = run(
      'A/RES/79/263',
      '2024-12-20',
      para('OP15', 'Recalls the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases, as reflected in its resolution 73/2 of 10 October 2018, and calls upon developed countries to fulfil their commitments;'),
    );
    expect(r.relations).toContain('RECALLS Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases');
    expect(r.attributions.filter((x) => x.startsWith('ADOPTED Event:')).length).toBe(1);
  });

});
