// Session-50 audit aud50f: attribution residuals (LEADS, ORGANIZES, HOSTS, HELD_IN, ADOPTED, ADOPTED_ON, PART_OF, SESSION_OF) the
// gold files and their annotators' first readings show, each case quoting its file and paragraph, each with a guard:
// - a pair "X and the <place> implementation plan for the Y, adopted by <sitting> on <day>": the sitting ADOPTED both, that day
//   (A/RES/78/202 PP9, 79/167 PP8, 80/209 PP8).
// - a committee's short name in brackets before its owner, "the ... Committee (Third Committee) of the General Assembly": the
//   committee is PART_OF the owner, as "the Third Committee of the General Assembly" reads (A/RES/78/150 OP9).
// - "the efforts of <bodies> in facilitating the implementation of <Year>": the bodies LEAD it, as "<bodies> to facilitate the
//   implementation of" reads (A/RES/78/321 PP13).
// - "in adopting the <framework> on <day>": ADOPTED_ON that day, as "the adoption of" reads (A/RES/79/328 PP5).
// - "the Bureau of the Third|Sixth Committee": one node across texts, PART_OF the committee, as "the Bureau of the Economic and
//   Social Council" is (A/RES/79/192 OP2-OP3, 80/164 OP22); a Bureau of a generic body stays the resolution's.
// - "the political declaration of the high-level meeting ... in 2016": the meeting, keyed with that year, STARTS_ON it
//   (A/RES/78/269 PP2), as "held in 2016" reads.
// - two bodies joined by a slash at the head of a framework's name ("the Organisation for Economic Co-operation and
//   Development/Group of 20 Inclusive Framework ..."): each LEADS it (A/RES/78/230 PP20, 78/140, 79/234, 79/323, 80/126).
// - a quoted title's closing quote before "signed ... on <day>": ADOPTED_ON that day (S/RES/687 (1991) OP2, the Agreed Minutes).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_202: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA_78_202, kind: 'preambular' });

describe('"X and the Quito implementation plan for the Y, adopted by <sitting> on <day>": the sitting ADOPTED both, that day', () => {
  const HABITAT_III = 'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016';
  const QUITO = 'Framework:Quito Declaration on Sustainable Cities and Human Settlements for All';
  it('A/RES/78/202 PP9: "the Quito Declaration ... and the Quito implementation plan for the New Urban Agenda, adopted by ... (Habitat III) on 20 October 2016"', () => {
    const text =
      'Bearing in mind all the references to this question in the Beijing Declaration and Platform for Action, adopted by the Fourth World Conference on Women on 15 September 1995,20 the Quito Declaration on Sustainable Cities and Human Settlements for All and the Quito implementation plan for the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016,21 and in the outcome document';
    const found = attributions(text);
    expect(found).toEqual(
      expect.arrayContaining([
        `ADOPTED ${HABITAT_III} -> ${QUITO}`,
        `ADOPTED_ON ${QUITO} -> Date:2016-10-20`,
        `ADOPTED ${HABITAT_III} -> Framework:New Urban Agenda`,
        'ADOPTED_ON Framework:New Urban Agenda -> Date:2016-10-20',
      ]),
    );
    // (the Beijing Declaration before it has its own sitting and day)
    expect(found).not.toContain(`ADOPTED_ON Framework:Beijing Declaration and Platform for Action -> Date:2016-10-20`);
  });

  it('guard: "the Quito Declaration ... and the review of the New Urban Agenda, adopted by ..." names no plan: the declaration is not the pair', () => {
    const text =
      'Bearing in mind the Quito Declaration on Sustainable Cities and Human Settlements for All and the review of the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016,';
    expect(attributions(text).filter((a) => a.includes(QUITO))).toEqual([]);
  });
});

describe('"the ... Committee (Third Committee) of the General Assembly": the committee is PART_OF its owner', () => {
  const GA_78_150: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/150', date: '2023-12-19' };
  it('A/RES/78/150 OP9: "within an existing report in the Social, Humanitarian and Cultural Issues Committee (Third Committee) of the General Assembly"', () => {
    const text =
      'Requests the Secretary-General to report on the topic of the resolution, within an existing report in the Social, Humanitarian and Cultural Issues Committee (Third Committee) of the General Assembly at its eightieth session.';
    const found = attributions(text, 'operative', GA_78_150);
    expect(found).toContain('PART_OF Organization:Third Committee -> Organization:General Assembly');
    expect(found).toContain('SESSION_OF Event:eightieth session of the General Assembly -> Organization:General Assembly');
  });

  it('guard: "the ... Committee (Third Committee) and the General Assembly" names two bodies side by side', () => {
    const text =
      'Requests the Secretary-General to report to the Social, Humanitarian and Cultural Issues Committee (Third Committee) and the General Assembly at its eightieth session.';
    expect(attributions(text, 'operative', GA_78_150).filter((a) => a.startsWith('PART_OF '))).toEqual([]);
  });
});

describe('"the efforts of <bodies> in facilitating the implementation of <Year>": the bodies LEAD it', () => {
  const GA_78_321: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/321', date: '2024-08-13' };
  const YEAR = "Event:International Year of Glaciers' Preservation";
  it('A/RES/78/321 PP13: "the efforts of the United Nations Educational, Scientific and Cultural Organization and the World Meteorological Organization in facilitating the implementation of the International Year of Glaciers’ Preservation"', () => {
    const text =
      'Acknowledging the efforts of the United Nations Educational, Scientific and Cultural Organization and the World Meteorological Organization in facilitating the implementation of the International Year of Glaciers’ Preservation and coordinating relevant activities,';
    expect(attributions(text, 'preambular', GA_78_321).filter((a) => a.startsWith('LEADS '))).toEqual([
      `LEADS Organization:United Nations Educational, Scientific and Cultural Organization -> ${YEAR}`,
      `LEADS Organization:World Meteorological Organization -> ${YEAR}`,
    ]);
  });

  it('guard: "the report of <bodies> in facilitating ..." tells no efforts of theirs: no LEADS', () => {
    const text =
      'Acknowledging the report of the United Nations Educational, Scientific and Cultural Organization and the World Meteorological Organization in facilitating the implementation of the International Year of Glaciers’ Preservation,';
    expect(attributions(text, 'preambular', GA_78_321).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });
});

describe('"in adopting the <framework> on <day>": ADOPTED_ON that day', () => {
  const GA_79_328: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/328', date: '2025-08-28' };
  const GENOCIDE = 'Framework:Convention on the Prevention and Punishment of the Crime of Genocide';
  it('A/RES/79/328 PP5: "in adopting the Convention on the Prevention and Punishment of the Crime of Genocide on 9 December 1948, it recognized"', () => {
    const text =
      'Recalling also that, in adopting the Convention on the Prevention and Punishment of the Crime of Genocide on 9 December 1948, it recognized the crime of genocide as an odious scourge which had inflicted great losses on humanity,';
    expect(attributions(text, 'preambular', GA_79_328)).toContain(`ADOPTED_ON ${GENOCIDE} -> Date:1948-12-09`);
  });

  it('guard: "in implementing the Convention ... on 9 December 1948" is no adoption', () => {
    const text =
      'Recalling also that, in implementing the Convention on the Prevention and Punishment of the Crime of Genocide on 9 December 1948, it recognized the crime of genocide as an odious scourge,';
    expect(attributions(text, 'preambular', GA_79_328).filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });
});

describe('a quoted title\'s closing quote before "signed ... on <day>": ADOPTED_ON that day', () => {
  const SC_687: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687 (1991)', date: '1991-04-03' };
  const MINUTES = 'Framework:Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding the restoration of friendly relations, recognition and related matters';
  it('S/RES/687 (1991) OP2: "the “Agreed Minutes ...”, 58 signed by them in the exercise of their sovereignty at Baghdad on 4 October 1963"', () => {
    const text =
      'Demands that Iraq and Kuwait respect the inviolability of the international boundary and the allocation of islands set out in the "Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding the restoration of friendly relations, recognition and related matters", 58 signed by them in the exercise of their sovereignty at Baghdad on 4 October 1963 and registered with the United Nations;';
    expect(attributions(text, 'operative', SC_687)).toContain(`ADOPTED_ON ${MINUTES} -> Date:1963-10-04`);
  });

  it('guard: a framework inside a longer quoted title ("decision entitled “... the Convention on Biological Diversity”, adopted on") is not the one adopted', () => {
    const text =
      'Recalling decision 15/4 entitled “Implementation of the Convention on Biological Diversity”, adopted on 19 December 2022,';
    expect(attributions(text, 'preambular', SC_687).filter((a) => a.startsWith('ADOPTED_ON Framework:Convention on Biological Diversity'))).toEqual([]);
  });
});

describe('"the Bureau of the Sixth Committee": one node across texts, PART_OF the committee', () => {
  const GA_80_164: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/164', date: '2025-12-09' };
  const { keys } = oneParagraph({ ctx: GA_80_164, kind: 'operative' });
  it('A/RES/80/164 OP22: "without consultation with the Bureau of the Sixth Committee, which shall inform the Sixth Committee"', () => {
    const text =
      'Decides that no exceptional measures affecting the duration of the session shall be taken by the Secretariat without consultation with the Bureau of the Sixth Committee, which shall inform the Sixth Committee;';
    expect(keys(text, 'Organization:Bureau')).toEqual(['Organization:Bureau of the Sixth Committee']);
    expect(attributions(text, 'operative', GA_80_164)).toContain('PART_OF Organization:Bureau of the Sixth Committee -> Organization:Sixth Committee');
  });

  it('guard: "the Bureau of the Preparatory Committee" (a generic body) stays the resolution\'s', () => {
    const text = 'Requests the Secretary-General to consult the Bureau of the Preparatory Committee on the arrangements;';
    expect(keys(text, 'Organization:Bureau')).toEqual(['Organization:Bureau of the Preparatory Committee (A/RES/80/164)']);
  });
});

describe('"the political declaration of the <meeting> in <year>": the meeting keyed with that year STARTS_ON it', () => {
  const GA_78_269: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/269', date: '2024-05-21' };
  it('A/RES/78/269 PP2: "the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance in 2016"', () => {
    const text =
      'Reaffirming its commitment to the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance in 2016, 1 in which it reiterated that antimicrobial resistance challenges the sustainability of the public health response,';
    expect(attributions(text, 'preambular', GA_78_269)).toContain('STARTS_ON Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2016 -> Date:2016');
  });

  it('guard: "... on antimicrobial resistance, to be reviewed in 2026": a later year is no meeting\'s', () => {
    const text =
      'Reaffirming its commitment to the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, to be reviewed in 2026,';
    expect(attributions(text, 'preambular', GA_78_269).filter((a) => a.includes('Date:2026'))).toEqual([]);
  });
});

describe('"the <body>/<body> <framework>": each body LEADS it', () => {
  const GA_78_230: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/230', date: '2023-12-22' };
  it('A/RES/78/230 PP20: "the work of the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on Base Erosion and Profit Shifting"', () => {
    const text =
      'Noting further the work of the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on Base Erosion and Profit Shifting and the subsequent ongoing work on the two-pillar solution,';
    expect(attributions(text, 'preambular', GA_78_230).filter((a) => a.startsWith('LEADS '))).toEqual([
      'LEADS Organization:Organisation for Economic Co-operation and Development -> Framework:Inclusive Framework on Base Erosion and Profit Shifting',
      'LEADS Organization:Group of 20 -> Framework:Inclusive Framework on Base Erosion and Profit Shifting',
    ]);
  });

  it('guard: "the Connect 2030 Agenda for Global Telecommunication/Information and Communication Technology" names no body before its slash', () => {
    const text = 'Noting the Connect 2030 Agenda for Global Telecommunication/Information and Communication Technology, including Broadband, for Sustainable Development,';
    expect(attributions(text, 'preambular', GA_78_230).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });
});
