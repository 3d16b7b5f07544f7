// Session-57 audit aud57p: faults found annotating A/RES/79/151 (Literacy for life) and A/RES/78/282 (International Day of
// Reflection and Commemoration of the 1995 Genocide in Srebrenica). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/151', '2024-12-17'), kind: 'preambular' });

describe('item 1: "proclaimed the 10-year period beginning on <day> the <Decade>": the day printed before the name is its STARTS_ON', () => {
  it('A/RES/79/151 PP1: "by which it proclaimed the 10-year period beginning on 1 January 2003 the United Nations Literacy Decade"', () => {
    const att = attributions(
      'Recalling its resolution 56/116 of 19 December 2001, by which it proclaimed the 10-year period beginning on 1 January 2003 the United Nations Literacy Decade, its resolution 57/166 of 18 December 2002, in which it welcomed the International Plan of Action for the United Nations Literacy Decade, 1 and its resolutions 59/149 of 20 December 2004, 61/140 of 19 December 2006 and 77/192 of 15 December 2022,',
    );
    expect(att).toContain('STARTS_ON Event:Literacy Decade -> Date:2003-01-01');
    // (the day the proclaiming resolution was adopted is not the Decade's)
    expect(att.filter((a) => a.startsWith('STARTS_ON Event:Literacy Decade') && !a.endsWith('2003-01-01'))).toEqual([]);
  });

  it('A/RES/78/161 PP18: "in which it proclaimed the year beginning on 1 January 2019 the International Year of Indigenous Languages"', () => {
    const att = attributions(
      'Recalling its resolution 71/178 of 19 December 2016, in which it proclaimed the year beginning on 1 January 2019 the International Year of Indigenous Languages, as well as its resolution 74/135 of 18 December 2019, in which it proclaimed the period 2022–2032 as the International Decade of Indigenous Languages, to draw attention to the critical loss of Indigenous languages,',
      'preambular',
      ctxOf('A/RES/78/161', '2023-12-19'),
    );
    expect(att).toContain('STARTS_ON Event:International Year of Indigenous Languages -> Date:2019-01-01');
    // (the range before the Decade as before)
    expect(att).toContain('STARTS_ON Event:International Decade of Indigenous Languages -> Date:2022');
  });

  it('guard: A/RES/78/69 PP35 "for the 10-year period beginning on 1 January 2021", printed after the name, keeps its STARTS_ON', () => {
    const att = attributions(
      'Recalling its decision to proclaim the United Nations Decade of Ocean Science for Sustainable Development for the 10-year period beginning on 1 January 2021, within existing structures and available resources,',
      'preambular',
      ctxOf('A/RES/78/69', '2023-12-05'),
    );
    expect(att).toContain('STARTS_ON Event:Decade of Ocean Science for Sustainable Development -> Date:2021-01-01');
  });

  it('guard: a day printed before a Year\'s name with no "period beginning on" ("the decision taken on 1 January 2003 the ...") is no STARTS_ON', () => {
    const att = attributions('Recalling the decision taken on 1 January 2003 the International Year of Indigenous Languages,');
    expect(att.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('item 2: "the Global Alliance for Literacy within the Framework of Lifelong Learning" is one Initiative', () => {
  const ALLIANCE = 'Initiative:Global Alliance for Literacy within the Framework of Lifelong Learning';

  it('A/RES/79/151 OP5: "the Strategies (2020–2025) of the Global Alliance for Literacy within the Framework of Lifelong Learning"', () => {
    const rel = relations(
      'Encourages Member States, United Nations organizations, multilateral and bilateral donors, regional organizations, civil society, academia and the private sector to sustain their collective efforts for the promotion of literacy and literate environments and to contribute to the implementation of the Strategies (2020–2025) of the Global Alliance for Literacy within the Framework of Lifelong Learning, as well as the development of new strategies for synergistic action at the global, regional, national and community levels;',
      'operative',
    );
    expect(rel).toContain(`ENCOURAGES ${ALLIANCE}`);
    expect(rel.filter((r) => r.includes('Framework of Lifelong Learning') && !r.includes(ALLIANCE))).toEqual([]);
  });

  it('A/RES/79/151 OP16: "the strategy of the Global Alliance for Literacy" is the same Initiative', () => {
    const rel = relations(
      'Requests the United Nations Educational, Scientific and Cultural Organization to continue its coordinating and catalysing role through the implementation of its Strategy for Youth and Adult Literacy (2020–2025) and the strategy of the Global Alliance for Literacy and by continuing to provide support to Member States;',
      'operative',
    );
    expect(rel).toContain(`REQUESTS ${ALLIANCE}`);
    expect(rel).toContain('REQUESTS Framework:Strategy for Youth and Adult Literacy');
  });
});

describe('item 3: Srebrenica is a place; the Day named after it keeps its whole name', () => {
  const DAY = 'Event:International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica';

  it('A/RES/78/282 PP2: "Security Council resolution 819 (1993) of 16 April 1993 declaring Srebrenica a safe area": a mention, no verb target', () => {
    const text =
      'Recalling Security Council resolution 819 (1993) of 16 April 1993 declaring Srebrenica a safe area, resolution 827 (1993) of 25 May 1993 concerning the establishment of the International Tribunal for the Former Yugoslavia and resolution 1966 (2010) of 22 December 2010 concerning the establishment of the International Residual Mechanism for Criminal Tribunals,';
    const ctx = ctxOf('A/RES/78/282', '2024-05-23');
    expect(keys(text, 'Place:', 'preambular', ctx)).toContain('Place:Srebrenica');
    expect(relations(text, 'preambular', ctx).filter((r) => r.includes('Srebrenica'))).toEqual([]);
  });

  it('A/RES/78/282 OP1: "Decides to designate 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica"', () => {
    const text = 'Decides to designate 11 July as the International Day of Reflection and Commemoration of the 1995 Genocide in Srebrenica, to be observed annually;';
    const ctx = ctxOf('A/RES/78/282', '2024-05-23');
    expect(relations(text, 'operative', ctx)).toEqual([`DECIDES ${DAY}`]);
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard: A/RES/78/282 OP2 "any denial of the Srebrenica genocide": Srebrenica mentioned, the clause\'s verb takes no place', () => {
    const text =
      'Condemns without reservation any denial of the Srebrenica genocide as a historical event, and urges Member States to preserve the established facts, including through their educational systems by developing appropriate programmes, also in remembrance, towards preventing denial and distortion, and occurrence of genocides in the future;';
    const ctx = ctxOf('A/RES/78/282', '2024-05-23');
    expect(keys(text, 'Place:', 'operative', ctx)).toEqual(['Place:Srebrenica']);
    expect(relations(text, 'operative', ctx)).toEqual([]);
  });
});
