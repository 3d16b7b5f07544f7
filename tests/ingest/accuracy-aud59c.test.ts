// Session-59 audit aud59c: faults found annotating A/RES/78/32 (Implementation of the Convention on Cluster Munitions) and
// A/RES/78/240 (Addressing the legacy of nuclear weapons), First Committee. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/32', '2023-12-04'), kind: 'preambular' });

describe('fix 1: the Cluster Munition Coalition is a body (a coalition of non-governmental organizations), not an Initiative', () => {
  const CMC = 'Organization:Cluster Munition Coalition';

  it('A/RES/78/32 PP11: "the efforts ... undertaken by the United Nations, the International Committee of the Red Cross, the Cluster Munition Coalition and numerous other non-governmental organizations"', () => {
    const text =
      'Stressing the role of public conscience in furthering the principles of humanity, as evidenced by the global call for an end to civilian suffering caused by cluster munitions, and recognizing the efforts to that end undertaken by the United Nations, the International Committee of the Red Cross, the Cluster Munition Coalition and numerous other non-governmental organizations around the world,';
    expect(keys(text, 'Organization:Cluster')).toEqual([CMC]);
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text)).toContain(`RECOGNIZES ${CMC}`);
    expect(relations(text)).toContain('RECOGNIZES Organization:International Committee of the Red Cross');
  });

  it('A/RES/78/32 OP7: "..., the International Committee of the Red Cross, the Cluster Munition Coalition and other relevant non-governmental organizations to participate"', () => {
    const text =
      'Reiterates its invitation and encouragement to all States parties, interested States, the United Nations, other relevant international organizations or institutions, regional organizations, the International Committee of the Red Cross, the Cluster Munition Coalition and other relevant non-governmental organizations to participate in the upcoming formal meetings under the Convention;';
    expect(relations(text, 'operative')).toContain(`REITERATES ${CMC}`);
  });

  it('guard: another coalition so named stays an Initiative ("the School Meals Coalition", A/RES/79/226)', () => {
    const text = 'Welcoming the work of the School Meals Coalition,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:School Meals Coalition']);
  });
});
