// Session-66 audit aud66d: faults of the new gold set aud66d (A/RES/78/59, regional confidence-building measures: the Standing
// Advisory Committee on Security Questions in Central Africa). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/59',
  date: '2023-12-04',
  title: 'Regional confidence-building measures: activities of the United Nations Standing Advisory Committee on Security Questions in Central Africa',
};
const { relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const CONF = 'Organization:Conference of Heads of State and Government of the Economic Community of Central African States';
const LCBC = 'Organization:Lake Chad Basin Commission';

describe('"the adoption, by <organ> ..., of <text>" and "the adoption by <organ>, with the support of <body>, of <text>": the adopter takes no verb (sessions 64-65)', () => {
  it('A/RES/78/59 OP14: "the adoption, by the Conference of Heads of State and Government of [ECCAS] at its seventeenth ordinary session, on 30 July 2020, of the strategy ..."', () => {
    const text =
      'Welcomes the adoption, by the Conference of Heads of State and Government of the Economic Community of Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing and combating terrorism in Central Africa, and requests a review thereof to strengthen the strategy;';
    const rels = relations(text, 'operative');
    expect(rels).not.toContain(`WELCOMES ${CONF}`);
    // (its session stays a target, accuracy-aud65z; the owner printed inside the organ's name keeps its verb, session 65)
    expect(rels).toContain(`WELCOMES Event:seventeenth ordinary session of the Conference of Heads of State and Government of the Economic Community of Central African States`);
    expect(rels).toContain('WELCOMES Organization:Economic Community of Central African States');
    expect(attributions(text, 'operative')).toContain(`ADOPTED ${CONF} -> Framework:strategy on preventing and combating terrorism in Central Africa`);
  });

  it('A/RES/78/59 PP34: "the adoption by the Lake Chad Basin Commission, with the support of the African Union, of the Regional Stabilization ... Strategy ..."', () => {
    const text =
      'Recalling the adoption by the Lake Chad Basin Commission, with the support of the African Union, of the Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region, in Abuja on 30 August 2018,';
    const rels = relations(text);
    expect(rels).not.toContain(`RECALLS ${LCBC}`);
    // (the body that supported the adoption is no adopter: a target, as a source of support is, session 54)
    expect(rels).toContain('RECALLS Organization:African Union');
    expect(attributions(text)).toContain(`ADOPTED ${LCBC} -> Framework:Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region`);
  });

  it('guard: "the decisions adopted by the Conference ... at its eighteenth ordinary session" (78/59 PP20): the participle\'s adopter keeps its verb (session 50)', () => {
    const text =
      'Taking note of the decisions adopted by the Conference of Heads of State and Government of the Economic Community of Central African States at its eighteenth ordinary session, held in Libreville on 27 November 2020,';
    expect(relations(text)).toContain(`NOTES ${CONF}`);
  });

  it('guard: "the support, by the Lake Chad Basin Commission, of ..." is no adoption: the Commission keeps its verb', () => {
    const text = 'Recalling the support, by the Lake Chad Basin Commission, with the support of the African Union, of the Multinational Joint Task Force,';
    expect(relations(text)).toContain(`RECALLS ${LCBC}`);
  });
});

describe('"the adoption by <organ>[, <settings>,] of <framework>": the day printed after it, set off, is its ADOPTED_ON', () => {
  const RSS = 'Framework:Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region';
  it('A/RES/78/59 PP34: "... of the Regional Stabilization ... Strategy ..., in Abuja on 30 August 2018"', () => {
    const text =
      'Recalling the adoption by the Lake Chad Basin Commission, with the support of the African Union, of the Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region, in Abuja on 30 August 2018,';
    expect(attributions(text)).toContain(`ADOPTED_ON ${RSS} -> Date:2018-08-30`);
  });

  it('A/RES/78/59 OP24: "the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé Declaration ..., 13 on 16 January 2023"', () => {
    const text =
      'Welcomes the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé Declaration on hate speech in Central Africa, 13 on 16 January 2023 in Kintélé, Congo, and encourages its political endorsement;';
    expect(attributions(text, 'operative')).toContain('ADOPTED_ON Framework:Kintélé Declaration on hate speech in Central Africa -> Date:2023-01-16');
  });

  it('guard: "the support by the Lake Chad Basin Commission of the Strategy ..., in Abuja on 30 August 2018" is no adoption: no ADOPTED_ON', () => {
    const text =
      'Recalling the support by the Lake Chad Basin Commission of the Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region, in Abuja on 30 August 2018,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });
});

describe('the Sao Tome Declaration on refugees and internally displaced persons, its topic in lower case after a capitalised head', () => {
  it('A/RES/78/59 OP26: "recalling the Sao Tome Declaration on refugees and internally displaced persons,15 adopted at the fifty-fifth ministerial meeting"', () => {
    const text =
      'Requests the Secretary-General to continue to assist the countries of Central Africa, recalling the Sao Tome Declaration on refugees and internally displaced persons, adopted at the fifty-fifth ministerial meeting of the Standing Advisory Committee;';
    const rels = relations(text, 'operative');
    expect(rels).toContain('RECALLS Framework:Sao Tome Declaration on refugees and internally displaced persons');
    expect(rels).not.toContain('RECALLS Framework:Sao Tome Declaration');
  });

  it('guard: A/RES/78/59 OP31 "the Sao Tome Declaration on the Participation of Women in the Statutory Meetings of the [Committee]" keeps its own name', () => {
    const text =
      'Urges the States members of the Standing Advisory Committee to strengthen the gender component of the meetings of the Committee, in line with the Sao Tome Declaration on the Participation of Women in the Statutory Meetings of the United Nations Standing Advisory Committee on Security Questions in Central Africa, adopted on 1 December 2016;';
    expect(relations(text, 'operative')).toContain(
      'URGES Framework:Sao Tome Declaration on the Participation of Women in the Statutory Meetings of the United Nations Standing Advisory Committee on Security Questions in Central Africa',
    );
  });
});

describe('"the adoption by <organ>, at its <n> meeting, of <text>, on <day> in <town>": the day is the text\'s, not the meeting\'s (session 54)', () => {
  const MM55 = 'Event:fifty-fifth ministerial meeting of the Standing Advisory Committee (A/RES/78/59)';
  it('A/RES/78/59 OP24: "... at its fifty-fifth ministerial meeting, of the Kintélé Declaration ..., 13 on 16 January 2023 in Kintélé, Congo"', () => {
    const text =
      'Welcomes the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé Declaration on hate speech in Central Africa, 13 on 16 January 2023 in Kintélé, Congo, and encourages its political endorsement;';
    const att = attributions(text, 'operative');
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${MM55}`) || a.startsWith(`HELD_IN ${MM55}`))).toEqual([]);
  });

  it('guard: the meeting\'s own "held in Sao Tome from 15 to 19 May 2023" before "of" stays its venue and days', () => {
    const text =
      'Welcomes the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, held in Sao Tome from 15 to 19 May 2023, of the Kintélé Declaration on hate speech in Central Africa;';
    expect(attributions(text, 'operative')).toContain(`STARTS_ON ${MM55} -> Date:2023-05-15`);
  });
});
