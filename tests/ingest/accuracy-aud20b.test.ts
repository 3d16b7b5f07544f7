// Misses found by the session-20 audit aud20b: A/RES/79/218 (follow-up to the Fifth United Nations Conference on the Least
// Developed Countries), A/RES/78/319 (high-level meeting on sea level rise), A/RES/79/274 (permanent neutrality of
// Turkmenistan), and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/218', date: '2024-12-19' };

const { attributions, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const SIDS4 = 'Event:Fourth International Conference on Small Island Developing States';

describe('"St." in a venue\'s name does not end the sentence the sitting\'s dates are read in', () => {
  it('A/RES/79/218 PP10: "..., held in St. John’s from 27 to 30 May 2024, the Antigua and Barbuda Agenda ..."', () => {
    const text =
      'Welcoming the outcome document of the Fourth International Conference on Small Island Developing States, held in St. John’s from 27 to 30 May 2024, the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity,';
    const a = attributions(text);
    expect(a).toContain(`HELD_IN ${SIDS4} -> Place:St. John's`);
    expect(a).toContain(`STARTS_ON ${SIDS4} -> Date:2024-05-27`);
    expect(a).toContain(`ENDS_ON ${SIDS4} -> Date:2024-05-30`);
  });

  it('guard: a full stop after a venue still ends the window ("... held in Antigua and Barbuda. The ... from 27 to 30 May 2024")', () => {
    const text =
      'Welcoming the Fourth International Conference on Small Island Developing States, held in Antigua and Barbuda. The preparatory meetings took place from 27 to 30 May 2024,';
    const a = attributions(text);
    expect(a).toContain(`HELD_IN ${SIDS4} -> Place:Antigua and Barbuda`);
    expect(a.filter((x) => x.startsWith('STARTS_ON') || x.startsWith('ENDS_ON'))).toEqual([]);
  });
});

describe('the reports of the Secretary-General listed one "on" and one mark each are cited again by their subjects', () => {
  // A/RES/79/218 OP1, the footnotes 12-17 as printed
  const OP1 =
    'Takes note of the reports of the Secretary-General on the follow-up to the Fifth United Nations Conference on the Least Developed Countries,12 on multi-hazard early warning systems in the least developed countries,13 on an international investment support centre for the least developed countries,14 on implementation, effectiveness and added value of smooth transition measures and graduation support, 15 on food insecurity in the least developed countries: modalities, terms of reference, governance and support structures for the Food Stockholding Mechanism for the Least Developed Countries 16 and on the work of the Technology Bank for the Least Developed Countries;17';
  const notes: Note[] = [
    { after: 'Developed Countries,12', mark: '12', text: 'A/79/75-E/2024/8.' },
    { after: 'developed countries,13', mark: '13', text: 'A/79/288.' },
    { after: 'developed countries,14', mark: '14', text: 'A/79/505.' },
    { after: 'support, 15', mark: '15', text: 'A/79/504.' },
    { after: 'Countries 16', mark: '16', text: 'A/79/540.' },
    { after: 'Countries;17', mark: '17', text: 'A/79/239.' },
  ];
  const op = (id: string, text: string, ctx: RecognizeContext) => extractParagraph({ id, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  const OP38 =
    'Takes note of the report of the Secretary-General on food insecurity in the least developed countries: modalities, terms of reference, governance and support structures for the Food Stockholding Mechanism for the Least Developed Countries, and its recommendations, and calls for consultations with relevant United Nations entities;';
  const OP43 =
    'Reaffirms the commitment to implementing investment promotion regimes for the least developed countries, takes note of the report of the Secretary-General on an international investment support centre for the least developed countries, urges further progress on the elaboration of such a centre;';

  it('A/RES/79/218 OP38: "the report of the Secretary-General on food insecurity in the least developed countries: modalities, ..." is A/79/540', () => {
    const ctx = { ...GA };
    extractWithNotes('OP1', OP1, notes, ctx);
    expect(op('OP38', OP38, ctx).relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:A/79/540');
  });

  it('A/RES/79/218 OP43: "takes note of the report of the Secretary-General on an international investment support centre ..." is A/79/505', () => {
    const ctx = { ...GA };
    extractWithNotes('OP1', OP1, notes, ctx);
    expect(op('OP43', OP43, ctx).relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:A/79/505');
  });

  it('guard: a report on a subject the list did not name keeps its own key', () => {
    const ctx = { ...GA };
    extractWithNotes('OP1', OP1, notes, ctx);
    const docs = op('OP40', 'Takes note of the report of the Secretary-General on an online university for the least developed countries;', ctx).mentions.filter((m) => m.kind === 'Document');
    expect(docs.length).toBe(1);
    expect(docs[0]!.key).not.toMatch(/^Document:A\/79\/\d/);
  });

  it('guard: with no list footnoted before, the subject is not linked to a symbol', () => {
    const ctx = { ...GA };
    const docs = op('OP38', OP38, ctx).mentions.filter((m) => m.kind === 'Document');
    expect(docs.map((m) => m.key)).not.toContain('Document:A/79/540');
  });
});

describe('a body led by another, named right before ", led by"', () => {
  const OHRLLS = 'Organization:Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States';

  it('A/RES/79/218 OP6 (78/233, 80/150): "the Inter-Agency Consultative Group for Least Developed Countries, led by the Office of the High Representative ..."', () => {
    const text =
      'Welcomes the work of the Inter-Agency Consultative Group for Least Developed Countries, led by the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, notes the steps taken by the United Nations System Chief Executives Board for Coordination and the High-level Committee on Programmes in supporting the coordination and follow-up of the implementation of the Doha Programme of Action on a system-wide basis;';
    expect(attributions(text, 'operative')).toContain(`LEADS ${OHRLLS} -> Organization:Inter-Agency Consultative Group for Least Developed Countries`);
    expect(relations(text, 'operative')).toContain('WELCOMES Organization:Inter-Agency Consultative Group for Least Developed Countries');
  });

  it('guard: a framework "led by" a body is not a body led by it (A/RES/79/218 OP50: "the Doha Programme of Action, led by the Office ...")', () => {
    const text =
      'Recognizes that the activities relating to the least developed countries carried out within the Secretariat need to be further coordinated and consolidated in order to ensure the effective monitoring and follow-up of the implementation of the Doha Programme of Action, led by the Office of the High Representative, and to provide well-coordinated support;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: a body several words before "led by" is not the one led ("the Secretariat, in the activities led by the Office")', () => {
    const text =
      'Requests the Secretary-General to strengthen the Department of Economic and Social Affairs in its support to the activities led by the Office of the High Representative for the implementation of the Doha Programme of Action;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('the trusts of the International Monetary Fund are initiatives the Fund leads', () => {
  const IMF = 'Organization:International Monetary Fund';
  const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/79/218 OP19 (78/233 OP18, 80/150 OP17): "including through the International Monetary Fund Poverty Reduction and Growth Trust, welcomes the operationalization of the International Monetary Fund Resilience and Sustainability Trust"', () => {
    const text =
      'Commends the surpassing of 100 billion United States dollars of special drawing rights, calls upon Member States with strong external positions to consider the voluntary channelling of special drawing rights to countries in need, particularly to the least developed countries, in a timely manner, including through the International Monetary Fund Poverty Reduction and Growth Trust, welcomes the operationalization of the International Monetary Fund Resilience and Sustainability Trust as a new mechanism to voluntarily channel special drawing rights;';
    const r = relations(text, 'operative');
    expect(r).toContain('CALLS_UPON Initiative:Poverty Reduction and Growth Trust');
    expect(r).toContain('WELCOMES Initiative:Resilience and Sustainability Trust');
    const a = attributions(text, 'operative');
    expect(a).toContain(`LEADS ${IMF} -> Initiative:Poverty Reduction and Growth Trust`);
    expect(a).toContain(`LEADS ${IMF} -> Initiative:Resilience and Sustainability Trust`);
  });

  it('A/RES/78/231 OP6 (79/199 OP6): "the Resilience and Sustainability Trust of the International Monetary Fund"', () => {
    const text =
      'Notes with appreciation the operationalization of the Resilience and Sustainability Trust of the International Monetary Fund to help eligible countries address longer-term structural challenges that pose macroeconomic risks;';
    expect(relations(text, 'operative')).toContain('NOTES Initiative:Resilience and Sustainability Trust');
    expect(attributions(text, 'operative')).toContain(`LEADS ${IMF} -> Initiative:Resilience and Sustainability Trust`);
  });

  it('guard: "the Trust" and another facility of the Fund are not these trusts (A/RES/78/137 OP25)', () => {
    const text = 'Looks forward to the interim review of the Trust, considering the experiences with the Resilience and Sustainability Facility programmes;';
    const initiatives = keys(text, 'Initiative:');
    expect(initiatives).not.toContain('Initiative:Resilience and Sustainability Trust');
    expect(initiatives).not.toContain('Initiative:Poverty Reduction and Growth Trust');
  });
});

describe('a place named in an adjective ending "-based" is no place mention', () => {
  const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/79/218 OP38 (78/279 OP3, 80/150 OP34): "relevant United Nations entities, including Rome-based agencies"', () => {
    const text =
      'Takes note of the report of the Secretary-General, and calls for consultations with relevant United Nations entities, including Rome-based agencies, Member States, regional and international organizations and other stakeholders;';
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('A/RES/79/161 OP10 (80/193 OP12, 78/69 OP139): "New York-based delegations", "Somalia-based piracy"', () => {
    expect(keys('Requests the President to carry out consultations with New York-based delegations and stakeholders;', 'Place:')).toEqual([]);
    expect(keys('Encourages States to cooperate on measures to prevent and mitigate Somalia-based piracy;', 'Place:')).toEqual([]);
  });

  it('guard: the place itself, and a hyphenated country, stay places ("held in Rome", "Guinea-Bissau")', () => {
    expect(keys('Welcomes the meeting held in Rome in 2024 and the support of Guinea-Bissau;', 'Place:')).toEqual(['Place:Rome', 'Place:Guinea-Bissau']);
  });
});

describe('a declaration "adopted by" a forum, with the sitting named in brackets right after: the sitting adopted it', () => {
  const DECL = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
  const SUMMIT = 'Event:Sustainable Development Goals Summit @ 2023';

  it('A/RES/79/218 OP12 (78/163 OP8: 22 paragraphs of 22 texts): "the political declaration adopted by the high-level political forum ... (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023"', () => {
    const text =
      'Welcomes the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;';
    expect(attributions(text, 'operative')).toContain(`ADOPTED ${SUMMIT} -> ${DECL}`);
    expect(relations(text, 'operative')).toEqual(expect.arrayContaining([`WELCOMES ${DECL}`, `WELCOMES ${SUMMIT}`]));
  });

  // (session 52, aud52f: this was a guard keeping "of the" out; the lead's session-51 ruling "<framework> of the <sitting>" and
  // the gold of A/RES/79/178, 78/146 and 78/130 read the Summit as its adopter, the forum's convener as the Summit's)
  it('A/RES/78/146 PP8 (78/130 PP4): "the political declaration of the high-level political forum ... convened under the auspices of the General Assembly (Sustainable Development Goals Summit)": the Summit adopted it, as after "adopted by"', () => {
    const text =
      'Recalling the political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([`ADOPTED ${SUMMIT} -> ${DECL}`]);
  });
});

describe('"the Group of Least Developed Countries" is the group, "on COVID-19" the topic of its statement', () => {
  const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/79/218 OP10 (78/233 OP10, 80/150 OP11): "the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-19"', () => {
    const text =
      'Expresses deep concern at the devastating impacts of the COVID-19 pandemic on the least developed countries, takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-19 and commits to supporting its implementation, as appropriate;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Group of Least Developed Countries']);
  });

  it('A/RES/79/218 OP46 after OP10 (78/233 OP44, 80/150 OP45): "the Group of Least Developed Countries put forward various proposals at the World Trade Organization" is the same node', () => {
    const ctx = { ...GA };
    const op10 =
      'Expresses deep concern at the devastating impacts of the COVID-19 pandemic on the least developed countries, takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-19 and commits to supporting its implementation, as appropriate;';
    const op46 =
      'Reiterates its conviction that no country graduating from the least developed country category should have its development progress disrupted, notes that the Group of Least Developed Countries put forward various proposals at the World Trade Organization, pertaining to trade-related challenges;';
    relations(op10, 'operative', ctx);
    expect(relations(op46, 'operative', ctx)).toContain('NOTES Organization:Group of Least Developed Countries');
  });

  it('guard: a group of experts keeps its topic ("the Group of Governmental Experts on Emerging Technologies ...")', () => {
    const text = 'Welcomes the work of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;';
    expect(keys(text, 'Organization:Group')).toEqual(['Organization:Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems']);
  });
});

describe('a modalities text: "the high-level meeting" after "the high-level plenary meeting of the General Assembly on ..."', () => {
  const SLR = 'Event:high-level plenary meeting of the General Assembly on addressing the existential threats posed by sea level rise @ 2024';
  const PP1 =
    'Recalling its decision 78/544 of 16 January 2024, in which it decided to hold a high-level plenary meeting of the General Assembly on addressing the existential threats posed by sea level rise, in New York on 25 September 2024, during the high-level week of the seventy-ninth session of the Assembly,';
  const OP1 =
    'Decides that the overall theme of the high-level plenary meeting of the General Assembly to be held on 25 September 2024 will be “Addressing the threats posed by sea level rise”;';
  const OP5 = 'Requests the Secretary-General to prepare a concise summary of the high-level meeting;';
  const ctx319 = (): RecognizeContext => ({ ...GA, symbol: 'A/RES/78/319', date: '2024-08-01' });

  it('A/RES/78/319 OP5 (OP2-OP16): "a concise summary of the high-level meeting" is the plenary meeting PP1 named', () => {
    const ctx = ctx319();
    relations(PP1, 'preambular', ctx);
    expect(relations(OP5, 'operative', ctx)).toContain(`REQUESTS ${SLR}`);
  });

  it('A/RES/78/319 OP1: the meeting named by the start of its name on the same day is the one PP1 named', () => {
    const ctx = ctx319();
    relations(PP1, 'preambular', ctx);
    expect(relations(OP1, 'operative', ctx)).toContain(`DECIDES ${SLR}`);
  });

  it('A/RES/79/289 OP2: "the high-level meeting" after "the one-day high-level plenary meeting to commemorate the thirtieth anniversary ..."', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/289', date: '2025-05-27' };
    relations(
      'Decides that the one-day high-level plenary meeting to commemorate the thirtieth anniversary of the World Programme of Action for Youth to be convened by the President of the General Assembly will be held on 24 September 2025;',
      'operative',
      ctx,
    );
    const r = relations('Requests the President of the General Assembly to prepare a summary of the high-level meeting;', 'operative', ctx);
    expect(r.filter((x) => x.startsWith('REQUESTS Event:high-level plenary meeting to commemorate the thirtieth anniversary'))).toHaveLength(1);
  });

  it('guard: a plenary meeting of the General Assembly on another day stays its own meeting', () => {
    const ctx = ctx319();
    relations(PP1, 'preambular', ctx);
    const r = relations('Decides to hold the high-level plenary meeting of the General Assembly on 3 October 2025;', 'operative', ctx);
    expect(r).not.toContain(`DECIDES ${SLR}`);
  });
});
