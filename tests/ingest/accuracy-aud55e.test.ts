// Session-55 audit aud55e: the Security Council texts of /work/shared/corpus annotated in session 55 (S/RES/1 (1946), 9 (1946),
// 82 (1950), 338 (1973), 660 (1990), 678 (1990), 827 (1993), 883 (1993); gold files tests/gold/aud55e-*). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC883: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/883(1993)', date: '1993-11-11' };
const { keys, relations } = oneParagraph({ ctx: SC883, kind: 'operative' });

describe('the airlines the Libya sanctions name are organizations', () => {
  it('S/RES/883 (1993) OP6: "(a) Require the immediate and complete closure of all Libyan Arab Airlines offices ...": DECIDES the airline', () => {
    const text =
      'Also decides that, in order to make fully effective the provisions of resolution 748 (1992), all States shall: (a) Require the immediate and complete closure of all Libyan Arab Airlines offices within their territories; (b) Prohibit any commercial transactions with Libyan Arab Airlines by their nationals or from their territory, including the honouring or endorsement of any tickets or other documents issued by that airline;';
    expect(relations(text)).toEqual(['DECIDES Resolution:S/RES/748(1992)', 'DECIDES Organization:Libyan Arab Airlines']);
  });

  it('S/RES/883 (1993) PP7: "... the bombing of Pan Am flight 103 ... Union de Transports Aériens flight 772": both carriers are noted', () => {
    const text =
      "Taking note of the letters to the Secretary-General dated 29 September and 1 October 1993 from the Secretary of the General People's Committee for Foreign Liaison and International Cooperation of Libya and his speech in the general debate at the forty-eighth session of the General Assembly in which Libya stated its intention to encourage those charged with the bombing of Pan Am flight 103 to appear for trial in Scotland and its willingness to cooperate with the competent French authorities in the case of the bombing of Union de Transports Aériens flight 772,";
    const rel = relations(text, 'preambular');
    expect(rel).toContain('NOTES Organization:Pan American World Airways');
    expect(rel).toContain('NOTES Organization:Union de Transports Aériens');
  });

  it('guard: S/RES/883 (1993) OP1 "Demands once again that the Libyan Government comply ...": Libya, no airline', () => {
    const text = 'Demands once again that the Libyan Government comply without any further delay with resolutions 731 (1992) and 748 (1992),';
    expect(keys(text, 'Organization:')).toEqual([]);
    expect(relations(text)).toContain('DEMANDS Place:Libya');
  });
});
