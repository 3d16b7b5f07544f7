// aud51k: attribution residuals reported by the session-51 annotators (aud51f's attribution rules, now aud51k's).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA79_196 = ctxOf('A/RES/79/196', '2024-12-19');
const { attributions, relations } = oneParagraph({ ctx: GA79_196, kind: 'preambular' });
const adopted = (text: string, kind?: 'preambular' | 'operative', ctx?: RecognizeContext): string[] => attributions(text, kind, ctx).filter((a) => a.startsWith('ADOPTED '));

const ADDIS = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
const FFD3 = 'Event:Third International Conference on Financing for Development';

describe('lead\'s ruling (session 51): "<framework> of the <sitting>" gives the sitting ADOPTED the framework', () => {
  it('A/RES/79/196 PP3: "its resolution 69/313 ... on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development": the Conference ADOPTED the Agenda; 69/313 nothing; the Conference is still a target', () => {
    const PP3 =
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it,';
    expect(adopted(PP3)).toEqual([`ADOPTED ${FFD3} -> ${ADDIS}`]);
    expect(relations(PP3)).toContain(`REAFFIRMS ${FFD3}`);
  });

  it('A/RES/78/179 PP9: "the Programme of Action of the International Conference on Population and Development": the Conference ADOPTED it', () => {
    const PP9 =
      'Reaffirming that fulfilling the human rights, developmental needs and well-being of youth is critical to the achievement of the 2030 Agenda for Sustainable Development, as well as the goals of United Nations conferences and summits, including but not limited to the Vienna Declaration and Programme of Action, the Programme of Action of the International Conference on Population and Development and the Beijing Declaration and Platform for Action, and the outcome documents of their review conferences,';
    expect(adopted(PP9, 'preambular', ctxOf('A/RES/78/179', '2023-12-19'))).toContain(
      'ADOPTED Event:International Conference on Population and Development @ 1994 -> Framework:Programme of Action of the International Conference on Population and Development',
    );
  });

  it('A/RES/80/145 PP1: "the Plan of Implementation of the World Summit on Sustainable Development", "the Monterrey Consensus of the International Conference on Financing for Development": each sitting ADOPTED its own', () => {
    const PP1 =
      'Recalling the Rio Declaration on Environment and Development, Agenda 21, the Programme for the Further Implementation of Agenda 21, the Johannesburg Declaration on Sustainable Development and the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation) and the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”, as well as the Monterrey Consensus of the International Conference on Financing for Development and the Doha Declaration on Financing for Development,';
    const got = adopted(PP1, 'preambular', ctxOf('A/RES/80/145', '2025-12-15'));
    expect(got).toContain('ADOPTED Event:World Summit on Sustainable Development @ 2002 -> Framework:Johannesburg Plan of Implementation');
    expect(got).toContain('ADOPTED Event:International Conference on Financing for Development @ 2002 -> Framework:Monterrey Consensus of the International Conference on Financing for Development');
  });

  it('guard, A/RES/80/191 OP38: "the Global Action Plan of the International Decade of Indigenous Languages": a decade adopts nothing', () => {
    const OP38 =
      'Highlights the progress made towards the midterm review of the implementation of the Global Action Plan of the International Decade of Indigenous Languages, scheduled for 2027 and coordinated by the United Nations Educational, Scientific and Cultural Organization,';
    expect(adopted(OP38, 'operative', ctxOf('A/RES/80/191', '2025-12-15'))).toEqual([]);
  });

  it('guard, A/RES/78/132 PP56: "the United Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence": the body printed before the name adopts nothing by it', () => {
    const PP56 = 'Taking note of the United Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence,';
    expect(adopted(PP56, 'preambular', ctxOf('A/RES/78/132', '2023-12-19'))).toEqual([]);
  });
});

describe('"adopted by the leaders of <body>": the body ADOPTED it', () => {
  const GA78_320 = ctxOf('A/RES/78/320', '2024-08-01');
  const G20_INITIATIVE = 'Initiative:Global Initiative on Reducing Land Degradation and Enhancing Conservation of Terrestrial Habitats';

  it('A/RES/78/320 PP10: "the Global Initiative on Reducing Land Degradation ... to prevent, halt and reverse land degradation adopted by the leaders of the Group of 20 in Riyadh in 2020": the G20 ADOPTED the initiative', () => {
    const PP10 =
      'Recognizing the Global Initiative on Reducing Land Degradation and Enhancing Conservation of Terrestrial Habitats to prevent, halt and reverse land degradation adopted by the leaders of the Group of 20 in Riyadh in 2020, as well as the Riyadh Leader’s Declaration,';
    expect(adopted(PP10, 'preambular', GA78_320)).toEqual([`ADOPTED Organization:Group of 20 -> ${G20_INITIATIVE}`]);
  });

  it('guard: "... Habitats to be formally adopted by the leaders of the Group of 20": a future adoption is none', () => {
    const text = 'Recognizing the Global Initiative on Reducing Land Degradation and Enhancing Conservation of Terrestrial Habitats to be formally adopted by the leaders of the Group of 20 in 2026,';
    expect(adopted(text, 'preambular', GA78_320)).toEqual([]);
  });

  it('guard, A/RES/79/81 PP34: "the Arab Peace Initiative, adopted by the Council of the League of Arab States at its fourteenth session": the Council ADOPTED it', () => {
    const PP34 = 'Recalling the Arab Peace Initiative, adopted by the Council of the League of Arab States at its fourteenth session, held in Beirut on 27 and 28 March 2002,';
    expect(adopted(PP34, 'preambular', ctxOf('A/RES/79/81', '2024-12-03'))).toContain('ADOPTED Organization:Council of the League of Arab States -> Initiative:Arab Peace Initiative');
  });

  it('guard, A/RES/80/110 OP323: "the programme of work for the fourth cycle of the Regular Process, as adopted by the Ad Hoc Working Group of the Whole": the programme was adopted, not the Regular Process', () => {
    const OP323 =
      'Requests the Secretary-General to secure the necessary resources, from the regular budget of the Organization, for the programme of work for the fourth cycle of the Regular Process, as adopted by the Ad Hoc Working Group of the Whole at its twenty-second meeting, in accordance with established procedures and within the respective purview of relevant bodies;';
    expect(adopted(OP323, 'operative', ctxOf('A/RES/80/110', '2025-12-09')).filter((a) => a.includes('Regular Process'))).toEqual([]);
  });
});

describe('the General Assembly printed first in an initiative\'s name leads nothing by it', () => {
  it('A/RES/78/182 PP22: "the Presidents of the General Assembly ... for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders": no LEADS from the General Assembly', () => {
    const PP22 =
      'Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders, and encouraging greater participation of Member States in this initiative,';
    expect(attributions(PP22, 'preambular', ctxOf('A/RES/78/182', '2023-12-19')).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });

  it('guard, A/RES/79/143 PP7: "the International Union for Conservation of Nature Red List of Threatened Species": the Union printed first LEADS the list', () => {
    const PP7 = 'Noting the International Union for Conservation of Nature Red List of Threatened Species,';
    expect(attributions(PP7, 'preambular', ctxOf('A/RES/79/143', '2024-12-17'))).toContain('LEADS Organization:International Union for Conservation of Nature -> Initiative:International Union for Conservation of Nature Red List of Threatened Species');
  });
});

describe('"<body> ... for convening the X and the Y": the body ORGANIZES each', () => {
  const PGA = 'Organization:President of the General Assembly';

  it('A/RES/78/182 PP22: "the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders": ORGANIZES both', () => {
    const PP22 =
      'Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders, and encouraging greater participation of Member States in this initiative,';
    expect(attributions(PP22, 'preambular', ctxOf('A/RES/78/182', '2023-12-19')).filter((a) => a.startsWith('ORGANIZES '))).toEqual([
      `ORGANIZES ${PGA} -> Organization:Advisory Board on Gender Equality`,
      `ORGANIZES ${PGA} -> Initiative:General Assembly Platform of Women Leaders`,
    ]);
  });

  it('guard, A/RES/80/58 OP9: "the Office for Disarmament Affairs of the Secretariat will provide the support necessary for convening the informal exchanges": no ORGANIZES', () => {
    const OP9 =
      'Decides to convene informal exchanges in Geneva for States to further share perspectives on observations and conclusions as presented in the report of the Secretary-General, including opportunities and challenges, existing and emerging normative proposals and next steps, and that the Office for Disarmament Affairs of the Secretariat will provide the support necessary for convening the informal exchanges and a written factual summary to the First Committee at its eighty-first session;';
    expect(attributions(OP9, 'operative', ctxOf('A/RES/80/58', '2025-12-01')).filter((a) => a.startsWith('ORGANIZES '))).toEqual([]);
  });
});

describe('"<framework>, developed under the leadership of <body>": the body LEADS it', () => {
  const UN_WOMEN = 'Organization:United Nations Entity for Gender Equality and the Empowerment of Women';
  const SWAP = 'Framework:United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women';

  it('A/RES/78/182 PP6: "the United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, developed under the leadership of ... (UN-Women)": UN-Women LEADS the Plan', () => {
    const PP6 =
      'Recalling its resolution 75/233 of 21 December 2020 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system, in which it called upon all entities of the United Nations development system to continue to promote gender equality and the empowerment of all women and girls by enhancing and accelerating gender mainstreaming through the full implementation of the United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, developed under the leadership of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women),';
    expect(attributions(PP6, 'preambular', ctxOf('A/RES/78/182', '2023-12-19'))).toContain(`LEADS ${UN_WOMEN} -> ${SWAP}`);
  });

  it('guard: "the ... Action Plan ..., implemented by Member States under the leadership of UN-Women": no LEADS (other words before the phrase)', () => {
    const text = 'Recalling the United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, implemented by Member States under the leadership of the United Nations Entity for Gender Equality and the Empowerment of Women,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/78/182', '2023-12-19')).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });
});
