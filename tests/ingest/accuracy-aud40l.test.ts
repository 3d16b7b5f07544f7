// Session-40 audit aud40l: leftovers of this session's attributions audit. Read: every initiative named "<title> of the
// <body>" in corpus-ga (A/RES/79/171 PP22, 78/198, 78/158 PP14, 79/212, 80/143, 78/156 PP9, 78/69 OP38, 79/287 PP14, 78/108
// PP9 and OP34, 79/121, 80/164, the IPCC's Sixth Assessment Report), initiatives opened by a body's name or acronym, the
// IAEA decision "Amendment to Article XIV.A of the Statute" (A/RES/79/4 OP2, 78/8, 80/7), the model protocol of A/RES/79/15 OP6,
// the Sendai midterm review meeting of A/RES/78/141 OP22 and the Cairo Declaration of A/RES/79/15 PP3. Fixed: the body inside
// an initiative's name leads it even when it is mentioned nowhere else in the paragraph (it came back as a nested mention only,
// which findAttributions does not read: "the Food Price Index of the Food and Agriculture Organization of the United Nations");
// a yearbook of a body is a record of its work, not run by it. Each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
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
