// Convention flip (c), session 42, conv42c: ADOPTED only where the text states an adoption. Audit: every ADOPTED-building path of
// ingest/attributions.ts and ingest/extract.ts, classified as text-stated (kept: "in which it adopted", "adopted/endorsed by the
// General Assembly in its resolution N", "the adoption of X by/in resolution N", "adopting the", "Adopts the", "adopted at the
// <sitting>", a note that says "Adopted ...", "its outcome document, the ...") or inferred (dropped): a cited resolution's title
// ("resolution 70/1 ..., entitled “Transforming our world: the 2030 Agenda ...”", "resolution 69/313 ... on the Addis Ababa
// Action Agenda"), a note citing where the text is ("Resolution 71/256, annex.", "See resolution 2200 A (XXI), annex.", a
// sitting's report or an organization's records), and "contained in"/"containing"/"annexed thereto" (now PART_OF the resolution,
// the containment the text states). Three hand annotations of the genre (aud40h, aud41f, aud41i gold) mark none of the dropped
// ones. A note still tells which year's meeting declaration it is (the key), and a sitting "at United Nations Headquarters in New
// York" is HELD_IN New York only (the gold's reading; the building stays the place where no city is printed). The seed, A/RES/80/118
// PP3-PP6 and PP12, A/RES/80/215 PP1, PP4 and PP8 are quoted; each change has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';

const SEED: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };
const GA80_118: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
const GA80_215: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };
const attributionsOf = (id: string, text: string, ctx: RecognizeContext, notes: Note[] = []): string[] =>
  extractWithNotes(id, text, notes, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const adopted = (id: string, text: string, ctx: RecognizeContext, notes: Note[] = []): string[] => attributionsOf(id, text, ctx, notes).filter((a) => a.startsWith('ADOPTED '));

const AGENDA_2030 = 'Framework:2030 Agenda for Sustainable Development';
const PACT = 'Framework:Pact for the Future';
const SEVILLA = 'Framework:Sevilla Commitment';
const NEW_URBAN_AGENDA = 'Framework:New Urban Agenda';
const UN_HQ = 'Place:United Nations Headquarters';

const SEED_PP4 = 'Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,';
const SEED_PP5 = 'Recalling also General Assembly resolution 70/125 of 16 December 2015, entitled “Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society”, in which the Assembly reaffirmed the World Summit vision of a people-centred, inclusive and development-oriented information society, where everyone can create, access, utilize and share information and knowledge, enabling individuals, communities and peoples to achieve their full potential in promoting their sustainable development and improving their quality of life, premised on the purposes and principles of the Charter of the United Nations and respecting fully and upholding the Universal Declaration of Human Rights,² and assessed progress made to date, identified gaps and challenges and made recommendations for the future,';
const SEED_PP6 = 'Recalling further General Assembly resolutions 79/1 of 22 September 2024, in which the Assembly adopted the Pact for the Future which includes the Global Digital Compact and the Declaration on Future Generations, and 79/194 of 19 December 2024 on information and communications technologies for sustainable development, in which the Assembly recognized the important role of information and communications technologies for attaining the Sustainable Development Goals, 78/160 of 19 December 2023 on science, technology and innovation for sustainable development, 78/265 of 21 March 2024 on seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development and 78/311 of 1 July 2024 on enhancing international cooperation on capacity-building of artificial intelligence, and emphasizing the need to uphold these commitments in areas of vulnerability and persistent low level of digital development that hinder safe and equitable access to information and communications technologies and their use for sustainable development,';
const PP3_80_118 = 'Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, in which it adopted a comprehensive, far-reaching and people-centred set of universal and transformative Sustainable Development Goals and targets, its commitment to working tirelessly for the full implementation of the Agenda by 2030, its recognition that eradicating poverty in all its forms and dimensions, including extreme poverty, is the greatest global challenge and an indispensable requirement for sustainable development, its commitment to achieving sustainable development in its three dimensions – economic, social and environmental – in a balanced and integrated manner, and to building upon the achievements of the Millennium Development Goals and seeking to address their unfinished business,';
const PP4_80_118 = 'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it, helps to contextualize its means of implementation targets with concrete policies and actions, and reaffirms the strong political commitment to address the challenge of financing and creating an enabling environment at all levels for sustainable development in the spirit of global partnership and solidarity,';
const PP5_80_118 = 'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025, which sets forth a renewed global framework for financing for development, building on the 2015 Addis Ababa Action Agenda, 3 to close with urgency the estimated annual 4 trillion United States dollar financing gap, 4 and catalyse sustainable development investments at scale in developing countries and continue the reform of the international financial architecture through continued and strong commitment to multilateralism, international cooperation, and global solidarity,';
const PP6_80_118 = 'Reaffirming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016,5';
const PP12_80_118 = 'Welcoming the convening of the Summit of the Future on 22-23 September 2024 at the United Nations Headquarters in New York at which resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted,';
const PP1_80_215 = 'Reaffirming the purposes and principles of the Charter of the United Nations, the human rights and fundamental freedoms enshrined in the Universal Declaration of Human Rights1 and international human rights treaties, including the International Covenant on Civil and Political Rights, 2 the International Covenant on Economic, Social and Cultural Rights,3 the Convention on the Rights of the Child,4 the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, 5 the International Convention on the Elimination of All Forms of Racial Discrimination,6 the Convention on the Rights of Persons with Disabilities 7 and the Convention on the Elimination of All Forms of Discrimination against Women, 8 as well as the Vienna Declaration and Programme of Action, 9';
const PP4_80_215 = 'Taking note with appreciation of the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12';
const PP8_80_215 = 'Recalling the convening of the Summit of the Future on 22 and 23 September 2024 at United Nations Headquarters in New York, at which resolution 79/1, entitled “The Pact for the Future”, including the Global Digital Compact, 15 was adopted,';

describe('no ADOPTED from a cited resolution\'s title', () => {
  it('seed (E/2025/31 draft resolution I) PP4: "General Assembly resolution 70/1 ..., entitled “Transforming our world: the 2030 Agenda ...”": no ADOPTED', () => {
    expect(adopted('PP4', SEED_PP4, SEED)).toEqual([]);
  });

  it('A/RES/80/118 PP3: the title gives no 70/1 ADOPTED 2030 Agenda; "in which it adopted a ... set of universal and transformative Sustainable Development Goals" still does', () => {
    expect(adopted('PP3', PP3_80_118, GA80_118)).toEqual(['ADOPTED Resolution:A/RES/70/1 -> Framework:Sustainable Development Goals']);
  });

  // convention changed in session 51 (lead's ruling): "<framework> of the <sitting>" gives the sitting ADOPTED the framework;
  // the cited resolution 69/313 still adopts nothing by its subject
  it('A/RES/80/118 PP4: "its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference ...": no ADOPTED from 69/313, the Conference\'s ADOPTED (the PART_OF the text states stays)', () => {
    const att = attributionsOf('PP4', PP4_80_118, GA80_118);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual(['ADOPTED Event:Third International Conference on Financing for Development -> Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development']);
    expect(att).toContain(`PART_OF Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development -> ${AGENDA_2030}`);
  });

  it('A/RES/80/118 PP12: "the Summit of the Future ... at which resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted": the Summit ADOPTED the Pact, not 79/1 by its title', () => {
    expect(adopted('PP12', PP12_80_118, GA80_118)).toEqual([`ADOPTED Event:Summit of the Future @ 2024 -> ${PACT}`]);
  });

  it('guard, seed PP6: "resolutions 79/1 of 22 September 2024, in which the Assembly adopted the Pact for the Future which includes ...": 79/1 ADOPTED the Pact, stated', () => {
    const att = attributionsOf('PP6', SEED_PP6, SEED);
    expect(att).toContain(`ADOPTED Resolution:A/RES/79/1 -> ${PACT}`);
    expect(att).toContain(`PART_OF Framework:Global Digital Compact -> ${PACT}`);
  });

  it('guard, A/RES/80/109 PP20: "its resolution 79/314 of 30 June 2025, in which it endorsed the declaration entitled “Our ocean, our future: united for urgent action” adopted by the 2025 United Nations Conference ...": the endorsement is stated, ENDORSES (conv43a; a title only names what it endorsed)', () => {
    const text =
      'Recalling its resolution 79/314 of 30 June 2025, in which it endorsed the declaration entitled “Our ocean, our future: united for urgent action” adopted by the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, held in Nice, France, from 9 to 13 June 2025,';
    expect(attributionsOf('PP20', text, { body: 'General Assembly', symbol: 'A/RES/80/109', date: '2025-12-11' })).toContain('ENDORSES Resolution:A/RES/79/314 -> Framework:Our ocean, our future: united for urgent action');
  });

  it('guard, A/RES/79/126 PP13: "its resolution 79/1 of 22 September 2024, adopting the Pact for the Future": stated, ADOPTED', () => {
    const text = 'Recalling its resolution 79/1 of 22 September 2024, adopting the Pact for the Future,';
    expect(adopted('PP13', text, { body: 'General Assembly', symbol: 'A/RES/79/126', date: '2024-12-04' })).toEqual([`ADOPTED Resolution:A/RES/79/1 -> ${PACT}`]);
  });
});

describe('no ADOPTED from a note that cites where the text is', () => {
  it('seed PP5: "the Universal Declaration of Human Rights,²" with "² General Assembly resolution 217 A (III).": no ADOPTED', () => {
    expect(adopted('PP5', SEED_PP5, SEED, [{ after: 'Human Rights,²', mark: '²', text: 'General Assembly resolution 217 A (III).' }])).toEqual([]);
  });

  it('A/RES/80/215 PP1: "the Universal Declaration of Human Rights1 ..., the International Covenant on Civil and Political Rights, 2 the International Covenant on Economic, Social and Cultural Rights,3" with "1 Resolution 217 A (III).", "2 See resolution 2200 A (XXI), annex.", "3 Ibid.": no ADOPTED', () => {
    const notes: Note[] = [
      { after: 'Human Rights1', mark: '1', text: 'Resolution 217 A (III).' },
      { after: 'Political Rights, 2', mark: '2', text: 'See resolution 2200 A (XXI), annex.' },
      { after: 'Cultural Rights,3', mark: '3', text: 'Ibid.' },
    ];
    expect(adopted('PP1', PP1_80_215, GA80_215, notes)).toEqual([]);
  });

  it('A/RES/80/118 PP5: the Conference ADOPTED "its outcome document, the Sevilla Commitment", "endorsed by the General Assembly in its resolution 79/323" (stated, kept as ENDORSES); "the 2015 Addis Ababa Action Agenda, 3" with "3 General Assembly resolution 69/313, annex.": none', () => {
    const found = attributionsOf('PP5', PP5_80_118, GA80_118, [{ after: 'Addis Ababa Action Agenda, 3', mark: '3', text: 'General Assembly resolution 69/313, annex.' }]).filter((a) => a.startsWith('ADOPTED ') || a.startsWith('ENDORSES '));
    expect(found).toEqual([`ADOPTED Event:Fourth International Conference on Financing for Development -> ${SEVILLA}`, `ENDORSES Resolution:A/RES/79/323 -> ${SEVILLA}`]);
  });

  it('A/RES/80/118 PP6: "the New Urban Agenda, adopted at the United Nations Conference on Housing ... (Habitat III), held in Quito ...,5" with "5 Resolution 71/256, annex.": the Conference ADOPTED it, 71/256 not', () => {
    const found = adopted('PP6', PP6_80_118, GA80_118, [{ after: 'October 2016,5', mark: '5', text: 'Resolution 71/256, annex.' }]);
    expect(found).toEqual([`ADOPTED Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 -> ${NEW_URBAN_AGENDA}`]);
  });

  it('A/RES/80/215 PP4: "the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12" with "12 ..., Records of the General Conference, Forty-first Session, ..., Resolutions, annex VII.": the session ADOPTED it (lead\'s ruling, session 56, reversing conv42c) and keeps its venue and days', () => {
    const note = 'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.';
    const att = attributionsOf('PP4', PP4_80_215, GA80_215, [{ after: 'Organization,12', mark: '12', text: note }]);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual(['ADOPTED Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization -> Framework:Recommendation on the Ethics of Artificial Intelligence']);
    expect(att).toContain('HELD_IN Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization -> Place:Paris');
  });

  it('guard, A/RES/78/208 PP16: "the Universal Declaration of Human Rights, adopted on 10 December 1948,12" with "12 Resolution 217 A (III).": the text states the adoption, the note names the resolution', () => {
    const text = 'Recalling the Universal Declaration of Human Rights, adopted on 10 December 1948,12 in particular the principle that the will of the people, as expressed through periodic and genuine elections, shall be the basis of government authority, as well as the right of everyone to freely choose representatives through periodic and genuine elections, which shall be by universal and equal suffrage and shall be held by secret vote or by equivalent free voting procedures,';
    const found = adopted('PP16', text, { body: 'General Assembly', symbol: 'A/RES/78/208', date: '2023-12-19' }, [{ after: '1948,12', mark: '12', text: 'Resolution 217 A (III).' }]);
    expect(found).toEqual(['ADOPTED Resolution:A/RES/217(III)A -> Framework:Universal Declaration of Human Rights']);
  });

  it('guard, A/RES/79/193 PP1: "the International Convention on the Elimination of All Forms of Racial Discrimination,1 adopted by the General Assembly in its resolution 2106 A (XX) of 21 December 1965": ADOPTED, stated', () => {
    const text = 'Reaffirming the paramount importance of universal adherence to and the full and effective implementation of the International Convention on the Elimination of All Forms of Racial Discrimination,1 adopted by the General Assembly in its resolution 2106 A (XX) of 21 December 1965, in addressing the scourges of racism and racial discrimination,';
    const found = adopted('PP1', text, { body: 'General Assembly', symbol: 'A/RES/79/193', date: '2024-12-17' }, [{ after: 'Discrimination,1', mark: '1', text: 'United Nations, Treaty Series, vol. 660, No. 9464.' }]);
    expect(found).toEqual(['ADOPTED Resolution:A/RES/2106(XX)A -> Framework:International Convention on the Elimination of All Forms of Racial Discrimination']);
  });

  it('A/RES/78/187 PP14: "... and the political declaration of the high-level meeting on universal health coverage,31" with "31 Resolution 74/2.": no ADOPTED from 74/2, but the note keys the declaration of 2019, whose meeting of 2019 ADOPTED it', () => {
    const text = 'Reaffirming the Vienna Declaration and Programme of Action, 21 the United Nations Millennium Declaration22 and the outcome document of the twenty-seventh special session of the General Assembly on children, entitled “A world fit for children”,23 recalling the Beijing Declaration and Platform for Action,24 the Programme of Action of the International Conference on Population and Development25 and the outcome documents of their review conferences, the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development,26 the United Nations Declaration on the Rights of Indigenous Peoples27 and the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples,28 the Declaration on the Right to Development,29 the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of the special session on children, held in New York from 11 to 13 December 2007, 30 the outcome document of the fourth Global Conference on the Sustained Eradication of Child Labour, held in Buenos Aires from 14 to 16 November 2017 and the outcome documents of previous Global Conferences, and the political declaration of the high-level meeting on universal health coverage,31';
    const x = extractWithNotes('PP14', text, [{ after: 'coverage,31', mark: '31', text: 'Resolution 74/2.' }], { body: 'General Assembly', symbol: 'A/RES/78/187', date: '2023-12-19' });
    const uhc = 'Framework:Political declaration of the high-level meeting on universal health coverage (2019)';
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${uhc}`);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`ADOPTED Event:high-level meeting on universal health coverage @ 2019 -> ${uhc}`);
    expect(att.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });
});

describe('"containing", "contained in": PART_OF the resolution, no ADOPTED', () => {
  it('A/RES/79/114 PP2: "its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples"', () => {
    const att = attributionsOf('PP2', 'Recalling its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples, and all its subsequent resolutions concerning the implementation of the Declaration, the most recent of which was resolution 78/101 of 7 December 2023, as well as the relevant resolutions of the Security Council,', { body: 'General Assembly', symbol: 'A/RES/79/114', date: '2024-12-12' });
    expect(att).toContain('PART_OF Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples -> Resolution:A/RES/1514(XV)');
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('a sitting "at United Nations Headquarters in New York" is HELD_IN New York', () => {
  it('A/RES/80/215 PP8: "the Summit of the Future ... at United Nations Headquarters in New York, at which resolution 79/1, entitled “The Pact for the Future”, including the Global Digital Compact, 15 was adopted": HELD_IN New York only; the Summit ADOPTED what was adopted there, 79/1 nothing by its title', () => {
    const att = attributionsOf('PP8', PP8_80_215, GA80_215, [{ after: 'Compact, 15', mark: '15', text: 'Resolution 79/1, annex I.' }]);
    expect(att.filter((a) => a.startsWith('HELD_IN '))).toEqual(['HELD_IN Event:Summit of the Future @ 2024 -> Place:New York']);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([`ADOPTED Event:Summit of the Future @ 2024 -> ${PACT}`, 'ADOPTED Event:Summit of the Future @ 2024 -> Framework:Global Digital Compact']);
  });

  it('guard, A/RES/78/229 PP27: "its thirty-second special session, held at United Nations Headquarters from 2 to 4 June 2021,15": no city printed, the building is the place', () => {
    const att = attributionsOf('PP27', 'Reaffirming the political declaration entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”, adopted by the General Assembly at its thirty-second special session, held at United Nations Headquarters from 2 to 4 June 2021,15', { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' });
    expect(att).toContain(`HELD_IN Event:thirty-second special session of the General Assembly -> ${UN_HQ}`);
  });
});
