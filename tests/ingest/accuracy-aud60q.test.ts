// Session-60 audit aud60q: faults found annotating A/RES/79/148 (Strengthening volunteerism for the achievement of the Sustainable
// Development Goals, Third Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/148', date: '2024-12-17' };
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });
const UNV = 'Organization:United Nations Volunteers';

describe('"on-site and online United Nations Volunteers": the people who serve so, not the programme', () => {
  it('A/RES/79/148 PP4: "the participation of persons with disabilities, including as on-site and online United Nations Volunteers"', () => {
    const text =
      'Welcoming the participation of persons with disabilities, including as on-site and online United Nations Volunteers, and the progress made towards the mainstreaming of disability inclusion and ensuring the enjoyment of the rights of persons with disabilities in volunteerism, and noting the importance of removing barriers to ensure their full, equal and meaningful participation in volunteerism,';
    expect(keys(text, UNV)).toEqual([]);
    expect(relations(text).filter((r) => r.includes(UNV))).toEqual([]);
  });

  it('guard: A/RES/79/148 PP7 "especially the work of the United Nations Volunteers programme around the world": the programme', () => {
    const text =
      'Acknowledging the existing contribution of the organizations of the United Nations system in support of volunteering, especially the work of the United Nations Volunteers programme around the world, acknowledging also the efforts of the International Federation of Red Cross and Red Crescent Societies to promote volunteerism throughout its global network,';
    expect(relations(text)).toContain(`ACKNOWLEDGES ${UNV}`);
  });

  it('guard: A/RES/79/331 OP52 "exchanges between the International Organization of la Francophonie and United Nations Volunteers": the programme', () => {
    const text =
      'Expresses its appreciation to the Secretary-General of the United Nations and the Secretary-General of la Francophonie for their sustained efforts to strengthen cooperation and coordination between the two organizations, thereby serving their mutual interests in the political, economic, social, cultural and environmental fields, in particular in the framework of the joint activities carried out by the International Organization of la Francophonie with the United Nations Environment Programme and with the United Nations Educational, Scientific and Cultural Organization, as well as in the context of developing exchanges between the International Organization of la Francophonie and United Nations Volunteers;';
    expect(keys(text, UNV, 'operative')).toEqual([UNV]);
  });

  it('guard: A/RES/78/309 OP3 "including national United Nations Volunteers": the staff category, as before', () => {
    expect(keys('Requests the Secretary-General to continue to increase the participation of national staff, including national United Nations Volunteers, as appropriate;', UNV, 'operative')).toEqual([]);
  });
});

describe('a "Guide" heads an Initiative\'s name, as a Handbook does, never as its first word', () => {
  const GUIDE = 'Initiative:International Labour Organization Volunteer Work Measurement Guide';

  it('A/RES/79/148 OP13: "in line with ... the International Labour Organization Volunteer Work Measurement Guide"', () => {
    const text =
      'Encourages all Member States to invest in measuring the scale and contribution of people’s voluntary efforts, in line with the nineteenth International Conference of Labour Statisticians standard on volunteer work and the International Labour Organization Volunteer Work Measurement Guide, and to collect and utilize high-quality data disaggregated by sex, age and disability to support and integrate volunteerism into national strategies and to measure its impact on the implementation of the 2030 Agenda for Sustainable Development;';
    expect(relations(text, 'operative')).toContain(`ENCOURAGES ${GUIDE}`);
  });

  it('A/RES/78/211 OP19: "to regularly update and disseminate widely the United Nations Guide for Minorities"', () => {
    const text =
      'Calls upon the United Nations High Commissioner for Human Rights to continue to promote, within his mandate, the implementation of the Declaration, and to engage in a dialogue with Governments for that purpose and to regularly update and disseminate widely the United Nations Guide for Minorities;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/211', date: '2023-12-19' })).toContain('CALLS_UPON Initiative:United Nations Guide for Minorities');
  });

  it('guard: A/RES/80/161 OP6 "updates to the Guide to Enactment and Interpretation of the Model Law on Cross-Border Insolvency": the Model Law', () => {
    const text =
      // (its sub-paragraph (c), as printed)
      'To organize colloquiums on possible future work in the area of insolvency law, including possible updates to the Guide to Enactment and Interpretation of the Model Law on Cross-Border Insolvency, in conjunction with Working Group V sessions;';
    const found = keys(text, '', 'operative', { body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-04' });
    expect(found).toContain('Framework:Model Law on Cross-Border Insolvency');
    expect(found.filter((k) => k.includes('Guide'))).toEqual([]);
  });

  it('guard: A/RES/78/68 OP117 "... entitled Understanding and Implementing Catch Documentation Schemes: A Guide for National Authorities": no Guide of its own', () => {
    const text =
      'Encourages work to increase awareness of the Voluntary Guidelines for Catch Documentation Schemes, and encourages States and relevant stakeholders to implement these Guidelines when developing catch documentation schemes and to use them as a reference in related activities, with special attention to the prevention, deterrence and elimination of illegal, unreported and unregulated fishing, and recalls the publication of the technical guidelines entitled Understanding and Implementing Catch Documentation Schemes: A Guide for National Authorities;';
    expect(keys(text, 'Initiative:Guide', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' })).toEqual([]);
  });
});
