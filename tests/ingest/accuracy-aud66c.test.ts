// Session-66 audit aud66c: A/RES/80/216 (the human rights to safe drinking water and sanitation, Third Committee) and its sister
// text 78/206. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/216', date: '2025-12-18', title: 'The human rights to safe drinking water and sanitation' };
const attributionsOf = (text: string, after: string, note: string): string[] =>
  extractWithNotes('PP15', text, [{ after, mark: '16', text: note }], { ...ctx }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const UNCED_REPORT =
  'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.';
const RIO_ADOPTED = 'ADOPTED Event:United Nations Conference on Environment and Development @ 1992 -> Framework:Rio Declaration on Environment and Development';

describe('a framework dated by its month alone before the mark of the note citing its sitting\'s report: the sitting ADOPTED it', () => {
  it('A/RES/80/216 PP15 (78/206): "the Rio Declaration on Environment and Development of June 199216" with the UNCED report note', () => {
    const text =
      'Recalling further the Rio Declaration on Environment and Development of June 199216 and its resolution 66/288 of 27 July 2012, entitled “The future we want”, and emphasizing the critical importance of water and sanitation within the three dimensions of sustainable development,';
    const atts = attributionsOf(text, '199216', UNCED_REPORT);
    expect(atts).toContain(RIO_ADOPTED);
    // (the month still dates the Declaration, as before)
    expect(atts).toContain('ADOPTED_ON Framework:Rio Declaration on Environment and Development -> Date:1992-06');
  });

  it('guard: a capitalised word that is no month between the name and the year does not close the framework ("of Brazil 1992")', () => {
    const text = 'Recalling further the Rio Declaration on Environment and Development of Brazil 199216 and its resolution 66/288,';
    expect(attributionsOf(text, '199216', UNCED_REPORT)).not.toContain(RIO_ADOPTED);
  });

  it('guard: the day form is read as before ("of 14 June 1992")', () => {
    const text = 'Recalling further the Rio Declaration on Environment and Development of 14 June 199216 and its resolution 66/288,';
    expect(attributionsOf(text, '199216', UNCED_REPORT)).toContain(RIO_ADOPTED);
  });
});
