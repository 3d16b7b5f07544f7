// Session-57 audit aud57u: residuals of the gold of A/RES/80/226 (the Kyoto Model Strategies on reducing reoffending). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, markedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const GROUP = 'Organization:Open-ended Intergovernmental Expert Group on Model Strategies on Reducing Reoffending';
const PP2_80_226 =
  'Recalling also its requests to the United Nations Office on Drugs and Crime, subject to the availability of extrabudgetary resources, to convene two meetings of the open-ended intergovernmental expert group on model strategies on reducing reoffending, with interpretation in all official languages of the United Nations, with a view to developing model strategies on reducing reoffending,';
const OP1_80_226 =
  'Welcomes the work undertaken by the open-ended intergovernmental expert group at its meetings to develop draft model strategies on reducing reoffending, and takes note of the reports of the expert group on those meetings;';
const OP3_80_226 =
  'Approves the recommendation of the expert group that the United Nations Model Strategies on Reducing Reoffending be known as “the Kyoto Model Strategies”;';

const relationsOf = (paragraphs: [string, string][]): Record<string, string[]> =>
  relationsById(gaResolution('A/RES/80/226', '2025-12-18', paragraphs.map(([id, text]) => markedParagraph(id, text))));

describe('"the expert group" after the full name of a crime commission expert group is that group', () => {
  it('A/RES/80/226 OP1: "and takes note of the reports of the expert group on those meetings" (the group named in PP2)', () => {
    const byId = relationsOf([['PP2', PP2_80_226], ['OP1', OP1_80_226]]);
    expect(byId.OP1).toEqual(expect.arrayContaining([`WELCOMES ${GROUP}`, `NOTES ${GROUP}`]));
  });

  it('A/RES/80/226 OP3: "Approves the recommendation of the expert group that the United Nations Model Strategies ..."', () => {
    const byId = relationsOf([['PP2', PP2_80_226], ['OP3', OP3_80_226]]);
    expect(byId.OP3).toEqual(expect.arrayContaining([`APPROVES ${GROUP}`, 'APPROVES Framework:United Nations Model Strategies on Reducing Reoffending']));
  });

  it('guard: with no full name before, "the expert group" stays unread', () => {
    const byId = relationsOf([['OP3', OP3_80_226]]);
    expect(byId.OP3!.filter((r) => r.includes('Expert Group'))).toEqual([]);
  });

  it('guard: "the expert group on <topic>" names another group, not the one named before', () => {
    const op = 'Takes note of the work of the expert group on crime statistics;';
    const byId = relationsOf([['PP2', PP2_80_226], ['OP1', op]]);
    expect(byId.OP1!.filter((r) => r.includes(GROUP))).toEqual([]);
  });
});
