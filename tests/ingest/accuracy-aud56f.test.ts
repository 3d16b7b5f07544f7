// Session-56 audit aud56f: residuals of the Fourth Committee's territory texts A/RES/78/88 (Question of Bermuda) and A/RES/80/103
// (Question of the United States Virgin Islands), found against the aud56f gold. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA80_103 = ctxOf('A/RES/80/103', '2025-12-05');
const GA78_88 = ctxOf('A/RES/78/88', '2023-12-07');
const { keys, relations, attributions } = oneParagraph({ ctx: GA80_103, kind: 'operative' });

describe('an office "in the University of ..." is the office and the university it is PART_OF, not one name', () => {
  const OFFICE = 'Organization:Office of Self-Determination and Constitutional Development';
  const UNIVERSITY = 'Organization:University of the Virgin Islands';
  const OP6 =
    'Welcomes the establishment of the Office of Self-Determination and Constitutional Development in the University of the Virgin Islands, with funding from the administering Power, to address the issue of self-determination, including political status and constitutional education;';

  it('A/RES/80/103 OP6: "the Office of Self-Determination and Constitutional Development in the University of the Virgin Islands"', () => {
    expect(keys(OP6, 'Organization:')).toEqual([OFFICE, UNIVERSITY]);
    expect(relations(OP6)).toEqual([`WELCOMES ${OFFICE}`, `WELCOMES ${UNIVERSITY}`]);
    expect(attributions(OP6)).toContain(`PART_OF ${OFFICE} -> ${UNIVERSITY}`);
  });

  it('guard: A/RES/78/129 OP22 "the Office of Intergovernmental Support ... in the Department of Economic and Social Affairs of the Secretariat" is unchanged', () => {
    const text =
      'Recognizes that the Office of Intergovernmental Support and Coordination for Sustainable Development in the Department of Economic and Social Affairs of the Secretariat plays a valuable role;';
    expect(attributions(text)).toEqual([
      'PART_OF Organization:Office of Intergovernmental Support and Coordination for Sustainable Development -> Organization:Department of Economic and Social Affairs',
      'PART_OF Organization:Department of Economic and Social Affairs -> Organization:Secretariat of the United Nations',
    ]);
  });

  it('guard: A/RES/78/221 "the Commissioner for Children’s Rights in the Office of the President of the Russian Federation" stays one post', () => {
    const text = 'Noting the work of the Commissioner for Children’s Rights in the Office of the President of the Russian Federation,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(["Organization:Commissioner for Children's Rights in the Office of the President of the Russian Federation"]);
  });
});
