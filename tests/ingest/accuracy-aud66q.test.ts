// Session-66 audit aud66q: A/RES/78/228 (Improving the coordination of efforts against trafficking in persons, Third Committee)
// and its sister text 80/228. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/228',
  date: '2023-12-19',
  title: 'Improving the coordination of efforts against trafficking in persons',
};
const { relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const COP = 'Event:Conference of the Parties to the United Nations Convention against Transnational Organized Crime';
const copResolution = (n: string): string => `Resolution:Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution ${n}`;
const adopted = (text: string): string[] => attributions(text).filter((a) => a.startsWith('ADOPTED'));

describe('numbers listed with their days and quoted titles before "adopted by <body> at its <session>": the body adopted each', () => {
  it('A/RES/78/228 PP47 (80/228): "resolutions 10/1 of 16 October 2020, entitled “...”, and 10/3, also of 16 October 2020, entitled “...”, adopted by the Conference of the Parties at its tenth session"', () => {
    const text =
      'Recognizing that, in accordance with the United Nations Convention against Transnational Organized Crime, the Conference of the Parties to the Convention is established to improve the capacity of States parties to combat transnational organized crime and to promote and review the implementation of the Convention, including the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, and in this regard taking note of resolutions 10/1 of 16 October 2020, entitled “Launch of the review process of the Mechanism for the Review of the Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto”, and 10/3, also of 16 October 2020, entitled “Effective implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime”, adopted by the Conference of the Parties at its tenth session, held in Vienna from 12 to 16 October 2020, and of resolution 11/5 of 21 October 2022, entitled “Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime”, adopted by the Conference of the Parties at its eleventh session, held in Vienna from 17 to 21 October 2022,';
    expect(adopted(text).sort()).toEqual([`ADOPTED ${COP} -> ${copResolution('10/1')}`, `ADOPTED ${COP} -> ${copResolution('10/3')}`, `ADOPTED ${COP} -> ${copResolution('11/5')}`]);
  });

  it('guard: a number set apart from the list by another name ("resolution 10/1, the Convention and resolution 10/3, adopted by ...") is not adopted', () => {
    const text =
      'Taking note of resolution 10/1 of 16 October 2020, the United Nations Convention against Transnational Organized Crime and resolution 10/3, adopted by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its tenth session,';
    expect(adopted(text)).toEqual([`ADOPTED ${COP} -> ${copResolution('10/3')}`]);
  });

  it('guard: another body\'s titled number listed before ("Human Rights Council resolution 44/4 ..., entitled “...”, and resolution 10/3, adopted by the Conference ...") is not the Conference\'s', () => {
    const text =
      'Taking note of Human Rights Council resolution 44/4 of 16 July 2020, entitled “Trafficking in persons, especially women and children”, and resolution 10/3, adopted by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its tenth session,';
    expect(adopted(text).filter((a) => a.includes('44/4'))).toEqual([]);
  });
});

describe('the United Nations where initiatives are promoted: a setting, no target', () => {
  it('A/RES/78/228 PP30 (80/228): "the different initiatives of Member States, promoted in the United Nations to contribute to the global fight"', () => {
    const text =
      'Taking note with appreciation of the different initiatives of Member States, promoted in the United Nations to contribute to the global fight against trafficking in persons,';
    expect(relations(text)).not.toContain('NOTES Organization:United Nations');
  });

  it('guard: "initiatives promoted by the United Nations" (the Organization as actor) keeps its verb', () => {
    const text = 'Taking note with appreciation of the different initiatives promoted by the United Nations to contribute to the global fight against trafficking in persons,';
    expect(relations(text)).toContain('NOTES Organization:United Nations');
  });
});

describe('the Office on Genocide Prevention and the Responsibility to Protect: one office', () => {
  it('A/RES/78/228 PP19 note 19 (80/228): "the United Nations Office on Drugs and Crime, the Office on Genocide Prevention and the Responsibility to Protect, the United Nations Population Fund"', () => {
    const text =
      'Recognizing also the important role of the United Nations Office on Drugs and Crime, the Office on Genocide Prevention and the Responsibility to Protect, the United Nations Population Fund and the World Bank,';
    const rels = relations(text);
    expect(rels).toContain('RECOGNIZES Organization:Office on Genocide Prevention and the Responsibility to Protect');
    expect(rels).not.toContain('RECOGNIZES Organization:Office on Genocide Prevention');
  });
});
