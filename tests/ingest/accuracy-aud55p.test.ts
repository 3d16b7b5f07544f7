// Session-55 audit aud55p: residual faults reported by the session's helpers. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';

const attributionsById = (symbol: string, date: string, paragraphs: [string, string][]): Record<string, string[]> =>
  Object.fromEntries(
    extractResolution(gaResolution(symbol, date, paragraphs.map(([id, text]) => notedParagraph(id, text)))).paragraphs.map((p) => [
      p.paragraph.id,
      p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
    ]),
  );

describe('item 2: "convene the Dialogue annually ..., alternating between Geneva and New York": HELD_IN both cities', () => {
  const DIALOGUE = 'Event:Global Dialogue on Artificial Intelligence Governance';
  const OP4 =
    'Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, involving Governments and all relevant stakeholders, as a platform to discuss international cooperation;';
  const OP5 =
    'Decides to convene the Dialogue annually for up to two days in the margins of existing relevant United Nations conferences and meetings, alternating between Geneva and New York, to be composed of a multi-stakeholder plenary meeting with a high-level governmental segment, a presentation of the annual report of the Panel, and thematic discussions;';

  it('A/RES/79/325 OP5 (after OP4): the Dialogue HELD_IN Geneva and New York', () => {
    const byId = attributionsById('A/RES/79/325', '2025-08-26', [
      ['OP4', OP4],
      ['OP5', OP5],
    ]);
    expect(byId.OP5).toContain(`HELD_IN ${DIALOGUE} -> Place:Geneva`);
    expect(byId.OP5).toContain(`HELD_IN ${DIALOGUE} -> Place:New York`);
  });

  it('guard: a sentence part of its own (";" before the words) gives the sitting named before it no venue', () => {
    const byId = attributionsById('A/RES/79/325', '2025-08-26', [
      ['OP4', OP4],
      ['OP5', OP5.replace('meetings, alternating', 'meetings; the other meetings alternating')],
    ]);
    expect(byId.OP5!.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('item 3: "the 2010, 2013, 2015 and 2021 groups of governmental experts": years that name groups are no dates', () => {
  const PP8 =
    'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts, as well as those of the 2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security,';
  const datesOf = (text: string): string[] =>
    extractResolution(gaResolution('A/RES/78/16', '2023-12-04', [notedParagraph('PP8', text)])).paragraphs[0]!.mentions
      .filter((m) => m.kind === 'Date')
      .map((m) => m.key);

  it('A/RES/78/16 PP8: no Date from "and 2021 groups" (nor from the years before it)', () => {
    expect(datesOf(PP8)).toEqual([]);
  });

  it('guard: "by holding dedicated intersessional meetings in both 2024 and 2025" (A/RES/78/16 PP21) keeps both years', () => {
    const dates = datesOf('Noting the work of the open-ended working group, including by holding dedicated intersessional meetings in both 2024 and 2025,');
    expect(dates).toContain('Date:2024');
    expect(dates).toContain('Date:2025');
  });
});
