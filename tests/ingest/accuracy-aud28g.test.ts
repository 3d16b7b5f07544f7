// Misses found by the session-28 audit aud28g: A/RES/80/139 (implementation of the United Nations Convention to Combat
// Desertification) and A/RES/79/102 (question of the British Virgin Islands), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const UNCCD = 'United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';
const UNCCD_TITLE = `Implementation of the ${UNCCD}`;
const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/139', date: '2025-12-15', title: UNCCD_TITLE };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

/** A/RES/80/139 OP3 and OP4, read before the paragraph tested in the same resolution. */
const OP3 = `Welcomes the convening of the sixteenth session of the Conference of the Parties to the ${UNCCD}, held in Riyadh from 2 to 13 December 2024, under the theme “Our land. Our future”, and the adoption of its decisions and calls for their full implementation;`;
const OP4 =
  'Also welcomes the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, takes note of their adopted decisions, and looks forward to the seventeenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Yerevan, Armenia, from 18 to 30 October 2026;';

describe('a session of "the Conference of the Parties" in a text on the desertification convention', () => {
  const COP16 = `Event:sixteenth session of the Conference of the Parties to the ${UNCCD}`;

  it('A/RES/80/139 OP10: "takes note of its recommendations from the sixteenth session of the Conference of the Parties" after the CBD\'s meetings (OP4) is the UNCCD\'s', () => {
    const ctx = { ...GA };
    extract(OP3, 'operative', ctx);
    extract(OP4, 'operative', ctx);
    const text =
      'Welcomes the work of the Intergovernmental Working Group to oversee the midterm evaluation process related to the 2018–2030 Strategic Framework of the Convention, takes note of its recommendations from the sixteenth session of the Conference of the Parties, and encourages Parties, with the support of the Convention secretariat, to consider its findings;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([COP16]);
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${COP16}`);
  });

  it('guard: "the seventeenth meeting of the Conference of the Parties" after the CBD\'s sixteenth stays the CBD\'s (A/RES/80/139 OP4)', () => {
    const ctx = { ...GA };
    extract(OP3, 'operative', ctx);
    expect(keys(OP4, 'Event:seventeenth', 'operative', ctx)).toEqual(['Event:seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity']);
  });

  it('guard: in a text on the biodiversity convention, "adopted at the fifteenth session of the Conference of the Parties" is its fifteenth meeting (A/RES/79/208 OP23)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/208', date: '2024-12-19', title: 'Implementation of the Convention on Biological Diversity and its contribution to sustainable development' };
    extract('Welcomes the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia;', 'operative', ctx);
    const text =
      'Highlights the importance of parties raising high-level political engagement for the achievement of the objectives of the Convention and the Kunming-Montreal Global Biodiversity Framework adopted at the fifteenth session of the Conference of the Parties, and the related Goals and targets of the 2030 Agenda;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity']);
  });
});

describe('bodies of the desertification convention', () => {
  it('A/RES/80/139 OP10: "the Intergovernmental Working Group to oversee the midterm evaluation process" is not the Working Group on Drought (PP29)', () => {
    const ctx = { ...GA };
    extract('Recalling the work and taking note of the report of the Intergovernmental Working Group on Drought during the triennium 2022–2024,', 'preambular', ctx);
    const text = 'Welcomes the work of the Intergovernmental Working Group to oversee the midterm evaluation process related to the 2018–2030 Strategic Framework of the Convention;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual(['Organization:Intergovernmental Working Group to oversee the midterm evaluation process']);
    expect(keys(text, 'Framework:2018-2030 Strategic Framework', 'operative', ctx)).toHaveLength(1);
  });

  it('guard: "the Intergovernmental Working Group" printed alone after the Working Group on Drought is that group (short form)', () => {
    const ctx = { ...GA };
    extract('Recalling the work and taking note of the report of the Intergovernmental Working Group on Drought during the triennium 2022–2024,', 'preambular', ctx);
    expect(keys('Welcomes the work of the Intergovernmental Working Group;', 'Organization:', 'operative', ctx)).toEqual(['Organization:Intergovernmental Working Group on Drought']);
  });

  it('A/RES/80/139 PP34: "the work of the Convention secretariat" is the secretariat, not the Convention', () => {
    const ctx = { ...GA };
    extract(`Recalling its resolution 79/207 of 19 December 2024, as well as other resolutions relating to the implementation of the ${UNCCD},`, 'preambular', ctx);
    const text = 'Highlighting the work of the Convention secretariat through the Land Degradation Neutrality Target Setting Programme, which has supported 113 countries,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).toEqual([`Organization:${UNCCD} secretariat`]);
    expect(relations(text, 'preambular', ctx)).toContain(`EMPHASIZES Organization:${UNCCD} secretariat`);
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([]);
  });

  it('A/RES/80/63 OP12 (78/59, 79/68): "the establishment and operationalization of the Convention secretariat" is the Kinshasa Convention\'s secretariat', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/63', date: '2025-12-01' };
    extract('Encourages the States parties to the Central African Convention for the Control of Small Arms and Light Weapons, Their Ammunition and All Parts and Components That Can Be Used for Their Manufacture, Repair and Assembly to implement it;', 'operative', ctx);
    const text = 'Urges Member States to support the establishment and operationalization of the Convention secretariat;';
    const kept = keys(text, 'Organization:', 'operative', ctx);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^Organization:Central African Convention .* secretariat$/);
  });

  it('guard: "the Convention secretariats" (several) and "the Convention" before another noun stay the convention', () => {
    const ctx = { ...GA };
    extract(`Recalling the ${UNCCD},`, 'preambular', ctx);
    expect(keys('Encourages the Parties to the Convention to cooperate with the Convention secretariats and the Convention bodies;', 'Organization:', 'operative', ctx)).toEqual([]);
  });

  it('A/RES/80/139 OP18: "the twenty second session of the Committee for the Review of the Implementation of the Convention in Riyadh" is the CRIC\'s (keyed with a hyphen)', () => {
    const ctx = { ...GA };
    extract(`Recalling the ${UNCCD},`, 'preambular', ctx);
    const text =
      'Underlines the importance of comprehensive reporting, welcomes in this regard the convening of the twenty second session of the Committee for the Review of the Implementation of the Convention in Riyadh, from 2 to 13 December 2024, and looks forward to the convening of the twenty-third session of the Committee for the Review of the Implementation of the Convention in Panama City from 1 to 5 December 2025;';
    const CRIC = 'Committee for the Review of the Implementation of the United Nations Convention to Combat Desertification';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([`Event:twenty-second session of the ${CRIC}`, `Event:twenty-third session of the ${CRIC}`]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'operative', ctx)).toContain(`SESSION_OF Event:twenty-second session of the ${CRIC} -> Organization:${CRIC}`);
  });

  it('guard: the CRIC named with the Convention\'s name is the same body (A/RES/78/320 PP11)', () => {
    const text = `Welcoming the convening of the twenty-first session of the Committee for the Review of the Implementation of the United Nations Convention to Combat Desertification in Samarkand, Uzbekistan, from 13 to 17 November 2023,`;
    expect(keys(text, 'Organization:', 'preambular', { ...GA })).toEqual(['Organization:Committee for the Review of the Implementation of the United Nations Convention to Combat Desertification']);
  });

  it('A/RES/80/139 OP27 (79/207 OP24, 78/154 OP24): "the secretariat and the Global Mechanism of the Convention" names the Global Mechanism', () => {
    const ctx = { ...GA };
    extract(`Recalling the ${UNCCD},`, 'preambular', ctx);
    const text = 'Reiterates the invitation to the secretariat and the Global Mechanism of the Convention to continue to collaborate and build partnerships with the secretariats of the other Rio conventions;';
    expect(relations(text, 'operative', ctx)).toContain('REITERATES Organization:Global Mechanism of the United Nations Convention to Combat Desertification');
  });

  it('guard: "the Global Mechanism" in the ICT security texts is not the desertification convention\'s (A/RES/80/16 OP2)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/16', date: '2025-12-01' };
    const text = 'Requests the Secretary-General to ensure a seamless transition from the open-ended working group to the Global Mechanism;';
    expect(keys(text, 'Organization:Global Mechanism of the United', 'operative', ctx)).toEqual([]);
  });
});

describe('a sitting named for the years since another ("+10")', () => {
  const EVENT = 'Event:Drought Resilience +10 Conference @ 2024';

  it('A/RES/80/139 PP36 (79/207 PP27): "Noting the Drought Resilience +10 Conference, held in Geneva from 30 September to 2 October 2024"', () => {
    const text = 'Noting the Drought Resilience +10 Conference, held in Geneva from 30 September to 2 October 2024,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual([EVENT]);
    expect(relations(text, 'preambular', { ...GA })).toContain(`NOTES ${EVENT}`);
    expect(attributions(text, 'preambular', { ...GA })).toEqual(
      expect.arrayContaining([`HELD_IN ${EVENT} -> Place:Geneva`, `STARTS_ON ${EVENT} -> Date:2024-09-30`, `ENDS_ON ${EVENT} -> Date:2024-10-02`]),
    );
  });

  it('guard: a known summit\'s "+2 Stocktaking Moment" stays the follow-up of that summit', () => {
    const text = 'Welcomes the United Nations Food Systems Summit +2 Stocktaking Moment, held in Rome from 24 to 26 July 2023;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual(['Event:United Nations Food Systems Summit +2 Stocktaking Moment @ 2023']);
  });
});

describe('an IPCC special report printed by its subtitle', () => {
  it('A/RES/80/139 PP19: "the findings of the Intergovernmental Panel on Climate Change in An IPCC Special Report on Climate Change, Desertification, ..." is Climate Change and Land', () => {
    const text =
      'Noting the findings of the Intergovernmental Panel on Climate Change in An IPCC Special Report on Climate Change, Desertification, Land Degradation, Sustainable Land Management, Food Security, and Greenhouse Gas Fluxes in Terrestrial Ecosystems, that climate change creates additional stresses on land,';
    expect(keys(text, 'Document:', 'preambular', { ...GA })).toEqual(['Document:climate change and land']);
    expect(relations(text, 'preambular', { ...GA })).toEqual(['NOTES Organization:Intergovernmental Panel on Climate Change', 'NOTES Document:climate change and land']);
  });

  it('guard: the title with its subtitle (a footnote\'s form, A/RES/78/153) is one mention of the same report', () => {
    const text =
      'Noting Climate Change and Land: An IPCC Special Report on Climate Change, Desertification, Land Degradation, Sustainable Land Management, Food Security, and Greenhouse Gas Fluxes in Terrestrial Ecosystems,';
    expect(keys(text, 'Document:', 'preambular', { ...GA })).toEqual(['Document:climate change and land']);
  });
});
