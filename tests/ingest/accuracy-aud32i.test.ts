// Misses found by the session-32 round-2 audit aud32i (sittings printed in lower case, with a date, a place or a host): the
// nuclear disarmament texts' two United Nations conferences, the ECOWAS-ECCAS joint summit in Lomé and what it adopted.
// Each case quotes the file and paragraph; each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_80_49: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/49', date: '2025-12-01' };
const GA_80_24: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/24', date: '2025-12-01' };
const GA_79_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' };

const NEGOTIATING_CONFERENCE = 'Event:United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons, leading towards their total elimination @ 2017';
const HIGH_LEVEL_CONFERENCE = 'Event:United Nations high-level international conference on nuclear disarmament';
const TPNW = 'Framework:Treaty on the Prohibition of Nuclear Weapons';
const JOINT_SUMMIT = 'Event:joint summit of the Heads of State and Government of the Economic Community of West African States and the Economic Community of Central African States @ 2018';
const LOME_DECLARATION = 'Framework:Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism';

describe('the nuclear disarmament texts\' United Nations conferences printed in lower case', () => {
  const { keys, relations, attributions } = oneParagraph({ ctx: GA_80_49, kind: 'preambular' });

  it('A/RES/80/49 PP12: "the adoption, with a vote, of the Treaty ... on 7 July 2017 at the United Nations conference to negotiate ...": the conference adopted it', () => {
    const text =
      'Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons3 on 7 July 2017 at the United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons, leading towards their total elimination, its entry into force on 22 January 2021 and the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022,';
    expect(keys(text, 'Event:United Nations')).toEqual([NEGOTIATING_CONFERENCE]);
    expect(relations(text)).toContain(`NOTES ${NEGOTIATING_CONFERENCE}`);
    expect(attributions(text)).toContain(`ADOPTED ${NEGOTIATING_CONFERENCE} -> ${TPNW}`);
  });

  it('A/RES/80/49 OP5: "Decides to convene, in New York, on a date to be decided later, a United Nations high-level international conference on nuclear disarmament"', () => {
    const text = 'Decides to convene, in New York, on a date to be decided later, a United Nations high-level international conference on nuclear disarmament to review the progress made in this regard;';
    expect(keys(text, 'Event:', 'operative')).toEqual([HIGH_LEVEL_CONFERENCE]);
    expect(relations(text, 'operative')).toContain(`DECIDES ${HIGH_LEVEL_CONFERENCE}`);
  });

  it('A/RES/80/24 OP21: "Calls for the convening, as soon as possible, of a United Nations high- level international conference ..." (the line-broken hyphen)', () => {
    const { keys: keys24 } = oneParagraph({ ctx: GA_80_24, kind: 'operative' });
    const text = 'Calls for the convening, as soon as possible, of a United Nations high-level international conference on nuclear disarmament to review the progress made in this regard;';
    expect(keys24(text, 'Event:')).toEqual([HIGH_LEVEL_CONFERENCE]);
  });

  it('guard A/RES/80/24 PP: "convening an international conference to identify ways of eliminating nuclear dangers" is not that conference', () => {
    const { keys: keys24 } = oneParagraph({ ctx: GA_80_24, kind: 'preambular' });
    const text =
      'Recalling also the United Nations Millennium Declaration, in which Heads of State and Government resolved to strive for the elimination of weapons of mass destruction, in particular nuclear weapons, and to keep all options open for achieving that aim, including the possibility of convening an international conference to identify ways of eliminating nuclear dangers,';
    expect(keys24(text, 'Event:')).toEqual([]);
  });

  it('guard: "the adoption, with a vote, of the Treaty ... on 7 July 2017" with no sitting after it keeps its day only', () => {
    const text = 'Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017,';
    const made = attributions(text);
    expect(made.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
    expect(made).toContain(`ADOPTED_ON ${TPNW} -> Date:2017-07-07`);
  });
});

describe('the ECOWAS-ECCAS joint summit in Lomé, printed in lower case', () => {
  const { keys, relations, attributions } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
  const OP15 =
    'Also recalls the joint summit of the Heads of State and Government of the Economic Community of West African States and the Economic Community of Central African States, on peace, security, stability and the fight against terrorism and violent extremism, held in Lomé on 30 July 2018, and the Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism adopted at that summit;';

  it('A/RES/79/68 OP15: one summit, held in Lomé on 30 July 2018, organized by both communities', () => {
    expect(keys(OP15, 'Event:')).toEqual([JOINT_SUMMIT]);
    expect(relations(OP15)).toContain(`RECALLS ${JOINT_SUMMIT}`);
    const made = attributions(OP15);
    expect(made).toContain(`HELD_IN ${JOINT_SUMMIT} -> Place:Lomé`);
    expect(made).toContain(`STARTS_ON ${JOINT_SUMMIT} -> Date:2018-07-30`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(made).toContain(`SESSION_OF ${JOINT_SUMMIT} -> Organization:Economic Community of West African States`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(made).toContain(`SESSION_OF ${JOINT_SUMMIT} -> Organization:Economic Community of Central African States`);
  });

  it('A/RES/79/68 OP15: "the Lomé Declaration ... adopted at that summit": the summit adopted it', () => {
    expect(attributions(OP15)).toContain(`ADOPTED ${JOINT_SUMMIT} -> ${LOME_DECLARATION}`);
  });

  it('guard: "adopted at that summit" after a sitting of another kind (a meeting) makes no ADOPTED edge', () => {
    const text =
      'Also recalls the forty-fourth ministerial meeting of the Standing Advisory Committee, held in Yaoundé from 29 May to 2 June 2017, and the Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism adopted at that summit;';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard A/RES/79/68 PP16: the summit of one theme, not of two bodies, gets no organizer', () => {
    const text =
      'Recalling also the conclusion of the Summit of Heads of State and Government on Maritime Safety and Security in the Gulf of Guinea, held in Yaoundé on 24 and 25 June 2013,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('ORGANIZES '))).toEqual([]);
  });
});

describe('the high-level meetings on poaching hosted by Gabon and Germany, printed as one plural', () => {
  const { keys, relations, attributions } = oneParagraph({ ctx: GA_79_68, kind: 'preambular' });
  const POACHING = 'Event:high-level meetings on poaching and illicit wildlife trafficking';

  it('A/RES/79/68 PP17: "the outcome of the high-level meetings on poaching and illicit wildlife trafficking, hosted by Gabon and Germany"', () => {
    const text =
      'Recalling further its resolution 69/314 of 30 July 2015, the first such resolution on tackling illicit trafficking in wildlife, and reaffirming the outcome of the high-level meetings on poaching and illicit wildlife trafficking, hosted by Gabon and Germany and held on the margins of the high-level segments of the sixty-eighth and sixty-ninth sessions of the General Assembly,';
    expect(keys(text, 'Event:high-level')).toEqual([POACHING]);
    expect(relations(text)).toContain(`REAFFIRMS ${POACHING}`);
    const made = attributions(text);
    expect(made).toContain(`HOSTS Place:Gabon -> ${POACHING}`);
    expect(made).toContain(`HOSTS Place:Germany -> ${POACHING}`);
  });

  it('guard: a singular "high-level meeting on poaching ..." is not the plural pair', () => {
    const text = 'Looking forward to a high-level meeting on poaching and illicit wildlife trafficking, to be hosted by Gabon,';
    expect(keys(text, POACHING)).toEqual([]);
  });
});
