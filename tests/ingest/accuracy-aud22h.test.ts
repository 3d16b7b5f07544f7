// Misses found by the session-22 audit aud22h: A/RES/80/137 (disaster risk reduction), and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/137', date: '2025-12-15' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('the thanked hosts: later items of the list open with their own "to"', () => {
  const OP75 =
    'Expresses its appreciation to the Governments of Indonesia, Jamaica, Kenya, Kuwait, Mexico, Montenegro, Morocco, Namibia, the Philippines, Portugal and Uruguay, respectively, for hosting global and regional platforms for disaster risk reduction, events jointly organized with the United Nations Office for Disaster Risk Reduction, to Saint Kitts and Nevis for hosting the sixth High-level Meeting on the Implementation of the Sendai Framework for Disaster Risk Reduction in the Americas and the Caribbean, and to Switzerland for hosting the eighth session of the Global Platform for Disaster Risk Reduction, from 2 to 6 June 2025, at which the Co‑Chairs’ summary, entitled “Geneva call for disaster risk reduction”, was issued;';

  it('A/RES/80/137 OP75: ", to Saint Kitts and Nevis for hosting the sixth High-level Meeting ..., and to Switzerland for hosting the eighth session of the Global Platform"', () => {
    const hosts = attributions(OP75).filter((a) => a.startsWith('HOSTS '));
    expect(hosts).toContain('HOSTS Place:Switzerland -> Event:eighth session of the Global Platform for Disaster Risk Reduction');
    expect(hosts.filter((a) => a.startsWith('HOSTS Place:Saint Kitts and Nevis -> Event:'))).toHaveLength(1);
    expect(hosts).toHaveLength(2);
  });

  it('guard: ", and to <country> for hosting" whose thanks are in an earlier clause names no host', () => {
    const text =
      'Expresses its appreciation to donors for their contributions to the trust fund; and calls upon Member States, and to Switzerland for hosting the eighth session of the Global Platform for Disaster Risk Reduction, to consider contributions;';
    expect(attributions(text).filter((a) => a.startsWith('HOSTS '))).toEqual([]);
  });
});
