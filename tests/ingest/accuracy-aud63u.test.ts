// Session-63 helper aud63u: faults found annotating A/RES/80/141 (Education for sustainable development). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/80/141', '2025-12-15'), kind: 'operative' });
const adopted = (text: string): string[] => attributions(text).filter((a) => a.startsWith('ADOPTED '));

describe('"<sitting>, held ..., and its <City> Consensus": the sitting adopted it, as "and its <Declaration>" (aud31d, aud60h)', () => {
  const OP3 =
    'Welcomes the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil, as well as the World Summit on Teachers, held on 28 and 29 August 2025 in Santiago, and its Santiago Consensus;';

  it('A/RES/80/141 OP3: the World Summit on Teachers ADOPTED the Santiago Consensus, which the clause verb takes', () => {
    expect(adopted(OP3)).toEqual(['ADOPTED Event:World Summit on Teachers @ 2025 -> Framework:Santiago Consensus']);
    expect(relations(OP3)).toContain('WELCOMES Framework:Santiago Consensus');
    expect(attributions(OP3)).toContain('HELD_IN Event:World Summit on Teachers @ 2025 -> Place:Santiago');
  });

  it('guard: a Consensus after "and its" of a body, not a sitting, is adopted by no one', () => {
    expect(adopted('Welcomes the work of the United Nations Educational, Scientific and Cultural Organization, and its Santiago Consensus;')).toEqual([]);
  });

  it('guard: A/RES/79/151 PP14 "and its “Fortaleza Declaration”" keeps its edge', () => {
    expect(
      adopted('Welcomes the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil, and its “Fortaleza Declaration”;'),
    ).toEqual(['ADOPTED Event:Global Education Meeting @ 2024 -> Framework:Fortaleza Declaration']);
  });
});
