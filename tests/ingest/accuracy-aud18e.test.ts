// Misses found by the session-18 audit aud18e: A/RES/79/326 (cooperation with the CIS), A/RES/79/332 (cooperation with
// the Shanghai Cooperation Organization), A/RES/79/319 (national parliaments and the IPU), A/RES/79/328 (tenth anniversary
// of the Day on genocide), and the same forms in other texts. Each case quotes the file named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/332', date: '2025-09-05' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('an agreement between the secretariats of two organizations is named with them', () => {
  it('A/RES/79/332 PP5: "the Joint Declaration on Cooperation between the Secretariats of the United Nations and the Shanghai Cooperation Organization"', () => {
    const text =
      'Recalling also the Joint Declaration on Cooperation between the Secretariats of the United Nations and the Shanghai Cooperation Organization, dated 5 April 2010,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Joint Declaration on Cooperation between the Secretariats of the United Nations and the Shanghai Cooperation Organization']);
    expect(relations(text)).toContain('RECALLS Framework:Joint Declaration on Cooperation between the Secretariats of the United Nations and the Shanghai Cooperation Organization');
  });

  it('A/RES/79/10 PP6: the CSTO declaration is another node ("... and the Collective Security Treaty Organization of 18 March 2010")', () => {
    const text =
      'Referring also to the Joint Declaration on Cooperation between the Secretariats of the United Nations and the Collective Security Treaty Organization of 18 March 2010,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Joint Declaration on Cooperation between the Secretariats of the United Nations and the Collective Security Treaty Organization']);
  });

  it('guard: "between" words that name no parties leave the name as it was ("the Joint Declaration on Cooperation between them")', () => {
    const text = 'Welcoming the Joint Declaration on Cooperation between the secretariats of both organizations, signed in 2010,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Joint Declaration on Cooperation']);
  });
});

describe("a declaration of an organization's heads of state is named with the organization", () => {
  it('A/RES/79/332 PP8: "the Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization of 4 July 2024"', () => {
    const text =
      'Recognizing that interaction within the Shanghai Cooperation Organization can serve as a basis for forming an equal and indivisible security architecture in Eurasia, as affirmed in the Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization of 4 July 2024,';
    const name = 'Framework:Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization';
    expect(keys(text, 'Framework:')).toEqual([name]);
    expect(relations(text)).toContain(`RECOGNIZES ${name}`);
    expect(attributions(text)).toContain(`ADOPTED_ON ${name} -> Date:2024-07-04`);
  });

  it('A/RES/79/284 OP25: "appendix V to the Reykjavik Declaration of Heads of State and Government of the Council of Europe"', () => {
    const text =
      'Also notes the priority accorded by the Council of Europe to the protection of the environment, as recognized in appendix V to the Reykjavik Declaration of Heads of State and Government of the Council of Europe, noting General Assembly resolution 76/300 on the human right to a clean, healthy and sustainable environment;';
    const name = 'Framework:Reykjavik Declaration of Heads of State and Government of the Council of Europe';
    expect(keys(text, 'Framework:', 'operative')).toEqual([name]);
    expect(relations(text, 'operative')).toContain(`NOTES ${name}`);
  });

  it('guard: the council itself stays the organization ("the meetings of the Council of Heads of State of the Shanghai Cooperation Organization")', () => {
    const text =
      'Noting in this regard the meetings of the Council of Heads of State of the Shanghai Cooperation Organization, including the twenty-fourth meeting, held in Astana, Kazakhstan, on 4 July 2024,';
    expect(keys(text, 'Organization:')).toContain('Organization:Council of Heads of State of the Shanghai Cooperation Organization');
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('regional bodies of the Shanghai Cooperation Organization family', () => {
  it('A/RES/79/332 PP26: "the Conference on Interaction and Confidence-building Measures in Asia" is an organization, not a conference held in Asia', () => {
    const text =
      'Recognizing the efforts of the Shanghai Cooperation Organization to promote cooperation with other regional organizations, including the Collective Security Treaty Organization, the Commonwealth of Independent States, the Association of Southeast Asian Nations, the Conference on Interaction and Confidence-building Measures in Asia, the Economic Cooperation Organization,';
    expect(keys(text, 'Organization:')).toContain('Organization:Conference on Interaction and Confidence-building Measures in Asia');
    expect(keys(text, 'Event:')).toEqual([]);
    expect(keys(text, 'Place:')).toEqual([]);
    expect(relations(text)).toContain('RECOGNIZES Organization:Conference on Interaction and Confidence-building Measures in Asia');
  });

  it('A/RES/79/332 PP15: "the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"', () => {
    const text =
      'Recognizing the efforts of the States members of the Shanghai Cooperation Organization to promote counter-terrorism cooperation, including through the Regional Anti-Terrorist Structure, and welcoming in this regard the protocol on cooperation between the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization and the United Nations Office on Drugs and Crime, signed on 22 July 2012,';
    const rats = 'Organization:Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization';
    expect(relations(text)).toContain(`RECOGNIZES ${rats}`);
    expect(relations(text)).toContain(`WELCOMES ${rats}`);
  });

  it('guard: a conference on confidence-building measures elsewhere stays an event', () => {
    const text = 'Welcoming the Conference on Confidence-building Measures in Europe, held in Vienna in 2024,';
    expect(keys(text, 'Organization:')).not.toContain('Organization:Conference on Interaction and Confidence-building Measures in Asia');
  });
});

describe('the Day on genocide is named in full', () => {
  const day = 'Event:International Day of Commemoration and Dignity of the Victims of the Crime of Genocide and of the Prevention of This Crime';
  it('A/RES/79/328 OP1: "the International Day of ... of the Crime of Genocide and of the Prevention of This Crime"', () => {
    const text =
      'Recognizes the importance of the International Day of Commemoration and Dignity of the Victims of the Crime of Genocide and of the Prevention of This Crime for raising awareness on the Convention on the Prevention and Punishment of the Crime of Genocide and for commemorating and honouring victims of genocide;';
    expect(keys(text, 'Event:', 'operative')).toEqual([day]);
    expect(relations(text, 'operative')).toContain(`RECOGNIZES ${day}`);
  });

  it('A/RES/79/328 PP2: "by which it proclaimed 9 December as the International Day ..."', () => {
    const text =
      'Recalling its resolution 69/323 of 11 September 2015, by which it proclaimed 9 December as the International Day of Commemoration and Dignity of the Victims of the Crime of Genocide and of the Prevention of This Crime,';
    expect(relations(text)).toContain(`RECALLS ${day}`);
  });
});

describe('meetings listed after "the meetings of <body>, including" are that body\'s', () => {
  const council = 'Council of Heads of State of the Shanghai Cooperation Organization';
  it('A/RES/79/332 PP18: "the meetings of the Council of Heads of State of the ..., including the twenty-first meeting, held in Dushanbe ..."', () => {
    const text =
      'Noting the improved quality of the dynamics of cooperation among the States members of the Shanghai Cooperation Organization, as well as the further enhancement of the potential and role of the Shanghai Cooperation Organization in the international arena as a multilateral mechanism, and in this regard welcoming the convening of the meetings of the Council of Heads of State of the Shanghai Cooperation Organization, including the twenty-first meeting, held in Dushanbe on 16 and 17 September 2021, the twenty-second meeting, held in Samarkand on 15 and 16 September 2022, the twenty-third meeting, held under the chairmanship of India on 4 July 2023 in video format, and the first meeting held in the Shanghai Cooperation Organization Plus format in Astana on 4 July 2024,';
    expect(keys(text, 'Event:')).toEqual([
      `Event:twenty-first meeting of the ${council}`,
      `Event:twenty-second meeting of the ${council}`,
      `Event:twenty-third meeting of the ${council}`,
      `Event:first meeting of the ${council}`,
    ]);
    expect(relations(text)).toContain(`WELCOMES Event:twenty-first meeting of the ${council}`);
    expect(attributions(text)).toContain(`HELD_IN Event:twenty-first meeting of the ${council} -> Place:Dushanbe`);
    expect(attributions(text)).toContain(`STARTS_ON Event:twenty-second meeting of the ${council} -> Date:2022-09-15`);
  });

  it('A/RES/79/332 PP12: "the meetings of the Council ..., including the twenty-fourth meeting, held in Astana, Kazakhstan, on 4 July 2024"', () => {
    const text =
      'Recalling that, in its resolution 77/338, it noted the aspiration of the States members of the Shanghai Cooperation Organization to promote stability and the maintenance of international peace and security, and noting in this regard the meetings of the Council of Heads of State of the Shanghai Cooperation Organization, including the twenty-fourth meeting, held in Astana, Kazakhstan, on 4 July 2024,';
    expect(relations(text)).toContain(`NOTES Event:twenty-fourth meeting of the ${council}`);
  });

  it('guard: no body right before ", including" names no meeting ("the meetings held by ..., including the twenty-first meeting")', () => {
    const text =
      'Welcoming the meetings held by the States members of the Shanghai Cooperation Organization, including the twenty-first meeting, held in Dushanbe on 16 and 17 September 2021,';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});
