// Mistakes found by the session-23 audit aud23e: A/RES/78/280 (global health and foreign policy), A/RES/79/284 (cooperation
// between the United Nations and the Council of Europe), A/RES/80/142 (modern energy for all), and the same forms in other
// texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/142', date: '2025-12-15' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a lowercase meeting topic ends before "and the <named sitting>"', () => {
  const OP37 =
    'Takes note of the high-level dialogue on energy held on 24 September 2021 to promote the implementation of the energy-related goals and targets of the 2030 Agenda for Sustainable Development in support of the implementation of the United Nations Decade of Sustainable Energy for All and the voluntary commitments in the form of 200 energy compacts;';
  const OP41 =
    'Requests the Secretary-General to continue engagement with Member States on the implementation of Sustainable Development Goal 7, in a comprehensive and evidence-based manner, as a follow-up to the high-level dialogue on energy and the United Nations Decade of Sustainable Energy for All;';

  it('A/RES/80/142 OP41 (79/211 OP40, 78/157): "a follow-up to the high-level dialogue on energy and the United Nations Decade of Sustainable Energy for All" is two things', () => {
    const ctx = { ...GA };
    extract(OP37, 'operative', ctx);
    const events = keys(OP41, 'Event:', 'operative', ctx);
    expect(events).not.toContain('Event:high-level dialogue on energy and the United Nations Decade of Sustainable Energy for All');
    expect(events).toContain('Event:Decade of Sustainable Energy for All');
    expect(events).toContain('Event:high-level dialogue on energy @ 2021');
    expect(relations(OP41, 'operative', ctx)).toContain('REQUESTS Event:Decade of Sustainable Energy for All');
  });

  it('guard: a place after "and the" stays in the topic (A/RES/78/... "the Western Indian Ocean and the Gulf of Aden")', () => {
    const text =
      'Welcomes the high-level meeting on the implementation of the Code of Conduct concerning the Repression of Piracy and Armed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden, held in Jeddah on 12 January 2022;';
    expect(keys(text, 'Event:high-level meeting', 'operative')).toEqual([
      'Event:high-level meeting on the implementation of the Code of Conduct concerning the Repression of Piracy and Armed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden @ 2022',
    ]);
  });

  it('guard: a topic naming two things of its own is kept whole ("the high-level meeting on the Sendai Framework and the 2030 Agenda")', () => {
    const text = 'Recalls the high-level dialogue on the Sendai Framework and the 2030 Agenda for Sustainable Development;';
    const events = keys(text, 'Event:', 'operative');
    expect(events.filter((k) => k.startsWith('Event:high-level dialogue on the Sendai Framework'))).toHaveLength(1);
  });
});

describe('named partnerships, bodies and instruments the gazetteer lacked', () => {
  it('A/RES/80/142 PP32 (79/211, 78/157): "multi-stakeholder partnerships, including Sustainable Energy for All, which ..." and "SIDS DOCK"', () => {
    const text =
      'Noting also the work of multi-stakeholder partnerships, including Sustainable Energy for All, which has given strong momentum to the promotion of renewable energy and energy efficiency, the initiatives of the Global Climate Action Agenda, the Small Island Developing States Lighthouses Initiative, SIDS DOCK, the Energy Efficiency Hub and others,';
    const r = relations(text, 'preambular');
    expect(r).toContain('NOTES Organization:Sustainable Energy for All');
    expect(r).toContain('NOTES Initiative:SIDS DOCK');
  });

  it('A/RES/80/142 OP31: "international organizations, such as Sustainable Energy for All"', () => {
    const text =
      'Stresses the importance of multi-stakeholder partnerships, and encourages coordination and collaboration between the United Nations and relevant multi-stakeholder partnerships and international organizations, such as Sustainable Energy for All;';
    expect(relations(text)).toContain('ENCOURAGES Organization:Sustainable Energy for All');
  });

  it('guard: the Decade, the Year and the Forum of Sustainable Energy for All stay what they are (A/RES/80/142 PP1, A/RES/78/149 PP)', () => {
    const text =
      'Recalling its resolutions 65/151 of 20 December 2010 on the International Year of Sustainable Energy for All and 67/215 of 21 December 2012, in which it decided to declare 2014–2024 the United Nations Decade of Sustainable Energy for All,';
    const ks = keys(text, '', 'preambular').filter((k) => k.includes('Sustainable Energy for All'));
    expect(ks).toEqual(['Event:International Year of Sustainable Energy for All', 'Event:Decade of Sustainable Energy for All']);
  });

  it('A/RES/78/280 PP50: "in collaboration with Medicines Patent Pool"', () => {
    const text =
      'Welcoming international cooperation initiatives by the World Health Organization through the mRNA vaccine technology transfer hub based in South Africa, working with 15 partners across the world, in collaboration with Medicines Patent Pool,';
    expect(relations(text, 'preambular')).toContain('WELCOMES Organization:Medicines Patent Pool');
  });

  it('A/RES/79/284 OP7: "its European Commission for Democracy through Law (Venice Commission)" is one body', () => {
    const text =
      'Further recognizes the valuable role of the Council of Europe in advising and assisting States, including through its European Commission for Democracy through Law (Venice Commission), noting in this context the cooperation between the United Nations and the Council of Europe;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:European Commission for Democracy through Law');
    expect(orgs).not.toContain('Organization:European Commission for Democracy');
    expect(orgs).not.toContain('Organization:Venice Commission');
  });

  it('A/RES/79/284 PP11 and OP4: "the European Convention on Human Rights" is the Convention for the Protection of Human Rights and Fundamental Freedoms', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-04-16' };
    const pp11 =
      'Recalling that, although the Russian Federation ceased to be a High Contracting Party to the European Convention on Human Rights on 16 September 2022, it remains bound by obligations under the Convention,';
    expect(relations(pp11, 'preambular', ctx)).toContain('RECALLS Framework:European Convention for the Protection of Human Rights and Fundamental Freedoms');
    const op4 =
      'Confirms its recognition of the key role of the European Court of Human Rights in ensuring effective human rights protection under the European Convention for the Protection of Human Rights and Fundamental Freedoms;';
    expect(keys(op4, 'Framework:', 'operative', ctx)).toEqual(['Framework:European Convention for the Protection of Human Rights and Fundamental Freedoms']);
  });

  it('A/RES/78/280 PP42 (78/134, 79/195, 80/121, 78/4, 79/287): "the ministerial declaration on the World Trade Organization response to the COVID-19 pandemic ..."', () => {
    const text =
      'Welcomes the ministerial decision on the TRIPS Agreement and the ministerial declaration on the World Trade Organization response to the COVID‑19 pandemic and preparedness for future pandemics, adopted on 17 June 2022;';
    expect(relations(text)).toContain(
      'WELCOMES Framework:Ministerial Declaration on the World Trade Organization Response to the COVID-19 Pandemic and Preparedness for Future Pandemics',
    );
  });

  it('guard: the WTO named alone stays the organization ("noting the discussions in the World Trade Organization")', () => {
    const text = 'Noting the discussions in the World Trade Organization on a possible extension of the decision,';
    expect(keys(text, '', 'preambular')).toEqual(['Organization:World Trade Organization']);
  });

  it('A/RES/78/280 PP12 after PP11: "the Oslo Declaration" is the Oslo Ministerial Declaration', () => {
    const text =
      'Underlining also that in the Oslo Declaration it is acknowledged that investment in health is fundamental to economic growth and development,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Oslo Ministerial Declaration']);
  });

  it('A/RES/78/280 PP24: "the Sendai Framework for Disaster Reduction 2015–2030" (no "Risk") is the Sendai Framework, not a name doubled', () => {
    const text =
      'Recalling the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Reduction 2015–203013 and the Bali Agenda for Resilience resulting from the seventh session of the Global Platform for Disaster Risk Reduction,';
    const fws = keys(text, 'Framework:', 'preambular');
    expect(fws.some((k) => k.includes('for Disaster Reduction'))).toBe(false);
    expect(fws).toContain('Framework:Bali Agenda for Resilience');
  });
});

describe('names inside an edition subtitle or a commemoration are not mentions of their own', () => {
  it('A/RES/78/141 OP35 (79/198 OP37): "the World Investment Report 2023: Investing in Sustainable Energy for All by the United Nations Conference on Trade and Development"', () => {
    const text =
      'Takes note of the World Investment Report 2023: Investing in Sustainable Energy for All by the United Nations Conference on Trade and Development, and invites the consideration of its findings;';
    const r = extract(text);
    const doc = r.mentions.find((m) => m.key === 'Document:world investment report 2023');
    expect(doc?.phrase).toBe('World Investment Report 2023: Investing in Sustainable Energy for All');
    expect(r.mentions.map((m) => m.key)).not.toContain('Organization:Sustainable Energy for All');
    expect(r.mentions.map((m) => m.key)).toContain('Organization:United Nations Conference on Trade and Development');
  });

  it('A/RES/79/198 OP37: "... Investing in Sustainable Energy for All of the United Nations Conference on Trade and Development": the publisher is no part of the subtitle', () => {
    const text =
      'Also notes the World Investment Report 2023: Investing in Sustainable Energy for All of the United Nations Conference on Trade and Development, and invites the consideration of its findings;';
    const r = extract(text);
    expect(r.mentions.find((m) => m.key === 'Document:world investment report 2023')?.phrase).toBe('World Investment Report 2023: Investing in Sustainable Energy for All');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('NOTES Organization:United Nations Conference on Trade and Development');
    expect(r.mentions.map((m) => m.key)).not.toContain('Organization:Sustainable Energy for All');
  });

  it('A/RES/78/157 PP6: "the World Investment Report 2023, entitled Investing in Sustainable Energy for All," (no quotes)', () => {
    const text = 'Taking note of the World Investment Report 2023, entitled Investing in Sustainable Energy for All,';
    const r = extract(text, 'preambular');
    expect(r.mentions.find((m) => m.key === 'Document:world investment report 2023')?.phrase).toBe('World Investment Report 2023, entitled Investing in Sustainable Energy for All');
    expect(r.mentions.map((m) => m.key)).not.toContain('Organization:Sustainable Energy for All');
  });

  it('guard: a subtitle read on past a lowercase word is left out (A/RES/80/147 PP39 "Digital Economy Report 2024: Shaping an Environmentally ...")', () => {
    const text = 'Recalling the Digital Economy Report 2024: Shaping an Environmentally Sustainable and Inclusive Digital Future of the Conference,';
    expect(extract(text, 'preambular').mentions.find((m) => m.key === 'Document:digital economy report 2024')?.phrase).toBe('Digital Economy Report 2024');
  });

  it('guard: an edition without a subtitle keeps its phrase ("the World Investment Report 2023, entitled ...")', () => {
    const text = 'Takes note of the World Investment Report 2023 of the United Nations Conference on Trade and Development;';
    const doc = extract(text).mentions.find((m) => m.key === 'Document:world investment report 2023');
    expect(doc?.phrase).toBe('World Investment Report 2023');
  });

  it('A/RES/80/142 PP1: "the United Nations Decade of Sustainable Energy for All" names no organization', () => {
    const text = 'Recalling its resolution 67/215 of 21 December 2012, in which it decided to declare 2014–2024 the United Nations Decade of Sustainable Energy for All,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual([]);
  });

  it('A/RES/80/142 OP36: "the high-level dialogue on the midpoint review of the United Nations Decade of Sustainable Energy for All" names no organization', () => {
    const text =
      'Encourages the Secretary-General to continue efforts, and recalls the convening of the high-level dialogue on the midpoint review of the United Nations Decade of Sustainable Energy for All (2014–2024), held on 23 and 24 May 2019;';
    expect(keys(text, 'Organization:Sustainable')).toEqual([]);
  });

  it('guard: a sitting of an organization still names it (A/RES/78/280 PP42 "the Twelfth Ministerial Conference of the World Trade Organization")', () => {
    const text = 'Noting the outcome of the Twelfth Ministerial Conference of the World Trade Organization,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:World Trade Organization']);
  });
});
