// Audit of A/RES/78/178 (Promoting social integration through social inclusion): the resolution cited in a framework's
// footnote adopted it when the note closes the phrase of the sitting that adopted it ("the New Urban Agenda, adopted at the
// ... (Habitat III), held in Quito from 17 to 20 October 2016,5" with "5 Resolution 71/256, annex.").
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';

const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/178', date: '2023-12-19' };

const adopted = (id: string, text: string, notes: Note[], ctx: RecognizeContext = CTX) =>
  extractWithNotes(id, text, notes, { ...ctx })
    .attributions.filter((a) => a.type === 'ADOPTED')
    .map((a) => `${a.source} -> ${a.target}`);

describe('a footnote after the adopting sitting, its venue and days: the resolution it cites adopted the framework', () => {
  it('A/RES/78/178 OP20: "the New Urban Agenda, adopted at the ... (Habitat III), held in Quito from 17 to 20 October 2016,5" with "5 Resolution 71/256, annex."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Reaffirms the commitment of the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,5 to embracing diversity in cities and human settlements, to strengthening social cohesion;';
    const a = adopted('OP20', text, [{ after: '2016,5', mark: '5', text: 'Resolution 71/256, annex.' }]);
    expect(a).not.toContain('Resolution:A/RES/71/256 -> Framework:New Urban Agenda');
    expect(a).toContain('Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 -> Framework:New Urban Agenda');
  });

  it('A/RES/78/178 PP14: "the political declaration adopted by the high-level political forum ... (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023,1" with "1 Resolution 78/1, annex."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Recalling that the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023,1 inter alia, emphasizes that eradicating poverty in all its forms and dimensions is the greatest global challenge,';
    const a = adopted('PP14', text, [{ after: '2023,1', mark: '1', text: 'Resolution 78/1, annex.' }]);
    expect(a).not.toContain('Resolution:A/RES/78/1 -> Framework:Political Declaration of the High-level Political Forum on Sustainable Development');
  });

  it('"the adoption of the New Urban Agenda by the ... (Habitat III), held in Quito from 17 to 20 October 2016,10" (A/RES/78/119 PP16 shape)', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Reaffirming the adoption of the New Urban Agenda by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,10 and noting the commitments undertaken therein by Member States,';
    expect(adopted('PP16', text, [{ after: '2016,10', mark: '10', text: 'Resolution 71/256, annex.' }])).not.toContain('Resolution:A/RES/71/256 -> Framework:New Urban Agenda');
  });

  it('"the Vienna Programme of Action ... adopted by the second United Nations Conference on Landlocked Developing Countries, held in Vienna from 3 to 5 November 2014,10" with "10 Resolution 69/137, annex II."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Recalling the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024, adopted at the second United Nations Conference on Landlocked Developing Countries, held in Vienna from 3 to 5 November 2014,10 and its comprehensive review,';
    expect(adopted('PP5', text, [{ after: '2014,10', mark: '10', text: 'Resolution 69/137, annex II.' }])).not.toContain(
      'Resolution:A/RES/69/137 -> Framework:Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024',
    );
  });

  it('guard: a note after a sitting that no framework was said to be adopted at adopts nothing ("the New Urban Agenda and the ... (Habitat III), held in Quito ...,5")', () => {
    const text =
      'Recalling the New Urban Agenda and welcoming the outcome of the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,5';
    expect(adopted('PP3', text, [{ after: '2016,5', mark: '5', text: 'Resolution 71/256, annex.' }]).filter((x) => x.startsWith('Resolution:'))).toEqual([]);
  });

  it('guard: "the New Urban Agenda at the ..., held in Quito ...,5" without "adopted" or "the adoption of" adopts nothing', () => {
    const text =
      'Recalling the commitments of the New Urban Agenda at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,5';
    expect(adopted('PP3', text, [{ after: '2016,5', mark: '5', text: 'Resolution 71/256, annex.' }]).filter((x) => x.startsWith('Resolution:'))).toEqual([]);
  });

  it('guard: a note that is no bare resolution ("See resolution 71/256.") after the sitting adopts nothing', () => {
    const text =
      'Reaffirming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,5';
    expect(adopted('PP3', text, [{ after: '2016,5', mark: '5', text: 'See resolution 71/256.' }]).filter((x) => x.startsWith('Resolution:'))).toEqual([]);
  });
});
