// Session-57 audit aud57x: residuals found annotating A/RES/80/175 (homelessness). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/175', '2025-12-15'), kind: 'preambular' });

const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
const AGENDA_2030 = 'Framework:2030 Agenda for Sustainable Development';

describe('item 1: a footnote mark after the comma before "which is an integral part of" keeps the PART_OF', () => {
  it('A/RES/80/175 PP6: "... Financing for Development, 4 which is an integral part of the 2030 Agenda ..."', () => {
    const att = attributions(
      'Recalling further General Assembly resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, 4 which is an integral part of the 2030 Agenda for Sustainable Development,',
    );
    expect(att).toContain(`PART_OF ${AAAA} -> ${AGENDA_2030}`);
  });

  it('A/RES/78/172 PP6: the mark run into the comma ("Development,4 which is")', () => {
    const att = attributions(
      'Recalling further General Assembly resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,4 which is an integral part of the 2030 Agenda for Sustainable Development,',
      'preambular',
      ctxOf('A/RES/78/172', '2023-12-19'),
    );
    expect(att).toContain(`PART_OF ${AAAA} -> ${AGENDA_2030}`);
  });

  it('guard: A/RES/80/151 PP11 with no mark ("Development, which is an integral part of") is unchanged', () => {
    const att = attributions(
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development,',
      'preambular',
      ctxOf('A/RES/80/151', '2025-12-15'),
    );
    expect(att).toContain(`PART_OF ${AAAA} -> ${AGENDA_2030}`);
  });

  it('guard: a number that is no mark, "the Agenda, 2015 which ..." stays no part (a year is 4 digits)', () => {
    const att = attributions(
      'Recalling the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, 2015 which is an integral part of the 2030 Agenda for Sustainable Development,',
    );
    expect(att.filter((a) => a.startsWith(`PART_OF ${AAAA}`))).toEqual([]);
  });
});
