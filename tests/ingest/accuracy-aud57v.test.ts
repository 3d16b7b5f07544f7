// Gold set aud57v (A/RES/79/111 Turks and Caicos Islands, A/RES/80/130 Oil slick on Lebanese shores). Each case quotes the file
// and paragraph it comes from; the guards hold the near sentences that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';

/** paragraph id -> its verb relations as 'TYPE target', the resolution extracted as the pipeline does */
function relationsOf(symbol: string, date: string, paragraphs: ParagraphText[]): Record<string, string[]> {
  return Object.fromEntries(extractResolution(gaResolution(symbol, date, paragraphs)).paragraphs.map((p) => [p.paragraph.id, p.relations.map((r) => `${r.type} ${r.target}`)]));
}

// A/RES/80/130 PP11 footnotes the Secretary-General's report; OP1 takes note of it by the bare words
const PP11_80_130 = notedParagraph(
  'PP11',
  'Acknowledging also the conclusions on measuring and quantifying the environmental damage set out in the report of the Secretary-General,6',
  [['6', 'A/80/347.', 'Secretary-General,6']],
);
const OP1_80_130 = notedParagraph('OP1', 'Takes note of the report of the Secretary-General;');

describe('"in his report the Secretary-General": the report of the Secretary-General the resolution knows', () => {
  it('A/RES/80/130 OP8: "Notes that in his report the Secretary-General urged Member States ..."', () => {
    const op8 = notedParagraph(
      'OP8',
      'Notes that in his report the Secretary-General urged Member States, international organizations, international and regional financial institutions, non-governmental organizations and the private sector to intensify their support for Lebanon in this matter, particularly for recovery and rehabilitation activities on the Lebanese coast, reiterates its invitation to States and the international donor community to make voluntary financial contributions to the trust fund, and in this regard requests the Secretary-General to mobilize international technical and financial assistance in order to ensure that the trust fund has sufficient and adequate resources;',
    );
    const rel = relationsOf('A/RES/80/130', '2025-12-15', [PP11_80_130, OP1_80_130, op8]);
    expect(rel.OP1).toContain('NOTES Document:A/80/347');
    expect(rel.OP8).toContain('NOTES Document:A/80/347');
    // (the Secretary-General, who urged, keeps its own edge)
    expect(rel.OP8).toContain('NOTES Organization:Secretary-General of the United Nations');
  });

  it('guard: A/RES/80/130 OP9 "requests the Secretary-General to submit ... a report": a future report, not the known one', () => {
    const op9 = notedParagraph(
      'OP9',
      'Recognizes the multidimensionality of the adverse impact of the oil slick, and requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution under the item entitled “Sustainable development”.',
    );
    const rel = relationsOf('A/RES/80/130', '2025-12-15', [PP11_80_130, OP1_80_130, op9]);
    expect(rel.OP9!.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: "to include in his report recommendations": the Secretary-General is not printed after the words', () => {
    const op = notedParagraph(
      'OP9',
      'Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution and to include in his report recommendations on how to ensure its follow-up;',
    );
    const rel = relationsOf('A/RES/80/130', '2025-12-15', [PP11_80_130, OP1_80_130, op]);
    expect(rel.OP9!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});
