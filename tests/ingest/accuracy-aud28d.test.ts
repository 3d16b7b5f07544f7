// Misses found by the session-28 audit aud28d: A/RES/80/220 (situation of human rights in the Democratic People's Republic of
// Korea) and A/RES/79/111 (question of the Turks and Caicos Islands), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const DPRK_TITLE = 'Situation of human rights in the Democratic People’s Republic of Korea';
const DPRK: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/220', date: '2025-12-18', title: DPRK_TITLE };

const { extract, keys, relations } = oneParagraph({ ctx: DPRK, kind: 'operative' });

describe('"the commission of inquiry" after the commission of inquiry on human rights in the DPRK was named', () => {
  const COI = "Organization:Commission of Inquiry on Human Rights in the Democratic People's Republic of Korea";
  const PP4 =
    'Reiterating the importance of following up on the recommendations contained in the report of the commission of inquiry on human rights in the Democratic People’s Republic of Korea, and reiterating also its grave concern at the detailed findings contained therein,';

  it('A/RES/80/220 OP10: "Reiterates its appreciation for the work of the commission of inquiry and acknowledges ..."', () => {
    const ctx = { ...DPRK };
    extract(PP4, 'preambular', ctx);
    const text =
      'Reiterates its appreciation for the work of the commission of inquiry and acknowledges the importance of its report and the finding that the body of testimony gathered and the information received provide reasonable grounds to believe that crimes against humanity have been committed in the Democratic People’s Republic of Korea;';
    expect(keys(text, 'Organization:Commission', 'operative', ctx)).toEqual([COI]);
    expect(relations(text, 'operative', ctx)).toContain(`REITERATES ${COI}`);
  });

  it('A/RES/80/220 OP28: "... as well as to report on the follow-up to the implementation of the recommendations of the commission of inquiry."', () => {
    const ctx = { ...DPRK };
    extract(PP4, 'preambular', ctx);
    const text =
      'Decides to continue its examination of the situation of human rights in the Democratic People’s Republic of Korea at its eighty-first session, and requests the Special Rapporteur to continue to report her findings and recommendations, as well as to report on the follow-up to the implementation of the recommendations of the commission of inquiry.';
    expect(relations(text, 'operative', ctx)).toContain(`REQUESTS ${COI}`);
  });

  it('guard: "the commission of inquiry" in a text that named none is no body', () => {
    const text = 'Calls upon the Government to cooperate with the commission of inquiry into the events of 2024;';
    expect(keys(text, 'Organization:', 'operative', { ...DPRK, symbol: 'A/RES/80/997' })).toEqual([]);
  });
});

describe('"the Commission of Inquiry" in the paragraph that names the Syrian commission in full', () => {
  const SYRIA_COI = 'Organization:Independent International Commission of Inquiry on the Syrian Arab Republic';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' };

  it('A/RES/78/222 PP23: "Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab Republic, ..., with the Commission of Inquiry, ..."', () => {
    const text =
      'Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab Republic, welcoming its reports, strongly condemning the continued lack of cooperation by the Syrian regime with the Commission of Inquiry, reiterating its decision to transmit the reports of the Commission of Inquiry to the Security Council, expressing its appreciation to the Commission of Inquiry for its briefings to members of the Security Council,';
    expect(keys(text, 'Organization:', 'preambular', { ...ctx }).filter((k) => k.includes('Inquiry'))).toEqual([SYRIA_COI, SYRIA_COI, SYRIA_COI, SYRIA_COI]);
    const rel = relations(text, 'preambular', { ...ctx });
    expect(rel).toContain(`CONDEMNS ${SYRIA_COI}`);
    expect(rel).not.toContain('CONDEMNS Organization:Commission of Inquiry');
  });

  it('guard: a commission of inquiry named with no full name before stays its own body (A/RES/78/89 PP, British Virgin Islands)', () => {
    const bvi: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/89', date: '2023-12-06' };
    const text = 'Recalling the establishment of the Commission of Inquiry by the Governor on 18 January 2021,';
    expect(keys(text, 'Organization:', 'preambular', bvi)).toEqual(['Organization:Commission of Inquiry']);
  });
});

describe('"the Special Rapporteur" is the mandate the resolution\'s title names', () => {
  const SR_DPRK = "Organization:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea";
  const SR_DISABILITIES = 'Organization:Special Rapporteur on the rights of persons with disabilities';
  const OP21 =
    'Urges the Government of the Democratic People’s Republic of Korea to implement the recommendations of the group of independent experts, the Special Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea, the Special Rapporteur on the rights of persons with disabilities, the Secretary-General and the Office of the United Nations High Commissioner for Human Rights without delay;';
  const OP28 =
    'Decides to continue its examination of the situation of human rights in the Democratic People’s Republic of Korea at its eighty-first session, and to this end requests the Secretary-General to submit a comprehensive report on the situation of human rights in the Democratic People’s Republic of Korea, and requests the Special Rapporteur to continue to report her findings and recommendations.';

  it('A/RES/80/220 OP28 after OP21: "requests the Special Rapporteur to continue to report her findings"', () => {
    const ctx = { ...DPRK };
    extract(OP21, 'operative', ctx);
    const rel = relations(OP28, 'operative', ctx);
    expect(rel).toContain(`REQUESTS ${SR_DPRK}`);
    expect(rel).not.toContain(`REQUESTS ${SR_DISABILITIES}`);
  });

  it('guard: with another title, the Special Rapporteur named last is still meant', () => {
    const ctx: RecognizeContext = { ...DPRK, symbol: 'A/RES/80/999', title: 'Rights of persons with disabilities' };
    extract(OP21, 'operative', ctx);
    expect(relations(OP28, 'operative', ctx)).toContain(`REQUESTS ${SR_DISABILITIES}`);
    const other: RecognizeContext = { ...DPRK, symbol: 'A/RES/80/998', title: 'Human rights and extreme poverty' };
    extract(OP21, 'operative', other);
    expect(relations(OP28, 'operative', other)).toContain(`REQUESTS ${SR_DISABILITIES}`);
  });
});

describe('the inter-Korean summit of 19 September 2018', () => {
  const SUMMIT = 'Event:inter-Korean summit @ 2018';

  it('A/RES/80/220 PP24: "... the implementation of the commitments made on this issue at the inter-Korean summit of 19 September 2018 ..."', () => {
    const text =
      'Stressing the urgency and importance of the issue of separated families, including affected Koreans worldwide, and urging the resumption of the reunions of separated families, considering the advanced age of the family members concerned, including the implementation of the commitments made on this issue at the inter-Korean summit of 19 September 2018 to strengthen humanitarian cooperation to fundamentally resolve the issue of separated families, in accordance with relevant Security Council resolutions,';
    expect(keys(text, 'Event:', 'preambular', { ...DPRK })).toEqual([SUMMIT]);
    expect(relations(text, 'preambular', { ...DPRK })).toContain(`URGES ${SUMMIT}`);
  });

  it('A/RES/79/181 PP25: "... at the inter-Korean summit held on 19 September 2018 ...": dated by the text', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/181', date: '2024-12-17' };
    const text =
      'Stressing the urgency and importance of the issue of separated families, and urging the resumption of the reunions of separated families, including the implementation of the commitments made on this issue at the inter-Korean summit held on 19 September 2018 to strengthen humanitarian cooperation,';
    const x = extract(text, 'preambular', ctx);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`STARTS_ON ${SUMMIT} -> Date:2018-09-19`);
  });

  it('guard: "inter-Korean dialogue" is no event', () => {
    const text = 'Encouraging diplomatic efforts, and stressing the importance of dialogue and engagement, including inter-Korean dialogue,';
    expect(keys(text, 'Event:', 'preambular', { ...DPRK })).toEqual([]);
  });
});

describe('"universal periodic reviews": the cycles of the universal periodic review', () => {
  const UPR = 'Initiative:universal periodic review';

  it('A/RES/80/220 OP20(l): "To implement the accepted recommendations stemming from the universal periodic reviews ..."', () => {
    const text =
      'Strongly urges the Government of the Democratic People’s Republic of Korea to implement the accepted recommendations stemming from the universal periodic reviews and to provide comprehensive information detailing progress on the implementation of the recommendations accepted from the fourth cycle;';
    expect(keys(text, 'Initiative:', 'operative', { ...DPRK })).toEqual([UPR]);
    expect(relations(text, 'operative', { ...DPRK })).toContain(`URGES ${UPR}`);
  });

  it('guard: the singular keeps its key', () => {
    const text = 'Recalling the participation of the Democratic People’s Republic of Korea in the fourth universal periodic review process,';
    expect(keys(text, 'Initiative:', 'preambular', { ...DPRK })).toEqual([UPR]);
  });
});

describe('"Demands that <State> ...": the State the demand addresses', () => {
  const DPRK_PLACE = "Place:Democratic People's Republic of Korea";

  it('A/RES/80/220 PP22: "..., and strongly demanding again that the Democratic People’s Republic of Korea sincerely listen to the voices of the victims ..."', () => {
    const text =
      'Stressing again with grave concern the ever-growing urgency of the issue of international abductions, expressing grave concern at the replies by the Democratic People’s Republic of Korea to the communications transmitted by the Working Group on Arbitrary Detention, and strongly demanding again that the Democratic People’s Republic of Korea sincerely listen to the voices of the victims and their families,';
    const rel = relations(text, 'preambular', { ...DPRK });
    expect(rel).toContain(`DEMANDS ${DPRK_PLACE}`);
    expect(rel).not.toContain(`EXPRESSES ${DPRK_PLACE}`);
  });

  it('A/RES/78/170 OP2: "Demands that Israel, the occupying Power, cease the exploitation ..."; A/RES/78/221 OP4: "Demands that the Russian Federation immediately cease ..."', () => {
    expect(relations('Demands that Israel, the occupying Power, cease the exploitation, damage, cause of loss or depletion of natural resources;', 'operative', { ...DPRK })).toContain('DEMANDS Place:Israel');
    expect(relations('Demands that the Russian Federation immediately cease its war of aggression against Ukraine;', 'operative', { ...DPRK })).toContain('DEMANDS Place:Russian Federation');
  });

  it('guard: "Reiterates its demand that Israel comply": a noun, the clause reiterates and addresses nobody; "Recognizes that Israel has": a statement', () => {
    expect(relations('Reiterates its demand that Israel comply without delay with its legal obligations;', 'operative', { ...DPRK })).toEqual([]);
    expect(relations('Recognizes that Israel has obligations under international law;', 'operative', { ...DPRK })).toEqual([]);
    expect(relations('Demands that the Russian Federation’s forces withdraw;', 'operative', { ...DPRK })).not.toContain('DEMANDS Place:Russian Federation');
  });
});

describe('the group of independent experts on accountability for human rights violations in the DPRK', () => {
  const GROUP = "Organization:Group of Independent Experts on Accountability for Human Rights Violations in the Democratic People's Republic of Korea";
  const OP1 =
    'Condemns in the strongest terms the long-standing and ongoing systematic, widespread and gross violations of human rights in and by the Democratic People’s Republic of Korea, including those identified by the group of independent experts on accountability for human rights violations in the Democratic People’s Republic of Korea, established pursuant to Council resolution 31/18 of 23 March 2016;';

  it('A/RES/80/220 OP1, OP8, OP21: the full name, "the group of independent experts on accountability" and "the group of independent experts"', () => {
    const ctx = { ...DPRK };
    expect(relations(OP1, 'operative', ctx)).toContain(`CONDEMNS ${GROUP}`);
    const op8 =
      'Welcomes Council resolutions 52/28 and 55/21, which continue to strengthen the capacity of the Office of the United Nations High Commissioner for Human Rights to allow the implementation of relevant recommendations made by the group of independent experts on accountability aimed at strengthening current monitoring and documentation efforts;';
    expect(relations(op8, 'operative', ctx)).toContain(`WELCOMES ${GROUP}`);
    const op21 =
      'Urges the Government of the Democratic People’s Republic of Korea to implement the recommendations of the commission of inquiry, the group of independent experts, the Secretary-General and the Office of the United Nations High Commissioner for Human Rights without delay;';
    expect(relations(op21, 'operative', ctx)).toContain(`URGES ${GROUP}`);
  });

  it('guard: "the group of independent experts" in a text that named no such group is no body', () => {
    const text = 'Requests the Secretary-General to convene the group of independent experts to review the matter;';
    expect(keys(text, 'Organization:Group', 'operative', { ...DPRK, symbol: 'A/RES/80/996' })).toEqual([]);
  });
});
