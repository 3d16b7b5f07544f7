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

describe('a day printed after a sitting that is not the day it opened', () => {
  const THIRD_RC = 'Event:Third Review Conference (Chemical Weapons Convention)';
  const pp18 =
    'Emphasizing that, in the report on the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention (the Third Review Conference), adopted at The Hague on 19 April 2013, the States parties to the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction were invited to support voluntary sharing of information,';

  it('A/RES/78/146 PP18: "in the report on the Third Special Session ... (the Third Review Conference), adopted at The Hague on 19 April 2013": the report\'s day, no STARTS_ON; still HELD_IN The Hague', () => {
    const a = attributions(pp18, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/146', date: '2023-12-19' });
    expect(a.filter((x) => x.startsWith(`STARTS_ON ${THIRD_RC}`))).toEqual([]);
    expect(a).toContain(`HELD_IN ${THIRD_RC} -> Place:The Hague`);
  });

  it('guard: A/RES/79/129 PP32 "the Final Document of the Nineteenth Summit ..., adopted in Kampala on 19 January 2024": a declaration, not a report, still dates the Summit', () => {
    const a = attributions(
      'Recalling the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in Kampala on 19 January 2024,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/79/129', date: '2024-12-04' },
    );
    expect(a).toContain('STARTS_ON Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries -> Date:2024-01-19');
  });

  const WHA77 = 'Event:seventy-seventh session of the World Health Assembly';
  it('A/RES/79/333 PP4: "... at its seventy-seventh session, entitled “...” and of the adoption of the WHO Pandemic Agreement through resolution 78.1 on 20 May 2025": that day is the adoption\'s, not the seventy-seventh session\'s', () => {
    const a = attributions(
      'Taking note of resolution 77.17 of 1 June 2024, adopted by the World Health Assembly at its seventy-seventh session, entitled “Strengthening preparedness for and response to public health emergencies through targeted amendments to the International Health Regulations (2005)” and of the adoption of the WHO Pandemic Agreement through resolution 78.1 on 20 May 2025 at the seventy-eighth World Health Assembly,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/79/333', date: '2025-06-30' },
    );
    expect(a.filter((x) => x.startsWith(`STARTS_ON ${WHA77}`))).toEqual([]);
    expect(a).toContain(`SESSION_OF ${WHA77} -> Organization:World Health Assembly`);
  });

  it('guard: a session with its own day printed after it is still dated ("the seventy-seventh session of the World Health Assembly, held on 27 May 2024")', () => {
    const a = attributions('Recalling the seventy-seventh session of the World Health Assembly, held on 27 May 2024,');
    expect(a).toContain(`STARTS_ON ${WHA77} -> Date:2024-05-27`);
  });
});
