// Session-59 audit aud59c: faults found annotating A/RES/78/32 (Implementation of the Convention on Cluster Munitions) and
// A/RES/78/240 (Addressing the legacy of nuclear weapons), First Committee. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/32', '2023-12-04'), kind: 'preambular' });

describe('fix 1: the Cluster Munition Coalition is a body (a coalition of non-governmental organizations), not an Initiative', () => {
  const CMC = 'Organization:Cluster Munition Coalition';

  it('A/RES/78/32 PP11: "the efforts ... undertaken by the United Nations, the International Committee of the Red Cross, the Cluster Munition Coalition and numerous other non-governmental organizations"', () => {
    const text =
      'Stressing the role of public conscience in furthering the principles of humanity, as evidenced by the global call for an end to civilian suffering caused by cluster munitions, and recognizing the efforts to that end undertaken by the United Nations, the International Committee of the Red Cross, the Cluster Munition Coalition and numerous other non-governmental organizations around the world,';
    expect(keys(text, 'Organization:Cluster')).toEqual([CMC]);
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text)).toContain(`RECOGNIZES ${CMC}`);
    expect(relations(text)).toContain('RECOGNIZES Organization:International Committee of the Red Cross');
  });

  it('A/RES/78/32 OP7: "..., the International Committee of the Red Cross, the Cluster Munition Coalition and other relevant non-governmental organizations to participate"', () => {
    const text =
      'Reiterates its invitation and encouragement to all States parties, interested States, the United Nations, other relevant international organizations or institutions, regional organizations, the International Committee of the Red Cross, the Cluster Munition Coalition and other relevant non-governmental organizations to participate in the upcoming formal meetings under the Convention;';
    expect(relations(text, 'operative')).toContain(`REITERATES ${CMC}`);
  });

  it('guard: another coalition so named stays an Initiative ("the School Meals Coalition", A/RES/79/226)', () => {
    const text = 'Welcoming the work of the School Meals Coalition,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:School Meals Coalition']);
  });
});

describe('fix 2: "the <State> presidency of <sitting>" and "the presidency of <State> of <sitting>": the State leads the sitting, as "under the presidency of" does', () => {
  it('A/RES/78/32 PP15 (the only such form in the corpora with 79/53 below): "the dialogue undertaken by the Iraq presidency of the eleventh Meeting of States Parties to the Convention on Cluster Munitions"', () => {
    const text =
      'Welcoming the dialogue undertaken by the Iraq presidency of the eleventh Meeting of States Parties to the Convention on Cluster Munitions, with States not parties to the Convention, in support of universal adherence to the Convention, and recognizing the efforts undertaken to adapt the reporting templates, in compliance with action 45 of the Lausanne Action Plan,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual(['LEADS Place:Iraq -> Event:Eleventh Meeting (Convention on Cluster Munitions)']);
  });

  it('A/RES/79/53 PP22: "..., and, welcoming the presidency of Cambodia of the fifth Review Conference of the Convention"', () => {
    const text =
      'Noting also that, for States parties thereto, anti-personnel mines of an improvised nature also fall within the scope of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction and that States parties thereto take note of the recommendations contained in the report entitled “Anti-personnel mine of an improvised nature and the Anti-Personnel Mine Ban Convention”, submitted by the President of the Twenty-first Meeting of the States Parties to the Convention, and, welcoming the presidency of Cambodia of the fifth Review Conference of the Convention,';
    const leads = attributions(text, 'preambular', ctxOf('A/RES/79/53', '2024-12-02')).filter((a) => a.startsWith('LEADS'));
    expect(leads).toEqual(['LEADS Place:Cambodia -> Event:Fifth Review Conference (Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction)']);
  });

  it('guard: A/RES/80/171-style "notes the presidency of Saudi Arabia for the fourteenth term" names no sitting after the State: no LEADS', () => {
    const text = 'Notes the presidency of Saudi Arabia for the fourteenth term (2025–2027) of the Initiative, and welcomes the twelfth Meeting of States Parties to the Convention on Cluster Munitions,';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "under the presidency of China" after the sitting keeps its reading (A/RES/78/153 PP19)', () => {
    const text =
      'Welcoming the successful holding of the second part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Montreal, Canada, from 7 to 19 December 2022, under the presidency of China,';
    const leads = attributions(text, 'preambular', ctxOf('A/RES/78/153', '2023-12-19')).filter((a) => a.startsWith('LEADS'));
    expect(leads.length).toBe(1);
    expect(leads[0]).toMatch(/^LEADS Place:China -> Event:/);
  });
});

describe('fix 3: a sitting held in two parts, each part\'s days printed after its name, ends on the second part\'s last day', () => {
  const RC2 = 'Event:Second Review Conference (Convention on Cluster Munitions)';

  it('A/RES/78/32 PP14 (79/58, 80/52): "the second Review Conference ..., held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021"', () => {
    const text =
      'Noting the outcome of the second Review Conference of States Parties to the Convention on Cluster Munitions, held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021, and in particular the adoption of the Lausanne Declaration entitled “Protecting lives, empowering victims, enabling development” and the Lausanne Action Plan 2021–2026 to support the full and effective implementation of the Convention,';
    const att = attributions(text);
    expect(att).toContain(`STARTS_ON ${RC2} -> Date:2020-11-25`);
    expect(att.filter((a) => a.startsWith('ENDS_ON'))).toEqual([`ENDS_ON ${RC2} -> Date:2021-09-21`]);
  });

  it('guard: one part only keeps its end ("the twelfth Meeting of States Parties ..., to be held in Geneva from 10 to 13 September 2024, and to participate", OP8)', () => {
    const text =
      'Invites and encourages all interested States, the United Nations, other relevant international organizations or institutions, regional organizations, the International Committee of the Red Cross and relevant non-governmental organizations to attend the twelfth Meeting of States Parties to the Convention on Cluster Munitions, to be held in Geneva from 10 to 13 September 2024, and to participate in the future programme of meetings of the States parties to the Convention;';
    const ends = attributions(text, 'operative').filter((a) => a.startsWith('ENDS_ON'));
    expect(ends.length).toBe(1);
    expect(ends[0]).toMatch(/-> Date:2024-09-13$/);
  });

  it('guard: two listed sessions, each with its own days ("the fifty-first and the fifty-second sessions of the Committee on World Food Security, held in Rome from 23 to 27 October and on 25 November 2023 and from 21 to 25 October 2024, respectively", A/RES/79/227 PP): the first ends on its second part\'s day, not the next session\'s', () => {
    const text =
      'Taking note of the fifty-first and the fifty-second sessions of the Committee on World Food Security, held in Rome from 23 to 27 October and on 25 November 2023 and from 21 to 25 October 2024, respectively,';
    const ends = attributions(text, 'preambular', ctxOf('A/RES/79/227', '2024-12-19')).filter((a) => a.startsWith('ENDS_ON'));
    expect(ends).toEqual([
      'ENDS_ON Event:fifty-first session of the Committee on World Food Security -> Date:2023-11-25',
      'ENDS_ON Event:fifty-second session of the Committee on World Food Security -> Date:2024-10-25',
    ]);
  });

  it('guard: A/RES/78/240 PP15 "Austria, on 8 and 9 December 2014 and on 20 June 2022": the later day is the fourth Conference\'s, years after (the third ends on 9 December 2014)', () => {
    const text =
      'Recalling the testimonies of survivors and victims of the nuclear tests at the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014 and on 20 June 2022, where survivors and victims of the tests’ experiences and testimonies contributed to our understanding of the harmful effects of the testing and use of nuclear weapons,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/240', '2023-12-22'));
    expect(att).toContain('ENDS_ON Event:Third Conference on the Humanitarian Impact of Nuclear Weapons -> Date:2014-12-09');
    expect(att).not.toContain('ENDS_ON Event:Third Conference on the Humanitarian Impact of Nuclear Weapons -> Date:2022-06-20');
    expect(att).toContain('STARTS_ON Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons -> Date:2022-06-20');
  });
});
