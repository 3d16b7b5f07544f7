// Session-67 audit aud67n: A/RES/78/152 (Disaster risk reduction, Second Committee). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/152', date: '2023-12-19', title: 'Disaster risk reduction' };
const { attributions } = oneParagraph({ ctx, kind: 'operative' });
const GPDRR = 'Initiative:Global Platform for Disaster Risk Reduction';
const UNDRR = 'Organization:United Nations Office for Disaster Risk Reduction';
const APMC = 'Event:Asia-Pacific Ministerial Conference on Disaster Risk Reduction @ 2022';
const RP8 = 'Event:Eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean';

describe('a numbered session of a Platform (an Initiative by its head) is SESSION_OF it, as a Coalition\'s summit is', () => {
  it('A/RES/78/152 OP61: "the seventh session of the Global Platform for Disaster Risk Reduction in Bali, Indonesia"', () => {
    const atts = attributions(
      'Recognizes the importance of the discussions that took place at the seventh session of the Global Platform for Disaster Risk Reduction in Bali, Indonesia, and the eighth Africa Regional Platform for Disaster Risk Reduction, held in Nairobi, Kenya;',
    );
    expect(atts).toContain(`SESSION_OF Event:seventh session of the Global Platform for Disaster Risk Reduction -> ${GPDRR}`);
    expect(atts).toContain('HELD_IN Event:seventh session of the Global Platform for Disaster Risk Reduction -> Place:Bali');
  });

  it('A/RES/78/152 OP62: "Encourages the eighth session of the Global Platform for Disaster Risk Reduction to include in its discussions"', () => {
    const atts = attributions('Encourages the eighth session of the Global Platform for Disaster Risk Reduction to include in its discussions ways to enhance preparedness;');
    expect(atts).toContain(`SESSION_OF Event:eighth session of the Global Platform for Disaster Risk Reduction -> ${GPDRR}`);
  });

  it('guard: a Platform that is a known body keeps its own reading (no Initiative keyed from the session\'s name)', () => {
    const atts = attributions(
      'Welcomes the outcome of the tenth session of the Plenary of the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services;',
    );
    expect(atts.filter((a) => a.includes('-> Initiative:'))).toEqual([]);
  });
});

describe('", respectively, events jointly organized with <body>": the body co-organized every event of the paired list', () => {
  const OP60 =
    'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022, and the eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023, respectively, events jointly organized with the United Nations Office for Disaster Risk Reduction, and looks forward to the regional platforms for disaster risk reduction to be convened in 2024;';

  it('A/RES/78/152 OP60: both events, and each host its own', () => {
    const atts = attributions(OP60);
    expect(atts).toContain(`ORGANIZES ${UNDRR} -> ${APMC}`);
    expect(atts).toContain(`ORGANIZES ${UNDRR} -> ${RP8}`);
    expect(atts).toContain(`HOSTS Place:Australia -> ${APMC}`);
    expect(atts).toContain(`HOSTS Place:Uruguay -> ${RP8}`);
  });

  it('guard: without "respectively, events" the participle is said of the last event only', () => {
    const atts = attributions(
      'Welcomes the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022, and the eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023, jointly organized with the United Nations Office for Disaster Risk Reduction;',
    );
    expect(atts).toContain(`ORGANIZES ${UNDRR} -> ${RP8}`);
    expect(atts).not.toContain(`ORGANIZES ${UNDRR} -> ${APMC}`);
  });
});

describe('UNDRR\'s two tools named together are two Initiatives, not one framework named "... and ..."', () => {
  const { relations } = oneParagraph({ ctx, kind: 'operative' });

  it('A/RES/78/152 OP21 (79/205, 80/137): "the ongoing work on the Global Risk Assessment Framework and Risk Information Exchange"', () => {
    const rels = relations(
      'Encourages States to strengthen inter-institutional, inclusive coordination on disaster risk data, and in this regard takes note of the ongoing work on the Global Risk Assessment Framework and Risk Information Exchange;',
    );
    expect(rels).toContain('NOTES Initiative:Global Risk Assessment Framework');
    expect(rels).toContain('NOTES Initiative:Risk Information Exchange');
    expect(rels.filter((r) => r.includes('Framework and Risk'))).toEqual([]);
  });

  it('guard: A/RES/78/152 OP32 "the Strategic Framework on Geospatial Information and Services for Disasters" stays one name', () => {
    const rels = relations(
      'Recognizes the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework on Geospatial Information and Services for Disasters, as a guide for Member States;',
    );
    expect(rels).toContain('RECOGNIZES Framework:Strategic Framework on Geospatial Information and Services for Disasters');
  });
});
