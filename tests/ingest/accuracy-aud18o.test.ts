// Misses found by the session-18 audit aud18o: A/RES/79/277 (WSIS+20 modalities), A/RES/79/325 (AI Panel and Global
// Dialogue), A/RES/80/24 (nuclear disarmament). Each case quotes the file and paragraph; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/24', date: '2025-12-01' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a body, then "on the International Day ..." it spoke on, is two names', () => {
  const opanal = 'Organization:Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean';
  it('A/RES/80/24 PP28 (79/50 PP28, 78/53 PP27): "the Agency for the Prohibition ... Caribbean on the International Day for ..."', () => {
    const text =
      'Recalling the declaration of the States members of the Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean on the International Day for the Total Elimination of Nuclear Weapons, in Mexico City on 26 September 2025,';
    expect(keys(text, 'Organization:')).toEqual([opanal]);
    const events = keys(text, 'Event:');
    expect(events.length).toBe(1);
    expect(events[0]!.startsWith('Event:International Day for the Total Elimination of Nuclear Weapons')).toBe(true);
    expect(relations(text)).toContain(`RECALLS ${opanal}`);
    expect(relations(text)).toContain(`RECALLS ${events[0]}`);
  });

  it('guard: a sitting on a decade keeps its topic (A/RES/78/327 PP, shortened: "the final declaration of the Third High-level International Conference on the International Decade for Action")', () => {
    const text =
      'Noting the final declaration of the Third High-level International Conference on the International Decade for Action “Water for Sustainable Development”, 2018–2028, held in Dushanbe from 10 to 13 June 2024,';
    expect(keys(text, 'Event:').some((k) => k.startsWith('Event:Third High-level International Conference on the International Decade'))).toBe(true);
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  it('guard: a body named by its topic keeps it ("the Commission on the Status of Women")', () => {
    const text = 'Welcoming the work of the Commission on the Status of Women,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Commission on the Status of Women']);
  });
});

describe('the Group of 21 of the Conference on Disarmament is a body', () => {
  it('A/RES/80/24 PP20 (79/50, 78/53): "the States members of the Conference on Disarmament that are members of the Group of 21"', () => {
    const text =
      'Reaffirming the proposals submitted by the States members of the Conference on Disarmament that are members of the Group of 21 on the follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament, pursuant to Assembly resolution 68/32 of 5 December 2013, as contained in documents of the Conference,';
    expect(keys(text, 'Organization:')).toContain('Organization:Group of 21');
    // (it was REAFFIRMS until aud54h: "that are members of the Group of 21" says which States submitted the proposals, the Group a
    // qualifier of the States as in "States members of the Initiative that are not members of the European Union", 79/135 OP12 gold;
    // MEMBERS_RELATIVE_BEFORE_RE)
    expect(relations(text)).not.toContain('REAFFIRMS Organization:Group of 21');
  });

  it('guard: "the Group of 20" stays the G20 (A/RES/78/136 PP: "the Summit of the Group of 20 held in Hangzhou, China")', () => {
    const text =
      'Appreciating the fact that the Summit of the Group of 20 held in Hangzhou, China, on 4 and 5 September 2016, with the broad participation of developing countries,';
    expect(keys(text, 'Organization:')).toContain('Organization:Group of 20');
    expect(keys(text, 'Organization:')).not.toContain('Organization:Group of 21');
  });
});

describe('the Humanitarian Pledge is an instrument States endorse', () => {
  it('A/RES/80/24 PP30 (79/50, 78/53): "127 nations have formally endorsed the Humanitarian Pledge issued following the third Conference"', () => {
    const text =
      'Recalling the successful convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022, and recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third Conference,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Humanitarian Pledge']);
    expect(relations(text)).toContain('RECALLS Framework:Humanitarian Pledge');
  });

  it('guard: a lowercase pledge is no instrument (A/RES/78/132 PP: "Reiterating the pledge that no one will be left behind")', () => {
    const text =
      'Reiterating the pledge that no one will be left behind, reaffirming the recognition that the dignity of the human person is fundamental,';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('"Establishes" opening an operative paragraph is the Assembly\'s decision', () => {
  const op = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' }, kind: 'operative' });
  it('A/RES/79/325 OP4: "Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance"', () => {
    const text =
      'Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, involving Governments and all relevant stakeholders, as a platform to discuss international cooperation, share best practices and lessons learned;';
    const rels = op.relations(text);
    // ("within the United Nations" is the setting, no target: lead's ruling, session 56, accuracy-aud56r)
    expect(rels).not.toContain('DECIDES Organization:United Nations');
    expect(rels.some((r) => r.startsWith('DECIDES Event:Global Dialogue on Artificial Intelligence Governance'))).toBe(true);
  });

  it('guard: a preambular "established" inside a clause is no decision (A/RES/80/24 PP3: "have already established legal regimes")', () => {
    const text =
      'Bearing in mind that the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction of 1972 and the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction of 1993 have already established legal regimes on the complete prohibition of biological and chemical weapons, respectively,';
    expect(relations(text).filter((r) => r.startsWith('DECIDES'))).toEqual([]);
  });
});

describe('"the <year> session by the <body>" is that body\'s session, not dated by the act\'s day', () => {
  const text =
    'Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009, after years of stalemate, and regretting that the Conference did not succeed in reaching consensus on a programme of work for its 2025 session,';
  it('A/RES/80/24 PP19 (79/50, 78/53): "the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009"', () => {
    expect(keys(text, 'Event:')).toContain('Event:2009 session of the Conference on Disarmament');
    expect(relations(text)).toContain('NOTES Event:2009 session of the Conference on Disarmament');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain('SESSION_OF Event:2009 session of the Conference on Disarmament -> Organization:Conference on Disarmament');
    // (dated by the year its name prints, not by the adoption's day: aud30g)
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON Event:2009'))).toEqual(['STARTS_ON Event:2009 session of the Conference on Disarmament -> Date:2009']);
  });

  it('a day is not a year-numbered session\'s start (A/RES/78/64 PP7, shortened: "the adoption of the report of the 2023 session of the Group of Governmental Experts on 19 May 2023"; the session met from 6 March)', () => {
    const t =
      'Noting with satisfaction the adoption of the report of the 2023 session of the Group of Governmental Experts on 19 May 2023,';
    // (the year its name prints, aud30g; the bare Group is this resolution's, and so is its session: aud33d)
    expect(attributions(t).filter((a) => a.startsWith('STARTS_ON'))).toEqual(['STARTS_ON Event:2023 session of the Group of Governmental Experts (A/RES/80/24) -> Date:2023']);
  });

  it('guard (constructed; no such text in the corpus): "the 2025 session by" an officer is no session of theirs', () => {
    const t = 'Welcoming the statement made at the opening of the 2025 session by the President of the General Assembly,';
    expect(keys(t, 'Event:')).toEqual([]);
  });
});
