// Session-68 audit aud68a: A/RES/80/117 (political declaration of the fourth high-level meeting on noncommunicable diseases and
// mental health; the declaration annexed). Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/117', date: '2025-12-15' };
const { relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const HLM = 'Event:high-level meeting of the General Assembly on';
const DECL = 'Framework:Political declaration of the high-level meeting on';

describe('"the political declarations of the high-level meetings on A held in <year> and <year>, on B in <year> ...": each topic dated after it', () => {
  // (the footnote marks as the PDF text prints them: spaced after a year, after its comma, glued to it)
  const OP5 =
    'Recall the political declarations of the high-level meetings of the General Assembly on universal health coverage held in 2019 4 and 2023, 5 on pandemic prevention, preparedness and response in 2023,6 on the fight against tuberculosis in 20237 and on antimicrobial resistance in 2024,8 as appropriate;';

  it('A/RES/80/117 annex OP5: one meeting per topic and year, the clause\'s target, which ADOPTED its declaration and starts in its year', () => {
    const rels = relations(OP5);
    for (const m of ['universal health coverage @ 2019', 'universal health coverage @ 2023', 'pandemic prevention, preparedness and response @ 2023', 'the fight against tuberculosis @ 2023', 'antimicrobial resistance @ 2024']) {
      expect(rels).toContain(`RECALLS ${HLM} ${m}`);
    }
    const att = attributions(OP5);
    expect(att).toContain(`ADOPTED ${HLM} universal health coverage @ 2019 -> ${DECL} universal health coverage (2019)`);
    expect(att).toContain(`ADOPTED ${HLM} universal health coverage @ 2023 -> ${DECL} universal health coverage (2023)`);
    expect(att).toContain(`ADOPTED ${HLM} the fight against tuberculosis @ 2023 -> ${DECL} the fight against tuberculosis (2023)`);
    expect(att).toContain(`STARTS_ON ${HLM} antimicrobial resistance @ 2024 -> Date:2024`);
    expect(att).toContain(`STARTS_ON ${HLM} pandemic prevention, preparedness and response @ 2023 -> Date:2023`);
  });

  it('guard, A/RES/79/263 OP5: the undated list names no meeting (accuracy-aud19d)', () => {
    const rels = relations(
      'Recalls the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis, as reflected in its resolutions;',
    );
    expect(rels.filter((r) => r.includes(' Event:'))).toEqual([]);
  });

  it('guard: one topic dated is no list ("... on universal health coverage held in 2019 and 2023"): the meeting "held in 2019" only, as before', () => {
    const text = 'Recall the political declarations of the high-level meetings of the General Assembly on universal health coverage held in 2019 and 2023;';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
    expect(relations(text).filter((r) => r.includes(' Event:'))).toEqual([`RECALLS ${HLM} universal health coverage @ 2019`]);
  });
});
