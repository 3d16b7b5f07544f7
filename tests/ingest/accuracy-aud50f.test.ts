// Session-50 audit aud50f: attribution residuals (LEADS, ORGANIZES, HOSTS, HELD_IN, ADOPTED, ADOPTED_ON, PART_OF, SESSION_OF) the
// gold files and their annotators' first readings show, each case quoting its file and paragraph, each with a guard:
// - a pair "X and the <place> implementation plan for the Y, adopted by <sitting> on <day>": the sitting ADOPTED both, that day
//   (A/RES/78/202 PP9, 79/167 PP8, 80/209 PP8).
// - a committee's short name in brackets before its owner, "the ... Committee (Third Committee) of the General Assembly": the
//   committee is PART_OF the owner, as "the Third Committee of the General Assembly" reads (A/RES/78/150 OP9).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_202: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA_78_202, kind: 'preambular' });

describe('"X and the Quito implementation plan for the Y, adopted by <sitting> on <day>": the sitting ADOPTED both, that day', () => {
  const HABITAT_III = 'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016';
  const QUITO = 'Framework:Quito Declaration on Sustainable Cities and Human Settlements for All';
  it('A/RES/78/202 PP9: "the Quito Declaration ... and the Quito implementation plan for the New Urban Agenda, adopted by ... (Habitat III) on 20 October 2016"', () => {
    const text =
      'Bearing in mind all the references to this question in the Beijing Declaration and Platform for Action, adopted by the Fourth World Conference on Women on 15 September 1995,20 the Quito Declaration on Sustainable Cities and Human Settlements for All and the Quito implementation plan for the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016,21 and in the outcome document';
    const found = attributions(text);
    expect(found).toEqual(
      expect.arrayContaining([
        `ADOPTED ${HABITAT_III} -> ${QUITO}`,
        `ADOPTED_ON ${QUITO} -> Date:2016-10-20`,
        `ADOPTED ${HABITAT_III} -> Framework:New Urban Agenda`,
        'ADOPTED_ON Framework:New Urban Agenda -> Date:2016-10-20',
      ]),
    );
    // (the Beijing Declaration before it has its own sitting and day)
    expect(found).not.toContain(`ADOPTED_ON Framework:Beijing Declaration and Platform for Action -> Date:2016-10-20`);
  });

  it('guard: "the Quito Declaration ... and the review of the New Urban Agenda, adopted by ..." names no plan: the declaration is not the pair', () => {
    const text =
      'Bearing in mind the Quito Declaration on Sustainable Cities and Human Settlements for All and the review of the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016,';
    expect(attributions(text).filter((a) => a.includes(QUITO))).toEqual([]);
  });
});

describe('"the ... Committee (Third Committee) of the General Assembly": the committee is PART_OF its owner', () => {
  const GA_78_150: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/150', date: '2023-12-19' };
  it('A/RES/78/150 OP9: "within an existing report in the Social, Humanitarian and Cultural Issues Committee (Third Committee) of the General Assembly"', () => {
    const text =
      'Requests the Secretary-General to report on the topic of the resolution, within an existing report in the Social, Humanitarian and Cultural Issues Committee (Third Committee) of the General Assembly at its eightieth session.';
    const found = attributions(text, 'operative', GA_78_150);
    expect(found).toContain('PART_OF Organization:Third Committee -> Organization:General Assembly');
    expect(found).toContain('SESSION_OF Event:eightieth session of the General Assembly -> Organization:General Assembly');
  });

  it('guard: "the ... Committee (Third Committee) and the General Assembly" names two bodies side by side', () => {
    const text =
      'Requests the Secretary-General to report to the Social, Humanitarian and Cultural Issues Committee (Third Committee) and the General Assembly at its eightieth session.';
    expect(attributions(text, 'operative', GA_78_150).filter((a) => a.startsWith('PART_OF '))).toEqual([]);
  });
});
