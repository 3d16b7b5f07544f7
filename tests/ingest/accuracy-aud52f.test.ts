// Session-52 audit aud52f: attributions from the annotators' first readings (session 51's gold files) and the residuals the
// lead listed. Fixed: a treaty "opened for signature ... on <day>" is not adopted that day (no ADOPTED_ON; "signed at Geneva on"
// still dates it). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
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

  // (session 54, aud54k: the day a text was adopted is the text's ADOPTED_ON, a report's or a Final Document's alike)
  it('A/RES/79/129 PP32 "the Final Document of the Nineteenth Summit ..., adopted in Kampala on 19 January 2024": the Document\'s day, not the Summit\'s STARTS_ON', () => {
    const a = attributions(
      'Recalling the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in Kampala on 19 January 2024,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/79/129', date: '2024-12-04' },
    );
    expect(a.filter((x) => x.startsWith('STARTS_ON'))).toEqual([]);
    expect(a).toContain('ADOPTED_ON Framework:Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries -> Date:2024-01-19');
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

  it('guard: near text of A/RES/79/333 PP4, the session with its own day printed after it, is still dated ("the seventy-seventh session of the World Health Assembly, held on 27 May 2024")', () => {
    const a = attributions('Recalling the seventy-seventh session of the World Health Assembly, held on 27 May 2024,');
    expect(a).toContain(`STARTS_ON ${WHA77} -> Date:2024-05-27`);
  });
});

describe('"the launch by <body> of <programme or plan>": the body leads it, as "launched by" says', () => {
  const SG = 'Organization:Secretary-General of the United Nations';
  const ctx129: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/129', date: '2023-12-19' };

  it('A/RES/78/129 PP13: "Noting the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech": the Secretary-General LEADS it', () => {
    const a = attributions(
      'Noting the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech, and noting the role of the Special Adviser to the Secretary-General on the Prevention of Genocide in this regard,',
      'preambular',
      ctx129,
    );
    expect(a).toContain(`LEADS ${SG} -> Framework:United Nations Strategy and Plan of Action on Hate Speech`);
  });

  it('A/RES/78/129 PP14: "noting further the launch of the Plan of Action by the Secretary-General on 12 September 2019": a plan launched, as an initiative is', () => {
    const a = attributions(
      'Noting also the leading role played by the United Nations Alliance of Civilizations in preparing the United Nations Plan of Action to Safeguard Religious Sites, noting further the launch of the Plan of Action by the Secretary-General on 12 September 2019, and inviting Member States to consider implementing the relevant recommendations addressed to them,',
      'preambular',
      ctx129,
    );
    expect(a).toContain(`LEADS ${SG} -> Framework:United Nations Plan of Action to Safeguard Religious Sites`);
  });

  it('A/RES/79/214 OP19: "Notes the launch by UN-Habitat of the Global Action Plan: ...": UN-Habitat LEADS it', () => {
    const a = attributions(
      'Notes the launch by UN-Habitat of the Global Action Plan: Accelerating for Transforming Informal Settlements and Slums by 2030, and its 10 key actions towards scaling slum transformation;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' },
    );
    expect(a.filter((x) => x.startsWith('LEADS Organization:United Nations Human Settlements Programme -> Framework:Global Action Plan'))).toHaveLength(1);
  });

  it('guard: A/RES/78/207 PP "the launch by the United Nations High Commissioner for Human Rights of an international campaign for the universal ratification of the Convention": no programme named, no LEADS', () => {
    const a = attributions(
      'Recalling with appreciation the launch by the United Nations High Commissioner for Human Rights of an international campaign for the universal ratification of the Convention for the Protection of All Persons from Enforced Disappearance,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' },
    );
    expect(a.filter((x) => x.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: A/RES/79/331 OP "the launch by the States members of the International Organization of la Francophonie of the Villers-Cotterêts Call ...": the members launched it, not the Organization', () => {
    const a = attributions(
      'Takes note of the launch by the States members of the International Organization of la Francophonie of the Villers-Cotterêts Call for a trustworthy and ethical digital space in the francophone world, addressed to digital platforms, at the nineteenth Summit of la Francophonie, in 2024;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-08-26' },
    );
    expect(a.filter((x) => x.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"A<note> and B, adopted at <sitting>": A is adopted there only when both notes cite one resolution', () => {
  /** one paragraph with two footnote marks, each printed right after the text given for it */
  function twoNoteAttributions(text: string, ctx: RecognizeContext, notes: { after: string; mark: string; text: string }[]): string[] {
    const footnoteRefs = notes.map((n) => {
      const offset = text.indexOf(n.after) + n.after.length;
      return { mark: n.mark, offset, footnote: { mark: n.mark, text: n.text } };
    });
    return extractParagraph({ id: 'PP7', kind: 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
  }
  const ctx182: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' };
  const pp7 =
    'Reaffirming the Declaration of Commitment on HIV/AIDS7 and the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted at the high-level plenary meeting of the General Assembly on HIV/AIDS, held in New York from 8 to 10 June 2021, 8 which, inter alia, addressed the pursuit of transformative AIDS responses,';

  it('A/RES/78/182 PP7 with "7 Resolution S-26/2, annex." and "8 Resolution 75/284, annex.": the 2021 meeting adopted the Political Declaration, not the Declaration of Commitment (2001)', () => {
    const a = twoNoteAttributions(pp7, ctx182, [
      { after: 'HIV/AIDS', mark: '7', text: 'Resolution S-26/2, annex.' },
      { after: 'June 2021, ', mark: '8', text: 'Resolution 75/284, annex.' },
    ]);
    const adopted = a.filter((x) => x.startsWith('ADOPTED Event:'));
    expect(adopted.some((x) => x.endsWith('-> Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030'))).toBe(true);
    expect(adopted.filter((x) => x.endsWith('-> Framework:Declaration of Commitment on HIV/AIDS'))).toEqual([]);
  });

  it('guard: A/RES/78/120 PP "the Sendai Declaration1 and the Sendai Framework ...,2 adopted by the Third United Nations World Conference" with both notes citing 69/283: both adopted there', () => {
    const text =
      'Recalling the Sendai Declaration1 and the Sendai Framework for Disaster Risk Reduction 2015–2030,2 adopted by the Third United Nations World Conference on Disaster Risk Reduction, held in Sendai, Japan, from 14 to 18 March 2015,';
    const a = twoNoteAttributions(text, { body: 'General Assembly', symbol: 'A/RES/78/120', date: '2023-12-14' }, [
      { after: 'Sendai Declaration', mark: '1', text: 'Resolution 69/283, annex I.' },
      { after: '2015–2030,', mark: '2', text: 'Resolution 69/283, annex II.' },
    ]);
    const adopted = a.filter((x) => x.startsWith('ADOPTED Event:Third United Nations World Conference on Disaster Risk Reduction'));
    expect(adopted.some((x) => x.endsWith('-> Framework:Sendai Declaration'))).toBe(true);
    expect(adopted.some((x) => x.endsWith('-> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030'))).toBe(true);
  });
});

describe('"the political declaration of the <forum> convened under the auspices of <body> (<sitting>)": the sitting adopted it', () => {
  const DECL = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
  const SUMMIT = 'Event:Sustainable Development Goals Summit';
  const ctx130: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/130', date: '2023-12-19' };

  it('A/RES/78/130 PP4: "the 2023 political declaration of the high-level political forum ... (Sustainable Development Goals Summit),3": the Summit ADOPTED it, the Assembly ORGANIZES the Summit', () => {
    const a = attributions(
      'Recalling also the 2023 political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit),3',
      'preambular',
      ctx130,
    );
    expect(a).toContain(`ADOPTED ${SUMMIT} -> ${DECL}`);
    expect(a).toContain(`ORGANIZES Organization:General Assembly -> ${SUMMIT}`);
  });

  it('guard: A/RES/78/157 (79/211, 80/142) "the ministerial declaration of the high-level political forum on sustainable development held in 2022": no sitting in brackets, no auspices: no sitting ADOPTED it (the forum does: the lead ruled so in session 56, accuracy-aud56y)', () => {
    const a = attributions(
      'Noting the ministerial declaration of the high-level political forum on sustainable development held in 2022, which took note of the Secretary-General’s proposed global road map,',
      'preambular',
      ctx130,
    );
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([
      'ADOPTED Organization:high-level political forum on sustainable development -> Framework:Ministerial declaration of the high-level political forum on sustainable development (2022)',
    ]);
  });
});

describe('an observance "beginning in <year>": it starts that year', () => {
  const DECADE = 'Event:Decade of Sustainable Transport';
  const ctx290: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/290', date: '2024-06-17' };

  it('A/RES/78/290 PP7: "by which it proclaimed the United Nations Decade of Sustainable Transport, beginning in 2026": STARTS_ON 2026', () => {
    const a = attributions(
      'Recalling its resolution 78/148, entitled “Strengthening the links between all modes of transport to achieve the Sustainable Development Goals”, adopted on 19 December 2023, by which it proclaimed the United Nations Decade of Sustainable Transport, beginning in 2026,',
      'preambular',
      ctx290,
    );
    expect(a).toContain(`STARTS_ON ${DECADE} -> Date:2026`);
  });

  it('A/RES/78/290 OP6: "the recently proclaimed United Nations Decade of Sustainable Transport that will begin in 2026": STARTS_ON 2026', () => {
    const a = attributions(
      'Invites Member States and relevant stakeholders to leverage the recently proclaimed United Nations Decade of Sustainable Transport that will begin in 2026 as an opportunity to embed road safety as an integral part of the agenda for sustainable transport;',
      'operative',
      ctx290,
    );
    expect(a).toContain(`STARTS_ON ${DECADE} -> Date:2026`);
  });

  it('guard: near text of A/RES/78/290 OP6, a year that begins another thing printed later ("..., and requests a report for the cycle beginning in 2027"), does not date the Decade', () => {
    const a = attributions(
      'Welcomes the United Nations Decade of Sustainable Transport, and requests the Secretary-General to submit a report for the cycle beginning in 2027;',
      'operative',
      ctx290,
    );
    expect(a.filter((x) => x.startsWith(`STARTS_ON ${DECADE}`))).toEqual([]);
  });
});
