// Misses found by the session-17 audit aud17g: A/RES/73/6 (fiftieth anniversary of UNISPACE, pypdf text), A/RES/78/16,
// A/RES/79/239, and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/6', date: '2018-10-26' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const ANNIVERSARY = 'Event:fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space';
const SEGMENT = 'Event:high-level segment of the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space';

// A/RES/73/6 PP2, as pypdf printed it (split words joined by the cleaner are printed whole here)
const PP2 =
  'Recognizing that the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE+50) offers a unique opportunity for Member States to reflect on more than 50 years of achievement in space exploration and use and to chart the future contribution of the Committee on the Peaceful Uses of Outer Space to the global governance of outer space activities,';

describe('"the <ordinal> anniversary of <name> (<X>+<n>)" defines <X>+<n> for the anniversary, an event of its own', () => {
  it('A/RES/73/6 PP2: the anniversary is the event the acronym names, not the first Conference', () => {
    expect(keys(PP2, 'Event:')).toEqual([ANNIVERSARY]);
    expect(relations(PP2)).toContain(`RECOGNIZES ${ANNIVERSARY}`);
  });

  it('A/RES/73/6 PP22, PP24, OP2: "in preparation for UNISPACE+50", "the seven thematic priorities of UNISPACE+50", "the UNISPACE+50 process"', () => {
    const ctx: RecognizeContext = { ...GA };
    extract(PP2, 'preambular', ctx);
    const pp22 =
      'Noting with satisfaction that the Committee on the Peaceful Uses of Outer Space, in preparation for UNISPACE+50, has analysed the impact of the three United Nations Conferences on the Exploration and Peaceful Uses of Outer Space, held in 1968, 1982 and 1999, as well as the review undertaken in 2004, and noting with satisfaction also that that assessment provided the basis for the selection of the seven thematic priorities of UNISPACE+50,';
    expect(relations(pp22, 'preambular', ctx).filter((r) => r === `NOTES ${ANNIVERSARY}`).length).toBe(2);
    const pp24 = 'Emphasizing that the seven thematic priorities of UNISPACE+50 represent a comprehensive approach to addressing key areas,';
    expect(relations(pp24, 'preambular', ctx)).toEqual([`EMPHASIZES ${ANNIVERSARY}`]);
    const op2 =
      'Invites the Committee on the Peaceful Uses of Outer Space to continue to develop, on the basis of the results of the UNISPACE+50 process, a “Space2030” agenda and implementation plan;';
    expect(relations(op2, 'operative', ctx)).toContain(`INVITES ${ANNIVERSARY}`);
  });

  it('A/RES/73/6 PP25: "the UNISPACE+50 high-level segment, held in Vienna on 20 and 21 June 2018 to commemorate the fiftieth anniversary of ..."', () => {
    const ctx: RecognizeContext = { ...GA };
    extract(PP2, 'preambular', ctx);
    const pp25 =
      'Welcoming the UNISPACE+50 high-level segment, held in Vienna on 20 and 21 June 2018 to commemorate the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space, which marked a significant step towards charting the future contribution of the Committee on the Peaceful Uses of Outer Space to the global governance of outer space activities,';
    const x = extract(pp25, 'preambular', ctx);
    expect(x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([SEGMENT, ANNIVERSARY]);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toEqual(expect.arrayContaining([`WELCOMES ${SEGMENT}`, `WELCOMES ${ANNIVERSARY}`]));
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`HELD_IN ${SEGMENT} -> Place:Vienna`);
  });

  it('guard: an acronym "+<n>" of the name itself stays that name\'s (A/RES/80/157 PP27 "the second International Conference on Agrarian Reform and Rural Development (ICARRD+20)")', () => {
    const text =
      'Looking forward to the convening of the second International Conference on Agrarian Reform and Rural Development (ICARRD+20), in Cartagena, Colombia, from 24 to 28 February 2026,';
    const events = keys(text, 'Event:');
    expect(events.length).toBe(1);
    expect(events[0]).toMatch(/^Event:second International Conference on Agrarian Reform and Rural Development/i);
  });

  it('guard: no acronym, no anniversary event ("to commemorate the thirtieth anniversary of the Fourth World Conference on Women")', () => {
    const text = 'Recalling the thirtieth anniversary of the Fourth World Conference on Women, and the Beijing Declaration and Platform for Action,';
    expect(keys(text, 'Event:').some((k) => k.includes('anniversary'))).toBe(false);
  });
});

describe('the “Space2030” Agenda is a framework', () => {
  it('A/RES/73/6 OP3 (pypdf: "the “Space2030 ” agenda", whose space clean drops since aud39i): ACKNOWLEDGES the Space2030 Agenda', () => {
    const text =
      'Acknowledges the importance of global partnership and strengthened cooperation among Member States, intergovernmental and non-governmental organizations, industry and private sector entities in fulfilling the “Space2030” agenda and its implementation plan;';
    expect(relations(text, 'operative')).toEqual(['ACKNOWLEDGES Framework:Space2030 Agenda']);
  });

  it('A/RES/79/86 PP2: "Recalling the “Space2030” Agenda: space as a driver of sustainable development"', () => {
    const text =
      'Recalling the “Space2030” Agenda: space as a driver of sustainable development and its implementation plan, in which Member States acknowledged that the exploration and peaceful uses of outer space had enriched our collective knowledge,';
    expect(relations(text)).toContain('RECALLS Framework:Space2030 Agenda');
  });
});

describe('numbers of one session printed together before one date share it', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04' };
  const dateOf = (text: string, key: string) => extract(text, 'preambular', { ...GA78 }).mentions.find((m) => m.key === key)?.attrs?.date;

  it('A/RES/78/16 PP1: "74/28 and 74/29 of 12 December 2019": both adopted that day', () => {
    const text = 'Recalling its resolutions 73/266 of 22 December 2018, 74/28 and 74/29 of 12 December 2019, 75/32 of 7 December 2020,';
    expect(dateOf(text, 'Resolution:A/RES/74/28')).toBe('2019-12-12');
    expect(dateOf(text, 'Resolution:A/RES/74/29')).toBe('2019-12-12');
    expect(dateOf(text, 'Resolution:A/RES/73/266')).toBe('2018-12-22');
  });

  it('guard: numbers of another session or far apart keep no date ("70/1 and 72/279 of 31 May 2018", "78/4 and 78/250 of ...")', () => {
    expect(dateOf('Recalling its resolutions 70/1 and 72/279 of 31 May 2018,', 'Resolution:A/RES/70/1')).toBeUndefined();
    expect(dateOf('Recalling its resolutions 78/4 and 78/250 of 22 December 2023,', 'Resolution:A/RES/78/4')).toBeUndefined();
  });
});

describe('", as well as taking note of ..." opens a NOTES clause', () => {
  const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/239', date: '2024-12-24' };
  it('A/RES/79/239 PP17: "... and welcoming the progress made in these discussions, as well as taking note of the report of the Secretary-General submitted pursuant to ... resolution 78/241"', () => {
    const text =
      'Acknowledging the urgent need for the international community to address the challenges and concerns raised by emerging technologies in the area of lethal autonomous weapons systems, in particular through the ongoing and valuable work of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems, established under the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons and welcoming the progress made in these discussions, as well as taking note of the report of the Secretary-General submitted pursuant to United Nations General Assembly resolution 78/241 of 22 December 2023 on lethal autonomous weapons systems, as well as the need to ensure complementarity between discussions in this regard,';
    const r = relations(text, 'preambular', { ...GA79 });
    expect(r).toContain('NOTES Resolution:A/RES/78/241');
    expect(r).not.toContain('WELCOMES Resolution:A/RES/78/241');
    expect(r).toContain('ACKNOWLEDGES Framework:Convention on Certain Conventional Weapons');
  });

  it('guard: a gerund after "as well as" opens nothing ("... linkages with domestic suppliers, as well as encouraging the integration of ...")', () => {
    const text =
      'Recognizing that foreign direct investment can have positive spillovers, including through establishing linkages with domestic suppliers, as well as encouraging the integration of local enterprises into the 2030 Agenda for Sustainable Development,';
    expect(relations(text, 'preambular', { ...GA79 })).toEqual(['RECOGNIZES Framework:2030 Agenda for Sustainable Development']);
  });
});

describe('"WSIS+20" alone is the twenty-year review of the Summit (the General Assembly\'s high-level meeting of 2025)', () => {
  const REVIEW = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025';
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-19' };

  it('A/RES/80/118 OP72: "... looking forward to the outcome of WSIS+20;"', () => {
    const text =
      'Requests the Secretary-General to submit to the General Assembly at its eighty-first session an action-oriented report on the status of the implementation of and follow-up to the present resolution, as part of his annual report on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels, looking forward to the outcome of WSIS+20;';
    expect(keys(text, 'Event:high-level', 'operative', { ...GA80 })).toEqual([REVIEW]);
  });

  it('A/RES/79/1 (Global Digital Compact): "We look forward to the WSIS+20 review in 2025"', () => {
    const text = 'We look forward to the WSIS+20 review in 2025 and invite it to identify the contribution of the World Summit on the Information Society process to the implementation of this Compact.';
    const x = extract(text, 'preambular', { ...GA80 });
    expect(x.mentions.find((m) => m.phrase === 'WSIS+20 review')?.key).toBe(REVIEW);
  });

  it('guard: the Forum\'s high-level events and the co-facilitators\' board keep their own names', () => {
    const forum = 'Noting also the holding of the World Summit on the Information Society Forum, and looking forward to the “WSIS+20 Forum High-level Event”, to be held in Geneva in 2025,';
    expect(keys(forum, 'Event:', 'preambular', { ...GA80 })).not.toContain(REVIEW);
    expect(keys(forum, 'Event:WSIS+20 Forum High-level Event', 'preambular', { ...GA80 }).length).toBe(1);
    const board = 'Invites the WSIS+20 Co-Facilitators’ Informal Multistakeholder Sounding Board to share its views;';
    expect(keys(board, 'Event:', 'operative', { ...GA80 })).not.toContain(REVIEW);
  });
});
