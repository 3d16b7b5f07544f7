// Session-57 audit aud57n: residuals of the gold reading of A/RES/80/150 (follow-up to the Fifth United Nations Conference on the
// Least Developed Countries). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { cleanText } from '../../ingest/clean.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/150', '2025-12-15'), kind: 'preambular' });
const pdfText = (text: string): SourceText => ({ file: 'A_RES_80_150.txt', format: 'pdftext', text });

describe('item 1: a word joiner (U+2060) inside a range of days is no character of the text', () => {
  const SUMMIT = 'Event:Summit of the Future @ 2024';

  it('A/RES/80/150 PP10 (corpus-ga lines): "on 22\\u2060–23 September \\n2024": the cleaned text has no joiner', () => {
    const clean = cleanText(
      pdfText('The General Assembly,\n\nWelcoming also the convening of the Summit of the Future on 22\u2060–23 September \n2024 at the United Nations Headquarters in New York, at which resolution 79/1 \nentitled “The Pact for the Future” and its annexes were adopted,\n'),
    );
    expect(clean.text).toContain('on 22–23 September 2024');
    expect(clean.text).not.toContain('\u2060');
  });

  it('A/RES/80/150 PP10: the cleaned paragraph dates the Summit from 22 to 23 September 2024', () => {
    const clean = cleanText(pdfText('Welcoming also the convening of the Summit of the Future on 22\u2060–23 September 2024 at the United Nations Headquarters in New York,\n'));
    const att = attributions(clean.text.trim());
    expect(att).toContain(`STARTS_ON ${SUMMIT} -> Date:2024-09-22`);
    expect(att).toContain(`ENDS_ON ${SUMMIT} -> Date:2024-09-23`);
  });

  it('A/RES/80/151 OP54: "2015\\u2060–2030" joins the years of the Sendai Framework\'s name', () => {
    const clean = cleanText(pdfText('Welcoming the Sendai Framework for Disaster Risk Reduction 2015\u2060–2030;\n'));
    expect(clean.text).toContain('Sendai Framework for Disaster Risk Reduction 2015–2030;');
  });
});

describe('item 2: "the New Urban Agenda adopted in Quito by the <sitting>": the sitting adopted it there', () => {
  const HABITAT3 = 'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016';
  const FFD4 = 'Event:Fourth International Conference on Financing for Development';
  const PP4 =
    'Reaffirming the 2030 Agenda for Sustainable Development,4 the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, 5 the Sevilla Commitment of the Fourth International Conference on Financing for Development, 6 the Paris Agreement, 7 the Sendai Framework for Disaster Risk Reduction 2015–20308 and the New Urban Agenda adopted in Quito by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), 9';

  it('A/RES/80/150 PP4: Habitat III ADOPTED the New Urban Agenda and is HELD_IN Quito; the Fourth Conference on Financing is not', () => {
    const att = attributions(PP4);
    expect(att).toContain(`ADOPTED ${HABITAT3} -> Framework:New Urban Agenda`);
    expect(att).toContain(`HELD_IN ${HABITAT3} -> Place:Quito`);
    expect(att).not.toContain(`HELD_IN ${FFD4} -> Place:Quito`);
    // (the sittings named by the frameworks' own names keep their adoptions)
    expect(att).toContain(`ADOPTED ${FFD4} -> Framework:Sevilla Commitment`);
  });

  it('A/RES/79/218 PP3: the same list without the Sevilla Commitment', () => {
    const att = attributions(
      'Reaffirming also the 2030 Agenda for Sustainable Development,3 the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, 5 the Paris Agreement,6 the Sendai Framework for Disaster Risk Reduction 2015–20307 and the New Urban Agenda adopted in Quito by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), 8',
      'preambular',
      ctxOf('A/RES/79/218', '2024-12-19'),
    );
    expect(att).toContain(`ADOPTED ${HABITAT3} -> Framework:New Urban Agenda`);
    expect(att).toContain(`HELD_IN ${HABITAT3} -> Place:Quito`);
  });

  it('guard: A/RES/78/145 PP5 "the New Urban Agenda, adopted at the ... (Habitat III), held in Quito from 17 to 20 October 2016"', () => {
    const att = attributions(
      'Recalling the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,',
      'preambular',
      ctxOf('A/RES/78/145', '2023-12-19'),
    );
    expect(att).toContain(`ADOPTED ${HABITAT3} -> Framework:New Urban Agenda`);
    expect(att).toContain(`HELD_IN ${HABITAT3} -> Place:Quito`);
    expect(att).toContain(`STARTS_ON ${HABITAT3} -> Date:2016-10-17`);
  });

  it('guard: "adopted in Johannesburg, South Africa, in September 2002" names no adopting sitting', () => {
    const att = attributions(
      'Recalling the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation), adopted in Johannesburg, South Africa, in September 2002,',
      'preambular',
      ctxOf('A/RES/78/155', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('HELD_IN') && !a.includes('World Summit on Sustainable Development'))).toEqual([]);
  });
});

describe('item 3: "<framework>, which is integral to the 2030 Agenda": PART_OF the Agenda, as "which is an integral part of"', () => {
  const { attributions: operativeAttributions } = oneParagraph({ ctx: ctxOf('A/RES/80/150', '2025-12-15'), kind: 'operative' });
  const DOHA = 'Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031';
  const AGENDA = 'Framework:2030 Agenda for Sustainable Development';

  it('A/RES/80/150 OP10: "the implementation of the Doha Programme of Action, which is integral to the 2030 Agenda"', () => {
    const att = operativeAttributions(
      'Welcomes the adoption of resolution 79/226 of 19 December 2024 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system, further urges the United Nations development system to continue to enhance its support for the implementation of the Doha Programme of Action, which is integral to the 2030 Agenda, and calls upon the entities of the United Nations development system to integrate and mainstream the Doha Programme of Action fully into their operational activities for development;',
    );
    expect(att).toContain(`PART_OF ${DOHA} -> ${AGENDA}`);
  });

  it('guard: A/RES/80/151 PP11 "the Addis Ababa Action Agenda ..., which is an integral part of the 2030 Agenda" keeps its PART_OF', () => {
    const att = attributions(
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development,',
      'preambular',
      ctxOf('A/RES/80/151', '2025-12-15'),
    );
    expect(att).toContain(`PART_OF Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development -> ${AGENDA}`);
  });

  it('guard: "the mobilization of domestic resources is integral to the 2030 Agenda": no framework before it, no part', () => {
    const att = operativeAttributions('Stresses that the mobilization of domestic resources is integral to the 2030 Agenda for Sustainable Development;');
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('item 4: "the high-level meeting on <topic> and the adoption of the political declaration on <topic>": the meeting\'s declaration', () => {
  const DECLARATION = 'Framework:Political declaration of the high-level meeting on antimicrobial resistance';

  it('A/RES/80/150 PP22: the declaration is welcomed and dated by the day printed after it', () => {
    const { relations, attributions: att } = oneParagraph({ ctx: ctxOf('A/RES/80/150', '2025-12-15'), kind: 'preambular' });
    const text =
      'Welcoming the convening of the high-level meeting on sea level rise by the President of the General Assembly on 25 September 2024 and the high-level meeting on antimicrobial resistance and the adoption of the political declaration on antimicrobial resistance on 26 September 2024,';
    expect(relations(text).filter((r) => r.startsWith(`WELCOMES ${DECLARATION}`))).toHaveLength(1);
    expect(att(text).filter((a) => a.startsWith(`ADOPTED_ON ${DECLARATION}`) && a.endsWith('Date:2024-09-26'))).toHaveLength(1);
  });

  it('A/RES/79/218 PP26: the meeting dated before the declaration', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/218', '2024-12-19'), kind: 'preambular' });
    const text =
      'Welcoming the convening of the high-level meeting on sea level rise by the President of the General Assembly and the high-level meeting on antimicrobial resistance on 26 September 2024 and the adoption of the political declaration on antimicrobial resistance,';
    expect(relations(text).filter((r) => r.startsWith(`WELCOMES ${DECLARATION}`))).toHaveLength(1);
  });

  it('guard: a declaration on another topic than the meeting\'s is not the meeting\'s', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/150', '2025-12-15'), kind: 'preambular' });
    const text = 'Welcoming the high-level meeting on sea level rise and the adoption of the political declaration on antimicrobial resistance,';
    expect(relations(text).filter((r) => r.includes('Political declaration of the high-level meeting on sea level rise'))).toEqual([]);
  });
});
