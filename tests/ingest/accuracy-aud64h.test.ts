// Session-64 audit aud64h: residual faults of checked golds (aud63k 79/275, aud63e 79/327, aud63x 79/214, aud63c 78/67, aud53f
// 80/48). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title = ''): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/275', '2025-04-07', 'The role of diamonds in fuelling conflict'), kind: 'operative' });

describe('"as well as the special session, held on <day>" after a sitting of a named owner: that owner\'s special session', () => {
  const SPECIAL = 'Event:special session of the Kimberley Process';

  it('A/RES/79/275 OP6: "the 2024 plenary meeting of the Kimberley Process, ..., as well as the special session, held on 17 May 2024"', () => {
    const text =
      'Takes note of the administrative decisions of the 2024 plenary meeting of the Kimberley Process, held from 12 to 15 November 2024, as well as the special session, held on 17 May 2024, both hosted by the United Arab Emirates in Dubai;';
    const [special] = keys(text, SPECIAL);
    expect(special).toBeDefined();
    expect(relations(text)).toContain(`NOTES ${special}`);
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF ${special} -> Initiative:Kimberley Process`);
    expect(att).toContain(`STARTS_ON ${special} -> Date:2024-05-17`);
    // (the plenary meeting keeps its own days)
    expect(att.some((a) => a.startsWith('STARTS_ON Event:') && a.includes('plenary meeting of the Kimberley Process') && a.endsWith('Date:2024-11-12'))).toBe(true);
  });

  it('guard: "the special session, held on 17 May 2024" with no sitting named before it: no owner, no node', () => {
    const text = 'Takes note of the administrative decisions of the Kimberley Process, as well as the special session, held on 17 May 2024;';
    expect(keys(text, 'Event:special session')).toEqual([]);
  });
});

describe('a plural "Presidents of the General Assembly, the <body> and the <body>": one President per body listed', () => {
  const pp = oneParagraph({ ctx: ctxOf('A/RES/79/327', '2025-09-08', 'Revitalization of the work of the General Assembly'), kind: 'operative' });

  it('A/RES/79/327 OP3: "coordination between the Presidents of the General Assembly, the Economic and Social Council and the Security Council"', () => {
    const rels = pp.relations(
      'Reaffirms the need to reinforce synergy, coherence and complementarity between the agendas of the General Assembly and its Main Committees and the Economic and Social Council and its subsidiary bodies, welcomes regular interaction and enhanced coordination between the Presidents of the General Assembly, the Economic and Social Council and the Security Council, and encourages the continuation of this practice;',
    );
    expect(rels).toContain('WELCOMES Organization:President of the General Assembly');
    expect(rels).toContain('WELCOMES Organization:President of the Economic and Social Council');
    expect(rels).toContain('WELCOMES Organization:President of the Security Council');
    expect(rels).not.toContain('WELCOMES Organization:Security Council');
    // (the Council of the first clause is the organ, no President's)
    expect(rels).toContain('REAFFIRMS Organization:Economic and Social Council');
  });

  it('guard: the singular "the President of the General Assembly, the Secretary-General and the Economic and Social Council": the Council is the organ', () => {
    const rels = pp.relations('Invites the President of the General Assembly, the Secretary-General and the Economic and Social Council to continue their coordination;');
    expect(rels).toContain('INVITES Organization:Economic and Social Council');
    expect(rels).not.toContain('INVITES Organization:President of the Economic and Social Council');
  });

  it('guard: A/RES/79/247 OP8 "incoming Presidents of the General Assembly and Chairs of the Fifth Committee": the Chair read as before', () => {
    const text =
      'Recalls paragraph 14 of its resolution 78/244, and reiterates that incoming Presidents of the General Assembly and Chairs of the Fifth Committee shall reach out to and support the Chairs of the Main Committees to ensure that conclusions and recommendations are issued on time;';
    expect(pp.keys(text, 'Organization:')).toEqual(expect.arrayContaining(['Organization:President of the General Assembly', 'Organization:Chair of the Fifth Committee']));
    expect(pp.keys(text, 'Organization:President of the Fifth Committee')).toEqual([]);
  });
});

describe('"under the auspices of the General Assembly and the Economic and Social Council": neither organ takes the verb', () => {
  const pp = oneParagraph({ ctx: ctxOf('A/RES/79/214', '2024-12-19', 'Implementation of the outcome of the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) and strengthening of the United Nations Human Settlements Programme (UN-Habitat)'), kind: 'operative' });

  it('A/RES/79/214 OP21: "looks forward to the contributions of UN-Habitat to the high-level political forum ..., under the auspices of the General Assembly and the Economic and Social Council"', () => {
    const rels = pp.relations(
      'Encourages UN-Habitat to continue promoting the New Urban Agenda, and looks forward to the contributions of UN-Habitat to the high-level political forum on sustainable development, under the auspices of the General Assembly and the Economic and Social Council;',
    );
    expect(rels).not.toContain('LOOKS_FORWARD_TO Organization:Economic and Social Council');
    expect(rels).not.toContain('LOOKS_FORWARD_TO Organization:General Assembly');
    expect(rels.some((r) => r.startsWith('LOOKS_FORWARD_TO') && r.includes('high-level political forum on sustainable development'))).toBe(true);
  });

  it('guard: A/RES/79/327 OP3 "between the agendas of the General Assembly and its Main Committees and the Economic and Social Council": the Council keeps its verb', () => {
    const rels = pp.relations('Reaffirms the need to reinforce synergy between the agendas of the General Assembly and the Economic and Social Council;');
    expect(rels).toContain('REAFFIRMS Organization:Economic and Social Council');
  });
});

describe('"to adjourn its session and to resume the session ..., on <days>": the resumed days end the session, not start it', () => {
  const pp = oneParagraph({ ctx: ctxOf('A/RES/79/214', '2024-12-19', 'Implementation of the outcome of Habitat III'), kind: 'operative' });
  const OP3 =
    'Further welcomes decisions 2/1 and 2/2 of 8 June 2023 of the United Nations Habitat Assembly, to extend the strategic planning cycle of UN-Habitat for the period 2020–2023 until the year 2025, and to adjourn its second regular session and to resume the session for a duration of two days, on 29 and 30 May 2025, in order to achieve the alignment of the planning cycle;';

  it('A/RES/79/214 OP3: ENDS_ON 30 May 2025, no STARTS_ON of the session on 29 May', () => {
    const att = pp.attributions(OP3);
    expect(att).toContain('ENDS_ON Event:second session of the United Nations Habitat Assembly -> Date:2025-05-30');
    expect(att.filter((a) => a.startsWith('STARTS_ON Event:second session of the United Nations Habitat Assembly'))).toEqual([]);
  });

  it('guard: "its second session, held on 29 and 30 May 2025": a session dated so starts and ends on those days', () => {
    const att = pp.attributions('Welcomes the holding of the second session of the United Nations Habitat Assembly, held in Nairobi on 29 and 30 May 2025;');
    expect(att).toContain('STARTS_ON Event:second session of the United Nations Habitat Assembly -> Date:2025-05-29');
    expect(att).toContain('ENDS_ON Event:second session of the United Nations Habitat Assembly -> Date:2025-05-30');
  });
});
