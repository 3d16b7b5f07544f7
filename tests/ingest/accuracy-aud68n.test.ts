// Session-68 audit aud68n: A/RES/80/203 (Strengthening United Nations action in the field of human rights through the promotion of
// international cooperation) and A/RES/80/206 (Promotion of equitable geographical distribution in the membership of the human
// rights treaty bodies), Third Committee. Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/206', date: '2025-12-18' };
const { relations } = oneParagraph({ ctx, kind: 'preambular' });

const ASSEMBLY = 'Organization:General Assembly';
const CHR = 'Organization:Commission on Human Rights';

describe('the Assembly as the subject of its own past act with a co-subject ("that the General Assembly and the former Commission ... <act>ed")', () => {
  it('A/RES/80/206 PP6: "Recalling that, with regard to the election of the members ..., the General Assembly and the former Commission on Human Rights recognized the importance of ...": no RECALLS of the Assembly; the Commission keeps it', () => {
    const rel = relations(
      'Recalling that, with regard to the election of the members of the human rights treaty bodies, the General Assembly and the former Commission on Human Rights recognized the importance of giving consideration in their membership to equitable geographical distribution, gender balance and representation of the principal legal systems,',
    );
    expect(rel).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(rel).toContain(`RECALLS ${CHR}`);
  });

  it('A/RES/80/206 PP11: "Recalling that the General Assembly and the former Commission on Human Rights encouraged States Parties ..."', () => {
    const rel = relations(
      'Recalling that the General Assembly and the former Commission on Human Rights encouraged States Parties to United Nations human rights treaties, individually and through meetings of States Parties, to consider how to give better effect, inter alia, to the principle of equitable geographical distribution in the membership of treaty bodies,',
    );
    expect(rel).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(rel).toContain(`RECALLS ${CHR}`);
  });

  it('guard: a state, not an act ("that the General Assembly and the Economic and Social Council are ..."), keeps the Assembly', () => {
    const rel = relations('Recalling that the General Assembly and the Economic and Social Council are the principal organs responsible for this question,');
    expect(rel).toContain(`RECALLS ${ASSEMBLY}`);
    expect(rel).toContain('RECALLS Organization:Economic and Social Council');
  });

  it('guard: the co-subject pair as the object of the clause\'s verb ("the work of the General Assembly and the former Commission") keeps the Assembly', () => {
    const rel = relations('Recalling the work of the General Assembly and the former Commission on Human Rights on this question,');
    expect(rel).toContain(`RECALLS ${ASSEMBLY}`);
    expect(rel).toContain(`RECALLS ${CHR}`);
  });

  it('guard: after the matter an aside names, a state ("that, with regard to ..., the General Assembly is ...") keeps the Assembly', () => {
    const rel = relations('Recalling that, with regard to the election of the members of the treaty bodies, the General Assembly is the organ that sets the principles,');
    expect(rel).toContain(`RECALLS ${ASSEMBLY}`);
  });
});
