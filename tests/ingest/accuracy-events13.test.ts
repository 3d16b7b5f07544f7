// Wrong Event rows found by earlier audits of the whole-corpus dump and fixed in session 13 (events13). Each case quotes
// the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function ctxOf(symbol: string, date: string): RecognizeContext {
  return { body: 'General Assembly', symbol, date };
}
function extract(text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative') {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx: RecognizeContext): string[] => extract(text, ctx).mentions.map((m) => m.key);
const attributions = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
  extract(text, ctx, kind).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const datesAndVenues = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
  attributions(text, ctx, kind).filter((a) => /^(?:STARTS_ON|ENDS_ON|HELD_IN) /.test(a));

describe('a regular session of the General Assembly is not dated or placed by what happened during it', () => {
  it('A/RES/80/228 OP4: the high-level meetings "during its eightieth session, on 24 and 25 November 2025" date the meetings', () => {
    const text =
      'Recalls the holding of the high-level meetings of the General Assembly during its sixty-seventh session, from 13 to 15 May 2013, during its seventy-second session, on 27 and 28 September 2017, during its seventy-sixth session, on 22 and 23 November 2021, and during its eightieth session, on 24 and 25 November 2025, to appraise the progress achieved in the implementation of the Global Plan of Action, which, inter alia, reiterated strong political will to take decisive concerted action against trafficking in persons;';
    const ctx = ctxOf('A/RES/80/228', '2025-12-15');
    expect(mentions(text, ctx)).toContain('Event:eightieth session of the General Assembly');
    expect(datesAndVenues(text, ctx).filter((a) => a.includes('session of the General Assembly'))).toEqual([]);
  });

  it('A/RES/79/121 OP45: the debate "at the eightieth session of the General Assembly commence on 27 October 2025"', () => {
    const text = 'Recommends that the debate on the report of the International Law Commission at the eightieth session of the General Assembly commence on 27 October 2025.';
    expect(datesAndVenues(text, ctxOf('A/RES/79/121', '2024-12-04'))).toEqual([]);
  });

  it('A/RES/78/277 OP18: "at the fifty-third session of the General Assembly in 1999" is the adoption\'s year, not the session\'s (1998)', () => {
    const text =
      'Notes that 2024 will mark the twenty-fifth anniversary of the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly in 1999;';
    expect(datesAndVenues(text, ctxOf('A/RES/78/277', '2024-06-24')).filter((a) => a.includes('session'))).toEqual([]);
  });

  it('A/RES/79/181 OP28: "... in the Democratic People’s Republic of Korea at its eightieth session" is no venue of the session', () => {
    const text =
      'Decides to continue its examination of the situation of human rights in the Democratic People’s Republic of Korea at its eightieth session, and to this end requests the Secretary-General to submit a comprehensive report on the situation of human rights in the Democratic People’s Republic of Korea;';
    const ctx = ctxOf('A/RES/79/181', '2024-12-17');
    expect(mentions(text, ctx)).toContain('Event:eightieth session of the General Assembly');
    expect(datesAndVenues(text, ctx)).toEqual([]);
  });

  it('A/RES/80/143 OP4: the high-level meeting "by the President of the General Assembly at the seventy-ninth session of the Assembly, ..., held on 10 July 2025" takes the day', () => {
    const text =
      'Also recalls the convening of the high-level meeting on sand and dust storms, by the President of the General Assembly at the seventy-ninth session of the Assembly, in collaboration with the United Nations Coalition on Combating Sand and Dust Storms, in the General Assembly Hall, at United Nations Headquarters in New York, held on 10 July 2025 in the context of the International Day of Combating Sand and Dust Storms, at which participants discussed the challenges faced by affected countries to further practical actions at the regional and global levels;';
    const a = datesAndVenues(text, ctxOf('A/RES/80/143', '2025-12-15'));
    expect(a).toContain('STARTS_ON Event:high-level meeting on sand and dust storms @ 2025 -> Date:2025-07-10');
    expect(a.filter((x) => x.includes('session of the General Assembly'))).toEqual([]);
  });

  it('negative, A/RES/79/63 PP5: "since the thirty-seventh session of the General Assembly, in 1982" is the year it opened', () => {
    const text =
      'Recalling all the resolutions on the matter since the thirty-seventh session of the General Assembly, in 1982, including resolution 50/71 A of 12 December 1995, resolution 73/73 of 5 December 2018, resolution 75/74 of 7 December 2020 and resolution 77/81 of 7 December 2022,';
    expect(datesAndVenues(text, ctxOf('A/RES/79/63', '2024-12-02'), 'preambular')).toEqual(['STARTS_ON Event:thirty-seventh session of the General Assembly -> Date:1982']);
  });

  it('negative, A/RES/78/229 OP12: a special session is held on the days printed, where printed', () => {
    const text =
      'Encourages Member States to implement the commitments made in the political declaration entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”, adopted at the thirty-second special session of the General Assembly, held at United Nations Headquarters from 2 to 4 June 2021;';
    const a = datesAndVenues(text, ctxOf('A/RES/78/229', '2023-12-22'));
    expect(a).toContain('STARTS_ON Event:thirty-second special session of the General Assembly -> Date:2021-06-02');
    expect(a).toContain('ENDS_ON Event:thirty-second special session of the General Assembly -> Date:2021-06-04');
    expect(a).toContain('HELD_IN Event:thirty-second special session of the General Assembly -> Place:United Nations Headquarters');
  });
});

describe('the General Assembly of another organization holds sessions of its own', () => {
  it('A/RES/78/145 PP30: "the twenty-fourth session of the General Assembly of the World Tourism Organization, held in Madrid ..., and welcoming its twenty-fifth session, held in Samarkand"', () => {
    const text =
      'Recalling also the twenty-fourth session of the General Assembly of the World Tourism Organization, held in Madrid from 30 November to 3 December 2021, and welcoming its twenty-fifth session, held in Samarkand, Uzbekistan, from 16 to 20 October 2023,';
    const ctx = ctxOf('A/RES/78/145', '2023-12-19');
    const m = mentions(text, ctx);
    expect(m).toContain('Event:twenty-fourth session of the General Assembly of the World Tourism Organization');
    expect(m).toContain('Event:twenty-fifth session of the General Assembly of the World Tourism Organization');
    expect(m).not.toContain('Event:twenty-fifth session of the General Assembly');
    const a = datesAndVenues(text, ctx, 'preambular');
    expect(a).toContain('STARTS_ON Event:twenty-fourth session of the General Assembly of the World Tourism Organization -> Date:2021-11-30');
    expect(a).toContain('HELD_IN Event:twenty-fourth session of the General Assembly of the World Tourism Organization -> Place:Madrid');
    expect(a).toContain('ENDS_ON Event:twenty-fifth session of the General Assembly of the World Tourism Organization -> Date:2023-10-20');
    expect(a).toContain('HELD_IN Event:twenty-fifth session of the General Assembly of the World Tourism Organization -> Place:Samarkand');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    // (lead's ruling, session 53, aud53d: held by the organ, the organization's General Assembly, PART_OF the organization; was
    // SESSION_OF the organization itself)
    expect(attributions(text, ctx, 'preambular')).toEqual(
      expect.arrayContaining([
        'SESSION_OF Event:twenty-fourth session of the General Assembly of the World Tourism Organization -> Organization:General Assembly of the World Tourism Organization',
        'PART_OF Organization:General Assembly of the World Tourism Organization -> Organization:World Tourism Organization',
      ]),
    );
  });

  it('A/RES/80/228 PP41: "adopted by the General Assembly of the Organization of American States at its fifty-third regular session, held in Washington, D.C."', () => {
    const text =
      'Recalling also the Third Work Plan for a Comprehensive Response to Trafficking in Persons in the Western Hemisphere 2023–2028, adopted by the General Assembly of the Organization of American States at its fifty-third regular session, held in Washington, D.C., from 21 to 23 June 2023,';
    const ctx = ctxOf('A/RES/80/228', '2025-12-15');
    expect(mentions(text, ctx)).toContain('Event:fifty-third session of the General Assembly of the Organization of American States');
    expect(datesAndVenues(text, ctx, 'preambular')).toContain(
      'STARTS_ON Event:fifty-third session of the General Assembly of the Organization of American States -> Date:2023-06-21',
    );
  });

  it('negative, A/RES/79/76 OP8: "the General Assembly at its eightieth session" stays the United Nations General Assembly\'s', () => {
    const text = 'Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on means to strengthen security and cooperation in the Mediterranean region;';
    expect(mentions(text, ctxOf('A/RES/79/76', '2024-12-02'))).toContain('Event:eightieth session of the General Assembly');
  });
});

describe('the Global Dialogue on Artificial Intelligence Governance is convened every year: a series, dated only as an edition', () => {
  const series = 'Event:Global Dialogue on Artificial Intelligence Governance';
  it('A/RES/80/173 OP86: "to report thereon at the inaugural Global Dialogue on Artificial Intelligence Governance, in 2026": the 2026 edition, part of the series', () => {
    const text =
      'We call upon the Inter-Agency Working Group on Artificial Intelligence, in consultation with the action line facilitators, to map existing United Nations system-wide capacity-building initiatives, identify potential gaps and address them, and to report thereon at the inaugural Global Dialogue on Artificial Intelligence Governance, in 2026.';
    const ctx = ctxOf('A/RES/80/173', '2025-12-16');
    expect(mentions(text, ctx)).toContain(`${series} @ 2026`);
    const a = attributions(text, ctx);
    expect(a).toContain(`STARTS_ON ${series} @ 2026 -> Date:2026`);
    expect(a).toContain(`PART_OF ${series} @ 2026 -> ${series}`);
  });

  it('negative, A/RES/79/325 OP5: "Decides to convene the Dialogue annually ..." and OP4 "Establishes ... the Global Dialogue" stay the series', () => {
    const text =
      'Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, involving Governments and all relevant stakeholders, as a platform to discuss international cooperation, share best practices and lessons learned;';
    const ctx = ctxOf('A/RES/79/325', '2025-08-26');
    expect(mentions(text, ctx)).toContain(series);
    expect(attributions(text, ctx).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('a special session to review the operation of the Chemical Weapons Convention is its review conference', () => {
  const cwc = (n: string) => `Event:${n} Review Conference (Chemical Weapons Convention)`;
  it('A/RES/78/29 PP9: "the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 8 to 19 April 2013 (the Third Review Conference)": one event', () => {
    const text =
      'Reaffirming the importance of the outcome of the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 8 to 19 April 2013 (the Third Review Conference), including its consensus final report, in which the Conference addressed all aspects of the Convention and made important recommendations on its continued implementation,';
    const ctx = ctxOf('A/RES/78/29', '2023-12-04');
    const events = mentions(text, ctx).filter((k) => k.startsWith('Event:'));
    expect([...new Set(events)]).toEqual([cwc('Third')]);
    expect(attributions(text, ctx, 'preambular')).toContain(`STARTS_ON ${cwc('Third')} -> Date:2013-04-08`);
  });

  it('A/RES/78/29 PP7 and OP6: the Fourth Review Conference (November 2018) is not the Fourth Special Session of decision C-SS-4/DEC.3 (June 2018)', () => {
    const ctx = ctxOf('A/RES/78/29', '2023-12-04');
    // (PP5 names the Conference of the States Parties first: its short form then cut the session's name short)
    extract(
      'Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1, respectively, of the Annex on Chemicals to the Convention,',
      ctx,
      'preambular',
    );
    const pp7 = extract(
      'Recalling the work related to the Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 21 to 30 November 2018,',
      ctx,
      'preambular',
    );
    const review = pp7.mentions.find((m) => m.kind === 'Event')!;
    expect(review.key).toBe(cwc('Fourth'));
    expect(review.phrase).toBe('Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention');
    const op6 = mentions(
      'Recalls the adoption of: (a) Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use”, of 27 June 2018;',
      ctx,
    ).filter((k) => k.startsWith('Event:'));
    expect(op6).toEqual(['Event:fourth special session of the Conference of the States Parties to the Chemical Weapons Convention']);
  });
});

describe('a summit of a series dated and placed as one edition by the venue and year printed after it', () => {
  const text =
    'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly, and further decides that the Global Dialogue on Artificial Intelligence Governance will initially be held back-to-back in the margins of the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026, and of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in New York, in 2027;';
  const ctx = ctxOf('A/RES/79/325', '2025-08-26');
  it('A/RES/79/325 OP6: "the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026"', () => {
    const a = attributions(text, ctx);
    expect(a).toContain('HELD_IN Event:AI for Good Global Summit @ 2026 -> Place:Geneva');
    expect(a).toContain('STARTS_ON Event:AI for Good Global Summit @ 2026 -> Date:2026');
    expect(a).toContain('PART_OF Event:AI for Good Global Summit @ 2026 -> Event:AI for Good Global Summit');
  });
  it('negative, same paragraph: the Global Dialogue "will initially be held ... in the margins of" the summit takes neither', () => {
    const m = mentions(text, ctx);
    expect(m).toContain('Event:Global Dialogue on Artificial Intelligence Governance');
    expect(attributions(text, ctx).filter((x) => x.includes('Global Dialogue') && /^(?:HELD_IN|STARTS_ON)/.test(x))).toEqual([]);
  });
});

describe('names printed cut or run on', () => {
  it('A/RES/79/276 OP20: "Decides to extend the United Nations Decade of Action on Nutrition to 2030": "to 2030" is no part of the name', () => {
    const text =
      'Decides to extend the United Nations Decade of Action on Nutrition to 2030, to align it with the 2030 Agenda for Sustainable Development, and to maintain the political momentum at the global, regional and national levels to ending malnutrition in all its forms by 2030;';
    const m = extract(text, ctxOf('A/RES/79/276', '2025-03-25')).mentions.filter((x) => x.kind === 'Event');
    expect(m.map((x) => `${x.key} | ${x.phrase}`)).toEqual(['Event:Decade of Action on Nutrition | United Nations Decade of Action on Nutrition']);
  });

  it('negative, A/RES/78/168 PP28: "the United Nations Decade of Action on Nutrition (2016–2025)" runs from 2016 to 2025', () => {
    const text =
      'Recalling also its resolution 70/259 of 1 April 2016, in which it proclaimed the United Nations Decade of Action on Nutrition (2016–2025) and endorsed the Rome Declaration on Nutrition and the Framework for Action,';
    const a = attributions(text, ctxOf('A/RES/78/168', '2023-12-19'), 'preambular');
    expect(a).toContain('STARTS_ON Event:Decade of Action on Nutrition -> Date:2016');
    expect(a).toContain('ENDS_ON Event:Decade of Action on Nutrition -> Date:2025');
  });

  it('A/RES/79/239 PP17: "the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons" printed without the rest of its title is the CCW', () => {
    const text =
      'Acknowledging the urgent need for the international community to address the challenges and concerns raised by emerging technologies in the area of lethal autonomous weapons systems, in particular through the ongoing and valuable work of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems, established under the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons 3 and welcoming the progress made in these discussions,';
    expect(mentions(text, ctxOf('A/RES/79/239', '2024-12-24'))).toContain('Framework:Convention on Certain Conventional Weapons');
  });

  it('negative, A/RES/78/64 OP1: the full title is read whole', () => {
    const text =
      'Calls upon all States that have not yet done so to take all measures to become parties, as soon as possible, to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects and the Protocols thereto, as amended;';
    const m = extract(text, ctxOf('A/RES/78/64', '2023-12-04')).mentions.filter((x) => x.kind === 'Framework');
    expect(m[0]?.key).toBe('Framework:Convention on Certain Conventional Weapons');
    expect(m[0]?.phrase.endsWith('or to Have Indiscriminate Effects')).toBe(true);
  });
});

describe('"the 2000 Review Conference" of the treaty named before it', () => {
  it('A/RES/78/40 PP4: "the outcome document of the 2000 Review Conference, ... adopted by the 2010 Review Conference" are the NPT\'s sixth and eighth', () => {
    const text =
      'Noting that the States parties to the Treaty on the Non-Proliferation of Nuclear Weapons reaffirm the validity of all existing commitments undertaken, including those contained in the decisions and resolution of the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,2 the outcome document of the 2000 Review Conference,3 especially the unequivocal undertaking by the nuclear-weapon States to accomplish the total elimination of their nuclear arsenals leading to nuclear disarmament, and the conclusions and recommendations for follow-on actions adopted by the 2010 Review Conference, 4 and also reaffirm that the full and effective implementation by all States parties of the commitments outlined above is essential to the integrity and credibility of the Treaty,';
    const m = mentions(text, ctxOf('A/RES/78/40', '2023-12-04'));
    expect(m).toContain('Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(m).toContain('Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(m.filter((k) => k.startsWith('Event:Review Conference @'))).toEqual([]);
  });

  it('negative: with no treaty named, "the 2010 Review Conference" is left as printed', () => {
    const text = 'Recalling the conclusions and recommendations for follow-on actions adopted by the 2010 Review Conference,';
    expect(mentions(text, ctxOf('A/RES/78/40', '2023-12-04')).filter((k) => k.includes('Non-Proliferation'))).toEqual([]);
  });
});
