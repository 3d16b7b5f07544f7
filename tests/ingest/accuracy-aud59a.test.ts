// Session-59 audit aud59a: faults found beside the gold set of A/RES/78/176 (thirtieth anniversary of the International Year of
// the Family), in sister texts of its agenda item (24 (b), social development). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/149', '2024-12-17'), kind: 'preambular' });
const CRPD = 'Framework:Convention on the Rights of Persons with Disabilities';

describe('a framework "which it adopted on <day>": the day the Assembly adopted it is its ADOPTED_ON, as ", which was adopted on" gives', () => {
  it('A/RES/79/149 PP2: "the Convention on the Rights of Persons with Disabilities, 1 which it adopted on 13 December 2006 and which entered into force on 3 May 2008"', () => {
    const att = attributions(
      'Reaffirming the Convention on the Rights of Persons with Disabilities, 1 which it adopted on 13 December 2006 and which entered into force on 3 May 2008, a landmark convention affirming the human rights and fundamental freedoms of persons with disabilities, recognizing that it is both a human rights and a development instrument, encouraging its ratification by Member States and its implementation by States parties, and taking note of the Optional Protocol to the Convention on the Rights of Persons with Disabilities,2',
    );
    expect(att).toContain(`ADOPTED_ON ${CRPD} -> Date:2006-12-13`);
    // (the entry into force is no adoption; the Assembly, agent of its own act, gets no edge)
    expect(att.filter((a) => a.includes('2008-05-03'))).toEqual([]);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: the entry into force alone dates no adoption ("the Convention ..., which entered into force on 3 May 2008")', () => {
    const att = attributions('Reaffirming the Convention on the Rights of Persons with Disabilities, which entered into force on 3 May 2008,');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: ", which was adopted on" keeps its reading', () => {
    const att = attributions('Reaffirming the Convention on the Rights of Persons with Disabilities, which was adopted on 13 December 2006,');
    expect(att).toContain(`ADOPTED_ON ${CRPD} -> Date:2006-12-13`);
  });
});
