// Session-67 audit aud67q: A/RES/78/4 (political declaration of the high-level meeting on universal health coverage, annexed).
// Each case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ResolutionText } from '../../ingest/models.js';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';

const paragraph = (r: ResolutionText, id: string) => r.paragraphs.find((p) => p.id === id);
/** each paragraph's verb relations ('TYPE target') */
const relationsOf = (r: ResolutionText): Record<string, string[]> =>
  Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));

const DECLARATION_78_4 = [
  'The General Assembly', '',
  'Adopts the following political declaration:', '',
  '107. Request the Secretary-General to continue engaging with Member States to sustain and further strengthen the political momentum on universal health coverage ',
  'and, in close collaboration with relevant United Nations agencies and other stakeholders, to strengthen existing initiatives that are led and coordinated by the ',
  'World Health Organization towards the achievement of universal health coverage and all health-related targets of the Sustainable Development Goals.  ',
];

describe('a declaration\'s lead-in line "..., we:" printed on the line after a sentence\'s end opens a paragraph of its own', () => {
  it('A/RES/78/4 annex, between paragraphs 107 and 108: "As a follow-up to the present political declaration, we:"', () => {
    const [r] = segmentLines(
      [
        ...DECLARATION_78_4,
        'As a follow-up to the present political declaration, we: ', ' ', ' ',
        '108. Request the Secretary-General to provide, in consultation with the World Health Organization and other relevant agencies, a progress report ',
        'during the seventy-ninth session of the General Assembly.',
      ],
      'A_RES_78_4.txt',
    );
    expect(paragraphIds(r!)).toBe('OP0 OP107 OP107.1 OP108');
    expect(paragraph(r!, 'OP107')!.text).toMatch(/targets of the Sustainable Development Goals\.$/);
    expect(paragraph(r!, 'OP107.1')!.text).toBe('As a follow-up to the present political declaration, we:');
    // (the lead-in's "present political declaration" is no longer read as a target of paragraph 107's "Request")
    const rel = relationsOf(r!);
    expect(rel.OP107).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(rel.OP107!.filter((x) => x.includes('declaration'))).toEqual([]);
  });

  it('guard: A/RES/78/5 annex opening "... in the End TB Strategy, and in this regard we:": after a line that ends no sentence, the same paragraph', () => {
    const [r] = segmentLines(
      [
        'The General Assembly', '',
        'Adopts the following political declaration:', '',
        '1. Reaffirm our commitment to end the tuberculosis epidemic globally by 2030 and to achieve the targets agreed in the 2030 Agenda for ',
        'Sustainable Development and in the End TB Strategy, and in this regard we: ', '',
        '2. Recognize that tuberculosis remains a leading infectious killer.',
      ],
      'A_RES_78_5.txt',
    );
    expect(paragraphIds(r!)).toBe('OP0 OP1 OP2');
    expect(paragraph(r!, 'OP1')!.text).toMatch(/End TB Strategy, and in this regard we:$/);
  });
});
