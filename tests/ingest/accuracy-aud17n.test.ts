// Misses found by the session-17 audit aud17n: corpus/ A/RES/80/3, 80/23, 80/4, 80/1, 80/2 (railcar Markdown) and
// A/RES/78/311, and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const CONFERENCE = 'High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution';
const DECLARATION = 'Framework:New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution';

describe('"<name> on/for the <X> of <Y> and the Implementation of <Z>": the second act of the topic is part of the name', () => {
  it('A/RES/80/1 OP1 (b): the Conference is named in full, not cut at "and the"', () => {
    const op1b =
      'The State of Palestine may deliver statements by means of videoconference or submit a pre‑recorded statement at the meetings of the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution;';
    expect(keys(op1b, 'Event:')).toEqual([`Event:${CONFERENCE}`]);
  });

  it('A/RES/80/77 PP7: the New York Declaration, "which was endorsed by the General Assembly in its decision 80/506", is adopted by it', () => {
    const pp7 =
      'Recalling the New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution, which was endorsed by the General Assembly in its decision 80/506 of 12 September 2025, and underlined, inter alia, the indispensable role of UNRWA,';
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/77', date: '2025-12-05' };
    expect(keys(pp7, 'Framework:', 'preambular', ctx)).toEqual([DECLARATION]);
    expect(relations(pp7, 'preambular', ctx)).toContain(`RECALLS ${DECLARATION}`);
    expect(attributions(pp7, 'preambular', ctx)).toContain(`ADOPTED Resolution:A/DEC/80/506 -> ${DECLARATION}`);
  });

  it('A/RES/78/263 PP1: "the Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa"', () => {
    const pp1 =
      'Recalling the report of the Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa,';
    expect(keys(pp1, 'Organization:', 'preambular')).toEqual([
      'Organization:Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa',
    ]);
  });

  it('negative: after a known name, or a topic with no "of", "and the Implementation of" begins another thing', () => {
    expect(keys('Recalling the World Summit on the Information Society and the Implementation of the Geneva Plan of Action,', 'Event:', 'preambular')).toEqual([
      'Event:World Summit on the Information Society',
    ]);
    expect(keys('Recalling the Regional Conference on Disarmament and the Implementation of the Convention on Cluster Munitions,', 'Framework:', 'preambular')).toEqual([
      'Framework:Convention on Cluster Munitions',
    ]);
    // "and the Implementation of its ...": the chunk ends at the act noun, no name goes on
    expect(keys('Welcomes the International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of its outcome;', 'Event:')).toEqual([
      'Event:International Conference for the Peaceful Settlement of the Question of Palestine',
    ]);
  });
});
