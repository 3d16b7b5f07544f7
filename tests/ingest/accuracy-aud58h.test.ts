// Session-58 audit aud58h: faults found annotating A/RES/78/270 (the Kimberley Process) and A/RES/78/201 (human rights and
// cultural diversity). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const KP78 = ctxOf('A/RES/78/270', '2024-04-03');
const { relations, attributions } = oneParagraph({ ctx: KP78, kind: 'preambular' });

describe('thanks printed without "its" address the State: "Expressing appreciation to Zimbabwe, as the 2023 Chair ..."', () => {
  it('A/RES/78/270 PP26: EXPRESSES Zimbabwe, as "Expressing its appreciation to" would', () => {
    const rel = relations(
      'Expressing appreciation to Zimbabwe, as the 2023 Chair of the Kimberley Process, for its efforts in promoting the continuation of work, and for hosting the nineteenth plenary meeting of the Kimberley Process in Victoria Falls, from 6 to 10 November 2023, in a hybrid format,',
    );
    expect(rel).toContain('EXPRESSES Place:Zimbabwe');
    // (the venue stays no target)
    expect(rel).not.toContain('EXPRESSES Place:Victoria Falls');
  });

  it('A/RES/79/275 PP28: the same form a year later, "Expressing appreciation to the United Arab Emirates, as the 2024 Chair ..."', () => {
    const rel = relations(
      'Expressing appreciation to the United Arab Emirates, as the 2024 Chair of the Kimberley Process, for its efforts in promoting the continuation of work, and for hosting the twentieth plenary meeting of the Kimberley Process in Dubai, from 12 to 15 November 2024, in a hybrid format,',
      'preambular',
      ctxOf('A/RES/79/275', '2025-03-11'),
    );
    expect(rel).toContain('EXPRESSES Place:United Arab Emirates');
    expect(rel).not.toContain('EXPRESSES Place:Dubai');
  });

  it('guard: A/RES/78/270 PP14 "Expressing appreciation for the continuous efforts made by Botswana ... in Gaborone": no State addressed', () => {
    const rel = relations(
      'Expressing appreciation for the continuous efforts made by Botswana in supporting the operationalization of the Kimberley Process secretariat in Gaborone,',
    );
    expect(rel.filter((r) => r.includes('Place:'))).toEqual([]);
  });
});

describe('a sitting of an initiative the gazetteer knows is SESSION_OF it: "the nineteenth plenary meeting of the Kimberley Process"', () => {
  it('A/RES/78/270 PP26: the nineteenth plenary meeting SESSION_OF the Kimberley Process (an Initiative)', () => {
    const att = attributions(
      'Expressing appreciation to Zimbabwe, as the 2023 Chair of the Kimberley Process, for its efforts in promoting the continuation of work, and for hosting the nineteenth plenary meeting of the Kimberley Process in Victoria Falls, from 6 to 10 November 2023, in a hybrid format,',
    );
    expect(att).toContain('SESSION_OF Event:nineteenth plenary meeting of the Kimberley Process -> Initiative:Kimberley Process');
    expect(att).toContain('HOSTS Place:Zimbabwe -> Event:nineteenth plenary meeting of the Kimberley Process');
  });

  it('A/RES/78/270 OP6: "the 2022 plenary meeting of the Kimberley Process" (that year\'s meeting) SESSION_OF it', () => {
    const att = attributions('Welcomes the decision by the 2022 plenary meeting of the Kimberley Process to establish the Kimberley Process secretariat in Gaborone;', 'operative');
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual(['SESSION_OF Event:plenary meeting of the Kimberley Process @ 2022 -> Initiative:Kimberley Process']);
  });

  it('guard: A/RES/79/276 PP5 "the first global summit of the School Meals Coalition": the head-word reading stays', () => {
    const att = attributions(
      'Welcoming the first global summit of the School Meals Coalition, held in Paris on 18 and 19 October 2023,',
      'preambular',
      ctxOf('A/RES/79/276', '2025-03-20'),
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual(['SESSION_OF Event:first global summit of the School Meals Coalition -> Initiative:School Meals Coalition']);
  });
});

describe('an organ printed after its owner\'s other name is PART_OF the owner: "the Non-Aligned Movement Centre for ..."', () => {
  const CENTRE = 'Organization:Non-Aligned Movement Centre for Human Rights and Cultural Diversity';
  const NAM = 'Organization:Movement of Non-Aligned Countries';
  const CD78 = ctxOf('A/RES/78/201', '2023-12-19');

  it('A/RES/78/201 OP12 (80/205 OP12): the Centre PART_OF the Movement of Non-Aligned Countries', () => {
    const att = attributions(
      'Welcomes the activities of the Non-Aligned Movement Centre for Human Rights and Cultural Diversity in Tehran, and acknowledges the important role that the Centre plays in the promotion of the universality of all human rights, as well as their realization;',
      'operative',
      CD78,
    );
    expect(att).toContain(`PART_OF ${CENTRE} -> ${NAM}`);
  });

  it('guard: A/RES/78/201 PP9 "the Ministerial Meeting ... of the Movement of Non-Aligned Countries": its sitting, no organ', () => {
    const att = attributions(
      'Recalling also the Ministerial Meeting on Human Rights and Cultural Diversity of the Movement of Non-Aligned Countries, held in Tehran on 3 and 4 September 2007,',
      'preambular',
      CD78,
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toHaveLength(1);
  });
});
