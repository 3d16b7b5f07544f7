// Session-39 audit aud39d: events, last session's open misses (A/RES/79/62 PP10, 80/129 OP8-OP9 and PP12, 79/180 PP26,
// 79/317, 79/149, 78/4 annex OP7, 78/20 OP6, 78/231 OP31, 78/167 OP12), each form grepped across corpus-ga for its siblings.
// Fixed: a sitting with no name of its own that its hosts and days identify ("the regional conference hosted by Costa Rica on 23
// and 24 February 2023", 78/241 PP7; the plural "regional conferences hosted by the Philippines on ... and by Sierra Leone on ...",
// 79/62 PP10; 80/77 PP42), or its venue and days ("the extraordinary ministerial conference held in Rome on 15 March 2018", 78/73;
// "its forum held in Fez, Morocco, on 23 and 24 April 2015", 79/180 PP26, 78/214, 80/200; 80/70 PP11; 78/229 OP48) is an Event
// with its HOSTS, HELD_IN and dates; the 2013 high-level meeting on disability and development, printed by its short and its
// full name (79/149 PP9, OP39), is one node. Each case quotes its file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/62', date: '2024-12-02' };
const { extract, attributions } = oneParagraph({ ctx: GA79, kind: 'preambular' });
const events = (text: string, kind?: 'preambular' | 'operative') => extract(text, kind).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

describe('an unnamed sitting its hosts and days identify', () => {
  const PP10 =
    'Acknowledging the important contribution of State-led international and regional conferences and initiatives, including the latest regional conferences hosted by the Philippines on 13 and 14 December 2023 and by Sierra Leone on 17 and 18 April 2024, the international conference hosted by Austria on 29 and 30 April 2024 and the Responsible Artificial Intelligence in the Military Domain Summit hosted by the Republic of Korea on 9 and 10 September 2024,';

  it('A/RES/79/62 PP10: "the international conference hosted by Austria on 29 and 30 April 2024" is an Event, hosted by Austria and dated', () => {
    const austria = 'Event:international conference hosted by Austria @ 2024';
    expect(events(PP10)).toContain(austria);
    const att = attributions(PP10);
    expect(att).toContain(`HOSTS Place:Austria -> ${austria}`);
    expect(att).toContain(`STARTS_ON ${austria} -> Date:2024-04-29`);
    expect(att).toContain(`ENDS_ON ${austria} -> Date:2024-04-30`);
  });

  it('A/RES/79/62 PP10: "the latest regional conferences hosted by the Philippines on ... and by Sierra Leone on ...": two sittings, each with its host and days', () => {
    const philippines = 'Event:regional conference hosted by Philippines @ 2023';
    const sierraLeone = 'Event:regional conference hosted by Sierra Leone @ 2024';
    expect(events(PP10)).toEqual(expect.arrayContaining([philippines, sierraLeone]));
    const att = attributions(PP10);
    expect(att).toEqual(
      expect.arrayContaining([
        `HOSTS Place:Philippines -> ${philippines}`,
        `STARTS_ON ${philippines} -> Date:2023-12-13`,
        `HOSTS Place:Sierra Leone -> ${sierraLeone}`,
        `STARTS_ON ${sierraLeone} -> Date:2024-04-17`,
        `ENDS_ON ${sierraLeone} -> Date:2024-04-18`,
      ]),
    );
    expect(att.filter((a) => a.startsWith('HOSTS Place:Sierra Leone') && !a.endsWith(sierraLeone))).toEqual([]);
  });

  it('A/RES/80/77 PP42: "the most recent ministerial meeting hosted by Jordan, Brazil and Spain on 25 September 2025": hosted by all three', () => {
    const text =
      'Welcoming the joint efforts of host countries and donors to mobilize support for the Agency, including through extraordinary ministerial meetings, inter alia, the most recent ministerial meeting hosted by Jordan, Brazil and Spain on 25 September 2025, aimed at urgently addressing the Agency’s funding shortfall,';
    const meeting = 'Event:ministerial meeting hosted by Jordan, Brazil and Spain @ 2025';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/77', date: '2025-12-05' });
    expect(att).toEqual(expect.arrayContaining([`HOSTS Place:Jordan -> ${meeting}`, `HOSTS Place:Brazil -> ${meeting}`, `HOSTS Place:Spain -> ${meeting}`, `STARTS_ON ${meeting} -> Date:2025-09-25`]));
  });

  it('A/RES/78/241 PP7: "the summit hosted by the Kingdom of the Netherlands and co-organized by the Republic of Korea on 15 and 16 February 2023": the days after the co-organizer', () => {
    const text =
      'Acknowledging the important contribution of international and regional conferences and initiatives such as the summit hosted by the Kingdom of the Netherlands and co-organized by the Republic of Korea on 15 and 16 February 2023, the regional conference hosted by Costa Rica on 23 and 24 February 2023,';
    expect(events(text)).toEqual(['Event:summit hosted by Kingdom of the Netherlands @ 2023', 'Event:regional conference hosted by Costa Rica @ 2023']);
  });

  it('guard: hosts with no day printed ("conferences hosted by Member States") name no sitting', () => {
    const text = 'Acknowledging the contribution of the regional conferences hosted by Member States in recent years and of the conference hosted by Austria,';
    expect(events(text)).toEqual([]);
  });

  it('guard: a named sitting hosted on its days keeps its name ("the Responsible Artificial Intelligence in the Military Domain Summit hosted by ...")', () => {
    expect(events(PP10).filter((k) => k.includes('Military Domain'))).toEqual(['Event:Responsible Artificial Intelligence in the Military Domain Summit @ 2024']);
  });
});

describe('an unnamed sitting its venue and days identify', () => {
  it('A/RES/79/180 PP26 (78/214, 80/200): "the declaration of its forum held in Fez, Morocco, on 23 and 24 April 2015" is an Event held in Fez', () => {
    const text =
      'Welcoming in this regard all international, regional and national initiatives, and recalling the initiative of the Special Adviser to the Secretary-General on the Prevention of Genocide on the role of religious leaders in preventing incitement that could lead to atrocity crimes and the declaration of its forum held in Fez, Morocco, on 23 and 24 April 2015, the Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief,';
    const forum = 'Event:forum held in Fez @ 2015';
    expect(events(text)).toEqual([forum]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${forum} -> Place:Fez`, `STARTS_ON ${forum} -> Date:2015-04-23`, `ENDS_ON ${forum} -> Date:2015-04-24`]));
  });

  it('A/RES/80/70 PP11: "the Joint Ministerial Statement ... adopted at the ministerial meeting held in New York on 24 September 2024": the meeting adopted it', () => {
    const text =
      'Recalling further the Final Declaration adopted by the fourteenth Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty, held in New York on 26 September 2025, convened pursuant to article XIV of the Treaty, and recalling the Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty adopted at the ministerial meeting held in New York on 24 September 2024,';
    const meeting = 'Event:ministerial meeting held in New York @ 2024';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/70', date: '2025-12-01' });
    expect(att).toEqual(expect.arrayContaining([`HELD_IN ${meeting} -> Place:New York`, `STARTS_ON ${meeting} -> Date:2024-09-24`]));
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.includes('Joint Ministerial Statement'))).toEqual([`ADOPTED ${meeting} -> Framework:Joint Ministerial Statement on the Comprehensive Nuclear-Test-Ban Treaty`]);
  });

  it('guard: no day after the venue ("the fifty-fifth ministerial meeting, held in Sao Tome", a year alone) names no sitting', () => {
    expect(events('Recalling the meeting held in Sao Tome in 2019 and the high-level preparatory meeting held in Luanda from 22 to 25 April,').filter((k) => k.includes('held in'))).toEqual([]);
  });
});

describe('one 2013 high-level meeting on disability and development', () => {
  const GA149: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/149', date: '2024-12-17' };
  it('A/RES/79/149 PP9 and OP39: its short name and its full name ("of the Assembly on the realization of ...") are one node, organized by the Assembly', () => {
    const pp9 = extract(
      'Noting the panel discussion organized by the President of the General Assembly held on 13 June 2016 to follow up on the status of and progress made towards the realization of the development goals for persons with disabilities in relation to the follow-up to the outcome of the high-level meeting on disability and development and to the principles of the Convention on the Rights of Persons with Disabilities,',
      'preambular',
      { ...GA149 },
    );
    const op39 = extract(
      'Requests the Secretary-General to submit information to the General Assembly at its eighty-first session on the implementation of the present resolution and of the outcome document of the high-level meeting of the Assembly on the realization of the Millennium Development Goals and other internationally agreed development goals for persons with disabilities: the way forward, a disability-inclusive development agenda towards 2015 and beyond, and to make appropriate recommendations;',
      'operative',
      { ...GA149 },
    );
    const key = 'Event:high-level meeting on disability and development @ 2013';
    expect(pp9.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toContain(key);
    expect(op39.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toContain(key);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(op39.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`SESSION_OF ${key} -> Organization:General Assembly`);
  });

  it('guard: another high-level meeting of the Assembly ("on HIV and AIDS") keeps its own node', () => {
    const text = 'Recalling the political declaration adopted at the high-level plenary meeting of the Assembly on HIV and AIDS in 2016,';
    expect(events(text, 'preambular').filter((k) => k.includes('disability'))).toEqual([]);
    expect(events(text, 'preambular').some((k) => k.includes('HIV and AIDS'))).toBe(true);
  });
});

describe("the Economic and Social Council's recurring special meetings are known sittings", () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/129', date: '2025-12-18' };
  it('A/RES/80/129 OP9: the special meetings on tax matters and on financial integrity, and the one with credit rating agencies, are Events organized by the Council', () => {
    const text =
      'Reaffirms that the deliberations of the special meeting of the Economic and Social Council on international cooperation in tax matters, the Development Cooperation Forum, a special meeting of the Economic and Social Council on financial integrity, the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals and a high-level special meeting of the Economic and Social Council with credit rating agencies, among others, will be taken into account by the forum on financing for development follow-up on an appropriate cycle;';
    const x = extract(text, 'operative', { ...GA80 });
    const keys = x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
    const tax = 'Event:special meeting of the Economic and Social Council on international cooperation in tax matters';
    const integrity = 'Event:special meeting of the Economic and Social Council on financial integrity';
    expect(keys).toEqual(expect.arrayContaining([tax, integrity, 'Event:special high-level meeting on credit ratings']));
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(att).toEqual(expect.arrayContaining([`SESSION_OF ${tax} -> Organization:Economic and Social Council`, `SESSION_OF ${integrity} -> Organization:Economic and Social Council`]));
  });

  it('A/RES/80/129 OP8: "the annual special high-level meeting with the Bretton Woods institutions" is the Council\'s special high-level meeting; the bodies after it stay', () => {
    const text =
      'Also looks forward to continuing to hold the annual special high-level meeting with the Bretton Woods institutions and a special high-level meeting that engages with the World Trade Organization and the United Nations Conference on Trade and Development, in the year that trade is under in-depth review;';
    const keys = extract(text, 'operative', { ...GA80 }).mentions.map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['Event:special high-level meeting of the Economic and Social Council', 'Organization:World Trade Organization', 'Organization:United Nations Conference on Trade and Development']));
  });

  it('guard: "the special high-level meeting of the Council with the Bretton Woods institutions, the World Trade Organization and ..." (A/RES/78/231 PP18) keeps the bodies it meets', () => {
    const text =
      'Recalling the intergovernmentally agreed conclusions and recommendations of the forum, in which it was decided that the ninth Economic and Social Council forum on financing for development follow-up would convene from 22 to 25 April 2024 and would include the special high-level meeting of the Council with the Bretton Woods institutions, the World Trade Organization and the United Nations Conference on Trade and Development,';
    const keys = extract(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/231', date: '2023-12-22' }).mentions.map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['Event:special high-level meeting of the Economic and Social Council', 'Organization:Bretton Woods institutions', 'Organization:World Trade Organization']));
  });
});

describe("a body's numbered retreat is its sitting", () => {
  it('A/RES/80/129 PP12 (79/199 PP16, 78/231 PP16): "the ninth annual retreat of the Group of Friends of Monterrey" is an Event organized by the Group', () => {
    const text = 'Taking note of the convening of the ninth annual retreat of the Group of Friends of Monterrey to exchange informal views on financing for development issues,';
    const retreat = 'Event:ninth retreat of the Group of Friends of Monterrey';
    expect(events(text)).toEqual([retreat]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF ${retreat} -> Organization:Group of Friends of Monterrey`);
  });

  it('guard: "the annual retreat of the Group of Friends of Monterrey" (A/RES/78/231 PP15), no ordinal, names no one sitting', () => {
    const text = 'Taking note of the holding of preparatory meetings for the Economic and Social Council forum on financing for development follow-up, such as the annual retreat of the Group of Friends of Monterrey,';
    expect(events(text).filter((k) => k.includes('retreat'))).toEqual([]);
  });
});

describe('a postponed conference: its venue and days printed together are the plan\'s', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/167', date: '2023-12-19' };
  const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';
  it('A/RES/78/167 OP12: "the third United Nations Conference on Landlocked Developing Countries, in Rwanda from 18 to 21 June 2024": held in Rwanda on those days, as "to be held in Rwanda from ..." is', () => {
    const text =
      'Also looks forward to the convening of the fourth International Conference on Small Island Developing States, in Antigua and Barbuda from 27 to 30 May 2024, and the third United Nations Conference on Landlocked Developing Countries, in Rwanda from 18 to 21 June 2024, both of which will, inter alia, provide the opportunity;';
    const att = attributions(text, 'operative', { ...GA78 });
    expect(att).toEqual(expect.arrayContaining([`HELD_IN ${LLDC3} -> Place:Rwanda`, `STARTS_ON ${LLDC3} -> Date:2024-06-18`, `ENDS_ON ${LLDC3} -> Date:2024-06-21`]));
  });

  it('guard: the conference named with no venue or days keeps the gazetteer\'s and adds none', () => {
    const att = attributions('Welcomes the outcome of the third United Nations Conference on Landlocked Developing Countries;', 'operative', { ...GA78 });
    expect(att.filter((a) => a.startsWith(`HELD_IN ${LLDC3}`) || a.startsWith(`STARTS_ON ${LLDC3}`))).toEqual([]);
  });
});

describe('the high-level meeting a resolution prepared for is the sitting then to come', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/4', date: '2023-10-05' };
  const OP1 = 'Adopts the political declaration of the high-level meeting on universal health coverage, held on 21 September 2023 in accordance with its resolution 75/315 of 17 August 2021, as contained in the annex to the present resolution.';
  const ANNEX_OP2 =
    'Reaffirm and renew our political commitment to accelerate the implementation of the 2019 political declaration of the high-level meeting of the General Assembly on universal health coverage, which reaffirms that health is a precondition;';
  const eventKeys = (ctx: RecognizeContext, text: string) => extract(text, 'operative', ctx).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

  it('A/RES/78/4 annex OP7: "World Health Assembly resolution 76.4 of 30 May 2023, entitled “Preparation for the high-level meeting of the United Nations General Assembly on universal health coverage”" is the 2023 meeting of OP1, not the 2019 one', () => {
    const ctx: RecognizeContext = { ...GA78 };
    extract(OP1, 'operative', ctx);
    extract(ANNEX_OP2, 'operative', ctx);
    const keys = eventKeys(ctx, 'Recall World Health Assembly resolution 76.4 of 30 May 2023, entitled “Preparation for the high-level meeting of the United Nations General Assembly on universal health coverage”;');
    expect(keys).toEqual(['Event:high-level meeting of the General Assembly on universal health coverage @ 2023']);
  });

  it('guard: the meeting named with no preparation (annex OP2, "the 2019 political declaration of the high-level meeting ...") keeps its own reading', () => {
    const ctx: RecognizeContext = { ...GA78 };
    extract(OP1, 'operative', ctx);
    expect(eventKeys(ctx, ANNEX_OP2).some((k) => k.endsWith('@ 2023'))).toBe(false);
  });
});

describe("a process's first meeting, told by the words after its name", () => {
  const GA79b: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07' };
  it('A/RES/79/317 OP63: "the United Nations-led Doha process that initially met in May 2023 in Doha": its first meeting, in Doha, May 2023', () => {
    const text =
      'Welcomes the Secretary-General’s initiative for establishing the United Nations-led Doha process that initially met in May 2023 in Doha, encourages further discussions on the implementations of the recommendations of the independent assessment;';
    const meeting = 'Event:first meeting of the Doha process';
    const x = extract(text, 'operative', { ...GA79b });
    expect(x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([meeting]);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toEqual(expect.arrayContaining([`HELD_IN ${meeting} -> Place:Doha`, `STARTS_ON ${meeting} -> Date:2023-05`]));
  });

  // (PP6's "the ... Doha process, initiated in May 2023 in Doha" was guarded here as naming no meeting; aud39k reads it as the
  // same first meeting, as the lead's brief asked: see accuracy-aud39k. The guard keeps a start with no venue unread.)
  it('guard: "the United Nations-led Doha process, launched in May 2023" (no venue, not "initially met"/"initiated in ... in <city>") names no one meeting', () => {
    const text =
      'Taking note with satisfaction of the independent assessment on Afghanistan and the meetings convened under the United Nations-led Doha process, launched in May 2023, and encouraging Member States to consider increasing international engagement,';
    expect(extract(text, 'preambular', { ...GA79b }).mentions.filter((m) => m.kind === 'Event')).toEqual([]);
  });
});
