// Session-65 audit aud65r: residual faults of the aud51j (80/156), aud54f (80/72) and aud64a (79/263) golds. Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const SSC = oneParagraph({ ctx: ctxOf('A/RES/80/156', '2025-12-15', 'South-South cooperation'), kind: 'operative' });
const NEPAD = oneParagraph({
  ctx: ctxOf('A/RES/79/263', '2024-12-24', 'New Partnership for Africa’s Development: progress in implementation and international support'),
  kind: 'operative',
});

describe('the head of an organization named with it: the post and the organization take the verb, no PART_OF (sessions 53, 63)', () => {
  const OP4 =
    'Takes note of the recommendation contained in the report of the Administrator of the United Nations Development Programme on a review of the outcome document of the second High-level Conference, and requests the President of the General Assembly to appoint two co-facilitators;';

  it('A/RES/80/156 OP4: "the report of the Administrator of the United Nations Development Programme"', () => {
    const rels = SSC.relations(OP4);
    expect(rels).toContain('NOTES Organization:Administrator of the United Nations Development Programme');
    expect(rels).toContain('NOTES Organization:United Nations Development Programme');
    expect(SSC.attributions(OP4).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
    // (the President of the Assembly: the Assembly inside the post's name takes none)
    expect(rels).toContain('REQUESTS Organization:President of the General Assembly');
    expect(rels).not.toContain('REQUESTS Organization:General Assembly');
  });

  it('guard: A/RES/80/156 PP27 "in collaboration with the Co-Chairs of the Group of Friends ...": a presiding post, its group takes none', () => {
    const text =
      'Noting the development of a handbook by the United Nations Office for South-South Cooperation on integrating South-South and triangular cooperation in the voluntary national reviews in collaboration with the Co-Chairs of the Group of Friends of the Voluntary National Reviews, Morocco and the Philippines,';
    const rels = SSC.relations(text, 'preambular');
    expect(rels).toContain('NOTES Organization:Co-Chair of the Group of Friends of the Voluntary National Reviews');
    expect(rels.filter((r) => r.includes('Organization:Group of Friends'))).toEqual([]);
    expect(SSC.attributions(text, 'preambular').filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"on the sidelines of the World Bank-International Monetary Fund Annual Meetings" (lead, session 65: as "on the margins of")', () => {
  const OP27 =
    'Notes the Marrakech Declaration adopted by African countries at the high-level ministerial meeting on accelerating the financing of Africa’s emergence, held on 12 October 2023, on the sidelines of the World Bank-International Monetary Fund Annual Meetings in Morocco, which called for a global financial architecture that is equitable and conducive to Africa’s development;';
  const MEETING = 'Event:ministerial meeting on accelerating the financing of Africa\'s emergence @ 2023';

  it('A/RES/79/263 OP27 (78/262): the Annual Meetings an Event and a target; the Bank and the Fund not noted on their own', () => {
    const rels = NEPAD.relations(OP27);
    expect(rels).toContain('NOTES Event:Annual Meetings of the World Bank Group and the International Monetary Fund');
    expect(rels).not.toContain('NOTES Organization:World Bank');
    expect(rels).not.toContain('NOTES Organization:International Monetary Fund');
  });

  it('A/RES/79/263 OP27: the meeting "adopted by African countries at" ADOPTED the Declaration and is HELD_IN the venue after the series', () => {
    const atts = NEPAD.attributions(OP27);
    expect(atts).toContain(`ADOPTED ${MEETING} -> Framework:Marrakech Declaration`);
    expect(atts).toContain(`HELD_IN ${MEETING} -> Place:Morocco`);
    // (the series takes no venue of its own)
    expect(atts.filter((a) => a.startsWith('HELD_IN Event:Annual Meetings'))).toEqual([]);
  });

  it('guard: "adopted by developing countries" with no sitting after it names no adopter', () => {
    const text = 'Notes the Marrakech Declaration adopted by African countries in 2023, which called for a global financial architecture;';
    expect(NEPAD.attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: a one-off sitting after "on the margins of" still ends the first sitting\'s window (its venue is its own)', () => {
    const text =
      'Welcomes the convening of the ministerial meeting on South-South cooperation on the margins of the Third United Nations Conference on Landlocked Developing Countries, held in Awaza, Turkmenistan, from 5 to 8 August 2025;';
    const atts = SSC.attributions(text);
    expect(atts.filter((a) => a.startsWith('HELD_IN Event:ministerial meeting'))).toEqual([]);
  });
});

describe('the ministerial declaration of the Council\'s high-level segment "and the high-level political forum": ADOPTED by the forum (session 56)', () => {
  const FORUM = 'Organization:high-level political forum on sustainable development';
  const DECLARATION_2024 = 'Framework:Ministerial declaration of the high-level political forum on sustainable development (2024)';

  it('A/RES/79/263 PP15 (79/231 PP2): "the ministerial declaration of the high-level segment of the 2024 session of the Economic and Social Council and the high-level political forum ..."', () => {
    const text =
      'Welcoming the ministerial declaration of the high-level segment of the 2024 session of the Economic and Social Council and the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council from 8 to 17 July 2024,';
    const atts = NEPAD.attributions(text, 'preambular');
    expect(atts).toContain(`ADOPTED ${FORUM} -> ${DECLARATION_2024}`);
    // (the Council's session adopts nothing of its own)
    expect(atts.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('guard: A/RES/78/157 PP9 "the ministerial declaration of the high-level political forum ... held in 2022": the forum printed right after', () => {
    const text = 'Recalling the ministerial declaration of the high-level political forum on sustainable development held in 2022,';
    expect(NEPAD.attributions(text, 'preambular')).toContain(`ADOPTED ${FORUM} -> Framework:Ministerial declaration of the high-level political forum on sustainable development (2022)`);
  });
});
