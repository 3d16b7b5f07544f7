// Session-69 audit aud69g: faults found annotating A/RES/80/8 (building a peaceful and better world through sport and the Olympic
// ideal) and A/RES/79/142 (World Lake Day). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/8', '2025-11-19'), kind: 'preambular' });

const TRUCE = 'Initiative:Olympic Truce';

describe('fix 1: names of the Olympic texts no gazetteer held (ekecheiria, the Refugee Teams, Delphi, the French Alps)', () => {
  it('A/RES/80/8 PP3 (78/10 PP3): "the core concept of ekecheiria" after PP2 "ekecheiria (“Olympic Truce”)" is the Olympic Truce', () => {
    const r = relations(
      'Recalling further that the core concept of ekecheiria, historically, has been the cessation of hostilities from seven days before until seven days after the Olympic Games, which, according to the legendary oracle of Delphi, was to replace the cycle of conflict with a friendly athletic competition every four years,',
    );
    expect(r).toContain(`RECALLS ${TRUCE}`);
    expect(r).toContain('RECALLS Event:Olympic Games');
  });

  it('A/RES/80/8 PP3: "according to the legendary oracle of Delphi" names a place, no target of "Recalling further that"', () => {
    const text =
      'Recalling further that the core concept of ekecheiria, historically, has been the cessation of hostilities from seven days before until seven days after the Olympic Games, which, according to the legendary oracle of Delphi, was to replace the cycle of conflict,';
    expect(keys(text, 'Place:')).toEqual(['Place:Delphi']);
    expect(relations(text).filter((x) => x.includes('Place:'))).toEqual([]);
  });

  it('guard: PP2 "ekecheiria (“Olympic Truce”)" stays one Truce', () => {
    const text =
      'Recalling also its resolution 48/11 of 25 October 1993, which, inter alia, revived the ancient Greek tradition of ekecheiria (“Olympic Truce”) calling for a truce during the Olympic Games,';
    expect([...new Set(keys(text, "Initiative:"))]).toEqual([TRUCE]);
  });

  it('A/RES/80/8 PP13 (78/10 PP13): "the Refugee Olympic and Paralympic Teams admitted by the International Olympic Committee ..."', () => {
    const r = relations(
      'Acknowledging that the Milano-Cortina 2026 Olympic and Paralympic Winter Games will be a unifying event, and welcoming all the delegations of National Olympic and Paralympic Committees athletes and the Refugee Olympic and Paralympic Teams admitted by the International Olympic Committee and the International Paralympic Committee to participate in the Games,',
    );
    expect(r).toContain('WELCOMES Organization:Refugee Olympic and Paralympic Teams');
    expect(r).toContain('WELCOMES Organization:International Olympic Committee');
    expect(r).toContain('WELCOMES Organization:International Paralympic Committee');
  });

  it('guard: the International Olympic Committee named alone stays itself', () => {
    const text = 'Noting with appreciation also the continued efforts of the International Olympic Committee to advance gender equality in sport,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Olympic Committee']);
  });

  it('A/RES/80/8 PP20: "the XXVI Olympic Winter Games and the XV Paralympic Winter Games, to be held across the French Alps from ..."', () => {
    const text =
      'Noting the successful conclusion of the Games of the XXXIII Olympiad, and welcoming the XXVI Olympic Winter Games and the XV Paralympic Winter Games, to be held across the French Alps from 1 to 17 February and from 1 to 10 March 2030, respectively, and the XXVII Olympic Winter Games and the XVI Paralympic Winter Games, to be held in Salt Lake City, United States of America, from 10 to 26 February and from 10 to 19 March 2034, respectively,';
    const a = attributions(text);
    expect(a).toContain('HELD_IN Event:XXVI Olympic Winter Games @ 2030 -> Place:French Alps');
    expect(a).toContain('HELD_IN Event:XV Paralympic Winter Games @ 2030 -> Place:French Alps');
    // (the next pair keeps its own venue)
    expect(a).toContain('HELD_IN Event:XXVII Olympic Winter Games @ 2034 -> Place:Salt Lake City');
    expect(a.filter((x) => x.startsWith('HELD_IN Event:XXVII') && x.includes('French Alps'))).toEqual([]);
  });
});

describe('fix 2: "resolution N of the <body>, entitled “...”, adopted on <day>": the body printed after its own number ADOPTED it', () => {
  const lake = oneParagraph({ ctx: ctxOf('A/RES/79/142', '2024-12-12'), kind: 'preambular' });
  const UNEA = 'Organization:United Nations Environment Assembly';
  const R54 = 'Resolution:United Nations Environment Assembly resolution 5/4';

  it('A/RES/79/142 PP5: "Taking note of resolution 5/4 of the United Nations Environment Assembly, entitled “Sustainable lake management”, adopted on 2 March 2022"', () => {
    const text =
      'Taking note of resolution 5/4 of the United Nations Environment Assembly, entitled “Sustainable lake management”, adopted on 2 March 2022, and reaffirming the importance of integrated, intersectoral, collaborative and coordinated approaches,';
    expect(lake.attributions(text)).toEqual([`ADOPTED ${UNEA} -> ${R54}`]);
    // (the author stays no target of the clause's verb, sessions 52-54)
    expect(lake.relations(text)).toEqual([`NOTES ${R54}`]);
  });

  it('A/RES/78/169 PP3: "resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25 November 2005"', () => {
    const fao = oneParagraph({ ctx: ctxOf('A/RES/78/169', '2023-12-19'), kind: 'preambular' });
    const text = 'Recalling further resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25 November 2005,';
    expect(fao.attributions(text)).toContain(
      'ADOPTED Event:Conference of the Food and Agriculture Organization of the United Nations -> Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2005',
    );
  });

  it('guard: with no adoption printed the author adopts nothing ("resolution 5/5 of the United Nations Environment Assembly, has the potential", 80/140 OP45)', () => {
    const text =
      'Notes that increasing investments in nature-based solutions, in line with resolution 5/5 of the United Nations Environment Assembly, has the potential to cost-effectively contribute to the achievement of the Goals;';
    expect(lake.attributions(text, 'operative').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: another body\'s number before "of the <body>" is no text of that body ("resolution 70/1 of the General Assembly, adopted on 25 September 2015")', () => {
    const text = 'Recalling resolution 70/1 of the General Assembly, adopted on 25 September 2015,';
    expect(lake.attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('fix 3: "from ... the start of <Games> until ... the end of <Games>, to be held in <City>": the venue closes both', () => {
  it('A/RES/80/8 OP1: "... the start of the XXV Olympic Winter Games until the seventh day following the end of the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026"', () => {
    const text =
      'Urges Member States to observe the Olympic Truce individually and collectively, within the framework of the Charter of the United Nations, throughout the period from the seventh day before the start of the XXV Olympic Winter Games until the seventh day following the end of the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026, in particular, to ensure the safe passage of athletes;';
    const held = attributions(text, 'operative').filter((a) => a.startsWith('HELD_IN'));
    // (the opening Games keyed undated in this one paragraph; the text's PP11 dates them)
    expect(held.filter((a) => a.startsWith('HELD_IN Event:XXV Olympic Winter Games') && a.endsWith('-> Place:Milano-Cortina'))).toHaveLength(1);
    expect(held).toContain('HELD_IN Event:XIV Paralympic Winter Games @ 2026 -> Place:Milano-Cortina');
  });

  it('guard: a sitting before "and" (no period) keeps no venue of the next one\'s ("before the XXV Olympic Winter Games and the XIV Paralympic Winter Games, to be held in ...")', () => {
    const text =
      'Decides to consider the sub-item before the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los Angeles in 2028, and the XXV Olympic Winter Games;';
    const held = attributions(text, 'operative').filter((a) => a.startsWith('HELD_IN'));
    expect(held.filter((a) => a.includes('XXV Olympic Winter Games'))).toEqual([]);
  });
});
