// Session-61 audit aud61v: residuals found annotating A/RES/79/319 (Interaction between the United Nations, national parliaments
// and the Inter-Parliamentary Union). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/319', '2025-07-25'), kind: 'preambular' });

describe('item 1: "action 55 of the <framework> adopted on <day>": a numbered action is part of the framework, which is ADOPTED_ON that day', () => {
  it('A/RES/79/319 PP3: "Taking note of action 55 of the Pact for the Future adopted on 22 September 2024, in which ..."', () => {
    const att = attributions(
      'Taking note of action 55 of the Pact for the Future adopted on 22 September 2024, in which Member States pledge to deepen United Nations engagement with national parliaments in United Nations intergovernmental bodies and processes,',
    );
    expect(att).toContain('ADOPTED_ON Framework:Pact for the Future -> Date:2024-09-22');
  });

  it('guard: A/RES/79/123: "the amendments to article 8 of the Rome Statute ..., adopted on 10 June 2010": the amendments\' day, not the Statute\'s', () => {
    const att = attributions(
      'Welcoming the amendments to article 8 of the Rome Statute of the International Criminal Court, adopted on 10 June 2010,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED_ON Framework:Rome Statute'))).toEqual([]);
  });
});

describe('item 2: "the launch of <framework> in <month year>": the day after the name is its STARTS_ON (the session-60 ruling)', () => {
  it('A/RES/79/319 PP14: "and recalling the launch of the United Nations Strategy and Plan of Action on Hate Speech in June 2019"', () => {
    const att = attributions(
      'Recognizing and affirming that the global fight against racism, racial discrimination, xenophobia and related intolerance is a matter of priority for the international community, and recalling the launch of the United Nations Strategy and Plan of Action on Hate Speech in June 2019,',
    );
    expect(att).toContain('STARTS_ON Framework:United Nations Strategy and Plan of Action on Hate Speech -> Date:2019-06');
  });

  it('guard: A/RES/79/222 OP14 "the launch in 2016 of the Global Infrastructure Forum": a forum is not dated by its launch', () => {
    const att = attributions(
      'Notes the launch in 2016 of the Global Infrastructure Forum, led by the multilateral development banks,',
      'operative',
      ctxOf('A/RES/79/222', '2024-12-19'),
    );
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: A/RES/78/234: "the launch of the Decade on 10 December 2014": a decade, an Event, is not dated by its launch', () => {
    const att = attributions(
      'Recalling the proclamation of the International Decade for People of African Descent and the launch of the Decade on 10 December 2014,',
      'preambular',
      ctxOf('A/RES/78/234', '2023-12-22'),
    );
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});
