// Session-46 helper shr46b: back-references to a numbered sitting's editions. Audit: every short form ("the Conference",
// "the Meeting", "the Summit", "the session", ...) in corpus-ga read as an Event whose start date lies after the citing text's
// date (27 edges in 11 files); all but one are a future sitting the text is about ("decides that the Conference will be held",
// "for adoption by the Conference"). Fixed: an act the words state as done by it ("welcomes the adoption by the Conference of
// the decision ...", A/RES/80/46 OP2) is by an edition already held, the last such one named (the Eleventh Conference, held in
// August 2025), not the next one named last (the Twelfth, to be held in 2026). Each case quotes the file and paragraph; guards
// quote a future act by the sitting named last and a past act by a sitting held before the text.
// Also fixed: "the observance of the Day" after "the International Day of Indigenous Peoples" (A/RES/78/189 OP19, 79/159 OP20,
// 80/191 OP20) is that day: an international day's head is "International Day", which "the Day" printed alone now refers back to,
// in the same paragraph (nearestWithHead) and after it (register). Audit: every "the Day" in corpus-ga (10: these three, the
// world days 80/132 and 79/313 read already, 78/326 OP3 in a clause naming the day in full, "the Day of Vesak" in three
// conference-calendar texts, 79/82 OP5). And: "the observance of the Day of Solidarity" after "the International Day of Solidarity
// with the Palestinian People" (A/RES/79/82 OP5) is that day, not a node "Day of Solidarity" of its own (qualifyGenericName).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_46: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/46', date: '2025-12-01' };
const GA79_323: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' };
const { relations, attributions } = oneParagraph({ ctx: GA80_46, kind: 'operative' });

const ELEVENTH_CSP = 'Event:Eleventh Conference of States Parties to the Arms Trade Treaty';
const TWELFTH_CSP = 'Event:Twelfth Conference of States Parties to the Arms Trade Treaty';
const FFD4 = 'Event:Fourth International Conference on Financing for Development';

const P80_46_OP1 =
  'Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025, which included a discussion on universalization as a priority theme for the Conference, and notes that the Twelfth Conference of States Parties will be held in Geneva from 24 to 28 August 2026;';
const P80_46_OP2 =
  'Recalls the political declaration for the next decade of the Treaty, introduced by the United Kingdom of Great Britain and Northern Ireland and endorsed by the relevant States Parties, and welcomes the adoption by the Conference of the decision to elaborate elements of a draft five-year strategy, to be put to a decision no later than the Thirteenth Conference of States Parties;';

/** The relations of `second` read after `first` in one resolution (one context: what the first named is remembered). */
function relationsAfter(first: string, second: string, ctx: RecognizeContext): string[] {
  const one = { ...ctx };
  relations(first, 'operative', one);
  return relations(second, 'operative', one);
}

describe('"the adoption by the Conference": the edition already held, not the next one named last', () => {
  it('A/RES/80/46 OP2 after OP1: "welcomes the adoption by the Conference of the decision to elaborate ..." WELCOMES the Eleventh Conference (held 25-29 August 2025), not the Twelfth (to be held in 2026)', () => {
    const rel = relationsAfter(P80_46_OP1, P80_46_OP2, GA80_46);
    expect(rel).toContain(`WELCOMES ${ELEVENTH_CSP}`);
    expect(rel).not.toContain(`WELCOMES ${TWELFTH_CSP}`);
  });

  it('guard: A/RES/80/46 OP1 itself still names both editions, the Twelfth with its venue and days', () => {
    const one = { ...GA80_46 };
    expect(relations(P80_46_OP1, 'operative', one)).toEqual(expect.arrayContaining([`WELCOMES ${ELEVENTH_CSP}`, `NOTES ${TWELFTH_CSP}`]));
    expect(attributions(P80_46_OP1, 'operative', { ...GA80_46 })).toContain(`HELD_IN ${TWELFTH_CSP} -> Place:Geneva`);
  });

  it('guard: an adoption still to come ("Recommends the provisional agenda ... for adoption by the Conference", the wording of A/RES/78/128 OP14, 78/327 OP11) after 80/46 OP1 is the Twelfth Conference named last', () => {
    const rel = relationsAfter(P80_46_OP1, 'Recommends the provisional agenda set forth in annex I to the present resolution for adoption by the Conference;', GA80_46);
    expect(rel).toContain(`RECOMMENDS ${TWELFTH_CSP}`);
    expect(rel).not.toContain(`RECOMMENDS ${ELEVENTH_CSP}`);
  });

  it('guard: "the decisions to be adopted by the Conference" (the footnote wording "To be adopted by the General Assembly", A/RES/78/297) after 80/46 OP1: still to come, the Twelfth Conference named last', () => {
    const rel = relationsAfter(P80_46_OP1, 'Encourages States Parties to prepare for the decisions to be adopted by the Conference on the draft five-year strategy;', GA80_46);
    expect(rel).toContain(`ENCOURAGES ${TWELFTH_CSP}`);
    expect(rel).not.toContain(`ENCOURAGES ${ELEVENTH_CSP}`);
  });

  it('guard: A/RES/79/323 OP2 after PP1: "Endorses the Sevilla Commitment, adopted by the Conference" is the Fourth Conference, held before the text (30 June to 3 July 2025)', () => {
    const one = { ...GA79_323 };
    relations(
      'Recalling its resolution 78/271 of 11 April 2024, in which it decided that the Fourth International Conference on Financing for Development would be held in Spain from 30 June to 3 July 2025,',
      'preambular',
      one,
    );
    const x = oneParagraph({ ctx: one, kind: 'operative' });
    expect(x.relations('Endorses the Sevilla Commitment, adopted by the Conference, as contained in the annex to the present resolution.', 'operative', one)).toContain(`ENDORSES ${FFD4}`);
  });
});

const INDIGENOUS_DAY = 'Event:International Day of Indigenous Peoples';
const GA78_189: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/189', date: '2023-12-19' };
const P78_189_OP19 =
  'Decides to continue to observe the International Day of Indigenous Peoples every year on 9 August, and requests the Secretary-General to support the observance of the Day from within existing resources;';

describe('"the Day" printed alone after an international day: that day', () => {
  it('A/RES/78/189 OP19 (79/159 OP20, 80/191 OP20): "Decides to continue to observe the International Day of Indigenous Peoples ..., and requests the Secretary-General to support the observance of the Day": REQUESTS the day too', () => {
    const rel = relations(P78_189_OP19, 'operative', { ...GA78_189 });
    expect(rel).toEqual(expect.arrayContaining([`DECIDES ${INDIGENOUS_DAY}`, `REQUESTS ${INDIGENOUS_DAY}`]));
  });

  it('A/RES/78/189: "the observance of the Day" in a paragraph after the one naming the international day refers back to it', () => {
    const rel = relationsAfter(P78_189_OP19, 'Requests the Secretary-General to support the observance of the Day from within existing resources;', GA78_189);
    expect(rel).toContain(`REQUESTS ${INDIGENOUS_DAY}`);
  });

  it('guard: A/RES/78/245 OP6 (79/248, 80/234): "concerning Yom Kippur, the Day of Vesak, Diwali" after an international day was named: the Day of Vesak, not that day', () => {
    const one = { ...GA78_189 };
    relations(P78_189_OP19, 'operative', one);
    const rel = relations(
      'Also notes with satisfaction that the Secretariat has taken into account the arrangements referred to in relevant resolutions of the General Assembly regarding the pattern of conferences, including resolution 69/250 of 29 December 2014, concerning Yom Kippur, the Day of Vesak, Diwali, Gurpurab, Orthodox Christmas and Nowruz, and requests all relevant intergovernmental bodies to continue to observe the applicable decisions when planning their meetings;',
      'operative',
      one,
    );
    expect(rel).toContain('NOTES Event:Day of Vesak');
    expect(rel).not.toContain(`NOTES ${INDIGENOUS_DAY}`);
  });

  it('guard: A/RES/80/132 OP13: "declared 26 November as World Sustainable Transport Day, and encourages ... the observance of the Day": still the world day', () => {
    const rel = relations(
      'Recalls its resolution 77/286, by which it declared 26 November as World Sustainable Transport Day, and encourages Member States, the United Nations system, regional commissions and all relevant stakeholders to utilize the observance of the Day as a platform for regular review and visibility of progress under the Decade, including through voluntary commitments, and good practices contributing to the implementation plan of the Decade;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/80/132', date: '2025-12-15' },
    );
    expect(rel).toContain('ENCOURAGES Event:World Sustainable Transport Day');
  });
});

const GA79_82: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/82', date: '2024-12-03' };
const PALESTINIAN_DAY = 'Event:International Day of Solidarity with the Palestinian People';

describe('"the Day of <words>" after the international day so named: that day', () => {
  it('A/RES/79/82 OP5: "as part of the observance of the International Day of Solidarity with the Palestinian People ..., and encourages Member States to continue to give the widest support and publicity to the observance of the Day of Solidarity": ENCOURAGES that day, no "Day of Solidarity" node', () => {
    const text =
      'Also requests the Division, as part of the observance of the International Day of Solidarity with the Palestinian People on 29 November, to continue to organize, under the guidance of the Committee, an annual exhibit on Palestinian rights or a cultural event in cooperation with the Permanent Observer Mission of the State of Palestine to the United Nations, and encourages Member States to continue to give the widest support and publicity to the observance of the Day of Solidarity;';
    const rel = relations(text, 'operative', { ...GA79_82 });
    expect(rel).toEqual(expect.arrayContaining([`REQUESTS ${PALESTINIAN_DAY}`, `ENCOURAGES ${PALESTINIAN_DAY}`]));
    expect(rel).not.toContain('ENCOURAGES Event:Day of Solidarity');
  });

  it('guard: A/RES/78/245 OP6 "the Day of Vesak" after the Palestinian day was named: no international day so named, the Day of Vesak', () => {
    const one = { ...GA79_82 };
    relations('Decides to observe the International Day of Solidarity with the Palestinian People on 29 November;', 'operative', one);
    const rel = relations(
      'Also notes with satisfaction that the Secretariat has taken into account the arrangements referred to in relevant resolutions of the General Assembly regarding the pattern of conferences, including resolution 69/250 of 29 December 2014, concerning Yom Kippur, the Day of Vesak, Diwali, Gurpurab, Orthodox Christmas and Nowruz, and requests all relevant intergovernmental bodies to continue to observe the applicable decisions when planning their meetings;',
      'operative',
      one,
    );
    expect(rel).toContain('NOTES Event:Day of Vesak');
  });
});
