// Session-58 audit aud58d: faults found annotating A/RES/78/121 (assistance to the Palestinian people), 79/67 (the Regional Centre
// for Peace and Disarmament in Asia and the Pacific) and 78/52 (transparency and confidence-building measures in outer space
// activities). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findDates } from '../../ingest/recognize/dates.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/52', '2023-12-04'), kind: 'preambular' });

const RECOMMENDATIONS =
  'Framework:Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';
const TITLE =
  '“Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities”';

describe('item 1: a text named by its quoted title that opens with its plural head ("the “Recommendations to promote ...”") is a Framework', () => {
  it('A/RES/78/52 PP11: "Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations ...”"', () => {
    const text = `Welcoming the adoption by consensus by the Disarmament Commission of the ${TITLE},5`;
    expect(relations(text)).toContain(`WELCOMES ${RECOMMENDATIONS}`);
    expect(relations(text)).toContain('WELCOMES Organization:Disarmament Commission');
    // (the Group inside the quoted title is a word of the title, no target of its own)
    expect(relations(text).filter((r) => r.startsWith('WELCOMES Organization:Group of Governmental Experts'))).toEqual([]);
  });

  it('A/RES/78/52 OP6: "Endorses the “Recommendations ...” adopted by consensus by the Disarmament Commission": the Commission ADOPTED it', () => {
    const text = `Endorses the ${TITLE} adopted by consensus by the Disarmament Commission;`;
    expect(relations(text, 'operative')).toContain(`ENDORSES ${RECOMMENDATIONS}`);
    expect(attributions(text, 'operative')).toContain(`ADOPTED Organization:Disarmament Commission -> ${RECOMMENDATIONS}`);
  });

  it('guard: A/RES/78/62 "the item entitled “Recommendations for achieving the objective of nuclear disarmament ...”": an agenda item\'s title, no framework', () => {
    const text =
      'Noting with regret that the Disarmament Commission was not able to reach a consensus on the item entitled “Recommendations for achieving the objective of nuclear disarmament and non-proliferation of nuclear weapons”,';
    expect(keys(text, 'Framework:', 'preambular', ctxOf('A/RES/78/62', '2023-12-04'))).toEqual([]);
  });
});

describe('item 2: another body\'s numbered resolution "adopted by the <sitting>", with no session after it: the sitting ADOPTED it', () => {
  const ITU186 = 'Resolution:International Telecommunication Union resolution 186';
  const PP2018 = 'Event:Plenipotentiary Conference of the International Telecommunication Union @ 2018';

  it('A/RES/78/52 PP20: "the revised International Telecommunication Union resolution 186 on ..., adopted by the 2018 Plenipotentiary Conference of the Union"', () => {
    const text =
      'Welcoming the revised International Telecommunication Union resolution 186 on strengthening the role of the Union with regard to transparency and confidence-building measures in outer space activities, adopted by the 2018 Plenipotentiary Conference of the Union, held in Dubai, United Arab Emirates, from 29 October to 16 November 2018,';
    expect(attributions(text)).toContain(`ADOPTED ${PP2018} -> ${ITU186}`);
    expect(attributions(text)).toContain(`STARTS_ON ${PP2018} -> Date:2018-10-29`);
  });

  it('A/RES/79/190 PP57: "resolution 10/6 of 15 December 2023 on ..., adopted by the Conference of the States Parties to the Convention"', () => {
    const text =
      'Recalling resolution 10/6 of 15 December 2023 on enhancing the use of beneficial ownership information to strengthen asset recovery, adopted by the Conference of the States Parties to the United Nations Convention against Corruption, in which States parties are, inter alia, called upon to ensure access to adequate information,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/79/190', '2024-12-17'))).toContain(
      'ADOPTED Event:Conference of the States Parties to the United Nations Convention against Corruption -> Resolution:Conference of the States Parties to the United Nations Convention against Corruption resolution 10/6',
    );
  });

  it('guard: A/RES/79/56 OP16 "decision C-16/DEC.11 of 1 December 2011 adopted by the Conference of the States Parties at its sixteenth session": not the series (the session\'s, aud54j gold)', () => {
    const text =
      'Recalls that the Third Review Conference expressed concern regarding the statement made by the Director General of the Organisation for the Prohibition of Chemical Weapons in his report to the Executive Council of the Organisation at its sixty-eighth session, provided in accordance with paragraph 2 of decision C-16/DEC.11 of 1 December 2011 adopted by the Conference of the States Parties at its sixteenth session, that three possessor States parties had been unable to fully meet the final extended deadline of 29 April 2012;';
    const att = attributions(text, 'operative', ctxOf('A/RES/79/56', '2024-12-02'));
    expect(att.filter((a) => a.startsWith('ADOPTED Event:Conference of the States Parties to the Chemical Weapons Convention ->'))).toEqual([]);
  });
});

describe('item 3: "and the Rule of Law" closing a name is its second topic, not another name', () => {
  it('A/RES/78/121 PP15: "the Berlin Conference in Support of Palestinian Civil Security and the Rule of Law, held on 24 June 2008"', () => {
    const text =
      'Recalling the International Donors’ Conference for the Palestinian State, held in Paris on 17 December 2007, the Berlin Conference in Support of Palestinian Civil Security and the Rule of Law, held on 24 June 2008, and the Palestine Investment Conferences, held in Bethlehem from 21 to 23 May 2008 and on 2 and 3 June 2010,';
    const ctx = ctxOf('A/RES/78/121', '2023-12-08');
    expect(relations(text, 'preambular', ctx)).toContain('RECALLS Event:Berlin Conference in Support of Palestinian Civil Security and the Rule of Law @ 2008');
    expect(attributions(text, 'preambular', ctx)).toContain('STARTS_ON Event:Berlin Conference in Support of Palestinian Civil Security and the Rule of Law @ 2008 -> Date:2008-06-24');
  });

  it('A/RES/79/144 OP: "the Max Planck Foundation for International Peace and the Rule of Law," one body', () => {
    const text = 'Notes with appreciation the contributions of the Law of the Sea Institute of Iceland, the Max Planck Foundation for International Peace and the Rule of Law, and other institutions;';
    expect(keys(text, 'Organization:Max', 'operative', ctxOf('A/RES/79/144', '2024-12-12'))).toEqual(['Organization:Max Planck Foundation for International Peace and the Rule of Law']);
  });

  it('guard: A/RES/78/112 OP10 "the Rule of Law Coordination and Resource Group and the Rule of Law Unit": two bodies', () => {
    const text = 'Requests the Rule of Law Coordination and Resource Group and the Rule of Law Unit to continue their dialogue with Member States;';
    const found = keys(text, 'Organization:', 'operative', ctxOf('A/RES/78/112', '2023-12-07'));
    expect(found).toContain('Organization:Rule of Law Coordination and Resource Group');
    expect(found).toContain('Organization:Rule of Law Unit');
  });
});

describe('item 4: two months of one year ("July and August 2014"): both are dates the text states', () => {
  const isos = (text: string): string[] => findDates(text).map((d) => String(d.attrs.iso));

  it('A/RES/78/121 PP4: "especially in the aftermath of the conflict of July and August 2014"', () => {
    expect(isos('especially in the aftermath of the conflict of July and August 2014,')).toEqual(['2014-07', '2014-08']);
  });

  it('guard: "in February 2013 and in Jakarta in March 2014" (A/RES/78/121 PP16): two dates of their own years, no pair', () => {
    expect(isos('convened in Tokyo in February 2013 and in Jakarta in March 2014,')).toEqual(['2013-02', '2014-03']);
  });
});
