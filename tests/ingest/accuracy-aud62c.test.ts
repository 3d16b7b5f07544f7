// Session-62 audit aud62c: residuals found while annotating A/RES/79/176 (Extrajudicial, summary or arbitrary executions). Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/176', '2024-12-17'), kind: 'operative' });

describe('"asks" is a request in other words: REQUESTS', () => {
  const RAPPORTEUR = 'Organization:Special Rapporteur on extrajudicial, summary or arbitrary executions';

  it('A/RES/79/176 OP27: "Expresses its appreciation to those States that have received the Special Rapporteur, asks them to examine the Special Rapporteur’s recommendations carefully, invites them ..." (the mandate named in PP2)', () => {
    const PP2 =
      'Reaffirming the mandate of the Special Rapporteur on extrajudicial, summary or arbitrary executions, as set out in Human Rights Council resolution 53/4 of 12 July 2023,';
    const OP27 =
      'Expresses its appreciation to those States that have received the Special Rapporteur, asks them to examine the Special Rapporteur’s recommendations carefully, invites them to inform the Special Rapporteur of the actions taken on those recommendations, and urges other States to cooperate in a similar way;';
    const [, op27] = extractResolution(gaResolution('A/RES/79/176', '2024-12-17', [notedParagraph('PP2', PP2), notedParagraph('OP27', OP27)])).paragraphs;
    const rel = op27!.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain(`REQUESTS ${RAPPORTEUR}`);
    // the clauses before and after keep their own verbs
    expect(rel).toContain(`EXPRESSES ${RAPPORTEUR}`);
    expect(rel).toContain(`INVITES ${RAPPORTEUR}`);
  });

  it('guard: A/RES/79/323 annex 1 (a) "We welcome efforts by some financial advisers to ask about savers’ sustainability preferences": the plain verb opens nothing', () => {
    const rel = relations(
      'We will promote the take-up of impact investing, such as impact funds, thematic bonds and investment lenses, in line with national circumstances. We welcome efforts by some financial advisers to ask about savers’ sustainability preferences and invite others to do the same.',
      'operative',
      ctxOf('A/RES/79/323', '2025-08-25'),
    );
    expect(rel.filter((r) => r.startsWith('REQUESTS'))).toEqual([]);
  });
});
