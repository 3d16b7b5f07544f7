// States a verb addresses: "Calls upon Israel, the occupying Power, to ...", "Urges the Government of the Islamic Republic of
// Iran to ...": the clause's verb has an edge to the place (ingest/extract.ts addressedPlace). Other places in a clause say
// where something is or happens and take none. Each case quotes the file and paragraph; the guards are near forms that
// must stay without an edge.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/220', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const placeEdges = (text: string, kind?: 'preambular' | 'operative'): string[] => relations(text, kind).filter((r) => r.includes(' Place:'));

describe('a State the verb addresses gets the verb edge', () => {
  it('A/RES/78/170 OP5: "Calls upon Israel, the occupying Power, to comply ..."', () => {
    expect(placeEdges('Calls upon Israel, the occupying Power, to comply strictly with its obligations under international law;')).toEqual([
      'CALLS_UPON Place:Israel',
    ]);
  });

  it('A/RES/78/220 OP18: "urges the Government of the Islamic Republic of Iran to cease ..." after another clause', () => {
    const text =
      'Expresses serious concern about the use of force against peaceful protesters, and urges the Government of the Islamic Republic of Iran to cease the use of all unlawful practices in response to protests;';
    expect(placeEdges(text)).toEqual(['URGES Place:Iran (Islamic Republic of)']);
  });

  it('A/RES/79/230 OP5: "Invites Cambodia and Senegal to prepare ...": each State listed', () => {
    expect(placeEdges('Invites Cambodia and Senegal to prepare, during the five-year period, a smooth transition strategy;')).toEqual([
      'INVITES Place:Cambodia',
      'INVITES Place:Senegal',
    ]);
  });

  it('A/RES/80/137 OP75: "Expresses its appreciation to the Governments of Indonesia, Jamaica, ... and Uruguay, for ..."', () => {
    const text = 'Expresses its appreciation to the Governments of Indonesia, Jamaica, Kenya and Uruguay for presenting voluntary national reviews;';
    expect(placeEdges(text)).toEqual(['EXPRESSES Place:Indonesia', 'EXPRESSES Place:Jamaica', 'EXPRESSES Place:Kenya', 'EXPRESSES Place:Uruguay']);
  });

  it('A/RES/78/218 PP19: "Condemning the Democratic People’s Republic of Korea for continuing ..." (preambular)', () => {
    const text = 'Condemning the Democratic People’s Republic of Korea for continuing to divert its resources into pursuing its illegal weapons programmes,';
    expect(placeEdges(text, 'preambular')).toEqual(["CONDEMNS Place:Democratic People's Republic of Korea"]);
  });
});

describe('guard: a place that is not the verb\u2019s object takes no verb edge', () => {
  it('where an event is held: "Welcomes the holding of the Forum in Riyadh"', () => {
    expect(placeEdges('Welcomes the holding of the nineteenth meeting of the Internet Governance Forum in Riyadh;')).toEqual([]);
  });

  it('A/RES/79/182 OP4: "calls upon the Myanmar military to end ...": the place qualifies the addressee', () => {
    expect(placeEdges('Calls upon the Myanmar military to end indiscriminate attacks;')).toEqual([]);
  });

  it('A/RES/78/65 OP2: "Invites Mediterranean countries to consolidate ..."', () => {
    expect(placeEdges('Invites Mediterranean countries to consolidate their efforts;')).toEqual([]);
  });

  it('A/RES/78/78 PP20: "Deploring in particular Israel’s construction ...": a possessive', () => {
    expect(placeEdges('Deploring in particular Israel’s construction and expansion of settlements,', 'preambular')).toEqual([]);
  });

  it('a State named later in the clause: "Calls upon all States, including Israel, to ..."', () => {
    expect(keys('Calls upon all States, including Israel, to comply with their obligations;', 'Place:')).toEqual(['Place:Israel']);
    expect(placeEdges('Calls upon all States, including Israel, to comply with their obligations;')).toEqual([]);
  });
});

describe('non-State armed groups are organizations', () => {
  it('A/RES/79/317 OP17: "terrorist groups such as Al-Qaida ..., Islamic State in Iraq and the Levant (ISIL) (Da’esh) ..., and Tehrik-e Taliban Pakistan"', () => {
    const text =
      'Notes improvements in the overall security conditions in Afghanistan, at the same times reiterates its serious concern about the continuing violence and the presence of terrorist groups such as Al-Qaida and their affiliates, Islamic State in Iraq and the Levant (ISIL) (Da’esh) and their affiliates, including ISIL-Khorasan, and Tehrik-e Taliban Pakistan;';
    expect(keys(text, 'Organization:')).toEqual([
      'Organization:Al-Qaida',
      // the name, "(ISIL)" and "(Da’esh)"
      'Organization:Islamic State in Iraq and the Levant',
      'Organization:Islamic State in Iraq and the Levant',
      'Organization:Islamic State in Iraq and the Levant',
      'Organization:Islamic State in Iraq and the Levant-Khorasan',
      'Organization:Tehrik-e Taliban Pakistan',
    ]);
    // the places inside the names are no mentions of their own
    expect(keys(text, 'Place:')).toEqual(['Place:Afghanistan']);
  });

  it('A/RES/79/317 OP10: "calls for the Taliban to swiftly reverse ..."', () => {
    const text = 'Reiterates its unwavering commitment to international law, and in this regard calls for the Taliban to swiftly reverse these policies;';
    expect(relations(text)).toContain('CALLS_UPON Organization:Taliban');
  });

  it('guard: a strategy named after the group stays one framework, welcomed alone ("... for Areas Affected by Boko Haram in the Lake Chad Basin Region")', () => {
    const text =
      'Welcomes the Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region;';
    expect(relations(text)).toEqual(['WELCOMES Framework:Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region']);
  });
});

describe('a name with a group\u2019s name in a compound stays whole', () => {
  it('A/RES/80/63 PP43: "the Regional Strategy for the Stabilization, Recovery and Resilience of Boko Haram-affected Areas in the Lake Chad Basin Region"', () => {
    const text =
      'Welcoming also the adoption by the Lake Chad Basin Commission, on 27 February 2025, of the Regional Strategy for the Stabilization, Recovery and Resilience of Boko Haram-affected Areas in the Lake Chad Basin Region for the period 2025–2030,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([
      'Framework:Regional Strategy for the Stabilization, Recovery and Resilience of Boko Haram-affected Areas in the Lake Chad Basin Region',
    ]);
  });
});

describe('the Syrian missing-persons bodies', () => {
  it('A/RES/80/224 OP8: "the National Commission on Missing Persons" (Syria\u2019s) and "the Independent Institution on Missing Persons" (the Assembly\u2019s)', () => {
    const text =
      'Welcomes the establishment by the Government of Syria of the National Commission on Missing Persons, and urges the Independent Institution on Missing Persons to undertake all efforts in implementation of its mandate;';
    expect(relations(text)).toEqual([
      'WELCOMES Organization:Syrian National Commission for Missing Persons',
      'URGES Organization:Independent Institution on Missing Persons in the Syrian Arab Republic',
    ]);
  });

  it('A/RES/80/224 PP11: "the Independent Institution on Missing Persons in the Syrian Arab Republic" is one body, the place inside its name no mention', () => {
    const text = 'Underscoring the contributions of international mechanisms, including the Independent Institution on Missing Persons in the Syrian Arab Republic,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Independent Institution on Missing Persons in the Syrian Arab Republic']);
    expect(keys(text, 'Place:', 'preambular')).toEqual([]);
  });
});

describe('ILO recommendations by number, in lower case after the ILO\u2019s name', () => {
  it('A/RES/79/222 OP42: "recalls International Labour Organization recommendation No. 189 concerning job creation ..."', () => {
    const text =
      'Stresses the importance of measures to foster sustainable and inclusive development, and in this regard recalls International Labour Organization recommendation No. 189 concerning job creation in small and medium-sized enterprises;';
    expect(relations(text)).toContain('RECALLS Framework:Job Creation in Small and Medium-Sized Enterprises Recommendation');
  });

  it('A/RES/78/174: "in accordance with International Labour Organization recommendation No. 204 concerning the transition ..."', () => {
    const text =
      'Calls for more decent work opportunities, in accordance with International Labour Organization recommendation No. 204 concerning the transition from the informal to the formal economy;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Transition from the Informal to the Formal Economy Recommendation']);
  });

  it('guard: a convention\u2019s number alone is no recommendation ("the Domestic Workers Convention, 2011 (No. 189)")', () => {
    expect(keys('Encourages States to ratify the Domestic Workers Convention, 2011 (No. 189);', 'Framework:')).toEqual(['Framework:Domestic Workers Convention']);
  });
});
