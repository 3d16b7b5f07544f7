// Gold set aud51g (session 51): three corpus-ga texts of three Main Committees, 80/70 (First Committee: the Comprehensive
// Nuclear-Test-Ban Treaty), 80/97 (Fourth Committee: Question of Montserrat) and 80/172 (Sixth Committee: Report of the
// Committee on Relations with the Host Country). Each case quotes the file and paragraph it comes from; each fix has a guard
// (a near sentence that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_97: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/97', date: '2025-12-05' };
const MONTSERRAT = 'Place:Montserrat';

const { relations, keys } = oneParagraph({ ctx: GA80_97, kind: 'preambular' });

describe('a State thanked as "the Government and (the) people of" it, and thanks reiterated', () => {
  it('A/RES/80/97 PP26 (79/106 PP26, 78/93 PP28): "Reiterating its appreciation to the administering Power and to the Government and people of Montserrat"', () => {
    const text =
      'Reiterating its appreciation to the administering Power and to the Government and people of Montserrat for the cooperation and assistance extended to the visiting mission,';
    expect(relations(text)).toContain(`REITERATES ${MONTSERRAT}`);
  });

  it('A/RES/80/93 OP12: "Expresses its appreciation to the administering Power and to the Government and people of the British Virgin Islands"', () => {
    const text =
      'Expresses its appreciation to the administering Power and to the Government and people of the British Virgin Islands for the cooperation and assistance extended to the visiting mission to the Territory;';
    expect(relations(text, 'operative')).toContain('EXPRESSES Place:British Virgin Islands');
  });

  it('A/RES/78/317 OP1: "Expresses its profound gratitude to the Government and the people of Antigua and Barbuda for hosting"', () => {
    const text =
      'Expresses its profound gratitude to the Government and the people of Antigua and Barbuda for hosting the Fourth International Conference on Small Island Developing States;';
    expect(relations(text, 'operative')).toContain('EXPRESSES Place:Antigua and Barbuda');
  });

  it('A/RES/80/98 OP3 (79/107, 78/94): "Reiterates its appreciation to the administering Power and the Government of New Caledonia" ("to" left out)', () => {
    const text =
      'Reiterates its appreciation to the administering Power and the Government of New Caledonia for the close cooperation and assistance extended to the visiting missions;';
    expect(relations(text, 'operative')).toContain('REITERATES Place:New Caledonia');
  });

  it('guard: a Government named after a first addressee\'s work is not thanked (a near sentence to 80/98 OP3)', () => {
    const text = 'Expresses its appreciation to the Special Committee for its work with the administering Power and the Government of New Caledonia;';
    expect(relations(text, 'operative')).not.toContain('EXPRESSES Place:New Caledonia');
  });

  it('guard: the Government and people a payment is owed to are not addressed (A/RES/78/143 PP: "compensation to the Government and people of Lebanon")', () => {
    const text =
      'Noting that the Secretary-General expressed grave concern at the lack of any acknowledgement on the part of the Government of Israel of its responsibilities vis-à-vis reparations and compensation to the Government and people of Lebanon and the Syrian Arab Republic affected by the oil spill,';
    expect(relations(text)).not.toContain('NOTES Place:Lebanon');
  });

  it('guard: reiterated support that is no thanks does not address a State named later (a near sentence to 80/97 PP26)', () => {
    const text = 'Reiterating its support to the administering Power and to the Government and people of Montserrat for the cooperation,';
    expect(relations(text)).not.toContain(`REITERATES ${MONTSERRAT}`);
  });

  it('guard: the recipients of a commended text stay without an edge (A/RES/80/97 OP11, aud41k)', () => {
    const text =
      'Commends the conclusions and recommendations of the visiting mission to the Government of the United Kingdom of Great Britain and Northern Ireland, as the administering Power, and to the Government of Montserrat for appropriate action;';
    expect(relations(text, 'operative')).not.toContain(`APPRECIATES ${MONTSERRAT}`);
  });
});

const CTBTO_PREPCOM = 'Organization:Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization';
const CTBTO_EXECUTIVE_SECRETARY = 'Organization:Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization';
const GA80_70: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/70', date: '2025-12-01' };

describe('"the Executive Secretary of" a body: the post, as "the Chair of" (officerPosts.ts)', () => {
  it('A/RES/80/70 PP8 (79/77 PP7, 78/66 PP6): "the sustained efforts by the Executive Secretary of the Preparatory Commission ..."', () => {
    const text =
      'Recognizing the sustained efforts by the Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization to promote the universalization of the Treaty, and encouraging their continuation,';
    expect(relations(text, 'preambular', GA80_70)).toContain(`RECOGNIZES ${CTBTO_EXECUTIVE_SECRETARY}`);
    expect(relations(text, 'preambular', GA80_70)).not.toContain(`RECOGNIZES ${CTBTO_PREPCOM}`);
  });

  it('guard: A/RES/80/70 OP9 "the reappointment of Robert Floyd as the Executive Secretary of ...": the holder is named, the body stays', () => {
    const text =
      'Welcomes the reappointment of Robert Floyd as the Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization by States members of the governing body of the Preparatory Commission;';
    expect(relations(text, 'operative', GA80_70)).toContain(`WELCOMES ${CTBTO_PREPCOM}`);
    expect(relations(text, 'operative', GA80_70)).not.toContain(`WELCOMES ${CTBTO_EXECUTIVE_SECRETARY}`);
  });

  // session 57 (accuracy-aud57h): the Executive Secretary of a convention is the office heading its secretariat, as the
  // CTBTO's is above; the verb takes the office, not the convention
  it('the Executive Secretary of a convention is the office ("Requests the Executive Secretary of the Convention on Biological Diversity")', () => {
    const text = 'Requests the Executive Secretary of the Convention on Biological Diversity to continue to report to the General Assembly;';
    const rel = relations(text, 'operative');
    expect(rel).toContain('REQUESTS Organization:Executive Secretary of the Convention on Biological Diversity');
    expect(rel).not.toContain('REQUESTS Framework:Convention on Biological Diversity');
  });
});

describe('the head of a Territory\'s government, "the Premier of Montserrat": the post, which the verb takes (officerPosts.ts)', () => {
  it('A/RES/80/97 PP21 (79/106 PP21, 78/93 PP17): "as conveyed by the Premier of Montserrat to the Chair of the Special Committee"', () => {
    const text =
      'Recalling the importance of improving the infrastructure and accessibility of Montserrat, as conveyed by the Premier of Montserrat to the Chair of the Special Committee in their meeting on 11 May 2015,';
    expect(relations(text)).toContain('RECALLS Organization:Premier of Montserrat');
    expect(keys(text, 'Place:')).toEqual([MONTSERRAT]);
  });

  it('A/RES/80/96 PP20 (79/105, 78/92): "the statement made by a representative of the Governor of Guam at the 2019 Caribbean regional seminar"', () => {
    const text =
      'Recalling, in this regard, the statement made by a representative of the Governor of Guam at the 2019 Caribbean regional seminar concerning the implications of the judicial case,';
    expect(relations(text)).toContain('RECALLS Organization:Governor of Guam');
  });

  it('guard: the Territory\'s Government is still the Territory ("Reiterating its appreciation ... to the Government of Montserrat", a near sentence to 80/97 PP26)', () => {
    const text = 'Reiterating its appreciation to the Government of Montserrat for the cooperation,';
    expect(relations(text)).toContain(`REITERATES ${MONTSERRAT}`);
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});
