// Misses found by the session-18 audit aud18m of three Sixth Committee texts: A/RES/80/168 (universal jurisdiction),
// A/RES/80/159 (responsibility of States), A/RES/80/169 (Conference of Plenipotentiaries on Protection of Persons in the
// Event of Disasters), and the same forms in other texts. Each case quotes the file named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/168', date: '2025-12-15' };

const { relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"for this purpose" / "on that basis" between a comma and a later verb opens its clause', () => {
  it('A/RES/80/168 OP2 (78/113 OP2): ", and for this purpose reiterates its decision to establish ... a working group of the Sixth Committee"', () => {
    const text =
      'Decides that the Sixth Committee shall continue its consideration of the scope and application of universal jurisdiction, without prejudice to the consideration of this topic and related issues in other forums of the United Nations, and for this purpose reiterates its decision to establish, at its eighty-first session, a working group of the Sixth Committee to continue to undertake a thorough discussion of the scope and application of universal jurisdiction;';
    const r = relations(text);
    expect(r).toContain('REITERATES Organization:Sixth Committee');
    expect(r).toContain('REITERATES Event:eighty-first session of the General Assembly');
    expect(r).not.toContain('DECIDES Event:eighty-first session of the General Assembly');
    expect(r).toContain('DECIDES Organization:Sixth Committee');
  });

  it('A/RES/79/226 OP127: "..., and on that basis invites the Economic and Social Council to exchange views"', () => {
    const text =
      'Requests the Secretary-General to submit to the Economic and Social Council a report in 2025, 2026 and 2027 on system-wide implementation of the provisions of the present resolution, and on that basis invites the Economic and Social Council to exchange views on lessons learned and challenges and to propose to the General Assembly overall recommendations;';
    const r = relations(text, 'operative', { ...GA, symbol: 'A/RES/79/226', date: '2024-12-19' });
    expect(r).toContain('INVITES Organization:Economic and Social Council');
    expect(r).toContain('INVITES Organization:General Assembly');
    expect(r).not.toContain('REQUESTS Organization:General Assembly');
  });

  it('guard: "for this purpose" before an infinitive stays in its clause (A/RES/79/127 style)', () => {
    const text =
      'Requests the Secretary-General to convene a meeting of experts, and for this purpose to share the information with the Sixth Committee;';
    const r = relations(text);
    expect(r).toContain('REQUESTS Organization:Sixth Committee');
    expect(r.filter((x) => !x.startsWith('REQUESTS'))).toEqual([]);
  });
});
