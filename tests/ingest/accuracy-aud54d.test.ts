// Session-54 audit aud54d: attribution residuals (SESSION_OF, ADOPTED, HELD_IN of sittings). Each case quotes the file and paragraph
// it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/134', '2023-12-19'), kind: 'operative' });

describe('item 1: a numbered Ministerial Conference of the WTO is SESSION_OF the Ministerial Conference (the series), the series SESSION_OF the WTO', () => {
  const WTO = 'Organization:World Trade Organization';
  const SERIES = 'Event:Ministerial Conference of the World Trade Organization';

  it('A/RES/78/134 OP23: "the decision at the twelfth Ministerial Conference of the World Trade Organization"', () => {
    const text =
      'Recalls the decision at the twelfth Ministerial Conference of the World Trade Organization not to impose export restrictions on foodstuffs purchased for non-commercial humanitarian purposes by the World Food Programme;';
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF Event:Twelfth Ministerial Conference of the World Trade Organization -> ${SERIES}`);
    expect(att).toContain(`SESSION_OF ${SERIES} -> ${WTO}`);
    expect(att).not.toContain(`SESSION_OF Event:Twelfth Ministerial Conference of the World Trade Organization -> ${WTO}`);
  });

  it('A/RES/80/121 OP9: "at the next Ministerial Conference" (the series itself) stays SESSION_OF the WTO', () => {
    const text =
      'Looks forward to continuing the World Trade Organization negotiations consistent with existing mandates, with a view to achieving concrete and positive results at the next Ministerial Conference;';
    const att = attributions(text, 'operative', ctxOf('A/RES/80/121', '2025-12-15'));
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual([`SESSION_OF ${SERIES} -> ${WTO}`]);
  });

  it('the genre: A/RES/79/30 PP11 "by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, ..., the Sixteenth Ministerial Conference and Commemorative Meeting, ..."', () => {
    const text =
      'Mindful of the support expressed for Mongolia’s nuclear-weapon-free status by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, held in Tehran on 29 and 30 July 2008, the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua, Bali, Indonesia, from 23 to 27 May 2011, the Seventeenth Ministerial Conference, held in Algiers from 26 to 29 May 2014,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/79/30', '2024-12-02'));
    const NAM = 'Organization:Movement of Non-Aligned Countries';
    const series = 'Event:Ministerial Conference of the Movement of Non-Aligned Countries';
    expect(att).toContain(`SESSION_OF Event:Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries -> ${series}`);
    expect(att).toContain(`SESSION_OF Event:Seventeenth Ministerial Conference of the Movement of Non-Aligned Countries -> ${series}`);
    expect(att).toContain(`SESSION_OF ${series} -> ${NAM}`);
    // guard: a sitting named otherwise than the series ("... and Commemorative Meeting") stays the Movement's
    expect(att).toContain(`SESSION_OF Event:Sixteenth Ministerial Conference and Commemorative Meeting of the Movement of Non-Aligned Countries -> ${NAM}`);
  });

  it('guard: "the Sixth Ministerial Conference on the Role of Women ... of the Organization of Islamic Cooperation" (a topic, no series) unchanged', () => {
    const text =
      'Welcomes the Sixth Ministerial Conference on the Role of Women in the Development of Member States of the Organization of Islamic Cooperation;';
    const att = attributions(text);
    expect(att.filter((a) => a.includes('Event:Ministerial Conference of'))).toEqual([]);
  });
});
