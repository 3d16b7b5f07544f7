// Misses found by the session-22 audit aud22k: A/RES/78/203 (the right to development), A/RES/78/158 (combating sand and
// dust storms), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a meeting topic whose first comma opens a series of words ends after the series', () => {
  const OP41 =
    'Also recalls the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases,27 adopted on 10 October 2018, as well as the political declarations of the second high-level meeting of the General Assembly on the fight against tuberculosis 28 and the General Assembly high-level meeting on pandemic prevention, preparedness and response,29 both adopted on 5 October 2023, with their particular focus on development and other challenges and social and economic determinants and impacts, particularly for developing countries;';

  it('A/RES/78/203 OP41: "the General Assembly high-level meeting on pandemic prevention, preparedness and response,29"', () => {
    expect(keys(OP41, 'Event:high-level meeting').filter((k) => k.includes('pandemic'))).toEqual([
      'Event:high-level meeting of the General Assembly on pandemic prevention, preparedness and response @ 2023',
    ]);
    expect(relations(OP41)).toContain('RECALLS Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)');
    expect(keys(OP41, 'Framework:Political declaration of the high-level meeting on pandemic prevention (')).toEqual([]);
  });

  it('A/RES/78/3 annex OP78: "a high-level meeting on pandemic prevention, preparedness and response in 2026 in New York" is dated', () => {
    const text = 'Decide to convene a high-level meeting on pandemic prevention, preparedness and response in 2026 in New York;';
    expect(keys(text, 'Event:')).toEqual(['Event:high-level meeting on pandemic prevention, preparedness and response @ 2026']);
  });

  it('A/RES/79/333 OP1: "the one-day high-level meeting on pandemic prevention, preparedness and response to be convened by the President"', () => {
    const text =
      'Decides that the one-day high-level meeting on pandemic prevention, preparedness and response to be convened by the President of the General Assembly in collaboration with the World Health Organization will be held on 22 September 2026;';
    expect(keys(text, 'Event:high-level')).toEqual(['Event:high-level meeting on pandemic prevention, preparedness and response @ 2026']);
  });

  it('A/RES/79/224 PP3 form: a listed declaration keeps its series ("... on pandemic prevention, preparedness and response, on universal health coverage ...")', () => {
    const text =
      'Taking note of the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis,';
    expect(keys(text, 'Framework:Political declaration', 'preambular')).toEqual([
      'Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response',
      'Framework:Political declaration of the high-level meeting on universal health coverage',
      'Framework:Political declaration of the high-level meeting on the fight against tuberculosis',
    ]);
  });

  it('guard: a comma before a place or participle still ends the topic ("on sand and dust storms, held in New York")', () => {
    const text = 'Recalls the high-level meeting on sand and dust storms, held in New York on 16 July 2024, and welcomes its outcome;';
    expect(keys(text, 'Event:')).toEqual(['Event:high-level meeting on sand and dust storms @ 2024']);
  });

  it('guard: a series that runs on into a noun is not the topic\'s ("... HIV and AIDS, diagnosis, treatment and care services")', () => {
    const text = 'Decides to convene a high-level meeting on HIV and AIDS, prevention, treatment and care services, in 2026;';
    expect(keys(text, 'Event:high-level')).toEqual(['Event:high-level meeting on HIV and AIDS']);
  });

  it('guard: verbs of a new clause after the comma are not a series ("..., welcomes and supports the ...")', () => {
    const text = 'Recalls the high-level meeting on universal health coverage, welcomes and supports the efforts of Member States;';
    expect(keys(text, 'Event:high-level')).toEqual(['Event:high-level meeting on universal health coverage']);
  });
});

describe('the Kunming-Montreal Global Biodiversity Framework printed without its hyphen or its cities is one framework', () => {
  const KMGBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';

  it('A/RES/78/158 PP10: "and its outcomes, including the Kunming Montreal Global Biodiversity Framework"', () => {
    const text =
      'Welcoming also the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties to the Convention, held in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming Montreal Global Biodiversity Framework, and urges their early, inclusive and effective implementation,';
    expect(relations(text, 'preambular')).toContain(`WELCOMES ${KMGBF}`);
    expect(keys(text, 'Framework:', 'preambular')).toEqual([KMGBF]);
  });

  it('A/RES/78/155 OP9: "the Global Biodiversity Framework Fund commensurate with the targets of the Framework"', () => {
    const text =
      'Calls for continued capitalization and timely operationalization of the Global Biodiversity Framework Fund commensurate with the targets of the Framework, from all sources;';
    expect(keys(text, 'Framework:')).toEqual([KMGBF]);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Global Biodiversity Framework Fund']);
  });

  it('guard: the Fund stays an organization of its own ("Welcomes the Global Biodiversity Framework Fund")', () => {
    const text = 'Welcomes the launch of the Global Biodiversity Framework Fund;';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('a footnote mark glued to the last word of a cited resolution\'s subject is no part of it', () => {
  const subjectOf = (text: string, key: string): unknown => extract(text, 'preambular').mentions.find((m) => m.key === key)?.attrs?.subject;
  const PP6 =
    'Recalling United Nations Environment Assembly resolutions 1/7 of 27 June 2014 on strengthening the role of the United Nations Environment Programme in promoting air quality,3 2/21 of 27 May 2016 on sand and dust storms4 and 4/10 of 15 March 2019 on innovation on biodiversity and land degradation, 5';

  it('A/RES/78/158 PP6: "2/21 of 27 May 2016 on sand and dust storms4 and 4/10 ..."', () => {
    expect(subjectOf(PP6, 'Resolution:United Nations Environment Assembly resolution 2/21')).toBe('sand and dust storms');
  });

  it('A/RES/78/187 form: "51/10 of 6 October 2022 on countering cyberbullying18 and 54/5 ..."', () => {
    const text = 'Recalling Human Rights Council resolutions 51/10 of 6 October 2022 on countering cyberbullying18 and 54/5 of 10 October 2023 on the right to privacy,';
    expect(subjectOf(text, 'Resolution:A/HRC/RES/51/10')).toBe('countering cyberbullying');
  });

  it('guard: a number that is a word of the subject stays ("on the implementation of Goal 16")', () => {
    const text = 'Recalling Human Rights Council resolution 51/10 of 6 October 2022 on the implementation of Goal 16,';
    expect(subjectOf(text, 'Resolution:A/HRC/RES/51/10')).toBe('the implementation of Goal 16');
  });
});

describe('the political declarations on HIV and AIDS are told apart by their subtitles', () => {
  const Y2021 = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';
  const Y2016 = 'Framework:Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030';

  it('A/RES/78/203 OP40: "the Political Declaration on HIV and AIDS: Ending Inequalities ..., adopted on 8 June 2021 at the high-level meeting"', () => {
    const text =
      'Recalls the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted on 8 June 2021 at the high-level meeting of the General Assembly on HIV and AIDS,26 and underscores the importance of enhanced international cooperation;';
    expect(relations(text)).toContain(`RECALLS ${Y2021}`);
    expect(keys(text, 'Framework:')).toEqual([Y2021]);
  });

  it('A/RES/79/149 PP6: the 2016 declaration "entitled “Political Declaration on HIV and AIDS: On the Fast Track ...”" and the 2021 one are two', () => {
    const text =
      'Recalling also the outcome document of the 2016 high-level plenary meeting of the Assembly on HIV and AIDS, entitled “Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030”,14 and the adoption of the 2021 political declaration on HIV and AIDS, entitled “Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030”,';
    // (the 2021 one twice since aud38e: "the 2021 political declaration on HIV and AIDS" names it by its year, then its title)
    expect([...new Set(keys(text, 'Framework:Political Declaration', 'preambular'))]).toEqual([Y2016, Y2021]);
  });

  it('guard: the Declaration of Commitment on HIV/AIDS stays its own', () => {
    const text = 'Reaffirming the Declaration of Commitment on HIV/AIDS,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Declaration of Commitment on HIV/AIDS']);
  });
});

describe('the Doha Development Agenda, or Round, is a framework named after the city, not the city', () => {
  it('A/RES/78/203 PP20: "in particular on the remaining issues of the Doha Development Round"', () => {
    const text =
      'Calling for a successful, development-oriented outcome of the trade negotiations of the World Trade Organization, in particular on the remaining issues of the Doha Development Round, as a contribution to the creation of international conditions permitting the full realization of the right to development,';
    expect(keys(text, 'Place:', 'preambular')).toEqual([]);
    expect(relations(text, 'preambular')).toContain('CALLS_UPON Framework:Doha Development Agenda');
  });

  it('A/RES/79/145 OP form: "the mandates of the World Trade Organization Doha Development Agenda 35 and the Hong Kong Ministerial Declaration"', () => {
    const text =
      'Calls upon States to give effect to the mandates of the World Trade Organization Doha Development Agenda 35 and the Hong Kong Ministerial Declaration to strengthen disciplines on fisheries subsidies;';
    expect(keys(text, 'Framework:Doha')).toEqual(['Framework:Doha Development Agenda']);
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('guard: an event held in Doha keeps its place ("held in Doha from 5 to 9 March 2023")', () => {
    const text = 'Welcomes the Fifth United Nations Conference on the Least Developed Countries, held in Doha from 5 to 9 March 2023;';
    expect(keys(text, 'Place:')).toEqual(['Place:Doha']);
  });
});

describe('"the Assembly on <topic>" is the General Assembly, then what its meeting was on', () => {
  it('A/RES/79/149 PP6: "the outcome document of the 2016 high-level plenary meeting of the Assembly on HIV and AIDS"', () => {
    const text =
      'Recalling the outcome document of the 2016 high-level plenary meeting of the Assembly on HIV and AIDS, entitled “Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030”,';
    expect(keys(text, 'Organization:', 'preambular')).not.toContain('Organization:Assembly on HIV and AIDS');
    // (the 2016 meeting, keyed by its year since fix24)
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:high-level plenary meeting of the General Assembly on HIV and AIDS @ 2016']);
  });

  it('A/RES/79/210 OP2: "the interactive dialogues of the General Assembly on Harmony with Nature"', () => {
    const text = 'Invites the participation of independent experts in the interactive dialogues of the General Assembly on Harmony with Nature;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:General Assembly']);
  });

  it('guard: a name with words before its head stays ("the Second World Assembly on Ageing")', () => {
    const text = 'Recalls the Second World Assembly on Ageing;';
    expect(keys(text, 'Event:').concat(keys(text, 'Organization:'))).toEqual(['Event:Second World Assembly on Ageing']);
  });
});
