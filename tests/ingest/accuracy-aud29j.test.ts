// Misses found by the session-29 audit aud29j: A/RES/80/105 (implementation of the Declaration on decolonization), A/RES/80/238
// (administration of justice) and A/RES/78/307 (financing of MINURSO), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { notedParagraph as para, gaResolution as resolution, relationsById as relationsByParagraph } from '../helpers/footnoted-paragraph.js';

/** A paragraph with its footnote marks, each [mark, footnote text, the words the mark ends]. */

const SPECIAL_COMMITTEE_PP1 =
  'Having examined the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2025,1';
const SPECIAL_COMMITTEE_NOTE: [string, string, string] = ['1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).', 'for 2025,1'];

describe('"the report of the Special Committee covering its work during <year>" is the report the preamble footnoted', () => {
  it('A/RES/80/105 OP18: "Approves the report of the Special Committee covering its work during 2025, in which ..." approves A/80/23 (PP1 footnote 1)', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/105', '2025-12-05', [
        para('PP1', SPECIAL_COMMITTEE_PP1, [SPECIAL_COMMITTEE_NOTE]),
        para(
          'OP18',
          'Approves the report of the Special Committee covering its work during 2025, in which the programme of work for 2026 is outlined, in particular the Caribbean regional seminar and a visiting mission to one of the Territories on its agenda, in accordance with relevant United Nations resolutions on specific Territories;',
        ),
      ]),
    );
    expect(found.OP18).toContain('APPROVES Document:A/80/23');
    expect(found.OP18).toContain('APPROVES Organization:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples');
  });

  it('guard: a report still to be written, "to include in the report of the Special Committee covering its work during 2026", is not the footnoted one', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/105', '2025-12-05', [
        para('PP1', SPECIAL_COMMITTEE_PP1, [SPECIAL_COMMITTEE_NOTE]),
        para('OP19', 'Requests the Special Committee to include in the report of the Special Committee covering its work during 2026 information on its seminars;'),
      ]),
    );
    expect(found.OP19!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

const ACABQ = 'Organization:Advisory Committee on Administrative and Budgetary Questions';
const CONSIDERED_80_238 =
  'Having considered the reports of the Secretary-General on administration of justice at the United Nations1 and on the activities of the Office of the United Nations Ombudsman and Mediation Services,2 the report of the Internal Justice Council on administration of justice at the United Nations3 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 4';
const CONSIDERED_80_238_NOTES: [string, string, string][] = [
  ['1', 'A/80/136.', 'at the United Nations1'],
  ['2', 'A/80/135.', 'Mediation Services,2'],
  ['3', 'A/80/131.', 'at the United Nations3'],
  ['4', 'A/80/509.', 'Questions, 4'],
];

describe('"and the related report of the Advisory Committee ..." after the preamble footnoted it', () => {
  it('A/RES/80/238 OP1: "Takes note of the report of the Secretary-General ... and the related report of the Advisory Committee on Administrative and Budgetary Questions;" notes A/80/509 (PP2 footnote 4)', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/238', '2025-12-30', [
        para('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES),
        para(
          'OP1',
          'Takes note of the report of the Secretary-General on administration of justice at the United Nations and on the activities of the Office of the United Nations Ombudsman and Mediation Services, the report of the Internal Justice Council on administration of justice at the United Nations and the related report of the Advisory Committee on Administrative and Budgetary Questions;',
        ),
      ]),
    );
    expect(found.OP1).toContain('NOTES Document:A/80/509');
    expect(found.OP1).toContain('NOTES Document:A/80/136');
    expect(found.OP1).toContain(`NOTES ${ACABQ}`);
  });

  it('guard: "and the related report of the Advisory Committee" still to come ("... to be submitted") is not the footnoted one', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/238', '2025-12-30', [
        para('PP2', CONSIDERED_80_238, CONSIDERED_80_238_NOTES),
        para('OP25', 'Decides to consider the next report of the Secretary-General and the related report of the Advisory Committee on Administrative and Budgetary Questions to be submitted at its eighty-second session;'),
      ]),
    );
    expect(found.OP25).not.toContain('DECIDES Document:A/80/509');
  });
});
