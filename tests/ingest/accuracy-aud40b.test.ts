// Session-40 audit aud40b: entities per kind (Organization, Event, Initiative, Framework, Place, Document, action lines, dates) on
// a fresh random sample of corpus-ga (A/RES/78/139, 79/312, 80/32, 78/209, 80/40, 78/203, 79/131, 80/100, 79/258, 79/34), plus
// the open misses of the last session. Fixed: a staff grade in parentheses after a post's title ("One post of Military Adviser
// (P-4)", A/RES/79/258 VIII.OP28) is no acronym, and the post's bare title after "post of" no Organization (every later "P-4" had
// become an edge to "Military Adviser"); an amendment's footnote mark glued to "Amendment" ("the Amendment2 to the Convention on
// the Physical Protection of Nuclear Material", A/RES/79/42 PP7; "the Doha Amendment112 to the Kyoto Protocol", A/RES/80/110
// OP198) no longer cuts the amendment's name: one Framework, named without its mark; "the General Secretariat of the
// Organization of Islamic Cooperation" (A/RES/79/9, 6 paragraphs) is that secretariat PART_OF the OIC, not the United Nations
// Secretariat ("Secretariat of the Organization") with the OIC lost, and "the General Secretariat of INTERPOL" (79/136) no bare
// "General Secretariat"; "the International Centre for Climate Research and Applications for the Community of
// Portuguese-speaking Countries and Africa" (79/265 OP5) keeps "and Africa"; "the declaration on democratic and peaceful
// elections ... in Central Africa" (79/68 PP30, 78/59, 80/63), a declaration with no place in its name, is found. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' };
const { keys, relations, extract } = oneParagraph({ ctx: GA79, kind: 'operative' });

describe('a post and its staff grade are no body', () => {
  it('A/RES/79/258 VIII.OP28: "(e) One post of Military Adviser (P-4)": no Organization "Military Adviser", the Special Envoy still one', () => {
    const text =
      'Decides to abolish the following long-vacant posts in the Office of the Special Envoy of the Secretary-General for Syria: (a) One post of Chief Security Officer (P-4); (b) One post of Political Affairs Officer (P-3); (c) One post of Administrative Assistant (General Service (Other level)); (d) One post of Field Security Assistant (Local level); (e) One post of Military Adviser (P-4);';
    const orgs = keys(text, 'Organization:');
    expect(orgs).not.toContain('Organization:Military Adviser');
    expect(orgs).toContain('Organization:Special Envoy of the Secretary-General for Syria');
  });

  it('A/RES/79/258 VIII.OP28 then OP30: a grade defined in one paragraph is no acronym in the next ("one post of Finance and Budget Officer at the P-4 level")', () => {
    const ctx: RecognizeContext = { ...GA79 };
    extract('Decides to abolish one post of Military Adviser (P-4);', 'operative', ctx);
    const text =
      'Takes note of paragraph 13 of the report of the Advisory Committee, and decides to establish one post of Finance and Budget Officer at the P-4 level in the Office of the Personal Envoy of the Secretary-General for the Sudan;';
    const rel = relations(text, 'operative', ctx);
    expect(rel.filter((r) => r.includes('Military Adviser'))).toEqual([]);
    expect(rel).toContain('DECIDES Organization:Personal Envoy of the Secretary-General for the Sudan');
  });

  it('guard: A/RES/79/258 X.OP7: "the Office of the Secretary-General\'s Envoy on Technology ... the new Office for Digital and Emerging Technologies": the offices stay', () => {
    const text =
      'Also approves, effective 1 January 2025, the conversion of six posts (1 Under-Secretary-General, 1 P-5, 1 P-4, 1 P-2, 1 P-1 and 1 General Service (Other level)) from the Office of the Secretary-General’s Envoy on Technology that are funded from extrabudgetary resources to regular budget funding under the new Office for Digital and Emerging Technologies under section 1, Overall policymaking, direction and coordination, of the proposed programme budget for 2025;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Office for Digital and Emerging Technologies');
    expect(orgs).toContain("Organization:Office of the Secretary-General's Envoy on Technology");
  });

  it('guard: an acronym in parentheses after a body (no staff grade) is still learnt: "the Office of Information and Communications Technology (OICT)"', () => {
    const ctx: RecognizeContext = { ...GA79 };
    extract('Requests the Secretary-General to strengthen the Office of Information and Communications Technology (OICT);', 'operative', ctx);
    expect(keys('Also requests OICT to report on its progress;', 'Organization:', 'operative', ctx)).toEqual(['Organization:Office of Information and Communications Technology']);
  });
});

describe('an amendment across its glued footnote mark is one instrument', () => {
  it('A/RES/79/42 PP7 (80/41): "the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3": the Amendment, named without its mark', () => {
    const text =
      'Recalling further the adoption, by consensus of the States parties, of the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3 by the International Atomic Energy Agency on 8 July 2005, and its entry into force on 8 May 2016,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain('RECALLS Framework:Amendment to the Convention on the Physical Protection of Nuclear Material');
    expect(rel).not.toContain('RECALLS Framework:Convention on the Physical Protection of Nuclear Material');
    expect(rel).toContain('RECALLS Organization:International Atomic Energy Agency');
  });

  it('A/RES/80/110 OP198: "notes the entry into force of the Doha Amendment112 to the Kyoto Protocol113 on 31 December 2020": the Doha Amendment, not its cut name', () => {
    const text =
      'Welcomes the Paris Agreement and its early entry into force on 4 November 2016, and notes the entry into force of the Doha Amendment112 to the Kyoto Protocol113 on 31 December 2020;';
    const fw = keys(text, 'Framework:');
    expect(fw).toContain('Framework:Doha Amendment to the Kyoto Protocol');
    expect(fw).not.toContain('Framework:Doha Amendment');
  });

  it('guard: A/RES/79/129 OP14: the same amendment printed with no mark is the same node', () => {
    const text = 'Calls upon all States parties to the Convention on the Physical Protection of Nuclear Material to ratify the Amendment to the Convention on the Physical Protection of Nuclear Material;';
    expect(keys(text, 'Framework:')).toEqual(expect.arrayContaining(['Framework:Amendment to the Convention on the Physical Protection of Nuclear Material']));
  });

  it('guard: A/RES/80/110 OP198: a mark glued to another name still ends it ("the United Nations Framework Convention on Climate Change111 that have not yet done so")', () => {
    const text =
      'Welcomes the Paris Agreement 110 and its early entry into force on 4 November 2016, encourages all its Parties to fully implement the Agreement and Parties to the United Nations Framework Convention on Climate Change111 that have not yet done so to deposit their instruments of ratification, acceptance, approval or accession, as appropriate, as soon as possible, notes the entry into force of the Doha Amendment112 to the Kyoto Protocol113 on 31 December 2020, and recognizes the importance of raising awareness of the adverse impact of climate change on the marine environment, marine biodiversity and sea level;';
    const rel = relations(text);
    expect(rel).toContain('ENCOURAGES Framework:United Nations Framework Convention on Climate Change');
    expect(rel).toContain('ENCOURAGES Framework:Paris Agreement');
    expect(rel).toContain('NOTES Framework:Doha Amendment to the Kyoto Protocol');
  });
});

describe('a body named with its owner: the whole name, and the owner it is part of', () => {
  const GA79_9: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-11-12' };

  it('A/RES/79/9 OP14: "the General Secretariat of the Organization of Islamic Cooperation": that secretariat, PART_OF the Organization, not the United Nations Secretariat', () => {
    const text =
      'Commends the increased cooperation between the General Secretariat of the Organization of Islamic Cooperation and the World Health Organization in strengthening the ability of Member States to address health emergencies, enhance healthcare delivery systems and build resilience against new health challenges, and welcomes the renewal of a memorandum of understanding on 27 September 2024;';
    const x = extract(text, 'operative', { ...GA79_9 });
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain('APPRECIATES Organization:General Secretariat of the Organization of Islamic Cooperation');
    expect(rel).not.toContain('APPRECIATES Organization:Secretariat of the United Nations');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(
      'PART_OF Organization:General Secretariat of the Organization of Islamic Cooperation -> Organization:Organization of Islamic Cooperation',
    );
  });

  it('A/RES/79/136 PP7: "the global structure of the General Secretariat of INTERPOL": the General Secretariat of the International Criminal Police Organization, not a bare "General Secretariat"', () => {
    const text =
      'Acknowledging also the contributions derived from the global structure of the General Secretariat of INTERPOL, consisting of its seat in Lyon, France, its Global Complex for Innovation located in Singapore,';
    const orgs = keys(text, 'Organization:', 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-04' });
    expect(orgs).toContain('Organization:General Secretariat of the International Criminal Police Organization');
    expect(orgs).not.toContain('Organization:General Secretariat');
  });

  it('guard: A/RES/79/9 PP26: "the Office of Counter-Terrorism of the Secretariat" is still PART_OF the United Nations Secretariat', () => {
    const text =
      'Welcoming also the ongoing cooperation between the General Secretariat of the Organization of Islamic Cooperation and the Counter-Terrorism Committee Executive Directorate and the Office of Counter-Terrorism of the Secretariat on preventing, countering and combating terrorism and violent extremism,';
    const att = extract(text, 'preambular', { ...GA79_9 }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain('PART_OF Organization:Office of Counter-Terrorism -> Organization:Secretariat of the United Nations');
  });

  it('guard: A/RES/79/134 OP12: "the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons" is still PART_OF the Organisation', () => {
    const text =
      'Takes note with grave concern of the note by the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons of 18 November 2024, confirming the presence of riot control agent;';
    expect(extract(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/134', date: '2024-12-04' }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(
      'PART_OF Organization:Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons -> Organization:Organisation for the Prohibition of Chemical Weapons',
    );
  });

  it('A/RES/79/265 OP5: "the International Centre for Climate Research and Applications for the Community of Portuguese-speaking Countries and Africa": its whole name, not cut before "and Africa"', () => {
    const text =
      'Also acknowledges the International Centre for Climate Research and Applications for the Community of Portuguese-speaking Countries and Africa, as a research centre of the Community, and notes that the Heads of State and Government of the Community of Portuguese-speaking Countries, at their fourteenth Conference, called for concerted and mobilizing action to affirm the ambitious climate and environmental policies at the global level;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/265', date: '2025-06-18' });
    expect(rel).toContain('ACKNOWLEDGES Organization:International Centre for Climate Research and Applications for the Community of Portuguese-speaking Countries and Africa');
    expect(rel).toContain('NOTES Organization:Community of Portuguese-speaking Countries');
  });

  it('guard: A/RES/79/265 PP: "the Food and Nutrition Security Council of the Community" stays that council', () => {
    const text =
      'Highlighting the commitment demonstrated by the Community of Portuguese-speaking Countries in addressing the issue of food security and nutrition, namely, through the work of the Food and Nutrition Security Council of the Community, a multisectoral, multi-actor, multilevel and inclusive governance platform,';
    expect(keys(text, 'Organization:', 'preambular')).toContain('Organization:Food and Nutrition Security Council of the Community of Portuguese-speaking Countries');
  });
});

describe('a declaration named by its lowercase topic, with no place', () => {
  const GA79_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' };

  it('A/RES/79/68 PP30 (78/59, 80/63): "the adoption of the declaration on democratic and peaceful elections ... in Central Africa at the fiftieth ministerial meeting": the declaration, adopted at that meeting', () => {
    const text =
      'Welcoming the adoption of the declaration on democratic and peaceful elections as a means of strengthening stability and achieving the Sustainable Development Goals in Central Africa at the fiftieth ministerial meeting of the Standing Advisory Committee,11';
    const x = extract(text, 'preambular', { ...GA79_68 });
    const declaration = 'Framework:declaration on democratic and peaceful elections as a means of strengthening stability and achieving the Sustainable Development Goals in Central Africa';
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`WELCOMES ${declaration}`);
    expect(x.attributions.some((a) => a.type === 'ADOPTED' && a.target === declaration)).toBe(true);
  });

  it('guard: A/RES/79/68 OP24: "the Kintélé declaration on hate speech in Central Africa" keeps its place-named key', () => {
    const text =
      'Recalls the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé declaration on hate speech in Central Africa, 18 on 16 January 2023 in Kintélé, Congo;';
    expect(keys(text, 'Framework:', 'operative', { ...GA79_68 })).toContain('Framework:Kintélé Declaration on hate speech in Central Africa');
  });
});

describe('an instrument printed in lower case is still found', () => {
  it('A/RES/78/227 PP7: "the basic principles on the use of restorative justice programmes in criminal matters, 10" in a list of capitalised standards: the Basic Principles', () => {
    const text =
      'Recalling also the Basic Principles on the Role of Lawyers,8 the Declaration of Basic Principles of Justice for Victims of Crime and Abuse of Power,9 the basic principles on the use of restorative justice programmes in criminal matters, 10 the United Nations Principles and Guidelines on Access to Legal Aid in Criminal Justice Systems, 11';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/227', date: '2023-12-19' });
    expect(rel).toContain('RECALLS Framework:Basic Principles on the Use of Restorative Justice Programmes in Criminal Matters');
    expect(rel).toContain('RECALLS Framework:Basic Principles on the Role of Lawyers');
  });

  it('A/RES/80/151 OP63: "Encourages the Group of 20 to further strengthen the common framework for debt treatments beyond the debt service suspension initiative": the Common Framework', () => {
    const text = 'Encourages the Group of 20 to further strengthen the common framework for debt treatments beyond the debt service suspension initiative, building on ongoing efforts;';
    expect(relations(text)).toContain('ENCOURAGES Framework:Common Framework for Debt Treatments');
  });

  it('guard: A/RES/79/323 annex OP50: the capitalised name keeps the Debt Service Suspension Initiative printed after it', () => {
    const text = 'Encourages the Group of 20 to further strengthen the Common Framework for Debt Treatments beyond the Debt Service Suspension Initiative, building on ongoing efforts;';
    const rel = relations(text);
    expect(rel).toContain('ENCOURAGES Framework:Common Framework for Debt Treatments');
    expect(rel).toContain('ENCOURAGES Initiative:Debt Service Suspension Initiative');
  });
});
