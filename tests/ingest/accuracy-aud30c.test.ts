// Misses found by the session-30 audit aud30c: A/RES/78/326, 79/33, 80/196, 80/29, 80/13, 78/35, 79/64, 78/84, 80/235 and
// 80/230, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { segmentLines } from '../helpers/segment-lines.js';

const GA_80_13: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/13', date: '2025-12-01' };
const GA_78_35: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/35', date: '2023-12-04' };

describe('"the Declaration of the Indian Ocean as a Zone of Peace, contained in its resolution 2832 (XXVI)"', () => {
  const { keys, attributions } = oneParagraph({ ctx: GA_80_13, kind: 'preambular' });
  const ZONE = 'Framework:Declaration of the Indian Ocean as a Zone of Peace';
  const PP1 =
    'Recalling the Declaration of the Indian Ocean as a Zone of Peace, contained in its resolution 2832 (XXVI) of 16 December 1971, and recalling also its resolutions 54/47 of 1 December 1999, 56/16 of 29 November 2001 and 78/13 of 4 December 2023 and other relevant resolutions,';

  it('A/RES/80/13 PP1 (78/13 PP1): the name is read whole, and the resolution that contains it adopted it', () => {
    expect(keys(PP1, 'Framework:')).toEqual([ZONE]);
    // (conv42c: "containing"/"contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    expect(attributions(PP1)).toContain(`PART_OF ${ZONE} -> Resolution:A/RES/2832(XXVI)`);
    expect(attributions(PP1)).not.toContain(`ADOPTED Resolution:A/RES/2832(XXVI) -> ${ZONE}`);
  });

  it('guard: the ocean named alone is a place, no declaration', () => {
    const text = 'Convinced that the participation of all permanent members of the Security Council and the major maritime users of the Indian Ocean in the work of the Ad Hoc Committee is important,';
    expect(keys(text, 'Framework:')).toEqual([]);
    expect(keys(text, 'Place:')).toEqual(['Place:Indian Ocean']);
  });
});

describe('"including the adoption of the declaration entitled “...” and the Vienna Action Plan": both adopted by the sitting', () => {
  const { attributions } = oneParagraph({ ctx: GA_78_35, kind: 'operative' });
  const FIRST_MSP = 'Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons)';
  const lead =
    'Also welcomes the convening of the first Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in Vienna, Austria from 21 to 23 June 2022, and further welcomes the decisions taken at the first Meeting of States Parties,2 including the adoption of the declaration entitled “Our commitment to a world free of nuclear weapons”';

  it('A/RES/78/35 OP6: the Vienna Action Plan joined by " and the " after the closing quote', () => {
    const text = `${lead} and the Vienna Action Plan, as well as the ongoing informal intersessional work to implement it;`;
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${FIRST_MSP} -> Framework:Our commitment to a world free of nuclear weapons`);
    expect(att).toContain(`ADOPTED ${FIRST_MSP} -> Framework:Vienna Action Plan`);
  });

  it('guard: a framework after the quote and a new clause was not adopted there', () => {
    const text = `${lead}, and welcomes the Vienna Action Plan;`;
    expect(attributions(text)).not.toContain(`ADOPTED ${FIRST_MSP} -> Framework:Vienna Action Plan`);
  });
});

describe('"the Treaty’s Scientific Advisory Group": the treaty\'s body, one node across texts', () => {
  const HEAD = [
    'United Nations',
    'A/RES/78/35',
    '',
    'General Assembly',
    '',
    'Resolution adopted by the General Assembly on 4 December 2023',
    '',
    '78/35. Treaty on the Prohibition of Nuclear Weapons',
    '',
    'The General Assembly,',
    '',
  ];
  const keysOf = (lines: string[], prefix: string): string[] => {
    const [r] = segmentLines(lines, 'A_RES_78_35.txt');
    return [...new Set(extractResolution(r!).paragraphs.flatMap((p) => p.mentions.map((m) => m.key)).filter((k) => k.startsWith(prefix)))];
  };

  it('A/RES/78/35 OP7 (79/38 OP9, 80/54 OP9): "Welcomes the establishment of the Treaty’s Scientific Advisory Group"', () => {
    const lines = [
      ...HEAD,
      '1. Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017;',
      '',
      '2. Welcomes the entry into force of the Treaty on 22 January 2021;',
      '',
      '3. Welcomes the establishment of the Treaty’s Scientific Advisory Group;',
    ];
    expect(keysOf(lines, 'Organization:Scientific')).toEqual(['Organization:Scientific Advisory Group (Treaty on the Prohibition of Nuclear Weapons)']);
  });

  it('guard: a group of that generic name with no instrument before it stays the resolution\'s', () => {
    const lines = [...HEAD, '1. Welcomes the establishment of the Scientific Advisory Group;'];
    expect(keysOf(lines, 'Organization:Scientific')).toEqual(['Organization:Scientific Advisory Group (A/RES/78/35)']);
  });
});

describe('"..., and requests him to" / "encourages it to": the pronoun asks the one the clause before named', () => {
  const GA_80_54: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/54', date: '2025-12-01' };
  const { relations } = oneParagraph({ ctx: GA_80_54, kind: 'operative' });
  const SG = 'Organization:Secretary-General of the United Nations';

  it('A/RES/80/54 OP11 (79/38 OP11, 80/63 OP35): "Expresses its gratitude to the Secretary-General ..., and requests him to render"', () => {
    const text =
      'Expresses its gratitude to the Secretary-General for his support provided to date, and requests him to render the necessary assistance and to provide such services, as may be required, for the first Review Conference and its informal intersessional process;';
    const rels = relations(text);
    expect(rels).toContain(`EXPRESSES ${SG}`);
    expect(rels).toContain(`REQUESTS ${SG}`);
  });

  it('A/RES/78/234 OP47 (79/161, 80/193): "Acknowledges the guidance and leadership role of the Human Rights Council, and encourages it to continue"', () => {
    const text =
      'Acknowledges the guidance and leadership role of the Human Rights Council, and encourages it to continue to oversee the implementation of the Durban Declaration and Programme of Action;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/234', date: '2023-12-22' })).toContain('ENCOURAGES Organization:Human Rights Council');
  });

  it('A/RES/78/205 OP7 (80/211): "Welcomes the use of the Guiding Principles ... by the Special Rapporteur ..., and requests her to continue": her is the person', () => {
    const text =
      'Welcomes the use of the Guiding Principles on Internal Displacement by the Special Rapporteur on the human rights of internally displaced persons in her dialogue with Governments, and requests her to continue her efforts to further their dissemination;';
    const rels = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/205', date: '2023-12-19' });
    expect(rels).toContain('REQUESTS Organization:Special Rapporteur on the human rights of internally displaced persons');
  });

  it('guard: "it" after a clause that is about a State is not the court named inside it (A/RES/78/221 OP7)', () => {
    const text =
      'Urges the Russian Federation to fully and immediately comply with the orders of the International Court of Justice of 19 April 2017, and encourages it to respect the United Nations Standard Minimum Rules for the Treatment of Prisoners;';
    expect(relations(text).filter((r) => r.startsWith('ENCOURAGES Organization:'))).toEqual([]);
  });

  it('guard: "him" with no person named before asks no one; "them" asks the list the clause before named (session 57, accuracy-aud57m)', () => {
    const it1 = 'Welcomes the work of the Human Rights Council, and requests him to report thereon;';
    expect(relations(it1).filter((r) => r.startsWith('REQUESTS'))).toEqual([]);
    const it2 = 'Commends the Economic and Social Council and the Human Rights Council for their work, and requests them to continue it;';
    expect(relations(it2).filter((r) => r.startsWith('REQUESTS')).sort()).toEqual(['REQUESTS Organization:Economic and Social Council', 'REQUESTS Organization:Human Rights Council']);
  });
});
