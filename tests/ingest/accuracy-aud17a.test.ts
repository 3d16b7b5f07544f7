// Misses found by the session-17 audit aud17a: A/RES/79/207 (desertification), A/RES/80/182 (cooperatives), A/RES/78/20
// (space threats), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/207', date: '2024-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const SUMMIT = 'Event:United Nations summit for the adoption of the post-2015 development agenda';

describe('the United Nations summit for the adoption of the post-2015 development agenda is an event', () => {
  const ctx = { ...GA, symbol: 'A/RES/80/182', date: '2025-12-15' };

  it('A/RES/80/182 PP5: "the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, entitled “Transforming our world ...”"', () => {
    const text =
      'Reaffirming the adoption of the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, the Addis Ababa Action Agenda of the Third International Conference on Financing for Development and the Sevilla Commitment of the Fourth International Conference on Financing for Development, and noting the acknowledgement therein of the role of cooperatives in the implementation of the 2030 Agenda,';
    expect(keys(text, 'Event:', 'preambular', { ...ctx })).toContain(SUMMIT);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`REAFFIRMS ${SUMMIT}`);
    expect(attributions(text, 'preambular', { ...ctx })).toContain(`ADOPTED ${SUMMIT} -> Framework:2030 Agenda for Sustainable Development`);
  });

  it('A/RES/80/182 PP7: listed among the world conferences whose follow-up cooperatives contribute to', () => {
    const text =
      'Recognizing the important contribution and potential of all forms of cooperatives to the follow-up to the World Summit for Social Development and the Fourth World Conference on Women, the World Summit on Sustainable Development and the United Nations summit for the adoption of the post-2015 development agenda,';
    expect(relations(text, 'preambular', { ...ctx })).toContain(`RECOGNIZES ${SUMMIT}`);
  });

  it('guard: the agenda itself is no event ("the implementation of the post-2015 development agenda")', () => {
    const text = 'Stressing the importance of the implementation of the post-2015 development agenda at all levels,';
    expect(keys(text, 'Event:', 'preambular', { ...ctx })).toEqual([]);
  });
});

describe('the United Nations Decade for Deserts and the Fight against Desertification: the whole name', () => {
  const DECADE = 'Event:Decade for Deserts and the Fight against Desertification';

  it('A/RES/79/207 OP33 (78/154 OP33, 80/139 OP36): "Takes note of the United Nations Decade for Deserts and the Fight against Desertification and the United Nations Decade on Ecosystem Restoration"', () => {
    const text =
      'Takes note of the United Nations Decade for Deserts and the Fight against Desertification and the United Nations Decade on Ecosystem Restoration, and calls for measures to explore and promote consumption and production patterns that conserve and protect land;';
    expect(relations(text, 'operative')).toEqual([`NOTES ${DECADE}`, 'NOTES Event:Decade on Ecosystem Restoration']);
  });

  it('A/RES/78/169 PP16: "the proclamation of the United Nations Decade for Deserts and the Fight against Desertification (2010–2020)"', () => {
    const text =
      'Recalling further the proclamation of the United Nations Decade for Deserts and the Fight against Desertification (2010–2020), the United Nations Decade on Ecosystem Restoration (2021–2030),';
    expect(keys(text, 'Event:')).toEqual([DECADE, 'Event:Decade on Ecosystem Restoration']);
    expect(attributions(text)).toContain(`ENDS_ON ${DECADE} -> Date:2020`);
  });
});

describe('numbers of one session printed with one date after the last were all adopted that day', () => {
  const ctx = { ...GA, symbol: 'A/RES/78/20', date: '2023-12-04' };
  const dates = (text: string, c: RecognizeContext = { ...ctx }) =>
    extract(text, 'preambular', c)
      .mentions.filter((m) => m.kind === 'Resolution')
      .map((m) => `${m.key} ${String(m.attrs.date ?? '-')}`);

  it('A/RES/78/20 PP2: "its resolutions 68/50 of 5 December 2013, 77/40, 77/41 and 77/42 of 7 December 2022 and 77/250 of 30 December 2022"', () => {
    const text = 'Recalling also its resolutions 68/50 of 5 December 2013, 77/40, 77/41 and 77/42 of 7 December 2022 and 77/250 of 30 December 2022,';
    expect(dates(text)).toEqual([
      'Resolution:A/RES/68/50 2013-12-05',
      'Resolution:A/RES/77/40 2022-12-07',
      'Resolution:A/RES/77/41 2022-12-07',
      'Resolution:A/RES/77/42 2022-12-07',
      'Resolution:A/RES/77/250 2022-12-30',
    ]);
  });

  it('A/RES/78/172, 80/175 (ECOSOC): "Economic and Social Council resolutions 2016/7 and 2016/8, of 2 June 2016"', () => {
    const text = 'Recalling Economic and Social Council resolutions 2016/7 and 2016/8, of 2 June 2016, in which Governments were encouraged to act,';
    expect(dates(text)).toEqual(['Resolution:E/RES/2016/7 2016-06-02', 'Resolution:E/RES/2016/8 2016-06-02']);
  });

  it('guard: numbers of another session keep no date ("its resolutions 60/1 and 70/1 of 25 September 2015")', () => {
    const text = 'Recalling its resolutions 60/1 and 70/1 of 25 September 2015,';
    expect(dates(text)).toEqual(['Resolution:A/RES/60/1 -', 'Resolution:A/RES/70/1 2015-09-25']);
  });

  it('A/RES/79/246, 80/232: "its resolutions 56/234 and 56/236 of 24 December 2001 and 56/286 of 27 June 2002": the last keeps its own date', () => {
    const text = 'Recalling its resolutions 56/234 and 56/236 of 24 December 2001 and 56/286 of 27 June 2002,';
    expect(dates(text)).toEqual(['Resolution:A/RES/56/234 2001-12-24', 'Resolution:A/RES/56/236 2001-12-24', 'Resolution:A/RES/56/286 2002-06-27']);
  });
});

describe('a declaration named a call is a framework', () => {
  it('A/RES/79/207 PP22 (78/154, 78/158, 79/212, 80/143): "and noting the Abidjan Call, which urged giving the highest priority to ... drought"', () => {
    const text =
      'Recalling the decisions of the fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, and stresses the importance of their effective implementation, and noting the Abidjan Call, which urged giving the highest priority to the issue of drought prevention, resilience, impact mitigation and accelerating the implementation of existing national commitments,';
    expect(keys(text, 'Framework:Abidjan')).toEqual(['Framework:Abidjan Call']);
    expect(relations(text)).toContain('NOTES Framework:Abidjan Call');
  });

  it('A/RES/78/216 OP31: "the Secretary-General’s Call to Action for Human Rights" is no organization', () => {
    const text = 'Takes note of the Secretary-General’s Call to Action for Human Rights, and encourages Member States to support its implementation;';
    // (aud20a: one of "the Secretary-General’s initiatives on the new technologies, including the Call to Action for Human Rights"
    // (A/RES/79/175 PP6): an initiative, named without its author's possessive)
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:Call to Action for Human Rights']);
    expect(keys(text, 'Organization:Secretary-General\'s Call', 'operative')).toEqual([]);
  });

  it('guard: the verb "Calls upon" and a lowercase call name nothing', () => {
    const text = 'Calls upon Member States to heed the call of the Secretary-General for a global ceasefire;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([]);
  });
});

describe('"the Goals of the 2030 Agenda" are the Sustainable Development Goals', () => {
  it('A/RES/79/207 OP23 (78/154 OP23, 80/139 OP26): "and to the achievement of the Goals of the 2030 Agenda, stresses the importance of ..."', () => {
    const text =
      'Recognizes that gender equality and the empowerment of all women and girls remain a crucial contribution to the effective implementation of the Convention, including its 2018–2030 Strategic Framework, and to the achievement of the Goals of the 2030 Agenda, stresses the importance of parties to the Convention and partners striving to ensure the equal participation of women and men;';
    expect(relations(text, 'operative')).toContain('RECOGNIZES Framework:Sustainable Development Goals');
    expect(keys(text, 'Framework:Goals', 'operative')).toEqual([]);
  });

  it('guard: the Agenda printed alone stays the Agenda ("the full implementation of the 2030 Agenda")', () => {
    const text = 'Reaffirms its commitment to the full implementation of the 2030 Agenda;';
    expect(relations(text, 'operative')).toEqual(['REAFFIRMS Framework:2030 Agenda for Sustainable Development']);
  });
});

describe('the Global Land Outlook is a report series', () => {
  it('A/RES/79/207 PP14 (78/154, 80/139): "Noting with concern the findings of the second edition of Global Land Outlook and the findings of ..."', () => {
    const text =
      'Noting with concern the findings of the second edition of Global Land Outlook and the findings of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services land degradation and restoration assessment,';
    expect(relations(text)).toContain('NOTES Initiative:Global Land Outlook');
  });

  it('guard: a lowercase outlook is no series ("the global land outlook for the coming decade")', () => {
    const text = 'Noting with concern the global land outlook for the coming decade,';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});
