// Session-57 audit aud57e: A/RES/79/175 (the right to privacy in the digital age, Third Committee), annotated in
// tests/gold/aud57e-A_RES_79_175.gold.tsv. Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/175', '2024-12-17'), kind: 'preambular' });
const SG = 'Organization:Secretary-General of the United Nations';

describe('"the Secretary-General’s initiatives ..., including the <Initiative>, ..., the <Framework>": each one listed is his (LEADS)', () => {
  const PP6 =
    'Taking note of the Secretary-General’s initiatives on the new technologies, including the Call to Action for Human Rights, launched in 2020, the road map for digital cooperation, launched in June 2020, the United Nations Global Principles for Information Integrity, the establishment in May 2024 of the Guidance on Human Rights Due Diligence for Digital Technology Use and the establishment of the Office of the Secretary-General’s Envoy on Technology and noting the discussions that take place annually in the Internet Governance Forum, which is a multi-stakeholder forum for the discussion of Internet governance issues and whose mandate was extended by the General Assembly in 2015 for another 10 years,';

  it('A/RES/79/175 PP6 (corpus-ga/A_RES_79_175.txt): the Call to Action, the road map, the Global Principles and the Guidance', () => {
    const att = attributions(PP6);
    expect(att).toContain(`LEADS ${SG} -> Initiative:Call to Action for Human Rights`);
    expect(att).toContain(`LEADS ${SG} -> Framework:Road map for digital cooperation`);
    expect(att).toContain(`LEADS ${SG} -> Framework:United Nations Global Principles for Information Integrity`);
    expect(att).toContain(`LEADS ${SG} -> Framework:Guidance on Human Rights Due Diligence for Digital Technology Use`);
  });

  it('guard: A/RES/79/175 PP6: the list ends at the Office he established (an office, no LEADS) and the Forum of the next clause', () => {
    const att = attributions(PP6);
    expect(att.filter((a) => a.startsWith('LEADS') && (a.includes('Envoy on Technology') || a.includes('Internet Governance Forum')))).toEqual([]);
  });

  it('guard: A/RES/78/216 OP31 "the Secretary-General’s Call to Action for Human Rights, and the United Nations Guidance Note ...": the possessive reaches the one name after it only', () => {
    const att = attributions(
      'Takes note of the Secretary-General’s Call to Action for Human Rights, and the United Nations Guidance Note on Addressing and Countering Hate Speech;',
      'operative',
      ctxOf('A/RES/78/216', '2023-12-19'),
    );
    expect(att).toContain(`LEADS ${SG} -> Initiative:Call to Action for Human Rights`);
    expect(att.filter((a) => a.startsWith('LEADS') && a.includes('Guidance Note'))).toEqual([]);
  });

  it('guard: a singular "initiative" with no list ("Welcomes the Secretary-General’s initiative for establishing the United Nations-led Doha process", A/RES/79/317 OP63) takes no list rule', () => {
    const att = attributions(
      'Welcomes the Secretary-General’s initiative for establishing the United Nations-led Doha process that initially met in May 2023 in Doha, encourages further discussions on the implementations of the recommendations of the independent assessment;',
      'operative',
      ctxOf('A/RES/79/317', '2025-07-07'),
    );
    expect(att.filter((a) => a.startsWith(`LEADS ${SG}`))).toEqual([]);
  });
});
