// Session-54 entity and verb-target residuals aud54e (session 53's residual list and the first readings of session 53). Each
// case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { gaResolution, markedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { extractResolution } from '../../ingest/extract.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/148', date: '2023-12-19' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('an outcome text named by its venue and a lowercase kind, in apposition after "its outcome document": a Framework, no Place', () => {
  const PP15_78_148 =
    'Noting in this regard the Ministerial Transport Conference of Landlocked Developing Countries, held in Turkmenbashi, Turkmenistan, on 15 and 16 August 2022, and its outcome document, the Awaza summary statement,';

  it('A/RES/78/148 PP15: "and its outcome document, the Awaza summary statement"', () => {
    expect(relations(PP15_78_148)).toContain('NOTES Framework:Awaza summary statement');
    expect(keys(PP15_78_148, 'Place:')).not.toContain('Place:Awaza');
    // the conference's venue stays a place
    expect(attributions(PP15_78_148)).toContain('HELD_IN Event:Ministerial Transport Conference of Landlocked Developing Countries @ 2022 -> Place:Turkmenbashi');
  });

  it('guard, A/RES/78/148 PP15 rewritten: the venue printed alone ("held in Awaza") stays a Place', () => {
    const text = 'Noting in this regard the Ministerial Transport Conference of Landlocked Developing Countries, held in Awaza, Turkmenistan, on 15 and 16 August 2022,';
    expect(keys(text, 'Place:')).toContain('Place:Awaza');
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('guard, A/RES/80/137 (the Sevilla form): "reaffirming its outcome document, the Sevilla Commitment" keeps the gazetteer name', () => {
    const text =
      'Recalling the Fourth International Conference on Financing for Development, held from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment,';
    const found = keys(text, 'Framework:');
    expect(found.some((k) => k.startsWith('Framework:Sevilla Commitment') || k === 'Framework:Compromiso de Sevilla')).toBe(true);
    expect(found.some((k) => /Sevilla (?:summary )?statement/.test(k))).toBe(false);
  });
});

describe('a name going on after the acronym of its last words: "... Commonwealth of Independent States (CIS) Countries" is one name', () => {
  const OP38_79_227 =
    'Acknowledges the importance of implementing safe, nutritious and sufficient school feeding programmes as an effective and affordable platform for the inclusion, development and re-engagement of children and youth in schools, and takes note of the convening of the first global summit of the School Meals Coalition in Paris on 18 and 19 October 2023, as well as other efforts and country-led initiatives such as the first Forum on School Feeding for Commonwealth of Independent States (CIS) Countries in Bishkek on 23 November 2023, organized in cooperation with the United Nations World Food Programme;';
  const FORUM = 'Event:First Forum on School Feeding for Commonwealth of Independent States (CIS) Countries';

  it('A/RES/79/227 OP38: the forum keyed whole, the Commonwealth no target of its own', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/227', date: '2024-12-19' };
    const rel = relations(OP38_79_227, 'operative', ctx);
    expect(rel).toContain(`NOTES ${FORUM}`);
    expect(rel).not.toContain('NOTES Organization:Commonwealth of Independent States');
    expect(attributions(OP38_79_227, 'operative', ctx)).toContain(`HELD_IN ${FORUM} -> Place:Bishkek`);
  });

  it('guard, A/RES/79/227 OP38 rewritten: an acronym that is not the initials of the name\'s last words ends the name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/227', date: '2024-12-19' };
    const text = OP38_79_227.replace('(CIS) Countries', '(WFP) Countries');
    const events = keys(text, 'Event:', 'operative', ctx);
    expect(events.some((k) => k.includes('(WFP)'))).toBe(false);
    expect(events).toContain('Event:First Forum on School Feeding for Commonwealth of Independent States');
  });
});

describe('an ordinal before the FAO Conference names its numbered session (one sitting with "the forty-fourth session of the Conference of the FAO")', () => {
  const FAO_CONFERENCE_44 = 'Event:forty-fourth session of the Conference of the Food and Agriculture Organization of the United Nations';

  it('A/RES/80/133 PP10: "Welcoming the convening of the forty-fourth Conference of the Food and Agriculture Organization of the United Nations"', () => {
    const text =
      'Welcoming the convening of the forty-fourth Conference of the Food and Agriculture Organization of the United Nations, taking note of its outcomes, including its endorsement of the theme “Fostering innovation for food security” for the biennium 2026–2027, and recognizing its relevance for advancing inclusive, resilient and sustainable agrifood systems,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/133', date: '2025-12-15' };
    expect(relations(text, 'preambular', ctx)).toContain(`WELCOMES ${FAO_CONFERENCE_44}`);
    expect(keys(text, 'Event:', 'preambular', ctx)).not.toContain('Event:Forty-fourth Conference of the Food and Agriculture Organization of the United Nations');
  });

  it('A/RES/80/174 PP4: "the forty-fourth session of the Conference of the Food and Agriculture Organization" is the same key', () => {
    const text =
      'Noting the outcome of the forty-fourth session of the Conference of the Food and Agriculture Organization of the United Nations,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/174', date: '2025-12-15' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toContain(FAO_CONFERENCE_44);
  });

  it('guard, the name of A/RES/78/315 OP1 ("the third United Nations Conference on Landlocked Developing Countries"): an ordinal before a conference series names its edition, no session', () => {
    const text = 'Recalling the third United Nations Conference on Landlocked Developing Countries,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/315', date: '2024-06-24' };
    const events = keys(text, 'Event:', 'preambular', ctx);
    expect(events).toContain('Event:Third United Nations Conference on Landlocked Developing Countries');
    expect(events.some((k) => k.includes(' session of '))).toBe(false);
  });
});

describe('a segment printed with the acronym of the event it is part of: the event is a target of the clause too', () => {
  const UNISPACE_50 = 'Event:fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space';
  const SEGMENT = `Event:high-level segment of the ${UNISPACE_50.slice('Event:'.length)}`;
  const PP2_73_6 =
    'Recognizing that the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE+50) offers a unique opportunity for Member States to reflect on more than 50 years of achievement in space exploration and use,';

  it('A/RES/73/6 OP1: "the preparatory process and the high-level segment of UNISPACE+50" notes the segment and UNISPACE+50', () => {
    const op1 =
      'Notes with appreciation that the preparatory process and the high-level segment of UNISPACE+50 resulted in documents aimed at articulating a comprehensive, inclusive and strategically oriented vision on strengthening international cooperation in the exploration and peaceful uses of outer space;';
    const byId = relationsById(gaResolution('A/RES/73/6', '2018-10-26', [markedParagraph('PP2', PP2_73_6), markedParagraph('OP1', op1)]));
    expect(byId.OP1).toEqual(expect.arrayContaining([`NOTES ${SEGMENT}`, `NOTES ${UNISPACE_50}`]));
  });

  it('guard, A/RES/73/6 OP2: "on the basis of the results of the UNISPACE+50 process": the acronym alone, one target', () => {
    const op2 = 'Invites the Committee on the Peaceful Uses of Outer Space to continue to develop, on the basis of the results of the UNISPACE+50 process, a “Space2030” agenda and implementation plan;';
    const byId = relationsById(gaResolution('A/RES/73/6', '2018-10-26', [markedParagraph('PP2', PP2_73_6), markedParagraph('OP2', op2)]));
    expect(byId.OP2!.filter((r) => r.includes('fiftieth anniversary'))).toEqual([`INVITES ${UNISPACE_50}`]);
  });
});

describe('ENDORSES from a body named as the endorser of a declaration', () => {
  const AOSIS = 'Organization:Alliance of Small Island States';
  const PP11_78_319 =
    'Recalling the endorsement of the Pacific Islands Forum leaders on 6 August 2021 at the fifty-first Pacific Islands Forum of a declaration on preserving maritime zones in the face of climate change-related sea level rise, and of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the Leaders’ Declaration addressing, inter alia, the relationship between climate change-related sea level rise and Forum and Alliance members’ maritime zones in response to long-standing concerns in the face of climate change-related sea level rise,';
  const ctx78_319: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/319', date: '2024-08-06' };

  it('A/RES/78/319 PP11: "and of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the Leaders’ Declaration"', () => {
    const att = attributions(PP11_78_319, 'preambular', ctx78_319);
    expect(att).toContain(`ENDORSES ${AOSIS} -> Framework:Leaders' Declaration`);
    // the Forum endorsed "a declaration on ...", lowercase: no framework, no ENDORSES from it
    expect(att.filter((a) => a.startsWith('ENDORSES Organization:Pacific Islands Forum'))).toEqual([]);
  });

  it('guard, A/RES/78/319 PP11 rewritten: the body and the declaration in another relation ("the statement of ... on ... of the") give no ENDORSES', () => {
    const text = PP11_78_319.replace('Recalling the endorsement of', 'Recalling the statement of');
    expect(attributions(text, 'preambular', ctx78_319).filter((a) => a.startsWith('ENDORSES'))).toEqual([]);
  });

  const OP13_79_331 =
    'Recalls that the International Organization of la Francophonie was among the first international organizations to endorse the Declaration of Shared Commitments on United Nations Peacekeeping Operations and has volunteered to promote capacity-building of French-speaking personnel and the development of French-language skills;';
  const ctx79_331: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-08-20' };

  it('A/RES/79/331 OP13: "the International Organization of la Francophonie was among the first international organizations to endorse the Declaration of Shared Commitments"', () => {
    expect(attributions(OP13_79_331, 'operative', ctx79_331)).toContain(
      'ENDORSES Organization:International Organization of la Francophonie -> Framework:Declaration of Shared Commitments on United Nations Peacekeeping Operations',
    );
  });

  it('guard, A/RES/79/1 (the Pact): "Invites ... international and regional organizations ... to endorse the Compact": an invitation, no ENDORSES', () => {
    const text =
      'Invites the World Bank, international and regional organizations, the private sector, academia, the technical community and civil society groups to endorse the Global Digital Compact and take active part in its implementation;';
    expect(attributions(text, 'operative', ctx79_331).filter((a) => a.startsWith('ENDORSES'))).toEqual([]);
  });
});

describe('a joint body\'s sitting: the joint body and its owners printed in the sitting\'s name take the clause\'s verb', () => {
  const JWG = 'Organization:Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters';
  const ctx79_144: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/144', date: '2024-12-10' };
  const OP108_79_144 =
    'Also emphasizes that safety and security measures should be implemented in support of and with minimal negative effects on seafarers and fishers, welcomes the ongoing cooperation of the Food and Agriculture Organization of the United Nations, the International Maritime Organization and the International Labour Organization in relation to the safety of fishers and fishing vessels, underlines the urgent need for continued work in those areas, and notes the holding of the fifth meeting of the Food and Agriculture Organization of the United Nations, International Maritime Organization and International Labour Organization Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters, from 8 to 12 January 2024;';

  it('A/RES/79/144 OP108: "notes the holding of the fifth meeting of the [FAO], [IMO] and [ILO] Joint Ad Hoc Working Group on ...": NOTES the group and its owners too', () => {
    const rel = relations(OP108_79_144, 'operative', ctx79_144);
    expect(rel).toEqual(
      expect.arrayContaining([
        `NOTES ${JWG}`,
        'NOTES Organization:Food and Agriculture Organization of the United Nations',
        'NOTES Organization:International Maritime Organization',
        'NOTES Organization:International Labour Organization',
        // the owners named in the earlier clause keep its verb
        'WELCOMES Organization:International Maritime Organization',
      ]),
    );
  });

  it('guard, A/RES/79/144 OP109: a joint body named without a sitting ("including the Joint ... Tripartite Working Group") is unchanged: no verb moves to another clause', () => {
    const text =
      'Reiterates the importance of the fair treatment of crew members and its influence on maritime safety, welcomes the work of the International Labour Organization and the International Maritime Organization on the fair treatment of seafarers, including the Joint International Labour Organization and International Maritime Organization Tripartite Working Group to Identify and Address Seafarers’ Issues and the Human Element;';
    const rel = relations(text, 'operative', ctx79_144);
    expect(rel.filter((r) => r.includes('International Maritime Organization') && !r.startsWith('WELCOMES'))).toEqual([]);
  });
});

/** OP17 of A/RES/78/108 as the pipeline reads it in its resolution (the title says which session "the next session" is) */
function op17Attributions(op17: string): string[] {
  const r = gaResolution('A/RES/78/108', '2023-12-07', [markedParagraph('OP17', op17)], 'Report of the International Law Commission on the work of its seventy-fourth session');
  return extractResolution(r).paragraphs.find((p) => p.paragraph.id === 'OP17')!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
}

describe('a session printed in two parts, a relative clause on the first part between them: the session ends with the second part', () => {
  const ILC_75 = 'Event:seventy-fifth session of the International Law Commission';
  const OP17_78_108 =
    'Takes note of paragraph 291 of the report of the International Law Commission, and decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 15 April to 31 May 2024, which will coincide with the commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024;';

  it('A/RES/78/108 OP17: "from 15 April to 31 May 2024, which will coincide with the commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024"', () => {
    const att = op17Attributions(OP17_78_108);
    expect(att).toContain(`STARTS_ON ${ILC_75} -> Date:2024-04-15`);
    expect(att).toContain(`ENDS_ON ${ILC_75} -> Date:2024-08-02`);
    expect(att).not.toContain(`ENDS_ON ${ILC_75} -> Date:2024-05-31`);
  });

  it('guard, A/RES/78/108 OP17 rewritten: a relative clause and a second range in another year are another sitting\'s', () => {
    const att = op17Attributions(OP17_78_108.replace('2 August 2024', '2 August 2025'));
    expect(att).toContain(`ENDS_ON ${ILC_75} -> Date:2024-05-31`);
  });
});

describe('the International Conferences on Nuclear Security: one node per sitting, keyed by the subtitle every print carries', () => {
  const ICONS_2020 = 'Event:International Conference on Nuclear Security: Sustaining and Strengthening Efforts @ 2020';

  it('A/RES/79/55 PP15: "the International Conference on Nuclear Security: Sustaining and Strengthening Efforts, held in Vienna from 10 to 14 February 2020" (no ordinal printed)', () => {
    const text =
      'welcoming the adoption of the Ministerial Declaration at the International Conference on Nuclear Security: Sustaining and Strengthening Efforts, held in Vienna from 10 to 14 February 2020, and recalling the convening of the International Conference on Nuclear Security: Shaping the Future, held in Vienna from 20 to 24 May 2024,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/55', date: '2024-12-02' };
    const events = keys(text, 'Event:', 'preambular', ctx);
    expect(events).toContain(ICONS_2020);
    expect(events).toContain('Event:International Conference on Nuclear Security: Shaping the Future @ 2024');
    expect(events.some((k) => k.startsWith('Event:Third '))).toBe(false);
  });

  it('A/RES/78/43 PP13: "the third International Conference on Nuclear Security: Sustaining and Strengthening Efforts, in Vienna in February 2020" is the same node', () => {
    const text =
      'Taking note of the holding by the International Atomic Energy Agency of the third International Conference on Nuclear Security: Sustaining and Strengthening Efforts, in Vienna in February 2020, and the first International Conference on Nuclear Security: Enhancing Global Efforts, in Vienna in July 2013,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/43', date: '2023-12-04' };
    const events = keys(text, 'Event:', 'preambular', ctx);
    expect(events).toEqual(expect.arrayContaining([ICONS_2020, 'Event:International Conference on Nuclear Security: Enhancing Global Efforts @ 2013']));
  });

  it('guard: another International Conference on Nuclear Security, with no subtitle and another year, stays a sitting of its own', () => {
    const text = 'Welcoming the International Conference on Nuclear Security, held in Vienna in 2026,';
    expect(keys(text, 'Event:')).toEqual(['Event:International Conference on Nuclear Security @ 2026']);
  });
});
