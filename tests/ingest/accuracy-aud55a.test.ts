// Session-55 audit aud55a: faults found annotating A/RES/78/160 (science, technology and innovation for sustainable
// development, tests/gold/aud55a-A_RES_78_160.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the nearest sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_160: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/160', date: '2023-12-19' };
const { relations, attributions } = oneParagraph({ ctx: GA78_160, kind: 'preambular' });

const SG = 'Organization:Secretary-General of the United Nations';
const PANEL = 'Organization:High-level Panel on Digital Cooperation';

describe('"the Secretary-General’s High-level Panel on Digital Cooperation": the owner in the possessive is named, the Panel PART_OF him', () => {
  const PP16 =
    'Taking note of the June 2019 report of the Secretary-General’s High-level Panel on Digital Cooperation entitled “The age of digital interdependence”, and the May 2020 report of the Secretary-General entitled “Road map for digital cooperation”, and of the high-level thematic debate on digital cooperation and connectivity convened by the President of the General Assembly at its seventy-fifth session on 27 April 2021, as well as the establishment of the Office of the Secretary-General’s Envoy on Technology,';

  it('A/RES/78/160 PP16: "the June 2019 report of the Secretary-General’s High-level Panel on Digital Cooperation entitled “The age of digital interdependence”": NOTES the Panel and the Secretary-General, the Panel PART_OF him (aud55a gold)', () => {
    const rel = relations(PP16);
    expect(rel).toContain(`NOTES ${PANEL}`);
    expect(rel).toContain(`NOTES ${SG}`);
    expect(rel).toContain('NOTES Document:the age of digital interdependence');
    const parts = attributions(PP16).filter((a) => a.startsWith('PART_OF'));
    // (the Office serves an officer: no part of the Secretary-General, aud45h)
    expect(parts).toEqual([`PART_OF ${PANEL} -> ${SG}`]);
  });

  it('E/2025/31 draft resolution I OP97 (seed): "the Internet Governance Forum Plus proposal presented in the report of the Secretary-General’s High-level Panel on Digital Cooperation"', () => {
    const text =
      'Notes, in that context, the establishment of the Leadership Panel of the Internet Governance Forum, as a step in implementing the Internet Governance Forum Plus proposal presented in the report of the Secretary-General’s High-level Panel on Digital Cooperation;';
    expect(relations(text, 'operative')).toEqual(expect.arrayContaining([`NOTES ${PANEL}`, `NOTES ${SG}`]));
    expect(attributions(text, 'operative')).toContain(`PART_OF ${PANEL} -> ${SG}`);
  });

  it('the other alias dropped, in the form of A/RES/78/182 PP15 (constructed): "Taking note of the Secretary-General’s High-level Advisory Body on Artificial Intelligence"', () => {
    const text = 'Taking note of the Secretary-General’s High-level Advisory Body on Artificial Intelligence,';
    expect(relations(text)).toEqual(expect.arrayContaining([`NOTES ${SG}`, 'NOTES Organization:High-level Advisory Body on Artificial Intelligence']));
    expect(attributions(text)).toContain(`PART_OF Organization:High-level Advisory Body on Artificial Intelligence -> ${SG}`);
  });

  it('guard: A/RES/80/118 PP22 "the report of the High-level Panel on Digital Cooperation, entitled ..., submitted to the Secretary-General": no owner printed, no PART_OF', () => {
    const text =
      'Taking note of the report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”, submitted to the Secretary-General on 10 June 2019, also taking note of the report of the Secretary-General entitled “Road map for digital cooperation”, presented on 11 June 2020,';
    expect(relations(text)).toContain(`NOTES ${PANEL}`);
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "the report of the Secretary-General’s Envoy on Youth": an officer after the possessive, no PART_OF', () => {
    const text = 'Taking note of the report of the Secretary-General’s Envoy on Youth,';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
