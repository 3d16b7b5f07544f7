// Misses found by the session-17 audit aud17h: A/RES/78/165 (rural poverty), A/RES/80/30 (convening of the fourth
// special session devoted to disarmament), A/RES/80/56 (legacy of nuclear weapons), and the same forms in other texts.
// Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/30', date: '2025-12-01' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const SSOD_IV = 'Event:fourth special session of the General Assembly devoted to disarmament';

describe('the fourth special session devoted to disarmament (SSOD-IV) is named as printed, not as the Assembly’s fourth special session', () => {
  it('A/RES/80/30 OP4 (78/24, 79/44): "the convening of the fourth special session of the General Assembly devoted to disarmament"', () => {
    const text =
      'Encourages Member States to continue consultations on the next steps for the convening of the fourth special session of the General Assembly devoted to disarmament;';
    expect(keys(text, 'Event:')).toEqual([SSOD_IV]);
    expect(relations(text)).toContain(`ENCOURAGES ${SSOD_IV}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF ${SSOD_IV} -> Organization:General Assembly`);
  });

  it('A/RES/80/30 PP9 (79/1 OP47): "a fourth special session devoted to disarmament (SSOD-IV)", with no "of the General Assembly"', () => {
    const text =
      'Welcoming the commitment of Member States to revitalize the role of the United Nations in the field of disarmament, including by recommending that the General Assembly pursue work that could support preparation of a fourth special session devoted to disarmament (SSOD-IV),';
    expect(keys(text, 'Event:', 'preambular')).toEqual([SSOD_IV]);
    expect(relations(text, 'preambular')).toContain(`WELCOMES ${SSOD_IV}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'preambular')).toContain(`SESSION_OF ${SSOD_IV} -> Organization:General Assembly`);
  });

  it('guard: the first special session devoted to disarmament is still the Assembly’s tenth (A/RES/80/30 PP3)', () => {
    const text =
      'Bearing in mind the Final Document of the Tenth Special Session of the General Assembly, adopted by consensus at the first special session devoted to disarmament,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:tenth special session of the General Assembly']);
  });

  it('guard: a special session devoted to something else, or none, keeps its plain name (A/RES/79/1 OP47-style, 78/174)', () => {
    expect(keys('Decides to convene the fourth special session of the General Assembly in 2027;', 'Event:')).toEqual([
      'Event:fourth special session of the General Assembly',
    ]);
    expect(
      keys(
        'Recalls the outcome of the twenty-fourth special session of the General Assembly, entitled “World Summit for Social Development and beyond: achieving social development for all in a globalizing world”;',
        'Event:',
      ),
    ).toContain('Event:twenty-fourth special session of the General Assembly');
  });
});

describe('the Sustainable Development Goals Moment is a sitting, not the Goals', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/165', date: '2023-12-19' };
  const MOMENT = 'Event:Sustainable Development Goals Moment';

  it('A/RES/78/165 PP12 (79/225 PP12, 80/154 PP14): "welcoming the 2020, 2021 and 2022 Sustainable Development Goals Moments"', () => {
    const text =
      'Emphasizing that the impacts of the COVID-19 pandemic on sustainable development have increased the number of people living in poverty around the world, and in this regard welcoming the 2020, 2021 and 2022 Sustainable Development Goals Moments, placing an emphasis on poverty and inequality, on climate change and a healthy planet and on achieving gender equality and the empowerment of all women and girls,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([MOMENT]);
    expect(relations(text, 'preambular', ctx)).toContain(`WELCOMES ${MOMENT}`);
    expect(relations(text, 'preambular', ctx)).not.toContain('WELCOMES Framework:Sustainable Development Goals');
  });

  it('A/RES/78/165 OP24: "to list rural poverty eradication as a priority for an annual Sustainable Development Goals Moment to highlight inspiring action on the Goals"', () => {
    const text =
      'Reiterates the urgent need to accelerate the pace of rural poverty eradication, and requests the Secretary-General to list rural poverty eradication as a priority for an annual Sustainable Development Goals Moment to highlight inspiring action on the Goals, in the context of the general debate of the Assembly;';
    expect(relations(text, 'operative', ctx)).toContain(`REQUESTS ${MOMENT}`);
  });

  it('guard: the Goals themselves stay a framework (A/RES/78/165 PP17)', () => {
    const text =
      'Noting that, while considerable progress has been made over the past decade across all areas of development, the pace of progress observed in recent years is insufficient and uneven to fully meet the Sustainable Development Goals and targets by 2030,';
    expect(relations(text, 'preambular', ctx)).toEqual(['NOTES Framework:Sustainable Development Goals']);
  });
});

describe('"the twenty-third special session" printed alone is the special session of that ordinal named before', () => {
  const NAMED =
    'Recognizing that the implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session of the General Assembly contributes to gender equality,';
  const SPECIAL23 = 'Event:twenty-third special session of the General Assembly';

  it('A/RES/80/186 OP5 (78/182 OP5, 79/288 PP5): "the outcome of the twenty-third special session is essential to achieving ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/186', date: '2025-12-15' };
    expect(keys(NAMED, 'Event:', 'preambular', ctx)).toEqual([SPECIAL23]);
    const text =
      'Reiterates that the full, effective and accelerated implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session is essential to achieving the 2030 Agenda for Sustainable Development;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([SPECIAL23]);
    expect(relations(text, 'operative', ctx)).toContain(`REITERATES ${SPECIAL23}`);
  });

  it('guard: not before one of that ordinal was named, nor another ordinal, nor a plural', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/186', date: '2025-12-15' };
    const text = 'Recalls the outcome of the twenty-third special session;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([]);
    keys(NAMED, 'Event:', 'preambular', ctx);
    expect(keys('Recalls the outcome of the twenty-fourth special session;', 'Event:', 'operative', ctx)).toEqual([]);
    expect(keys('Recalls the outcomes of the twenty-third special sessions;', 'Event:', 'operative', ctx)).toEqual([]);
    expect(keys('Recalls the twenty-third special session of the Human Rights Council;', 'Event:', 'operative', ctx)).not.toContain(SPECIAL23);
  });
});
