// Misses found by the session-26 audit aud26i: A/RES/78/208 (democratization and elections) and A/RES/78/216 (human rights
// defenders), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph, footnotedAttributions } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/216', date: '2023-12-19' };

const { keys, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

/** One paragraph with one footnote, whose mark stands at `mark` inside `at`: its attributions. */
const withFootnote = (id: string, text: string, mark: string, at: string, footnote: string, ctx: RecognizeContext = { ...GA }): string[] =>
  footnotedAttributions(id, text, mark, at, footnote, ctx);

describe('a framework printed as the short name in brackets, then its note, was adopted by the resolution the note cites', () => {
  const PARIS = 'Framework:Paris Principles';

  it('A/RES/78/216 OP25: "the principles relating to the status of national institutions ... (the Paris Principles), 9" with "9 Resolution 48/134, annex."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Underlines the value of national human rights institutions, established and operating in accordance with the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), 9 in the continued engagement with human rights defenders and in the monitoring of existing legislation;';
    expect(withFootnote('OP25', text, '9', '), 9 in', 'Resolution 48/134, annex.')).not.toContain(`ADOPTED Resolution:A/RES/48/134 -> ${PARIS}`);
  });

  it('A/RES/78/204 PP: "(the Paris Principles),3" and A/RES/78/220: "(the Paris Principles), 13" with "General Assembly resolution 48/134, annex."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const a =
      'Recognizing the role of national human rights institutions established in accordance with the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles),3 which contribute to the promotion of human rights,';
    expect(withFootnote('PP9', a, '3', '),3 which', 'Resolution 48/134, annex.')).not.toContain(`ADOPTED Resolution:A/RES/48/134 -> ${PARIS}`);
    const b =
      'Encourages national human rights institutions, established and operating in accordance with the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), 13 to continue their work;';
    expect(withFootnote('OP10', b, '13', '), 13 to', 'General Assembly resolution 48/134, annex.')).not.toContain(`ADOPTED Resolution:A/RES/48/134 -> ${PARIS}`);
  });

  it('guard: a bracket that holds more than the name says not whose note it is ("(in accordance with the Paris Principles), 9")', () => {
    const text =
      'Underlines the value of national human rights institutions (established and operating in accordance with the Paris Principles), 9 in the continued engagement with human rights defenders;';
    expect(withFootnote('OP25', text, '9', '), 9 in', 'Resolution 48/134, annex.').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: a note that only sees the resolution adopts nothing ("See resolution 48/134.")', () => {
    const text =
      'Underlines the value of national human rights institutions, established and operating in accordance with the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), 9 in the continued engagement with human rights defenders;';
    expect(withFootnote('OP25', text, '9', '), 9 in', 'See resolution 48/134.').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the Declaration on human rights defenders under its two names is one framework, adopted by resolution 53/144', () => {
  const FULL =
    'Framework:Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms';
  const PP3 =
    'Recalling its resolution 53/144 of 9 December 1998, by which it adopted by consensus the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms, commonly referred to as the Declaration on Human Rights Defenders, and encouraging States to uphold the purposes, principles and provisions of the Declaration in the context of its implementation,';

  it('A/RES/78/216 PP3: "..., commonly referred to as the Declaration on Human Rights Defenders": one node', () => {
    expect([...new Set(keys(PP3, 'Framework:'))]).toEqual([FULL]);
    expect(keys('Reaffirming the importance of the Declaration on Human Rights Defenders and its full and effective implementation,', 'Framework:')).toEqual([FULL]);
  });

  it('A/RES/78/216 PP3: "by which it adopted by consensus the Declaration ..."', () => {
    expect(attributions(PP3)).toContain(`ADOPTED Resolution:A/RES/53/144 -> ${FULL}`);
  });

  it('A/RES/78/207 PP1, 80/201 PP1: "by which it adopted and opened for signature, ratification and accession the International Convention ..."', () => {
    const text =
      'Reaffirming its resolution 61/177 of 20 December 2006, by which it adopted and opened for signature, ratification and accession the International Convention for the Protection of All Persons from Enforced Disappearance,';
    expect(attributions(text, 'preambular', { ...GA, symbol: 'A/RES/78/207' })).toContain(
      'ADOPTED Resolution:A/RES/61/177 -> Framework:International Convention for the Protection of All Persons from Enforced Disappearance',
    );
  });

  it('guard: the Universal Declaration of Human Rights stays its own framework', () => {
    expect(keys('Recalling the Universal Declaration of Human Rights and the Declaration on Human Rights Defenders,', 'Framework:')).toEqual([
      'Framework:Universal Declaration of Human Rights',
      FULL,
    ]);
  });

  it('guard: what it adopted by consensus must follow at once ("by which it adopted by consensus its report on the Declaration ...")', () => {
    const text =
      'Recalling its resolution 53/144 of 9 December 1998, by which it adopted by consensus its decision on the follow-up to the Declaration on Human Rights Defenders,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a framework after another framework\'s name with "of the" in between is no title of the other', () => {
  const FULL =
    'Framework:Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms';
  it('A/RES/78/216 OP1: "the thirtieth anniversary of the Vienna Declaration and Programme of Action and the twenty-fifth anniversary of the Declaration on the Right ..., 7" with "7 Resolution 53/144, annex."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Welcomes the seventy-fifth anniversary of the Universal Declaration of Human Rights, the thirtieth anniversary of the Vienna Declaration and Programme of Action and the twenty-fifth anniversary of the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms, 7 commonly referred to as the Declaration on Human Rights Defenders;';
    expect(withFootnote('OP1', text, '7', ', 7 commonly', 'Resolution 53/144, annex.')).not.toContain(`ADOPTED Resolution:A/RES/53/144 -> ${FULL}`);
  });

  it('guard: a title naming the framework still owns the note ("the political declaration on the implementation of the United Nations Global Plan of Action ...,7")', () => {
    const text =
      'Recalling the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons,7';
    expect(withFootnote('PP5', text, '7', 'Persons,7', 'Resolution 72/1, annex.').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('two departments named before one "of the Secretariat" are both its units', () => {
  const SECRETARIAT = 'Organization:Secretariat of the United Nations';
  it('A/RES/78/208 OP19: "the Department of Peace Operations and the Department of Operational Support of the Secretariat"', () => {
    const text =
      'Reiterates the need for ongoing comprehensive coordination, under the auspices of the United Nations focal point for electoral assistance matters, between the Electoral Assistance Division, the United Nations Development Programme, the Department of Peace Operations and the Department of Operational Support of the Secretariat and the Office of the High Commissioner to ensure coordination and coherence and avoid duplication of United Nations electoral assistance;';
    const a = attributions(text, 'operative', { ...GA, symbol: 'A/RES/78/208' });
    expect(a).toContain(`PART_OF Organization:Department of Peace Operations -> ${SECRETARIAT}`);
    expect(a).toContain(`PART_OF Organization:Department of Operational Support -> ${SECRETARIAT}`);
    // (the programme before them is no unit of it)
    expect(a.filter((x) => x.startsWith('PART_OF Organization:United Nations Development Programme'))).toEqual([]);
  });

  it('A/RES/78/83 OP15: "the Department of Public Information and the Department of Political Affairs of the Secretariat"', () => {
    const text =
      'Requests the Department of Public Information and the Department of Political Affairs of the Secretariat to continue to disseminate information on decolonization;';
    const a = attributions(text, 'operative', { ...GA, symbol: 'A/RES/78/83' });
    expect(a).toContain(`PART_OF Organization:Department of Public Information -> ${SECRETARIAT}`);
    expect(a).toContain(`PART_OF Organization:Department of Political Affairs -> ${SECRETARIAT}`);
  });

  it('guard: a body of another kind before the department is not made a unit ("the United Nations Development Programme and the Department of ... of the Secretariat")', () => {
    const text =
      'Requests the United Nations Development Programme and the Department of Economic and Social Affairs of the Secretariat to continue their support;';
    const a = attributions(text, 'operative');
    expect(a).toContain(`PART_OF Organization:Department of Economic and Social Affairs -> ${SECRETARIAT}`);
    expect(a.filter((x) => x.startsWith('PART_OF Organization:United Nations Development Programme'))).toEqual([]);
  });
});

describe('the United Nations guidance notes are read', () => {
  it('A/RES/78/216 OP31: "Takes note of the Secretary-General’s Call to Action for Human Rights, and the United Nations Guidance Note on the Protection and Promotion of Civic Space"', () => {
    const text =
      'Takes note of the Secretary-General’s Call to Action for Human Rights, and the United Nations Guidance Note on the Protection and Promotion of Civic Space;';
    const { relations } = oneParagraph({ ctx: GA, kind: 'operative' });
    expect(relations(text)).toContain('NOTES Framework:United Nations Guidance Note on the Protection and Promotion of Civic Space');
  });

  it('A/RES/78/234 PP6: "noting the issuance of the United Nations Guidance Note on Addressing and Countering COVID-19-related Hate Speech on 11 May 2020"', () => {
    const text =
      'Alarmed at the global rise in hate speech, and noting the issuance of the United Nations Guidance Note on Addressing and Countering COVID-19-related Hate Speech on 11 May 2020,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations Guidance Note on Addressing and Countering COVID-19-related Hate Speech']);
  });

  it('guard: a guidance note named generically is no framework ("the guidance note on civic space")', () => {
    expect(keys('Noting the guidance note on civic space issued by the Office,', 'Framework:')).toEqual([]);
  });
});
