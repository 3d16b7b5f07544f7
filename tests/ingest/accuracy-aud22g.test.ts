// Misses found by the session-22 audit aud22g: A/RES/80/242 (questions relating to the proposed programme budget for 2026),
// A/RES/78/202, A/RES/78/236, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/242', date: '2025-12-30' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const cleaned = (lines: string[]): string => {
  const src: SourceText = { file: 'A_RES_78_202.txt', format: 'text', text: lines.join('\n') };
  return cleanText(src).text;
};

const subjectOf = (text: string, key: string): unknown => extract(text).mentions.find((m) => m.key === key)?.attrs.subject;

describe('"on the decision to ..." is a subject, not the start of another citation', () => {
  it('A/RES/80/242 OP50: "its resolution 79/258 A on the decision to provide sufficient funding for the resident coordinator system"', () => {
    const text =
      'Recalls paragraphs 3 and 4 of section XVIII of its resolution 79/258 A on the decision to provide sufficient funding for the resident coordinator system, looks forward to receiving the refined comprehensive report at the eighty-first session;';
    expect(subjectOf(text, 'Resolution:A/RES/79/258A')).toBe('the decision to provide sufficient funding for the resident coordinator system');
  });

  it('guard: "... and its subsequent resolutions thereon" still ends the subject (A/RES/78/253-style financing citations)', () => {
    const text = 'Recalling its resolution 47/236 of 14 September 1993 on the financing of the Force and its subsequent resolutions and decisions thereon,';
    expect(subjectOf(text, 'Resolution:A/RES/47/236')).toBe('the financing of the Force');
  });
});

describe('a compound broken at a line end after its hyphen, before a number, is one word', () => {
  it('A/RES/78/202 PP9 (79/167 PP8): "the United Nations summit for the adoption of the post-\\n2015 development agenda"', () => {
    const text = cleaned([
      'Bearing in mind all the references to this question in the outcome document of the United Nations summit for the adoption of the post-',
      '2015 development agenda, the 2030 Agenda for Sustainable Development,',
    ]);
    expect(text).toContain('adoption of the post-2015 development agenda');
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:United Nations summit for the adoption of the post-2015 development agenda']);
  });

  it('guard: a range of years broken after its dash still joins, and a line ending in a word then a hyphen before a letter keeps the old rule', () => {
    expect(cleaned(['Proclaims the International Decade for Action 2018–', '2028 as a decade;'])).toContain('2018–2028');
    expect(cleaned(['Welcomes the high-level follow-', 'up meeting;'])).toContain('follow-up meeting');
  });
});

describe("the Secretary-General's depositary handbook is a publication, not the Secretary-General", () => {
  const OP9 =
    'Recognizes the importance of the legal publications prepared by the Treaty Section, and stresses the need to update the Summary of Practice of the Secretary-General as Depositary of Multilateral Treaties in the light of new developments and practices;';

  it('A/RES/78/236 OP9 (80/170 OP13): "the Summary of Practice of the Secretary-General as Depositary of Multilateral Treaties"', () => {
    expect(relations(OP9)).toContain('EMPHASIZES Initiative:Summary of Practice of the Secretary-General as Depositary of Multilateral Treaties');
    expect(relations(OP9)).not.toContain('EMPHASIZES Organization:Secretary-General of the United Nations');
  });

  it('guard: the Secretary-General as depositary, outside the title, is still the Secretary-General (A/RES/78/236 PP12)', () => {
    const text =
      'Noting with appreciation the role of the Treaty Section in discharging the functions entrusted to the Secretary-General as depositary of over 600 multilateral instruments,';
    expect(relations(text, 'preambular')).toContain('NOTES Organization:Secretary-General of the United Nations');
  });
});

describe('posts named by the office they sit in (A/RES/80/242, the programme budget for 2026)', () => {
  it('A/RES/80/242 OP73: "in the Subregional Office for North and Central Asia in Almaty, Kazakhstan" is one office', () => {
    const text =
      'Recalls paragraphs V.39 (j) and V.45 of the report of the Advisory Committee, and decides not to abolish one P-5 post of Senior Economic Affairs Officer, in the Subregional Office for North and Central Asia in Almaty, Kazakhstan;';
    expect(relations(text)).toContain('DECIDES Organization:Subregional Office for North and Central Asia');
    expect(keys(text, 'Place:')).toEqual(['Place:Almaty', 'Place:Kazakhstan']);
  });

  const OP98 =
    'Emphasizes the strategic and cross-departmental nature of the Emergency Response Team and Operational Resilience Section established in 2024, and decides not to approve the redeployment of the Team and Section, with all 17 posts, from executive direction and management to subprogramme 2, Field operations;';

  it('A/RES/80/242 OP98: "the redeployment of the Team and Section" refers back, it names no organization', () => {
    expect(keys(OP98, 'Organization:')).toEqual(['Organization:Emergency Response Team and Operational Resilience Section']);
  });

  it('guard: a word and a head joined by "and" still name a unit ("the Treaty and Liaison Section")', () => {
    const text = 'Decides not to abolish one post in the Editorial Unit and one post in the Treaty and Liaison Section;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Editorial Unit', 'Organization:Treaty and Liaison Section']);
  });
});

describe('a section cited between a resolution number and its day', () => {
  const PP1 =
    'Reaffirming its resolutions 41/213 of 19 December 1986, 42/211 of 21 December 1987, 45/248 B, section VI, of 21 December 1990, 55/231 of 23 December 2000, 58/269 and 58/270 of 23 December 2003, 59/276, section XI, of 23 December 2004, 60/283 of 7 July 2006,';
  const dateOf = (text: string, key: string): unknown => extract(text, 'preambular').mentions.find((m) => m.key === key)?.attrs.date;

  it('A/RES/80/242 PP1 (79/257, 78/252): "45/248 B, section VI, of 21 December 1990", "59/276, section XI, of 23 December 2004"', () => {
    expect(dateOf(PP1, 'Resolution:A/RES/45/248B')).toBe('1990-12-21');
    expect(dateOf(PP1, 'Resolution:A/RES/59/276')).toBe('2004-12-23');
  });

  it('guard: a section cited after the day leaves the next number its own ("resolution 59/276, section XI, and 60/283 of 7 July 2006")', () => {
    const text = 'Recalling its resolution 59/276, section XI, and resolution 60/283 of 7 July 2006,';
    expect(dateOf(text, 'Resolution:A/RES/59/276')).toBeUndefined();
    expect(dateOf(text, 'Resolution:A/RES/60/283')).toBe('2006-07-07');
  });
});
