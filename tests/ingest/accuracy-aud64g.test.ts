// Session-64 audit aud64g: A/RES/79/219 (Follow-up to the Third United Nations Conference on Landlocked Developing Countries,
// Second Committee) and A/RES/80/58 (Artificial intelligence in the military domain, First Committee). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/219', '2024-12-19'), kind: 'preambular' });

const VIENNA_REVIEW = 'Event:High-level Midterm Review on the Implementation of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024';
const VIENNA_DECLARATION = 'Framework:Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024';
const VPOA = 'Framework:Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024';
const ISTANBUL_REVIEW = 'Event:Comprehensive High-level Midterm Review of the Implementation of the Istanbul Programme of Action for the Least Developed Countries for the Decade 2011-2020';

describe('"the Political Declaration of the <midterm review>": the review is the sitting that adopted it (lead\'s ruling, session 51)', () => {
  const PP1 =
    'Recalling the Vienna Declaration, the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 and the Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024,';

  it('A/RES/79/219 PP1 (78/163 PP1): the High-level Midterm Review ADOPTED the Political Declaration and is recalled with it', () => {
    expect(keys(PP1, 'Event:')).toContain(VIENNA_REVIEW);
    expect(attributions(PP1)).toContain(`ADOPTED ${VIENNA_REVIEW} -> ${VIENNA_DECLARATION}`);
    const rels = relations(PP1);
    expect(rels).toContain(`RECALLS ${VIENNA_REVIEW}`);
    expect(rels).toContain(`RECALLS ${VIENNA_DECLARATION}`);
  });

  it('A/RES/79/206 PP6 (78/153): the Comprehensive High-level Midterm Review of the Istanbul Programme ADOPTED its declaration', () => {
    const text =
      'Recalling the Political Declaration of the Comprehensive High-level Midterm Review of the Implementation of the Istanbul Programme of Action for the Least Developed Countries for the Decade 2011–2020,';
    const ctx = ctxOf('A/RES/79/206', '2024-12-19');
    expect(attributions(text, 'preambular', ctx)).toContain(
      `ADOPTED ${ISTANBUL_REVIEW} -> Framework:Political Declaration of the Comprehensive High-level Midterm Review of the Implementation of the Istanbul Programme of Action for the Least Developed Countries for the Decade 2011-2020`,
    );
  });

  it('guard: the Programme of Action under review is the review\'s topic, not its outcome (no ADOPTED), and printed alone names no sitting', () => {
    expect(attributions(PP1).filter((a) => a.startsWith('ADOPTED ') && a.endsWith(`-> ${VPOA}`))).toEqual([]);
    const alone = 'Reaffirming the overarching goal of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024,';
    expect(keys(alone, 'Event:')).toEqual([]);
    expect(relations(alone)).toContain(`REAFFIRMS ${VPOA}`);
  });
});

describe('"its" after a body keyed with the sitting it prepares: the body, not a second candidate (session-57 pronoun rule)', () => {
  const COMMITTEE = 'Organization:Preparatory Committee for the Third United Nations Conference on Landlocked Developing Countries';
  const CONFERENCE = 'Event:Third United Nations Conference on Landlocked Developing Countries';

  it('A/RES/79/219 PP5: "the meetings of the Preparatory Committee for the third ... Conference ... and taking note with appreciation of its outcomes"', () => {
    const text =
      'Recalling further the meetings of the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries held from 5 to 8 February 2024 and on 3 June 2024 and taking note with appreciation of its outcomes, and taking note of the outcomes of the three regional review meetings of the landlocked developing countries, with one meeting in Africa, held in Gaborone on 29 and 30 May 2023,';
    const rels = relations(text);
    expect(rels).toContain(`NOTES ${COMMITTEE}`);
    expect(rels).not.toContain(`NOTES ${CONFERENCE}`);
  });

  it('guard: the sitting printed apart from the body\'s name stays a second candidate ("its" unread)', () => {
    const text =
      'Recalling the meetings of the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries and the Second United Nations Conference on Landlocked Developing Countries, and taking note of its outcomes,';
    expect(relations(text).filter((r) => r.startsWith('NOTES '))).toEqual([]);
  });
});
