// Session-67 audit aud67j: A/RES/78/219 (Situation of human rights of Rohingya Muslims and other minorities in Myanmar, Third
// Committee) and its sister texts (79/182, 80/221). Each case quotes the file and paragraph it comes from; each fix has a guard for
// the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const MYANMAR = 'Situation of human rights of Rohingya Muslims and other minorities in Myanmar';
const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19', title: MYANMAR };
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });
const ASEAN = 'Organization:Association of Southeast Asian Nations';
const LEADERS_MEETING = "Event:Leaders' Meeting of the Association of Southeast Asian Nations @ 2021";
const CONSENSUS = 'Framework:Five-Point Consensus';

describe("an owner's bracketed acronym right after its sitting's name takes no verb, as the owner inside the name (session 63)", () => {
  it('A/RES/78/219 OP16 (t) (79/182 OP19, 80/221 OP24): "the Leaders’ Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021"', () => {
    const text =
      'Reiterates the urgent call upon Myanmar or the Myanmar military where applicable: (t) To swiftly implement the five-point consensus reached at the Leaders’ Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021 to facilitate a peaceful solution in the interests of the people of Myanmar and their livelihoods, and to that end calls upon all stakeholders in Myanmar to cooperate with the Association and the Special Envoy of the Chair of the Association, and expresses its support for these efforts;';
    const rels = relations(text);
    expect(rels).toContain(`REITERATES ${CONSENSUS}`);
    expect(rels).toContain(`REITERATES ${LEADERS_MEETING}`);
    expect(rels).not.toContain(`REITERATES ${ASEAN}`);
    // (the Association addressed in the later clause keeps its verb; the acronym is still a mention of the paragraph)
    expect(rels).toContain(`CALLS_UPON ${ASEAN}`);
    expect(keys(text, ASEAN)).not.toEqual([]);
  });

  it('guard: A/RES/78/219 PP21 "the important role of the Association of Southeast Asian Nations (ASEAN)": the body itself, a target', () => {
    const rels = relations(
      'Recognizing further the important role of the Association of Southeast Asian Nations (ASEAN) in facilitating a peaceful solution to the crisis in Myanmar,',
      'preambular',
    );
    expect(rels).toContain(`RECOGNIZES ${ASEAN}`);
  });

  it('guard: A/RES/78/97 PP17 (79/110, 80/101) "the 9th meeting of the Special Political and Decolonization Committee (Fourth Committee)": another name, not an acronym, keeps its verb', () => {
    const rels = relations(
      'Recalling the statement made by the representative of Tokelau at the 9th meeting of the Special Political and Decolonization Committee (Fourth Committee), on 14 October 2022,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/97', date: '2023-12-07', title: 'Question of Tokelau' },
    );
    expect(rels).toContain('RECALLS Organization:Special Political and Decolonization Committee');
  });

  it('guard: a body printed after the sitting with "and", no bracket, stays a target', () => {
    const rels = relations('Welcomes the Leaders’ Meeting of the Association of Southeast Asian Nations held on 24 April 2021 and the Association of Southeast Asian Nations;');
    expect(rels).toContain(`WELCOMES ${ASEAN}`);
  });
});

describe('a participle after ", while" that closes a body\'s act reported with "in which the <Body> <past>" is the body\'s', () => {
  const PP29 =
    'Welcoming also the adoption of Security Council resolution 2669 (2022), in which the Council demanded an immediate end to all forms of violence throughout Myanmar and urged restraint and de-escalation of tensions, while acknowledging the central role of ASEAN, including its five-point consensus on Myanmar,';

  it('A/RES/78/219 PP29 (79/182, 80/221): "in which the Council demanded ... and urged ..., while acknowledging the central role of ASEAN"', () => {
    const rels = relations(PP29, 'preambular');
    expect(rels).toContain('WELCOMES Resolution:S/RES/2669(2022)');
    // (what the welcomed resolution names takes the citing verb, accuracy-aud62g)
    expect(rels).toContain(`WELCOMES ${ASEAN}`);
    expect(rels).toContain(`WELCOMES ${CONSENSUS}`);
    expect(rels.filter((r) => r.startsWith('ACKNOWLEDGES'))).toEqual([]);
  });

  it('guard: ", and acknowledging" after the reported act is the Assembly\'s own clause', () => {
    const rels = relations(PP29.replace(', while acknowledging', ', and acknowledging'), 'preambular');
    expect(rels).toContain(`ACKNOWLEDGES ${ASEAN}`);
  });

  it('guard: ", while acknowledging" with no reported act before it is the Assembly\'s', () => {
    const rels = relations('Welcoming the report of the Secretary-General, while acknowledging the central role of ASEAN,', 'preambular');
    expect(rels).toContain(`ACKNOWLEDGES ${ASEAN}`);
  });

  it('guard: A/RES/79/317 OP30 (operative) "in which the Council underlined ..., while recalling ..., and also recalling the humanitarian exemption set out in Council resolution 2664 (2022)"', () => {
    const rels = relations(
      'Takes note of Security Council resolution 2615 (2021), in which the Council underlined that humanitarian assistance and other activities that support basic human needs in Afghanistan were not a violation of paragraph 1 (a) of Council resolution 2255 (2015) of 21 December 2015, while recalling the need to minimize and monitor the risk of aid diversion, and also recalling the humanitarian exemption set out in Council resolution 2664 (2022) of 9 December 2022;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07', title: 'The situation in Afghanistan' },
    );
    expect(rels).toContain('RECALLS Resolution:S/RES/2664(2022)');
  });
});

describe('"the (independent international) fact-finding mission" after the Myanmar mission is named in full is that mission', () => {
  const MISSION = 'Organization:Independent International Fact-Finding Mission on Myanmar';

  it('A/RES/78/219 PP14 (79/182, 80/221): "..., and deeply regretting the lack of cooperation of Myanmar with the fact-finding mission"', () => {
    const rels = relations(
      'Recalling the work done by the independent international fact-finding mission on Myanmar, including its final report and all its other reports, alarmed by its findings of evidence of the most serious human rights violations and abuses suffered by Rohingya Muslims and other minorities, and deeply regretting the lack of cooperation of Myanmar with the fact-finding mission,',
      'preambular',
    );
    expect(rels).toContain(`RECALLS ${MISSION}`);
    expect(rels).toContain(`REGRETS ${MISSION}`);
  });

  it('A/RES/78/219 OP29: "the recommendations made by the independent international fact-finding mission in its report" after OP30 (g) names it', () => {
    const rels = relations(
      'Requests the Secretary-General to support the implementation of the 2018 recommendations of the independent international fact-finding mission on Myanmar, and encourages all business enterprises to respect the recommendations made by the independent international fact-finding mission in its report on the economic interests of the Myanmar military;',
    );
    expect(rels).toContain(`ENCOURAGES ${MISSION}`);
  });

  it('guard: "the fact-finding mission" with no mission named in full before it is not the Myanmar mission', () => {
    const ctxIran: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/183', date: '2024-12-17', title: 'Situation of human rights in the Islamic Republic of Iran' };
    expect(keys('Calls upon the Government to cooperate fully with the fact-finding mission;', MISSION, 'operative', ctxIran)).toEqual([]);
  });
});

describe('the armed group and the parallel government the Myanmar texts name are organizations', () => {
  it('A/RES/78/219 PP63 (79/182 PP67, 80/221 PP78): "the pronouncements of the National Unity Government articulated in the “Policy position ...”"', () => {
    const rels = relations(
      'Acknowledging the pronouncements of the National Unity Government articulated in the “Policy position on the Rohingya in Rakhine State” released on 3 June 2021,',
      'preambular',
    );
    expect(rels).toContain('ACKNOWLEDGES Organization:National Unity Government');
  });

  it('A/RES/78/219 PP43 (79/182 PP45, 80/221 PP52): "the continued conflict between the Myanmar security and armed forces and the Arakan Army"', () => {
    const text =
      'Expressing its concern that Rohingya Muslims and other minorities, in particular women and girls, remain at significant risk of sexual and gender-based violence, notably in the context of the continued conflict between the Myanmar security and armed forces and the Arakan Army,';
    expect(keys(text, 'Organization:Arakan Army', 'preambular')).toEqual(['Organization:Arakan Army']);
  });

  it('guard: A/RES/78/219 OP16 (g) "national unity through dialogue" (lower case) names no government', () => {
    const text = 'To encourage political and religious leaders in the country to work towards reconciliation among communities and national unity through dialogue;';
    expect(keys(text, 'Organization:National Unity')).toEqual([]);
  });
});

describe('the places of the Rohingya texts are places of Myanmar and Bangladesh', () => {
  it('A/RES/78/219 PP5 (79/182, 80/221): "the root causes of the crisis in Rakhine State"', () => {
    const text =
      'Reiterating its deep concern over the continued violence, violations and abuses of human rights against and forced displacement of Rohingya Muslims and other minorities, and in this regard stressing the need to address the root causes of the crisis in Rakhine State,';
    expect(keys(text, 'Place:Rakhine', 'preambular')).toEqual(['Place:Rakhine State']);
    // (a place spoken of takes no verb)
    expect(relations(text, 'preambular').filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('A/RES/78/219 PP58: "the group of Rohingya refugees to northern Rakhine and Myanmar officials to Cox’s Bazar"', () => {
    const text =
      'Recalling the bilateral arrangement of return concluded between the Government of Bangladesh and the Government of Myanmar on 23 November 2017 in Nay Pyi Taw, and noting the recent exchange of visits between the group of Rohingya refugees to northern Rakhine and Myanmar officials to Cox’s Bazar under this arrangement,';
    expect(keys(text, "Place:Cox's Bazar", 'preambular')).toEqual(["Place:Cox's Bazar"]);
  });

  it('guard: A/RES/78/219 PP62 "the recommendations of the Advisory Commission on Rakhine State": the Commission, not the place, takes the verb', () => {
    const rels = relations(
      'Underlining the importance of the call by the Secretary-General for increased efforts to implement the recommendations of the Advisory Commission on Rakhine State, to address the root causes of the crisis,',
      'preambular',
    );
    expect(rels).toContain('EMPHASIZES Organization:Advisory Commission on Rakhine State');
    expect(rels).not.toContain('EMPHASIZES Place:Rakhine State');
  });
});
