// Session-52 audit aud52f: attributions from the annotators' first readings (session 51's gold files) and the residuals the
// lead listed. Fixed: a treaty "opened for signature ... on <day>" is not adopted that day (no ADOPTED_ON; "signed at Geneva on"
// still dates it). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/272', date: '2024-04-24' };
const { attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });
const adoptedOn = (a: string[]): string[] => a.filter((x) => x.startsWith('ADOPTED_ON'));

describe('a treaty opened for signature on a day is not adopted that day', () => {
  it('A/RES/78/272 PP6: "the Agreement was opened for signature in New York at United Nations Headquarters on 20 September 2023": no ADOPTED_ON', () => {
    const a = attributions(
      'Recalling the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction, and noting that the Agreement was opened for signature in New York at United Nations Headquarters on 20 September 2023,',
    );
    expect(adoptedOn(a)).toEqual([]);
  });

  it('A/RES/79/133 OP24: "the Council of Europe Convention ..., which was opened for signature in Nicosia on 19 May 2017": no ADOPTED_ON', () => {
    const a = attributions(
      'Welcomes the entry into force on 1 April 2022 of the Council of Europe Convention on Offences relating to Cultural Property, which was opened for signature in Nicosia on 19 May 2017, and invites Member States to consider becoming parties to the Convention;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/133', date: '2024-12-04' },
    );
    expect(adoptedOn(a)).toEqual([]);
  });

  it('guard: A/RES/78/39 PP6 "the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971": still adopted that day', () => {
    const a = attributions(
      'Recalling the signing of the Treaty on the Southeast Asia Nuclear Weapon-Free Zone in Bangkok on 15 December 1995, as an essential component of the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971,',
    );
    expect(a).toContain('ADOPTED_ON Framework:Declaration on the Zone of Peace, Freedom and Neutrality -> Date:1971-11-27');
  });

  it('guard: A/RES/78/207 PP1 "by which it adopted and opened for signature, ratification and accession the International Convention ...": the resolution still ADOPTED it', () => {
    const a = attributions(
      'Reaffirming its resolution 61/177 of 20 December 2006, by which it adopted and opened for signature, ratification and accession the International Convention for the Protection of All Persons from Enforced Disappearance,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' },
    );
    expect(a).toContain('ADOPTED Resolution:A/RES/61/177 -> Framework:International Convention for the Protection of All Persons from Enforced Disappearance');
  });
});
