// Misses found by the session-27 audit aud27e: A/RES/80/141 (education for sustainable development) and A/RES/80/9 (the 2025
// political declaration on trafficking in persons), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/141', date: '2025-12-15' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const HLSC = 'Organization:Sustainable Development Goal 4-Education 2030 High-level Steering Committee';
const UNESCO_GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
const ESD_2030 = 'Framework:Education for Sustainable Development: towards achieving the Sustainable Development Goals';
const WCESD_2014 = 'Event:World Conference on Education for Sustainable Development @ 2014';
const WCESD_2021 = 'Event:World Conference on Education for Sustainable Development @ 2021';

const PP17 =
  'Acknowledging the importance of education for achieving sustainable development, including in the context of the 2030 Agenda, and building on Agenda 21, the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation), the United Nations Conference on Sustainable Development, the World Conference on Education for Sustainable Development, organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization, held in Aichi-Nagoya, Japan, in 2014, the World Education Forum 2015, held in Incheon, Republic of Korea, the Education 2030 Framework for Action, adopted on 4 November 2015 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session, the framework entitled “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030), endorsed by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its fortieth session, and the World Conference on Education for Sustainable Development, organized by the United Nations Educational, Scientific and Cultural Organization and the Government of Germany, held online from Berlin, Germany, in 2021, and the United Nations Educational, Scientific and Cultural Organization International Forum on the Futures of Education, held in Suwon, Republic of Korea, in 2024,';

describe('"the High-level Steering Committee" after the SDG 4-Education 2030 committee is that committee', () => {
  it('A/RES/80/141 OP20: "... through the strengthened Sustainable Development Goal 4-Education 2030 High-level Steering Committee, and encourages the High-level Steering Committee to take all steps necessary"', () => {
    const text =
      'Reaffirms the mandated role of the United Nations Educational, Scientific and Cultural Organization, as the specialized United Nations agency for education, to lead and coordinate the Education 2030 agenda, including through the strengthened Sustainable Development Goal 4-Education 2030 High-level Steering Committee, and encourages the High-level Steering Committee to take all steps necessary to achieve maximum cooperation and coordination in order to make effective progress towards Goal 4;';
    expect(keys(text, 'Organization:', 'operative', { ...GA }).filter((k) => k.includes('Steering'))).toEqual([HLSC, HLSC]);
    expect(relations(text, 'operative', { ...GA })).toContain(`ENCOURAGES ${HLSC}`);
  });

  it('A/RES/78/156 OP15: "encourages the High-Level Steering Committee" (capital L) is the same body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    const text =
      'Reaffirms the mandated role of the United Nations Educational, Scientific and Cultural Organization to lead and coordinate the Education 2030 agenda; including through the strengthened Sustainable Development Goal 4-Education 2030 High-level Steering Committee, and encourages the High-Level Steering Committee to take all steps necessary;';
    expect(relations(text, 'operative', ctx)).toContain(`ENCOURAGES ${HLSC}`);
  });

  it('guard: "the High-level Steering Committee" with no SDG 4 committee named before is not that committee', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-19' };
    const text = 'Encourages the High-level Steering Committee to take all steps necessary;';
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain(HLSC);
  });
});

describe('the first ESD-Net 2030 global meeting is an event, held in Tokyo in December 2023', () => {
  const ESD_NET = 'Event:first ESD-Net 2030 global meeting';

  it('A/RES/80/141 PP29: "Taking note of the first ESD-Net 2030 global meeting, held in Tokyo in December 2023, ..."', () => {
    const text =
      'Taking note of the first ESD-Net 2030 global meeting, held in Tokyo in December 2023, as well as of the previous ESD-Net regional meetings, held in Addis Ababa, Bali, Indonesia, Beirut, Paris and Santiago by the United Nations Educational, Scientific and Cultural Organization,';
    expect(relations(text, 'preambular', { ...GA })).toContain(`NOTES ${ESD_NET}`);
    const attrs = attributions(text, 'preambular', { ...GA });
    expect(attrs).toContain(`HELD_IN ${ESD_NET} -> Place:Tokyo`);
    expect(attrs).toContain(`STARTS_ON ${ESD_NET} -> Date:2023-12`);
  });

  it('A/RES/78/156 PP25: "Looking forward to the holding of the first ESD-Net 2030 global meeting in Tokyo in December 2023"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    const text =
      'Looking forward to the holding of the first ESD-Net 2030 global meeting in Tokyo in December 2023, and taking note of the previous ESD-Net regional meetings, held in Addis Ababa, Bali, Indonesia, Beirut, Paris and Santiago by the United Nations Educational, Scientific and Cultural Organization,';
    expect(relations(text, 'preambular', ctx)).toContain(`LOOKS_FORWARD_TO ${ESD_NET}`);
  });

  it('guard: "the previous ESD-Net regional meetings" are no event of that name', () => {
    const text = 'Taking note of the previous ESD-Net regional meetings, held in Paris,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual([]);
  });
});

describe('the venues of the two world conferences on education for sustainable development (A/RES/80/141 PP17, 78/156 PP13)', () => {
  it('A/RES/80/141 PP17: "held in Aichi-Nagoya, Japan, in 2014" and "held online from Berlin, Germany, in 2021"', () => {
    const attrs = attributions(PP17, 'preambular', { ...GA });
    expect(attrs).toContain(`HELD_IN ${WCESD_2014} -> Place:Aichi-Nagoya`);
    expect(attrs).toContain(`HELD_IN ${WCESD_2021} -> Place:Berlin`);
    expect(attrs).toContain('HELD_IN Event:World Education Forum @ 2015 -> Place:Incheon');
  });

  it('guard: the Rio+20 conference listed before it keeps its own venue (no HELD_IN Aichi-Nagoya)', () => {
    const attrs = attributions(PP17, 'preambular', { ...GA });
    expect(attrs.filter((a) => a.startsWith('HELD_IN Event:United Nations Conference on Sustainable Development'))).toEqual([]);
  });

  it('guard: the Aichi-Nagoya Declaration is a framework, with no place in it (A/RES/80/141 OP2)', () => {
    const text =
      'Reaffirms education for sustainable development as a vital means of implementation for sustainable development, as outlined in the Aichi-Nagoya Declaration on Education for Sustainable Development and the Berlin Declaration on Education for Sustainable Development;';
    expect(keys(text, 'Place:', 'operative', { ...GA })).toEqual([]);
    expect(keys(text, 'Framework:Aichi', 'operative', { ...GA })).toEqual(['Framework:Aichi-Nagoya Declaration on Education for Sustainable Development']);
  });
});

describe('a framework "“...” (short name), endorsed by" a body was adopted by it', () => {
  it('A/RES/80/141 PP17: "the framework entitled “Education for Sustainable Development: ...” (ESD for 2030), endorsed by the General Conference of UNESCO"', () => {
    const attrs = attributions(PP17, 'preambular', { ...GA });
    expect(attrs).toContain(`ADOPTED ${UNESCO_GC} -> ${ESD_2030}`);
    expect(attrs).toContain(`ADOPTED ${UNESCO_GC} -> Framework:Education 2030 Framework for Action`);
  });

  it('guard: the same framework implemented, not endorsed, has no adopter (A/RES/80/141 OP7)', () => {
    const text =
      'Calls for the scaling up of efforts by relevant stakeholders to better collaborate to strengthen implementation of the framework entitled “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030) at the global, regional and national levels;';
    expect(attributions(text, 'operative', { ...GA }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
    expect(relations(text, 'operative', { ...GA })).toEqual([`CALLS_UPON ${ESD_2030}`]);
  });
});
