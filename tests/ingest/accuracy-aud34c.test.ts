// Session-34 audit aud34c (A/RES/78/301, 79/65, 80/206, 79/61, 80/55, 79/113, 80/25). A footnote citing a sitting's report
// ("Report of the <sitting>, <venue>, <days>") gave the sitting's HELD_IN, STARTS_ON and ENDS_ON edges but left its node with
// no venue and no days (24 Event nodes of corpus-ga: UNESCO General Conference sessions, the World Food Conference, the Fourth
// LDC Conference, ...), or, merged with a year-named mention, the year only; an event a paragraph HELD_IN one place ("the
// convening at Madrid of the Peace Conference on the Middle East") had no venue on its node either (8 nodes); a framework
// "signed on" a day with no place printed had no ADOPTED_ON. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';
import { citingResolution } from '../graph/fixtures.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/25', date: '2025-12-01' };

/** One paragraph whose footnote `mark` follows the first `at`: its mentions. */
function mentionsWithNote(id: string, text: string, at: string, mark: string, note: string, ctx: RecognizeContext = GA80): EntityMention[] {
  const offset = text.indexOf(at) + at.length;
  return extractParagraph(
    { id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] },
    { ...ctx },
  ).mentions;
}
function mentions(id: string, text: string, ctx: RecognizeContext = GA80): EntityMention[] {
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { ...ctx }).mentions;
}
/** 'location | startDate | endDate' of the Event mentions named `name` ('-' for none) */
const eventAttrs = (ms: EntityMention[], name: string): string[] =>
  ms.filter((m) => m.kind === 'Event' && m.name === name).map((m) => ['location', 'startDate', 'endDate'].map((k) => (typeof m.attrs[k] === 'string' ? m.attrs[k] : '-')).join(' | '));

const ICRDD = 'International Conference on the Relationship between Disarmament and Development';
const PP2 = `Recalling also the provisions of the Final Document of the Tenth Special Session of the General Assembly concerning the relationship between disarmament and development,1 as well as the adoption on 11 September 1987 of the Final Document of the ${ICRDD},2`;
const PP2_AT = `${ICRDD},`;
const NOTE2 = `See Report of the ${ICRDD}, New York, 24 August–11 September 1987 (A/CONF.130/39).`;
const PP9 = `Bearing in mind the importance of following up on the implementation of the action programme adopted at the 1987 ${ICRDD},`;

describe('a sitting\'s report cited in a note: the venue and days it prints are the sitting\'s', () => {
  it(`A/RES/80/25 PP2 (78/23, 79/43): "${ICRDD},2" with "2 See Report of the ..., New York, 24 August–11 September 1987": the note's sitting is held in New York from 24 August to 11 September 1987`, () => {
    expect(eventAttrs(mentionsWithNote('PP2', PP2, PP2_AT, '2', NOTE2), ICRDD)).toContain('New York | 1987-08-24 | 1987-09-11');
  });

  it('A/RES/78/198 PP (79/171, 80/210): "2 Report of the World Food Conference, Rome, 5–16 November 1974 (United Nations publication, ...)": Rome, 5 to 16 November 1974', () => {
    const text = 'Recalling the Universal Declaration on the Eradication of Hunger and Malnutrition, adopted by the World Food Conference,2';
    const note = 'Report of the World Food Conference, Rome, 5–16 November 1974 (United Nations publication, Sales No. E.75.II.A.3), chap. I.';
    expect(eventAttrs(mentionsWithNote('PP1', text, 'World Food Conference,', '2', note, { ...GA80, symbol: 'A/RES/80/210' }), 'World Food Conference')).toContain('Rome | 1974-11-05 | 1974-11-16');
  });

  it('guard: the same name in a paragraph with no note keeps no venue (the note\'s attributes are the mention\'s own copy, not the gazetteer entry\'s)', () => {
    const note = 'Report of the World Food Conference, Rome, 5–16 November 1974 (United Nations publication, Sales No. E.75.II.A.3), chap. I.';
    mentionsWithNote('PP1', 'Recalling the World Food Conference,2', 'World Food Conference,', '2', note);
    expect(eventAttrs(mentions('PP3', 'Recalling the outcome of the World Food Conference,'), 'World Food Conference')).toEqual(['- | - | -']);
  });

  it('guard: a note whose words after the name are no venue ("Report of the ..., Supplement No. 23") dates nothing', () => {
    const note = `Report of the ${ICRDD}, Supplement No. 23 (A/42/23).`;
    expect(eventAttrs(mentionsWithNote('PP2', PP2, PP2_AT, '2', note), ICRDD)).not.toContain('New York | 1987-08-24 | 1987-09-11');
    expect(eventAttrs(mentionsWithNote('PP2', PP2, PP2_AT, '2', note), ICRDD).every((a) => a === '- | - | -')).toBe(true);
  });
});

describe('graph: the node of a sitting dated by a note and named with its year elsewhere', () => {
  const KEY = `Event:${ICRDD} @ 1987`;
  function node(withNote: boolean): Record<string, unknown> {
    const ex = citingResolution({ symbol: 'A/RES/80/25', file: 'A_RES_80_25.txt', date: '2025-12-01' });
    const pp2 = withNote ? mentionsWithNote('PP2', PP2, PP2_AT, '2', NOTE2) : mentions('PP2', PP2);
    ex.paragraphs[0]!.mentions.push(...pp2, ...mentions('PP9', PP9));
    const b = new GraphBuilder();
    b.addResolution(ex);
    return b.finalize().getNodeAttributes(KEY);
  }

  it('A/RES/80/25 PP2 note 2 and PP9 ("the 1987 International Conference ..."): one node, held in New York, 24 August to 11 September 1987 (not the year only)', () => {
    const n = node(true);
    expect([n.location, n.startDate, n.endDate]).toEqual(['New York', '1987-08-24', '1987-09-11']);
  });

  it('guard: with no note, the node gets no venue and no days', () => {
    const n = node(false);
    expect([n.location, n.endDate]).toEqual([undefined, undefined]);
    expect(String(n.startDate ?? '').length).toBeLessThan(10);
  });
});

describe('a framework "signed on" a day, no place printed, is dated by it', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/65', date: '2024-12-02' }, kind: 'operative' });
  const JOINT = 'Joint United Nations-African Union Framework for Enhanced Partnership in Peace and Security';
  const adoptedOn = (text: string) => attributions(text).filter((a) => a.startsWith('ADOPTED_ON '));

  it(`A/RES/79/65 OP4 (78/56, 80/60): "in the context of the ${JOINT}, signed on 19 April 2017": ADOPTED_ON 2017-04-19`, () => {
    const text = `Recalls the undertaking by the Regional Centre to deepen its partnership with the African Union Commission in the context of the ${JOINT}, signed on 19 April 2017, as well as with African subregional organizations;`;
    expect(adoptedOn(text)).toEqual([`ADOPTED_ON Framework:${JOINT} -> Date:2017-04-19`]);
  });

  it('guard: a text about the framework signed that day ("the amendments to the ..., signed on") dates no framework', () => {
    const text = `Recalls the amendments to the ${JOINT}, signed on 19 April 2017;`;
    expect(adoptedOn(text)).toEqual([]);
  });
});

describe('an event HELD_IN one place by its paragraph keeps that venue', () => {
  const venue = (text: string, name: string, symbol: string) =>
    mentions('PP1', text, { body: 'General Assembly', symbol, date: '2023-12-15' })
      .filter((m) => m.kind === 'Event' && m.name === name)
      .map((m) => (typeof m.attrs.location === 'string' ? m.attrs.location : '-'));

  it('A/RES/78/77 PP11 (79/90, 80/82): "Welcoming the convening at Madrid of the Peace Conference on the Middle East": its venue is Madrid', () => {
    const text = 'Welcoming the convening at Madrid of the Peace Conference on the Middle East on the basis of Security Council resolutions 242 (1967) of 22 November 1967 and 338 (1973) of 22 October 1973,';
    expect(venue(text, 'Peace Conference on the Middle East', 'A/RES/78/77')).toEqual(['Madrid']);
  });

  it('A/RES/78/161 OP16: "welcomes the convening in Saudi Arabia of the forty-fifth session of the World Heritage Committee": Saudi Arabia', () => {
    const text = 'Welcomes the convening in Saudi Arabia of the forty-fifth session of the World Heritage Committee, from 10 to 25 September 2023;';
    expect(venue(text, 'forty-fifth session of the World Heritage Committee', 'A/RES/78/161')).toEqual(['Saudi Arabia']);
  });

  it('guard: an event held in two towns ("held in Krakow and Katowice, Poland", A/RES/78/161 PP) keeps the venue its mention was read with', () => {
    const text = 'Recalling the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice, Poland, from 12 to 15 June 2018,';
    expect(venue(text, 'twelfth meeting of the Creative Cities Network', 'A/RES/78/161')).toEqual(['Krakow']);
  });
});
