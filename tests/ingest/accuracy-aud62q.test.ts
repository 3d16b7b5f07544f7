// Session-62 audit aud62q: faults found annotating A/RES/79/18 (Weapons of mass destruction in outer space) and A/RES/78/33
// (Follow-up to the advisory opinion of the International Court of Justice on nuclear weapons). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/18', '2024-12-02'), kind: 'preambular' });

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
