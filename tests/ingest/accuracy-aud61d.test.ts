// Session-61 audit aud61d: A/RES/78/87 (Question of Anguilla, Fourth Committee) and its sister texts (79/100, 80/91). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title: 'Question of Anguilla' });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/87', '2023-12-07'), kind: 'preambular' });

const PP22 =
  'Recalling the decisions taken in 2011 to set up a drafting team to prepare a new constitution and present it for public consultation in the Territory and the recent efforts undertaken in that regard, including the establishment, in September 2015, of a new Constitutional and Electoral Reform Committee to advance constitutional and electoral reform, draft proposals for electoral and constitutional reforms submitted as the draft constitution by the Committee in November 2016, as well as the revised draft Constitution issued in March 2017 and presented to the Executive Council in May 2017, and aware of the proposals made by the territorial Government to the administering Power on amendments to the Constitution of Anguilla and of the Anguilla Constitution (Amendment) Orders 2019 and 2020, which came into force in May 2019 and November 2020, respectively,';
const ORDER_2019 = 'Framework:Anguilla Constitution (Amendment) Order 2019';
const ORDER_2020 = 'Framework:Anguilla Constitution (Amendment) Order 2020';

describe('"the Anguilla Constitution (Amendment) Orders 2019 and 2020": two orders, one Framework per year, whose years are no dates', () => {
  it('A/RES/78/87 PP22 (79/100 PP21, 80/91 PP21): the two orders beside the Constitution they amend', () => {
    const frameworks = keys(PP22, 'Framework:');
    expect(frameworks).toContain(ORDER_2019);
    expect(frameworks).toContain(ORDER_2020);
    expect(frameworks).toContain('Framework:Constitution of Anguilla');
  });

  it('A/RES/78/87 PP22: the orders\' years state no date (the months they came into force do)', () => {
    const dates = keys(PP22, 'Date:');
    expect(dates).not.toContain('Date:2019');
    expect(dates).not.toContain('Date:2020');
    expect(dates).toContain('Date:2019-05');
    expect(dates).toContain('Date:2020-11');
    expect(dates).toContain('Date:2017-05');
  });

  it('A/RES/78/87 PP22: "and aware of ... the Orders" is an untyped clause: the orders take no verb', () => {
    const rels = relations(PP22);
    expect(rels.filter((r) => r.includes('Order 20'))).toEqual([]);
    expect(rels).toContain('RECALLS Organization:Constitutional and Electoral Reform Committee');
  });

  it('guard: a year after "and" whose first year was read as a date stays a date ("resolutions 2023/31 of 26 July 2023 and 2024/19 ...", "Between 2024 and 2030", A/RES/80/5)', () => {
    const text =
      'Complex and interrelated opportunities, challenges and risks related to demographic shifts remain, including rapid population growth, declining birth rates and population ageing. Between 2024 and 2030, the number of persons aged 60 years or over is globally projected to outnumber youth,';
    const dates = keys(text, 'Date:');
    expect(dates).toContain('Date:2024');
    expect(dates).toContain('Date:2030');
  });

  it('guard: a constitution named with its year before it is unchanged ("the 2010 Constitution of Montserrat", A/RES/79/106 OP4)', () => {
    const text = 'Recalls the 2010 Constitution of Montserrat, and stresses the importance of continued discussions on constitutional matters;';
    expect(keys(text, 'Framework:', 'operative', { ...ctxOf('A/RES/79/106', '2024-12-12'), title: 'Question of Montserrat' })).toEqual(['Framework:2010 Constitution of Montserrat']);
  });
});

describe('"hosted by the territorial Government" in a Territory\'s text: the Territory hosts the sitting', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/87', '2023-12-07'), kind: 'preambular' });
  const SEMINAR_2003 = 'Event:Caribbean regional seminar @ 2003';

  it('A/RES/78/87 PP19 (79/100 PP20, 80/91 PP20): "the 2003 Caribbean regional seminar in Anguilla, hosted by the territorial Government"', () => {
    const att = attributions(
      'Recalling that the first regional seminar held in a Non-Self-Governing Territory was the 2003 Caribbean regional seminar in Anguilla, hosted by the territorial Government with the cooperation of the administering Power,',
    );
    expect(att).toContain(`HOSTS Place:Anguilla -> ${SEMINAR_2003}`);
    expect(att).toContain(`HELD_IN ${SEMINAR_2003} -> Place:Anguilla`);
  });

  it('guard: A/RES/78/87 OP8 "Calls upon the administering Power to assist the territorial Government": not read (no mention, no verb)', () => {
    const text =
      'Calls upon the administering Power to assist the territorial Government in strengthening its commitments in the economic domain, including budgetary matters, with regional support as needed and appropriate;';
    expect(keys(text, 'Place:', 'operative')).toEqual([]);
    expect(relations(text, 'operative')).toEqual([]);
  });

  it('guard: "hosted by the territorial Government" in a text of another title is not read (which Territory is not said)', () => {
    const att = attributions(
      'Recalling that the first regional seminar held in a Non-Self-Governing Territory was the 2003 Caribbean regional seminar, hosted by the territorial Government,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/82', date: '2023-12-07', title: 'Dissemination of information on decolonization' },
    );
    expect(att.filter((a) => a.startsWith('HOSTS'))).toEqual([]);
  });
});

describe('a bare year inside an initiative\'s quoted name is its goal, no date of the paragraph', () => {
  const tokelau = { body: 'General Assembly', symbol: 'A/RES/79/110', date: '2024-12-12', title: 'Question of Tokelau' };

  it('A/RES/79/110 PP8 (78/97): "for its policy entitled “Tobacco-Free Tokelau by 2020”": 2017 is a date, 2020 names the policy', () => {
    const text =
      'Acknowledging the World No Tobacco Day Award for the western Pacific region granted to Tokelau in 2017 by the World Health Organization for its policy entitled “Tobacco-Free Tokelau by 2020”, and expressing hope that this could contribute to the health and well-being of the Territory and its peoples,';
    expect(keys(text, 'Initiative:', 'preambular', tokelau)).toContain('Initiative:Tobacco-Free Tokelau by 2020');
    expect(keys(text, 'Date:', 'preambular', tokelau)).toEqual(['Date:2017']);
  });

  it('guard: A/RES/78/168 PP52 "the “25 by 2025” initiative ..., which seeks to reduce the region’s food import bill by 25 per cent by 2025": the goal printed outside the name stays a date', () => {
    const text =
      'Noting the “25 by 2025” initiative of the Caribbean Community, which seeks to reduce the region’s food import bill by 25 per cent by 2025,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' };
    expect(keys(text, 'Initiative:', 'preambular', ctx)).toContain('Initiative:25 by 2025');
    expect([...new Set(keys(text, 'Date:', 'preambular', ctx))]).toEqual(['Date:2025']);
  });
});
