// Misses found by the session-15 audit aud15g: A/RES/79/22 (reducing space threats through norms, rules and principles of
// responsible behaviours), A/RES/78/283 (displaced persons and refugees from Abkhazia, Georgia, and the Tskhinvali
// region/South Ossetia, Georgia), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/22', date: '2024-12-02' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

function para(id: string, text: string): ParagraphText {
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] };
}
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date: '2024-12-02', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** paragraph id -> verb relations */
const relationsByParagraph = (r: ResolutionText) => Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));

const GGE_TCBM = 'Organization:Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';
const GGE_PAROS = 'Organization:Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space';
const PP19_79_22 =
  'Welcoming also the recommendations to promote the practical implementation of transparency and confidence-building measures in outer space with the goal of preventing an arms race in outer space in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities adopted by the Disarmament Commission at its substantive session of 2023,';
const OP5_79_22 =
  'Welcomes the discussions held by the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space, established pursuant to General Assembly resolution 77/250 of 30 December 2022, takes note of the Group’s conclusions and recommendations, and affirms that the Group’s recommendation for further consideration of measures on the prevention of an arms race in outer space should include efforts to develop norms, rules and principles of responsible space behaviours;';

describe('"the Group of Governmental Experts on <other words>" after another group of experts was named is another group', () => {
  it('A/RES/79/22 OP5 after PP19: the group on further practical measures, not the group on transparency named before', () => {
    const found = relationsByParagraph(resolution('A/RES/79/22', [para('PP19', PP19_79_22), para('OP5', OP5_79_22)]));
    // (since aud61r the group printed inside the recommendations' title is no target of its own, as the aud54c gold of 80/44 PP12 reads it)
    expect(found.PP19!.filter((r) => r.endsWith(GGE_TCBM))).toEqual([]);
    // (keyed with the resolution that established it since aud32g: 72/250 set up a group of the same title)
    expect(found.OP5).toContain(`WELCOMES ${GGE_PAROS} (A/RES/77/250)`);
    expect(found.OP5).toContain(`NOTES ${GGE_PAROS} (A/RES/77/250)`);
    expect(found.OP5!.filter((r) => r.endsWith(GGE_TCBM))).toEqual([]);
  });

  it('guard: "the Group of Governmental Experts on Transparency ..." printed again is the same group', () => {
    const again =
      'Takes note of the work of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities;';
    const found = relationsByParagraph(resolution('A/RES/79/22', [para('PP19', PP19_79_22), para('OP1', again)]));
    expect(found.OP1).toEqual([`NOTES ${GGE_TCBM}`]);
  });

  it('guard: "the Group’s conclusions" after the group is named still refers back to it', () => {
    const named = 'Recalling the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities,';
    const found = relationsByParagraph(resolution('A/RES/79/22', [para('PP18', named), para('OP1', 'Takes note of the Group’s conclusions and recommendations;')]));
    expect(found.OP1).toEqual([`NOTES ${GGE_TCBM}`]);
  });
});

// (since aud20b the group is "the Group of Least Developed Countries" of the gazetteer, "on COVID-19" the statement's topic:
// A/RES/79/218 OP46 names it without one; the mark still makes no name of its own)
describe('a footnote mark glued to "COVID-19" is not part of the name', () => {
  it('A/RES/78/233 OP10: "the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-1915"', () => {
    const text =
      'Expresses deep concern at the devastating impacts of the COVID-19 pandemic on the least developed countries, takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-1915 and commits to supporting its implementation, as appropriate;';
    const ctx = { ...GA, symbol: 'A/RES/78/233', date: '2023-12-22' };
    expect(keys(text, 'Organization:Group', 'operative', ctx)).toEqual(['Organization:Group of Least Developed Countries']);
  });

  it('A/RES/80/150 OP11: the same with a non-breaking hyphen ("COVID‑1916")', () => {
    const text =
      'Expresses deep concern at the devastating impacts of the COVID‑19 pandemic on the least developed countries, takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID‑1916 and commits to supporting its implementation, as appropriate;';
    const ctx = { ...GA, symbol: 'A/RES/80/150', date: '2025-12-15' };
    expect(keys(text, 'Organization:Group', 'operative', ctx)).toEqual(['Organization:Group of Least Developed Countries']);
  });

  it('guard: a name ending in "COVID-19" keeps its digits ("the Group of Least Developed Countries on COVID-19 and ...")', () => {
    const text = 'Takes note of the statement of the Group of Least Developed Countries on COVID-19 and commits to supporting its implementation;';
    expect(keys(text, 'Organization:Group')).toEqual(['Organization:Group of Least Developed Countries']);
  });
});

describe('"norms, rules and principles" inside a working group’s lowercase name', () => {
  const OEWG = 'Organization:open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours';
  it('A/RES/79/22 OP2: "the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours established by ..."', () => {
    const text =
      'Welcomes the deliberations held in 2022 and 2023 by the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours established by the General Assembly in its resolution 76/231, which, together with the working papers and presentations submitted to the Assembly, constitute an important contribution to outer space security and the prevention of an arms race in outer space;';
    expect(keys(text, 'Organization:open-ended')).toEqual([OEWG]);
    expect(relations(text)).toContain(`WELCOMES ${OEWG}`);
  });

  // (a topic of more than one word since aud41d: a lower-case group with one bare word after "on", as in A/RES/78/20 OP8 "a final
  // decision by the open-ended working group on participation", is the group named before and what its decision is on)
  it('guard: another comma still ends the topic ("the open-ended working group on the participation of observers, the Office for Disarmament Affairs ...")', () => {
    const text = 'Requests the Secretary-General to transmit the list to the open-ended working group on the participation of observers, the Office for Disarmament Affairs of the Secretariat and the requester;';
    expect(keys(text, 'Organization:open-ended')).toEqual(['Organization:open-ended working group on the participation of observers']);
  });
});

describe('the places and talks of the conflicts in Georgia', () => {
  const ctx = { ...GA, symbol: 'A/RES/78/283', date: '2024-06-04' };
  it('A/RES/78/283 OP1: "throughout Georgia, including in Abkhazia and the Tskhinvali region/South Ossetia"', () => {
    const text =
      'Recognizes the right of return of all internally displaced persons and refugees and their descendants, regardless of ethnicity, to their homes throughout Georgia, including in Abkhazia and the Tskhinvali region/South Ossetia;';
    expect(keys(text, 'Place:', 'operative', ctx)).toEqual(['Place:Georgia', 'Place:Abkhazia', 'Place:Tskhinvali region/South Ossetia']);
  });

  it('A/RES/78/283 OP5: "Calls upon all participants in the Geneva discussions ..." (the Geneva International Discussions)', () => {
    const text =
      'Calls upon all participants in the Geneva discussions to intensify their efforts to establish a durable peace, to commit to enhanced confidence-building measures and to take immediate steps to ensure respect for human rights;';
    expect(relations(text, 'operative', ctx)).toEqual(['CALLS_UPON Event:Geneva International Discussions @ 2008']);
  });

  it('guard: "discussions held in Geneva" are not the Geneva International Discussions', () => {
    const text = 'Welcomes the discussions held in Geneva on the draft programme of work;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([]);
  });
});

describe('Youth4Disarmament named bare', () => {
  const ctx = { ...GA, symbol: 'A/RES/78/31', date: '2023-12-04' };
  it('A/RES/78/31 OP5: "the effective utilization of the dedicated digital platform Youth4Disarmament,4"', () => {
    const text =
      'Requests the Secretary-General to seek specific measures to promote the meaningful and inclusive participation and empowerment of youth on disarmament and non-proliferation issues, including through the effective utilization of the dedicated digital platform Youth4Disarmament,4 and through token grants and awards supported by voluntary contributions;';
    expect(relations(text, 'operative', ctx)).toContain('REQUESTS Initiative:Youth4Disarmament Initiative');
  });

  it('guard: "the Youth4Disarmament Forum" stays the forum', () => {
    const text = 'Welcoming the convening of the Youth4Disarmament Forum in New York on 16 and 17 October 2025, on the margins of the First Committee,';
    expect(keys(text, 'Initiative:', 'preambular', ctx)).toEqual([]);
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Youth4Disarmament Forum @ 2025']);
  });
});

describe('the New Agenda for Peace, however printed', () => {
  const NAP = 'Framework:New Agenda for Peace';
  it('A/RES/78/241 PP9: "the efforts of the Secretary-General within the new agenda for peace initiative"', () => {
    const text = 'Recognizing the efforts of the Secretary-General within the new agenda for peace initiative to address the issue of autonomous weapons systems,';
    const ctx = { ...GA, symbol: 'A/RES/78/241', date: '2023-12-22' };
    expect(relations(text, 'preambular', ctx)).toContain(`RECOGNIZES ${NAP}`);
  });

  it('A/RES/78/47 PP15: "Taking note of the Secretary-General’s New Agenda for Peace" is the agenda, not a name of its own', () => {
    const text = 'Taking note of the Secretary-General’s New Agenda for Peace and of the actions proposed therein to reduce the human cost of weapons,';
    const ctx = { ...GA, symbol: 'A/RES/78/47', date: '2023-12-04' };
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([NAP]);
    expect(keys(text, 'Organization:', 'preambular', ctx)).toEqual(['Organization:Secretary-General of the United Nations']);
  });

  it('A/RES/78/70 PP17: "the discussions to be led by Member States on A New Agenda for Peace"', () => {
    const text =
      'Recognizing the importance of including mine action in the discussions to be led by Member States on A New Agenda for Peace, in follow-up to the policy brief presented by the Secretary-General in July 2023,';
    const ctx = { ...GA, symbol: 'A/RES/78/70', date: '2023-12-04' };
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([NAP]);
  });

  it('guard: the 1992 report "An Agenda for Peace" is not the New Agenda for Peace', () => {
    const text = 'Recalling the report of the Secretary-General entitled “An Agenda for Peace”,';
    expect(keys(text, 'Framework:New', 'preambular')).toEqual([]);
  });
});

describe('the Secretary-General’s disarmament agenda by its title', () => {
  const SOCF = 'Framework:Securing Our Common Future: An Agenda for Disarmament';
  it('A/RES/78/42 PP3 (and 12 other texts): "the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament"', () => {
    const text = 'Recalling the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament, in which he proposed actions,';
    const ctx = { ...GA, symbol: 'A/RES/78/42', date: '2023-12-04' };
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${SOCF}`);
  });

  it('guard: "the joint declaration outlining a new agenda for disarmament adopted in Dublin" is not it', () => {
    const text = 'Recalling the joint declaration outlining a new agenda for disarmament adopted in Dublin on 9 June 1998,';
    expect(keys(text, 'Framework:Securing', 'preambular')).toEqual([]);
  });
});
