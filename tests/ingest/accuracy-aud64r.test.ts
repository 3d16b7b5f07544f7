// Session-64 audit aud64r: A/RES/80/51 (ethical imperatives for a nuclear-weapon-free world), A/RES/80/50 (humanitarian
// consequences of nuclear weapons) and A/RES/78/28 (treaty banning the production of fissile material), First Committee texts. Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/50', date: '2025-12-01', title: 'Humanitarian consequences of nuclear weapons' };
const { relations } = oneParagraph({ ctx, kind: 'preambular' });
const ASSEMBLY = 'Organization:General Assembly';

describe('the Assembly as the subject of its own act in a that-clause opened by the setting of the act: no target', () => {
  it('A/RES/80/50 PP5: "that at the first special session of the General Assembly devoted to disarmament, in 1978, the Assembly stressed"', () => {
    const rels = relations(
      'Recalling also that at the first special session of the General Assembly devoted to disarmament, in 1978, the Assembly stressed that nuclear weapons posed the greatest danger to mankind and to the survival of civilization,',
    );
    expect(rels).toContain('RECALLS Event:tenth special session of the General Assembly');
    expect(rels).not.toContain(`RECALLS ${ASSEMBLY}`);
  });

  it('guard: the Assembly as the recipient after a fronted setting keeps the verb ("were presented to the General Assembly")', () => {
    const rels = relations('Recalling that, in 2023, the recommendations of the Conference on Disarmament were presented to the General Assembly,');
    expect(rels).toContain(`RECALLS ${ASSEMBLY}`);
  });

  it('guard: the Assembly in a state, not an act, after a fronted setting keeps the verb ("the General Assembly is")', () => {
    const rels = relations('Recalling that, in the field of disarmament, the General Assembly is the main deliberative organ of the United Nations,');
    expect(rels).toContain(`RECALLS ${ASSEMBLY}`);
  });
});
