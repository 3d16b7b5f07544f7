// Misses found by the session-13 audit aud13a: a hand audit of A/RES/78/251, 78/285, 79/45, 78/261, 80/231, 79/71,
// 78/197 and 79/92. Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

function extract(text: string, ctx: RecognizeContext, id = 'PP1') {
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const events = (text: string, ctx: RecognizeContext, id?: string): string[] => extract(text, ctx, id).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
const attributions = (text: string, ctx: RecognizeContext, id?: string): string[] => extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const relations = (text: string, ctx: RecognizeContext, id?: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);

describe('a session numbered by its year ("its 2024 session", "the 2023 session of the Economic and Social Council")', () => {
  const A79_71 = GA('A/RES/79/71', '2024-12-02');
  it('A/RES/79/71 PP6: "the Conference on Disarmament at its 2024 session" is the Conference\'s 2024 session', () => {
    const text =
      'Welcoming the intensive efforts by States members and Presidents of the Conference on Disarmament at its 2024 session, which resulted in thematic discussions on the agenda items of the Conference at its plenary meetings and established subsidiary bodies to advance substantive work on all agenda items, while also expressing concern that the Conference did not reach consensus on a programme of work, nor did the Conference succeed in commencing its substantive work by means of negotiations,';
    expect(events(text, A79_71)).toContain('Event:2024 session of the Conference on Disarmament');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, A79_71)).toContain('SESSION_OF Event:2024 session of the Conference on Disarmament -> Organization:Conference on Disarmament');
    expect(relations(text, A79_71)).toContain('WELCOMES Event:2024 session of the Conference on Disarmament');
  });

  it('A/RES/79/71 OP3: "during its 2025 session, bearing in mind the decision ... adopted by the Conference on 29 May 2009": not dated 2009', () => {
    const text =
      'Calls upon the Conference on Disarmament to further intensify consultations and to explore possibilities for overcoming its ongoing deadlock by adopting and implementing a balanced and comprehensive programme of work at the earliest possible date during its 2025 session, bearing in mind the decision on the programme of work adopted by the Conference on 29 May 2009, 3 as well as other relevant present, past and future proposals;';
    expect(relations(text, A79_71, 'OP3')).toContain('CALLS_UPON Event:2025 session of the Conference on Disarmament');
    const a = attributions(text, A79_71, 'OP3');
    // (dated by the year its name prints, not by the decision's day: aud30g)
    expect(a.filter((x) => x.startsWith('STARTS_ON'))).toEqual(['STARTS_ON Event:2025 session of the Conference on Disarmament -> Date:2025']);
  });

  it('A/RES/78/174 PP16: "the high-level segment of the 2023 session of the Economic and Social Council"', () => {
    const ctx = GA('A/RES/78/174', '2023-12-19');
    const text =
      'Recalling the ministerial declaration adopted at the high-level segment of the 2023 session of the Economic and Social Council and the 2023 high-level political forum on sustainable development, convened under the auspices of the Council, on the theme “Accelerating the recovery from the coronavirus disease (COVID-19) and the full implementation of the 2030 Agenda for Sustainable Development at all levels”,';
    expect(events(text, ctx)).toContain('Event:2023 session of the Economic and Social Council');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, ctx)).toContain('SESSION_OF Event:2023 session of the Economic and Social Council -> Organization:Economic and Social Council');
  });

  it('A/RES/79/296 OP5: "to the Special Committee at its 2026 session"', () => {
    const ctx = GA('A/RES/79/296', '2025-06-30');
    const text = 'Requests the Secretary-General to submit a report to the Special Committee at its 2026 session;';
    // the bare "Special Committee" resolves to the committee the resolution named before; here, alone, its bare node
    expect(events(text, ctx, 'OP5').some((k) => k.startsWith('Event:2026 session of the Special Committee'))).toBe(true);
  });

  it('negative, A/RES/78/174: "the priority theme for the 2024 session" names no body: no event', () => {
    const ctx = GA('A/RES/78/174', '2023-12-19');
    const text =
      'Welcoming the decision of the Economic and Social Council that the Commission for Social Development will consider one priority theme at each session on the basis of the follow-up to and review of the World Summit for Social Development and its linkages to the social dimensions of the 2030 Agenda, proposing an action-oriented resolution with recommendations to the Council in order to contribute to its work, and that the priority theme for the 2024 session, which shall allow the Commission to contribute to the work of the Council, will be “Fostering social development and social justice through social policies to accelerate progress on the implementation of the 2030 Agenda for Sustainable Development and to achieve the overarching goal of poverty eradication”,';
    expect(events(text, ctx).filter((k) => k.includes('2024 session'))).toEqual([]);
  });

  it('negative: the Assembly does not number its sessions by year ("its 2025 session" with no other body named)', () => {
    const ctx = GA('A/RES/79/71', '2024-12-02');
    const text = 'Decides to consider the question at its 2025 session;';
    expect(events(text, ctx, 'OP12')).toEqual([]);
  });

  it('negative, A/RES/78/270 OP6: "the 2022 plenary meeting of the Kimberley Process" stays a dated meeting of the Process, not a year-numbered session', () => {
    const ctx = GA('A/RES/78/270', '2024-03-26');
    const text = 'Welcomes the decision by the 2022 plenary meeting of the Kimberley Process to establish the Kimberley Process secretariat in Gaborone;';
    expect(events(text, ctx, 'OP6')).not.toContain('Event:2022 plenary meeting of the Kimberley Process');
  });
});

describe('a name inside a sitting\'s quoted title ("..., entitled “World Summit for Social Development and beyond ...”, held in Geneva")', () => {
  const ctx = GA('A/RES/78/261', '2024-02-26');
  const text =
    'Recalling the World Summit for Social Development, held in Copenhagen from 6 to 12 March 1995, and the twenty-fourth special session of the General Assembly, entitled “World Summit for Social Development and beyond: achieving social development for all in a globalizing world”, held in Geneva from 26 June to 1 July 2000,';
  it('A/RES/78/261 PP1: Geneva and the dates of 2000 are the special session\'s, not the Summit\'s', () => {
    const a = attributions(text, ctx);
    expect(a).toContain('HELD_IN Event:twenty-fourth special session of the General Assembly -> Place:Geneva');
    expect(a).toContain('STARTS_ON Event:twenty-fourth special session of the General Assembly -> Date:2000-06-26');
    expect(a).toContain('ENDS_ON Event:twenty-fourth special session of the General Assembly -> Date:2000-07-01');
    expect(a).not.toContain('HELD_IN Event:World Summit for Social Development @ 1995 -> Place:Geneva');
    expect(a).toContain('HELD_IN Event:World Summit for Social Development @ 1995 -> Place:Copenhagen');
  });

  it('negative, A/RES/80/144 OP31: a sitting named only by its title ("the international conference entitled “Global Mountain Dialogue ...”, held in Kyrgyzstan") keeps its venue', () => {
    const c = GA('A/RES/80/144', '2025-12-15');
    const t =
      'Encourages the further undertaking of multi-stakeholder initiatives, and notes in this regard the numerous initiatives undertaken, including the international conference entitled “Global Mountain Dialogue for Sustainable Development: Towards the Bishkek+25 Summit”, held in Kyrgyzstan on 24 and 25 April 2025;';
    expect(attributions(t, c, 'OP31')).toContain('HELD_IN Event:Global Mountain Dialogue for Sustainable Development @ 2025 -> Place:Kyrgyzstan');
  });

  it('negative, A/RES/79/1 OP25: a title naming the sitting itself ("the World Social Summit entitled “Second World Summit for Social Development” in 2025") still dates it', () => {
    const c = GA('A/RES/79/1', '2024-09-22');
    const t = 'We decide to: (a) Secure an ambitious outcome at the World Social Summit entitled “Second World Summit for Social Development” in 2025;';
    expect(attributions(t, c, 'OP25')).toContain('STARTS_ON Event:Second World Summit for Social Development -> Date:2025');
  });
});

describe('"the Conference" after the Conference on Disarmament is named', () => {
  it('A/RES/79/71 PP6: "while also expressing concern that the Conference did not reach consensus" expresses about the Conference on Disarmament', () => {
    const ctx = GA('A/RES/79/71', '2024-12-02');
    const text =
      'Welcoming the intensive efforts by States members and Presidents of the Conference on Disarmament at its 2024 session, which resulted in thematic discussions on the agenda items of the Conference at its plenary meetings and established subsidiary bodies to advance substantive work on all agenda items, while also expressing concern that the Conference did not reach consensus on a programme of work, nor did the Conference succeed in commencing its substantive work by means of negotiations,';
    expect(relations(text, ctx)).toContain('EXPRESSES Organization:Conference on Disarmament');
  });

  it('A/RES/78/238 OP4: "and looks forward to the Conference again fulfilling its mandate"', () => {
    const ctx = GA('A/RES/78/238', '2023-12-22');
    const text =
      'Expresses its deep regret over the years of stalemate in the work of the Conference on Disarmament, and looks forward to the Conference again fulfilling its mandate as the single multilateral disarmament negotiating forum;';
    expect(relations(text, ctx, 'OP4')).toContain('LOOKS_FORWARD_TO Organization:Conference on Disarmament');
  });

  it('negative: a conference named after it is what a later bare "the Conference" means (A/RES/78/238 OP4, a paragraph naming the World Conference on Disaster Risk Reduction, then A/RES/79/78 OP3, in one resolution state)', () => {
    const ctx = GA('A/RES/78/238', '2023-12-22');
    extract('Expresses its deep regret over the years of stalemate in the work of the Conference on Disarmament, and looks forward to the Conference again fulfilling its mandate as the single multilateral disarmament negotiating forum;', ctx, 'OP4');
    extract('Recalling the Third United Nations World Conference on Disaster Risk Reduction, held in Sendai, Japan, from 14 to 18 March 2015,', ctx, 'PP2');
    const text = 'Notes with appreciation that, determined to strengthen the effectiveness and to improve the implementation of the Convention in all its aspects, the Conference decided to establish a Working Group open to all States parties;';
    const keys = extract(text, ctx, 'OP3').mentions.map((m) => m.key);
    expect(keys).not.toContain('Organization:Conference on Disarmament');
  });
});

describe('"the Summit" after a "World ... Summit" is named', () => {
  const OP1 =
    'Decides to convene the “World Social Summit” in 2025, under the title “the Second World Summit for Social Development”, to address the gaps and recommit to the Copenhagen Declaration on Social Development and the Programme of Action and its implementation and give momentum towards the implementation of the 2030 Agenda;';
  it('A/RES/78/261 OP3: "the intergovernmental preparatory process of the Summit" is the World Social Summit of OP1', () => {
    const ctx = GA('A/RES/78/261', '2024-02-26');
    extract(OP1, ctx, 'OP1');
    const text = 'Also requests the Secretary-General to provide adequate support within existing resources to the intergovernmental preparatory process of the Summit.';
    expect(relations(text, ctx, 'OP3')).toContain('REQUESTS Event:Second World Summit for Social Development');
  });

  it('negative: a summit named after it is what "the Summit" means (A/RES/78/261 OP1, then the Sustainable Development Goals Summit)', () => {
    const ctx = GA('A/RES/78/261', '2024-02-26');
    extract(OP1, ctx, 'OP1');
    extract('Recalling the Sustainable Development Goals Summit, held in New York on 18 and 19 September 2023,', ctx, 'PP2');
    const text = 'Also requests the Secretary-General to provide adequate support within existing resources to the intergovernmental preparatory process of the Summit.';
    expect(relations(text, ctx, 'OP3')).toEqual(['REQUESTS Organization:Secretary-General of the United Nations', 'REQUESTS Event:Sustainable Development Goals Summit @ 2023']);
  });
});

describe('"in which the Assembly adopted a ... set of universal and transformative Sustainable Development Goals"', () => {
  const ctx = GA('A/RES/78/261', '2024-02-26');
  it('A/RES/78/261 PP5: resolution 70/1 adopted the Goals as well as the 2030 Agenda of its title', () => {
    // (conv42c: a resolution's title states no adoption: no ADOPTED from it)
    const text =
      'Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, in which the Assembly adopted a comprehensive, far-reaching and people-centred set of universal and transformative Sustainable Development Goals and targets and affirmed its commitment to working tirelessly for the full implementation of the Agenda by 2030 with a view to leaving no one behind and reaching the furthest behind first,';
    const a = attributions(text, ctx, 'PP5');
    expect(a).toContain('ADOPTED Resolution:A/RES/70/1 -> Framework:Sustainable Development Goals');
    expect(a).not.toContain('ADOPTED Resolution:A/RES/70/1 -> Framework:2030 Agenda for Sustainable Development');
  });

  it('negative: other words after "adopted" than "a ... set of" ("in which it adopted a number of measures to strengthen the Sustainable Development Goals") adopt nothing', () => {
    const text = 'Recalling its resolution 70/1 of 25 September 2015, in which it adopted a number of measures to strengthen the Sustainable Development Goals,';
    expect(attributions(text, ctx, 'PP5').filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the universal periodic review (the Human Rights Council\'s review mechanism) is an Initiative', () => {
  const ctx = GA('A/RES/78/197', '2023-12-19');
  it('A/RES/78/197 OP11: "including in the context of the universal periodic review"', () => {
    const text =
      'Requests the Human Rights Council to continue taking duly into account the present resolution and to consider further proposals for the strengthening of United Nations action in the field of human rights through the promotion of international cooperation and the importance of the principles of non-selectivity, impartiality and objectivity, including in the context of the universal periodic review;';
    expect(relations(text, ctx, 'OP11')).toContain('REQUESTS Initiative:universal periodic review');
  });

  it('negative: "the Working Group on the Universal Periodic Review" is the Council\'s working group, not the review', () => {
    const text = 'Welcoming the work of the Working Group on the Universal Periodic Review,';
    const keys = extract(text, ctx).mentions.map((m) => m.key);
    expect(keys).toEqual(['Organization:Working Group on the Universal Periodic Review']);
  });
});

describe('"Ibid." in a footnote cites again the work of the footnote before it', () => {
  function withFootnote(ctx: RecognizeContext, id: string, text: string, mark: string, footnote: string) {
    const offset = text.lastIndexOf(mark);
    return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx);
  }
  const PP1 = 'Having considered the report of the Conference on Disarmament,1';
  const PP1_NOTE = 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 27 (A/79/27).';
  const PP11 =
    'Reaffirming the importance of multilateralism and the principle of inclusivity in the work of the Conference on Disarmament, and noting with continued regret that the latter has once again not been sufficiently ensured,2 while recalling in this regard the rules of procedure of the Conference,';

  it('A/RES/79/71 PP11: footnote 2 "Ibid., para. 10." after footnote 1 "(A/79/27)" cites A/79/27', () => {
    const ctx = GA('A/RES/79/71', '2024-12-02');
    withFootnote(ctx, 'PP1', PP1, '1', PP1_NOTE);
    const px = withFootnote(ctx, 'PP11', PP11, '2', 'Ibid., para. 10.');
    expect(px.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:A/79/27');
  });

  it('negative: an "Ibid." after a footnote that cited no document or resolution ("United Nations, Treaty Series, ...") cites none', () => {
    const ctx = GA('A/RES/79/71', '2024-12-02');
    withFootnote(ctx, 'PP1', PP1, '1', PP1_NOTE);
    withFootnote(ctx, 'PP2', 'Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,2', '2', 'United Nations, Treaty Series, vol. 729, No. 10485.');
    const px = withFootnote(ctx, 'PP11', PP11, '3', 'Ibid., para. 10.');
    expect(px.mentions.filter((m) => m.kind === 'Document')).toEqual([]);
  });
});
