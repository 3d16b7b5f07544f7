// Session-56 audit aud56k: residual faults that earlier sessions found and left open (no new gold set). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

describe('item 1: a lowercase sitting named by its two parties ("the sixteenth general cooperation meeting between A and B") is an Event', () => {
  const PP8 =
    'Welcoming the resolutions and recommendations issued during both the fifteenth sectoral cooperation meeting between the League of Arab States and the United Nations and their specialized agencies, held at the headquarters of the League of Arab States in Cairo on 27 and 28 February 2023, under the theme “Cooperation in the field of climate change”, and the sixteenth general cooperation meeting between the United Nations and the League of Arab States, held at the United Nations Office at Geneva from 17 to 19 July 2024, where discussions encompassed cooperation in various areas, including political, security, economic, social and related issues,';
  const FIFTEENTH = 'Event:fifteenth sectoral cooperation meeting between the League of Arab States and the United Nations and their specialized agencies';
  const SIXTEENTH = 'Event:sixteenth general cooperation meeting between the United Nations and the League of Arab States';
  const SEVENTEENTH = 'Event:seventeenth general cooperation meeting between the United Nations and the League of Arab States';
  const paragraphs = [
    notedParagraph('PP8', PP8),
    notedParagraph(
      'OP1',
      'Requests the secretariats of the United Nations and the League of Arab States to follow up on the implementation of the recommendations and resolutions of the sixteenth general cooperation meeting to assist Arab States in addressing and confronting current and emerging challenges;',
    ),
    notedParagraph(
      'OP5',
      'Looks forward to convening the sixteenth sectoral cooperation meeting between the United Nations and the League of Arab States and their specialized agencies, on the theme “Cooperation in the field of women’s rights and child protection in armed conflict”, in Cairo after the first quarter of 2025, as well as the seventeenth general cooperation meeting between the two organizations, at the United Nations Office at Geneva in 2026;',
    ),
    notedParagraph(
      'OP7',
      'Calls upon the specialized United Nations agencies, institutions and programmes to inform the Secretary-General, no later than January 2026, of the progress achieved in their cooperation with the League of Arab States, particularly on implementing the multilateral decisions, resolutions and programmes approved by the sixteenth general cooperation meeting between the two organizations;',
    ),
  ];
  const [pp8, op1, op5, op7] = extractResolution(gaResolution('A/RES/79/12', '2024-11-18', paragraphs)).paragraphs;
  const relations = (p: typeof pp8) => p!.relations.map((r) => `${r.type} ${r.target}`);
  const attributions = (p: typeof pp8) => p!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/79/12 PP8: both meetings are Events, welcomed, with their venues and days (the Office at Geneva: HELD_IN Geneva)', () => {
    expect(relations(pp8)).toEqual(expect.arrayContaining([`WELCOMES ${FIFTEENTH}`, `WELCOMES ${SIXTEENTH}`]));
    expect(attributions(pp8)).toEqual(
      expect.arrayContaining([
        `HELD_IN ${FIFTEENTH} -> Place:Cairo`,
        `STARTS_ON ${FIFTEENTH} -> Date:2023-02-27`,
        `ENDS_ON ${FIFTEENTH} -> Date:2023-02-28`,
        `HELD_IN ${SIXTEENTH} -> Place:Geneva`,
        `STARTS_ON ${SIXTEENTH} -> Date:2024-07-17`,
        `ENDS_ON ${SIXTEENTH} -> Date:2024-07-19`,
      ]),
    );
  });

  it('A/RES/79/12 OP1 and OP7: "the sixteenth general cooperation meeting" (", between the two organizations") is the one PP8 named', () => {
    expect(relations(op1)).toContain(`REQUESTS ${SIXTEENTH}`);
    expect(relations(op7)).toContain(`CALLS_UPON ${SIXTEENTH}`);
  });

  it('A/RES/79/12 OP5: the next sittings, one named by its parties and theme, one "between the two organizations" of the series', () => {
    expect(relations(op5)).toEqual(
      expect.arrayContaining([
        'LOOKS_FORWARD_TO Event:sixteenth sectoral cooperation meeting between the United Nations and the League of Arab States and their specialized agencies',
        `LOOKS_FORWARD_TO ${SEVENTEENTH}`,
      ]),
    );
  });

  it('guard: A/RES/79/12 PP7 "cooperation between the United Nations and the League of Arab States" names no sitting', () => {
    const { relations: rel } = oneParagraph({ ctx: ctxOf('A/RES/79/12', '2024-11-18'), kind: 'preambular' });
    const got = rel(
      'Recognizing the need to further strengthen cooperation between the United Nations and the League of Arab States with a view to achieving the shared goals and objectives of the two organizations,',
    );
    expect(got).toEqual(['RECOGNIZES Organization:United Nations', 'RECOGNIZES Organization:League of Arab States']);
  });

  it('guard: A/RES/79/9 OP13 "a general meeting between representatives of the United Nations system and the Organization of Islamic Cooperation" names no sitting', () => {
    const { keys } = oneParagraph({ ctx: ctxOf('A/RES/79/9', '2024-11-18'), kind: 'operative' });
    expect(
      keys(
        'Affirms that, to enhance cooperation and for the purpose of the review and appraisal of progress, a general meeting between representatives of the United Nations system and the Organization of Islamic Cooperation should continue to be held once every two years and to include joint inter-agency sectoral or thematic meetings;',
        'Event:',
      ),
    ).toEqual([]);
  });

  it('guard: A/RES/79/121 OP17 "the seat of the International Law Commission is at the United Nations Office at Geneva": no sitting, no venue', () => {
    const { attributions: att } = oneParagraph({ ctx: ctxOf('A/RES/79/121', '2024-12-04'), kind: 'operative' });
    expect(att('Recalls that the seat of the International Law Commission is at the United Nations Office at Geneva;').filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('item 2: sittings listed with no owner after one a single body was named holding are that body\'s; "in <year> and <year>, respectively" dates each', () => {
  const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'preambular' });
  const COP = 'Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';
  const PP9 =
    'Welcoming the convening of the fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification, held in Abidjan, Côte d’Ivoire, from 9 to 20 May 2022, noting the adoption of the Abidjan Call as well as the Abidjan Legacy Programme, to address drought and preserve and restore the terrestrial ecosystem, reverse land degradation and halt the loss of biodiversity, noting also decision 26/COP.15 of 20 May 2022, in which the Conference urged a proactive approach to enhance cooperation at all levels to address the causes and impacts of sand and dust storms and called for the organization, as appropriate, of a science-policy dialogue to contribute to the development of further guidance and policies to address sand and dust storms, and welcoming the offers made by the Government of Saudi Arabia and the Government of Mongolia to host the sixteenth and seventeenth sessions, in 2024 and 2026, respectively,';

  it('A/RES/78/158 PP9: "to host the sixteenth and seventeenth sessions, in 2024 and 2026, respectively": the COP\'s sessions, each hosted and dated', () => {
    expect(relations(PP9)).toEqual(expect.arrayContaining([`WELCOMES Event:sixteenth session of the ${COP}`, `WELCOMES Event:seventeenth session of the ${COP}`]));
    expect(attributions(PP9)).toEqual(
      expect.arrayContaining([
        `SESSION_OF Event:sixteenth session of the ${COP} -> Event:${COP}`,
        `SESSION_OF Event:seventeenth session of the ${COP} -> Event:${COP}`,
        `HOSTS Place:Saudi Arabia -> Event:sixteenth session of the ${COP}`,
        `HOSTS Place:Mongolia -> Event:seventeenth session of the ${COP}`,
        `STARTS_ON Event:sixteenth session of the ${COP} -> Date:2024`,
        `STARTS_ON Event:seventeenth session of the ${COP} -> Date:2026`,
      ]),
    );
  });

  it('A/RES/78/69 OP212: "at the fourteenth, eighteenth and nineteenth meetings of the Informal Consultative Process, in 2013, 2017 and 2018, respectively": one year each', () => {
    const ICP = 'United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea';
    const att = attributions(
      'Also recognizes the attention paid to ocean acidification at the fourteenth, eighteenth and nineteenth meetings of the Informal Consultative Process, in 2013, 2017 and 2018, respectively, and commits itself to continue to pay attention to this important issue;',
      'operative',
      ctxOf('A/RES/78/69', '2023-12-05'),
    );
    expect(att).toEqual(
      expect.arrayContaining([
        `STARTS_ON Event:fourteenth meeting of the ${ICP} -> Date:2013`,
        `STARTS_ON Event:eighteenth meeting of the ${ICP} -> Date:2017`,
        `STARTS_ON Event:nineteenth meeting of the ${ICP} -> Date:2018`,
      ]),
    );
  });

  it('guard: A/RES/79/6 OP27 "adopted by the Assembly of States Parties at the fourteenth, and sixteenth and eighteenth sessions, respectively": its owner printed, unchanged', () => {
    const att = attributions(
      'Welcomes the amendments to articles 124 and 8 of the Rome Statute adopted by the Assembly of States Parties at the fourteenth, and sixteenth and eighteenth sessions, respectively, and calls upon States parties to ratify them;',
      'operative',
      ctxOf('A/RES/79/6', '2024-11-06'),
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF')).map((a) => a.split(' of the ')[0])).toEqual(['SESSION_OF Event:fourteenth session', 'SESSION_OF Event:sixteenth session', 'SESSION_OF Event:eighteenth session']);
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('item 3: "decision 26/COP.15 ..., in which the Conference urged": the Conference, keyed by its full name, is the decision\'s author, no target', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'preambular' });
  const COP_KEY = 'Event:Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';

  it('A/RES/78/158 PP9 (79/212, 80/143 PP9): no NOTES of the Conference; the decision is still noted', () => {
    const rel = relations(
      'Welcoming the convening of the fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification, held in Abidjan, Côte d’Ivoire, from 9 to 20 May 2022, noting the adoption of the Abidjan Call as well as the Abidjan Legacy Programme, to address drought and preserve and restore the terrestrial ecosystem, reverse land degradation and halt the loss of biodiversity, noting also decision 26/COP.15 of 20 May 2022, in which the Conference urged a proactive approach to enhance cooperation at all levels to address the causes and impacts of sand and dust storms,',
    );
    expect(rel).not.toContain(`NOTES ${COP_KEY}`);
    expect(rel).toContain('NOTES Resolution:Conference of the Parties to the United Nations Convention to Combat Desertification decision 26/COP.15');
  });

  it('guard (constructed from 78/158 OP20 words): the Conference as the object after the decision ("... and invites the Conference of the Parties to ...") keeps its verb', () => {
    const rel = relations(
      'Takes note of decision 26/COP.15 of 20 May 2022, and invites the Conference of the Parties to the United Nations Convention to Combat Desertification to continue its work on sand and dust storms;',
      'operative',
    );
    expect(rel).toContain(`INVITES ${COP_KEY}`);
  });
});

describe('item 4: "the Science-Policy Interface of the Convention" is a body (head "Interface")', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'operative' });

  it('A/RES/78/158 OP18: "in collaboration with the Science-Policy Interface of the Convention": APPRECIATES it', () => {
    const rel = relations(
      'Commends the secretariat of the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, on its efforts to develop both a global base map of sand and dust storm sources, in collaboration with the United Nations Environment Programme and the World Meteorological Organization, and the Sand and Dust Storms Compendium: Information and Guidance on Assessing and Addressing the Risks, in collaboration with the Science-Policy Interface of the Convention and other relevant United Nations system entities, as a comprehensive collation of material designed to provide information and guidance on how to assess and address the risks posed by sand and dust storms and plan actions to combat their recurrence and impacts;',
    );
    expect(rel).toContain('APPRECIATES Organization:Science-Policy Interface');
  });

  it('guard: A/RES/79/209 PP16 "the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services" keeps its name', () => {
    const rel = relations(
      'Noting the work of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services,',
      'preambular',
      ctxOf('A/RES/79/209', '2024-12-19'),
    );
    expect(rel).toEqual(['NOTES Organization:Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services']);
  });
});

describe('item 4: a body printed right before " of the <treaty>" is the treaty\'s organ (PART_OF), as one "established under" it is', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'operative' });
  const UNCCD = 'Framework:United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';

  it('A/RES/78/158 OP18: "the Science-Policy Interface of the Convention" is PART_OF the UNCCD; the secretariat is not', () => {
    const att = attributions(
      'Commends the secretariat of the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, on its efforts to develop both a global base map of sand and dust storm sources, in collaboration with the United Nations Environment Programme and the World Meteorological Organization, and the Sand and Dust Storms Compendium: Information and Guidance on Assessing and Addressing the Risks, in collaboration with the Science-Policy Interface of the Convention and other relevant United Nations system entities, as a comprehensive collation of material designed to provide information and guidance on how to assess and address the risks posed by sand and dust storms and plan actions to combat their recurrence and impacts;',
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([`PART_OF Organization:Science-Policy Interface -> ${UNCCD}`]);
  });

  it('guard: A/RES/79/284 OP30 "the adoption by the Committee of Ministers of the Framework Convention on Artificial Intelligence ...": the act\'s agent, no organ of it', () => {
    const att = attributions(
      'Encourages further cooperation between the United Nations, especially the United Nations Educational, Scientific and Cultural Organization, and the Council of Europe through their mechanisms on the development of standard-setting instruments in the digital era, especially for artificial intelligence, and notes in this context the adoption by the Committee of Ministers of the Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law;',
      'operative',
      ctxOf('A/RES/79/284', '2025-04-07'),
    );
    expect(att.filter((a) => a.startsWith('PART_OF') && a.includes('-> Framework:'))).toEqual([]);
  });

  it('guard: A/RES/78/19 PP20 "the introduction ... at the Conference on Disarmament of the draft treaty ...": a setting, no organ of it', () => {
    const att = attributions(
      'Noting the introduction by China and the Russian Federation at the Conference on Disarmament of the draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects in 2008 and the submission of its updated version in 2014,',
      'preambular',
      ctxOf('A/RES/78/19', '2023-12-04'),
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
