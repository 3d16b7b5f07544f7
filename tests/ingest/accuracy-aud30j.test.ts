// Misses found by the session-30 audit aud30j (disarmament texts: A/RES/78/18, 79/37, 80/64, 78/34): a declaration cut at
// "as the", special sessions dated by a bare year. Each case quotes the file and paragraph; each fix has a guard case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/18', date: '2023-12-04' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"the Declaration of the 1980s as the Second Disarmament Decade" is one Framework', () => {
  const declaration = 'Framework:Declaration of the 1980s as the Second Disarmament Decade';

  it('A/RES/78/18 PP11 (79/17, 80/18): "paragraph 12 of the Declaration of the 1980s as the Second Disarmament Decade, contained in the annex to its resolution 35/46"', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Recalling also paragraph 12 of the Declaration of the 1980s as the Second Disarmament Decade, contained in the annex to its resolution 35/46 of 3 December 1980, in which it is stated, inter alia, that all efforts should be exerted by the Committee on Disarmament urgently to negotiate with a view to reaching agreement on effective international arrangements to assure non-nuclear-weapon States against the use or threat of use of nuclear weapons,';
    expect(keys(text, 'Framework:')).toEqual([declaration]);
    expect(keys(text, 'Event:')).toEqual([]);
    expect(relations(text)).toContain(`RECALLS ${declaration}`);
    expect(attributions(text)).not.toContain(`ADOPTED Resolution:A/RES/35/46 -> ${declaration}`);
  });

  it('guard: the Decade named alone stays the Event (near form, not printed so in corpus-ga)', () => {
    const text = 'Recalling the Second Disarmament Decade,';
    expect(keys(text, 'Event:')).toEqual(['Event:Second Disarmament Decade']);
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('a special session of the Assembly dated by a bare year', () => {
  const tenth = 'Event:tenth special session of the General Assembly';
  const twelfth = 'Event:twelfth special session of the General Assembly';

  it('A/RES/79/37 PP5 (78/34, 80/50): "at the first special session of the General Assembly devoted to disarmament, in 1978"', () => {
    const text =
      'Recalling also that at the first special session of the General Assembly devoted to disarmament, in 1978, the Assembly stressed that nuclear weapons posed the greatest danger to mankind and to the survival of civilization,';
    const ctx = { ...GA, symbol: 'A/RES/79/37', date: '2024-12-02' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([tenth]);
    expect(attributions(text, 'preambular', ctx)).toContain(`STARTS_ON ${tenth} -> Date:1978`);
  });

  it('guard: a year not set off after the topic does not date it ("devoted to disarmament, in its Final Document of 1978", near form)', () => {
    const text =
      'Recalling also that at the first special session of the General Assembly devoted to disarmament, in its Final Document of 1978, the Assembly stressed that nuclear weapons posed the greatest danger to mankind,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('A/RES/80/64 PP3 (78/60, 79/70; 79/69 PP1 without the comma): "its decision, taken in 1982 at its twelfth special session"', () => {
    const text =
      'Reaffirming its decision, taken in 1982 at its twelfth special session, to establish the United Nations Disarmament Information Programme, the purpose of which is to inform, educate and generate public understanding and support for the objectives of the United Nations in the field of arms control and disarmament,';
    const ctx = { ...GA, symbol: 'A/RES/80/64', date: '2025-12-01' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([twelfth]);
    expect(attributions(text, 'preambular', ctx)).toContain(`STARTS_ON ${twelfth} -> Date:1982`);
  });

  it('guard: "adopted in 1995 at the Fourth World Conference on Women" (A/RES/79/288 PP) and "held in 2025 at the fifty-eighth session" (80/190) are not read so', () => {
    const beijing = 'Reaffirming the Beijing Declaration and Platform for Action adopted in 1995 at the Fourth World Conference on Women,';
    expect(attributions(beijing).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
    const day = 'Recalling that the annual day on the rights of the child, held in 2025 at the fifty-eighth session of the Human Rights Council,';
    expect(attributions(day).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});
