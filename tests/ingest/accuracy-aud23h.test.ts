// Misses found by the session-23 audit aud23h: A/RES/80/134 (tourism in Central America), A/RES/78/161 (culture and
// sustainable development), A/RES/79/8 (sport), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-11-12' };

const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('the year an instrument was adopted, printed before a declaration, guidelines, a plan or a framework, is no part of its name', () => {
  it('A/RES/79/8 OP23: "updating the 2018 United Nations Action Plan on Sport for Development and Peace" is the plan of OP3, OP7, OP24', () => {
    const text =
      'Encourages the Department of Economic and Social Affairs of the Secretariat to continue its work on sport for development and peace, including by updating the 2018 United Nations Action Plan on Sport for Development and Peace, and encourages Member States to support the Department in its efforts, including through voluntary contributions;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations Action Plan on Sport for Development and Peace']);
  });

  it('A/RES/78/280 PP17: "the 1978 Declaration of Alma-Ata" and "the 2018 Declaration of Astana" are the declarations named without their years (A/RES/78/3, 78/4, 80/117 annexes)', () => {
    const text =
      'Recognizing the related Sustainable Development Goals, in particular Goal 3.8, as declared in the 1978 Declaration of Alma-Ata, the 2030 Agenda and reaffirmed in the 2018 Declaration of Astana as adopted at the Global Conference on Primary Health Care in Astana,';
    const got = keys(text, 'Framework:', 'preambular');
    expect(got).toContain('Framework:Declaration of Alma-Ata');
    expect(got).toContain('Framework:Declaration of Astana');
  });

  it('A/RES/79/331 OP37: "the 2024 United Nations Strategic Framework on Multilingualism" is the framework of A/RES/78/330', () => {
    const text =
      'Welcomes the concrete contribution that the International Organization of la Francophonie has made to the development of the 2024 United Nations Strategic Framework on Multilingualism by providing high-level expertise;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations Strategic Framework on Multilingualism']);
  });

  it('A/RES/78/68 OP212: "the 2008 International Guidelines for the Management of Deep-Sea Fisheries in the High Seas" are the guidelines of A/RES/78/69 OP272', () => {
    const text =
      'Calls upon States to continue to implement the 2008 International Guidelines for the Management of Deep-Sea Fisheries in the High Seas of the Food and Agriculture Organization of the United Nations;';
    expect(keys(text, 'Framework:')).toContain('Framework:International Guidelines for the Management of Deep-Sea Fisheries in the High Seas');
  });

  it('guard: a yearly ministerial declaration keeps its year (A/RES/78/233 PP "the 2023 Ministerial Declaration of the Least Developed Countries")', () => {
    expect(keys('Taking note of the 2023 Ministerial Declaration of the Least Developed Countries,', 'Framework:', 'preambular')).toEqual([
      'Framework:2023 Ministerial Declaration of the Least Developed Countries',
    ]);
  });

  it('guard: a political declaration keeps its year (A/RES/79/189 PP7 "the 2021 Political Declaration on the Implementation of ...")', () => {
    const text =
      'Welcoming the adoption of the 2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons at the high-level meeting,';
    expect(keys(text, 'Framework:2021', 'preambular')).toEqual([
      'Framework:2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
    ]);
  });

  it('guard: a revised strategy keeps its year (A/RES/78/69 OP237 "the 2023 IMO Strategy on Reduction of GHG Emissions from Ships")', () => {
    const text =
      'Notes the work of the International Maritime Organization, and in this regard welcomes its adoption of a revised strategy on the reduction of greenhouse gas emissions from ships (the 2023 IMO Strategy on Reduction of GHG Emissions from Ships);';
    expect(keys(text, 'Framework:')).toContain('Framework:2023 IMO Strategy on Reduction of GHG Emissions from Ships');
  });

  it('guard: the year and the head alone stay the name (A/RES/78/40 OP3 "the 2010 Action Plan")', () => {
    expect(keys('Calls upon all States parties to implement the 2010 Action Plan;', 'Framework:')).toEqual(['Framework:2010 Action Plan']);
  });
});

describe('real named things the texts print whole', () => {
  const CULTURE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/161', date: '2023-12-19' };
  const WHC = 'Framework:Convention for the Protection of the World Cultural and Natural Heritage';

  it('A/RES/78/161 PP10 note 6 (and 80/148): "Convention concerning the Protection of the World Cultural and Natural Heritage, of 1972" is the convention other texts print "for the Protection of ..."', () => {
    const text =
      'Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property, of 1970 (United Nations, Treaty Series, vol. 823, No. 11806); Convention concerning the Protection of the World Cultural and Natural Heritage, of 1972 (United Nations, Treaty Series, vol. 1037, No. 15511); Convention on the Protection of the Underwater Cultural Heritage, of 2001';
    expect(keys(text, 'Framework:', 'preambular', { ...CULTURE })).toContain(WHC);
  });

  it('guard: "the Convention for the Protection of the World Cultural and Natural Heritage" (A/RES/79/133) keeps its key', () => {
    const text = 'Recalling the Convention for the Protection of the World Cultural and Natural Heritage, the 2001 Convention on the Protection of the Underwater Cultural Heritage,';
    expect(keys(text, 'Framework:', 'preambular', { ...CULTURE })).toContain(WHC);
  });

  it('A/RES/79/8 PP19: "the revised International Charter of Physical Education, Physical Activity and Sport" is named whole', () => {
    const text =
      'Acknowledging the revised International Charter of Physical Education, Physical Activity and Sport, as proclaimed by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session, in November 2015,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:International Charter of Physical Education, Physical Activity and Sport']);
  });

  it('A/RES/79/8 PP31: "the All Africa Games" is not "Africa Games"', () => {
    const text = 'Recognizing also the importance of sport events, such as the Games of La Francophonie, the All Africa Games, the Asian Games and the Pacific Games,';
    const got = keys(text, 'Event:', 'preambular');
    expect(got).toContain('Event:All Africa Games');
    expect(got).not.toContain('Event:Africa Games');
  });
});

describe('an initiative printed with its owner before its name is the initiative printed without it', () => {
  const { keys: keysOf, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });
  const REPORT = 'Initiative:Global Report on Corruption in Sport';
  const UNODC = 'Organization:United Nations Office on Drugs and Crime';

  it('A/RES/79/8 PP36 (78/229, 79/190, 80/229): "the United Nations Office on Drugs and Crime Global Report on Corruption in Sport" is the report of PP35, led by the Office', () => {
    const text =
      'Taking note of the United Nations Office on Drugs and Crime Global Report on Corruption in Sport and its report entitled “Game Over: Exposing the Linkages between Corruption, Serious and Organized Crime in Sport”,';
    expect(keysOf(text, 'Initiative:')).toEqual([REPORT]);
    expect(attributions(text)).toContain(`LEADS ${UNODC} -> ${REPORT}`);
  });

  it('guard: "the publication of the Global Report on Corruption in Sport" (A/RES/79/8 PP35) keeps its key', () => {
    expect(keysOf('noting with appreciation the efforts of the Office, in particular the publication of the Global Report on Corruption in Sport,', 'Initiative:')).toEqual([REPORT]);
  });

  it('A/RES/79/190 OP79: "the United Nations Office on Drugs and Crime Global Operational Network of Anti-Corruption Law Enforcement Authorities" is the network of OP21, OP76', () => {
    const text =
      'Encourages States parties to make best use of the United Nations Office on Drugs and Crime Global Operational Network of Anti-Corruption Law Enforcement Authorities;';
    expect(keysOf(text, 'Initiative:', 'operative')).toEqual(['Initiative:Global Operational Network of Anti-Corruption Law Enforcement Authorities']);
  });

  it('A/RES/78/69 OP198 (79/144, 80/110, 79/314): "the United Nations Environment Programme Regional Seas Programme" is the programme of OP197', () => {
    const text =
      'Encourages States to become parties to regional seas conventions, while noting the role of the United Nations Environment Programme Regional Seas Programme;';
    expect(keysOf(text, 'Initiative:', 'operative')).toEqual(['Initiative:Regional Seas Programme']);
    expect(attributions(text, 'operative')).toContain('LEADS Organization:United Nations Environment Programme -> Initiative:Regional Seas Programme');
  });
});
