// Misses found by the session-27 audit aud27h: A/RES/79/276 (United Nations Decade of Action on Nutrition) and A/RES/80/183
// (follow-up to the thirtieth anniversary of the International Year of the Family), and the same forms in other texts. Each
// case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph, footnotedAttributions } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/183', date: '2025-12-18' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the Copenhagen Declaration on Social Development and its Programme of Action": the summit\'s programme', () => {
  const POA = 'Framework:Programme of Action of the World Summit for Social Development';

  it('A/RES/80/183 OP40: "... reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action5 and its implementation"', () => {
    const text =
      'Recognizes the importance of the World Social Summit, held in Doha, Qatar, in 2025, under the title “the Second World Summit for Social Development”, to address existing gaps and reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action5 and its implementation and give momentum towards the implementation of the 2030 Agenda;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toContain(POA);
    expect(relations(text, 'operative', { ...GA })).toContain(`RECOGNIZES ${POA}`);
    expect(relations(text, 'operative', { ...GA })).toContain('RECOGNIZES Framework:Copenhagen Declaration on Social Development');
  });

  it('A/RES/79/150 OP40: the same with the footnote mark after a comma', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/150', date: '2024-12-17' };
    const text =
      'Recognizes the importance of the World Social Summit, to be held in Doha, Qatar, in 2025, under the title “The Second World Summit for Social Development”, to address existing gaps and reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action,5 and its implementation and give momentum towards the implementation of the 2030 Agenda;';
    expect(relations(text, 'operative', ctx)).toContain(`RECOGNIZES ${POA}`);
  });

  it('guard: "the Programme of Action" printed alone with no programme named before stays unread', () => {
    const text = 'Reaffirms the Copenhagen Declaration on Social Development, and calls for the implementation of the Programme of Action;';
    expect(keys(text, 'Framework:Programme', 'operative', { ...GA })).toEqual([]);
  });
});

describe('a known event dated with its first day only takes the last day the text prints', () => {
  const UNFSS = 'Event:United Nations Food Systems Summit @ 2021';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/276', date: '2025-03-25' };

  it('A/RES/79/276 PP26: "the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021"', () => {
    const text =
      'Taking note with appreciation of the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021, as well as its pre‑Summit, held from 26 to 28 July 2021 in Rome,';
    const a = attributions(text, 'preambular', { ...ctx });
    expect(a).toContain(`STARTS_ON ${UNFSS} -> Date:2021-09-23`);
    expect(a).toContain(`ENDS_ON ${UNFSS} -> Date:2021-09-24`);
  });

  it('guard: a known event whose last day the gazetteer knows keeps it ("the Summit of the Future on 22 and 23 September 2024", A/RES/79/276 PP3)', () => {
    const text = 'Welcoming the convening of the Summit of the Future on 22 and 23 September 2024 at United Nations Headquarters in New York,';
    const a = attributions(text, 'preambular', { ...ctx });
    expect(a).toContain('ENDS_ON Event:Summit of the Future @ 2024 -> Date:2024-09-23');
    expect(a.filter((x) => x.startsWith('ENDS_ON'))).toHaveLength(1);
  });

  it('guard: a single day printed adds no last day ("the Climate Ambition Summit, held on 20 September 2023")', () => {
    const text = 'Taking note of the Climate Ambition Summit, held on 20 September 2023 in New York,';
    expect(attributions(text, 'preambular', { ...ctx }).filter((x) => x.startsWith('ENDS_ON'))).toEqual([]);
  });
});

describe('a report cited by its quoted title with no "entitled" between', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/276', date: '2025-03-25' };

  it('A/RES/79/276 PP25: "Taking note of the report “What are healthy diets? Joint statement by ... (2024)” 3 by the Food and Agriculture Organization ..."', () => {
    const text =
      'Taking note of the report “What are healthy diets? Joint statement by the Food and Agriculture Organization of the United Nations and the World Health Organization (2024)” 3 by the Food and Agriculture Organization of the United Nations and the World Health Organization, which highlights that healthy diets should be adequate, balanced, moderate and diverse,';
    const docs = keys(text, 'Document:', 'preambular', { ...ctx });
    expect(docs).toHaveLength(1);
    expect(docs[0]!.toLowerCase()).toContain('what are healthy diets');
    const rel = relations(text, 'preambular', { ...ctx });
    expect(rel).toContain(`NOTES ${docs[0]}`);
    expect(rel).toContain('NOTES Organization:World Health Organization');
  });

  it('guard: a report named by its author, a quoted title further on, reads no title ("the report of the Secretary-General and the theme “...”")', () => {
    const text = 'Takes note of the report of the Secretary-General and of the theme “Leaving no one behind”;';
    expect(keys(text, 'Document:', 'operative', { ...ctx }).filter((k) => k.toLowerCase().includes('leaving'))).toEqual([]);
  });
});

describe('"the International Day and Year of Plant Health": two observances', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/276', date: '2025-03-25' };

  it('A/RES/79/276 PP15: "... the International Year of Camelids, the International Day and Year of Plant Health, the International Year of Fruits and Vegetables, ..."', () => {
    const text =
      'Noting the importance of initiatives under the United Nations system, including the observance of World Soil Day, the International Year of Camelids, the International Day and Year of Plant Health, the International Year of Fruits and Vegetables, aimed at increasing public awareness,';
    const events = keys(text, 'Event:', 'preambular', { ...ctx });
    expect(events).toContain('Event:International Day of Plant Health');
    expect(events).toContain('Event:International Year of Plant Health');
    expect(events.filter((k) => k.includes('Day and Year'))).toEqual([]);
    const rel = relations(text, 'preambular', { ...ctx });
    expect(rel).toContain('NOTES Event:International Day of Plant Health');
    expect(rel).toContain('NOTES Event:International Year of Plant Health');
    expect(rel).toContain('NOTES Event:International Year of Camelids');
  });

  it('guard: "the International Day of Plant Health" alone stays one day', () => {
    const text = 'Noting the observance of the International Day of Plant Health,';
    expect(keys(text, 'Event:', 'preambular', { ...ctx })).toEqual(['Event:International Day of Plant Health']);
  });
});

/** One paragraph with one footnote, whose mark stands at `mark` inside `at`: its attributions. */
const withFootnote = (id: string, text: string, mark: string, at: string, footnote: string, ctx: RecognizeContext = { ...GA }): string[] =>
  footnotedAttributions(id, text, mark, at, footnote, ctx);

describe('a note citing a sitting\'s report for the resolution and annex that hold a framework: the sitting ADOPTED it', () => {
  const WSSD = 'Event:World Summit for Social Development @ 1995';
  const POA = 'Framework:Programme of Action of the World Summit for Social Development';
  const NOTE5 =
    'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.';

  it('A/RES/80/183 OP40: "... the Copenhagen Declaration on Social Development and its Programme of Action5" with note 5 "Report of the World Summit for Social Development, ..., chap. I, resolution 1, annexes I and II."', () => {
    // (convention changed in session 54 (aud54d, lead's item 3): a note citing a sitting's report for its "chap. I, resolution 1, annex" states the adoption (the sitting's own resolution carries the text))
    const text =
      'Recognizes the importance of the World Social Summit, held in Doha, Qatar, in 2025, under the title “the Second World Summit for Social Development”, to address existing gaps and reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action5 and its implementation and give momentum towards the implementation of the 2030 Agenda;';
    const a = withFootnote('OP40', text, '5', 'Action5 ', NOTE5);
    expect(a).toContain(`ADOPTED ${WSSD} -> ${POA}`);
    expect(a).toContain(`HELD_IN ${WSSD} -> Place:Copenhagen`);
  });

  it('A/RES/80/184 OP2(l): "the Beijing Platform for Action18" with note 18 "Report of the Fourth World Conference on Women, ..., chap. I, resolution 1, annexes I and II."', () => {
    // (convention changed in session 54 (aud54d, lead's item 3): a note citing a sitting's report for its "chap. I, resolution 1, annex" states the adoption (the sitting's own resolution carries the text))
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/184', date: '2025-12-18' };
    const text =
      'Urges Member States to ensure universal access to sexual and reproductive health and reproductive rights in accordance with the Beijing Platform for Action18 and the outcome documents of their review conferences;';
    const a = withFootnote(
      'OP2',
      text,
      '18',
      'Action18 ',
      'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.',
      ctx,
    );
    expect(a).toContain('ADOPTED Event:Fourth World Conference on Women -> Framework:Beijing Declaration and Platform for Action');
  });

  it('guard: a note citing the report for its venue and days only, with no resolution and annex, adopts nothing', () => {
    const text = 'Recalling the World Summit for Social Development,5 and its follow-up,';
    const a = withFootnote('PP1', text, '5', 'Development,5', 'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8).');
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: a mark after the sitting\'s name, not a framework\'s, adopts nothing', () => {
    const text = 'Recalling the commitments made at the World Summit for Social Development,5 and their follow-up,';
    const a = withFootnote('PP1', text, '5', 'Development,5', NOTE5);
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});
