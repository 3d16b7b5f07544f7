// Session-53 audit aud53d: attribution rules after the lead's rulings of session 53. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions, extract } = oneParagraph({ ctx: ctxOf('A/RES/78/145', '2023-12-19'), kind: 'preambular' });

describe('ruling 1a: a numbered session of a named organ is SESSION_OF the organ, the organ PART_OF (a series Event: SESSION_OF) its owner', () => {
  const FAO = 'Organization:Food and Agriculture Organization of the United Nations';
  const FAO_CONFERENCE = 'Event:Conference of the Food and Agriculture Organization of the United Nations';
  const UNWTO = 'Organization:World Tourism Organization';
  const UNWTO_ASSEMBLY = 'Organization:General Assembly of the World Tourism Organization';

  it('A/RES/78/145 PP30: "the twenty-fourth session of the General Assembly of the World Tourism Organization, ..., and welcoming its twenty-fifth session"', () => {
    const text =
      'Recalling also the twenty-fourth session of the General Assembly of the World Tourism Organization, held in Madrid from 30 November to 3 December 2021, and welcoming its twenty-fifth session, held in Samarkand, Uzbekistan, from 16 to 20 October 2023,';
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF Event:twenty-fourth session of the General Assembly of the World Tourism Organization -> ${UNWTO_ASSEMBLY}`);
    expect(att).toContain(`SESSION_OF Event:twenty-fifth session of the General Assembly of the World Tourism Organization -> ${UNWTO_ASSEMBLY}`);
    expect(att).toContain(`PART_OF ${UNWTO_ASSEMBLY} -> ${UNWTO}`);
    // (no session of the organization itself)
    expect(att.filter((a) => a.startsWith('SESSION_OF') && a.endsWith(`-> ${UNWTO}`))).toEqual([]);
  });

  it('A/RES/79/136 PP28: "the ninetieth session of the INTERPOL General Assembly, held in New Delhi" (gold 79/136, corrected)', () => {
    const text =
      'Recalling the resolution adopted at the ninetieth session of the INTERPOL General Assembly, held in New Delhi from 18 to 21 October 2022, on the Global Crime Trend Report,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/79/136', '2024-12-04'));
    const organ = 'Organization:General Assembly of the International Criminal Police Organization';
    expect(att).toContain(`SESSION_OF Event:ninetieth session of the General Assembly of the International Criminal Police Organization -> ${organ}`);
    expect(att).toContain(`PART_OF ${organ} -> Organization:International Criminal Police Organization`);
  });

  it('A/RES/78/123 PP3: "adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session" (gold 78/123)', () => {
    const text =
      'Welcoming resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/123', '2023-12-07'));
    const session = 'Event:forty-third session of the Conference of the Food and Agriculture Organization of the United Nations';
    expect(att).toContain(`SESSION_OF ${session} -> ${FAO_CONFERENCE}`);
    expect(att).toContain(`SESSION_OF ${FAO_CONFERENCE} -> ${FAO}`);
    expect(att).not.toContain(`SESSION_OF ${session} -> ${FAO}`);
  });

  it('A/RES/80/133 PP10: "the convening of the forty-fourth Conference of the Food and Agriculture Organization of the United Nations"', () => {
    const text =
      'Welcoming the convening of the forty-fourth Conference of the Food and Agriculture Organization of the United Nations, taking note of its outcomes, including its endorsement of the theme “Fostering innovation for food security” for the biennium 2026–2027,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/80/133', '2025-12-15'));
    // (keyed as its numbered session since aud54e: one sitting with "the forty-fourth session of the Conference of the FAO", 80/174)
    expect(att).toContain(`SESSION_OF Event:forty-fourth session of the Conference of the Food and Agriculture Organization of the United Nations -> ${FAO_CONFERENCE}`);
    expect(att).toContain(`SESSION_OF ${FAO_CONFERENCE} -> ${FAO}`);
  });

  it('guard: A/RES/78/198 PP39 "the Council of the Food and Agriculture Organization of the United Nations, at its 144th session": unchanged', () => {
    const text =
      'Welcoming the endorsement by the Council of the Food and Agriculture Organization of the United Nations, at its 144th session, of the Voluntary Guidelines on Gender Equality and Women’s and Girls’ Empowerment in the Context of Food Security and Nutrition,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/198', '2023-12-19'));
    expect(att).toContain('SESSION_OF Event:144th session of the Council of the Food and Agriculture Organization of the United Nations -> Organization:Council of the Food and Agriculture Organization of the United Nations');
    expect(att.filter((a) => a.includes('Event:Conference of the Food'))).toEqual([]);
  });

  it('guard: "the seventy-ninth session of the General Assembly" stays the Assembly\'s (no organ of "the United Nations")', () => {
    const att = attributions('Decides to include in the provisional agenda of the seventy-ninth session of the General Assembly the item entitled “Oceans and the law of the sea”;', 'operative');
    expect(att).toContain('SESSION_OF Event:seventy-ninth session of the General Assembly -> Organization:General Assembly');
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('ruling 1a: "fifth meeting of the <FAO>, <IMO> and <ILO> Joint Ad Hoc Working Group ..." is the joint body\'s meeting', () => {
  const ctx = ctxOf('A/RES/79/144', '2024-12-05');
  const GROUP = 'Organization:Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters';
  const MEETING = 'Event:fifth meeting of the Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters';
  const text =
    'Notes the holding of the fifth meeting of the Food and Agriculture Organization of the United Nations, International Maritime Organization and International Labour Organization Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters, from 8 to 12 January 2024;';

  it('A/RES/79/144 OP108: the meeting keyed by the joint group, SESSION_OF it, dated; the three organizations and the group mentioned', () => {
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${MEETING}`);
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(`SESSION_OF ${MEETING} -> ${GROUP}`);
    expect(att).toContain(`STARTS_ON ${MEETING} -> Date:2024-01-08`);
    expect(att.filter((a) => a.includes('fifth meeting of the Food'))).toEqual([]);
    const orgs = keys(text, 'Organization:', 'operative', ctx);
    expect(orgs).toEqual(expect.arrayContaining([GROUP, 'Organization:International Maritime Organization', 'Organization:International Labour Organization', 'Organization:Food and Agriculture Organization of the United Nations']));
  });

  it('guard: "the fourth meeting of the Coordination Group of the ..." (no joint body after a list) keeps its reading', () => {
    const t = 'Welcomes the holding of the twenty-fifth meeting of the Food and Agriculture Organization of the United Nations Committee on Fisheries, from 8 to 12 January 2024;';
    expect(attributions(t, 'operative', ctx).filter((a) => a.includes('Joint'))).toEqual([]);
  });
});

describe('ruling 1b: officers get no LEADS of the body they preside; the organ in the post\'s name is its own node, PART_OF its owner', () => {
  const ctx = ctxOf('A/RES/79/129', '2024-12-04');
  const CHAIR = 'Organization:Chair of the working group of the Sixth Committee (A/RES/79/129)';
  const GROUP = 'Organization:working group of the Sixth Committee (A/RES/79/129)';
  const text = 'Having examined the report of the Secretary-General and the oral report of the Chair of the Working Group of the Sixth Committee on its work during the seventy-ninth session,';

  it('A/RES/79/129 PP35 (78/115, 80/171 PP35; 79/116 PP22): the Working Group mentioned, PART_OF the Sixth Committee; the Chair one node, no LEADS nor PART_OF', () => {
    const x = extract(text, 'preambular', ctx);
    const mentioned = x.mentions.map((m) => m.key);
    expect(mentioned).toEqual(expect.arrayContaining([CHAIR, GROUP, 'Organization:Sixth Committee']));
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`PART_OF ${GROUP} -> Organization:Sixth Committee`);
    expect(att.filter((a) => a.includes(CHAIR))).toEqual([]);
  });

  it('guard: A/RES/78/132 OP35 "the Chair of the Working Group on Enhanced Cooperation" (no owner printed): no PART_OF', () => {
    const t =
      'Notes the report of the Chair of the Working Group on Enhanced Cooperation on the work of the Group, and takes note of the discussions held;';
    const att = attributions(t, 'operative', ctxOf('A/RES/78/132', '2023-12-19'));
    expect(att.filter((a) => a.startsWith('PART_OF') || a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('ruling 1c: "<body>, a subsidiary organ of the General Assembly": PART_OF the Assembly', () => {
  it('the apposition "<body>, a subsidiary organ of the General Assembly" (79/247\'s form without "as"): PART_OF (organInAppositionAttributions already read it)', () => {
    const t = 'Takes note of the report of the Committee on Information, a subsidiary organ of the General Assembly, and requests the Secretary-General to continue;';
    expect(attributions(t, 'operative')).toContain('PART_OF Organization:Committee on Information -> Organization:General Assembly');
  });

  it('"<body>, a subsidiary body of the General Assembly" (the form of A/RES/79/130 OP3, "a subsidiary body of the General Assembly", with the body named): PART_OF', () => {
    const t = 'Takes note of the report of the Committee on Information, a subsidiary body of the General Assembly, and requests the Secretary-General to continue;';
    expect(attributions(t, 'operative')).toContain('PART_OF Organization:Committee on Information -> Organization:General Assembly');
  });

  it('guard: "<body>, the main body of the <other body>" gives no PART_OF (a body only as a subsidiary one)', () => {
    const t = 'Takes note of the report of the Committee on Information, the main body of the General Assembly for information matters;';
    expect(attributions(t, 'operative').filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('A/RES/79/247 OP1: "the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council": unchanged', () => {
    const t =
      'Reaffirms the role of the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council for planning, programming and coordination;';
    const att = attributions(t, 'operative', ctxOf('A/RES/79/247', '2024-12-24'));
    expect(att).toContain('PART_OF Organization:Committee for Programme and Coordination -> Organization:General Assembly');
    expect(att).toContain('PART_OF Organization:Committee for Programme and Coordination -> Organization:Economic and Social Council');
  });

  it('guard: a plural "subsidiary organs of the Council" after a body names no parent of it (A/RES/78/177)', () => {
    const t = 'Calls upon the Special Rapporteur, the special procedures and subsidiary organs of the Human Rights Council to continue their work;';
    expect(attributions(t, 'operative').filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
