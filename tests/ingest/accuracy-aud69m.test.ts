// Session-69 audit aud69m: A/RES/78/325 (United Nations Games), A/RES/80/10 (International Day of the World's Indigenous Women and
// Girls), A/RES/79/294 (International Day of Deafblindness); golds tests/gold/aud69m-*.gold.tsv.
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/10', '2025-11-26'), kind: 'preambular' });

const CEDAW = 'Committee on the Elimination of Discrimination against Women';

describe('"<treaty body> general recommendation No. N": the body before its own numbered text is its author, no verb target', () => {
  it('A/RES/80/10 PP7: "Noting Committee on the Elimination of Discrimination against Women general recommendation No. 39 (2022) ..."', () => {
    const text = `Noting ${CEDAW} general recommendation No. 39 (2022) on the rights of Indigenous women and girls12 and general recommendation No. 40 (2024) on the equal and inclusive representation of women in decision-making systems, respectively,13`;
    const rel = relations(text);
    expect(rel.filter((r) => r.includes(CEDAW) && r.startsWith('NOTES Organization'))).toEqual([]);
    expect(rel.filter((r) => r.startsWith('NOTES Document'))).toHaveLength(2);
    expect(keys(text, 'Organization:')).toContain(`Organization:${CEDAW}`);
  });

  it('A/RES/80/9 annex OP6: "and take note of Committee on the Elimination of Discrimination against Women general recommendation No. 38 (2020) ..."', () => {
    const rel = relations(
      `We recall the Global Compact for Safe, Orderly and Regular Migration, 9 the Global Compact on Refugees,10 and take note of ${CEDAW} general recommendation No. 38 (2020) on trafficking in women and girls in the context of global migration.11`,
      'operative',
      ctxOf('A/RES/80/9', '2025-11-24'),
    );
    expect(rel.filter((r) => r.includes(`Organization:${CEDAW}`))).toEqual([]);
    expect(rel.filter((r) => r.startsWith('NOTES Document'))).toHaveLength(1);
  });

  it('guard: the Committee printed after its recommendation keeps its verb ("general recommendation No. 39 (2022) ... of the Committee ...", 80/191 PP19)', () => {
    const rel = relations(
      `Taking note of general recommendation No. 39 (2022) on the rights of Indigenous women and girls (CEDAW/C/GC/39) of the ${CEDAW}, and noting further that it provides recommendations,`,
    );
    expect(rel).toContain(`NOTES Organization:${CEDAW}`);
  });

  it('guard: the Committee addressed before a general recommendation keeps its verb ("Invites the Committee ... to ...")', () => {
    const rel = relations(`Invites the ${CEDAW} to consider general recommendation No. 39 in its work;`, 'operative');
    expect(rel).toContain(`INVITES Organization:${CEDAW}`);
  });
});

describe('"the organizing committee of the <sitting>" in lower case is the sitting\'s Organizing Committee, which ORGANIZES it', () => {
  const ctx = ctxOf('A/RES/78/325', '2024-09-06');
  const OC = 'Organization:Organizing Committee of the Second United Nations Games';
  it('A/RES/78/325 OP4: "Invites the five regional groups to nominate their candidates ... for the organizing committee of the Second United Nations Games ..."', () => {
    const text = `Invites the five regional groups to nominate their candidates, one from each regional group, for the organizing committee of the Second United Nations Games in a timely fashion, so that they can participate in the first meeting of the committee on an informal basis in New York in January 2025;`;
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain(`INVITES ${OC}`);
    // the sitting, printed with its organ, takes the verb too (session 50)
    expect(rel.some((r) => r.startsWith('INVITES Event:') && r.includes('United Nations Games'))).toBe(true);
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith(`ORGANIZES ${OC}`))).toHaveLength(1);
  });

  it('A/RES/78/325 OP7: "Requests the organizing committee of the Second United Nations Games, in collaboration with ..."', () => {
    const text = 'Requests the organizing committee of the Second United Nations Games, in collaboration with the Department of Economic and Social Affairs of the Secretariat, to collect feedback from all Member States of the United Nations;';
    expect(relations(text, 'operative', ctx)).toContain(`REQUESTS ${OC}`);
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(OC);
  });

  it('guard: "the organizing committee" with no sitting named after it is no entity', () => {
    const text = 'Requests the organizing committee to collect feedback from all Member States of the United Nations;';
    expect(keys(text, 'Organization:', 'operative', ctx).filter((k) => k.includes('Organizing'))).toEqual([]);
  });
});
