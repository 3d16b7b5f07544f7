// Session-62 audit aud62q: faults found annotating A/RES/79/18 (Weapons of mass destruction in outer space) and A/RES/78/33
// (Follow-up to the advisory opinion of the International Court of Justice on nuclear weapons). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/18', '2024-12-02'), kind: 'preambular' });

describe('item 1: the Space2030 Agenda quoted inside a quoted title ("The ‘Space 2030’ Agenda: ...") is the Agenda', () => {
  const PP5 =
    'Convinced that space science and technology and their applications, including satellite communications, Earth observation systems and satellite navigation technologies, provide indispensable tools for viable long-term solutions for sustainable development and can contribute effectively to efforts to promote the development of all countries and regions of the world, and in this regard recalling that the safe and sustainable use of space plays a critical role in the achievement of General Assembly resolution 76/3 of 25 October 2021, entitled “The ‘Space 2030’ Agenda: space as a driver of sustainable development”,';

  it('A/RES/79/18 PP5: "resolution 76/3 of 25 October 2021, entitled “The ‘Space 2030’ Agenda: space as a driver of sustainable development”"', () => {
    const rel = relations(PP5);
    expect(rel).toContain('RECALLS Framework:Space2030 Agenda');
    expect(rel).toContain('RECALLS Resolution:A/RES/76/3');
  });

  it('guard: A/RES/78/72 form "the “Space2030” Agenda: space as a driver of sustainable development" still reads the Agenda', () => {
    const rel = relations('Recalling the “Space2030” Agenda: space as a driver of sustainable development and its implementation plan,');
    expect(rel).toContain('RECALLS Framework:Space2030 Agenda');
  });
});

describe('item 2: "the adoption of the report of the <body><mark> on <day>": the report is ADOPTED_ON that day', () => {
  // (keyed here with the resolution that established it; the graph merges the key into the Group's)
  const GGE = 'Organization:Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space (A/RES/77/250)';
  const PP16 =
    'Welcoming the discussions of the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space established pursuant to resolution 77/250 and of the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours established pursuant to resolution 76/231 of 24 December 2021, and taking note of the adoption of the report of the Group of Governmental Experts6 on 16 August 2024,';
  const attributionsOf = (text: string): string[] =>
    extractResolution(gaResolution('A/RES/79/18', '2024-12-02', [notedParagraph('PP16', text, [['6', 'A/79/364.', 'Experts6']])]))
      .paragraphs.find((p) => p.paragraph.id === 'PP16')!
      .attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/79/18 PP16: "taking note of the adoption of the report of the Group of Governmental Experts6 on 16 August 2024" ("6 A/79/364.")', () => {
    const att = attributionsOf(PP16);
    expect(att).toContain(`ADOPTED ${GGE} -> Document:A/79/364`);
    expect(att).toContain('ADOPTED_ON Document:A/79/364 -> Date:2024-08-16');
  });

  it('guard: a day after other words than " on " is not the adoption\'s ("..., and welcoming the meeting held on 16 August 2024")', () => {
    const text = PP16.replace('Experts6 on 16 August 2024,', 'Experts6, and welcoming the meeting held on 16 August 2024,');
    const att = attributionsOf(text);
    expect(att).toContain(`ADOPTED ${GGE} -> Document:A/79/364`);
    expect(att.filter((a) => a.startsWith('ADOPTED_ON Document:A/79/364'))).toEqual([]);
  });
});

describe('item 4: "the adoption of the report of the <session of a body><mark> on <day>": the session ADOPTED its report, on that day', () => {
  const SESSION = 'Event:2023 session of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems';
  const PP7 =
    'Noting with satisfaction also that the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention met in Geneva from 6 to 10 March 2023 and from 15 to 19 May 2023, and noting with satisfaction further the adoption of the report of the 2023 session of the Group of Governmental Experts 11 on 19 May 2023,';
  const attributionsOf = (text: string): string[] =>
    extractResolution(gaResolution('A/RES/78/64', '2023-12-04', [notedParagraph('PP7', text, [['11', 'CCW/GGE.1/2023/2.', 'Experts 11']])]))
      .paragraphs.find((p) => p.paragraph.id === 'PP7')!
      .attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/78/64 PP7: "the adoption of the report of the 2023 session of the Group of Governmental Experts 11 on 19 May 2023" ("11 CCW/GGE.1/2023/2.")', () => {
    const att = attributionsOf(PP7);
    expect(att).toContain(`ADOPTED ${SESSION} -> Document:CCW/GGE.1/2023/2`);
    expect(att).toContain('ADOPTED_ON Document:CCW/GGE.1/2023/2 -> Date:2023-05-19');
  });

  it('guard: "the consideration of the report of the 2023 session ..." states no adoption', () => {
    const att = attributionsOf(PP7.replace('the adoption of the report', 'the consideration of the report'));
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('item 3: "the 2008 five-point proposal for nuclear disarmament of the Secretary-General" is his Initiative', () => {
  const PP9 =
    'Recalling the 2008 five-point proposal for nuclear disarmament of the Secretary-General, in which he proposed, inter alia, the consideration of negotiations on a nuclear weapons convention or agreement on a framework of separate mutually reinforcing instruments, backed by a strong system of verification,';
  const ctx = ctxOf('A/RES/78/33', '2023-12-04');

  it('A/RES/78/33 PP9: RECALLS the proposal and the Secretary-General, who LEADS it', () => {
    const rel = relations(PP9, 'preambular', ctx);
    expect(rel).toContain('RECALLS Initiative:Five-Point Proposal for Nuclear Disarmament');
    expect(rel).toContain('RECALLS Organization:Secretary-General of the United Nations');
    expect(attributions(PP9, 'preambular', ctx)).toContain('LEADS Organization:Secretary-General of the United Nations -> Initiative:Five-Point Proposal for Nuclear Disarmament');
  });

  it('guard: the ASEAN "five-point consensus" stays the Five-Point Consensus', () => {
    const rel = relations('Recalling the five-point consensus reached at the Leaders’ Meeting of the Association of Southeast Asian Nations,', 'preambular', ctx);
    expect(rel).toContain('RECALLS Framework:Five-Point Consensus');
    expect(rel.filter((r) => r.includes('Five-Point Proposal'))).toEqual([]);
  });
});
