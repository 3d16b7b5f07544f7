// Misses found by the session-30 audit aud30h: reports cited again by subject or preparer after a footnote gave their
// symbol (A/RES/78/16, A/RES/80/238 and the administration-of-justice and oversight texts), and bare mentions of the WSIS
// overall review (A/RES/79/277, A/RES/80/173). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { CONSIDERED_80_238, CONSIDERED_80_238_NOTES, gaResolution as resolution, notedParagraph as para, relationsById as relationsByParagraph, TAKES_NOTE_80_238 } from '../helpers/footnoted-paragraph.js';

describe('"the report of the Secretary-General on <subject> and on <subject>": the second report the preamble footnoted', () => {
  it('A/RES/80/238 OP1: "... on administration of justice at the United Nations and on the activities of the Office of the United Nations Ombudsman and Mediation Services" notes A/80/136 and A/80/135 (PP2 footnotes 1, 2), and the Office, the whole subject of the second report (session 58, aud58p)', () => {
    const found = relationsByParagraph(resolution('A/RES/80/238', '2025-12-30', [para('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES), para('OP1', TAKES_NOTE_80_238)]));
    expect(found.OP1).toContain('NOTES Document:A/80/136');
    expect(found.OP1).toContain('NOTES Document:A/80/135');
    expect(found.OP1).toContain('NOTES Organization:Office of the United Nations Ombudsman and Mediation Services');
  });

  it('guard: "and on" followed by a subject the preamble did not footnote links nothing more', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/238', '2025-12-30', [
        para('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES),
        para('OP1', 'Takes note of the report of the Secretary-General on administration of justice at the United Nations and on the activities of the Ethics Office;'),
      ]),
    );
    expect(found.OP1).toContain('NOTES Document:A/80/136');
    expect(found.OP1!.filter((r) => r.startsWith('NOTES Document:'))).toEqual(['NOTES Document:A/80/136']);
  });
});

describe('"the report of <body> on <subject>" cited again after the preamble footnoted it', () => {
  it('A/RES/80/238 OP1: "the report of the Internal Justice Council on administration of justice at the United Nations" notes A/80/131 (PP2 footnote 3) and the Council, not the United Nations', () => {
    const found = relationsByParagraph(resolution('A/RES/80/238', '2025-12-30', [para('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES), para('OP1', TAKES_NOTE_80_238)]));
    expect(found.OP1).toContain('NOTES Document:A/80/131');
    expect(found.OP1).toContain('NOTES Organization:Internal Justice Council');
    expect(found.OP1).not.toContain('NOTES Organization:United Nations');
  });

  it('A/RES/78/247 OP8: "Takes note of the report of the Office on its activities for the period from 1 July 2022 to 30 June 2023;" is the report PP footnoted under the full name', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/247', '2023-12-22', [
        para('PP3', 'Having considered the report of the Office of Internal Oversight Services on its activities for the period from 1 July 2022 to 30 June 2023,1', [
          ['1', 'A/78/301 (Part I) and A/78/301 (Part I)/Add.1.', '30 June 2023,1'],
        ]),
        para('OP8', 'Takes note of the report of the Office on its activities for the period from 1 July 2022 to 30 June 2023;'),
      ]),
    );
    expect(found.OP8).toContain('NOTES Document:A/78/301 (Part I)');
  });

  it('guard: the same body\'s report on another subject, or its next report on the same one, is not the footnoted one', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/238', '2025-12-30', [
        para('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES),
        para('OP2', 'Takes note of the report of the Internal Justice Council on the code of conduct for judges;'),
        para('OP3', 'Requests the Council to include in the next report of the Internal Justice Council on administration of justice at the United Nations its views;'),
      ]),
    );
    expect(found.OP2!.filter((r) => r.includes('Document:'))).toEqual([]);
    expect(found.OP3!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

const WSIS_2025 = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025';
const MODALITIES_TITLE = 'Modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society';
const RECALLING_70_125 =
  'Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 15 and 16 December 2015, in which the General Assembly was requested to undertake the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025, and in this regard reaffirming the centrality of the General Assembly to this process,';

describe('"the overall review", "the 20-year review" printed bare in a WSIS review text: the 2025 review (WSIS+20)', () => {
  it('A/RES/79/277 PP3, OP4: "Recognizing that the overall review will be undertaken ...", "Decides that the overall review by the General Assembly shall take stock ..." (after PP2 named the review of 2025): the process, not the 2025 meeting (aud42e)', () => {
    const found = relationsByParagraph(
      resolution(
        'A/RES/79/277',
        '2025-03-25',
        [
          para('PP2', RECALLING_70_125),
          para('PP3', 'Recognizing that the overall review will be undertaken on the basis of and with full respect for the Tunis Agenda,'),
          para('OP4', 'Decides that the overall review by the General Assembly shall take stock of the progress made in the implementation of the outcomes of the World Summit on the Information Society;'),
        ],
        MODALITIES_TITLE,
      ),
    );
    // (aud42e: the review as the subject of its own course, "will be undertaken", "shall take stock", is the process, not the
    // meeting that concludes it: the annotated gold of 79/277 has neither)
    expect(found.PP3).not.toContain(`RECOGNIZES ${WSIS_2025}`);
    expect(found.OP4).not.toContain(`DECIDES ${WSIS_2025}`);
    // (convention changed in session 50, the lead's ruling: "the overall review by the General Assembly" is the Assembly as agent
    // of its own act, no edge, as the 80/118 OP66 gold reads it)
    expect(found.OP4).not.toContain('DECIDES Organization:General Assembly');
  });

  it('A/RES/80/173 PP4: "Recalling resolution 79/277, ..., in which it established modalities for the 20-year review," (a text titled on the overall review)', () => {
    const found = relationsByParagraph(
      resolution(
        'A/RES/80/173',
        '2025-12-17',
        [para('PP4', 'Recalling resolution 79/277, adopted by the General Assembly on 27 March 2025, in which it established modalities for the 20-year review, to be held in accordance with the rules of procedure of the General Assembly,')],
        'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
      ),
    );
    expect(found.PP4).toContain(`RECALLS ${WSIS_2025}`);
  });

  it('guard: "the overall review" in a text that names no WSIS review, and in a WSIS review text before the 2015 review\'s outcome, is not the 2025 review', () => {
    const other = relationsByParagraph(
      resolution('A/RES/79/100', '2024-12-10', [para('PP3', 'Recognizing that the overall review will be undertaken on the basis of and with full respect for the Charter of the United Nations,')], 'Review of the United Nations peacebuilding architecture'),
    );
    expect(other.PP3!.filter((r) => r.includes('Event:'))).toEqual([]);
    const before = relationsByParagraph(
      resolution('A/RES/70/125', '2015-12-16', [para('PP3', 'Recognizing that the overall review will be undertaken on the basis of and with full respect for the Tunis Agenda,')], MODALITIES_TITLE),
    );
    expect(before.PP3).not.toContain(`RECOGNIZES ${WSIS_2025}`);
  });

  it('guard: "the 20-year review report prepared by the Commission ..." (A/RES/80/173 PP7) is a report, not the review meeting', () => {
    const found = extractResolution(
      resolution(
        'A/RES/80/173',
        '2025-12-17',
        [para('PP7', 'Building on the 20-year review report prepared by the Commission on Science and Technology for Development in April 2025,')],
        'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
      ),
    );
    expect(found.paragraphs[0]!.mentions.map((m) => m.key)).not.toContain(WSIS_2025);
  });
});

const HIGHLIGHTING_78_16 =
  'Highlighting the conclusions contained in the report of the Secretary-General submitted pursuant to General Assembly resolution 77/37,4 including on the normative framework for responsible State behaviour,';
const WELCOMES_78_16 =
  'Welcomes the report on the proposal for a United Nations programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security, prepared by the Secretary-General on the basis of the views expressed by States, pursuant to General Assembly resolution 77/37, including the observations and conclusions of the Secretary-General contained in the report;';

describe('the report of the Secretary-General footnoted once, cited again "prepared by/pursuant to"', () => {
  it('A/RES/78/16 OP1, OP4: "Welcomes the report on the proposal ..., prepared by the Secretary-General ...", "taking into account the report of the Secretary-General prepared pursuant to resolution 77/37" are A/78/76 (PP21 footnote 4)', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/16', '2023-12-04', [
        para('PP21', HIGHLIGHTING_78_16, [['4', 'A/78/76.', '77/37,4']]),
        para('OP1', WELCOMES_78_16),
        para('OP4', 'Decides that the scope, structure, content and modalities of this mechanism shall be based on consensus outcomes of the open-ended working group, taking into account the report of the Secretary-General prepared pursuant to resolution 77/37, the views submitted by States therein;'),
      ]),
    );
    expect(found.OP1).toContain('WELCOMES Document:A/78/76');
    expect(found.OP4).toContain('DECIDES Document:A/78/76');
  });

  it('guard: without a footnoted report of the Secretary-General, "the report on ..., prepared by the Secretary-General" links no document', () => {
    const found = relationsByParagraph(resolution('A/RES/78/16', '2023-12-04', [para('PP21', 'Highlighting the importance of capacity-building,'), para('OP1', WELCOMES_78_16)]));
    expect(found.OP1!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});
