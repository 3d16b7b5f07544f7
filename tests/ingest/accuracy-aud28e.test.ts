// Misses found by the session-28 audit aud28e: A/RES/78/190 (combating glorification of Nazism) and A/RES/78/89 (question of
// the British Virgin Islands), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/190', date: '2023-12-19' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the Commission of Inquiry" after the commission of inquiry named in full is that commission', () => {
  const SYRIA_COI = 'Organization:Independent International Commission of Inquiry on the Syrian Arab Republic';
  const SYRIA_PP23 =
    'Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab Republic, welcoming its reports, strongly condemning the continued lack of cooperation by the Syrian regime with the Commission of Inquiry, reiterating its decision to transmit the reports of the Commission of Inquiry to the Security Council, expressing its appreciation to the Commission of Inquiry for its briefings to members of the Security Council, and requesting that the Commission of Inquiry continue to brief the General Assembly and members of the Security Council,';

  it('A/RES/78/222 PP23 (79/185 PP23): one commission, not a "Commission of Inquiry" of its own', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' };
    expect(new Set(keys(SYRIA_PP23, 'Organization:', 'preambular', ctx).filter((k) => k.includes('Commission')))).toEqual(new Set([SYRIA_COI]));
    const rels = relations(SYRIA_PP23, 'preambular', { ...ctx });
    expect(rels).toContain(`CONDEMNS ${SYRIA_COI}`);
    expect(rels).toContain(`REQUESTS ${SYRIA_COI}`);
    expect(rels.filter((r) => r.endsWith('Organization:Commission of Inquiry'))).toEqual([]);
  });

  it('A/RES/78/222: "the Commission" in a later paragraph is still the Syrian commission', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' };
    extract(SYRIA_PP23, 'preambular', ctx);
    expect(keys('Takes note of the assessment of the Commission that enforced disappearances continue;', 'Organization:', 'operative', ctx)).toEqual([SYRIA_COI]);
  });

  it('guard: the British Virgin Islands\' Commission of Inquiry, named by those words alone, keeps its node (A/RES/78/89 PP24)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/89', date: '2023-12-07' };
    const text =
      'Recalling the establishment of the Commission of Inquiry by the Governor on 18 January 2021, and aware of the publication in April 2022 of the report of the Commission of Inquiry,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).toContain('Organization:Commission of Inquiry');
    expect(relations(text, 'preambular', { ...ctx })).toContain('RECALLS Organization:Commission of Inquiry');
  });

  it('guard: a body whose name is not a run of the earlier name\'s words stays its own ("the Commission on the Status of Women" after "the Commission on Human Rights")', () => {
    const text = 'Recalls the work of the Commission on Human Rights and of the Commission on the Status of Women;';
    expect(keys(text, 'Organization:Commission', 'operative', { ...GA })).toEqual(['Organization:Commission on Human Rights', 'Organization:Commission on the Status of Women']);
  });
});

describe('A/RES/78/190 OP5: the Office of the High Commissioner\'s database on practical means to combat racism', () => {
  const DATABASE = 'Initiative:Database on Practical Means to Combat Racism, Racial Discrimination, Xenophobia and Related Intolerance';

  it('OP5 (79/160, 80/192): "the database on practical means to combat racism, ..." is an Initiative the Assembly expresses appreciation for', () => {
    const text =
      'Expresses its appreciation to the United Nations High Commissioner for Human Rights and the Office of the United Nations High Commissioner for Human Rights for their efforts to fight racism, racial discrimination, xenophobia and related intolerance, including the maintenance by the Office of the High Commissioner of the database on practical means to combat racism, racial discrimination, xenophobia and related intolerance;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual([DATABASE]);
    expect(relations(text, 'operative', { ...GA })).toContain(`EXPRESSES ${DATABASE}`);
  });

  it('guard: "practical means to combat racism" without "the database on" names no initiative', () => {
    const text = 'Encourages States to share practical means to combat racism, racial discrimination, xenophobia and related intolerance;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual([]);
  });
});

describe('A/RES/78/89: "the Constitution" after the territory\'s constitution was named is that constitution', () => {
  const BVI: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/89', date: '2023-12-07' };
  const BVI_CONSTITUTION = 'Framework:2007 Constitution of the British Virgin Islands';
  const PP27 = 'Noting that the Constitutional Review Commission was established in 2022 to conduct a full review of the 2007 Constitution of the British Virgin Islands,';

  it('OP4 (79/102, 80/93): "Recalls the 2007 Constitution ..., and stresses the importance of ... the effective implementation of the Constitution"', () => {
    const ctx = { ...BVI };
    extract(PP27, 'preambular', ctx);
    const text =
      'Recalls the 2007 Constitution of the British Virgin Islands, and stresses the importance of continued discussions on constitutional matters, to accord greater responsibility to the territorial Government for the effective implementation of the Constitution and increased levels of education relating to constitutional matters;';
    expect(relations(text, 'operative', ctx)).toEqual([`RECALLS ${BVI_CONSTITUTION}`, `EMPHASIZES ${BVI_CONSTITUTION}`]);
  });

  it('OP5 (79/102, 80/93): "Calls for full respect of the Constitution"', () => {
    const ctx = { ...BVI };
    extract(PP27, 'preambular', ctx);
    const text =
      'Calls for full respect of the Constitution and the mutual agreement with respect to the recommendations of the report of the Commission of Inquiry, and calls upon all parties involved to maintain dialogue and work in partnership in the interest of the people of the Territory;';
    expect(relations(text, 'operative', ctx)).toContain(`CALLS_UPON ${BVI_CONSTITUTION}`);
  });

  it('guard: "the Constitution" with no constitution named before names none (A/RES/78/89 PP25)', () => {
    const text =
      'Taking note of the agreement of the administering Power to the proposal by the territorial Government of National Unity on the implementation of the recommendations of the Commission of Inquiry without the need for a temporary partial suspension of the Constitution,';
    expect(keys(text, 'Framework:', 'preambular', { ...BVI })).toEqual([]);
  });

  it('guard: "the Constitution of the Territory" after a territory\'s constitution was named is not that one (the Saint Helena form, A/RES/78/96)', () => {
    const ctx = { ...BVI };
    extract(PP27, 'preambular', ctx);
    expect(keys('Stresses the importance of the Constitution of the Territory;', 'Framework:', 'operative', ctx)).toEqual([]);
  });
});

describe('"the Durban Programme of Action" is the Durban Declaration and Programme of Action, as "the Durban Declaration" is', () => {
  const DDPA = 'Framework:Durban Declaration and Programme of Action';

  it('A/RES/78/234 PP30 (79/161 PP35, 80/193 PP25): "consistent with paragraphs 157 and 158 of the Durban Programme of Action"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/234', date: '2023-12-22' };
    const text =
      'Welcoming the call upon all the former colonial Powers for reparations, consistent with paragraphs 157 and 158 of the Durban Programme of Action, to redress the historical injustices of slavery and the slave trade,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([DDPA]);
    expect(relations(text, 'preambular', { ...ctx })).toEqual([`WELCOMES ${DDPA}`]);
  });

  it('guard: the Vienna Declaration and Programme of Action and the Cairo programme keep their nodes', () => {
    const text = 'Recalling the Programme of Action of the International Conference on Population and Development and the Vienna Declaration and Programme of Action,';
    expect(keys(text, 'Framework:', 'preambular', { ...GA })).toEqual([
      'Framework:Programme of Action of the International Conference on Population and Development',
      'Framework:Vienna Declaration and Programme of Action',
    ]);
  });
});
