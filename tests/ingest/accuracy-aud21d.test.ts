// Misses found by the session-21 audit aud21d: A/RES/79/35 (towards a nuclear-weapon-free world), A/RES/78/111 (Special
// Committee on the Charter), A/RES/80/80 (Special Committee on Israeli practices), and the same forms in other texts. Each
// case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/35', date: '2024-12-02' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a treaty title printed with a stray plural is the treaty', () => {
  // (keyed with its parties since aud24d: one node for every printing, gazetteer/frameworks.ts)
  const NEW_START = 'Framework:Treaty between the United States of America and the Russian Federation on Measures for the Further Reduction and Limitation of Strategic Offensive Arms';

  it('A/RES/79/35 OP27: "the Treaty on Measures for the Further Reduction and Limitations of Strategic Offensive Arms (New START Treaty)"', () => {
    const text =
      'Calls upon both parties to the Treaty on Measures for the Further Reduction and Limitations of Strategic Offensive Arms (New START Treaty) to re-engage on and ensure its full and effective implementation and to resume negotiations on a successor agreement;';
    expect(keys(text, 'Framework:')).toEqual([NEW_START, NEW_START]);
    expect(relations(text)).toEqual([`CALLS_UPON ${NEW_START}`]);
  });

  it('guard: the title as PP6 prints it is the same node', () => {
    const text =
      'Deeply concerned about continuous actions that weaken the disarmament and non-proliferation architecture, including the suspension of the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (New START Treaty),';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([NEW_START, NEW_START]);
  });
});

describe('the Secretariat\'s publication series on the organs\' practice are initiatives', () => {
  const OP12 =
    'Commends the Secretary-General for the progress made in the preparation of studies for the Repertory of Practice of United Nations Organs, including the use of the internship programme of the United Nations and cooperation with academic institutions for this purpose, as well as the progress made towards updating the Repertoire of the Practice of the Security Council;';

  it('A/RES/78/111 OP12 (79/125 OP11, 80/166 OP12): "the Repertory of Practice of United Nations Organs", "the Repertoire of the Practice of the Security Council"', () => {
    expect(keys(OP12, 'Initiative:')).toEqual([
      'Initiative:Repertory of Practice of United Nations Organs',
      'Initiative:Repertoire of the Practice of the Security Council',
    ]);
    const r = relations(OP12);
    expect(r).toContain('APPRECIATES Initiative:Repertoire of the Practice of the Security Council');
    // the Council printed inside the series' name gets no edge of its own
    expect(r).not.toContain('APPRECIATES Organization:Security Council');
  });

  it('guard: the Yearbook of a body is still read whole, and "the backlog in the Repertory" names no initiative', () => {
    expect(keys('Welcomes the publication of the Yearbook of the International Law Commission;', 'Initiative:')).toEqual([
      'Initiative:Yearbook of the International Law Commission',
    ]);
    const op17 =
      'Notes with concern that the backlog in the preparation of all volumes of the Repertory, in particular volume III, although slightly reduced, has not been eliminated;';
    expect(keys(op17, 'Initiative:')).toEqual([]);
  });

  it('guard: "the Practice of the Security Council" with no publication head is no initiative', () => {
    const text = 'Takes note of the report on the Practice of the Security Council;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('"the Preparatory Committee for the <year> Review Conference" is the committee of the treaty named before', () => {
  const PP12 =
    'Noting the widespread support in the tenth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons for the view that enhanced accountability and transparency, including improving the process of reporting by nuclear-weapon States on their implementation of the nuclear disarmament commitments and obligations under the Treaty, would contribute to strengthening the review process, and that this fact was recognized by a majority of States parties during the two first meetings of the Preparatory Committee for the 2026 Review Conference,';
  const COMMITTEE = 'Organization:Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';

  it('A/RES/79/35 PP12 (78/42, 80/39): the committee OP19 prints in full, and its meetings named by it', () => {
    expect(keys(PP12, 'Organization:', 'preambular')).toEqual([COMMITTEE]);
    expect(attributions(PP12, 'preambular').sort()).toEqual([
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      // (aud62v: keyed as the session 78/40 PP5 and 80/48 name, lead's ruling, session 62; aud63t: "the two first meetings" are
      // the first and the second sessions)
      `SESSION_OF Event:first session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons -> ${COMMITTEE}`,
      `SESSION_OF Event:second session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons -> ${COMMITTEE}`,
    ]);
  });

  it('A/RES/79/35 OP19: the name printed in full is the same key', () => {
    const text =
      'Encourages States parties to the Treaty on the Non-Proliferation of Nuclear Weapons to improve the measurability of the implementation of nuclear disarmament obligations, as well as the establishment of a structured dialogue on this issue at the meetings of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;';
    expect(keys(text, 'Organization:')).toEqual([COMMITTEE]);
  });

  it('guard: with no treaty named, the committee stays as printed (not any treaty\'s)', () => {
    const text = 'Notes the first meeting of the Preparatory Committee for the 2026 Review Conference;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Preparatory Committee for the 2026 Review Conference']);
  });
});

describe('fact-finding missions the texts name in lower case are bodies', () => {
  const SETTLEMENTS_MISSION =
    'Organization:independent international fact-finding mission to investigate the implications of the Israeli settlements on the civil, political, economic, social and cultural rights of the Palestinian people throughout the Occupied Palestinian Territory, including East Jerusalem';

  it('A/RES/80/80 PP10 (78/76, 78/78, 78/170, 79/91, 79/229, 80/81, 80/158): "Taking note of the report of the independent international fact-finding mission to investigate ..."', () => {
    const text =
      'Taking note of the report of the independent international fact-finding mission to investigate the implications of the Israeli settlements on the civil, political, economic, social and cultural rights of the Palestinian people throughout the Occupied Palestinian Territory, including East Jerusalem,7';
    expect(relations(text, 'preambular')).toEqual([`NOTES ${SETTLEMENTS_MISSION}`]);
  });

  it('A/RES/80/221 PP (78/219, 79/182): "Recalling the work done by the independent international fact-finding mission on Myanmar"', () => {
    const text =
      'Recalling the work done by the independent international fact-finding mission on Myanmar, including its final report and all its other reports, including the reports on the economic interests of the Myanmar military,';
    expect(relations(text, 'preambular')).toEqual(['RECALLS Organization:Independent International Fact-Finding Mission on Myanmar']);
  });

  it('guard: another mission keeps its own name ("the Independent International Fact-Finding Mission on the Islamic Republic of Iran")', () => {
    const text = 'Welcomes the report of the Independent International Fact-Finding Mission on the Islamic Republic of Iran;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Independent International Fact-Finding Mission on the Islamic Republic of Iran']);
  });
});

describe('a year printed before the body that holds a sitting is the sitting\'s edition', () => {
  it('A/RES/78/139 OP15 (and 15 more in corpus-ga): "at the 2024 Economic and Social Council forum on financing for development follow-up"', () => {
    const text =
      'Looks forward to the further consideration of financial inclusion for sustainable development at the 2024 Economic and Social Council forum on financing for development follow-up;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/139', date: '2023-12-19' };
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:forum on financing for development follow-up @ 2024']);
    expect(attributions(text, 'operative', ctx)).toContain(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      'SESSION_OF Event:forum on financing for development follow-up @ 2024 -> Organization:Economic and Social Council',
    );
  });

  it('guard: with no year before the body, the forum is the series ("the ninth annual Economic and Social Council forum ...")', () => {
    const text = 'Welcomes the ninth annual Economic and Social Council forum on financing for development follow-up;';
    expect(keys(text, 'Event:')).toEqual(['Event:forum on financing for development follow-up']);
  });

  it('guard: a year before another body\'s name further back is not read ("in 2024, the Economic and Social Council forum ...")', () => {
    const text = 'Notes that in 2024 the Economic and Social Council forum on financing for development follow-up met;';
    expect(keys(text, 'Event:')).toEqual(['Event:forum on financing for development follow-up']);
  });
});

describe('the Secretary-General\'s Special Advocate is a mandate of its own', () => {
  it('A/RES/78/139 OP12: "such as the Alliance for Financial Inclusion, ..., the Special Advocate of the Secretary-General for Inclusive Finance for Development"', () => {
    const text =
      'Also acknowledges the efforts and actions on financial inclusion for sustainable development undertaken by a wide range of stakeholders working in partnership, such as the Alliance for Financial Inclusion, the Better Than Cash Alliance, the Special Advocate of the Secretary-General for Inclusive Finance for Development and the Group of 20 Global Partnership for Financial Inclusion;';
    const r = relations(text);
    expect(r).toContain('ACKNOWLEDGES Organization:Special Advocate of the Secretary-General for Inclusive Finance for Development');
    expect(r).not.toContain('ACKNOWLEDGES Organization:Secretary-General of the United Nations');
  });

  it('A/RES/80/125: "the Special Advocate of the Secretary-General for Financial Health"; guard: the Secretary-General alone keeps the verb', () => {
    expect(relations('Welcomes the work of the Special Advocate of the Secretary-General for Financial Health;')).toEqual([
      'WELCOMES Organization:Special Advocate of the Secretary-General for Financial Health',
    ]);
    expect(relations('Welcomes the work of the Secretary-General for financial health;')).toEqual(['WELCOMES Organization:Secretary-General of the United Nations']);
  });
});

describe('the commission of inquiry on the Democratic People\'s Republic of Korea, named in lower case, is a body', () => {
  it('A/RES/79/181 PP (78/218, 80/220): "according to the commission of inquiry on human rights in the Democratic People’s Republic of Korea, established by the Human Rights Council"', () => {
    const text =
      'Reiterating its grave concern at the detailed findings of crimes against humanity according to the commission of inquiry on human rights in the Democratic People’s Republic of Korea, established by the Human Rights Council in its resolution 22/13,';
    expect(relations(text, 'preambular')).toContain('REITERATES Organization:Commission of Inquiry on Human Rights in the Democratic People\'s Republic of Korea');
  });

  it('guard: another commission of inquiry is not this one ("the independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1")', () => {
    const text = 'Recalling the report by the independent commission of inquiry established pursuant to Human Rights Council resolution S-21/1,';
    expect(keys(text, 'Organization:Commission of Inquiry on Human Rights', 'preambular')).toEqual([]);
  });
});
