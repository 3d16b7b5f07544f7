// Session-48 audit aud48j: residual faults in organizations the annotation helpers reported (tests/gold aud48c files), each
// checked across corpus-ga with the golden dump. Fixed, each with the file and paragraph it was found in and a guard:
// - a numbered working group keyed with its owner ("its Working Group III", the Commission's) is PART_OF that owner, and so is
//   one printed "Working Group III of the <body>" (A/RES/78/104 PP3, PP8).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_104: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/104', date: '2023-12-07' };
const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';
const WG3 = 'Organization:Working Group III (United Nations Commission on International Trade Law)';

const { attributions } = oneParagraph({ ctx: GA78_104, kind: 'preambular' });

describe('a numbered working group is PART_OF the body it is keyed with', () => {
  it('A/RES/78/104 PP3: "the Commission ... entrusted its Working Group III (Investor-State Dispute Settlement Reform)"', () => {
    // (the Commission named in full: one paragraph alone has no earlier paragraph to say which "the Commission" is)
    const text =
      'Noting that the United Nations Commission on International Trade Law, at its fiftieth session, in 2017, entrusted its Working Group III (Investor-State Dispute Settlement Reform) with a broad mandate to work on the possible reform of investor-State dispute settlement and to develop relevant solutions,';
    expect(attributions(text, 'preambular', { ...GA78_104 })).toContain(`PART_OF ${WG3} -> ${UNCITRAL}`);
  });

  it('A/RES/78/104 PP8: "Working Group III of the Commission" (the owner printed right after it)', () => {
    const text =
      'Mindful that Working Group III of the United Nations Commission on International Trade Law is continuing to make progress with regard to a number of investor-State dispute settlement reform elements to be recommended to the Commission,';
    expect(attributions(text, 'preambular', { ...GA78_104 })).toContain(`PART_OF ${WG3} -> ${UNCITRAL}`);
  });

  it('guard: a numbered group no owner was found for (keyed by the resolution) is PART_OF nothing', () => {
    const text = 'Noting the progress made by Working Group III,';
    const att = attributions(text, 'preambular', { ...GA78_104 });
    expect(att.filter((a) => a.startsWith('PART_OF '))).toEqual([]);
  });

  it('guard: a working group "in the" body\'s calendar is no part of it (only " of the ")', () => {
    const text =
      'Noting that Working Group III in the United Nations Commission on International Trade Law calendar meets twice a year,';
    const att = attributions(text, 'preambular', { ...GA78_104 });
    expect(att.filter((a) => a.startsWith(`PART_OF ${WG3}`) || a.startsWith('PART_OF Organization:Working Group III'))).toEqual([]);
  });
});
