// Session-51 audit aud51i (gold set aud51i: A/RES/78/63, 78/50, 79/129, First and Sixth Committees). Each case quotes the file
// and paragraph it comes from; each fix has a guard.
// - two texts the 1995 Review and Extension Conference of the NPT adopted, printed in lower case by the First Committee's
//   yearly texts: "the decision on principles and objectives for nuclear non-proliferation and disarmament" (A/RES/78/63
//   PP5, 79/74, 80/67; "the principles and objectives ...", 78/33, 79/32, 80/33) and "the resolution on the Middle East" /
//   "the 1995 resolution on the Middle East" (78/63 PP7-PP9, OP2, OP3; 78/30, 78/40, 78/42, 78/53): no name was read.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_78_63: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/63', date: '2023-12-04' };
const { keys, relations, attributions } = oneParagraph({ ctx: RES_78_63, kind: 'preambular' });

describe('the 1995 Review and Extension Conference\'s decision on principles and objectives and its resolution on the Middle East', () => {
  const PRINCIPLES = 'Framework:decision on principles and objectives for nuclear non-proliferation and disarmament';
  const MIDDLE_EAST_RESOLUTION = 'Framework:1995 resolution on the Middle East';
  const CONFERENCE = 'Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995';

  it('A/RES/78/63 PP5: "Recalling the decision on principles and objectives ... adopted by the 1995 Review and Extension Conference": RECALLS the decision, which the Conference ADOPTED', () => {
    const pp5 =
      'Recalling the decision on principles and objectives for nuclear non-proliferation and disarmament adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons on 11 May 1995, in which the Conference urged universal adherence to the Treaty on the Non-Proliferation of Nuclear Weapons as an urgent priority,';
    expect(relations(pp5)).toContain(`RECALLS ${PRINCIPLES}`);
    expect(attributions(pp5)).toContain(`ADOPTED ${CONFERENCE} -> ${PRINCIPLES}`);
  });

  it('A/RES/79/32 PP (80/33, 78/33): "Recalling the principles and objectives for nuclear non-proliferation and disarmament adopted at the 1995 ... Conference": the same decision', () => {
    const text =
      'Recalling the principles and objectives for nuclear non-proliferation and disarmament adopted at the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    expect(relations(text, 'preambular', { ...RES_78_63, symbol: 'A/RES/79/32', date: '2024-12-02' })).toContain(`RECALLS ${PRINCIPLES}`);
  });

  it('A/RES/78/63 PP7: "Recalling the resolution on the Middle East adopted by the 1995 Review and Extension Conference ... on 11 May 1995": RECALLS the resolution, ADOPTED by the Conference on that day', () => {
    const pp7 =
      'Recalling the resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on 11 May 1995, in which the Conference noted with concern the continued existence in the Middle East of unsafeguarded nuclear facilities,';
    expect(relations(pp7)).toContain(`RECALLS ${MIDDLE_EAST_RESOLUTION}`);
    // (alone, "the Treaty" of the Conference's name is not resolved to the NPT: the file's text names it before)
    expect(attributions(pp7).filter((a) => a.startsWith('ADOPTED Event:Review and Extension Conference of the Parties to the Treaty') && a.endsWith(` @ 1995 -> ${MIDDLE_EAST_RESOLUTION}`))).toHaveLength(1);
    expect(attributions(pp7)).toContain(`ADOPTED_ON ${MIDDLE_EAST_RESOLUTION} -> Date:1995-05-11`);
    // the region is still named where the text names it outside the resolution's name
    expect(keys(pp7, 'Place:')).toContain('Place:Middle East');
  });

  it('A/RES/78/63 OP3: "Reiterates that the resolution on the Middle East adopted by the 1995 ... Conference remains valid": REITERATES the resolution', () => {
    const op3 =
      'Reiterates that the resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the Treaty remains valid until its goals and objectives are achieved;';
    expect(relations(op3, 'operative')).toContain(`REITERATES ${MIDDLE_EAST_RESOLUTION}`);
  });

  it('A/RES/78/42 OP18 (79/35, 80/39): "the co-sponsors of the 1995 resolution on the Middle East": the same resolution', () => {
    const op18 =
      'Urges the co-sponsors of the 1995 resolution on the Middle East to exert their utmost efforts with a view to ensuring the early establishment of a Middle East zone free of nuclear weapons and all other weapons of mass destruction as contained in the 1995 resolution on the Middle East;';
    expect(relations(op18, 'operative', { ...RES_78_63, symbol: 'A/RES/78/42' })).toContain(`URGES ${MIDDLE_EAST_RESOLUTION}`);
  });

  it('guard: A/RES/78/63 PP10 "aiming at the establishment of a Middle East zone free of nuclear weapons" names the region, no resolution', () => {
    const pp10 =
      'Noting, in this context, the relevant resolutions of the League of Arab States aiming at the establishment of a Middle East zone free of nuclear weapons and all other weapons of mass destruction,';
    expect(keys(pp10, 'Framework:')).toEqual([]);
    expect(keys(pp10, 'Place:')).toContain('Place:Middle East');
  });

  it('guard: A/RES/78/63 PP11 "the report of the Secretary-General" and PP16 "resolution 50/245" stay what they were (no 1995 text)', () => {
    const pp16 = 'Noting that 187 States have signed the Comprehensive Nuclear-Test-Ban Treaty, including a number of States in the region,';
    expect(keys(pp16, 'Framework:')).toEqual(['Framework:Comprehensive Nuclear-Test-Ban Treaty']);
  });
});
