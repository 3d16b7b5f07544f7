// Misses found by the session-18 audit aud18o: A/RES/79/277 (WSIS+20 modalities), A/RES/79/325 (AI Panel and Global
// Dialogue), A/RES/80/24 (nuclear disarmament). Each case quotes the file and paragraph; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/24', date: '2025-12-01' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a body, then "on the International Day ..." it spoke on, is two names', () => {
  const opanal = 'Organization:Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean';
  it('A/RES/80/24 PP28 (79/50 PP28, 78/53 PP27): "the Agency for the Prohibition ... Caribbean on the International Day for ..."', () => {
    const text =
      'Recalling the declaration of the States members of the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean on the International Day for the Total Elimination of Nuclear Weapons, in Mexico City on 26 September 2025,';
    expect(keys(text, 'Organization:')).toEqual([opanal]);
    const events = keys(text, 'Event:');
    expect(events.length).toBe(1);
    expect(events[0]!.startsWith('Event:International Day for the Total Elimination of Nuclear Weapons')).toBe(true);
    expect(relations(text)).toContain(`RECALLS ${opanal}`);
    expect(relations(text)).toContain(`RECALLS ${events[0]}`);
  });

  it('guard: a sitting on a decade keeps its topic (A/RES/78/327 PP, shortened: "the final declaration of the Third High-level International Conference on the International Decade for Action")', () => {
    const text =
      'Noting the final declaration of the Third High-level International Conference on the International Decade for Action “Water for Sustainable Development”, 2018–2028, held in Dushanbe from 10 to 13 June 2024,';
    expect(keys(text, 'Event:').some((k) => k.startsWith('Event:Third High-level International Conference on the International Decade'))).toBe(true);
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  it('guard: a body named by its topic keeps it ("the Commission on the Status of Women")', () => {
    const text = 'Welcoming the work of the Commission on the Status of Women,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Commission on the Status of Women']);
  });
});
