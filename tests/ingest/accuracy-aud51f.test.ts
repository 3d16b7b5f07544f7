// aud51f: residual faults of the first readings (sessions 48-50) and the reported residual entities and attributions.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA78_217 = ctxOf('A/RES/78/217', '2023-12-19');
const { keys, attributions, relations } = oneParagraph({ ctx: GA78_217, kind: 'preambular' });

describe('"<body> resolutions ... and its resolution YYYY/N": the year-numbered resolution is that body\'s', () => {
  it('A/RES/78/217 PP17: "Commission on Population and Development resolutions 2006/2 ... and 2009/1 ... and its resolution 2013/1": the Commission\'s 2013/1, not E/RES/2013/1', () => {
    const PP17 =
      'Recalling also Commission on Population and Development resolutions 2006/2 of 10 May 2006 and 2009/1 of 3 April 2009 and its resolution 2013/1 of 26 April 2013 on new trends in migration: demographic aspects,';
    const got = keys(PP17, 'Resolution:');
    expect(got).toContain('Resolution:Commission on Population and Development resolution 2013/1');
    expect(got).not.toContain('Resolution:E/RES/2013/1');
  });

  it('guard: "Human Rights Council resolutions 5/1 and 5/2 and its resolution 65/281": a session-numbered "its resolution" stays the Assembly\'s', () => {
    const text = 'Recalling Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007 and its resolution 65/281 of 17 June 2011,';
    expect(keys(text, 'Resolution:')).toContain('Resolution:A/RES/65/281');
  });

  it('guard: in a Council text, "Commission ... resolution 2009/1 and its resolution 2013/5" is the Council\'s own', () => {
    const text = 'Recalling Commission on Population and Development resolution 2009/1 of 3 April 2009 and its resolution 2013/5 of 24 July 2013,';
    const got = keys(text, 'Resolution:', 'preambular', { body: 'Economic and Social Council', symbol: 'E/RES/2015/10', date: '2015-06-10' });
    expect(got).toContain('Resolution:E/RES/2013/5');
  });
});

describe('"X and Y, which are integral parts of Z": both are PART_OF Z', () => {
  const GA80_108 = ctxOf('A/RES/80/108', '2025-12-09');
  const AGENDA_2030 = 'Framework:2030 Agenda for Sustainable Development';
  it('A/RES/80/108 PP3: "its resolutions 79/323 ... on the Sevilla Commitment ... and 69/313 ... on the Addis Ababa Action Agenda ..., which are integral parts of the 2030 Agenda": the Sevilla Commitment too', () => {
    const PP3 =
      'Reaffirming also its resolutions 79/323 of 25 August 2025 on the Sevilla Commitment adopted at the Fourth International Conference on Financing for Development and 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which are integral parts of the 2030 Agenda for Sustainable Development,';
    const got = attributions(PP3, 'preambular', GA80_108);
    expect(got).toContain(`PART_OF Framework:Sevilla Commitment -> ${AGENDA_2030}`);
    expect(got).toContain(`PART_OF Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development -> ${AGENDA_2030}`);
  });

  it('guard: A/RES/79/196 PP3 "its resolution 69/313 ... on the Addis Ababa Action Agenda ..., which is an integral part of the 2030 Agenda": the singular names one part', () => {
    const PP3 =
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it,';
    const got = attributions(PP3, 'preambular', ctxOf('A/RES/79/196', '2024-12-19')).filter((a) => a.startsWith('PART_OF'));
    expect(got).toEqual([`PART_OF Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development -> ${AGENDA_2030}`]);
  });

  it('guard: a plural after a framework whose neighbour stands in another clause ("the Paris Agreement; ... the Sendai Framework, which are ...") gives the neighbour nothing', () => {
    const text =
      'Recalling the Paris Agreement; and recalling the Sendai Framework for Disaster Risk Reduction 2015–2030 and the Addis Ababa Action Agenda, which are integral parts of the 2030 Agenda for Sustainable Development,';
    const got = attributions(text, 'preambular', GA80_108).filter((a) => a.startsWith('PART_OF'));
    expect(got.some((a) => a.includes('Paris Agreement'))).toBe(false);
  });
});

describe('"<event> will be held in <year>": the year is the event\'s start', () => {
  const GA79_196 = ctxOf('A/RES/79/196', '2024-12-19');
  const FFD4 = 'Event:Fourth International Conference on Financing for Development';
  it('A/RES/79/196 PP9: "the Fourth International Conference on Financing for Development will be held in 2025 in Seville, Spain": STARTS_ON 2025 beside HELD_IN', () => {
    const PP9 =
      'Recognizing that the Fourth International Conference on Financing for Development will be held in 2025 in Seville, Spain, to, inter alia, assess the progress made in the implementation of the Monterrey Consensus,';
    const got = attributions(PP9, 'preambular', GA79_196);
    expect(got).toContain(`STARTS_ON ${FFD4} -> Date:2025`);
    expect(got).toContain(`HELD_IN ${FFD4} -> Place:Sevilla`);
  });

  it('guard: "the Conference will review in 2025 ...": a year with no "held" or "convened" is not the event\'s', () => {
    const text = 'Recognizing that the Fourth International Conference on Financing for Development will review in 2025 the progress made,';
    expect(attributions(text, 'preambular', GA79_196).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('"the Bureau of the Committee": the bureau of the body the short form stands for, PART_OF it', () => {
  const GA79_192 = ctxOf('A/RES/79/192', '2024-12-17');
  it('A/RES/79/192 OP12: "encourages the Bureau of the Committee to continue to prepare ..." after "the Third Committee": Bureau of the Third Committee', () => {
    const OP12 =
      'Welcomes the practice of preparing an informal paper on the working methods, lessons learned and best practices of the Third Committee, and encourages the Bureau of the Committee to continue to prepare, in consultation with Member States, updates to the informal paper;';
    expect(relations(OP12, 'operative', GA79_192)).toContain('ENCOURAGES Organization:Bureau of the Third Committee');
    expect(attributions(OP12, 'operative', GA79_192)).toContain('PART_OF Organization:Bureau of the Third Committee -> Organization:Third Committee');
  });

  it('A/RES/78/101 OP18 (79/114, 80/105): "with the Chair and the Bureau of the Committee" after "the Special Committee on ...": that Committee\'s Bureau', () => {
    const text =
      'Requests the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples to continue its work, and requests the Secretary-General to meet informally at least once a year with the Chair and the Bureau of the Committee during the intersessional period;';
    expect(relations(text, 'operative', ctxOf('A/RES/78/101', '2023-12-07'))).toContain(
      'REQUESTS Organization:Bureau of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
    );
  });

  it('guard: A/RES/79/192 OP2 "the Bureau of the Third Committee" printed in full stays one Bureau mention', () => {
    const text = 'Requests the Bureau of the Third Committee to continue to prepare updates to the informal paper;';
    expect(keys(text, 'Organization:Bureau', 'operative', ctxOf('A/RES/79/192', '2024-12-17'))).toEqual(['Organization:Bureau of the Third Committee']);
  });

  it('guard: "the Bureau of the Committee" with no committee named before gets no owner\'s full name (the generic name, qualified by the resolution, as before)', () => {
    const text = 'Requests the Bureau of the Committee to continue to prepare updates to the informal paper;';
    expect(keys(text, 'Organization:Bureau', 'operative', ctxOf('A/RES/79/192', '2024-12-17'))).toEqual(['Organization:Bureau of the Committee (A/RES/79/192)']);
  });
});

describe('a footnote mark glued to an all-capitals acronym ("INTERPOL1")', () => {
  const GA79_136 = ctxOf('A/RES/79/136', '2024-12-04');
  const INTERPOL = 'Organization:International Criminal Police Organization';
  it('A/RES/79/136 PP2: "between the United Nations and INTERPOL1 and all other relevant cooperation agreements": INTERPOL, mark 1', () => {
    const PP2 = 'Recalling also the cooperation agreement of 1997 between the United Nations and INTERPOL1 and all other relevant cooperation agreements between them,';
    expect(relations(PP2, 'preambular', GA79_136)).toContain(`RECALLS ${INTERPOL}`);
  });

  it('guard: "the INTERPOL12 building", "INTERPOL2.5": a number that goes with the acronym is no mark; "UN80" (two capitals) stays the initiative', () => {
    expect(keys('Recalling the works in the INTERPOL12 building and the INTERPOL2.5 standard,', 'Organization:', 'preambular', GA79_136)).toEqual([]);
    expect(keys('Welcoming the UN80 Initiative,', '', 'preambular', GA79_136)).toEqual(['Initiative:UN80 Initiative']);
  });
});

describe('"<body>, (as) the principal judicial organ of the <owner>": PART_OF the owner', () => {
  const ICJ_IN_UN = 'PART_OF Organization:International Court of Justice -> Organization:United Nations';
  it('A/RES/80/167 PP14: "the contribution of the International Court of Justice, as the principal judicial organ of the United Nations"', () => {
    const PP14 =
      'Taking note also of paragraph 13 of resolution 79/327 of 5 September 2025 on the revitalization of the work of the General Assembly, and recognizing the contribution of the International Court of Justice, as the principal judicial organ of the United Nations,';
    expect(attributions(PP14, 'preambular', ctxOf('A/RES/80/167', '2025-12-04'))).toContain(ICJ_IN_UN);
  });

  it('A/RES/78/111 OP11 (79/125, 80/166): "the International Court of Justice, the principal judicial organ of the United Nations, in adjudicating ..."', () => {
    const OP11 = 'Recognizes the important role of the International Court of Justice, the principal judicial organ of the United Nations, in adjudicating disputes among States;';
    expect(attributions(OP11, 'operative', ctxOf('A/RES/78/111', '2023-12-07'))).toContain(ICJ_IN_UN);
  });

  it('guard: "the Court ... requested by the General Assembly, the Security Council or other authorized organs of the United Nations": a list, no PART_OF', () => {
    const text = 'Notes that the advisory jurisdiction of the International Court of Justice may be requested by the General Assembly, the Security Council or other authorized organs of the United Nations;';
    expect(attributions(text, 'operative', ctxOf('A/RES/78/111', '2023-12-07')).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a body\'s regional office printed with its owner: named with it, PART_OF it', () => {
  const GA79_135 = ctxOf('A/RES/79/135', '2024-12-10');
  const OFFICE = 'Organization:Regional Office for Europe of the World Health Organization';
  const WHO = 'Organization:World Health Organization';
  it('A/RES/79/284 OP8: "encourages ... the World Health Organization, including its Regional Office for Europe": the office of WHO', () => {
    const text = 'Encourages further cooperation between the Council of Europe and the World Health Organization, including its Regional Office for Europe, and notes the holding of the conference;';
    const ctx = ctxOf('A/RES/79/284', '2025-06-02');
    expect(relations(text, 'operative', ctx)).toContain(`ENCOURAGES ${OFFICE}`);
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF ${OFFICE} -> ${WHO}`);
  });

  it('A/RES/79/135 OP5: "the cooperation established between the Initiative and the Regional Office for Europe of the World Health Organization": one node, PART_OF WHO', () => {
    const text = 'Welcomes the cooperation established between the Initiative and the Regional Office for Europe of the World Health Organization;';
    expect(relations(text, 'operative', GA79_135)).toEqual([`WELCOMES ${OFFICE}`, `WELCOMES ${WHO}`]);
    expect(attributions(text, 'operative', GA79_135)).toContain(`PART_OF ${OFFICE} -> ${WHO}`);
  });

  it('guard: "the Regional Office for Europe" with no owner printed by it keeps its printed name', () => {
    const text = 'Welcomes the work of the Regional Office for Europe in this field;';
    expect(keys(text, 'Organization:', 'operative', ctxOf('A/RES/79/135', '2024-12-10'))).toEqual(['Organization:Regional Office for Europe']);
  });
});

describe('a sitting that "endorsed the X and the Y": it ENDORSES both', () => {
  const GA79_196 = ctxOf('A/RES/79/196', '2024-12-19');
  const SUMMIT_2022 = 'Event:Summit of the Group of 20 @ 2022';
  const BALI = 'recalling further that the Summit of the Group of 20 held in Bali, Indonesia, on 15 and 16 November 2022 endorsed the Bali Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development';
  it('A/RES/79/196 PP10 (78/136 PP8): "... endorsed the Bali Update on the Group of 20 Action Plan ... and the Group of 20 Development Commitments"', () => {
    const got = attributions(`Appreciating the work done, ${BALI} and the Group of 20 Development Commitments,`, 'preambular', GA79_196);
    expect(got).toContain(`ENDORSES ${SUMMIT_2022} -> Framework:Bali Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development`);
    expect(got).toContain(`ENDORSES ${SUMMIT_2022} -> Framework:Group of 20 Development Commitments`);
  });

  it('guard: "... endorsed the Bali Update ..., and welcoming the Group of 20 Development Commitments": the second is no endorsement', () => {
    const got = attributions(`Appreciating the work done, ${BALI}, and welcoming the Group of 20 Development Commitments,`, 'preambular', GA79_196);
    expect(got).not.toContain(`ENDORSES ${SUMMIT_2022} -> Framework:Group of 20 Development Commitments`);
  });
});
