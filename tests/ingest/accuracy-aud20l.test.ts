// Misses found by the session-20 audit aud20l: A/RES/79/130 (Committee on Relations with the Host Country) and A/RES/78/125
// (graduation of Bhutan), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/130', date: '2024-12-04' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const SECRETARIAT = 'Organization:Secretariat of the United Nations';

describe('"Secretariat" printed bare before a noun it qualifies names the Secretariat', () => {
  it('A/RES/79/130 OP6: "the modification of restrictions for Secretariat staff"', () => {
    const text =
      'Strongly urges the host country to remove all travel restrictions imposed by it on staff of certain missions, notes the easing in 2023 of travel restrictions on two Missions as well as the modification of restrictions for Secretariat staff by increasing authorized ports of entry;';
    expect(keys(text, 'Organization:')).toContain(SECRETARIAT);
    expect(relations(text)).toContain(`NOTES ${SECRETARIAT}`);
  });

  it('A/RES/79/130 OP10: "remains seriously concerned that other Missions and Secretariat staff members" (after "and")', () => {
    const text =
      'Notes that a number of delegations have requested shortening the time frame applied by the host country, and while acknowledging that action taken in 2023 led to a relative reduction in processing times for certain Missions, remains seriously concerned that other Missions and Secretariat staff members of certain nationalities continue to be adversely impacted by processing times;';
    expect(keys(text, 'Organization:')).toEqual([SECRETARIAT]);
  });

  it('A/RES/78/245 OP55: "all Member States and Secretariat entities"... "throughout all Secretariat entities"', () => {
    const text =
      'Requests all Secretariat entities to continue to achieve full parity among the six official languages on all United Nations websites;';
    expect(relations(text)).toContain(`REQUESTS ${SECRETARIAT}`);
  });

  it('guard: another body’s secretariat keeps its own name ("the Commonwealth Secretariat staff")', () => {
    const text = 'Welcomes the work of the Commonwealth Secretariat staff in the region;';
    expect(keys(text, 'Organization:')).not.toContain(SECRETARIAT);
  });

  it('guard: a bare "Secretariat" not before such a noun stays no mention ("Secretariat and Committee reports")', () => {
    const text = 'Takes note of the reports, including Secretariat reports on the matter;';
    expect(keys(text, 'Organization:')).not.toContain(SECRETARIAT);
  });
});

describe('", and expects" / ", and anticipates" / ", remains concerned" open a clause with no type', () => {
  it('A/RES/79/130 OP13: "Expresses its appreciation for the efforts made by the United States Mission ..., and expects that the issues raised at the meetings of the Committee ..."', () => {
    const ctx = { ...GA };
    extract('Having considered the report of the Committee on Relations with the Host Country,', 'preambular', ctx);
    const text =
      'Expresses its appreciation for the efforts made by the United States Mission to the United Nations, and expects that the issues raised at the meetings of the Committee will be resolved in a spirit of cooperation and in accordance with international law, including the Headquarters Agreement;';
    const r = relations(text, 'operative', ctx);
    expect(r).toContain('EXPRESSES Organization:United States Mission to the United Nations');
    expect(r.filter((x) => x.includes('Committee on Relations') || x.includes('Headquarters Agreement'))).toEqual([]);
  });

  it('A/RES/79/130 OP9 form: "..., and anticipates that" ends the clause before it', () => {
    const text =
      'Requests the Secretary-General to remain engaged, and anticipates that the host country will continue to assist the permanent missions accredited to the United Nations;';
    const r = relations(text);
    expect(r).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(r).not.toContain('REQUESTS Organization:United Nations');
  });

  it('A/RES/78/168 PP16: "reiterating that the root causes ..., and remaining concerned that ... the Sustainable Development Goals"', () => {
    const text =
      'Expressing concern that the multiple and complex causes of the food crises require a comprehensive response, reiterating that the root causes of food insecurity and malnutrition are poverty and growing inequality, and remaining concerned that excessively volatile food prices can pose a serious challenge to the efforts of developing countries to achieve internationally agreed development goals, including the Sustainable Development Goals,';
    expect(relations(text, 'preambular').filter((x) => x.includes('Sustainable Development Goals'))).toEqual([]);
  });

  it('guard: a typed verb after ", and expects ..." opens its own clause; what "expects" names gets no edge', () => {
    const text = 'Notes the report of the Secretary-General, and expects the Secretariat to implement it, and requests the Secretary-General to report thereon;';
    const r = relations(text);
    expect(r).toContain('NOTES Organization:Secretary-General of the United Nations');
    expect(r).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(r).not.toContain(`NOTES ${SECRETARIAT}`);
  });
});
