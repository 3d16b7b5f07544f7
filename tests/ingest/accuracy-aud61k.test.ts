// Session-61 audit aud61k: residual faults the session-60 gold sets (aud60g A/RES/78/10, the Olympic Truce; aud60c A/RES/78/237,
// ICT security) left. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys } = oneParagraph({ ctx: ctxOf('A/RES/78/237', '2023-12-22'), kind: 'operative' });

describe('item 1: "exchanging views at the <group> on <topic>": the topic is what the views are on, not the group\'s name', () => {
  const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
  const PP15 =
    'Welcoming the commencement of the substantive work of the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025,';
  const OP6 =
    'Encourages Member States to continue exchanging views at the Open-ended Working Group on intergovernmental regular institutional dialogue on security in the use of information and communications technologies, with the objective of elaborating a common understanding on the most effective format for future regular institutional dialogue with the broad participation of States under United Nations auspices to be established upon conclusion of the work of the Open-ended Working Group;';

  it('A/RES/78/237 OP6: "to continue exchanging views at the Open-ended Working Group on intergovernmental regular institutional dialogue ..." is the group PP15 named', () => {
    const r = relationsById(gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('PP15', PP15), notedParagraph('OP6', OP6)]));
    expect(r.OP6).toContain(`ENCOURAGES ${OEWG}`);
    expect(r.OP6!.filter((x) => x.includes('institutional dialogue'))).toEqual([]);
    expect(keys(OP6, 'Organization:Open-ended Working Group on')).toEqual([]);
  });

  it('guard: a group printed in lower case after "discussions at the" is named by its topic', () => {
    expect(
      keys(
        'Welcomes the discussions at the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours, and encourages States to continue them;',
        'Organization:',
      ),
    ).toEqual(['Organization:open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours']);
  });

  it('guard: A/RES/78/237 OP1 "Supports the work of the Open-ended Working Group on security of and in the use ..." keeps its full name', () => {
    expect(
      keys(
        'Supports the work of the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025 in accordance with its mandate, as enshrined in General Assembly resolution 75/240;',
        'Organization:Open-ended',
      ),
    ).toEqual([OEWG]);
  });
});

describe('item 2: a quality before a Games series with no article ("sustainable Olympic and Paralympic Games") names Games of a kind, no series', () => {
  const olympic = oneParagraph({ ctx: ctxOf('A/RES/78/10', '2023-11-21'), kind: 'preambular' });

  it('A/RES/78/10 PP14: "Paris 2024 aims to ensure the delivery of sustainable Olympic and Paralympic Games"', () => {
    const r = olympic.relations(
      'Recognizing that Paris 2024 aims to ensure the delivery of sustainable Olympic and Paralympic Games, and aims to hold the Games as a catalyst for innovation and change towards a more sustainable world,',
    );
    expect(r).not.toContain('RECOGNIZES Event:Olympic Games');
    expect(r).not.toContain('RECOGNIZES Event:Paralympic Games');
    expect(r.filter((x) => x.includes('Games') && !x.includes('Paris 2024'))).toEqual([]);
  });

  it('guard: A/RES/79/8 "welcoming with appreciation all upcoming Olympic and Paralympic Games" names the series\' editions', () => {
    const r = olympic.relations(
      'Welcoming with appreciation all upcoming Olympic and Paralympic Games, in particular those to be held in Milano-Cortina, Italy, in 2026,',
      'preambular',
      ctxOf('A/RES/79/8', '2024-11-22'),
    );
    expect(r.some((x) => x.startsWith('WELCOMES Event:Olympic Games'))).toBe(true);
    expect(r.some((x) => x.startsWith('WELCOMES Event:Paralympic Games'))).toBe(true);
  });

  it('guard: A/RES/78/10 OP6 "the Olympic and Paralympic Games" with its article names both series', () => {
    const r = olympic.relations('Recognizes that sport and the Olympic and Paralympic Games can be used to promote peace;', 'operative');
    expect(r).toContain('RECOGNIZES Event:Olympic Games');
    expect(r).toContain('RECOGNIZES Event:Paralympic Games');
  });
});

describe('item 3: a Games series printed again with "the" after its numbered edition in the paragraph is that edition', () => {
  const olympic = oneParagraph({ ctx: ctxOf('A/RES/78/10', '2023-11-21'), kind: 'operative' });

  it('A/RES/78/10 OP1: "... taking part in the Games of the Olympiad and the Paralympic Games" after the XXXIII Olympiad and the XVII Paralympic Games', () => {
    const r = olympic.relations(
      'Urges Member States to observe the Olympic Truce individually and collectively, within the framework of the Charter of the United Nations, throughout the period from the seventh day before the start of the Games of the XXXIII Olympiad until the seventh day following the end of the XVII Paralympic Games, to be held in Paris in 2024, in particular, to ensure the safe passage, access and participation of athletes, officials and all other accredited persons taking part in the Games of the Olympiad and the Paralympic Games, and to contribute through other appropriate measures to the safe organization of the Games;',
    );
    expect(r.filter((x) => x.includes('Games'))).toEqual(['URGES Event:Games of the XXXIII Olympiad', 'URGES Event:XVII Paralympic Games @ 2024']);
  });

  it('A/RES/80/8 OP1: "... taking part in the Olympic Winter Games and the Paralympic Winter Games" after the XXV and XIV editions', () => {
    const r = olympic.relations(
      'Urges Member States to observe the Olympic Truce individually and collectively, within the framework of the Charter of the United Nations, throughout the period from the seventh day before the start of the XXV Olympic Winter Games until the seventh day following the end of the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026, in particular, to ensure the safe passage, access and participation of athletes, officials and all other accredited persons taking part in the Olympic Winter Games and the Paralympic Winter Games, and to contribute through other appropriate measures to the safe organization of the Games;',
      'operative',
      ctxOf('A/RES/80/8', '2025-11-19'),
    );
    expect(r.filter((x) => x.includes('Games'))).toEqual(['URGES Event:XXV Olympic Winter Games', 'URGES Event:XIV Paralympic Winter Games @ 2026']);
  });

  it('guard: A/RES/78/10 OP6 the series with no edition in the paragraph stays the series', () => {
    const r = olympic.relations('Recognizes that sport and the Olympic and Paralympic Games can be used to promote peace;');
    expect(r).toContain('RECOGNIZES Event:Paralympic Games');
  });
});

describe('item 5: "the directory" after the global intergovernmental points of contact directory was named is that directory', () => {
  const DIRECTORY = 'Initiative:Global Intergovernmental Points of Contact Directory';
  const OP4 =
    'Also welcomes the establishment of the global intergovernmental points of contact directory as the first universal confidence-building measure, and calls upon States to use this instrument in good faith, as well as to continue discussing at the Open-ended Working Group possible ways to continuously improve the directory in an incremental and step-by-step manner;';

  it('A/RES/78/237 OP4: "calls upon States ... to continuously improve the directory"', () => {
    const r = relationsById(gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('OP4', OP4)]));
    expect(r.OP4).toContain(`WELCOMES ${DIRECTORY}`);
    expect(r.OP4).toContain(`CALLS_UPON ${DIRECTORY}`);
  });

  it('guard: "the directory" with no directory named before is no name', () => {
    const r = relationsById(gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('OP4', 'Calls upon States to continuously improve the directory in an incremental and step-by-step manner;')]));
    expect(r.OP4!.filter((x) => x.includes('Directory'))).toEqual([]);
  });
});

describe('item 4: "the Organizing Committees of the <Games> and the <Games>": one Organizing Committee of each, which ORGANIZES its Games', () => {
  const PARIS_COMMITTEE = 'Organization:Organizing Committee of the Paris 2024 Olympic and Paralympic Games';
  const DAKAR_COMMITTEE = 'Organization:Organizing Committee of the Dakar 2026 Youth Olympic Games';
  const PARIS = 'Event:Paris 2024 Olympic and Paralympic Games';
  const DAKAR = 'Event:Summer Youth Olympic Games @ 2026';
  const PP22 =
    'Welcoming the innovative cooperation between the Organizing Committees of the Paris 2024 Olympic and Paralympic Games and the Dakar 2026 Youth Olympic Games on the importance of sport for youth and development through the sharing of information and best practices,';

  it('A/RES/78/10 PP22 (after PP12 and PP21 named both Games)', () => {
    const x = extractResolution(
      gaResolution('A/RES/78/10', '2023-11-21', [
        notedParagraph('PP12', 'Noting also the vision and sustained action of the Paris 2024 Olympic and Paralympic Games and their legacy,'),
        notedParagraph('PP21', 'Acknowledging also the importance of the Youth Olympic Games, and welcoming the Summer Youth Olympic Games, to be held in Dakar in 2026,'),
        notedParagraph('PP22', PP22),
      ]),
    ).paragraphs.find((p) => p.paragraph.id === 'PP22')!;
    const r = x.relations.map((q) => `${q.type} ${q.target}`);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(r).toEqual(expect.arrayContaining([`WELCOMES ${PARIS_COMMITTEE}`, `WELCOMES ${DAKAR_COMMITTEE}`, `WELCOMES ${PARIS}`, `WELCOMES ${DAKAR}`]));
    expect(att).toContain(`ORGANIZES ${PARIS_COMMITTEE} -> ${PARIS}`);
    expect(att).toContain(`ORGANIZES ${DAKAR_COMMITTEE} -> ${DAKAR}`);
    expect(att.filter((a) => a.startsWith('PART_OF Organization:Organizing'))).toEqual([]);
  });

  it('guard: "the Steering Committee of the International Conference on the Former Yugoslavia" stays PART_OF its conference', () => {
    const att = oneParagraph({ ctx: ctxOf('A/RES/78/10', '2023-11-21'), kind: 'preambular' }).attributions(
      'Welcoming the work of the Steering Committee of the International Conference on the Former Yugoslavia,',
    );
    expect(att.some((a) => a.startsWith('PART_OF Organization:Steering Committee'))).toBe(true);
    expect(att.filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});
