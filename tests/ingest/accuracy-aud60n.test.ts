// Session-60 audit aud60n: residual faults the aud60g gold set (A/RES/78/10, the Olympic Truce; its sisters 79/8 and 80/8) left.
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/10', '2023-11-21'), kind: 'preambular' });

const OLYMPIAD33 = 'Event:Games of the XXXIII Olympiad @ 2024';
const PARALYMPICS17 = 'Event:XVII Paralympic Games @ 2024';

describe('item 1: the venue after a comma closing two "that the <Games> will be held <days>" clauses is both sittings\'', () => {
  it('A/RES/78/10 PP11: "the Games of the XXXIII Olympiad will be held from 26 July to 11 August 2024 and that the XVII Paralympic Games will be held from 28 August to 8 September 2024, in Paris"', () => {
    const att = attributions(
      'Noting that the Games of the XXXIII Olympiad will be held from 26 July to 11 August 2024 and that the XVII Paralympic Games will be held from 28 August to 8 September 2024, in Paris,',
    );
    expect(att).toContain(`HELD_IN ${OLYMPIAD33} -> Place:Paris`);
    expect(att).toContain(`HELD_IN ${PARALYMPICS17} -> Place:Paris`);
    // (each keeps its own days)
    expect(att).toContain(`STARTS_ON ${OLYMPIAD33} -> Date:2024-07-26`);
    expect(att).toContain(`ENDS_ON ${OLYMPIAD33} -> Date:2024-08-11`);
    expect(att).toContain(`STARTS_ON ${PARALYMPICS17} -> Date:2024-08-28`);
  });

  it('guard: the same clauses with no venue after them give no HELD_IN', () => {
    const att = attributions(
      'Noting that the Games of the XXXIII Olympiad will be held from 26 July to 11 August 2024 and that the XVII Paralympic Games will be held from 28 August to 8 September 2024,',
    );
    expect(att.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard: a first clause with a venue of its own keeps it alone', () => {
    const att = attributions(
      'Noting that the Games of the XXXIII Olympiad will be held in Lyon from 26 July to 11 August 2024 and that the XVII Paralympic Games will be held from 28 August to 8 September 2024, in Paris,',
    );
    expect(att).toContain(`HELD_IN ${PARALYMPICS17} -> Place:Paris`);
    expect(att).not.toContain(`HELD_IN ${OLYMPIAD33} -> Place:Paris`);
  });
});

describe('item 2: a numbered Olympiad named alone is its Games', () => {
  it('A/RES/78/10 PP31: "in the Olympic and Paralympic villages of the XXXIII Olympiad and the XVII Paralympic Games"', () => {
    const r = relations(
      'Noting with satisfaction that the United Nations flag will be flown at the Olympic stadium and in the Olympic and Paralympic villages of the XXXIII Olympiad and the XVII Paralympic Games,',
    );
    expect(r).toContain('NOTES Event:Games of the XXXIII Olympiad');
    expect(r).not.toContain('NOTES Event:XXXIII Olympiad');
    expect(r).toContain('NOTES Event:XVII Paralympic Games');
  });

  it('guard: A/RES/80/8 PP20 "the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los Angeles" keeps its name', () => {
    const r = relations(
      'Noting the successful conclusion of the Games of the XXXIII Olympiad and the XVII Paralympic Games, held in Paris from 26 July to 11 August 2024 and from 28 August to 8 September 2024, respectively, and welcoming the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los Angeles, United States of America, from 14 to 30 July and from 15 to 27 August 2028, respectively,',
      'preambular',
      ctxOf('A/RES/80/8', '2025-11-19'),
    );
    expect(r).toContain('WELCOMES Event:Games of the XXXIV Olympiad @ 2028');
    expect(r.filter((x) => x.includes('Games of the Games'))).toEqual([]);
  });
});

describe('item 3: "<City> <year>" printed alone, once the text named that Games edition in full, is the edition', () => {
  const PARIS = 'Event:Paris 2024 Olympic and Paralympic Games';
  const PP12 =
    'Noting also the vision and sustained action of the Paris 2024 Olympic and Paralympic Games and their legacy to leverage sport as a tool to promote education, health and social inclusion for all, thereby contributing to the achievement of the 2030 Agenda and its Sustainable Development Goals,';
  const PP14 =
    'Recognizing that Paris 2024 aims to ensure the delivery of sustainable Olympic and Paralympic Games, and aims to hold the Games as a catalyst for innovation and change towards a more sustainable world,';
  const PP15 =
    'Welcoming the contribution of Paris 2024 to promoting physical activity for better health, in all areas of society, in particular for youth, with flagship initiatives such as 30-minute daily physical activity programmes,';

  it('A/RES/78/10 PP14, PP15: "Recognizing that Paris 2024 aims to ...", "Welcoming the contribution of Paris 2024 to ..." after PP12 named the Games', () => {
    const r = relationsById(gaResolution('A/RES/78/10', '2023-11-21', [notedParagraph('PP12', PP12), notedParagraph('PP14', PP14), notedParagraph('PP15', PP15)]));
    expect(r.PP14).toContain(`RECOGNIZES ${PARIS}`);
    expect(r.PP15).toEqual([`WELCOMES ${PARIS}`]);
  });

  it('A/RES/80/8 PP23: "Welcoming the proactive efforts of Milano-Cortina 2026 in conjunction with ..." after PP16 named the Games', () => {
    const r = relationsById(
      gaResolution('A/RES/80/8', '2025-11-19', [
        notedParagraph('PP16', 'Noting with appreciation the commitment of the Milano-Cortina 2026 Olympic and Paralympic Winter Games to advancing all three dimensions of sustainable development and leaving a long-term legacy,'),
        notedParagraph('PP23', 'Welcoming the proactive efforts of Milano-Cortina 2026 in conjunction with all Organizing Committees of upcoming Olympic Games, to implement new standards for delivering more sustainable Games in accordance with the International Olympic Committee reforms,'),
      ]),
    );
    expect(r.PP23).toContain('WELCOMES Event:Milano-Cortina 2026 Olympic and Paralympic Winter Games');
  });

  it('guard: "Paris 2024" with no edition named before stays the city, no Event', () => {
    const r = relationsById(gaResolution('A/RES/78/10', '2023-11-21', [notedParagraph('PP15', PP15)]));
    expect(r.PP15!.filter((x) => x.includes('Event:'))).toEqual([]);
  });

  it('guard: the edition in full after it was named keeps its own name and span', () => {
    const r = relationsById(gaResolution('A/RES/78/10', '2023-11-21', [notedParagraph('PP12', PP12), notedParagraph('PP13', 'Acknowledging that the Paris 2024 Olympic and Paralympic Games will be a unifying event,')]));
    expect(r.PP13).toEqual([`ACKNOWLEDGES ${PARIS}`]);
  });
});

describe('item 4: a Games edition named by city and year is the series edition the text dated there that year', () => {
  const PP21 =
    'Acknowledging also the importance of the Youth Olympic Games in inspiring youth through integrated sports and cultural and educational experiences, noting in this regard the successful conclusion of the third Youth Olympic Winter Games, held in Lausanne, Switzerland, from 9 to 22 January 2020, and welcoming the fourth Winter Youth Olympic Games, to be held in Gangwon, Republic of Korea, in 2024 and the Summer Youth Olympic Games, to be held in Dakar in 2026,';
  const PP22 =
    'Welcoming the innovative cooperation between the Organizing Committees of the Paris 2024 Olympic and Paralympic Games and the Dakar 2026 Youth Olympic Games on the importance of sport for youth and development through the sharing of information and best practices,';

  it('A/RES/78/10 PP22 "the Dakar 2026 Youth Olympic Games" after PP21 "the Summer Youth Olympic Games, to be held in Dakar in 2026": one edition', () => {
    const r = relationsById(gaResolution('A/RES/78/10', '2023-11-21', [notedParagraph('PP21', PP21), notedParagraph('PP22', PP22)]));
    expect(r.PP21).toContain('WELCOMES Event:Summer Youth Olympic Games @ 2026');
    expect(r.PP22).toContain('WELCOMES Event:Summer Youth Olympic Games @ 2026');
    expect(r.PP22).not.toContain('WELCOMES Event:Dakar 2026 Youth Olympic Games');
    expect(r.PP22).toContain('WELCOMES Event:Paris 2024 Olympic and Paralympic Games');
  });

  it('guard: with no edition dated there before, the city-named edition keeps its name', () => {
    const r = relationsById(gaResolution('A/RES/78/10', '2023-11-21', [notedParagraph('PP22', PP22)]));
    expect(r.PP22).toContain('WELCOMES Event:Dakar 2026 Youth Olympic Games');
  });
});
