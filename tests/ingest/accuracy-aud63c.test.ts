// Session-63 audit aud63c: A/RES/78/67 (the Biological Weapons Convention, First Committee) and its sister texts (79/78, 80/71),
// with A/RES/79/85 (effects of atomic radiation, no fault found). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const BWC_TITLE =
  'Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction';
const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/67', date: '2023-12-04', title: BWC_TITLE };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const BWC = 'Framework:Biological Weapons Convention';
const NINTH = 'Event:Ninth Review Conference (Biological Weapons Convention)';
const WORKING_GROUP = 'Organization:Working Group on the strengthening of the Convention';
const FCM = 'Event:Formal Consultative Meeting of the States Parties to the 1972 Biological Weapons Convention';

describe('a sitting convened on one day and reconvened later: it ends on the second part\'s last day (session 59)', () => {
  const PP14 =
    'Noting also the Formal Consultative Meeting of the States Parties to the 1972 Biological Weapons Convention requested by the Russian Federation and convened at the Palais des Nations, Geneva, on 26 August 2022 and reconvened from 5 to 9 September 2022, the presentation by the Russian Federation of its article V consultation request,';

  it('A/RES/78/67 PP14 (79/78, 80/71): "convened ... on 26 August 2022 and reconvened from 5 to 9 September 2022"', () => {
    const att = attributions(PP14, 'preambular');
    expect(att).toContain(`STARTS_ON ${FCM} -> Date:2022-08-26`);
    expect(att).toContain(`ENDS_ON ${FCM} -> Date:2022-09-09`);
  });

  it('guard: the same sitting convened on one day with no second part: no ENDS_ON', () => {
    const att = attributions(PP14.replace(' and reconvened from 5 to 9 September 2022', ''), 'preambular');
    expect(att).toContain(`STARTS_ON ${FCM} -> Date:2022-08-26`);
    expect(att.filter((a) => a.startsWith('ENDS_ON'))).toEqual([]);
  });
});

describe('"the working group on the strengthening of the Convention" in lower case: the body 79/78 and 80/71 print capitalised', () => {
  it('A/RES/78/67 OP5: "the working group on the strengthening of the Convention would make appropriate recommendations"', () => {
    const rels = relations(
      'Notes with satisfaction that the Ninth Review Conference decided to develop with a view to establishing a mechanism open to all States parties to facilitate and support the full implementation of international cooperation and assistance under article X of the Convention, and that in order for this mechanism to be established, the working group on the strengthening of the Convention would make appropriate recommendations;',
    );
    expect(rels).toContain(`NOTES ${WORKING_GROUP}`);
  });

  it('A/RES/78/67 OP7: the Convention printed only inside the working group\'s name is no target of its own', () => {
    const rels = relations(
      'Notes that the decision by the Ninth Review Conference to establish the working group on the strengthening of the Convention is without prejudice to the mandate of the Ad Hoc Group established by the Special Conference of 1994, nor does it supersede, supplant or change it;',
    );
    expect(rels).toContain(`NOTES ${WORKING_GROUP}`);
    expect(rels).not.toContain(`NOTES ${BWC}`);
  });

  it('guard: A/RES/78/67 OP3 "the Conference decided to establish a working group open to all States parties": no name', () => {
    const text =
      'Notes with appreciation that, determined to strengthen the effectiveness and to improve the implementation of the Convention in all its aspects, the Conference decided to establish a working group open to all States parties;';
    expect(keys(text, 'Organization:Working Group')).toEqual([]);
  });
});

describe('"the Conference" after a sitting named in passing as the founder of another body: still the conference named before', () => {
  const OP1 = `Notes the consensus reached at the Ninth Review Conference of the States Parties to the ${BWC_TITLE}, and calls upon States parties to the Convention to participate and actively engage in the continued implementation;`;
  const OP9 =
    'Notes with appreciation that, recognizing the need to balance an ambition to improve the intersessional programme, the Conference allocated 15 days to the working group for its substantive meetings;';

  it('A/RES/78/67 OP7 then OP9 (79/78, 80/71): "the Ad Hoc Group established by the Special Conference of 1994", then "the Conference allocated 15 days"', () => {
    const OP7 =
      'Notes that the decision by the Ninth Review Conference to establish the working group on the strengthening of the Convention is without prejudice to the mandate of the Ad Hoc Group established by the Special Conference of 1994, nor does it supersede, supplant or change it;';
    const r = relationsById(gaResolution('A/RES/78/67', '2023-12-04', [notedParagraph('OP1', OP1), notedParagraph('OP7', OP7), notedParagraph('OP9', OP9)], BWC_TITLE));
    expect(r.OP7).toContain('NOTES Event:Special Conference of 1994');
    expect(r.OP9).toContain(`NOTES ${NINTH}`);
    expect(r.OP9).not.toContain('NOTES Event:Special Conference of 1994');
  });

  it('guard: the same sitting as the subject of its act ("that the Special Conference of 1994 established the Ad Hoc Group"): it is "the Conference" after', () => {
    const OP7 = 'Notes that the Special Conference of 1994 established the Ad Hoc Group;';
    const r = relationsById(gaResolution('A/RES/78/67', '2023-12-04', [notedParagraph('OP1', OP1), notedParagraph('OP7', OP7), notedParagraph('OP9', OP9)], BWC_TITLE));
    expect(r.OP9).toContain('NOTES Event:Special Conference of 1994');
  });
});

describe('"the Final Declarations of the Fourth, Sixth, Seventh and Eighth Review Conferences": one Final Declaration per sitting listed', () => {
  it('A/RES/78/67 PP5 (79/78, 80/71): each Declaration takes the verb and its sitting ADOPTED it', () => {
    const text =
      'Welcoming the reaffirmation made in the Final Declarations of the Fourth, Sixth, Seventh and Eighth Review Conferences that under all circumstances the use of bacteriological (biological) and toxin weapons and their development, production and stockpiling are effectively prohibited under article I of the Convention,';
    const rels = relations(text, 'preambular');
    const att = attributions(text, 'preambular');
    for (const ordinal of ['Fourth', 'Sixth', 'Seventh', 'Eighth']) {
      expect(rels).toContain(`WELCOMES Framework:Final Declaration of the ${ordinal} Review Conference`);
      expect(rels).toContain(`WELCOMES Event:${ordinal} Review Conference (A/RES/78/67)`);
      expect(att).toContain(`ADOPTED Event:${ordinal} Review Conference (A/RES/78/67) -> Framework:Final Declaration of the ${ordinal} Review Conference`);
    }
  });

  it('guard: A/RES/78/40 PP14 "and the Final Documents of the 2000 and 2010 Review Conferences": two documents, each its sitting\'s, as before', () => {
    const text =
      'Recalling the importance of the decisions and the resolution on the Middle East of the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the Final Documents of the 2000 and 2010 Review Conferences, reaffirming its support for the establishment of a Middle East zone free of nuclear weapons,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' }).filter((a) => a.startsWith('ADOPTED '));
    const npt = 'Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
    expect(att).toEqual([
      `ADOPTED Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) -> Framework:Final Document of the 2000 ${npt}`,
      `ADOPTED Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) -> Framework:Final Document of the 2010 ${npt}`,
    ]);
  });
});
