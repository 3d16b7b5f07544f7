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
