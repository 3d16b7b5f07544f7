// Misses found by the session-33 audit aud33d (sittings of several dates, event keys): a preparatory committee's sessions
// were keyed "first session of the Preparatory Committee" however the committee was named, one node for the NPT committee's
// 2023 session and the crimes-against-humanity committee's; the committee "for the eleventh Review Conference" and "for the
// 2026 Review Conference" of the NPT were two nodes. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_40: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' };
const GA_79_41: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/41', date: '2024-12-02' };
const GA_80_48: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/48', date: '2025-12-01' };
const GA_79_42: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/42', date: '2024-12-02' };
const GA_79_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' };
const GA_78_272: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/272', date: '2024-04-24' };
const GA_79_122: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/122', date: '2024-12-04' };

const NPT_PREPCOM = 'Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
const prepSessions = (keys: string[]) => keys.filter((k) => k.includes('session of the Preparatory Committee')).sort();

describe('a preparatory committee’s sessions are that committee’s, one key for the NPT committee however printed', () => {
  it('A/RES/78/40 PP5: "the first session of the Preparatory Committee for the eleventh Review Conference ..." and "the second session of the Preparatory Committee"', () => {
    const { keys, attributions } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023, and the first session of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023, and stressing that such deliberations and papers are a useful basis for the second session of the Preparatory Committee,';
    expect(prepSessions(keys(text, 'Event:'))).toEqual([`Event:first session of the ${NPT_PREPCOM}`, `Event:second session of the ${NPT_PREPCOM}`]);
    expect(keys(text, 'Organization:')).toContain(`Organization:${NPT_PREPCOM}`);
    expect(attributions(text)).toContain(`STARTS_ON Event:first session of the ${NPT_PREPCOM} -> Date:2023-07-31`);
  });

  it('A/RES/79/41 PP5: the listed "first and second sessions", "the 2024 session" and "the third session" after it', () => {
    const { keys } = oneParagraph({ ctx: GA_79_41, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group, held from 24 to 28 July 2023, and the first and second sessions of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023 and from 22 July to 2 August 2024, the working paper from the Chair of the working group, the Chair’s summary of the 2024 session of the Preparatory Committee, welcoming the practice of the Chair of drafting such papers, and stressing that such deliberations and papers are a useful contribution for the third session of the Preparatory Committee,';
    expect(prepSessions(keys(text, 'Event:'))).toEqual([
      `Event:2024 session of the ${NPT_PREPCOM}`,
      `Event:first session of the ${NPT_PREPCOM}`,
      `Event:second session of the ${NPT_PREPCOM}`,
      `Event:third session of the ${NPT_PREPCOM}`,
    ]);
  });

  it('A/RES/80/48 PP5: printed "for the 2026 Review Conference", the same keys', () => {
    const { keys } = oneParagraph({ ctx: GA_80_48, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group, held from 24 to 28 July 2023, and the first, second and third sessions of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non‑Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023, from 22 July to 2 August 2024 and from 28 April to 9 May 2025,';
    expect(prepSessions(keys(text, 'Event:'))).toEqual([`Event:first session of the ${NPT_PREPCOM}`, `Event:second session of the ${NPT_PREPCOM}`, `Event:third session of the ${NPT_PREPCOM}`]);
  });

  it('A/RES/79/122 OP7, OP8: another conference’s preparatory committee keeps its sessions apart (the resolution’s qualifier)', () => {
    const { keys } = oneParagraph({ ctx: GA_79_122, kind: 'operative' });
    const op7 =
      'Also decides to convene a working group, which shall be governed by the rules of procedure of the General Assembly, to meet for the entire first session of the Preparatory Committee to facilitate consultations on the draft articles;';
    expect(prepSessions(keys(op7, 'Event:'))).toEqual(['Event:first session of the Preparatory Committee (A/RES/79/122)']);
    const op9 = 'Invites Governments to submit proposals, and requests the Secretary-General to submit a proposed compiled text to the Preparatory Committee at its second session;';
    expect(prepSessions(keys(op9, 'Event:'))).toEqual(['Event:second session of the Preparatory Committee (A/RES/79/122)']);
  });

  it('guard: the Review Conference the committee prepares keeps its own key (the ordinal’s)', () => {
    const { keys } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text = 'Looking forward to the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    expect(keys(text, 'Event:')).toEqual(['Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)']);
  });

  it('guard: a session of a body named in full is keyed with that body as before (Commission on the Status of Women)', () => {
    const { keys } = oneParagraph({ ctx: GA_80_48, kind: 'preambular' });
    const text = 'Noting the sixty-ninth session of the Commission on the Status of Women,';
    expect(keys(text, 'Event:')).toEqual(['Event:sixty-ninth session of the Commission on the Status of Women']);
  });
});

describe('a sitting named once with a list of days and venues is one sitting per item', () => {
  const { keys, relations, attributions } = oneParagraph({ ctx: GA_79_42, kind: 'preambular' });

  it('A/RES/79/42 PP10 (78/43, 80/41): the Nuclear Security Summits of 2010, 2012, 2014 and 2016, each with its days and venue', () => {
    const text =
      'Recalling further the holding of the Nuclear Security Summit on 12 and 13 April 2010 in Washington, D.C., on 26 and 27 March 2012 in Seoul, on 24 and 25 March 2014 in The Hague and on 31 March and 1 April 2016 in Washington, D.C.,';
    expect(keys(text, 'Event:')).toEqual(['Event:Nuclear Security Summit @ 2010', 'Event:Nuclear Security Summit @ 2012', 'Event:Nuclear Security Summit @ 2014', 'Event:Nuclear Security Summit @ 2016']);
    expect(relations(text)).toContain('RECALLS Event:Nuclear Security Summit @ 2014');
    const a = attributions(text);
    expect(a).toContain('HELD_IN Event:Nuclear Security Summit @ 2010 -> Place:Washington, D.C.');
    expect(a).toContain('HELD_IN Event:Nuclear Security Summit @ 2012 -> Place:Seoul');
    expect(a).toContain('HELD_IN Event:Nuclear Security Summit @ 2014 -> Place:The Hague');
    expect(a).toContain('STARTS_ON Event:Nuclear Security Summit @ 2016 -> Date:2016-03-31');
    expect(a).toContain('ENDS_ON Event:Nuclear Security Summit @ 2016 -> Date:2016-04-01');
    expect(a).not.toContain('HELD_IN Event:Nuclear Security Summit @ 2010 -> Place:Seoul');
    expect(a.filter((x) => x.startsWith('STARTS_ON Event:Nuclear Security Summit @ 2010'))).toEqual(['STARTS_ON Event:Nuclear Security Summit @ 2010 -> Date:2010-04-12']);
  });

  it('guard: one item of days and venue stays one sitting with them', () => {
    const text = 'Recalling further the holding of the Nuclear Security Summit on 12 and 13 April 2010 in Washington, D.C.,';
    expect(keys(text, 'Event:')).toEqual(['Event:Nuclear Security Summit @ 2010']);
    expect(attributions(text)).toContain('HELD_IN Event:Nuclear Security Summit @ 2010 -> Place:Washington, D.C.');
  });

  it('guard: two items of one year are not two sittings keyed alike (no split)', () => {
    const text = 'Recalling further the holding of the Nuclear Security Summit on 12 and 13 April 2010 in Washington, D.C. and on 1 and 2 May 2010 in Seoul,';
    expect(keys(text, 'Event:')).toEqual(['Event:Nuclear Security Summit @ 2010']);
  });
});

describe('"the adoption[,] by <who> [at its <session>], on <day>, of <framework>": the framework ADOPTED_ON that day', () => {
  const adoptedOn = (a: string[]) => a.filter((x) => x.startsWith('ADOPTED_ON'));

  it('A/RES/79/68 OP14 (78/59, 80/63): the ECCAS strategy adopted at the Conference’s seventeenth ordinary session, on 30 July 2020', () => {
    const { keys, attributions } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const text =
      'Recalls the adoption, by the Conference of Heads of State and Government of the Economic Community of Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing and combating terrorism in Central Africa, and requests a review thereof to strengthen the strategy in the light of the conclusions of the African Union Extraordinary Summit, held in Malabo on 28 May 2022;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:strategy on preventing and combating terrorism in Central Africa']);
    const a = attributions(text);
    expect(adoptedOn(a)).toEqual(['ADOPTED_ON Framework:strategy on preventing and combating terrorism in Central Africa -> Date:2020-07-30']);
    // (the day of the act still dates no session: accuracy-aud32l)
    expect(a.filter((x) => x.startsWith('STARTS_ON') && x.includes('Central African States'))).toEqual([]);
  });

  it('A/RES/78/272 PP2 (79/271, 80/107): "the adoption by the conference, on 19 June 2023, of the Agreement ..."', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_272, kind: 'preambular' });
    const text =
      'Recalling also the adoption by the conference, on 19 June 2023, of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction, by consensus,';
    expect(adoptedOn(attributions(text))).toEqual([
      'ADOPTED_ON Framework:Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction -> Date:2023-06-19',
    ]);
  });

  it('guard: a day of something else between the adoption and the framework ("by the conference, which met on <day>, and of") dates nothing', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_272, kind: 'preambular' });
    const text =
      'Recalling also the adoption by the conference; noting the meeting on 19 June 2023 of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction,';
    expect(adoptedOn(attributions(text))).toEqual([]);
  });
});

describe('"the fourth annual meeting of senior officials of the <body>": a sitting of that body', () => {
  const ICC = 'Interregional Coordination Centre for Maritime Security in the Gulf of Guinea';
  const { keys, attributions } = oneParagraph({ ctx: GA_79_68, kind: 'preambular' });

  it('A/RES/79/68 PP16 (80/63 PP15): the meeting, dated 18 April 2024, organized by the Centre', () => {
    const text =
      'Recalling also the conclusion of the Summit, and welcoming the successful organization of the fourth annual meeting of senior officials of the Interregional Coordination Centre for Maritime Safety and Security in the Gulf of Guinea on 18 April 2024, jointly supported by the United Nations Regional Office for Central Africa,';
    expect(keys(text, 'Event:')).toEqual([`Event:fourth meeting of senior officials of the ${ICC}`]);
    const a = attributions(text);
    expect(a).toContain(`STARTS_ON Event:fourth meeting of senior officials of the ${ICC} -> Date:2024-04-18`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(a).toContain(`SESSION_OF Event:fourth meeting of senior officials of the ${ICC} -> Organization:${ICC}`);
  });

  it('guard: senior officials of a body with no numbered meeting make no sitting', () => {
    const text = 'Welcoming the regular consultations of senior officials of the Interregional Coordination Centre for Maritime Safety and Security in the Gulf of Guinea,';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});
