// Gaps found by the session-50 audit of three Sixth Committee resolutions (helper aud50c; gold files
// tests/gold/aud50c-*.gold.tsv: A/RES/80/167, 79/120, 78/114): the International Law Commission and its reports, the
// Programme of Assistance in international law and its courses and publications. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_120: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/120', date: '2024-12-04' };

const { keys, relations } = oneParagraph({ ctx: GA_79_120, kind: 'operative' });

describe('a year before a preposition dates what was said before it; the name starts after it', () => {
  const FELLOWSHIP = 'Initiative:International Law Fellowship Programme';

  it('A/RES/79/120 OP8: "the proposed programme budget for 2026 for the International Law Fellowship Programme"', () => {
    const text =
      'Requests the Secretary-General to continue to include resources under the proposed programme budget for 2026 for the International Law Fellowship Programme, the United Nations Regional Courses in International Law for Africa, for Asia-Pacific and for Latin America and the Caribbean and for the continuation and further development of the United Nations Audiovisual Library of International Law;';
    expect(relations(text)).toContain(`REQUESTS ${FELLOWSHIP}`);
  });

  it('A/RES/80/115 PP5: "proclaimed the period from 1995 to 2004 the United Nations Decade for Human Rights Education"', () => {
    const text =
      'Recalling also its resolution 49/184 of 23 December 1994, by which it proclaimed the period from 1995 to 2004 the United Nations Decade for Human Rights Education,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/80/115', date: '2025-12-15' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Decade for Human Rights Education']);
  });

  it('guard: a year that opens a name keeps it ("the 2030 Agenda for Sustainable Development", "the 2005 World Summit Outcome")', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development and paragraph 134 (e) of the 2005 World Summit Outcome,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:2030 Agenda for Sustainable Development', 'Framework:2005 World Summit Outcome']);
  });

  it('guard: a year inside a number ("resolution 3/2005 of the Conference of the Food and Agriculture Organization", A/RES/78/169 PP3) is no date; the name starts after it', () => {
    const text =
      'Recalling further resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25 November 2005,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/169', date: '2023-12-19' };
    // (the Conference, the text's author, is an entity: aud61s, after the session-61 brief; no dated edition of it)
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Conference of the Food and Agriculture Organization of the United Nations']);
  });
});

describe('the Programme of Assistance: its library printed short, its course for Africa, the French edition of its handbook', () => {
  const LIBRARY = 'Initiative:United Nations Audiovisual Library of International Law';

  it('A/RES/79/120 OP11: "..., and notes with appreciation the efforts of the Codification Division to enhance the accessibility of the Audiovisual Library"', () => {
    const text =
      'Commends the Secretary-General for the continuation and further development of the United Nations Audiovisual Library of International Law as a major contribution to the teaching and dissemination of international law around the world, and notes with appreciation the efforts of the Codification Division to enhance the accessibility of the Audiovisual Library by making all lectures in the Lecture Series available as podcasts;';
    expect(relations(text)).toEqual(expect.arrayContaining([`APPRECIATES ${LIBRARY}`, `NOTES ${LIBRARY}`]));
  });

  it('guard: "the Audiovisual Library" in a text that never named the United Nations library is no mention', () => {
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-19' };
    expect(keys('Notes the efforts to enhance the accessibility of the Audiovisual Library;', 'Initiative:', 'operative', ctx)).toEqual([]);
  });

  it('A/RES/79/120 OP21: "the valuable contribution that it continues to make to the United Nations Regional Course in International Law for Africa"', () => {
    const text =
      'Expresses its appreciation to the African Union for the valuable contribution that it continues to make to the United Nations Regional Course in International Law for Africa;';
    expect(relations(text)).toEqual(['EXPRESSES Organization:African Union', 'EXPRESSES Initiative:United Nations Regional Course in International Law for Africa']);
  });

  it('guard: A/RES/79/120 OP8 "the United Nations Regional Courses in International Law for Africa, for Asia-Pacific and ...": the three courses, one node, their regions named', () => {
    const text =
      'Requests the Secretary-General to continue to include resources for the United Nations Regional Courses in International Law for Africa, for Asia-Pacific and for Latin America and the Caribbean;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:United Nations Regional Courses in International Law']);
    expect(keys(text, 'Place:')).toEqual(['Place:Africa', 'Place:Asia and the Pacific', 'Place:Latin America and the Caribbean']);
  });

  it('A/RES/79/120 OP16: "the issuance of the Recueil de droit international: Collection d’instruments, the French language equivalent of the International Law Handbook"', () => {
    const text =
      'Also expresses its appreciation for the issuance of the Recueil de droit international: Collection d’instruments, the French language equivalent of the International Law Handbook, and requests Member States to provide the voluntary contributions necessary to ensure the completion of such a handbook in the other official languages of the United Nations, as well as its dissemination in developing countries;';
    expect(relations(text)).toEqual(expect.arrayContaining([
      "EXPRESSES Initiative:Recueil de droit international: Collection d'instruments",
      'EXPRESSES Initiative:International Law Handbook',
    ]));
  });
});

describe('the Commission\'s report cited by the paragraphs taken note of, whatever those paragraphs are about', () => {
  const PP1 = { kind: 'preambular' as const, text: 'Having considered the report of the International Law Commission on the work of its seventy-sixth session,1', footnote: 'Official Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10).' };
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/164', date: '2025-12-15' });

  it('A/RES/80/164 OP20: "Takes note of paragraphs 440 to 444 of the report of the International Law Commission describing the reduction of its annual session ..."', () => {
    const [, op] = relationsByParagraph(ctx(), [PP1, { text: 'Takes note of paragraphs 440 to 444 of the report of the International Law Commission describing the reduction of its annual session from the originally planned 12-week session that was decided in General Assembly resolution 79/121 to a single 5-week period;' }]);
    expect(op).toContain('NOTES Document:A/80/10');
  });

  it('A/RES/80/164 OP29 (79/121, 78/108): "Takes note of paragraphs 490 to 493 of the report of the International Law Commission with regard to cooperation and interaction with other bodies"', () => {
    const [, op] = relationsByParagraph(ctx(), [PP1, { text: 'Takes note of paragraphs 490 to 493 of the report of the International Law Commission with regard to cooperation and interaction with other bodies, notes with regret the limited exchange of views with other relevant bodies in 2025;' }]);
    expect(op).toContain('NOTES Document:A/80/10');
  });

  it('guard: "the report of the International Law Commission with regard to ..." with no part of it cited may be another report: no link', () => {
    const [, op] = relationsByParagraph(ctx(), [PP1, { text: 'Takes note of the report of the International Law Commission with regard to cooperation and interaction with other bodies;' }]);
    expect(op).not.toContain('NOTES Document:A/80/10');
  });
});

describe('a body\'s report footnoted as the next supplement of the Official Records ("Ibid., <Session>, Supplement No. N (symbol)") is that report', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/166', date: '2025-12-15' });
  const PP1 = { kind: 'preambular' as const, text: 'Recalling its resolution 3499 (XXX) of 15 December 1975, by which it established the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization,' };
  const OP1 = { text: 'Takes note of the report of the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization;' };

  it('A/RES/80/166 PP16 "Having considered the report of the Special Committee on the work of its session held in 2025,6" ("6 Ibid., Eightieth Session, Supplement No. 33 (A/80/33).") then OP1 "Takes note of the report of the Special Committee ..." (79/125, 78/111)', () => {
    const pp16 = { kind: 'preambular' as const, text: 'Having considered the report of the Special Committee on the work of its session held in 2025,6', footnote: 'Ibid., Eightieth Session, Supplement No. 33 (A/80/33).' };
    const [, , op] = relationsByParagraph(ctx(), [PP1, pp16, OP1]);
    expect(op).toContain('NOTES Document:A/80/33');
  });

  it('guard: a note citing a part of the report before ("Ibid., chap. IV, sect. E.1.") names no report for the bare words', () => {
    const pp16 = { kind: 'preambular' as const, text: 'Having considered the report of the Special Committee on the work of its session held in 2025,6', footnote: 'Ibid., chap. IV, sect. E.1.' };
    const [, , op] = relationsByParagraph(ctx(), [PP1, pp16, OP1]);
    expect(op.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});
