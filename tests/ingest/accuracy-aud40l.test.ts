// Session-40 audit aud40l: leftovers of this session's attributions audit. Read: every initiative named "<title> of the
// <body>" in corpus-ga (A/RES/79/171 PP22, 78/198, 78/158 PP14, 79/212, 80/143, 78/156 PP9, 78/69 OP38, 79/287 PP14, 78/108
// PP9 and OP34, 79/121, 80/164, the IPCC's Sixth Assessment Report), initiatives opened by a body's name or acronym, the
// IAEA decision "Amendment to Article XIV.A of the Statute" (A/RES/79/4 OP2, 78/8, 80/7), the model protocol of A/RES/79/15 OP6,
// the Sendai midterm review meeting of A/RES/78/141 OP22 and the Cairo Declaration of A/RES/79/15 PP3. Fixed: the body inside
// an initiative's name leads it even when it is mentioned nowhere else in the paragraph (it came back as a nested mention only,
// which findAttributions does not read: "the Food Price Index of the Food and Agriculture Organization of the United Nations");
// a yearbook of a body is a record of its work, not run by it; an IAEA Statute article with its lettered section ("Article
// XIV.A") is one token, so the amendment's name runs whole; the IAEA's model additional protocol is a gazetteer framework,
// the Board of Governors printed by its title before "of the Agency" adopts what it approved, "additional protocols ... on the
// basis of the model protocol" no longer reads the model as the instrument a protocol is part of, and "on the basis of the"
// does not keep the date of approval from the framework; "the Cairo Declaration adopted on that occasion" (A/RES/79/15 PP3) is
// dated by the one day the paragraph before gave its occasion; "the political declaration of the high-level meeting on its
// midterm review" (A/RES/78/141 OP22, 79/198, 79/199) is the review of the framework named before it whose review declaration
// the gazetteer knows (the Sendai Framework, not the Addis Ababa Action Agenda printed between), so the meeting is named with
// it and ADOPTED the declaration (merged with aud40j's fix of the same miss: its reviewedInstrumentDeclaration, in entityScan, is the one kept). Each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_171: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/171', date: '2024-12-17' };
const { attributions } = oneParagraph({ ctx: GA79_171, kind: 'preambular' });
const leads = (att: string[]) => att.filter((a) => a.startsWith('LEADS '));

describe('the body printed inside an initiative\'s name, and nowhere else in the paragraph, LEADS it', () => {
  it('A/RES/79/171 PP22: "according to the Food Price Index of the Food and Agriculture Organization of the United Nations": FAO LEADS the index', () => {
    const text =
      'Noting the unprecedented surge in international food commodity prices which, according to the Food Price Index of the Food and Agriculture Organization of the United Nations, reached their highest peak in March 2022 since its inception in 1990, in particular the rise in global prices of vegetable oil and grain, including wheat, further affecting people in vulnerable situations,';
    expect(leads(attributions(text))).toEqual([
      'LEADS Organization:Food and Agriculture Organization of the United Nations -> Initiative:Food Price Index of the Food and Agriculture Organization of the United Nations',
    ]);
  });

  it('A/RES/78/158 PP14: "Taking note of the Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme": UNEP LEADS it', () => {
    const text =
      'Taking note of the Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme, and of other initiatives, including the ministerial meeting on sand and dust storms held in Nairobi on 21 February 2013 on the margins of the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme,';
    expect(leads(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' }))).toContain(
      'LEADS Organization:United Nations Environment Programme -> Initiative:Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme',
    );
  });

  it('A/RES/78/69 OP38: "the second edition of the Global Ocean Science Report of the Intergovernmental Oceanographic Commission": IOC LEADS the report series', () => {
    const text =
      'Takes note of the second edition of the Global Ocean Science Report of the Intergovernmental Oceanographic Commission, which assesses the status of and trends in ocean science capacity around the world;';
    expect(leads(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' }))).toEqual([
      'LEADS Organization:Intergovernmental Oceanographic Commission -> Initiative:Global Ocean Science Report of the Intergovernmental Oceanographic Commission',
    ]);
  });

  it('A/RES/78/156 PP9: "as part of the Global Action Programme on Education for Sustainable Development of the United Nations Educational, Scientific and Cultural Organization": UNESCO LEADS it', () => {
    const text =
      'Acknowledging the importance for achieving sustainable development of delivering quality education to all girls and boys, and recognizing the importance of scaling up investments and international cooperation to allow all children to complete free, equitable, inclusive and quality early childhood, primary and secondary education leading to relevant and effective learning outcomes, including by scaling up and strengthening initiatives, such as the Global Partnership for Education, as part of the Global Action Programme on Education for Sustainable Development of the United Nations Educational, Scientific and Cultural Organization, as well as the six Partnerships launched at the 2022 Transforming Education Summit,';
    expect(leads(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' }))).toEqual([
      'LEADS Organization:United Nations Educational, Scientific and Cultural Organization -> Initiative:Global Action Programme on Education for Sustainable Development of the United Nations Educational, Scientific and Cultural Organization',
    ]);
  });

  it('guard: A/RES/78/108 PP9 "the timely publication of the Yearbook of the International Law Commission": a record of the Commission\'s work, which the Commission does not run', () => {
    const text = 'Acknowledging the importance of facilitating the timely publication of the Yearbook of the International Law Commission and of eliminating the backlog,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/108', date: '2023-12-07' });
    expect(leads(att)).toEqual([]);
  });

  it('guard: A/RES/79/227 OP35 "the full implementation of the Global Action Programme on Food Security and Nutrition in Small Island Developing States": no body in its name, no leader', () => {
    const text =
      'Reaffirms the crucial role of healthy marine ecosystems, sustainable fisheries and sustainable aquaculture in enhancing food security, and access to safe, sufficient and nutritious food and in providing for the livelihoods of millions of people, particularly those in small island developing States, and in this regard encourages the full implementation of the Global Action Programme on Food Security and Nutrition in Small Island Developing States, which was launched on 4 July 2017;';
    expect(leads(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/227', date: '2024-12-19' }))).toEqual([]);
  });
});

describe('an IAEA Statute article with its lettered section is one name', () => {
  const GA79_4: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/4', date: '2024-11-12' };
  it('A/RES/79/4 OP2: decision GC(68)/DEC/9 "entitled “Amendment to Article XIV.A of the Statute”": the amendment is named whole, and the decision ADOPTED it', () => {
    // (conv42c: a decision's title states no adoption: no ADOPTED from it)
    const text =
      'Takes note of resolutions GC(68)/RES/14, entitled “Application of IAEA safeguards in the Middle East”; GC(68)/RES/15, entitled “Nuclear safety, security and safeguards in Ukraine”; and decisions GC(68)/DEC/9, entitled “Amendment to Article XIV.A of the Statute”; and GC(68)/DEC/10, entitled “Promotion of efficiency and effectiveness of the IAEA decision making process”, adopted by the General Conference of the Agency at its sixty-eighth regular session, held from 16 to 20 September 2024;';
    const { keys } = oneParagraph({ ctx: GA79_4, kind: 'operative' });
    expect(keys(text, 'Framework:Amendment')).toEqual(['Framework:Amendment to Article XIV.A of the Statute']);
    expect(attributions(text, 'operative', { ...GA79_4 }).filter((a) => a.startsWith('ADOPTED '))).not.toContain(
      'ADOPTED Resolution:General Conference of the International Atomic Energy Agency decision GC(68)/DEC/9 -> Framework:Amendment to Article XIV.A of the Statute',
    );
  });

  it('guard: A/RES/78/253 I.PP1 "section II.A of its resolution 65/259 of 24 December 2010": the section mark joined, the resolution still recalled', () => {
    const text =
      'Recalling section II of its resolution 60/283 of 7 July 2006, section II of its resolution 63/262 of 24 December 2008, its resolution 64/243 of 24 December 2009, section II.A of its resolution 65/259 of 24 December 2010, its resolution 66/246 of 24 December 2011,';
    const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/253', date: '2023-12-22' }, kind: 'preambular' });
    expect(relations(text)).toEqual(['RECALLS Resolution:A/RES/60/283', 'RECALLS Resolution:A/RES/63/262', 'RECALLS Resolution:A/RES/64/243', 'RECALLS Resolution:A/RES/65/259', 'RECALLS Resolution:A/RES/66/246']);
  });
});

describe('the model protocol the IAEA Board of Governors approved', () => {
  const GA79_15: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/15', date: '2024-12-02' };
  const MODEL_PROTOCOL = 'Framework:Model Protocol Additional to the Agreement(s) between State(s) and the International Atomic Energy Agency for the Application of Safeguards';
  const OP6 =
    'Calls upon the African States parties to the Treaty on the Non-Proliferation of Nuclear Weapons that have not yet done so to conclude comprehensive safeguards agreements with the International Atomic Energy Agency pursuant to the Treaty, thereby satisfying the requirements of article 9 (b) and annex II to the Treaty of Pelindaba, and encourages them to conclude additional protocols to their safeguards agreements on the basis of the model protocol approved by the Board of Governors of the Agency on 15 May 1997;';
  it('A/RES/79/15 OP6: "on the basis of the model protocol approved by the Board of Governors of the Agency on 15 May 1997": the Board ADOPTED it, on that day', () => {
    const att = attributions(OP6, 'operative', { ...GA79_15 });
    expect(att).toContain(`ADOPTED Organization:Board of Governors of the International Atomic Energy Agency -> ${MODEL_PROTOCOL}`);
    expect(att).toContain(`ADOPTED_ON ${MODEL_PROTOCOL} -> Date:1997-05-15`);
  });

  it('guard: A/RES/79/42 PP14 "the Code of Conduct ..., approved by the Board of Governors of the International Atomic Energy Agency on 8 September 2003": still the Board\'s, on that day', () => {
    const text =
      'Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the International Atomic Energy Agency on 8 September 2003, and the supplementary Guidance on the Management of Disused Radioactive Sources, approved by the Board of Governors of the Agency on 11 September 2017,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/42', date: '2024-12-02' });
    expect(att).toContain('ADOPTED Organization:Board of Governors of the International Atomic Energy Agency -> Framework:Code of Conduct on the Safety and Security of Radioactive Sources');
    expect(att).toContain('ADOPTED_ON Framework:Code of Conduct on the Safety and Security of Radioactive Sources -> Date:2003-09-08');
  });

  it('guard: A/RES/79/144 OP115 "notes in this regard the amendments to the Code of that Convention adopted by the Special Tripartite Committee": the amendments were adopted, not the Convention', () => {
    const text =
      'Recalls that the ad hoc United Nations inter-agency task force, convened pursuant to a resolution of the Special Tripartite Committee of the Maritime Labour Convention, 2006, as amended, concerning the implementation and practical application of that Convention during the COVID-19 pandemic, examined the implementation and practical application of that Convention during the pandemic, including its impact on seafarers’ fundamental rights and on the shipping industry, and notes in this regard the amendments to the Code of that Convention adopted by the Special Tripartite Committee to address some of the lessons learned during the COVID-19 pandemic which will enter into force on 23 December 2024;';
    const att = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/144', date: '2024-12-10' });
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a framework "adopted on that occasion": the day the paragraph before gave the occasion', () => {
  const para = (id: string, text: string): ParagraphText => ({ id, kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] });
  const datesOf = (paragraphs: ParagraphText[]) => {
    const r: ResolutionText = { symbol: 'A/RES/79/15', body: 'General Assembly', date: '2024-12-02', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] };
    return extractResolution(r).paragraphs.map((p) => p.attributions.filter((a) => a.type === 'ADOPTED_ON').map((a) => `${p.paragraph.id} ${a.source} -> ${a.target}`)).flat();
  };
  const PP3 =
    'Recalling further the Cairo Declaration adopted on that occasion, in which it was emphasized that nuclear-weapon-free zones, especially in regions of tension, such as the Middle East, enhance global and regional peace and security,';
  it('A/RES/79/15 PP2-PP3: "the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996," then "the Cairo Declaration adopted on that occasion": adopted on 11 April 1996', () => {
    const PP2 = 'Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996,';
    expect(datesOf([para('PP2', PP2), para('PP3', PP3)])).toEqual([
      'PP2 Framework:African Nuclear-Weapon-Free Zone Treaty -> Date:1996-04-11',
      'PP3 Framework:Cairo Declaration -> Date:1996-04-11',
    ]);
  });

  it('guard: A/RES/79/15 PP1 then PP3: a paragraph before that dates no occasion gives the declaration no day', () => {
    const PP1 =
      'Recalling its resolutions 51/53 of 10 December 1996 and 56/17 of 29 November 2001 and all its other relevant resolutions, as well as those of the Organization of African Unity and of the African Union,';
    expect(datesOf([para('PP1', PP1), para('PP3', PP3)])).toEqual([]);
  });
});

describe('"the high-level meeting on its midterm review": the review of the framework named before it', () => {
  const SENDAI_HLM = 'Event:high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030';
  const SENDAI_DECLARATION = 'Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030 (2023)';
  it('A/RES/78/141 OP22: "as outlined in the Sendai Framework ..., and the political declaration of the high-level meeting on its midterm review": the Sendai review meeting ADOPTED that declaration', () => {
    const text =
      'Acknowledges that reducing disaster risk, as outlined in the Sendai Framework for Disaster Risk Reduction 2015–2030, and the political declaration of the high-level meeting on its midterm review, is a cost-effective investment in preventing future losses, encourages Member States to develop standards, legislation and regulations, as appropriate, for disaster risk-informed public and private sector investments;';
    const att = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/141', date: '2023-12-19' });
    expect(att).toContain(`ADOPTED ${SENDAI_HLM} -> ${SENDAI_DECLARATION}`);
  });

  it('guard: A/RES/79/199 PP "the Sendai Framework ... and the commitment contained in the Addis Ababa Action Agenda ..., and recalling also the political declaration of the high-level meeting on its midterm review": still the Sendai review, not one of the Agenda printed last', () => {
    const text =
      'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030 and its goal to prevent new and reduce existing disaster risk and the commitment contained in the Addis Ababa Action Agenda to strengthen the capacity of national and local actors to manage and finance disaster risk, as part of national sustainable development strategies, and to ensure that countries can draw on international assistance when needed, and recalling also the political declaration of the high-level meeting on its midterm review,';
    const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/199', date: '2024-12-19' }, kind: 'preambular' });
    expect(keys(text, 'Event:')).toEqual([SENDAI_HLM]);
  });
});
