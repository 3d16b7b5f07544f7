// Session-49 audit aud49a: gold set of four Security Council resolutions (tests/gold/aud49a-*: S/RES/242 (1967), 598 (1987),
// 687 (1991) PP1-PP26 OP1-OP14, 1454 (2002)), annotated from the raw texts before reading the output. Fixed: the Council's
// committees keyed with the resolution that set them up are named so ("Security Council Committee established pursuant to
// resolution 661 (1990)"), not all "Security Council Committee". Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC1454: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' };
const { extract } = oneParagraph({ ctx: SC1454, kind: 'operative' });

/** the Organization mention keyed `key` in the paragraph */
const organization = (text: string, key: string): EntityMention | undefined => extract(text).mentions.find((m) => m.key === key);

describe("the Council's committees are named with the resolution that set them up", () => {
  it('S/RES/1454 (2002) OP2: "requests the Committee established by resolution 661 (1990) to review the Goods Review List": named "... established pursuant to resolution 661 (1990)", the printed word an alias, the key unchanged', () => {
    const text =
      'Decides to conduct a thorough review of the Goods Review List and the procedures for its implementation both 90 days after commencement of the period as defined in paragraph 1 of resolution 1447 (2002) and prior to the end of the 180-day period so defined and thereafter to conduct regular, thorough reviews, and, in this connection, requests the Committee established by resolution 661 (1990) to review the Goods Review List and the procedures for its implementation as part of its regular agenda and recommend to the Security Council necessary additions to, and/or deletions from, the Goods Review List and procedures;';
    const committee = organization(text, 'Organization:Security Council Committee (S/RES/661(1990))');
    expect(committee?.name).toBe('Security Council Committee established pursuant to resolution 661 (1990)');
    expect(committee?.attrs.aliases).toEqual(['Committee']);
    expect(extract(text).relations.map((r) => `${r.type} ${r.target}`)).toContain('REQUESTS Organization:Security Council Committee (S/RES/661(1990))');
  });

  it('S/RES/883 (1993) OP9: "the Committee of the Security Council established by resolution 748 (1992)": its own resolution in its name', () => {
    const text =
      'Instructs the Committee of the Security Council established by resolution 748 (1992) to draw up expeditiously guidelines for the implementation of paragraphs 3 to 7 above;';
    const committee = organization(text, 'Organization:Security Council Committee (S/RES/748(1992))');
    expect(committee?.name).toBe('Security Council Committee established pursuant to resolution 748 (1992)');
    expect(committee?.attrs.aliases).toEqual(['Committee of the Security Council']);
  });

  it('A/RES/78/115 (as printed in GA texts): "the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism": the printed name is the alias', () => {
    const text =
      'Noting the role of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism in monitoring the implementation of that resolution,';
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/115', date: '2023-12-07' };
    const committee = extract(text, 'preambular', ga).mentions.find((m) => m.key === 'Organization:Security Council Committee (S/RES/1373(2001))');
    expect(committee?.name).toBe('Security Council Committee established pursuant to resolution 1373 (2001)');
    expect(committee?.attrs.aliases).toEqual(['Security Council Committee']);
  });

  it('guard: a generic name keyed with whose it is, but no Council committee ("the Commission of Experts established pursuant to resolution 780 (1992)", S/RES/827 (1993) PP10), keeps its printed name', () => {
    const text =
      'Considering that, pending the appointment of the Prosecutor of the International Tribunal, the Commission of Experts established pursuant to resolution 780 (1992) should continue on an urgent basis the collection of information,';
    const sc827: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' };
    const commission = extract(text, 'preambular', sc827).mentions.find((m) => m.key === 'Organization:Commission of Experts (S/RES/780(1992))');
    expect(commission?.name).toBe('Commission of Experts');
  });
});
