// Session-59 fixes aud59p: residual faults the session-57 and session-58 gold sets left. Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { extract, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/138', '2025-12-15'), kind: 'preambular' });

const IPCC = 'Intergovernmental Panel on Climate Change';
const groupsOf = (owner: string): string[] => ['I', 'II', 'III'].map((n) => `Organization:Working Group ${n} (${owner})`);

describe('item 1: "Working Groups I, II and III" are three numbered working groups of their owner', () => {
  it('A/RES/80/138 PP12 (78/153, 79/206 PP12): "the findings from the contributions of Working Groups I, II and III, as well as the synthesis report ...": the IPCC\'s three groups take the verb', () => {
    const x = extract(
      'Noting with concern the findings contained in the special reports of the Intergovernmental Panel on Climate Change, the findings from the contributions of Working Groups I, II and III, as well as the synthesis report of the sixth assessment report of the Intergovernmental Panel, which represents a more comprehensive and robust assessment of climate change than the fifth assessment report, recognizing the importance of the best available science for effective climate action and policymaking,',
    );
    const relations = x.relations.map((r) => `${r.type} ${r.target}`);
    const attributions = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    for (const g of groupsOf(IPCC)) {
      expect(relations).toContain(`NOTES ${g}`);
      expect(attributions).toContain(`PART_OF ${g} -> Organization:${IPCC}`);
    }
  });

  it('A/RES/78/168 PP7: "the contributions of Working Groups I, II and III to the Sixth Assessment Report of the IPCC": the owner named after the list', () => {
    const found = keys(
      'Recalling the Paris Agreement, and noting with concern the scientific findings contained in the contributions of Working Groups I, II and III to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2021: The Physical Science Basis, Climate Change 2022: Impacts, Adaptation and Vulnerability and Climate Change 2022: Mitigation of Climate Change, and the special reports of the Panel,',
      'Organization:Working Group',
      'preambular',
      ctxOf('A/RES/78/168', '2023-12-19'),
    );
    expect(found).toEqual(groupsOf(IPCC));
  });

  it('A/RES/78/155 PP (79/208, 80/157): "the contribution of Working Groups I, II, and III, as well as the synthesis report for the Sixth Assessment Report of the IPCC" (a serial comma)', () => {
    const found = keys(
      'Recalling the Paris Agreement, and noting with concern the findings contained in the contribution of Working Groups I, II, and III, as well as the synthesis report for the Sixth Assessment Report of the Intergovernmental Panel on Climate Change,',
      'Organization:Working Group',
      'preambular',
      ctxOf('A/RES/78/155', '2023-12-19'),
    );
    expect(found).toEqual(groupsOf(IPCC));
  });

  it('guard: A/RES/78/153 OP11 "the contribution of Working Group I ..., from the contribution of Working Group II": the singular groups as before', () => {
    const found = keys(
      'Notes with serious concern the findings from the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution of Working Group I, in which the Intergovernmental Panel indicates that global warming of 1.5 degrees Celsius and 2 degrees Celsius above pre-industrial levels will be exceeded during the twenty-first century, from the contribution of Working Group II, in which the Intergovernmental Panel indicates that human-induced climate change has caused widespread adverse impacts;',
      'Organization:Working Group',
      'operative',
      ctxOf('A/RES/78/153', '2023-12-19'),
    );
    expect(found).toEqual([`Organization:Working Group I (${IPCC})`, `Organization:Working Group II (${IPCC})`]);
  });
});

describe('item 2: "<city> political declaration" in lower case is the city\'s declaration, not the city', () => {
  const ctx78_1 = ctxOf('A/RES/78/1', '2023-09-29');
  const op33 =
    'We look forward to the Third UN Conference on LLDCs and the 4th International Conference on Small Island Developing States to identify and address the key priority issues of LLDCs and SIDS respectively, as well as to forge genuine and durable partnerships, including financial support, that will accelerate the implementation of their respective sustainable development blueprints. Additionally, we welcome the Doha political declaration, and the commitments made towards the timely and full implementation of the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031.';

  it('A/RES/78/1 annex OP33: "Additionally, we welcome the Doha political declaration, and the commitments made ...": WELCOMES the Doha Political Declaration, no Place Doha', () => {
    const x = extract(op33, 'operative', ctx78_1);
    expect(x.mentions.map((m) => m.key)).toContain('Framework:Doha Political Declaration');
    expect(x.mentions.map((m) => m.key).filter((k) => k.startsWith('Place:'))).toEqual([]);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('WELCOMES Framework:Doha Political Declaration');
  });

  it('guard: A/RES/80/182 PP8 "the Doha Political Declaration of the Second World Summit for Social Development" keeps the summit\'s node', () => {
    expect(keys('Looking forward to the adoption of the Doha Political Declaration of the Second World Summit for Social Development,', 'Framework:', 'preambular', ctxOf('A/RES/80/182', '2025-12-15'))).toEqual([
      'Framework:Doha Political Declaration of the Second World Summit for Social Development',
    ]);
  });

  it('guard: A/RES/78/233 PP1 "held in Doha from 5 to 9 March 2023": the city where a sitting is held stays a Place', () => {
    expect(
      keys(
        'Recalling the Doha Programme of Action for the Least Developed Countries, and the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on the Least Developed Countries, held in Doha from 5 to 9 March 2023,',
        'Place:',
        'preambular',
        ctxOf('A/RES/78/233', '2023-12-22'),
      ),
    ).toEqual(['Place:Doha']);
  });
});

describe('item 4: "the North-West Pacific" (a line broken after the hyphen) is a region, not the Pacific Ocean', () => {
  const ctx78_69 = ctxOf('A/RES/78/69', '2023-12-05');

  it('A/RES/78/69 OP72 (79/144 OP70, 80/110 OP62): "the Indian Ocean and the North-\\nWest Pacific": no Place Pacific', () => {
    expect(
      keys(
        'Notes the progress made in the development of environmental management plans for the Area, and encourages the Authority to continue advancing on the development of regional environmental management plans in priority areas in the Area, such as the northern Mid-Atlantic Ridge, the Indian Ocean and the North-West Pacific, as well as notes the efforts of the Authority to continue its work on a revised standardized framework, including the standardized procedure and template;',
        'Place:',
        'operative',
        ctx78_69,
      ),
    ).toEqual(['Place:Indian Ocean']);
  });

  it('A/RES/78/69 OP224 (79/144 OP222): "a regional plan for integrated management of marine litter in the South-East Pacific": no Place Pacific', () => {
    expect(keys('Notes the adoption of a regional plan for integrated management of marine litter in the South-East Pacific, adopted in April 2022;', 'Place:', 'operative', ctx78_69)).toEqual([]);
  });

  it('guard: A/RES/80/96 PP15 "the holding of regional seminars in the Caribbean and Pacific regions": the Pacific stays a Place', () => {
    expect(
      keys('Welcoming the holding of regional seminars in the Caribbean and Pacific regions and at Headquarters,', 'Place:Pacific', 'preambular', ctxOf('A/RES/80/96', '2025-12-10')),
    ).toEqual(['Place:Pacific']);
  });
});

describe('item 5: an initiative or framework STARTS_ON the day it was launched (the lead\'s session-59 ruling)', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/180', '2025-12-15'), kind: 'preambular' });
  const startsOn = (text: string, ctx?: RecognizeContext, kind: 'preambular' | 'operative' = 'preambular'): string[] =>
    attributions(text, kind, ctx).filter((a) => a.startsWith('STARTS_ON'));

  it('A/RES/80/180 PP13: "Youth 2030: The United Nations Youth Strategy, launched by the Secretary-General in 2018"', () => {
    expect(
      startsOn('Noting the progress made on the implementation of Youth 2030: The United Nations Youth Strategy, launched by the Secretary-General in 2018, to address the needs of youth,'),
    ).toEqual(['STARTS_ON Framework:United Nations Youth Strategy -> Date:2018']);
  });

  it('A/RES/79/175 PP6: "the Call to Action for Human Rights, launched in 2020, the road map for digital cooperation, launched in June 2020"', () => {
    expect(
      startsOn(
        "Taking note of the Secretary-General's initiatives on the new technologies, including the Call to Action for Human Rights, launched in 2020, the road map for digital cooperation, launched in June 2020, the United Nations Global Principles for Information Integrity,",
        ctxOf('A/RES/79/175', '2024-12-17'),
      ),
    ).toEqual(['STARTS_ON Initiative:Call to Action for Human Rights -> Date:2020', 'STARTS_ON Framework:Road map for digital cooperation -> Date:2020-06']);
  });

  it('guard: A/RES/78/69 "the second World Ocean Assessment, launched in April 2021": one edition\'s launch does not date the series', () => {
    expect(
      startsOn(
        'Recognizing the second World Ocean Assessment, launched in April 2021, which provides information on the state of the marine environment,',
        ctxOf('A/RES/78/69', '2023-12-05'),
      ),
    ).toEqual([]);
  });

  it('guard: A/RES/78/120 PP (79/139) "the Year of Action launched by the Global Commission on Adaptation that culminated in the 2021 Climate Adaptation Summit": the year is the Summit\'s, not the launch\'s', () => {
    expect(
      startsOn(
        'Taking note of the launch of the Coalition for Disaster-Resilient Infrastructure, the Risk-Informed Early Action Partnership, the Climate Risk and Early Warning Systems (CREWS) initiative and the Year of Action launched by the Global Commission on Adaptation that culminated in the 2021 Climate Adaptation Summit,',
        ctxOf('A/RES/78/120', '2023-12-19'),
      ).filter((a) => !a.startsWith('STARTS_ON Event:')),
    ).toEqual([]);
  });
});
