// Misses found by the session-26 audit aud26j: A/RES/79/220 (sustainable and resilient tourism) and A/RES/79/290 (cooperation
// between the United Nations and ASEAN), and the same forms in other texts. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/220', date: '2024-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('the secretariat of a convention is a body, not the convention', () => {
  const CBD = 'Framework:Convention on Biological Diversity';
  const CBD_SECRETARIAT = 'Organization:Convention on Biological Diversity secretariat';
  const CITES = 'Convention on International Trade in Endangered Species of Wild Fauna and Flora';

  it('A/RES/79/220 PP13: "Welcoming the efforts of ... and the secretariat of the Convention on Biological Diversity"', () => {
    const text =
      'Welcoming the efforts of the World Tourism Organization, the United Nations Environment Programme, the United Nations Industrial Development Organization and the secretariat of the Convention on Biological Diversity to promote ecotourism and sustainable tourism worldwide,';
    const ctx = { ...GA };
    expect(keys(text, 'Organization:Convention', 'preambular', ctx)).toEqual([CBD_SECRETARIAT]);
    expect(relations(text, 'preambular', { ...GA })).toContain(`WELCOMES ${CBD_SECRETARIAT}`);
    expect(keys(text, 'Framework:', 'preambular', { ...GA })).toEqual([]);
  });

  it('A/RES/78/68 OP37: "the ongoing collaboration between the Food and Agriculture Organization ... and the secretariat of the Convention on International Trade in Endangered Species ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
    const text = `Notes, in this regard, the ongoing collaboration between the Food and Agriculture Organization of the United Nations and the secretariat of the ${CITES} in raising awareness and building capacity;`;
    expect(keys(text, 'Organization:Convention', 'operative', ctx)).toEqual([`Organization:${CITES} secretariat`]);
    expect(relations(text, 'operative', { ...ctx })).toContain(`NOTES Organization:${CITES} secretariat`);
  });

  it('A/RES/78/155 OP7: "the secretariat of the Convention" after the Convention was named is that convention\'s secretariat', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };
    extract('Recalling the Convention on Biological Diversity and the Kunming-Montreal Global Biodiversity Framework,', 'preambular', ctx);
    const text =
      'Requests the continuation of efforts made by the secretariat of the Convention, parties to the Convention and the Global Environment Facility, as the financial mechanism of the Convention, to support capacity-building;';
    expect(keys(text, CBD_SECRETARIAT, 'operative', ctx)).toEqual([CBD_SECRETARIAT]);
  });

  it('guard: the convention printed after "parties to the" stays the convention (A/RES/78/155 OP7)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };
    const text = 'Calls upon parties to the Convention on Biological Diversity to implement the Framework;';
    expect(keys(text, 'Framework:Convention', 'operative', ctx)).toEqual([CBD]);
    expect(keys(text, 'Organization:', 'operative', { ...ctx })).toEqual([]);
  });

  it('guard: an organization\'s secretariat stays the organization ("the secretariat of the Shanghai Cooperation Organization", A/RES/79/10)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/10', date: '2024-11-12' };
    const text = 'Welcomes the cooperation between the secretariat of the Shanghai Cooperation Organization and the United Nations;';
    expect(keys(text, 'Organization:Shanghai', 'operative', ctx)).toEqual(['Organization:Shanghai Cooperation Organization']);
  });

  it('guard: the UNFCCC secretariat keeps its key (gazetteer, A/RES/78/153 OP9)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/153', date: '2023-12-19' };
    const text = 'Notes the work of the secretariat of the United Nations Framework Convention on Climate Change;';
    expect(keys(text, 'Organization:United Nations Framework', 'operative', ctx)).toEqual(['Organization:United Nations Framework Convention on Climate Change secretariat']);
  });

  it('A/RES/78/189 OP13: "the meetings of the ... Working Group organized by the secretariat of the Convention": the secretariat organizes no Conference of the Parties', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/189', date: '2023-12-19' };
    const text =
      'Also recalls the expansion of the mandate of the United Nations Voluntary Fund for Indigenous Peoples so that it can assist representatives of Indigenous Peoples’ organizations in participating in the Conference of the Parties to the United Nations Framework Convention on Climate Change, including in its preparatory sessions and in the meetings of the Local Communities and Indigenous Peoples Platform Facilitative Working Group organized by the secretariat of the Convention, in accordance with their respective rules and regulations;';
    expect(keys(text, 'Organization:United Nations Framework', 'operative', ctx)).toEqual(['Organization:United Nations Framework Convention on Climate Change secretariat']);
    expect(attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('guard: an event organized by a body named right after it keeps its organizer ("the meeting ... organized by the secretariat of the Convention on Biological Diversity")', () => {
    const text = 'Welcomes the Global Youth Biodiversity Summit, organized by the secretariat of the Convention on Biological Diversity;';
    expect(attributions(text, 'operative', { ...GA })).toContain(`ORGANIZES ${CBD_SECRETARIAT} -> Event:Global Youth Biodiversity Summit`);
  });
});

describe('A/RES/79/290: ASEAN instruments', () => {
  const ASEAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-05-27' };

  it('PP14: "the Framework Agreement for Cooperation between the Association of Southeast Asian Nations and the United Nations Children’s Fund" is named with its parties', () => {
    const text =
      'Noting with appreciation the progress made in the implementation of the Framework Agreement for Cooperation between the Association of Southeast Asian Nations and the United Nations Children’s Fund, which has contributed significantly in promoting and protecting the rights of women and children,';
    expect(keys(text, 'Framework:', 'preambular', { ...ASEAN })).toEqual([
      "Framework:Framework Agreement for Cooperation between the Association of Southeast Asian Nations and the United Nations Children's Fund",
    ]);
  });

  it('guard: "cooperation between the X and the Y" printed in lower case names no agreement (A/RES/79/290 OP16)', () => {
    const text =
      'Encourages cooperation between the Association of Southeast Asian Nations and the United Nations to narrow the development gap;';
    expect(keys(text, 'Framework:', 'operative', { ...ASEAN })).toEqual([]);
  });

  it('OP8: "the Association of Southeast Asian Nations Outlook on the Indo-Pacific" is one framework, and no place', () => {
    const text =
      'Welcomes the commitment of the Association of Southeast Asian Nations to promoting the Association of Southeast Asian Nations Outlook on the Indo-Pacific with a view to enhancing the Association of Southeast Asian Nations Community-building process;';
    expect(keys(text, 'Framework:', 'operative', { ...ASEAN })).toEqual(['Framework:ASEAN Outlook on the Indo-Pacific']);
    expect(keys(text, 'Place:', 'operative', { ...ASEAN })).toEqual([]);
    expect(relations(text, 'operative', { ...ASEAN })).toContain('WELCOMES Framework:ASEAN Outlook on the Indo-Pacific');
  });

  it('guard: the Pacific printed alone stays a place ("Asia and the Pacific" aside, A/RES/79/290 PP9 form)', () => {
    const text = 'Welcomes the cooperation among regional organizations in the Pacific;';
    expect(keys(text, 'Place:', 'operative', { ...ASEAN })).toEqual(['Place:Pacific']);
  });
});

describe('an edition\'s ordinal before its owner\'s name', () => {
  const ASEAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-05-27' };
  const SUMMIT = "Event:Third Association of Southeast Asian Nations Women Leaders' Summit";

  it('A/RES/79/290 PP13: "the third Association of Southeast Asian Nations Women Leaders’ Summit in Vientiane" is ASEAN\'s', () => {
    const text =
      'Welcoming also the successful convening of the third Association of Southeast Asian Nations Women Leaders’ Summit in Vientiane on 23 August 2024, guided by the theme “Strengthening the care economy”,';
    expect(keys(text, 'Event:', 'preambular', { ...ASEAN })).toEqual([SUMMIT]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'preambular', { ...ASEAN })).toContain(`SESSION_OF ${SUMMIT} -> Organization:Association of Southeast Asian Nations`);
  });

  it('guard: an ordinal before a word that names no body gives no owner ("the Eighth Africa Regional Platform for Disaster Risk Reduction")', () => {
    const text = 'Welcomes the holding of the Eighth Africa Regional Platform for Disaster Risk Reduction in Nairobi in 2021;';
    expect(attributions(text, 'operative', { ...ASEAN }).filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});
