// Gold set aud59f (corpus-ga A/RES/78/191, use of mercenaries; A/RES/78/235, Subregional Centre for Human Rights and Democracy in
// Central Africa): residuals of the first readings. Each case quotes the file and paragraph it comes from; the guards hold the near
// sentences that must not change.
import { describe, expect, it } from 'vitest';
import { relationsById, gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const PMSC_GROUP =
  'Organization:open-ended intergovernmental working group on an international regulatory framework on the regulation, monitoring and oversight of the activities of private military and security companies';
const HRC = 'Organization:Human Rights Council';
const MERCENARIES_GROUP =
  'Organization:Working Group on the use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples to self-determination';

// A/RES/78/191 PP7 (also 79/162 PP7, 80/194 PP7)
const PP7_78_191 = notedParagraph(
  'PP7',
  'Acknowledging with appreciation the work and contributions of the open-ended intergovernmental working group established by the Human Rights Council with the mandate of considering the possibility of elaborating an international regulatory framework, including the option of elaborating a legally binding instrument on the regulation, monitoring and oversight of the activities of private military and security companies,',
);
// A/RES/78/191 OP18
const OP18_78_191 = notedParagraph(
  'OP18',
  'Recommends that all Member States, including those confronted with the phenomenon of private military and security companies, as contracting States, States of operations, home States or States whose nationals are employed to work for a private military and security company, contribute to the work of the open-ended intergovernmental working group, taking into account the initial work done by the Working Group on the use of mercenaries;',
);

describe('a lower-case group named by its establisher and mandate: the Council\'s working group on private military and security companies', () => {
  it('A/RES/78/191 PP7 "the open-ended intergovernmental working group established by the Human Rights Council with the mandate of ...": the group and the Council', () => {
    const rel = relationsById(gaResolution('A/RES/78/191', '2023-12-19', [PP7_78_191]));
    expect(rel.PP7).toContain(`ACKNOWLEDGES ${PMSC_GROUP}`);
    // (the establisher stays a target of its own, aud42d)
    expect(rel.PP7).toContain(`ACKNOWLEDGES ${HRC}`);
  });

  it('A/RES/78/191 OP18 "contribute to the work of the open-ended intergovernmental working group": the group named in PP7', () => {
    const rel = relationsById(gaResolution('A/RES/78/191', '2023-12-19', [PP7_78_191, OP18_78_191]));
    expect(rel.OP18).toContain(`RECOMMENDS ${PMSC_GROUP}`);
    expect(rel.OP18).toContain(`RECOMMENDS ${MERCENARIES_GROUP}`);
  });

  it('guard: OP18 alone (the group never named in the resolution) reads no group', () => {
    const rel = relationsById(gaResolution('A/RES/78/191', '2023-12-19', [OP18_78_191]));
    expect(rel.OP18).not.toContain(`RECOMMENDS ${PMSC_GROUP}`);
  });

  it('guard: A/RES/78/229 PP42 "the standing open-ended intergovernmental working group on improving the governance ... of the Office": UNODC\'s group', () => {
    const rel = relationsById(
      gaResolution('A/RES/78/229', '2023-12-19', [
        PP7_78_191,
        notedParagraph(
          'PP42',
          'Reiterating its concern regarding the overall financial situation of the United Nations Office on Drugs and Crime, welcoming the extension of the mandate of the standing open-ended intergovernmental working group on improving the governance and financial situation of the Office, and inviting the working group to consider possible implementation of management tools to increase productivity and to help to create a dynamic organization, where appropriate,',
        ),
      ]),
    );
    expect(rel.PP42).toContain('WELCOMES Organization:open-ended intergovernmental working group on improving the governance and financial situation of the Office');
    expect(rel.PP42).not.toContain(`WELCOMES ${PMSC_GROUP}`);
  });
});

describe('an instrument given as an instance of what a list of bodies adopted ("adopted by ..., inter alia, the <instrument>"): the listed body heading its name adopted it', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/191', date: '2023-12-19' }, kind: 'preambular' });
  const OAU = 'Organization:Organization of African Unity';
  const OAU_CONVENTION = 'Framework:Organization of African Unity Convention for the Elimination of Mercenarism in Africa';

  it('A/RES/78/191 PP2 (also 79/162, 80/194): "adopted by the General Assembly, the Security Council, the Economic and Social Council and the Organization of African Unity, inter alia, the Organization of African Unity Convention ..."', () => {
    const att = attributions(
      'Recalling also all of its relevant resolutions, in which, inter alia, it condemned any State that permitted or tolerated the recruitment, financing, training, assembly, transit or use of mercenaries with the objective of overthrowing the Governments of States Members of the United Nations, especially those of developing countries, or of fighting against national liberation movements, and recalling further the relevant resolutions and international instruments adopted by the General Assembly, the Security Council, the Economic and Social Council and the Organization of African Unity, inter alia, the Organization of African Unity Convention for the elimination of mercenarism in Africa, as well as by the African Union,',
    );
    expect(att).toContain(`ADOPTED ${OAU} -> ${OAU_CONVENTION}`);
    // (no guess among the other bodies listed)
    expect(att.filter((a) => a.startsWith('ADOPTED ') && !a.startsWith(`ADOPTED ${OAU} `))).toEqual([]);
  });

  it('guard: A/RES/78/73 PP19 "the New York Declaration ..., adopted by the General Assembly on 19 September 2016, 6 that, inter alia, the Agency ...": the Assembly adopted the Declaration only', () => {
    const att = attributions(
      'Welcoming the affirmation in the New York Declaration for Refugees and Migrants, adopted by the General Assembly on 19 September 2016, that, inter alia, the Agency, along with other relevant organizations, requires sufficient funding to be able to carry out its activities effectively and in a predictable manner,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-07' },
    );
    expect(att).toContain('ADOPTED Organization:General Assembly -> Framework:New York Declaration for Refugees and Migrants');
    expect(att.filter((a) => a.startsWith('ADOPTED ') && !a.endsWith('-> Framework:New York Declaration for Refugees and Migrants'))).toEqual([]);
  });
});
