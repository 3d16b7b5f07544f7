// Misses found by the session-18 audit aud18m of three Sixth Committee texts: A/RES/80/168 (universal jurisdiction),
// A/RES/80/159 (responsibility of States), A/RES/80/169 (Conference of Plenipotentiaries on Protection of Persons in the
// Event of Disasters), and the same forms in other texts. Each case quotes the file named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/168', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

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

describe('"the articles" / "the draft articles" printed alone are the International Law Commission articles named before', () => {
  const PP1_159 =
    'Recalling its resolution 56/83 of 12 December 2001, the annex to which contains the text of the articles on responsibility of States for internationally wrongful acts, recalling also the report of the International Law Commission on the work of its fifty-third session,1 and recalling further its resolutions 59/35 of 2 December 2004 and 77/97 of 7 December 2022 commending the articles to the attention of Governments,';
  const STATE_RESPONSIBILITY = 'Framework:articles on responsibility of States for internationally wrongful acts';

  it('A/RES/80/159 PP7 and OP2 after PP1: "referring to the articles", "any future action regarding the articles"', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/159' };
    relations(PP1_159, 'preambular', ctx);
    const pp7 = 'Noting with appreciation the compilation of decisions of international courts, tribunals and other bodies referring to the articles, prepared by the Secretary-General,3';
    expect(relations(pp7, 'preambular', ctx)).toContain(`NOTES ${STATE_RESPONSIBILITY}`);
    const op2 = 'Requests the Secretary-General to invite Governments to submit further written comments on any future action regarding the articles;';
    expect(relations(op2, 'operative', ctx)).toContain(`REQUESTS ${STATE_RESPONSIBILITY}`);
  });

  it('A/RES/80/169 PP7 after PP1: "suggestions for improvements to the draft articles made by States"', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/169' };
    relations(
      'Having considered chapter IV of the report of the International Law Commission on the work of its sixty-eighth session,1 which contains the draft articles on protection of persons in the event of disasters,',
      'preambular',
      ctx,
    );
    const pp7 =
      'Recalling also the number of suggestions for improvements to the draft articles made by States, including during the deliberations in the working group on protection of persons in the event of disasters at the seventy-eighth and seventy-ninth sessions of the General Assembly,';
    expect(relations(pp7, 'preambular', ctx)).toContain('RECALLS Framework:draft articles on the protection of persons in the event of disasters');
  });

  it('A/RES/80/165 OP1: the articles the text is about (diplomatic protection), though others were named since (PP5)', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/165' };
    relations('Recalling its resolution 62/67 of 6 December 2007, the annex to which contains the text of the articles on diplomatic protection,', 'preambular', ctx);
    relations(
      'Noting also the views expressed that there was a close connection between the draft articles on diplomatic protection and the articles on responsibility of States for internationally wrongful acts,',
      'preambular',
      ctx,
    );
    const op = 'Invites Governments to submit any further comments concerning the recommendation by the International Law Commission to elaborate a convention on the basis of the articles;';
    const r = relations(op, 'operative', ctx);
    expect(r).toContain('INVITES Framework:articles on diplomatic protection');
    expect(r).not.toContain(`INVITES ${STATE_RESPONSIBILITY}`);
  });

  it('guard: no articles named before, or "the articles of" another instrument, is no framework', () => {
    const alone = 'Requests the Secretary-General to invite Governments to submit further written comments on any future action regarding the articles;';
    expect(keys(alone, 'Framework:', 'operative', { ...GA, symbol: 'A/RES/80/999' })).toEqual([]);
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/159' };
    relations(PP1_159, 'preambular', ctx);
    const of = 'Calls upon States to apply the articles of the Convention in good faith;';
    expect(keys(of, 'Framework:articles', 'operative', ctx)).toEqual([]);
  });
});
