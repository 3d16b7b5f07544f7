// Session-60 audit aud60d: faults found annotating A/RES/79/173 (Missing persons, Third Committee). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
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

describe('item 2: "<body> and its <organ>" is PART_OF in a paragraph that names bodies only', () => {
  const ctx = { body: 'General Assembly', symbol: 'A/RES/79/173', date: '2024-12-17' };
  const attributionsOf = (id: string, text: string, symbol = ctx.symbol): string[] =>
    extractResolution(gaResolution(symbol, ctx.date, [notedParagraph(id, text)])).paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/79/173 OP11: "to cooperate with the International Committee of the Red Cross and its Central Tracing Agency"', () => {
    const att = attributionsOf(
      'OP11',
      'Expresses its support for the efforts of the International Committee of the Red Cross in seeking access to information on persons reported missing, and calls upon all parties to armed conflict to comply with their commitments in respect of such access and to cooperate with the International Committee of the Red Cross and its Central Tracing Agency in addressing the issue of missing persons, consistent with applicable obligations under international humanitarian law, and to adopt a comprehensive approach to this issue, including all such legal and practical measures and coordination mechanisms as may be necessary, based on humanitarian considerations only;',
    );
    expect(att).toContain('PART_OF Organization:Central Tracing Agency -> Organization:International Committee of the Red Cross');
  });

  it('A/RES/78/18 PP12: "the in-depth negotiations undertaken in the Conference on Disarmament and its Ad Hoc Committee on Effective International Arrangements ..."', () => {
    const att = attributionsOf(
      'PP12',
      'Noting the in-depth negotiations undertaken in the Conference on Disarmament and its Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons, 6 with a view to reaching agreement on this question,',
      'A/RES/78/18',
    );
    expect(att).toContain('PART_OF Organization:Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons -> Organization:Conference on Disarmament');
  });

  it('guard: A/RES/78/286 (preamble) "the United Nations Alliance of Civilizations and its High Representative": an officer, no PART_OF', () => {
    const att = attributionsOf(
      'PP20',
      'Noting with appreciation also the valuable role of the United Nations Alliance of Civilizations and its High Representative in promoting greater understanding and respect among civilizations, cultures, religions and beliefs,',
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
