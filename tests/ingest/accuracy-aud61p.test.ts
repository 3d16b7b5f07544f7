// Session-61 audit aud61p: faults found annotating A/RES/80/132 (Decade of Sustainable Transport) and A/RES/78/6 (Report of the
// International Criminal Court). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/6', '2023-11-01'), kind: 'operative' });

const ICC = 'Organization:International Criminal Court';
const UN = 'Organization:United Nations';

describe('item 1: "when relevant matters are being discussed in the United Nations": the Organization as a setting, no target', () => {
  it('A/RES/78/6 OP18 (and 73/7, 79/6, 80/6): URGES the Court, not the United Nations; the paragraph still mentions it', () => {
    const text =
      'Urges all States parties to take the interests, needs for assistance and mandate of the International Criminal Court into account when relevant matters are being discussed in the United Nations, and invites all other States to consider doing the same, as appropriate;';
    const rels = relations(text);
    expect(rels).toContain(`URGES ${ICC}`);
    expect(rels.filter((r) => r.endsWith(` ${UN}`))).toEqual([]);
    expect(keys(text, UN)).toEqual([UN]);
  });

  it('guard: A/RES/78/6 OP20 "further dialogue between the United Nations and the International Criminal Court": a partner keeps the verb', () => {
    const rels = relations(
      'Encourages further dialogue between the United Nations and the International Criminal Court, and welcomes in this regard the increased interaction of the Security Council with the Court under various formats, including the holding of open debates on peace and justice and working methods, with a special focus on the role of the Court;',
    );
    expect(rels).toContain(`ENCOURAGES ${UN}`);
    expect(rels).toContain(`ENCOURAGES ${ICC}`);
  });

  it('guard: A/RES/78/6 OP10 "assistance provided ... by ... the United Nations": an actor keeps the verb', () => {
    const rels = relations(
      'Welcomes the cooperation and assistance provided thus far to the International Criminal Court by States parties as well as States not parties, the United Nations and other international and regional organizations, and calls upon those States that are under an obligation to cooperate to provide such cooperation and assistance in the future;',
    );
    expect(rels).toContain(`WELCOMES ${UN}`);
  });
});
