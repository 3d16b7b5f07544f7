// Session-60 audit aud60d: faults found annotating A/RES/79/173 (Missing persons, Third Committee). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const PP4_79_173 =
  'Recalling also all previous relevant resolutions on missing persons adopted by the General Assembly, as well as the resolutions and decisions adopted by the Commission on Human Rights and the Human Rights Council, and Security Council resolution 2474 (2019) of 11 June 2019,';
const PP23_79_173 =
  'Noting the Agreement on the Status and Functions of the International Commission on Missing Persons, 11 which established the Commission as an international organization,';
const ICMP = 'Organization:International Commission on Missing Persons';
const CHR = 'Organization:Commission on Human Rights';

describe('item 1: "the Commission" after a framework whose title ends with a body is that body, in that paragraph', () => {
  it('A/RES/79/173 PP23: "the Agreement on the Status and Functions of the International Commission on Missing Persons, which established the Commission": the ICMP, not the Commission on Human Rights of PP4', () => {
    const r = relationsById(
      gaResolution('A/RES/79/173', '2024-12-17', [
        notedParagraph('PP4', PP4_79_173),
        notedParagraph('PP23', PP23_79_173, [['11', 'United Nations, Treaty Series, vol. 3072, No. 53043.', 'Missing Persons, 11']]),
      ]),
    );
    expect(r.PP23).toContain('NOTES Framework:Agreement on the Status and Functions of the International Commission on Missing Persons');
    expect(r.PP23).toContain(`NOTES ${ICMP}`);
    expect(r.PP23).not.toContain(`NOTES ${CHR}`);
  });

  it('guard (constructed): "the Commission" in a later paragraph is again the one named before the title', () => {
    const r = relationsById(
      gaResolution('A/RES/79/173', '2024-12-17', [
        notedParagraph('PP4', PP4_79_173),
        notedParagraph('PP23', PP23_79_173),
        notedParagraph('OP1', 'Requests the Commission to continue its work;'),
      ]),
    );
    expect(r.OP1).toContain(`REQUESTS ${CHR}`);
    expect(r.OP1).not.toContain(`REQUESTS ${ICMP}`);
  });
});
