// Session-58 audit aud58e: A/RES/78/177 (Follow-up to the Second World Assembly on Ageing, corpus-ga A_RES_78_177.txt). Each case
// quotes the file and the paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';

/** paragraph id -> its attributions as 'TYPE source -> target' */
function attributionsById(symbol: string, date: string, paragraphs: ReturnType<typeof notedParagraph>[]): Record<string, string[]> {
  return Object.fromEntries(
    extractResolution(gaResolution(symbol, date, paragraphs)).paragraphs.map((p) => [p.paragraph.id, p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)]),
  );
}

const DESA = 'Organization:Department of Economic and Social Affairs';
const POPULATION_DIVISION = 'Organization:Population Division';

describe('a note naming its publisher as a chain: the department, then its division', () => {
  it('A/RES/78/177 PP10 note 12: "United Nations, Department of Economic and Social Affairs, Population Division, World Population Prospects: 2022 Revision.": the Division is PART_OF the Department', () => {
    const PP10 =
      'Noting further that, between 2022 and 2030, the number of persons aged 60 years or over is projected to grow by 31 per cent, from 1.1 billion to 1.4 billion, globally outnumbering youth and doubling the number of children under age 5, 12 and that this increase will be the greatest and the most rapid in the developing world, and recognizing that greater attention needs to be paid to the specific challenges affecting older persons, including in the field of human rights,';
    const got = attributionsById('A/RES/78/177', '2023-12-19', [
      notedParagraph('PP10', PP10, [['12', 'United Nations, Department of Economic and Social Affairs, Population Division, World Population Prospects: 2022 Revision.', 'age 5, 12']]),
    ]);
    expect(got.PP10).toContain(`PART_OF ${POPULATION_DIVISION} -> ${DESA}`);
  });

  it('A/RES/79/147 PP9 note 12: the same note with the 2024 Revision', () => {
    const PP9 =
      'Noting further that, between 2024 and 2030, the number of persons aged 60 years or over is projected to grow by 19 per cent, from 1.2 billion to 1.4 billion, globally outnumbering youth and doubling the number of children under age 5, 12 and that this increase will be the greatest and the most rapid in the developing world,';
    const got = attributionsById('A/RES/79/147', '2024-12-17', [
      notedParagraph('PP9', PP9, [['12', 'United Nations, Department of Economic and Social Affairs, Population Division, World Population Prospects: 2024 Revision.', 'age 5, 12']]),
    ]);
    expect(got.PP9).toContain(`PART_OF ${POPULATION_DIVISION} -> ${DESA}`);
  });

  it('guard: A/RES/80/118 OP32 (its last clause) note 21 "United Nations Entity for Gender Equality ... (UN-Women) and United Nations, Department of Economic and Social Affairs, Progress on the Sustainable Development Goals: The Gender Snapshot 2025 (New York, 2025).": two publishers, no unit, no PART_OF', () => {
    const OP32 =
      'Reaffirms the commitment to ensuring women’s full and meaningful participation in decision-making processes related to information and communications technologies, including policies and approaches to promote women’s online safety to facilitate their participation in the digital world, and to address any potential negative impacts of digital technologies on gender equality and the empowerment of women and girls, and committing to eliminating, preventing and responding to all forms of violence against women and girls,21 including sexual and gender-based violence that occurs through or is amplified by the use of technology;';
    const got = attributionsById('A/RES/80/118', '2025-12-15', [
      notedParagraph('OP32', OP32, [
        ['21', 'United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and United Nations, Department of Economic and Social Affairs, Progress on the Sustainable Development Goals: The Gender Snapshot 2025 (New York, 2025).', 'girls,21'],
      ]),
    ]);
    expect(got.OP32!.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
