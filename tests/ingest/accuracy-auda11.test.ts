// Misses found by the session-11 audit auda11: a hand audit of A/RES/78/265 (safe, secure and trustworthy artificial
// intelligence), A/RES/78/311 (capacity-building of artificial intelligence) and A/RES/79/243 (the United Nations Convention
// against Cybercrime). Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };

function extract(text: string, ctx: RecognizeContext = GA, kind: 'preambular' | 'operative' = 'preambular') {
  return extractParagraph({ id: kind === 'preambular' ? 'PP1' : 'OP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).mentions.map((m) => m.key);
const attributions = (text: string, ctx?: RecognizeContext): string[] =>
  extract(text, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const GPBHR = 'Framework:Guiding Principles on Business and Human Rights';

describe('the Guiding Principles on Business and Human Rights printed with their subtitle', () => {
  it('A/RES/78/265 OP9: the "United Nations" inside the subtitle is no mention of the Organization', () => {
    const text =
      'Encourages the private sector to adhere to applicable international and domestic laws and act in line with the United Nations Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework; acknowledges the importance of more inclusive and equitable access to the benefits of safe, secure and trustworthy artificial intelligence systems;';
    const m = mentions(text);
    expect(m).toContain(GPBHR);
    expect(m).not.toContain('Organization:United Nations');
  });

  it('A/RES/79/178 PP23: "the United Nations “Protect, Respect and Remedy” Framework" is the framework they implement', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, 19 endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,20 which established a framework to prevent and address the adverse human rights impact of business activities, based on the three pillars of the United Nations “Protect, Respect and Remedy” Framework, and recognizing in this regard the efforts made to implement the Guiding Principles by some States, business enterprises, international organizations and members of civil society,';
    const m = mentions(text);
    expect(m).toContain('Framework:United Nations "Protect, Respect and Remedy" Framework');
    expect(m).not.toContain('Organization:United Nations');
  });

  it('A/RES/78/265 PP4 (guard): the Office of the United Nations High Commissioner for Human Rights after it is still named', () => {
    const text =
      'Taking note of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework,7 as endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011;8 and the work of the Office of the United Nations High Commissioner for Human Rights regarding artificial intelligence,';
    const m = mentions(text);
    expect(m).toContain(GPBHR);
    expect(m).toContain('Organization:Office of the United Nations High Commissioner for Human Rights');
    expect(m).not.toContain('Organization:United Nations');
  });
});

describe('a framework endorsed by another body in its own resolution', () => {
  it('A/RES/78/265 PP4: "..., as endorsed by the Human Rights Council in its resolution 17/4": that resolution endorsed it (ENDORSES, conv43a)', () => {
    const text =
      'Taking note of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework,7 as endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011;8 and the work of the Office of the United Nations High Commissioner for Human Rights regarding artificial intelligence,';
    expect(attributions(text)).toContain(`ENDORSES Resolution:A/HRC/RES/17/4 -> ${GPBHR}`);
  });

  it('A/RES/79/178 PP23: "the Guiding Principles ..., 19 endorsed by the Human Rights Council in its resolution 17/4"', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, 19 endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,20 which established a framework to prevent and address the adverse human rights impact of business activities,';
    expect(attributions(text)).toContain(`ENDORSES Resolution:A/HRC/RES/17/4 -> ${GPBHR}`);
  });

  it('negative: a resolution of the Council cited after other words is not the one that endorsed the framework', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, and welcoming the work of the Human Rights Council, including its resolution 17/4 of 16 June 2011,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('"the adoption by <body or sitting> of <framework>"', () => {
  const adopted = (text: string): string[] => attributions(text).filter((a) => a.startsWith('ADOPTED '));

  it('A/RES/78/265 PP4: "the adoption by the General Conference of UNESCO of its Recommendation on the Ethics of Artificial Intelligence"', () => {
    const text =
      'Taking note of the efforts of the International Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform; and the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence of 23 November 2021, 6 its implementation plan,';
    expect(adopted(text)).toEqual([
      // (its General Conference, the organ named: session 18)
      'ADOPTED Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization -> Framework:Recommendation on the Ethics of Artificial Intelligence',
    ]);
  });

  it('A/RES/78/155 PP37: "the adoption by the Conference of the Parties to the Convention on Biological Diversity, at its tenth meeting, of the Nagoya Protocol"', () => {
    const text =
      'Noting the adoption by the Conference of the Parties to the Convention on Biological Diversity, at its tenth meeting, of the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity, 21 the objective of which is the fair and equitable sharing of the benefits arising from the utilization of genetic resources,';
    expect(adopted(text)).toEqual([
      // (the protocol by its full title, as printed: aud31h's gazetteer entry; it was keyed by the words before "and the Fair ...")
      'ADOPTED Event:Conference of the Parties to the Convention on Biological Diversity -> Framework:Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity',
    ]);
  });

  it('A/RES/78/59 OP24: "the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé Declaration"', () => {
    const text =
      'Welcomes the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé Declaration on hate speech in Central Africa, 13 on 16 January 2023 in Kintélé, Congo,';
    const a = adopted(text);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatch(/^ADOPTED Organization:Standing Advisory Committee\b.* -> Framework:Kintélé Declaration on hate speech in Central Africa$/);
  });

  it('negative, A/RES/80/173: "the adoption by the General Assembly of resolution 78/213" names no framework', () => {
    const text =
      'We recall the adoption by the General Assembly of resolution 78/213 on 19 December 2023, in which it set out principles and actions concerning the promotion and protection of human rights in the context of digital technologies.';
    expect(adopted(text)).toEqual([]);
  });

  // (was a negative: the words state who adopted the Treaty, the adoption and the entry into force sharing "of the Treaty"; the
  // aud46b gold and aud46a's, annotated apart, both have ADOPTED General Assembly -> Arms Trade Treaty, as aud43b's "adopted by
  // the General Assembly on 24 December 2024")
  it('A/RES/79/52 PP15 (80/46 PP15, 78/48 PP14): "the adoption by the General Assembly and the entry into force of the Treaty": the Assembly ADOPTED the Treaty', () => {
    const text =
      'Recalling the adoption by the General Assembly and the entry into force of the Arms Trade Treaty on 2 April 2013 and 24 December 2014, respectively,';
    expect(adopted(text)).toEqual(['ADOPTED Organization:General Assembly -> Framework:Arms Trade Treaty']);
  });
});

describe('a body’s possessive before an initiative', () => {
  it('A/RES/78/265 PP4: "the launch of the International Telecommunication Union’s Artificial Intelligence Repository" is the ITU AI Repository, led by the ITU', () => {
    const text =
      'Taking note of the efforts of the International Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform, including its annual summit and the launch of the International Telecommunication Union’s Artificial Intelligence Repository to identify responsible and practical applications of artificial intelligence to advance the Sustainable Development Goals;';
    expect(mentions(text)).toContain('Initiative:International Telecommunication Union Artificial Intelligence Repository');
    expect(mentions(text)).not.toContain('Initiative:Artificial Intelligence Repository');
    expect(attributions(text)).toContain('LEADS Organization:International Telecommunication Union -> Initiative:International Telecommunication Union Artificial Intelligence Repository');
  });

  it('A/RES/78/265 PP4: the Readiness Assessment Methodology and the Ethical Impact Assessment (UNESCO’s tools) are initiatives', () => {
    const text =
      'Taking note of the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence of 23 November 2021, 6 its implementation plan, including the Readiness Assessment Methodology and the Ethical Impact Assessment and the Global Forum on the Ethics of Artificial Intelligence;';
    const m = mentions(text);
    expect(m).toContain('Initiative:Readiness Assessment Methodology');
    expect(m).toContain('Initiative:Ethical Impact Assessment');
  });

  it('negative: a possessive followed by other words before the initiative leads nothing', () => {
    const text = 'Noting the International Telecommunication Union’s efforts and the Artificial Intelligence Repository,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS '))).toEqual([]);
  });
});

describe('"its <ordinal> session" after a standing conference keyed as an Event', () => {
  const events = (text: string, ctx?: RecognizeContext): string[] => mentions(text, ctx).filter((k) => k.startsWith('Event:'));
  const CYBER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/243', date: '2024-12-24' };

  it('A/RES/79/243 OP6: "submitted to the Conference for consideration at its first session" is the Conference’s first session', () => {
    const text =
      'Further decides that the Ad Hoc Committee will complete its tasks arising from the negotiation of the United Nations Convention against Cybercrime by holding a session, in order to prepare the draft text of the rules of procedure of the Conference of the States Parties to the Convention and of other rules described in article 57 of the Convention, which will be submitted to the Conference for consideration at its first session;';
    const e = events(text, CYBER);
    expect(e).toContain('Event:first session of the Conference of the States Parties to the United Nations Convention against Cybercrime');
    expect(e).not.toContain('Event:first session of the General Assembly');
  });

  it('A/RES/78/164 OP17: "the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session"', () => {
    const text =
      'Invites donor countries, multilateral organizations and other development partners to continue to assist Member States in adopting policies consistent with the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session;';
    const e = events(text);
    expect(e).toContain('Event:ninety-eighth session of the International Labour Conference');
    expect(e).not.toContain('Event:ninety-eighth session of the General Assembly');
  });

  it('A/RES/79/190 OP84: "the report of the Conference of the States Parties to the Convention on its eleventh session"', () => {
    const text =
      'Also requests the Secretary-General to transmit to the Assembly the report of the Conference of the States Parties to the United Nations Convention against Corruption on its eleventh session.';
    expect(events(text)).toContain('Event:eleventh session of the Conference of the States Parties to the United Nations Convention against Corruption');
  });

  it('negative, A/RES/78/311 OP15: "to report to the General Assembly at its eightieth session" stays the Assembly’s', () => {
    const text =
      'Requests the Secretary-General to report to the General Assembly at its eightieth session, within existing resources, processes and documents, on unique challenges faced by developing countries in artificial intelligence capacity-building.';
    expect(events(text)).toEqual(['Event:eightieth session of the General Assembly']);
  });

  it('negative: a conference that is a single sitting leaves "its" to the body named before it', () => {
    const text =
      'Takes note of the outcome of the United Nations Ocean Conference, and invites the Commission on Sustainable Development to consider it at its twentieth session;';
    expect(events(text)).toContain('Event:twentieth session of the Commission on Sustainable Development');
  });
});

describe('names a capitalised chunk cut short', () => {
  it('A/RES/79/243 PP1: "the open-ended intergovernmental Expert Group to Conduct a Comprehensive Study on Cybercrime"', () => {
    const text =
      'Recalling its resolution 74/247 of 27 December 2019, taking into full consideration existing international instruments, in particular the work and outcomes of the open-ended intergovernmental Expert Group to Conduct a Comprehensive Study on Cybercrime,';
    const m = mentions(text);
    expect(m).toContain('Organization:Expert Group to Conduct a Comprehensive Study on Cybercrime');
    expect(m).not.toContain('Organization:Expert Group to Conduct');
  });

  it('A/RES/78/205 PP38: "the Expert Group on Refugee, Internally Displaced Persons and Statelessness Statistics"', () => {
    const text =
      'Noting the work of the Joint Internal Displacement Profiling Service and the Expert Group on Refugee, Internally Displaced Persons and Statelessness Statistics,';
    const m = mentions(text);
    expect(m).toContain('Organization:Expert Group on Refugee, Internally Displaced Persons and Statelessness Statistics');
    expect(m).not.toContain('Organization:Expert Group on Refugee');
  });
});

describe('"Adopts the <framework>": the resolution adopted it', () => {
  const CYBER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/243', date: '2024-12-24' };
  const adoptedBy = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
    extract(text, ctx, kind)
      .attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/79/243 OP2: "Adopts the United Nations Convention against Cybercrime; ... annexed to the present resolution"', () => {
    const text =
      'Adopts the United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes annexed to the present resolution, and opens it for signature in Hanoi in 2025 and thereafter at United Nations Headquarters in New York until 31 December 2026;';
    expect(adoptedBy(text, CYBER)).toEqual(['Resolution:A/RES/79/243 -> Framework:United Nations Convention against Cybercrime']);
  });

  it('A/RES/79/1 OP0: "Adopts the following Pact for the Future and its annexes:"', () => {
    expect(adoptedBy('Adopts the following Pact for the Future and its annexes:', { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' })).toEqual([
      'Resolution:A/RES/79/1 -> Framework:Pact for the Future',
    ]);
  });

  it('negative: a framework further on in the adopting clause is not what the resolution adopted', () => {
    const text =
      'Adopts the political declaration of the high-level meeting on the fight against tuberculosis, annexed to the present resolution, in support of the Sustainable Development Goals;';
    expect(adoptedBy(text, { body: 'General Assembly', symbol: 'A/RES/73/3', date: '2018-10-10' }).filter((a) => a.endsWith('Sustainable Development Goals'))).toEqual([]);
  });

  it('negative: a preambular "Adopting" paragraph adopts nothing itself', () => {
    expect(adoptedBy('Adopting the Pact for the Future in spirit,', CYBER, 'preambular')).toEqual([]);
  });
});

describe('a framework "contained in the annex to" a resolution', () => {
  const adopted = (text: string, ctx?: RecognizeContext): string[] => attributions(text, ctx).filter((a) => a.startsWith('ADOPTED '));
  const HLPF_DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
  const SELF: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/311', date: '2024-07-01' };

  it('A/RES/78/311 PP2: "the political declaration adopted at the high-level political forum ... contained in the annex to its resolution 78/1"', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023, and its resolution 70/125 of 16 December 2015,';
    expect(mentions(text, SELF)).toContain(HLPF_DECLARATION);
    // (conv42c: "contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    const a = attributions(text, SELF);
    expect(a).toContain(`PART_OF ${HLPF_DECLARATION} -> Resolution:A/RES/78/1`);
    expect(a.filter((x) => x.startsWith('ADOPTED Resolution:'))).toEqual([]);
    // the annex holds the declaration named last, not the Addis Ababa Action Agenda listed before it
    expect(a.filter((x) => x.endsWith('-> Resolution:A/RES/78/1'))).toHaveLength(1);
  });

  it('A/RES/78/115 OP18: "the Declaration on Measures to Eliminate International Terrorism, contained in the annex to General Assembly resolution 49/60"', () => {
    const text =
      'Reaffirms the Declaration on Measures to Eliminate International Terrorism, contained in the annex to General Assembly resolution 49/60, and the Declaration to Supplement the 1994 Declaration on Measures to Eliminate International Terrorism, contained in the annex to General Assembly resolution 51/210, and calls upon all States to implement them;';
    // (conv42c: "contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    const a = attributions(text);
    expect(a).toContain('PART_OF Framework:Declaration on Measures to Eliminate International Terrorism -> Resolution:A/RES/49/60');
    expect(a).toContain('PART_OF Framework:Declaration to Supplement the 1994 Declaration on Measures to Eliminate International Terrorism -> Resolution:A/RES/51/210');
    expect(adopted(text)).toEqual([]);
  });

  it('negative, A/RES/78/201 PP5: the Charter named inside the Friendly Relations Declaration’s title is not what the annex holds', () => {
    const text =
      'Recalling that, as stated in the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations, contained in the annex to its resolution 2625 (XXV) of 24 October 1970, States have the duty to cooperate with one another,';
    // (aud13b: the Declaration is now named by its whole title, so the annex holds it)
    // (conv42c: "contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    expect(attributions(text).filter((a) => a.endsWith('-> Resolution:A/RES/2625(XXV)'))).toEqual([
      'PART_OF Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations -> Resolution:A/RES/2625(XXV)',
    ]);
    expect(adopted(text)).toEqual([]);
    expect(attributions(text).filter((a) => a.includes('Charter of the United Nations') && !a.includes('Declaration'))).toEqual([]);
  });

  it('A/RES/78/193 PP1: "the Declaration on the Granting of Independence ... contained in its resolution 1514 (XV)" (no annex)', () => {
    const text =
      'Recalling the principles enshrined in the Charter of the United Nations and embodied in the International Covenants on Human Rights,1 as well as in the Declaration on the Granting of Independence to Colonial Countries and Peoples contained in its resolution 1514 (XV) of 14 December 1960,';
    // (conv42c: "contained in" states containment, not adoption: PART_OF the resolution, no ADOPTED)
    expect(attributions(text)).toContain('PART_OF Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples -> Resolution:A/RES/1514(XV)');
    expect(adopted(text)).toEqual([]);
  });
});

describe('frameworks printed in lowercase', () => {
  it('A/RES/78/265 OP11: "looks forward to the development of a global digital compact"', () => {
    const text =
      'Recalls its resolution 76/307 of 8 September 2022 and its decision 77/568 of 1 September 2023 on the modalities and the scope of the Summit of the Future and, in this regard, looks forward to the development of a global digital compact;';
    const r = extract(text, GA, 'operative').relations.map((x) => `${x.type} ${x.target}`);
    expect(r).toContain('LOOKS_FORWARD_TO Framework:Global Digital Compact');
  });

  it('A/RES/78/79 PP8: "its resolution 75/1 ... on the declaration on the commemoration of the seventy-fifth anniversary of the United Nations"', () => {
    const text =
      'Reaffirming its resolution 75/1 of 21 September 2020 on the declaration on the commemoration of the seventy-fifth anniversary of the United Nations, in which it called for the diplomatic toolbox of the Charter to be used to its full potential,';
    const m = mentions(text);
    expect(m).toContain('Framework:Declaration on the Commemoration of the Seventy-fifth Anniversary of the United Nations');
    expect(m).not.toContain('Organization:United Nations');
  });

  it('negative: the anniversary alone is no declaration, and the United Nations named in it stays a mention', () => {
    const text = 'Recalling the commemoration of the seventy-fifth anniversary of the United Nations in 2020,';
    const m = mentions(text);
    expect(m).not.toContain('Framework:Declaration on the Commemoration of the Seventy-fifth Anniversary of the United Nations');
    expect(m).toContain('Organization:United Nations');
  });
});

describe('a body’s report on its own session, printed without a footnote', () => {
  const documents = (text: string, ctx?: RecognizeContext): string[] => mentions(text, ctx).filter((k) => k.startsWith('Document:'));

  it('A/RES/79/243 OP1: "the report of the Ad Hoc Committee ... on its reconvened concluding session" is a document, the Committee still named', () => {
    const text =
      'Takes note of the report of the Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes on its reconvened concluding session, in which the Ad Hoc Committee submitted the final text of the draft convention to the General Assembly for its consideration and action, and commends the Ad Hoc Committee for its work;';
    const ex = extract(text, { body: 'General Assembly', symbol: 'A/RES/79/243', date: '2024-12-24' }, 'operative');
    const docs = ex.mentions.filter((m) => m.kind === 'Document').map((m) => m.key);
    expect(docs).toEqual([
      'Document:report of the ad hoc committee to elaborate a comprehensive international convention on countering the use of information and communications technologies for criminal purposes on its reconvened concluding session',
    ]);
    const notes = ex.relations.filter((r) => r.type === 'NOTES').map((r) => r.target);
    expect(notes).toContain(docs[0]);
    expect(notes).toContain('Organization:Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of Information and Communications Technologies for Criminal Purposes');
  });

  it('A/RES/79/121 OP1: "the report of the International Law Commission on the work of its seventy-fifth session"', () => {
    const text = 'Takes note of the report of the International Law Commission on the work of its seventy-fifth session;';
    const m = mentions(text);
    expect(m).toContain('Document:report of the international law commission on its seventy-fifth session');
    expect(m).toContain('Event:seventy-fifth session of the International Law Commission');
  });

  it('negative, A/RES/78/108 OP1: a footnote mark after "session" leaves the report to the footnote’s symbol', () => {
    expect(documents('Takes note of the report of the International Law Commission on the work of its seventy-fourth session;3')).toEqual([]);
  });

  it('negative, A/RES/80/164 OP4: "the report of the Commission" is a short form, whichever commission was named last', () => {
    const text =
      'Recommends that the Sixth Committee hold a discussion during the consideration of the report of the Commission on the work of its seventy-seventh session;';
    expect(documents(text)).toEqual([]);
  });
});

describe('a body’s final report cited without its title', () => {
  const documents = (text: string): string[] => mentions(text).filter((k) => k.startsWith('Document:'));

  it('A/RES/78/311 OP14: "the final report of the High-level Advisory Body on Artificial Intelligence" is Governing AI for Humanity', () => {
    const text =
      'Looks forward to the final report of the High-level Advisory Body on Artificial Intelligence, and the discussions on capacity-building related to artificial intelligence in the context of the Global Digital Compact, the Pact for the Future, and relevant follow-up processes in the United Nations as appropriate;';
    const ex = extract(text, { body: 'General Assembly', symbol: 'A/RES/78/311', date: '2024-07-01' }, 'operative');
    const r = ex.relations.map((x) => `${x.type} ${x.target}`);
    expect(r).toContain('LOOKS_FORWARD_TO Document:governing artificial intelligence for humanity');
    expect(ex.mentions.map((m) => m.key)).toContain('Organization:High-level Advisory Body on Artificial Intelligence');
  });

  it('A/RES/79/197 OP7: "the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States"', () => {
    const text =
      'Takes note of the work on the multidimensional vulnerability index, welcomes the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States, co-chaired by the Prime Minister of Antigua and Barbuda;';
    expect(documents(text)).toEqual([
      'Document:final report of the high-level panel on the development of a multidimensional vulnerability index for small island developing states',
    ]);
  });

  it('negative, A/RES/78/232 OP11 and A/RES/79/238 OP13: a short form names no body ("the final report of the Panel")', () => {
    expect(documents('Takes note of the final report of the Panel and the recommendations contained therein;')).toEqual([]);
    expect(documents('Decides to consider the final report of the Panel on nuclear war effects at its eighty-second session, in 2027.')).toEqual([]);
  });

  it('negative, A/RES/78/67 PP14: a footnote mark after the name leaves the report to the footnote’s symbol', () => {
    const text = 'Noting that no consensus was reached regarding the outcome of the Formal Consultative Meeting, and the final report of the Formal Consultative Meeting,3';
    expect(documents(text).filter((k) => k.includes('final report'))).toEqual([]);
  });
});
