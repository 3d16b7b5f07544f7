// Session 53, the lead: a residual aud53h traced and left (its item 4). Each case quotes the file and paragraph named.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
const { attributions, keys } = oneParagraph({ ctx: GA, kind: 'operative' });

const HELCOM = 'Organization:Baltic Marine Environment Protection Commission';

describe('"(Helsinki Commission)" after a sitting of the Baltic Marine Environment Protection Commission is the Commission\'s other name', () => {
  // A/RES/78/69 OP224 (79/144 OP222): before, the bracket read as a body of its own that LEADS the meeting
  const op224 =
    'Also notes the revised Regional Action Plan on Marine Litter adopted at the Ministerial Meeting of the Baltic Marine Environment Protection Commission (Helsinki Commission) in October 2021;';

  it('A/RES/78/69 OP224: one Commission node, its meeting SESSION_OF it, no LEADS of its own sitting', () => {
    const att = attributions(op224);
    expect(att.some((a) => a.startsWith('LEADS '))).toBe(false);
    expect(att.some((a) => a.startsWith('SESSION_OF ') && a.endsWith(`-> ${HELCOM}`))).toBe(true);
    expect(keys(op224, 'Organization:')).not.toContain('Organization:Helsinki Commission');
  });

  it('the alias: "the Helsinki Commission" printed alone is the same Commission', () => {
    expect(keys('Welcomes the work of the Helsinki Commission on marine litter;', 'Organization:')).toContain(HELCOM);
  });
});
