// Misses found by the session-24 audit aud24d: A/RES/80/48 (steps to a common roadmap towards a world without nuclear
// weapons), A/RES/79/210 (Harmony with Nature), A/RES/78/252 (questions relating to the proposed programme budget for
// 2024), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/48', date: '2025-12-01' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the New START Treaty is one treaty, however it is printed', () => {
  const NEW_START = 'Framework:Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms';
  const NPT = 'Framework:Treaty on the Non-Proliferation of Nuclear Weapons';

  it('A/RES/80/48 PP8 (78/40 PP7, 79/41 PP8): "the Treaty between the United States of America and the Russian Federation on ... (New START Treaty)", after the NPT', () => {
    const ctx = { ...GA };
    extract('Reaffirming the Treaty on the Non-Proliferation of Nuclear Weapons as the cornerstone of the global nuclear non-proliferation and disarmament architecture,', 'preambular', ctx);
    const text =
      'Noting the expiration in February 2026 of the Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (New START Treaty), which has purportedly been suspended unilaterally, and calling for good-faith negotiations on a future nuclear arms control framework by the three States with the largest nuclear arsenals to restrain their nuclear arsenals,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([NEW_START, NEW_START]);
    expect(relations(text, 'preambular', ctx)).not.toContain(`NOTES ${NPT}`);
    expect(relations(text, 'preambular', ctx)).toContain(`NOTES ${NEW_START}`);
  });

  it('A/RES/78/42 PP6 (79/35 PP6, 80/39 PP6): "the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (New START Treaty)"', () => {
    const text =
      'Expressing concern about the suspension of the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (New START Treaty),';
    expect(keys(text, 'Framework:')).toEqual([NEW_START, NEW_START]);
  });

  it('A/RES/79/35 OP27 (80/39 OP27): "Limitations" in the plural is the same treaty', () => {
    const text =
      'Calls upon the parties to the Treaty on Measures for the Further Reduction and Limitations of Strategic Offensive Arms (New START Treaty) to re-engage on and ensure its full and effective implementation;';
    expect(relations(text, 'operative')).toContain(`CALLS_UPON ${NEW_START}`);
  });

  it('A/RES/78/40 PP7: "a successor framework to New START"', () => {
    const text = 'Calling for good-faith negotiations on a successor framework to New START before its expiration in 2026,';
    expect(keys(text, 'Framework:')).toEqual([NEW_START]);
  });

  it('guard: the NPT named in full stays the NPT (A/RES/80/48 PP3)', () => {
    expect(keys('Reaffirming the Treaty on the Non-Proliferation of Nuclear Weapons as the cornerstone,', 'Framework:')).toEqual([NPT]);
  });
});

describe('the International, Impartial and Independent Mechanism (Syria) is one body', () => {
  const IIIM =
    'Organization:International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic since March 2011';

  it('A/RES/78/252 OP45 (79/257 OP51): the full name, "since March 2011" included', () => {
    const text =
      'Decides that regular budget resources for the International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic since March 2011 under section 8, Legal affairs, for 2024 amount to 17,167,400 dollars before recosting;';
    expect(keys(text, 'Organization:', 'operative')).toEqual([IIIM]);
  });

  it('A/RES/78/222 OP28 (79/185 OP29, 80/224 OP10): "the International, Impartial and Independent Mechanism" is the same body', () => {
    const text =
      'Requests the International, Impartial and Independent Mechanism to submit an annual report to the General Assembly, starting at its eightieth session, on the implementation of its mandate;';
    expect(relations(text, 'operative')).toContain(`REQUESTS ${IIIM}`);
  });

  it('A/RES/78/222 PP (79/185): the full name with a footnote mark glued to the year ("since March 20114")', () => {
    const text =
      'Welcoming the reports for 2019, 2020, 2021, 2022 and 2023 of the International, Impartial and Independent Mechanism to Assist in the Investigation and Prosecution of Persons Responsible for the Most Serious Crimes under International Law Committed in the Syrian Arab Republic since March 2011 and their consideration,';
    expect(keys(text, 'Organization:')).toEqual([IIIM]);
  });

  it('guard: the Myanmar mechanism is another body (A/RES/80/... "the Independent Investigative Mechanism for Myanmar")', () => {
    const text = 'Welcomes the work of the Independent Investigative Mechanism for Myanmar;';
    expect(keys(text, 'Organization:', 'operative')).not.toContain(IIIM);
  });
});

describe('the NPT review-process working group is a body', () => {
  const WG = 'Organization:Working Group on Further Strengthening the Review Process of the Treaty on the Non-Proliferation of Nuclear Weapons';

  it('A/RES/80/48 PP5 (78/40, 79/41): "the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023"', () => {
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023,';
    expect(relations(text)).toContain(`NOTES ${WG}`);
  });

  it('A/RES/78/42 PP: "in the working group on further strengthening the review process of the Treaty", after its full name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/42', date: '2023-12-04' };
    extract(
      'Noting with concern that the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons could not agree on substantive outcomes,',
      'preambular',
      ctx,
    );
    const text = 'Noting the discussions in the Preparatory Committee for the 2026 Review Conference, and in the working group on further strengthening the review process of the Treaty,';
    expect(keys(text, 'Organization:Working', 'preambular', ctx)).toEqual([WG]);
  });

  it('guard: "the decision on strengthening the review process for the Treaty" of 1995 is no working group (A/RES/78/53)', () => {
    const text = 'Recalling the importance of the decision on strengthening the review process for the Treaty,';
    expect(keys(text, 'Organization:Working')).toEqual([]);
  });
});

describe('the youth disarmament measures welcomed in A/RES/80/48 OP12 (78/40, 79/41)', () => {
  const text =
    'Calls upon all States to facilitate efforts on nuclear disarmament and non-proliferation education, including those of Nihon Hidankyo, recognized with the Nobel Peace Prize 2024, and welcomes concrete measures in this regard, inter alia, the Young Professionals Network of P5 academics, the Youth4Disarmament Initiative, “Disarmament education: resources for learning” and the “Youth Leader Fund for a world without nuclear weapons”;';

  it('"the “Youth Leader Fund for a world without nuclear weapons”" is a programme (Initiative), named in full', () => {
    expect(relations(text, 'operative')).toContain('WELCOMES Initiative:Youth Leader Fund for a World without Nuclear Weapons');
    expect(keys(text, 'Organization:Youth', 'operative')).toEqual([]);
  });

  it('"“Disarmament education: resources for learning”" is an Initiative', () => {
    expect(relations(text, 'operative')).toContain('WELCOMES Initiative:Disarmament Education: Resources for Learning');
  });

  it('"Nihon Hidankyo" is an Organization', () => {
    expect(relations(text, 'operative')).toContain('CALLS_UPON Organization:Nihon Hidankyo');
  });

  it('guard: another fund stays an Organization ("the United Nations Population Fund")', () => {
    expect(keys('Welcomes the work of the United Nations Population Fund;', 'Organization:', 'operative')).toEqual(['Organization:United Nations Population Fund']);
  });
});

describe('the Escazú Agreement is one treaty (A/RES/79/210 PP27)', () => {
  const ESCAZU = 'Framework:Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean';

  it('"the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean, known as the Escazú Agreement"', () => {
    const text =
      'Noting also the adoption and the opening for signature, at United Nations Headquarters, of the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean, known as the Escazú Agreement, the first binding agreement of its kind,';
    expect(keys(text, 'Framework:')).toEqual([ESCAZU, ESCAZU]);
  });

  it('guard: "the Paris Agreement" stays itself (A/RES/79/210 PP15)', () => {
    expect(keys('Reaffirming the Paris Agreement,', 'Framework:')).toEqual(['Framework:Paris Agreement']);
  });
});
