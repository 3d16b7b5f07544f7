// Session-44 audit aud44f: endorsements and adoptions left open by session 43 (conv43a's flip: "endorsed" gives ENDORSES from
// the endorser, not ADOPTED). Covered: every "endorsed" in corpus-ga and corpus (241 occurrences) and the resolution's own
// "Adopts X" clauses (12 ADOPTS/ADOPTED twins). Fixed: endorsements that got no edge at all: "its resolution 66/288 ..., which
// endorsed ..." (no "in"); "in which it endorsed the outcome document of <the conference>, entitled “<title>”"; "in which it
// proclaimed <a decade> and endorsed the <declaration> and the <framework>"; "that the Summit of the Group of 20 held in ...
// endorsed the <framework>". And one edge for one adoption: "Adopts the following Pact for the Future" gives the ADOPTED edge
// (DESIGN's relation, the type citing resolutions give the same fact), no ADOPTS verb twin; the clause's other mentions keep ADOPTS.
// Each fix quotes its file and paragraph and has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctx('A/RES/78/158', '2023-12-19'), kind: 'preambular' });
const endorses = (text: string, c: RecognizeContext) => attributions(text, 'preambular', c).filter((a) => a.startsWith('ENDORSES '));

const FUTURE_WE_WANT = 'Framework:The Future We Want';
const RIO_2012 = 'Event:United Nations Conference on Sustainable Development @ 2012';

describe('"endorsed the outcome document of <the conference>, entitled “<title>”": the resolution ENDORSES the titled outcome', () => {
  it('A/RES/78/158 PP11 (79/212 PP11, 80/143): "its resolution 66/288 ..., in which it endorsed the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”"', () => {
    const text =
      'Recalling its resolution 66/288 of 27 July 2012, in which it endorsed the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”,';
    const a = attributions(text);
    expect(a).toContain(`ENDORSES Resolution:A/RES/66/288 -> ${FUTURE_WE_WANT}`);
    // (the conference adopted it: kept; the conference itself is endorsed by no one)
    expect(a).toContain(`ADOPTED ${RIO_2012} -> ${FUTURE_WE_WANT}`);
    expect(a.filter((x) => x.includes(`-> ${RIO_2012}`) && (x.startsWith('ENDORSES') || x.startsWith('ADOPTED')))).toEqual([]);
  });

  it('A/RES/79/142 PP1: "Reaffirming its resolution 66/288 of 27 July 2012, which endorsed the outcome document ...": the resolution is the subject, with no "in"', () => {
    const text =
      'Reaffirming its resolution 66/288 of 27 July 2012, which endorsed the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”,';
    expect(endorses(text, ctx('A/RES/79/142', '2024-12-17'))).toEqual([`ENDORSES Resolution:A/RES/66/288 -> ${FUTURE_WE_WANT}`]);
  });

  it('guard: A/RES/79/236 PP1 "in which it endorsed the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation": the named outcome, as before, not the conference', () => {
    const text =
      'Reaffirming its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,';
    expect(endorses(text, ctx('A/RES/79/236', '2024-12-19'))).toEqual(['ENDORSES Resolution:A/RES/73/291 -> Framework:Buenos Aires outcome document']);
  });

  it('guard: A/RES/80/77 PP7 "the New York Declaration ..., which was endorsed by the General Assembly in its decision 80/506": one ENDORSES from the decision (", which" with no resolution before it adds nothing)', () => {
    const text =
      'Recalling the New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution, which was endorsed by the General Assembly in its decision 80/506 of 12 September 2025,';
    const e = endorses(text, ctx('A/RES/80/77', '2025-12-05'));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^ENDORSES Resolution:A\/DEC\/80\/506 -> Framework:New York Declaration/);
  });
});

describe('"in which it proclaimed <a decade> and endorsed the <declaration> and the <framework>": a second verb of the cited resolution', () => {
  const ROME = 'Framework:Rome Declaration on Nutrition';
  const FFA = 'Framework:Framework for Action';
  it('A/RES/78/168 PP28 (79/227 PP27, 79/276 PP1): resolution 70/259 ENDORSES the Rome Declaration and the Framework for Action; the conference still ADOPTED them', () => {
    const text =
      'Recalling its resolution 70/259 of 1 April 2016, in which it proclaimed the United Nations Decade of Action on Nutrition (2016–2025) and endorsed the Rome Declaration on Nutrition and the Framework for Action adopted at the Second International Conference on Nutrition, and the call upon the Food and Agriculture Organization of the United Nations and the World Health Organization to implement a work programme for 2016–2025,';
    const a = attributions(text, 'preambular', ctx('A/RES/78/168', '2023-12-19'));
    expect(a).toContain(`ENDORSES Resolution:A/RES/70/259 -> ${ROME}`);
    expect(a).toContain(`ENDORSES Resolution:A/RES/70/259 -> ${FFA}`);
    expect(a).toContain(`ADOPTED Event:Second International Conference on Nutrition -> ${ROME}`);
    // (the decade it proclaimed is no adopted or endorsed text)
    expect(a.filter((x) => x.startsWith('ADOPTED Resolution:A/RES/70/259') || x.includes('-> Event:Decade'))).toEqual([]);
  });

  it('guard: A/RES/78/125 PP3 "by which the General Assembly endorsed the Doha Programme of Action": one verb, one ENDORSES, as before', () => {
    const text = 'Recalling its resolution 76/258 of 1 April 2022, by which the General Assembly endorsed the Doha Programme of Action for the Least Developed Countries,';
    expect(endorses(text, ctx('A/RES/78/125', '2023-12-19'))).toEqual([
      'ENDORSES Resolution:A/RES/76/258 -> Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031',
    ]);
  });
});

describe('"that the Summit of the Group of 20 held in ... endorsed the <framework>": the sitting ENDORSES it', () => {
  const PP8 =
    'Appreciating the fact that the Summit of the Group of 20 held in Hangzhou, China, on 4 and 5 September 2016, with the broad participation of developing countries, including the Chair of the Group of 77, endorsed the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development as an important contribution to the global implementation of the 2030 Agenda, recalling that the Summit of the Group of 20 held in Hamburg, Germany, on 7 and 8 July 2017 endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling that the Summit of the Group of 20 held in New Delhi on 9 and 10 September 2023 endorsed the 2023 Action Plan to Accelerate Progress on the Sustainable Development Goals, and looking forward to their implementation,';
  const G20 = ctx('A/RES/78/136', '2023-12-19');

  it('A/RES/78/136 PP8 (79/196 PP10): the Hangzhou summit ENDORSES the Group of 20 Action Plan, the New Delhi summit the 2023 Action Plan', () => {
    const e = endorses(PP8, G20);
    expect(e).toContain('ENDORSES Event:Summit of the Group of 20 @ 2016 -> Framework:Action Plan on the 2030 Agenda for Sustainable Development');
    expect(e).toContain('ENDORSES Event:Summit of the Group of 20 @ 2023 -> Framework:Action Plan to Accelerate Progress on the Sustainable Development Goals');
  });

  // (aud50j: the updates are gazetteer frameworks now, so the summit's edge goes to the update it endorsed)
  it('guard: same paragraph, "the Summit ... held in Hamburg ... endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan ...": the update, not the plan it names', () => {
    expect(endorses(PP8, G20).filter((x) => x.includes('@ 2017'))).toEqual([
      'ENDORSES Event:Summit of the Group of 20 @ 2017 -> Framework:Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development',
    ]);
  });
});

describe('the resolution\'s own "Adopts X": one ADOPTED edge, no ADOPTS twin', () => {
  it('A/RES/79/1 OP0 "Adopts the following Pact for the Future and its annexes:": ADOPTED the Pact, no ADOPTS', () => {
    const c = ctx('A/RES/79/1', '2024-09-22');
    const text = 'Adopts the following Pact for the Future and its annexes:';
    expect(attributions(text, 'operative', c)).toContain('ADOPTED Resolution:A/RES/79/1 -> Framework:Pact for the Future');
    expect(relations(text, 'operative', c).filter((r) => r.startsWith('ADOPTS'))).toEqual([]);
  });

  it('A/RES/78/3 OP1 "Adopts the political declaration of the General Assembly high-level meeting on pandemic ..., held ... in accordance with its resolution 77/275": ADOPTED the declaration; the resolution cited in the clause keeps ADOPTS', () => {
    const c = ctx('A/RES/78/3', '2023-10-05');
    const text =
      'Adopts the political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response, held on 20 September 2023 in accordance with its resolution 77/275 of 24 February 2023, as contained in the annex to the present resolution.';
    const decl = 'Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)';
    expect(attributions(text, 'operative', c)).toContain(`ADOPTED Resolution:A/RES/78/3 -> ${decl}`);
    const rel = relations(text, 'operative', c);
    expect(rel).not.toContain(`ADOPTS ${decl}`);
    expect(rel).toContain('ADOPTS Resolution:A/RES/77/275');
  });

  it('guard: A/RES/78/47 OP2 "Decides to adopt the Global Framework for Through-life Conventional Ammunition Management": the decision keeps its DECIDES edge beside ADOPTED', () => {
    const c = ctx('A/RES/78/47', '2023-12-04');
    const text =
      'Decides to adopt the Global Framework for Through-life Conventional Ammunition Management, which is a cooperative framework that is voluntary and contains a set of political commitments for strengthening and promoting existing initiatives on, and addressing existing gaps in, through-life conventional ammunition management, as contained in the annex to the final report of the open-ended working group;';
    const gf = 'Framework:Global Framework for Through-life Conventional Ammunition Management';
    expect(relations(text, 'operative', c)).toContain(`DECIDES ${gf}`);
    expect(attributions(text, 'operative', c)).toContain(`ADOPTED Resolution:A/RES/78/47 -> ${gf}`);
  });
});
