// Misses found by the session-15 audit aud15b: A/RES/79/11 (cooperation with GUAM), A/RES/79/186 (crime congresses),
// A/RES/79/20 (outer space), A/RES/78/293 (peacekeeping support account), and the same forms in other texts. Each case
// quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/186', date: '2024-12-17' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const CONGRESS14 = 'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice';
const CONGRESS15 = 'Event:Fifteenth United Nations Congress on Crime Prevention and Criminal Justice';

describe('"Follow-up to the <event>" in a quoted title names the event', () => {
  it('A/RES/80/225 PP5: "the standing item on its agenda entitled “Follow-up to the Fourteenth United Nations Congress ...”"', () => {
    const text =
      'Recalling its resolution 76/181 of 16 December 2021, in which it requested the Commission on Crime Prevention and Criminal Justice to review the implementation of the Kyoto Declaration under the standing item on its agenda entitled “Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice”,';
    const ctx = { ...GA, symbol: 'A/RES/80/225', date: '2025-12-15' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([CONGRESS14, CONGRESS15]);
    // (session 18: an entity inside an agenda item's quoted title keeps its mention but gets no verb edge; the resolution
    // and the Commission outside the quotes keep theirs)
    expect(relations(text, 'preambular', ctx)).not.toContain(`RECALLS ${CONGRESS14}`);
    expect(relations(text, 'preambular', ctx)).toContain('RECALLS Resolution:A/RES/76/181');
  });

  it('A/RES/78/206 PP12 (80/216 PP13): "entitled “Follow-up to the United Nations Conference on the Midterm Comprehensive Review ...”" is the 2023 Water Conference', () => {
    const text =
      'Recalling its resolution 71/222 of 21 December 2016, by which it proclaimed the period 2018–2028 the International Decade for Action, “Water for Sustainable Development”, and its resolution 77/334 of 1 September 2023, entitled “Follow-up to the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, ‘Water for Sustainable Development’, 2018–2028”, in which it decided to convene the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6 and, in 2028, the United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028,';
    const ctx = { ...GA, symbol: 'A/RES/78/206', date: '2023-12-22' };
    const e = keys(text, 'Event:', 'preambular', ctx);
    expect(e).toContain('Event:United Nations Water Conference @ 2023');
    expect(e.filter((k) => k.startsWith('Event:United Nations Conference on the Midterm'))).toEqual([]);
    expect(relations(text, 'preambular', ctx)).toContain('RECALLS Event:United Nations Water Conference @ 2023');
  });

  it('guard: "the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus" keeps its first word', () => {
    const text =
      'Recalling the Doha Declaration on Financing for Development adopted by the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus,';
    expect(keys(text, 'Event:')).toEqual(['Event:Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus @ 2008']);
  });
});

describe('a short "<Ordinal> Congress" printed before the edition named in full in the same paragraph', () => {
  it('A/RES/79/186 PP6 (and 78/223 PP7): "adopted by the Fourteenth Congress, and ... “Follow-up to the Fourteenth United Nations Congress ...”"', () => {
    const text =
      'Recalling its resolution 76/181 of 16 December 2021, in which it endorsed the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted by the Fourteenth Congress, and requested the Commission on Crime Prevention and Criminal Justice to review the implementation of the Kyoto Declaration under the standing item on its agenda entitled “Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice”,';
    const x = extract(text);
    const short = x.mentions.find((m) => m.phrase === 'Fourteenth Congress');
    expect(short?.key).toBe(CONGRESS14);
    expect(x.mentions.some((m) => m.key === 'Event:Fourteenth Congress')).toBe(false);
    expect(x.attributions.map((a) => `${a.type} ${a.source}`)).toContain(`ADOPTED ${CONGRESS14}`);
  });

  it('guard: another edition named in full after it is not what the short form stands for', () => {
    const text =
      'Recalling the Kyoto Declaration, adopted by the Fourteenth Congress, and looking forward to the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice,';
    // (a context of its own: the recognisers remember per context the editions named before)
    const e = keys(text, 'Event:', 'preambular', { ...GA });
    expect(e).toContain(CONGRESS15);
    expect(e).not.toContain(CONGRESS14);
  });
});

describe("a treaty's review conference named by its ordinal after another one named in full", () => {
  const BWC_PP4 =
    'Bearing in mind its call upon all States parties to the Convention to participate in the implementation of the recommendations of the review conferences of the parties to the Convention, including the exchange of information and data agreed to in the Final Declaration of the Third Review Conference of the Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, later amended by the Final Declaration of the Seventh Review Conference, and to provide such information and data in conformity with standardized procedures to the Secretary-General on an annual basis and no later than 15 April,';

  it('A/RES/79/78 PP4 (78/67, 80/71): "the Final Declaration of the Seventh Review Conference" is the Biological Weapons Convention\'s', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/78', date: '2024-12-02' };
    const x = extract(BWC_PP4, 'preambular', ctx);
    const seventh = x.mentions.find((m) => m.phrase === 'Seventh Review Conference');
    expect(seventh?.key).toBe('Event:Seventh Review Conference (Biological Weapons Convention)');
    expect(seventh?.name).toMatch(/^Seventh Review Conference of the Parties to the Convention on the Prohibition of the Development/);
    expect(x.mentions.some((m) => m.key === 'Event:Seventh Review Conference (A/RES/79/78)')).toBe(false);
  });

  it('guard: with no sitting named in full before it, the conference stays keyed with the resolution', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/78', date: '2024-12-02' };
    const text = 'Recalling the Final Declaration of the Seventh Review Conference,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Seventh Review Conference (A/RES/79/78)']);
  });
});

describe('the Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements (resolution 49/57)', () => {
  it('A/RES/79/11 PP3: one framework, not a framework cut at "between" and an organization', () => {
    const text =
      'Referring to Security Council resolution 1631 (2005) of 17 October 2005, in which the Council recalled its invitation to regional organizations to improve coordination with the United Nations and the Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements or Agencies in the Maintenance of International Peace and Security, adopted by the General Assembly on 9 December 1994,';
    const ctx = { ...GA, symbol: 'A/RES/79/11', date: '2024-11-18' };
    const x = extract(text, 'preambular', ctx);
    expect(x.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).toEqual([
      'Framework:Declaration on the Enhancement of Cooperation between the United Nations and Regional Arrangements or Agencies in the Maintenance of International Peace and Security',
    ]);
    expect(x.mentions.some((m) => m.key.startsWith('Organization:Regional Arrangements'))).toBe(false);
  });
});

const withNotes = extractWithNotes;

describe('"the reports of the Secretary-General on <subject> and on <subject>": the second report by its subject', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/293', date: '2024-06-28' });
  const PP2 =
    'Having considered the reports of the Secretary-General on the budget performance of the support account for peacekeeping operations for the period from 1 July 2022 to 30 June 2023 1 and on the budget for the support account for peacekeeping operations for the period from 1 July 2024 to 30 June 2025, 2 the report of the Independent Audit Advisory Committee on the proposed budget of the Office of Internal Oversight Services under the support account for peacekeeping operations for the period from 1 July 2024 to 30 June 2025 3 and the related report of the Advisory Committee on Administrative and Budgetary Questions,4';
  const NOTES: Note[] = [
    { after: '2023 1', mark: '1', text: 'A/78/638.' },
    { after: '2025, 2', mark: '2', text: 'A/78/746.' },
    { after: '2025 3', mark: '3', text: 'A/78/788.' },
    { after: 'Questions,4', mark: '4', text: 'A/78/820.' },
  ];

  it('A/RES/78/293 PP2 and OP1: the footnoted second report (A/78/746) carries the subject OP1 cites it by', () => {
    const c = ctx();
    const pp2 = withNotes('PP2', PP2, NOTES, c);
    const second = pp2.mentions.find((m) => m.key === 'Document:A/78/746' && m.attrs.title !== undefined);
    expect(second?.attrs.title).toBe('Report of the Secretary-General on the budget for the support account for peacekeeping operations for the period from 1 July 2024 to 30 June 2025');
    const op1 = withNotes(
      'OP1',
      'Takes note of the report of the Secretary-General on the budget for the support account for peacekeeping operations for the period from 1 July 2024 to 30 June 2025 and the report of the Independent Audit Advisory Committee on the proposed budget of the Office of Internal Oversight Services under the support account for peacekeeping operations for the period from 1 July 2024 to 30 June 2025;',
      [],
      c,
    );
    // (the subject PP2 footnoted A/78/746 for names that document again: keyed by its symbol since aud16b/aud16d, where graph/build.ts
    // joined the title-keyed mention to the symbol's node that carries the same title before; the graph is the same)
    const doc = op1.mentions.find((m) => m.kind === 'Document');
    expect(doc?.key).toBe('Document:A/78/746');
    expect(doc?.attrs.title).toBe(second?.attrs.title);
  });

  it('guard A/RES/78/234 OP21: a second subject that goes on after a comma is not cut into a report of its own', () => {
    const text =
      'Takes note of the reports of the Secretary-General on the programme of activities for the implementation of the International Decade for People of African Descent14 and on a global call for concrete action for the total elimination of racism, racial discrimination, xenophobia and related intolerance and the comprehensive implementation of and follow-up to the Durban Declaration and Programme of Action;15';
    const x = withNotes('OP21', text, [{ after: 'Descent14', mark: '14', text: 'A/78/317.' }, { after: 'Action;15', mark: '15', text: 'A/78/197.' }], { ...ctx(), symbol: 'A/RES/78/234' });
    expect(x.mentions.filter((m) => m.kind === 'Document' && !m.key.startsWith('Document:A/78/')).map((m) => m.key)).toEqual([]);
  });

  it('guard A/RES/78/119 PP2: a second subject that names a body keeps the body\'s mention', () => {
    const text =
      'Taking note of the reports of the Secretary-General on the strengthening of the coordination of emergency humanitarian assistance of the United Nations 1 and on the Central Emergency Response Fund,2';
    const x = withNotes('PP2', text, [{ after: 'Nations 1', mark: '1', text: 'A/78/84-E/2023/79.' }, { after: 'Fund,2', mark: '2', text: 'A/78/365.' }], { ...ctx(), symbol: 'A/RES/78/119' });
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Organization:Central Emergency Response Fund');
  });
});

describe('a footnote mark glued to the year that ends a report\'s subject', () => {
  it('A/RES/78/296 PP2: "... closed peacekeeping missions as at 30 June 20231" is A/78/689, its subject without the mark', () => {
    const text =
      'Having considered the report of the Secretary-General on the updated financial position of closed peacekeeping missions as at 30 June 20231 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 2';
    const x = withNotes('PP2', text, [{ after: '20231', mark: '1', text: 'A/78/689 and A/78/689/Corr.1.' }, { after: 'Questions, 2', mark: '2', text: 'A/78/791.' }], {
      body: 'General Assembly',
      symbol: 'A/RES/78/296',
      date: '2024-06-28',
    });
    const report = x.mentions.find((m) => m.key === 'Document:A/78/689' && m.attrs.subject !== undefined);
    expect(report?.attrs.subject).toBe('the updated financial position of closed peacekeeping missions as at 30 June 2023');
    expect(x.mentions.filter((m) => m.kind === 'Document' && !m.key.startsWith('Document:A/78/'))).toEqual([]);
  });

  it('guard: a subject that ends on a year with no mark keeps the year whole', () => {
    const x = withNotes('OP1', 'Takes note of the report of the Secretary-General on the financial position of closed peacekeeping missions as at 30 June 2023;', [], {
      body: 'General Assembly',
      symbol: 'A/RES/78/296',
      date: '2024-06-28',
    });
    expect(x.mentions.find((m) => m.kind === 'Document')?.name).toBe('Report of the Secretary-General on the financial position of closed peacekeeping missions as at 30 June 2023');
  });
});
