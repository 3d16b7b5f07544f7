// Misses found by the session-16 audit aud16j: a hand audit of A/RES/78/211 (effective promotion of the Declaration on the
// Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities), A/RES/79/318 (UN80 Initiative) and
// A/RES/78/21 (no first placement of weapons in outer space). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphKind } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/211', date: '2023-12-19' };

function extract(text: string, kind: ParagraphKind = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const relations = (text: string, kind: ParagraphKind = 'operative', ctx: RecognizeContext = GA): string[] =>
  extract(text, kind, ctx).relations.map((r) => `${r.type} ${r.target}`);
const mentions = (text: string, kind: ParagraphKind = 'operative'): string[] => extract(text, kind).mentions.map((m) => m.key);
const attributions = (text: string, kind: ParagraphKind = 'operative'): string[] =>
  extract(text, kind).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('"while bearing in mind" inside an operative paragraph is an adjunct of its verb', () => {
  it('A/RES/78/211 OP14: what the Assembly bears in mind while calling upon States takes CALLS_UPON', () => {
    const text =
      'Calls upon States, while bearing in mind the theme of the fifteenth session of the Forum on Minority Issues, and the summary by the President of the General Assembly of the high-level meeting marking the thirtieth anniversary of the adoption of the Declaration in September 2022, and with a view to enhancing the implementation of the Declaration and ensuring the realization of the rights of persons belonging to national or ethnic, religious and linguistic minorities, to take appropriate measures by, inter alia:';
    const r = relations(text);
    expect(r).toContain('CALLS_UPON Event:fifteenth session of the Forum on Minority Issues');
    expect(r).toContain('CALLS_UPON Organization:President of the General Assembly');
  });

  it('negative, A/RES/78/134 OP5: "while reaffirming" still opens a clause of its own', () => {
    const text =
      'Welcomes the commitment of World Trade Organization members to work towards the necessary reform of the Organization, with the aim of improving all its functions, while reaffirming the foundational principles of the Organization, and to conduct discussions with a view to having a fully and well-functioning dispute settlement system accessible to all members by 2024;';
    const r = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/134', date: '2023-12-19' });
    expect(r).toContain('WELCOMES Organization:World Trade Organization');
    expect(r).toContain('REAFFIRMS Organization:World Trade Organization');
  });
});

describe('a session held by a standing forum of the Human Rights Council', () => {
  const pp8 =
    'Recalling also Human Rights Council resolutions 52/5 of 3 April 2023, which extended the mandate of the Special Rapporteur on minority issues, as well as 49/14 of 31 March 2022, in which the Council considered the recommendations of the Forum on Minority Issues at its fourteenth session, held in December 2021 on the theme “Conflict prevention and the protection of the human rights of minorities”,';
  it('A/RES/78/211 PP8: "the Forum on Minority Issues at its fourteenth session" is the Forum\'s session, not the Council\'s', () => {
    const m = mentions(pp8, 'preambular');
    expect(m).toContain('Event:fourteenth session of the Forum on Minority Issues');
    expect(m).not.toContain('Event:fourteenth session of the Human Rights Council');
    expect(attributions(pp8, 'preambular')).toContain('STARTS_ON Event:fourteenth session of the Forum on Minority Issues -> Date:2021-12');
    expect(attributions(pp8, 'preambular')).not.toContain('ORGANIZES Organization:Human Rights Council -> Event:fourteenth session of the Human Rights Council');
  });

  it('negative, A/RES/78/171 PP: "to the Human Rights Council at its twenty-fourth session" stays the Council\'s', () => {
    const text =
      'Recalling the report on persons with albinism submitted by the Office of the United Nations High Commissioner for Human Rights to the Human Rights Council at its twenty-fourth session, and recalling also all the reports of the Independent Expert on the enjoyment of human rights by persons with albinism to the General Assembly and to the Council,';
    expect(mentions(text, 'preambular')).toContain('Event:twenty-fourth session of the Human Rights Council');
  });
});

describe('a one-word initiative after a possessive', () => {
  it('A/RES/79/318 OP2: "in the framework of his UN80 initiative"', () => {
    const text =
      'Looks forward to receiving, in accordance with established procedures, the relevant proposals of the Secretary-General in the framework of his UN80 initiative, taking into account the necessity to have clearly defined objectives and an evidence-based approach, and aiming at strengthening the impact of the United Nations and enhancing its agility, responsiveness and resilience while addressing the issue of duplicative efforts and ensuring effective and efficient mandate delivery across all three pillars of the work of the United Nations;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/318', date: '2025-07-18' })).toContain('LOOKS_FORWARD_TO Initiative:UN80 Initiative');
  });

  it('negative: a body\'s own word before "initiative" names no initiative ("its Secretariat initiative" is not one)', () => {
    expect(mentions('Welcomes the work of the Organization and its Secretariat initiative on data;').filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });
});

describe('the United Nations network on racial discrimination and protection of minorities', () => {
  it('A/RES/78/211 OP13: "notes the work of the United Nations network on racial discrimination and protection of minorities"', () => {
    const text =
      'Expresses its appreciation for the successful completion, in December 2022, of the fifteenth session of the Forum on Minority Issues, which, as part of its outcome, produced recommendations to highlight the need for States to comply with their human rights obligations in relation to addressing hate speech on social media, and encourages States to take into consideration the relevant recommendations of the Forum, and notes the work of the United Nations network on racial discrimination and protection of minorities;';
    expect(relations(text)).toContain('NOTES Initiative:United Nations Network on Racial Discrimination and Protection of Minorities');
  });

  it('negative, A/RES/78/217 OP27: the United Nations Network on Migration is another network', () => {
    const text =
      'Welcomes the ongoing work of the United Nations Network on Migration on missing migrants and humanitarian assistance in line with the Progress Declaration of the International Migration Review Forum;';
    expect(mentions(text)).not.toContain('Initiative:United Nations Network on Racial Discrimination and Protection of Minorities');
  });
});

describe('an anniversary meeting named with its convener between', () => {
  it('A/RES/78/211 PP4: "the high-level meeting convened by the President of the General Assembly ... to commemorate the thirtieth anniversary of the adoption of the Declaration"', () => {
    const text =
      'Taking note with appreciation of the high-level meeting convened by the President of the General Assembly during the general debate of the General Assembly at its seventy-seventh session to commemorate the thirtieth anniversary of the adoption of the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities, which served as an occasion for States to reflect on implementation gaps,';
    const hlm = 'Event:high-level meeting to commemorate the thirtieth anniversary of the adoption of the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities';
    expect(relations(text, 'preambular')).toContain(`NOTES ${hlm}`);
    expect(attributions(text, 'preambular')).toContain(`ORGANIZES Organization:President of the General Assembly -> ${hlm}`);
    // the convener and the session are mentions of their own
    expect(mentions(text, 'preambular')).toContain('Event:seventy-seventh session of the General Assembly');
  });

  it('negative, A/RES/78/211 OP5: a meeting convened by the President "on" a topic marks no anniversary', () => {
    const text =
      'Encourages States to work towards fulfilling their voluntary pledges made during the high-level meeting convened by the President of the General Assembly during the general debate of the General Assembly at its seventy-seventh session on the promotion and protection of the rights of persons belonging to national or ethnic, religious and linguistic minorities, to improve the implementation of the Declaration;';
    expect(mentions(text).filter((k) => k.includes('anniversary'))).toEqual([]);
  });
});

describe('the draft treaty on the prevention of the placement of weapons in outer space (PPWT)', () => {
  const ppwt = 'Framework:Draft Treaty on the Prevention of the Placement of Weapons in Outer Space and of the Threat or Use of Force against Outer Space Objects';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/21', date: '2023-12-04' };
  it('A/RES/78/21 PP9: "Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space ..."', () => {
    const text =
      'Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects, introduced by China and the Russian Federation at the Conference on Disarmament in 2008, and the submission of its updated version in 2014,';
    const r = relations(text, 'preambular', ctx);
    expect(r).toContain(`WELCOMES ${ppwt}`);
    expect(r).toContain('WELCOMES Organization:Conference on Disarmament');
  });

  it('A/RES/78/52 PP: "the draft treaty on prevention of the placement ..." (no "the") is the same draft', () => {
    const text =
      'Recalling the introduction by China and the Russian Federation at the Conference on Disarmament of the draft treaty on prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects, and the submission of its updated version in 2014,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/52', date: '2023-12-04' })).toContain(`RECALLS ${ppwt}`);
  });

  it('negative, A/RES/78/21 PP3: the Outer Space Treaty is another treaty', () => {
    const text =
      'Seriously concerned about the possibility of an arms race in outer space and of outer space turning into an arena for military confrontation, and bearing in mind the importance of articles III and IV of the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies,';
    const m = extract(text, 'preambular', ctx).mentions.map((x) => x.key);
    expect(m).toContain('Framework:Outer Space Treaty');
    expect(m).not.toContain(ppwt);
  });
});
