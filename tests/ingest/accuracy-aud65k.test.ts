// Session-65 audit aud65k: A/RES/79/133 (return or restitution of cultural property to the countries of origin). Each case quotes
// the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const TITLE = 'Return or restitution of cultural property to the countries of origin';
const CONVENTION_1970 = 'Framework:Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property';
const UNIDROIT_CONVENTION = 'Framework:UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects';
// A/RES/79/133 OP11 names the UNIDROIT Convention last before OP12
const OP11 =
  'Acknowledges the 1995 UNIDROIT Convention Academic Project and the Informal Ratification Task Force as a platform for the exchange of views, information and assistance on issues such as the ratification and implementation of the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects;';
const OP12 =
  'Recalls the role of the Subsidiary Committee of the Meeting of States Parties to the 1970 Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property, which, inter alia, promotes the purposes of the Convention, reviews national reports and prepares and submits to the Meeting of States Parties recommendations and guidelines that may contribute to the implementation of the Convention and identify problems arising from its implementation, while fostering exchanges of experiences and good practices;';

describe('a bare "the Convention" after a parties\' organ printed with a convention\'s whole name is that convention', () => {
  it('A/RES/79/133 OP12: "the Subsidiary Committee of the Meeting of States Parties to the 1970 Convention ..., which ... promotes the purposes of the Convention, ... submits to the Meeting of States Parties" after OP11 named the UNIDROIT Convention', () => {
    const r = relationsById(gaResolution('A/RES/79/133', '2024-12-06', [notedParagraph('OP11', OP11), notedParagraph('OP12', OP12)], TITLE));
    expect(r.OP12).toContain(`RECALLS ${CONVENTION_1970}`);
    expect(r.OP12).toContain('RECALLS Event:Meeting of States Parties to the Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property');
    expect(r.OP12!.filter((x) => x.includes('UNIDROIT'))).toEqual([]);
  });

  it('guard: a convention printed whole after the organ and before "the Convention" is the one it means', () => {
    const text =
      'Recalls the role of the Subsidiary Committee of the Meeting of States Parties to the 1970 Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property and the ratification of the UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects, and the purposes of the Convention;';
    const r = relationsById(gaResolution('A/RES/79/133', '2024-12-06', [notedParagraph('OP11', OP11), notedParagraph('OP12', text)], TITLE));
    expect(r.OP12).toContain(`RECALLS ${UNIDROIT_CONVENTION}`);
    expect(r.OP12).not.toContain(`RECALLS ${CONVENTION_1970}`);
  });

  it('guard: with no parties\' organ in the paragraph, "the Convention" is still the one named last before it', () => {
    const text = 'Recalls the role of the Subsidiary Committee in promoting the purposes of the Convention;';
    const r = relationsById(gaResolution('A/RES/79/133', '2024-12-06', [notedParagraph('OP11', OP11), notedParagraph('OP12', text)], TITLE));
    expect(r.OP12).toContain(`RECALLS ${UNIDROIT_CONVENTION}`);
  });
});
