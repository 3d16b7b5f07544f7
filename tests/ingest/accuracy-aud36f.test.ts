// Session-36 audit aud36f (verb relations per clause, fresh sample of 9 corpus-ga files): "its Charter" right after the
// United Nations ("the obligations of States Members of the United Nations under its Charter") names the Charter of the
// United Nations (a fixed referent, not the Charter of the Nuremberg Tribunal named before it in 79/160), so the clause's
// verb edge reaches it. Each case quotes the file and paragraph;
// the fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/160', date: '2024-12-17' };
const { keys, relations } = oneParagraph({ ctx: GA79, kind: 'operative' });

const UN_CHARTER = 'Framework:Charter of the United Nations';

describe('"its Charter" after the United Nations', () => {
  it('A/RES/79/160 OP32 (78/190, 80/192): "the obligations of States Members of the United Nations under its Charter": EMPHASIZES the Charter of the United Nations', () => {
    const text =
      'Stresses the need to respect the memory and that failure by States to effectively address such practices is incompatible with the obligations of States Members of the United Nations under its Charter, including those related to the purposes and principles of the Organization;';
    expect(keys(text, 'Framework:')).toEqual([UN_CHARTER]);
    expect(relations(text)).toContain(`EMPHASIZES ${UN_CHARTER}`);
  });

  it('A/RES/79/160 OP15: the Charter of the Nuremberg Tribunal named before (PP1) is not what "the United Nations under its Charter" names', () => {
    const text =
      'Recalls the Charter of the Nuremberg Tribunal, and stresses that failure by States to effectively address such practices is incompatible with the obligations of States Members of the United Nations under its Charter;';
    const rel = relations(text);
    expect(rel).toContain(`EMPHASIZES ${UN_CHARTER}`);
    expect(rel).not.toContain('EMPHASIZES Framework:Charter of the Nuremberg Tribunal');
  });

  it('A/RES/79/331 PP2: "the United Nations, as set out in Article 1 of its Charter": the Charter of the United Nations', () => {
    const text = 'Recognizes that multilingualism is a core value of the United Nations, as set out in Article 1 of its Charter;';
    expect(keys(text, 'Framework:')).toEqual([UN_CHARTER]);
  });

  it('guard: "the African Union and its Charter", "the Organization of American States, under its Charter": another organization\'s charter, not the United Nations\'', () => {
    expect(keys('Welcomes the cooperation between the United Nations and the Organization of American States under its Charter;', UN_CHARTER)).toEqual([]);
    expect(keys('Notes the role of the League of Arab States under its Charter;', UN_CHARTER)).toEqual([]);
  });

  it('guard: "its Charter" with no United Nations before it stays unnamed', () => {
    expect(keys('Recalls the obligations of the Member States under its Charter;', UN_CHARTER)).toEqual([]);
  });
});
