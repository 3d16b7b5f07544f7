// Misses found by the session-24 audit aud24h: A/RES/79/223 (women in development), A/RES/79/242 (United Nations African
// Institute for the Prevention of Crime and the Treatment of Offenders), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/242', date: '2024-12-24' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the Institute" of a resolution titled with its name stays that institute after fellow institutes named in full', () => {
  const UNAFRI = 'United Nations African Institute for the Prevention of Crime and the Treatment of Offenders';
  const OP1 = `Commends the ${UNAFRI} for its efforts to promote, coordinate and carry out more activities within its core mandate;`;
  const OP2 =
    'Also commends the Institute for its efforts to promote the exchange of experts with fellow institutes of the United Nations crime prevention and criminal justice programme network, the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders, the United Nations Interregional Crime and Justice Research Institute and the United Nations Latin American Institute for the Prevention of Crime and Treatment of Offenders;';
  const OP7 = 'Reaffirms the need to further strengthen the capacity of the Institute to support national mechanisms for crime prevention and criminal justice in African countries;';

  it('A/RES/79/242 OP7 after OP1-OP2: "the capacity of the Institute" is UNAFRI', () => {
    const ctx: RecognizeContext = { ...GA, title: UNAFRI };
    extract(OP1, 'operative', ctx);
    const op2 = relations(OP2, 'operative', ctx);
    expect(op2).toContain(`APPRECIATES Organization:${UNAFRI}`);
    expect(op2).toContain('APPRECIATES Organization:United Nations Latin American Institute for the Prevention of Crime and Treatment of Offenders');
    expect(relations(OP7, 'operative', ctx)).toEqual([`REAFFIRMS Organization:${UNAFRI}`]);
  });

  it('guard: with another title, "the Institute" is the institute named last, as before', () => {
    const ctx: RecognizeContext = { ...GA, title: 'Strengthening the United Nations crime prevention and criminal justice programme' };
    extract(OP1, 'operative', ctx);
    extract(OP2, 'operative', ctx);
    expect(relations(OP7, 'operative', ctx)).toEqual(['REAFFIRMS Organization:United Nations Latin American Institute for the Prevention of Crime and Treatment of Offenders']);
  });
});

describe('a participle joined by a plain "and" to a gerund outside the verb table opens no clause', () => {
  const GB = 'Organization:Governing Board of the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders';
  const UNAFRI = 'Organization:United Nations African Institute for the Prevention of Crime and the Treatment of Offenders';
  it('A/RES/79/242 PP18: "with a view to obtaining and reaffirming their financial commitment to the Institute"', () => {
    const ctx: RecognizeContext = { ...GA };
    extract('Commends the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders for its efforts;', 'operative', ctx);
    const text =
      'Recognizing the ongoing efforts by the Governing Board of the Institute to mobilize States members of the Institute, with a view to obtaining and reaffirming their financial commitment to the Institute, in line with the decision of the Board, taken in Addis Ababa on 3 October 2023, to address the decline in financial support for the programmes of the Institute,';
    const rels = relations(text, 'preambular', ctx);
    expect(rels).toContain(`RECOGNIZES ${GB}`);
    expect(rels).toContain(`RECOGNIZES ${UNAFRI}`);
    expect(rels.filter((r) => r.startsWith('REAFFIRMS'))).toEqual([]);
  });

  it('A/RES/78/196 PP: "in the Charter, including promoting and encouraging respect for human rights" stays the Charter\'s words', () => {
    const text =
      'Considering the aspirations of all peoples for an international order based on the principles enshrined in the Charter, including promoting and encouraging respect for human rights and fundamental freedoms for all, and recalling the Universal Declaration of Human Rights,';
    const clauses = extract(text, 'preambular').clauses.map((c) => c.verb);
    expect(clauses).toEqual(['Considering', 'recalling']);
  });

  it('guard: a table verb before "and" still joins a later one ("welcoming and reaffirming", A/RES/80/152 PP)', () => {
    const text =
      'Recalling its resolution 70/1 of 25 September 2015, welcoming and reaffirming the commitments made in the 2030 Agenda for Sustainable Development,';
    expect(relations(text, 'preambular')).toContain('REAFFIRMS Framework:2030 Agenda for Sustainable Development');
  });
});

describe('the Lima work programme on gender is a programme, not a mention of Lima', () => {
  it('A/RES/79/223 PP12: "in accordance with the enhanced Lima work programme on gender and its gender action plan"', () => {
    const text =
      'Noting the importance of ensuring the respect, promotion and consideration of gender equality and the empowerment of women in the implementation of the United Nations Framework Convention on Climate Change and the Paris Agreement, in accordance with the enhanced Lima work programme on gender and its gender action plan, and recognizing that the full, meaningful and equal participation and leadership of women is vital for achieving long-term climate goals,';
    expect(keys(text, 'Place:', 'preambular')).toEqual([]);
    expect(relations(text, 'preambular')).toContain('NOTES Initiative:Lima work programme on gender');
  });

  it('guard: Lima named as a city stays a place ("the Lima Declaration", "held in Lima")', () => {
    const text = 'Welcomes the outcome of the meeting held in Lima from 3 to 5 May 2023;';
    expect(keys(text, 'Place:')).toEqual(['Place:Lima']);
  });
});

describe('listed sessions with a footnote mark after the comma', () => {
  const CSW = 'Commission on the Status of Women';
  it('A/RES/79/223 PP1: "the declarations adopted at its forty-ninth,1 fifty-fourth,2 fifty-ninth3 and sixty-fourth sessions,4"', () => {
    const text = `Recalling the resolutions and agreed conclusions adopted by the ${CSW}, as well as the declarations adopted at its forty-ninth,1 fifty-fourth,2 fifty-ninth3 and sixty-fourth sessions,4`;
    expect(keys(text, 'Event:', 'preambular')).toEqual(
      ['forty-ninth', 'fifty-fourth', 'fifty-ninth', 'sixty-fourth'].map((o) => `Event:${o} session of the ${CSW}`),
    );
  });

  it('guard: one session with a mark after its comma is still that one session', () => {
    const text = `Recalling the agreed conclusions adopted by the ${CSW} at its sixty-fourth session,4`;
    expect(keys(text, 'Event:', 'preambular')).toEqual([`Event:sixty-fourth session of the ${CSW}`]);
  });
});

describe("the Secretary-General's system-wide strategy on gender parity is a framework", () => {
  it('A/RES/79/223 OP61: "notes the Secretary-General’s system-wide strategy on gender parity and the United Nations System-wide Gender Equality Acceleration Plan"', () => {
    const text =
      'Recognizes the ongoing intergovernmental efforts to achieve gender equality and the empowerment of women, and in this regard notes the Secretary-General’s system-wide strategy on gender parity and the United Nations System-wide Gender Equality Acceleration Plan;';
    expect(relations(text)).toContain('NOTES Framework:System-wide Strategy on Gender Parity');
  });

  it('guard: "gender parity" alone names nothing (A/RES/79/223 OP61 "to achieve gender balance")', () => {
    const text = 'Urges the United Nations system to continue efforts to achieve gender parity in appointments to all categories of staff;';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('a body renamed: the title names the new name, which takes the short form', () => {
  it('A/RES/79/67 PP1-PP2: "established the ... in Asia and renamed it the ... in Asia and the Pacific"; "the Regional Centre" is the renamed one', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/67', date: '2024-12-02', title: 'United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific' };
    extract(
      'Recalling its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15 December 1989, by which it established the United Nations Regional Centre for Peace and Disarmament in Asia and renamed it the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific, with headquarters in Kathmandu,',
      'preambular',
      ctx,
    );
    expect(keys('Recalling also the mandate of the Regional Centre to provide, on request, substantive support,', 'Organization:', 'preambular', ctx)).toEqual([
      'Organization:United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific',
    ]);
  });
});

describe('"looking forward to" inside an operative paragraph is the body\'s stance', () => {
  it('A/RES/79/223 OP4: "..., and looking forward to the convening of the Fourth International Conference on Financing for Development"', () => {
    const text =
      'Emphasizes the need to work towards the full and timely implementation of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,17 and looking forward to the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Seville, Spain;';
    const rels = relations(text);
    expect(rels).toContain('EMPHASIZES Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development');
    expect(rels).toContain('LOOKS_FORWARD_TO Event:Fourth International Conference on Financing for Development');
    expect(rels).not.toContain('EMPHASIZES Event:Fourth International Conference on Financing for Development');
  });

  it('guard: a participle of another verb after a comma stays inside the operative clause ("..., considering the Fourth International Conference")', () => {
    const text =
      'Emphasizes the need to work towards the full implementation of the Addis Ababa Action Agenda, bearing in mind the Fourth International Conference on Financing for Development;';
    expect(relations(text)).toContain('EMPHASIZES Event:Fourth International Conference on Financing for Development');
  });
});
