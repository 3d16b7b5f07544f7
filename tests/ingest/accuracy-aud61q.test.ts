// Session-61 audit aud61q: residuals of the gold for A/RES/78/207 (International Convention for the Protection of All Persons
// from Enforced Disappearance). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/207', '2023-12-19'), kind: 'operative' });

describe('the International Day for the Right to the Truth: "concerning" inside its name', () => {
  const DAY = 'Event:International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims';
  it('A/RES/78/207 PP22 (80/201): "... 24 March as the International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims": the whole name', () => {
    const text =
      'Recalling with appreciation further the decision of the General Assembly in its resolution 65/196 of 21 December 2010 to proclaim, pursuant to the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010, 24 March as the International Day for the Right to the Truth concerning Gross Human Rights Violations and for the Dignity of Victims,';
    expect(relations(text, 'preambular')).toContain(`RECALLS ${DAY}`);
    expect(keys(text, 'Event:International Day for the Right to the Truth', 'preambular')).toEqual([DAY]);
  });

  it('guard: A/RES/78/207 PP21 "the International Day of the Victims of Enforced Disappearances" is unchanged', () => {
    const text = 'Recalling with appreciation also the decision of the General Assembly to declare 30 August International Day of the Victims of Enforced Disappearances,';
    expect(relations(text, 'preambular')).toContain('RECALLS Event:International Day of the Victims of Enforced Disappearances');
  });
});
