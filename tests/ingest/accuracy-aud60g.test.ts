// Session-60 audit aud60g: faults found annotating A/RES/78/10 (the Olympic Truce) and A/RES/78/19 (prevention of an arms race in
// outer space). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/10', '2023-11-21'), kind: 'preambular' });

const TRUCE = 'Initiative:Olympic Truce';

describe('item 1: the Olympic Truce is an Initiative (no head word the capitals reader knew)', () => {
  it('A/RES/78/10 OP1: "Urges Member States to observe the Olympic Truce individually and collectively, ..."', () => {
    const r = relations(
      'Urges Member States to observe the Olympic Truce individually and collectively, within the framework of the Charter of the United Nations, throughout the period from the seventh day before the start of the Games of the XXXIII Olympiad until the seventh day following the end of the XVII Paralympic Games, to be held in Paris in 2024;',
      'operative',
    );
    expect(r).toContain(`URGES ${TRUCE}`);
    expect(r).toContain('URGES Framework:Charter of the United Nations');
  });

  it('A/RES/78/10 PP2: "revived the ancient Greek tradition of ekecheiria (“Olympic Truce”) calling for a truce during the Olympic Games"', () => {
    const r = relations(
      'Recalling also its resolution 48/11 of 25 October 1993, which, inter alia, revived the ancient Greek tradition of ekecheiria (“Olympic Truce”) calling for a truce during the Olympic Games to encourage a peaceful environment,',
    );
    expect(r).toContain(`RECALLS ${TRUCE}`);
    expect(r).toContain('RECALLS Event:Olympic Games');
  });

  it('guard: A/RES/78/10 OP3 "the International Olympic Truce Centre" stays the Centre, not the Truce', () => {
    const text =
      'Welcomes the work of the International Olympic Committee and the International Paralympic Committee, as well as the International Olympic Truce Centre, in mobilizing national and international sports federations;';
    const r = relations(text, 'operative');
    expect(r).toContain('WELCOMES Organization:International Olympic Truce Centre');
    expect(keys(text, TRUCE, 'operative')).toEqual([]);
  });
});

const RECOMMENDATIONS =
  'Framework:Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';

describe('item 2: the Disarmament Commission\'s 2023 recommendations printed unquoted in lower case are the text its quoted title names', () => {
  const ctx19 = ctxOf('A/RES/78/19', '2023-12-04');
  it('A/RES/78/19 PP18: "the consensual adoption in 2023 by the Disarmament Commission of the recommendations to promote ..."', () => {
    const text =
      'Welcoming the consensual adoption in 2023 by the Disarmament Commission of the recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space,';
    const r = relations(text, 'preambular', ctx19);
    expect(r).toContain(`WELCOMES ${RECOMMENDATIONS}`);
    expect(r).toContain('WELCOMES Organization:Disarmament Commission');
    const att = attributions(text, 'preambular', ctx19);
    expect(att).toContain(`ADOPTED Organization:Disarmament Commission -> ${RECOMMENDATIONS}`);
    expect(att).toContain(`ADOPTED_ON ${RECOMMENDATIONS} -> Date:2023`);
  });

  it('guard: A/RES/78/52 PP11, the quoted title in full, stays one text (the Group inside the title no target)', () => {
    const r = relations(
      'Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities”,',
      'preambular',
      ctxOf('A/RES/78/52', '2023-12-04'),
    );
    expect(r).toContain(`WELCOMES ${RECOMMENDATIONS}`);
    expect(r.filter((x) => x.includes('Organization:Group of Governmental Experts'))).toEqual([]);
  });
});

describe('item 3: a Games series named with its host city and year before it is that edition, read whole', () => {
  const PARIS = 'Event:Paris 2024 Olympic and Paralympic Games';
  it('A/RES/78/10 PP12: "the vision and sustained action of the Paris 2024 Olympic and Paralympic Games"', () => {
    const r = relations(
      'Noting also the vision and sustained action of the Paris 2024 Olympic and Paralympic Games and their legacy to leverage sport as a tool to promote education, health and social inclusion for all, thereby contributing to the achievement of the 2030 Agenda and its Sustainable Development Goals,',
    );
    expect(r).toContain(`NOTES ${PARIS}`);
    expect(r).not.toContain('NOTES Event:Olympic Games');
    expect(r).not.toContain('NOTES Event:Paralympic Games');
  });

  it('A/RES/78/10 PP22: "the Organizing Committees of the Paris 2024 Olympic and Paralympic Games and the Dakar 2026 Youth Olympic Games"', () => {
    const r = relations(
      'Welcoming the innovative cooperation between the Organizing Committees of the Paris 2024 Olympic and Paralympic Games and the Dakar 2026 Youth Olympic Games on the importance of sport for youth and development through the sharing of information and best practices,',
    );
    expect(r).toContain(`WELCOMES ${PARIS}`);
    expect(r).toContain('WELCOMES Event:Dakar 2026 Youth Olympic Games');
    expect(r).not.toContain('WELCOMES Event:Youth Olympic Games');
  });

  it('guard: A/RES/78/10 OP6 "sport and the Olympic and Paralympic Games" stays the two series', () => {
    const r = relations('Recognizes that sport and the Olympic and Paralympic Games can be used to promote human rights;', 'operative');
    expect(r).toContain('RECOGNIZES Event:Olympic Games');
    expect(r).toContain('RECOGNIZES Event:Paralympic Games');
  });

  it('guard: a month before the year is no host city ("in September 2024 Olympic Games" stays the series)', () => {
    const r = relations('Welcoming the meeting held in September 2024 Olympic Games athletes attended,');
    expect(r.filter((x) => x.includes('September'))).toEqual([]);
  });
});

describe('item 4: "the adoption by consensus (in <year>) by <body> of <text>": the body adopted it, in that year', () => {
  it('A/RES/79/19 PP18 (80/19): "the adoption by consensus in 2023 by the Disarmament Commission of the recommendations ..."', () => {
    const att = attributions(
      'Welcoming the adoption by consensus in 2023 by the Disarmament Commission of the recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space,',
      'preambular',
      ctxOf('A/RES/79/19', '2024-12-02'),
    );
    expect(att).toContain(`ADOPTED Organization:Disarmament Commission -> ${RECOMMENDATIONS}`);
    expect(att).toContain(`ADOPTED_ON ${RECOMMENDATIONS} -> Date:2023`);
  });

  it('guard: A/RES/78/19 PP18 "the consensual adoption in 2023 by the Disarmament Commission" keeps its adoption and year', () => {
    const att = attributions(
      'Welcoming the consensual adoption in 2023 by the Disarmament Commission of the recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space,',
      'preambular',
      ctxOf('A/RES/78/19', '2023-12-04'),
    );
    expect(att).toContain(`ADOPTED Organization:Disarmament Commission -> ${RECOMMENDATIONS}`);
    expect(att).toContain(`ADOPTED_ON ${RECOMMENDATIONS} -> Date:2023`);
  });
});
