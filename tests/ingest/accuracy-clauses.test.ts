// Verb clauses of real paragraphs -> the clause verbs and the relations they type.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';

const typed = (text: string, kind: 'preambular' | 'operative' = 'operative') =>
  splitClauses(text, kind).map((c) => [c.relation ?? null, text.slice(c.start, c.end).trim().split(/\s+/).slice(0, 3).join(' '), ...(c.also ?? [])]);

describe("a declaration's next sentence opens a clause", () => {
  it('A/RES/80/173 OP118: "We are committed ... . We call upon the United Nations ..."', () => {
    const text =
      'We are committed to the further development and strengthening of internationally agreed targets, indicators and metrics for universal, meaningful and affordable connectivity and digital development. We call upon the United Nations and other relevant organizations and forums to periodically review the methodologies for information and communications technology indicators';
    expect(typed(text)).toEqual([
      [null, 'We are committed'],
      ['CALLS_UPON', 'We call upon'],
    ]);
  });
  it('A/RES/80/173 OP109: "We recognize ... . We reaffirm their mandates ..., encourage them ... and call for them ..."', () => {
    const text =
      'We recognize the important role that has been played by the regional commissions in developing regional action plans to fulfil the World Summit vision. We reaffirm their mandates to serve as regional mechanisms for implementation and follow-up of World Summit outcomes, encourage them to continue their work within their regions and call for them to scale up technical assistance, capacity-building and partnerships.';
    expect(typed(text).map((c) => c[0])).toEqual(['RECOGNIZES', 'REAFFIRMS', 'ENCOURAGES', 'CALLS_UPON']);
  });
  it('A/RES/79/233 OP193: a sentence whose verb types nothing ("We commit") ends the clause before it', () => {
    const text =
      'We note that cross-country and transboundary pipelines can be an energy-efficient and economical way to transport energy, including hydrocarbons and sustainable forms of energy, over long distances. We commit to continued international cooperation in promoting reliable and stable energy connectivity at the national, regional and global levels to advance economic integration and sustainable development in landlocked developing countries, in particular, to achieve Sustainable Development Goal 7, on ensuring access to affordable, reliable, sustainable and modern energy for all. We also encourage efforts for resilient and secure cross-border energy infrastructure and energy connectivity.';
    expect(typed(text)).toEqual([
      ['NOTES', 'We note that'],
      [null, 'We commit to'],
      ['ENCOURAGES', 'We also encourage'],
    ]);
  });
  it('A/RES/80/173 OP98: "We welcome ... . We particularly welcome ... . We also welcome ..."', () => {
    const text =
      'We welcome the evolution of the Internet Governance Forum from an annual meeting into a broader ecosystem encompassing intersessional and other activities, including dynamic coalitions, best practice forums and policy networks. We particularly welcome the emergence of more than 170 national, regional and youth Internet governance forums, which have enhanced multi-stakeholder discussion of relevant issues in all continents, many subregions and a majority of Member States. We also welcome the work of the Multi-stakeholder Advisory Group of the Forum and the establishment by the Secretary-General of the Leadership Panel of the Forum.';
    expect(typed(text)).toEqual([
      ['WELCOMES', 'We welcome the'],
      ['WELCOMES', 'We particularly welcome'],
      ['WELCOMES', 'We also welcome'],
    ]);
  });
  it('A/RES/79/1 OP90: a full stop not followed by "We" opens nothing; "We are living" opens a clause that types nothing', () => {
    const text =
      'The Outer Space Treaty of 1967 identifies the exploration and use of outer space as the province of all humankind. Humanity’s reliance on space is increasing day by day and the Outer Space Treaty must be recognized as the cornerstone of the international legal regime governing outer space activities. We are living through an age of increased access to and activities in outer space. The growth in the number of objects in outer space, the return of humans to deep space, and our expanding reliance on outer space systems demand urgent action.';
    expect(typed(text)).toEqual([
      [null, 'The Outer Space'],
      [null, 'We are living'],
    ]);
  });
});

describe('verbs of the genre the table missed', () => {
  it('"calls in this regard for" (A/RES/78/170 OP4) and "calls, therefore, upon" (A/RES/78/144 OP20)', () => {
    expect(
      typed(
        'Stresses that the wall and settlements being constructed by Israel in the Occupied Palestinian Territory, including in and around East Jerusalem, are contrary to international law and are seriously depriving the Palestinian people of their natural resources, and calls in this regard for full compliance with the legal obligations affirmed in the 9 July 2004 advisory opinion of the International Court of Justice 9 and in relevant United Nations resolutions, including General Assembly resolution ES-10/15;',
      ).map((c) => c[0]),
    ).toEqual(['EMPHASIZES', 'CALLS_UPON']);
    expect(
      typed(
        'Underlines the instrumental role of agricultural technology, agricultural research and innovation and technology transfer on mutually agreed terms and the sharing of knowledge and practices in furthering sustainable development and in achieving the Sustainable Development Goals, calls, therefore, upon Member States, and encourages relevant international bodies, to support sustainable agricultural research and development, emphasizes that research outputs should be appropriate to the needs of and accessible to end users',
      ).map((c) => c[0]),
    ).toEqual(['EMPHASIZES', 'CALLS_UPON', 'ENCOURAGES', 'ENCOURAGES', 'EMPHASIZES']); // the infinitive the two verbs share: its own span, also CALLS_UPON (fix23)
  });
  it('"applauds" praises as "commends" does (A/RES/79/133 OP31, A/RES/80/173 OP21 and OP97)', () => {
    expect(typed('Applauds the efforts of the United Nations Educational, Scientific and Cultural Organization to promote the use of identification and inventory systems;')[0]![0]).toBe(
      'APPRECIATES',
    );
    expect(typed('We applaud the successful development of the Internet Governance Forum, established by the Secretary-General following the World Summit')[0]![0]).toBe('APPRECIATES');
  });
});

describe('a declaration whose paragraphs drop the "We" (A/RES/73/3, political declaration on tuberculosis)', () => {
  it('OP5: "Welcome ..., and take note with appreciation of its Moscow Declaration ..., with its commitments and calls for urgent action"', () => {
    const text =
      'Welcome the convening of the first World Health Organization Global Ministerial Conference on Ending Tuberculosis in the Sustainable Development Era: A Multisectoral Response, held in Moscow on 16 and 17 November 2017, and take note with appreciation of its Moscow Declaration to End TB, with its commitments and calls for urgent action, notably on advancing the response to tuberculosis within the 2030 Agenda, ensuring sufficient and sustainable financing, pursuing science, research and innovation and developing a multisectoral accountability framew ork, which contributed to this meeting;';
    expect(typed(text).map((c) => c[0])).toEqual(['WELCOMES', 'NOTES']);
  });
  it('OP8: "Express serious concern that ..., and acknowledge that ..."', () => {
    const text =
      'Express serious concern that, despite these commitments, tuberculosis remains a cause of an enormous burden of illness, suff ering and death, and that stigma and discrimination because of the disease bring enormous costs for individuals affected by tuberculosis and their families, and acknowledge that an adequate multisectoral and intersectoral engagement in the fight against th e disease is needed, and that the world needs to refocus efforts on actions and investments, including in research, needed to achieve the Sustainable Development Goals target of ending the tuberculosis epidemic by 2030;';
    expect(typed(text).map((c) => c[0])).toEqual(['EXPRESSES', 'ACKNOWLEDGES']);
  });
  it('OP6: "commitments and calls for action" is a noun, not a later verb', () => {
    const text =
      'Recognize other recent high-level commitments and calls for action against tuberculosis, including its multidrug-resistant and zoonotic forms, made by global, regional and subregional bodies and meetings, includi ng the Delhi End TB Summit, held from 12 to 17 March 2018;';
    expect(typed(text).map((c) => c[0])).toEqual(['RECOGNIZES']);
  });
  it('A/RES/78/160 OP40: "Continues to encourage" is a resolution\'s third person, not a declaration', () => {
    const text =
      'Continues to encourage the United Nations system to take an active role in forging a closer link with national and multilateral science advisory bodies to optimally leverage science, technology and innovation for the Sustainable Development Goals, and looks forward to receiving updates and outcomes of the actions through the report of the Commission on Science and Technology for Development;';
    expect(typed(text).map((c) => c[0])).toEqual(['ENCOURAGES', 'LOOKS_FORWARD_TO']);
  });
});
