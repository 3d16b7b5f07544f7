// Misses found by the session-23 audit aud23l: A/RES/79/155 (obstetric fistula), A/RES/79/204 (the Caribbean Sea),
// A/RES/79/209 (the United Nations Environment Assembly), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA204: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/204', date: '2024-12-19' };
const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA204, kind: 'operative' });

const ACS = 'Organization:Association of Caribbean States';
const CSC = 'Organization:Caribbean Sea Commission';

describe('the Association of Caribbean States and its organs, one node each', () => {
  it('A/RES/79/204 PP39: "the creation by the Association of Caribbean States of the Caribbean Sea Commission" is two bodies', () => {
    const text =
      'Recalling the creation by the Association of Caribbean States of the Caribbean Sea Commission, and welcoming its ongoing work, including its plan of action for the period 2022–2028, and its contribution to the sustainable development of the Caribbean Sea,';
    const orgs = keys(text, 'Organization:', 'preambular');
    expect(orgs).toContain(ACS);
    expect(orgs).toContain(CSC);
    expect(orgs).not.toContain('Organization:Association of Caribbean States of the Caribbean Sea Commission');
  });

  it('A/RES/79/204 OP4: "the Caribbean Sea Commission of the Association of Caribbean States" is the Commission, the Association nested', () => {
    const text =
      'Notes the efforts of the Caribbean States and the work undertaken by the Caribbean Sea Commission of the Association of Caribbean States, including the development of their concept of the designation of the Caribbean Sea as a special area in the context of sustainable development, and invites the international community to support such efforts;';
    expect(keys(text, 'Organization:')).toEqual(expect.arrayContaining([CSC, ACS]));
    expect(keys(text, 'Organization:')).not.toContain('Organization:Caribbean Sea Commission of the Association of Caribbean States');
    expect(relations(text)).toContain(`NOTES ${CSC}`);
  });

  it('A/RES/79/204 OP28: "the Ministerial Council of the Association" after the Association is its Ministerial Council', () => {
    const text =
      'Acknowledges the pivotal role of the Association of Caribbean States in regional dialogue, in the context of the outcomes of the High-level Conference on Disaster Reduction of the Association of Caribbean States, held in Saint-Marc, Haiti, from 14 to 16 November 2007, and the plan of action approved by the Ministerial Council of the Association upon the recommendation of the Conference;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Ministerial Council of the Association of Caribbean States');
    expect(orgs).not.toContain('Organization:Ministerial Council of the Association');
  });

  it('guard: the Association named alone stays the Association (A/RES/79/204 OP13)', () => {
    const text =
      'Invites the Association of Caribbean States to submit to the Secretary-General a report on the progress made in the implementation of the present resolution, for consideration by the General Assembly at its eighty-first session;';
    expect(keys(text, 'Organization:Association')).toEqual([ACS]);
    expect(relations(text)).toContain(`INVITES ${ACS}`);
  });

  it('guard: an event "of the Association of Caribbean States" keeps its name (A/RES/79/204 OP9)', () => {
    const text =
      'Looks forward to the convening of the tenth Summit of the Association of Caribbean States, to be held in Colombia in May 2025, on the theme “United for life: towards a more sustainable Greater Caribbean”;';
    expect(keys(text, 'Event:')).toEqual(['Event:Tenth Summit of the Association of Caribbean States']);
  });
});

describe('the Caribbean tsunami warning group and system', () => {
  const ICG = 'Organization:Intergovernmental Coordination Group for the Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions';

  it('A/RES/79/204 OP26: the group named in full, "and Adjacent Regions" included, of the IOC', () => {
    const text =
      'Notes with appreciation the ongoing activities of the Intergovernmental Coordination Group for the Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions of the Intergovernmental Oceanographic Commission, and invites Member States and other partners to support early warning systems in the region;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(ICG);
    expect(orgs).toContain('Organization:Intergovernmental Oceanographic Commission');
    expect(relations(text)).toContain(`NOTES ${ICG}`);
  });

  it('A/RES/79/144 OP: "the Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions" is the warning system', () => {
    const text =
      'Notes the development of Enhanced Tsunami Products for the Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions, which assist countries in the Pacific and the Caribbean to assess tsunami threats and issue warnings;';
    expect(keys(text, 'Initiative:')).toContain('Initiative:Tsunami and Other Coastal Hazards Warning System for the Caribbean and Adjacent Regions');
    expect(keys(text, 'Organization:')).not.toContain(ICG);
  });
});

describe("UNEP's Nairobi Declaration named whole", () => {
  const GA209: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
  const NAIROBI = 'Framework:Nairobi Declaration on the Role and Mandate of the United Nations Environment Programme';

  it('A/RES/79/209 PP1: "the 1997 Nairobi Declaration on the Role and Mandate of the United Nations Environment Programme of 7 February 1997"', () => {
    const text =
      'Reaffirming the mandate contained in its resolution 2997 (XXVII) of 15 December 1972, by which it established the United Nations Environment Programme, and other relevant resolutions that reinforce its mandate, as well as the 1997 Nairobi Declaration on the Role and Mandate of the United Nations Environment Programme of 7 February 1997, the Malmö Ministerial Declaration of 31 May 2000 and the Nusa Dua Declaration of 26 February 2010,';
    const fws = keys(text, 'Framework:', 'preambular', { ...GA209 });
    expect(fws).toContain(NAIROBI);
    expect(fws).not.toContain('Framework:1997 Nairobi Declaration on the Role and Mandate');
    expect(relations(text, 'preambular', { ...GA209 })).toContain(`REAFFIRMS ${NAIROBI}`);
  });

  it('guard: another Nairobi Declaration keeps its own name', () => {
    const text = 'Welcomes the Nairobi Declaration on Durable Solutions for Somali Refugees;';
    expect(keys(text, 'Framework:', 'operative', { ...GA209 })).toEqual(['Framework:Nairobi Declaration on Durable Solutions for Somali Refugees']);
  });
});

void extract;
void attributions;

describe('a publication cited by its title in italics (printed bare once cleaned) is a Document', () => {
  const GA155: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/155', date: '2024-12-17' };

  it('A/RES/79/155 OP15(g): "the World Health Organization manual entitled Obstetric Fistula: Guiding Principles for ..." is the manual, no framework', () => {
    const text =
      'Calls upon States to end obstetric fistula by encouraging communication among fistula centres, including consideration of the use of the World Health Organization manual entitled Obstetric Fistula: Guiding Principles for Clinical Management and Programme Development, which provides background information and principles for developing fistula prevention and treatment programmes, as appropriate;';
    const ctx = { ...GA155 };
    expect(keys(text, 'Document:', 'operative', ctx)).toEqual(['Document:obstetric fistula: guiding principles for clinical management and programme development']);
    expect(keys(text, 'Framework:', 'operative', { ...GA155 })).toEqual([]);
    expect(keys(text, 'Organization:', 'operative', { ...GA155 })).toEqual(['Organization:World Health Organization']);
  });

  it('A/RES/78/211 PP: "the publication entitled Protecting Minority Rights: A Practical Guide to ... Legislation,10"', () => {
    const text =
      'Taking note in this regard of the publication entitled Protecting Minority Rights: A Practical Guide to Developing Comprehensive Anti-Discrimination Legislation,10 and noting the publication of the Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities,';
    expect(keys(text, 'Document:', 'preambular')).toContain('Document:protecting minority rights: a practical guide to developing comprehensive anti-discrimination legislation');
  });

  it('A/RES/79/105 OP4: "takes note of the study entitled Giha Mo’na: A Self-determination Study for Guåhan;"', () => {
    const text = 'Welcomes the work of the Commission, and takes note of the study entitled Giha Mo’na: A Self-determination Study for Guåhan;';
    expect(keys(text, 'Document:')).toEqual(['Document:giha mo\'na: a self-determination study for guåhan']);
  });

  it('guard: a report series edition printed after "publication entitled" stays the edition (A/RES/80/... "publication entitled 2025 Global Report on Food Crises")', () => {
    const text =
      'Taking note of the publication entitled 2025 Global Report on Food Crises: Joint Analysis for Better Decisions, issued by the Global Network against Food Crises,';
    // (aud26g: the edition is the Document "Global Report on Food Crises 2025", as a year-after edition is; not a title read
    // with its subtitle)
    expect(keys(text, 'Document:', 'preambular')).toEqual(['Document:global report on food crises 2025']);
  });

  it('guard: "entitled" with a lowercase word after is no title ("a manual entitled to be used")', () => {
    const text = 'Encourages States to use the manual, as appropriate, and the guide entitled by its authors as a practical tool;';
    expect(keys(text, 'Document:')).toEqual([]);
  });
});

describe('guard: a bare title with no subtitle is not read (where it ends is not in the words)', () => {
  it('"Welcomes the study entitled Trafficking in organs, tissues and cells;"', () => {
    expect(keys('Welcomes the study entitled Trafficking in organs, tissues and cells;', 'Document:')).toEqual([]);
  });
});
