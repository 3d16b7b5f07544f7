// Session-61 audit aud61y: faults found annotating A/RES/79/240 (nuclear disarmament verification) and A/RES/78/225 (the
// Commission on Crime Prevention and Criminal Justice and the 2030 Agenda). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/225', '2023-12-19'), kind: 'operative' });

describe('item 1: "the <year> high-level debate of <body>": the year before a body\'s sitting makes it one sitting', () => {
  const DEBATE = 'Event:high-level debate of the General Assembly';

  it('A/RES/78/225 OP4: "the contribution by the Commission ... to the 2023 high-level debate of the General Assembly on the theme “...”"', () => {
    const text =
      'Also welcomes the contribution by the Commission on Crime Prevention and Criminal Justice to the 2023 high-level debate of the General Assembly on the theme “Equal access to justice for all: advancing reforms for peaceful, just and inclusive societies”;';
    const rel = relations(text);
    expect(rel).toContain(`WELCOMES ${DEBATE}`);
    expect(rel).toContain('WELCOMES Organization:Commission on Crime Prevention and Criminal Justice');
    // (the Assembly is the owner of its sitting, not the topic welcomed: aud52c 78/112 PP12 reads it so)
    expect(rel).not.toContain('WELCOMES Organization:General Assembly');
    expect(attributions(text)).toContain(`SESSION_OF ${DEBATE} -> Organization:General Assembly`);
  });

  it('guard: A/RES/78/112 PP12 "the high-level debate of the General Assembly held on 15 June 2023 on the theme “...”" keeps its day', () => {
    const text =
      'Taking note of the high-level debate of the General Assembly held on 15 June 2023 on the theme “Equal access to justice for all: advancing reforms for peaceful, just and inclusive societies” pursuant to its resolution 77/237 of 15 December 2022,';
    const ctx = ctxOf('A/RES/78/112', '2023-12-07');
    // (dated by its day, the sitting is keyed with its year)
    expect(relations(text, 'preambular', ctx)).toContain(`NOTES ${DEBATE} @ 2023`);
    const att = attributions(text, 'preambular', ctx);
    expect(att).toContain(`SESSION_OF ${DEBATE} @ 2023 -> Organization:General Assembly`);
    expect(att).toContain(`STARTS_ON ${DEBATE} @ 2023 -> Date:2023-06-15`);
  });

  it('guard: a year with no sitting of a body after it ("the 2023 high-level debate on ...") is not read so', () => {
    const text = 'Also welcomes the contributions of Member States to the 2023 high-level debate on the rule of law;';
    expect(relations(text).filter((r) => r.includes('high-level debate'))).toEqual([]);
  });
});
