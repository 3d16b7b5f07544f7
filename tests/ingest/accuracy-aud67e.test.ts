// Session-67 audit aud67e: A/RES/80/5 (Doha Political Declaration of the "World Social Summit", the declaration annexed). Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/5',
  date: '2025-11-04',
  title: 'Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”',
};
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const AGENDA = 'Framework:2030 Agenda for Sustainable Development';
const SDGS = 'Framework:Sustainable Development Goals';

describe('a participle of result inside an item headed by its own participle stays in that item\'s clause', () => {
  it('A/RES/80/5 annex OP29 (n): "Recognizing that the social and solidarity economy ..., thus helping ... to achieve the 2030 Agenda"', () => {
    const text =
      'We will adopt a holistic approach towards the eradication of poverty in all its forms and dimensions. In this regard we commit to: (k) Reaffirming the commitment contained in the Pact for the Future to urgently develop a framework of measures of progress on sustainable development that complement or go beyond gross domestic product; (l) Fully and effectively implementing the mandate set out in General Assembly resolution 78/322 of 13 August 2024 on the multidimensional vulnerability index; (n) Recognizing that the social and solidarity economy can play a key role in eradicating poverty, promoting social inclusion and catalysing social transformation, thus helping to achieve the objective of leaving no one behind and to achieve the 2030 Agenda and its Sustainable Development Goals, while ensuring social development for all;';
    const rels = relations(text);
    expect(rels).toContain('REAFFIRMS Framework:Pact for the Future');
    expect(rels).toContain(`RECOGNIZES ${AGENDA}`);
    expect(rels).toContain(`RECOGNIZES ${SDGS}`);
    expect(rels).not.toContain(`REAFFIRMS ${AGENDA}`);
    expect(rels).not.toContain(`REAFFIRMS ${SDGS}`);
  });

  it('guard: A/RES/78/85 OP3 ", noting efforts ..., thus ensuring the implementation of Security Council resolutions": the main clause resumes', () => {
    const text =
      'Welcomes the commitment of the parties to continue to show political will and work in an atmosphere propitious for dialogue, in order to enter into a more intensive phase of negotiations, in good faith and without preconditions, noting efforts and developments since 2006, thus ensuring the implementation of Security Council resolutions 1754 (2007), 1783 (2007) and 2654 (2022) and the success of negotiations;';
    const rels = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/85', date: '2023-12-07', title: 'Assistance in mine action' });
    expect(rels).toContain('WELCOMES Resolution:S/RES/1754(2007)');
    expect(rels).not.toContain('NOTES Resolution:S/RES/1754(2007)');
  });
});
