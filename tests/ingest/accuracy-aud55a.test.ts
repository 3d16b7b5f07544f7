// Session-55 audit aud55a: faults found annotating A/RES/78/160 (science, technology and innovation for sustainable
// development, tests/gold/aud55a-A_RES_78_160.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the nearest sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
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

describe('a sitting held in two parts, each part\'s venue and days in its report\'s note: HELD_IN both, ENDS_ON the second part\'s last day', () => {
  const LDC5 = 'Event:Fifth United Nations Conference on the Least Developed Countries';
  const NOTE14 = 'Report of the Fifth United Nations Conference on the Least Developed Countries, New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2.';

  it('A/RES/78/160 OP4 note 14: "Report of the Fifth United Nations Conference ..., New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3)"', () => {
    const text =
      'Reaffirms its commitment to the actions agreed upon by the least developed countries and development partners on science, technology and innovation, as outlined in the Doha Programme of Action for the Least Developed Countries, and takes note of the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on the Least Developed Countries, held in Doha, from 5 to 9 March 2023;14';
    const att = extractWithNotes('OP4', text, [{ after: '2023;14', mark: '14', text: NOTE14 }], { ...GA78_160 }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att.filter((a) => a.startsWith(`HELD_IN ${LDC5} `) || a.startsWith(`STARTS_ON ${LDC5} `) || a.startsWith(`ENDS_ON ${LDC5} `)).sort()).toEqual([
      `ENDS_ON ${LDC5} -> Date:2023-03-09`,
      `HELD_IN ${LDC5} -> Place:Doha`,
      `HELD_IN ${LDC5} -> Place:New York`,
      `STARTS_ON ${LDC5} -> Date:2022-03-17`,
    ]);
    // (the part the paragraph names keeps its own venue and days)
    expect(att).toContain('ENDS_ON Event:second part of the Fifth United Nations Conference on the Least Developed Countries -> Date:2023-03-09');
  });

  it('guard: A/RES/78/172 note 1 "Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, ...)": one part, its own end, no other venue', () => {
    const text = 'Reaffirming the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development,1';
    const note = 'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.';
    const att = extractWithNotes('PP1', text, [{ after: 'Development,1', mark: '1', text: note }], { ...GA78_160 }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    // (one part: the range's own end stays, no second venue is read)
    expect(att).toContain('ENDS_ON Event:World Summit for Social Development @ 1995 -> Date:1995-03-12');
    expect(att.filter((a) => a.startsWith('ENDS_ON') || (a.startsWith('HELD_IN') && !a.endsWith('Place:Copenhagen')))).toEqual(['ENDS_ON Event:World Summit for Social Development @ 1995 -> Date:1995-03-12']);
  });
});
