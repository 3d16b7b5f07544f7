// Session-64 audit aud64w: A/RES/79/81 (Peaceful settlement of the question of Palestine, plenary). Each case quotes the file and
// paragraph it comes from; the fix has a guard for the near names that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/81', date: '2024-12-03', title: 'Peaceful settlement of the question of Palestine' };
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });
const ICJ = 'Organization:International Court of Justice';

describe('"the International Court" printed without "of Justice": the ICJ', () => {
  it('A/RES/79/81 OP7: "as reflected in the advisory opinion of the International Court of 19 July 2024"', () => {
    const rels = relations(
      'Demands that Israel, the occupying Power, comply strictly with its obligations under international law, including as reflected in the advisory opinion of the International Court of 19 July 2024, including to bring an end to its unlawful presence in the Occupied Palestinian Territory, as rapidly as possible;',
    );
    expect(rels).toContain(`DEMANDS ${ICJ}`);
  });

  it('guard: A/RES/79/81 OP19 "the International Court of Justice" in full stays one name, the ICJ', () => {
    const text = 'Recalls the conclusion of the International Court of Justice, in its advisory opinion of 19 July 2024, that Israel is under an obligation to provide full reparation;';
    expect(keys(text, 'Organization:International')).toEqual([ICJ]);
    expect(relations(text)).toContain(`RECALLS ${ICJ}`);
  });

  it('guard: the International Criminal Court is a court of its own', () => {
    const text = 'Calls upon all States to cooperate fully with the International Criminal Court;';
    expect(keys(text, 'Organization:')).not.toContain(ICJ);
    expect(relations(text)).toContain('CALLS_UPON Organization:International Criminal Court');
  });
});
