// aud50l: attribution leftovers reported by the session-50 annotators (LEADS from "chaired by").
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_217: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/217', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA78_217, kind: 'preambular' });
const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

describe('"chaired by X": X LEADS the sitting or body chaired', () => {
  it('A/RES/78/217 PP15: "the fourteenth summit meeting of the Global Forum ..., chaired by France": France LEADS the meeting', () => {
    const PP15 =
      'Looking forward to the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France and to be held in Geneva from 23 to 25 January 2024, under the overarching theme “From environmental concerns to cultural aspects of migration: adopting an inclusive approach to meet the challenges of and increase the opportunities for human mobility”,';
    expect(attributions(PP15)).toContain('LEADS Place:France -> Event:fourteenth summit meeting of the Global Forum on Migration and Development');
  });

  it('A/RES/80/218 PP13: "..., chaired by Colombia, held in Riohacha": Colombia LEADS the meeting', () => {
    const PP13 = 'Welcoming the fifteenth summit meeting of the Global Forum on Migration and Development, chaired by Colombia, held in Riohacha, Colombia, from 2 to 4 September 2025,';
    expect(attributions(PP13, 'preambular', ctxOf('A/RES/80/218', '2025-12-19'))).toContain(
      'LEADS Place:Colombia -> Event:fifteenth summit meeting of the Global Forum on Migration and Development',
    );
  });

  it('A/RES/78/182 PP23: "the Generation Equality Forum, which was convened by UN-Women and co-chaired by France and Mexico": both co-chairs LEAD it', () => {
    const PP23 =
      'Welcoming efforts on the empowerment of women and girls, and taking note of all international, regional and national initiatives, such as the Generation Equality Forum, which was convened by UN-Women and co-chaired by France and Mexico, in partnership with civil society,';
    const got = attributions(PP23, 'preambular', ctxOf('A/RES/78/182', '2023-12-19'));
    expect(got).toContain('LEADS Place:France -> Event:Generation Equality Forum');
    expect(got).toContain('LEADS Place:Mexico -> Event:Generation Equality Forum');
  });

  it('A/RES/79/196 PP13: "the Global Crisis Response Group ..., chaired and convened by the Secretary-General": a body chaired, as one led', () => {
    const PP13 =
      'Recalling the establishment of the Global Crisis Response Group on Food, Energy and Finance, chaired and convened by the Secretary-General, and taking note of its briefs on the three-dimensional crisis,';
    expect(attributions(PP13, 'preambular', ctxOf('A/RES/79/196', '2024-12-19'))).toContain(
      'LEADS Organization:Secretary-General of the United Nations -> Organization:Global Crisis Response Group on Food, Energy and Finance',
    );
  });

  it('guard: A/RES/79/325 OP6 "an informal meeting ... in the margins of the high-level week ..., in 2025, chaired by the President": the week is not chaired', () => {
    const OP6 =
      'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly;';
    const got = attributions(OP6, 'operative', ctxOf('A/RES/79/325', '2025-08-26'));
    expect(got.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: A/RES/78/69 OP137 "at its twenty-fifth plenary session, chaired by Kenya": no named sitting, no LEADS', () => {
    const OP137 =
      'Notes the continued efforts within the Contact Group on Illicit Maritime Activities in the Western Indian Ocean following the adoption of Security Council resolution 1851 (2008) of 16 December 2008, including at its twenty-fifth plenary session, chaired by Kenya, in May 2023;';
    const got = attributions(OP137, 'operative', ctxOf('A/RES/78/69', '2023-12-05'));
    expect(got.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('an observance named after a body is no sitting of it', () => {
  const GA78_103 = ctxOf('A/RES/78/103', '2023-12-07');
  const OP10a =
    'Welcomes the initiatives of the Commission towards expanding, through its secretariat, its technical cooperation and assistance programme, and notes with appreciation the organization by the secretariat of the United Nations Commission on International Trade Law Day events in partnership with Governments and regional universities in Asia and the Pacific and Latin America and the Caribbean, as well as a series of United Nations Commission on International Trade Law Day events held for the first time in Africa, in 2022;';

  it('A/RES/78/103 OP10 (a) (79/117 OP15, 80/161 OP17): "United Nations Commission on International Trade Law Day events": no SESSION_OF UNCITRAL', () => {
    const got = attributions(OP10a, 'operative', GA78_103);
    expect(got.filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
  });

  it('guard: "the fifty-sixth session of the United Nations Commission on International Trade Law" is still its session', () => {
    const OP = 'Takes note with appreciation of the report of the United Nations Commission on International Trade Law on the work of its fifty-sixth session, and welcomes the fifty-sixth session of the United Nations Commission on International Trade Law;';
    expect(attributions(OP, 'operative', GA78_103).filter((a) => a.startsWith('SESSION_OF'))).not.toEqual([]);
  });
});

describe('"<named body>, under the leadership of <named body>": the second LEADS the first', () => {
  it('A/RES/80/167 OP17 (78/112, 79/126 OP16): the Deputy Secretary-General LEADS the Rule of Law Coordination and Resource Group, not the Unit that supports it', () => {
    const OP17 =
      'Expresses full support for the overall coordination and coherence role of the Rule of Law Coordination and Resource Group within the United Nations system, within existing mandates, supported by the Rule of Law Unit and under the leadership of the Deputy Secretary-General;';
    const leads = attributions(OP17, 'operative', ctxOf('A/RES/80/167', '2025-12-09')).filter((a) => a.startsWith('LEADS'));
    expect(leads).toEqual(['LEADS Organization:Deputy Secretary-General of the United Nations -> Organization:Rule of Law Coordination and Resource Group']);
  });

  it('A/RES/78/162 OP15 (80/149): "invites the United Nations Sustainable Development Group, under the leadership of the Secretary-General"', () => {
    const OP15 =
      'Invites the United Nations Sustainable Development Group, under the leadership of the Secretary-General, to develop a joint framework of collaboration with multilateral development banks to improve synergies at the regional and country levels;';
    expect(attributions(OP15, 'operative', ctxOf('A/RES/78/162', '2023-12-19'))).toContain(
      'LEADS Organization:Secretary-General of the United Nations -> Organization:United Nations Sustainable Development Group',
    );
  });

  it('guard: A/RES/78/118 "the integration of all security personnel of the Secretariat under the leadership of the Under-Secretary-General ...": no comma, the integration is led', () => {
    const OP =
      'Welcomes the progress made towards further enhancing the security management system of the United Nations, including the major progress in the completion of the integration of all security personnel of the Secretariat under the leadership of the Under-Secretary-General for Safety and Security;';
    expect(attributions(OP, 'operative', ctxOf('A/RES/78/118', '2023-12-08')).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"the 2030 Agenda ... and the Sustainable Development Goals set out therein": the Goals are PART_OF the Agenda', () => {
  const AGENDA = 'Framework:2030 Agenda for Sustainable Development';
  const SDGS = 'Framework:Sustainable Development Goals';
  const GA79_178 = ctxOf('A/RES/79/178', '2024-12-17');

  it('A/RES/79/178 OP23: "to incorporate the 2030 Agenda for Sustainable Development and the Sustainable Development Goals set out therein"', () => {
    const OP23 =
      'Welcomes the efforts of entities throughout the United Nations system to incorporate the 2030 Agenda for Sustainable Development and the Sustainable Development Goals set out therein into their work;';
    expect(attributions(OP23, 'operative', GA79_178)).toContain(`PART_OF ${SDGS} -> ${AGENDA}`);
  });

  it('A/RES/79/5 PP12: "... and the Sustainable Development Goals contained therein"', () => {
    // (the footnote mark "5" after the Agenda's name is left out here: footnoteRefs are not given)
    const PP12 =
      'Welcoming the efforts of the Governments of the Central Asian countries to implement the 2030 Agenda for Sustainable Development and the Sustainable Development Goals contained therein at the national level,';
    expect(attributions(PP12, 'preambular', ctxOf('A/RES/79/5', '2024-10-15'))).toContain(`PART_OF ${SDGS} -> ${AGENDA}`);
  });

  it('guard: the same pair without "therein" is two frameworks, neither part of the other', () => {
    const near =
      'Welcomes the efforts of entities throughout the United Nations system to incorporate the 2030 Agenda for Sustainable Development and the Sustainable Development Goals into their work;';
    expect(attributions(near, 'operative', GA79_178).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"<body> and <body>, and the <sitting> held under their auspices": each body ORGANIZES the sitting', () => {
  const PP5 =
    'Recognizing the central role of the General Assembly and the Economic and Social Council, and the high-level political forum on sustainable development held under their auspices, as well as the role of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea and the important contribution of all relevant specialized agencies, funds and programmes of the United Nations in the implementation of Sustainable Development Goal 14,';
  const HLPF = 'Organization:high-level political forum on sustainable development';

  it('A/RES/80/108 PP5 (78/128 PP5): the General Assembly and the Economic and Social Council ORGANIZE the forum', () => {
    const got = attributions(PP5, 'preambular', ctxOf('A/RES/80/108', '2025-12-09'));
    expect(got).toContain(`ORGANIZES Organization:General Assembly -> ${HLPF}`);
    expect(got).toContain(`ORGANIZES Organization:Economic and Social Council -> ${HLPF}`);
  });

  it('guard: with no pair named right before ("the forum held under their auspices" after one body), no ORGANIZES', () => {
    const near =
      'Recognizing the central role of the Economic and Social Council in the implementation of the Goals, and the high-level political forum on sustainable development held under their auspices,';
    expect(attributions(near, 'preambular', ctxOf('A/RES/80/108', '2025-12-09')).filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});
