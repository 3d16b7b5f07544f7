// Session-45 audit aud45i: the Assembly and the United Nations as adjectives or authors. Counted in corpus-ga and checked against
// the sixteen gold sets (/tmp/lead/aud4*-gold/norm): "United Nations <lowercase noun>" ("system", "entities", "development
// system", "disarmament machinery", ...) gets no edge in some ninety gold paragraphs against two; "United Nations and associated
// personnel" was already no mention. Fixed: the hyphened compound "United Nations-led mediation and peace processes" (A/RES/79/1
// OP40; "-led intergovernmental process", "-supported facilities", "-related instruments" in some twenty paragraphs of corpus-ga)
// is an adjective too: no Organization, so no DECIDES United Nations. Guard: "the United Nations-led Doha process" (a named
// process) keeps the United Nations and its LEADS.
// Left alone (see the report): "relevant General Assembly resolutions" keeps the Assembly (four gold paragraphs against two);
// "including by recommending that the General Assembly" (three texts in corpus-ga, one the Pact's own words, two a quotation of
// Member States' commitment).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA79, kind: 'operative' });

const UN = 'Organization:United Nations';
/** the Organization's own mentions (not the longer names that start so, as the United Nations Office on Drugs and Crime) */
const unMentions = (text: string, ctx?: RecognizeContext): string[] => keys(text, UN, 'operative', ctx).filter((k) => k === UN);

describe('"United Nations-<participle> <noun>": a compound adjective, not the Organization', () => {
  it('A/RES/79/1 OP40 (b): "participate in all United Nations-led mediation and peace processes": no United Nations, no DECIDES', () => {
    const text =
      'We recognize the role of women as agents of peace. We decide to: (a) Redouble our efforts to achieve gender equality and the empowerment of all women and girls; (b) Deliver on our commitments to ensure that women can fully, equally, safely and meaningfully participate in all United Nations-led mediation and peace processes; (c) Take concrete steps to eliminate and prevent the full range of threats and human rights violations and abuses experienced by women and girls in armed conflict, post-conflict situations and humanitarian emergencies.';
    expect(unMentions(text)).toEqual([]);
    expect(relations(text).filter((r) => r.endsWith(UN))).toEqual([]);
  });

  it('A/RES/80/122 OP19: "looks forward to a subsequent United Nations-led intergovernmental process": no United Nations', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/122', date: '2025-12-15' };
    const text =
      'Reaffirms the political commitment to implement fully and in a timely manner the commitments contained in resolution 79/1 to establish measures of progress on sustainable development that complement or go beyond gross domestic product to have a more inclusive approach to international cooperation and inform access to development finance, welcomes the establishment of an independent high-level expert group to develop recommendations for a limited number of country-owned and universally applicable indicators of sustainable development that complement and go beyond gross domestic product, and looks forward to a subsequent United Nations-led intergovernmental process;';
    expect(unMentions(text, ctx)).toEqual([]);
  });

  it('A/RES/78/229 OP57: "in accordance with United Nations-related instruments and international standards": no United Nations', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text =      'Urges the United Nations Office on Drugs and Crime to continue to provide, within its mandate, technical assistance to Member States, upon their request, to combat money-laundering and the financing of terrorism through the Global Programme against Money-Laundering, Proceeds of Crime and the Financing of Terrorism, in accordance with United Nations-related instruments and international standards, including, where applicable, standards and relevant initiatives of regional, interregional and multilateral organizations and intergovernmental bodies against money-laundering, inter alia and as appropriate, the Financial Action Task Force, in accordance with national legislation;';;
    expect(unMentions(text, ctx)).toEqual([]);
  });

  it('guard: A/RES/79/317 OP63 "the United Nations-led Doha process" (a named process): the United Nations stays and LEADS it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07' };
    const text =
      'Welcomes the Secretary-General’s initiative for establishing the United Nations-led Doha process that initially met in May 2023 in Doha, encourages further discussions on the implementations of the recommendations of the independent assessment;';
    expect(unMentions(text, ctx)).toEqual([UN]);
    expect(attributions(text, 'operative', ctx)).toContain(`LEADS ${UN} -> Initiative:Doha process`);
  });

  it('guard: A/RES/79/1 OP47 (a) "Revitalize the role of the United Nations in the field of disarmament": the Organization, DECIDES', () => {
    const text =
      'We decide to: (a) Revitalize the role of the United Nations in the field of disarmament, including by recommending that the General Assembly pursue work that could support preparation of a fourth special session devoted to disarmament (SSOD-IV);';
    expect(relations(text)).toContain(`DECIDES ${UN}`);
  });

  it('guard: A/RES/79/1 OP35 (e) "Respect and protect humanitarian personnel and United Nations and associated personnel": still no United Nations from that phrase', () => {
    const text =
      'We decide to: (e) Respect and protect humanitarian personnel and United Nations and associated personnel, including national and locally recruited personnel, their facilities, equipment, transports and supplies, in accordance with our obligations under international law, including international humanitarian law;';
    expect(unMentions(text)).toEqual([]);
  });
});
