// Session-44 audit aud44h (short): adoptions and endorsements by a named body. Covered: "adopted by the General Assembly at its
// <ordinal> session" (corpus-ga, 34 times; 17 outside quoted agenda titles) and "the adoption of the Convention by the General
// Assembly" (A/RES/79/243 OP5). Fixed: the Assembly named as the author of its own act there is no target of the clause's verb
// (the lead's convention: "adopted by the General Assembly on <day>" already dropped it); the session it is dated by stays a
// target, and the ADOPTED edge from the Assembly to the text stays. Endorsements by a named body (corpus-ga: "endorsed by the
// <body>" 30 times outside the Assembly; most already give ENDORSES or name no framework node): fixed "<framework>, adopted at the
// <sitting> and endorsed by the <body>" (A/RES/79/8 OP13), which gave the sitting's ADOPTED only; now the body ENDORSES it too.
// Each fix has a guard for nearby words that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/10', date: '2024-11-04' };
const { relations, attributions } = oneParagraph({ ctx: GA79, kind: 'preambular' });
const GA = 'Organization:General Assembly';
const targetsOf = (rel: string[], verb: string) => rel.filter((r) => r.startsWith(`${verb} `)).map((r) => r.slice(verb.length + 1));

describe('the Assembly as the author of its own act: no verb edge', () => {
  it('A/RES/79/10 PP11: "the Political Declaration and Plan of Action ..., adopted by the General Assembly at its sixty-fourth session": WELCOMES the session, not the Assembly; ADOPTED stays', () => {
    const text =
      'Welcoming the practical contribution of the Collective Security Treaty Organization to the implementation of the Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem, adopted by the General Assembly at its sixty-fourth session, for the period 2009–2019,';
    const welcomed = targetsOf(relations(text), 'WELCOMES');
    expect(welcomed).not.toContain(GA);
    expect(welcomed).toContain('Event:sixty-fourth session of the General Assembly');
    expect(attributions(text)).toContain(`ADOPTED ${GA} -> Framework:Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem`);
  });

  it('A/RES/79/146 PP3: "the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session": REAFFIRMS the session, not the Assembly', () => {
    const text =
      'Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session, as well as a continued global dialogue on social development issues, constitute the basic framework for the promotion of social development for all at the national and international levels,';
    const reaffirmed = targetsOf(relations(text), 'REAFFIRMS');
    expect(reaffirmed).not.toContain(GA);
    expect(reaffirmed).toContain('Event:twenty-fourth special session of the General Assembly');
  });

  it('A/RES/79/243 OP5: "two years after the adoption of the Convention by the General Assembly": no DECIDES General Assembly', () => {
    const text =
      'Also decides that the Ad Hoc Committee shall continue its work, mutatis mutandis, in accordance with General Assembly resolutions 74/247 and 75/282, with a view to negotiating a draft protocol supplementary to the Convention, and that, for that purpose, two sessions of a duration of 10 days each, with the first session taking place two years after the adoption of the Convention by the General Assembly and the second session in the following calendar year, in Vienna and New York, respectively, shall be convened;';
    expect(targetsOf(relations(text, 'operative'), 'DECIDES')).not.toContain(GA);
  });

  it('guard: A/RES/79/243 OP5 reworded "submitting the outcomes to the General Assembly at its eighty-first session": the Assembly addressed keeps DECIDES (aud43a gold)', () => {
    const text = 'Decides that two sessions shall be convened for the purpose of submitting the outcomes to the General Assembly at its eighty-first session;';
    const decided = targetsOf(relations(text, 'operative'), 'DECIDES');
    expect(decided).toContain(GA);
    expect(decided).toContain('Event:eighty-first session of the General Assembly');
  });

  it('guard: "the adoption of the Convention and its promotion by Member States, and to report to the General Assembly at its eightieth session": the Assembly reported to, not the adopter, keeps REQUESTS', () => {
    const text = 'Requests the Secretary-General to promote the adoption of the Convention by Member States and to report thereon to the General Assembly at its eightieth session;';
    expect(targetsOf(relations(text, 'operative'), 'REQUESTS')).toContain(GA);
  });
});

const GA79_8: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-10-29' };
const KAZAN = 'Framework:Kazan Action Plan';
const UNESCO_GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';

describe('a framework adopted at a sitting and endorsed by a named body: the body ENDORSES it', () => {
  it('A/RES/79/8 OP13: "the Kazan Action Plan, adopted at the sixth International Conference of Ministers ... and endorsed by the General Conference of [UNESCO]": ENDORSES from the General Conference, ADOPTED from the Conference kept', () => {
    const text =
      'Notes the lack of centralized global socioeconomic data and statistics on sport, and encourages the United Nations system to continue its ongoing work with the Commonwealth and other international partners to establish a shared indicator framework, taking note of action 2 of the Kazan Action Plan, adopted at the sixth International Conference of Ministers and Senior Officials Responsible for Physical Education and Sport and endorsed by the General Conference of the United Nations Educational, Scientific and Cultural Organization;';
    const atts = attributions(text, 'operative', GA79_8);
    expect(atts).toContain(`ENDORSES ${UNESCO_GC} -> ${KAZAN}`);
    expect(atts.filter((a) => a.startsWith('ADOPTED ') && a.endsWith(KAZAN))).toEqual([
      `ADOPTED Event:Sixth International Conference of Ministers and Senior Officials Responsible for Physical Education and Sport -> ${KAZAN}`,
    ]);
    // the endorsing body stays a target of the clause's verb (aud41i gold: "as endorsed by the Human Rights Council")
    expect(targetsOf(relations(text, 'operative', GA79_8), 'NOTES')).toContain(UNESCO_GC);
  });

  it('guard: A/RES/79/8 PP19 "the Declaration of Berlin and the Kazan Action Plan adopted at the fifth and sixth International Conferences ...": no endorsement, no ENDORSES', () => {
    const text =
      'Acknowledging the Declaration of Berlin and the Kazan Action Plan adopted at the fifth and sixth International Conferences of Ministers and Senior Officials Responsible for Physical Education and Sport, held, respectively, in Berlin in May 2013 and in Kazan, Russian Federation, in July 2017,';
    expect(attributions(text, 'preambular', GA79_8).filter((a) => a.startsWith('ENDORSES '))).toEqual([]);
  });

  it('guard: "the Sendai Framework ..., adopted at the Third United Nations World Conference ... and endorsed by the General Assembly in its resolution 69/283" (A/RES/78/158 PP15): the resolution endorses, not the Assembly', () => {
    const text =
      'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at the Third United Nations World Conference on Disaster Risk Reduction and endorsed by the General Assembly in its resolution 69/283,';
    const atts = attributions(text, 'preambular', GA79_8);
    expect(atts).toContain('ENDORSES Resolution:A/RES/69/283 -> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
    expect(atts.filter((a) => a.startsWith(`ENDORSES ${GA}`))).toEqual([]);
  });
});
