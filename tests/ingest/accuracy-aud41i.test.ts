// Session-41 audit aud41i: hand annotation of the AI / digital family as the scorer reads it (gold in /tmp/lead/aud41i-gold:
// A/RES/78/265 and 78/311 whole, A/RES/80/173 PP1..PP6 and OP1..OP20), then the system compared with it. Fixed: the forum the
// Assembly convened in 2023 (the Sustainable Development Goals Summit), printed only inside the words of its political
// declaration with no summit's name in brackets ("the political declaration adopted at the high-level political forum on
// sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1
// of 29 September 2023"), was not mentioned: now it is, it ADOPTED the declaration and the Assembly ORGANIZES it, as in the
// bracketed printing. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };
const { relations, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';
const DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const ASSEMBLY = 'Organization:General Assembly';

describe('the summit an Assembly-convened forum was, named only in its declaration\'s words', () => {
  it('A/RES/78/265 PP2 (78/311 PP2, 79/322): "the political declaration adopted at the high-level political forum ... convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023": REAFFIRMS the 2023 summit, which ADOPTED the declaration, convened by the Assembly', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, and the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,';
    expect(relations(text)).toContain(`REAFFIRMS ${SUMMIT_2023}`);
    expect(relations(text)).toContain(`REAFFIRMS ${DECLARATION}`);
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${SUMMIT_2023} -> ${DECLARATION}`);
    expect(att).toContain(`ORGANIZES ${ASSEMBLY} -> ${SUMMIT_2023}`);
  });

  it('A/RES/79/219 OP3: "... convened under the auspices of the General Assembly, held in New York on 18 and 19 September 2023, 9 and urges ...": WELCOMES the 2023 summit', () => {
    const text =
      'Welcomes the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly, held in New York on 18 and 19 September 2023, 9 and urges timely action to ensure its full implementation;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/219', date: '2024-12-19' };
    expect(relations(text, 'operative', ctx)).toContain(`WELCOMES ${SUMMIT_2023}`);
    expect(attributions(text, 'operative', ctx)).toContain(`ADOPTED ${SUMMIT_2023} -> ${DECLARATION}`);
  });

  it('guard: A/RES/78/151 OP6, the summit named in brackets: one mention, one ADOPTED, one ORGANIZES (no second reading)', () => {
    const text =
      'Welcomes the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/151', date: '2023-12-19' };
    expect(relations(text, 'operative', ctx).filter((r) => r === `WELCOMES ${SUMMIT_2023}`)).toHaveLength(1);
    const att = attributions(text, 'operative', ctx);
    expect(att.filter((a) => a === `ADOPTED ${SUMMIT_2023} -> ${DECLARATION}`)).toHaveLength(1);
    expect(att.filter((a) => a === `ORGANIZES ${ASSEMBLY} -> ${SUMMIT_2023}`)).toHaveLength(1);
  });

  it('guard: A/RES/78/261 PP7 "... convened under the auspices of the General Assembly4 last September": no year printed, no summit read', () => {
    const text =
      'Recalling further the Political Declaration adopted at the High-Level Political Forum on Sustainable Development convened under the auspices of the General Assembly4 last September, where Heads of State and Government agreed to look forward to the proposed World Social Summit in 2025,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/261', date: '2024-02-22' };
    expect(relations(text, 'preambular', ctx).filter((r) => r.includes('Sustainable Development Goals Summit'))).toEqual([]);
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${DECLARATION}`);
  });

  it('guard: "the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council" in 2025 is no Assembly summit', () => {
    const text =
      'Recalling the ministerial declaration adopted by the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held in New York from 14 to 24 July 2025,';
    expect(relations(text).filter((r) => r.includes('Sustainable Development Goals Summit'))).toEqual([]);
  });
});
