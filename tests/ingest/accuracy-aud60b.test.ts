// Session-60 audit aud60b: faults found annotating corpus-ga A/RES/78/166 (operational activities for development) and A/RES/78/314
// (United Nations Decade on Combating Sand and Dust Storms). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const DECADE_OP1 =
  'Decides to proclaim 2025–2034 the United Nations Decade on Combating Sand and Dust Storms, within existing structures and available resources, with the aim of enhancing international and regional cooperation and supporting and scaling up efforts to prevent, halt and mitigate the negative effects of sand and dust storms, especially on the affected countries;';

describe('item 1: "to review the implementation of the Decade at its eighty-fourth session": a decade holds no session, the Assembly does', () => {
  it('A/RES/78/314 OP8: the session is the Assembly\'s, not that of the Council named before in "Economic and Social Council resolution 1989/84"', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/314', '2024-07-10', [
        notedParagraph('OP1', DECADE_OP1),
        notedParagraph(
          'OP8',
          'Decides, in accordance with Economic and Social Council resolution 1989/84, to review the implementation of the Decade at its eighty-fourth session, and requests, in this regard, the Secretary-General to report to the General Assembly at its eighty-fourth session on the status of the implementation of the Decade, including its contribution to the implementation of the Sustainable Development Goals.',
        ),
      ]),
    );
    expect(byId.OP8).toContain('DECIDES Event:eighty-fourth session of the General Assembly');
    expect(byId.OP8.filter((r) => r.includes('session of the Economic and Social Council'))).toEqual([]);
  });

  it('guard: A/RES/78/147 PP9 "by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session": the Commission printed right before "at its" holds it', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/147', '2023-12-19', [
        notedParagraph(
          'PP9',
          'Noting also the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8 of 19 May 2023 on the modalities for the establishment of the United Nations special programme for the Aral Sea basin,',
        ),
      ]),
    );
    expect(byId.PP9).toContain('NOTES Event:seventy-ninth session of the Economic and Social Commission for Asia and the Pacific');
    expect(byId.PP9.filter((r) => r.includes('session of the General Assembly'))).toEqual([]);
  });
});

describe('item 2: "through which the General Assembly establishes ...": the Assembly acting by its own process takes no verb', () => {
  const GA = 'Organization:General Assembly';
  it('A/RES/78/166 PP6 (also 79/226 PP1, 80/155 PP7): "the quadrennial comprehensive policy review of operational activities, through which the General Assembly establishes key system-wide strategic policy orientations"', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/166', '2023-12-19', [
        notedParagraph(
          'PP6',
          'Reaffirming further the importance of the quadrennial comprehensive policy review of operational activities, through which the General Assembly establishes key system-wide strategic policy orientations and operational modalities for the development cooperation and country-level modalities of the United Nations development system,',
        ),
      ]),
    );
    expect(byId.PP6).not.toContain(`REAFFIRMS ${GA}`);
  });

  it('guard: A/RES/78/329 PP1 "on further measures for the revitalization of the work of the General Assembly": the Assembly as topic stays the target', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/329', '2024-09-06', [notedParagraph('PP1', 'Recalling its resolution 58/316 of 1 July 2004 on further measures for the revitalization of the work of the General Assembly,')]),
    );
    expect(byId.PP1).toContain(`RECALLS ${GA}`);
  });
});

describe('item 3: "the Cooperation Frameworks" after the full name is the United Nations Sustainable Development Cooperation Framework', () => {
  const UNSDCF = 'Framework:United Nations Sustainable Development Cooperation Framework';
  it('A/RES/78/166 OP5 (80/155 OP8): "to the development and implementation of the Cooperation Frameworks, and further calls on the entities ... the agreed priorities of the Cooperation Frameworks"', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/166', '2023-12-19', [
        notedParagraph(
          'OP5',
          'Welcomes the progress made in the establishment of United Nations Sustainable Development Cooperation Frameworks, reaffirms that they are the most important instrument for the planning and implementation of United Nations development activities in each programme country in support of their implementation of the 2030 Agenda for Sustainable Development, and in this regard calls on all entities of the United Nations development system to cooperate and collaborate with and work under the leadership and guidance of the resident coordinators, in accordance with resolution 75/233, to ensure a coordinated and integrated approach to the development and implementation of the Cooperation Frameworks, and further calls on the entities of the United Nations development system to align their development activities for their respective country programmes with the agreed priorities of the Cooperation Frameworks, to facilitate a stronger and more coordinated, efficient, effective and accountable United Nations development system at the country level towards the achievement of the Sustainable Development Goals;',
        ),
      ]),
    );
    expect(byId.OP5).toContain(`WELCOMES ${UNSDCF}`);
    expect(byId.OP5).toContain(`CALLS_UPON ${UNSDCF}`);
  });

  it('guard: A/RES/79/268 OP3 "the Sustainable Development Cooperation Frameworks" (no "United Nations") stays the one framework', () => {
    const byId = relationsById(
      gaResolution('A/RES/79/268', '2025-03-04', [
        notedParagraph(
          'OP3',
          'Calls upon the Centre to collaborate with Governments, relevant bodies of the United Nations system, including the United Nations country teams under the leadership of the resident coordinators at the country level, the Regional Collaborative Platform for Europe and Central Asia, and relevant regional hubs and centres of the United Nations agencies at the regional level, as well as regional and subregional organizations, international financial institutions, the private sector and civil society, to develop a comprehensive action plan, which will contain concrete regional projects aligned with national priorities and plans of programme countries, including as reflected in the Sustainable Development Cooperation Frameworks;',
        ),
      ]),
    );
    expect(byId.OP3).toContain(`CALLS_UPON ${UNSDCF}`);
  });
});

describe('item 4: "the high-level political forum ... convened under the auspices of the General Assembly (Sustainable Development Goals Summit)": the Assembly ORGANIZES the Summit in brackets', () => {
  const attributionsOf = (symbol: string, date: string, id: string, text: string): string[] =>
    extractResolution(gaResolution(symbol, date, [notedParagraph(id, text)])).paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/78/166 OP6: "Recalls the discussions and outcome of the recently concluded high-level political forum ... (Sustainable Development Goals Summit),5"', () => {
    const att = attributionsOf(
      'A/RES/78/166',
      '2023-12-19',
      'OP6',
      'Recalls the discussions and outcome of the recently concluded high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), which, inter alia, expressed concern that the achievement of the Sustainable Development Goals is in peril and that urgent action is needed to accelerate progress;',
    );
    expect(att).toContain('ORGANIZES Organization:General Assembly -> Event:Sustainable Development Goals Summit');
  });

  it('A/RES/78/159 PP27 (80/145 PP30): "... (Sustainable Development Goals Summit) in September 2023": the 2023 Summit', () => {
    const att = attributionsOf(
      'A/RES/78/159',
      '2023-12-19',
      'PP27',
      'Welcoming also the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit) in September 2023, which adopted a political declaration in which the Assembly, inter alia, committed to conserving and sustainably using oceans and seas,',
    );
    expect(att).toContain('ORGANIZES Organization:General Assembly -> Event:Sustainable Development Goals Summit @ 2023');
  });

  it('guard: A/RES/78/148 PP8 "the 2019 high-level political forum ... convened under the auspices of the General Assembly" (the forum\'s dated sitting, no brackets) keeps its ORGANIZES', () => {
    const att = attributionsOf(
      'A/RES/78/148',
      '2023-12-19',
      'PP8',
      'Recalling the pledge of the 2019 high-level political forum on sustainable development convened under the auspices of the General Assembly to accelerate action,',
    );
    expect(att).toContain('ORGANIZES Organization:General Assembly -> Event:high-level political forum on sustainable development @ 2019');
  });
});
