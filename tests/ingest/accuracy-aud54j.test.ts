// Audit aud54j (session 54): faults found annotating A/RES/78/139 (Second Committee) and A/RES/79/56 (First Committee) from
// their raw texts (tests/gold/aud54j-*.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findDates } from '../../ingest/recognize/dates.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_56: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/56', date: '2024-12-02' };
const { relations } = oneParagraph({ ctx: GA79_56, kind: 'operative' });

/** the verb relations that reach a Conference of the (States) Parties itself, not one of its sittings */
const conferenceTargets = (rels: readonly string[]): string[] => rels.filter((r) => / Event:Conference of the (?:States )?Parties\b/.test(r));

describe('a Conference of the Parties (a sitting series, an Event) printed after its own numbered text with "of the" is its author, no target', () => {
  it('A/RES/79/56 OP10: "Also recalls decision C-26/DEC.10 of the Conference of the States Parties, entitled ...": the decision only', () => {
    const op10 =
      'Also recalls decision C-26/DEC.10 of the Conference of the States Parties, entitled “Understanding regarding the aerosolised use of central nervous system-acting chemicals for law enforcement purposes”, of 1 December 2021;';
    const rels = relations(op10);
    expect(rels).toContain('RECALLS Resolution:Conference of the States Parties to the Chemical Weapons Convention decision C-26/DEC.10');
    expect(conferenceTargets(rels)).toEqual([]);
  });

  it('A/RES/79/56 OP9 (a), (c): the series after "Decision C-25/DEC.9 of the" is no target; the session that adopted C-SS-4/DEC.3 still is', () => {
    const op9 =
      'Recalls the adoption of: (a) Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use”, of 27 June 2018; (c) Decision C-25/DEC.9 of the Conference of the States Parties, entitled “Addressing the possession and use of chemical weapons by the Syrian Arab Republic”, of 21 April 2021;';
    const rels = relations(op9);
    expect(rels).toContain('RECALLS Resolution:Conference of the States Parties to the Chemical Weapons Convention decision C-25/DEC.9');
    expect(rels.some((r) => r.startsWith('RECALLS Event:Fourth Special Session of the Conference of the States Parties'))).toBe(true);
    expect(conferenceTargets(rels)).toEqual([]);
  });

  it('A/RES/78/68 PP62 (79/145 PP68, 80/109 PP69): "Taking note of decision 15/24 of the Conference of the Parties to the Convention on Biological Diversity on ..."', () => {
    const pp62 = 'Taking note of decision 15/24 of the Conference of the Parties to the Convention on Biological Diversity on conservation and sustainable use of marine and coastal biodiversity,';
    const rels = relations(pp62, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' });
    expect(rels.some((r) => r.startsWith('NOTES Resolution:') && r.endsWith('decision 15/24'))).toBe(true);
    expect(conferenceTargets(rels)).toEqual([]);
  });

  it('A/RES/79/190 PP17: "in resolution 9/8 of the Conference of the States Parties to the Convention, the Conference invited ...": the author named again is no target either', () => {
    const pp17 =
      'Recalling also that in resolution 9/8 of the Conference of the States Parties to the Convention, the Conference invited States parties, in accordance with the fundamental principles of their domestic law, to promote the active participation of civil society,';
    const rels = relations(pp17, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' });
    expect(rels.some((r) => r.startsWith('RECALLS Resolution:') && r.endsWith('resolution 9/8'))).toBe(true);
    expect(conferenceTargets(rels)).toEqual([]);
  });

  it('guard: the Conference named again later as the object of a verb takes it ("..., and invites the Conference of the Parties to ...")', () => {
    const t =
      'Recalls decision 15/11 of the Conference of the Parties to the Convention on Biological Diversity, entitled “Gender Plan of Action”, and invites the Conference of the Parties to the Convention on Biological Diversity to continue its work;';
    const rels = relations(t, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/140', date: '2025-12-15' });
    expect(conferenceTargets(rels).map((r) => r.split(' ')[0])).toEqual(['INVITES']);
  });

  it('guard: the Conference as the plain object of the verb is its target ("Welcomes the work of the Conference of the Parties ...")', () => {
    const t = 'Welcomes the work of the Conference of the Parties to the Convention on Biological Diversity;';
    expect(conferenceTargets(relations(t)).map((r) => r.split(' ')[0])).toEqual(['WELCOMES']);
  });
});

describe('a footnote mark after a dated year is no first day of a range', () => {
  it('A/RES/79/56 OP4 (a): "The reports of the Joint Investigative Mechanism of 24 August 2016 3 and 21 October 2016,4": no 3 October', () => {
    const t = '(a) The reports of the Joint Investigative Mechanism of 24 August 2016 3 and 21 October 2016, which concluded that there was sufficient information;';
    expect(findDates(t).map((m) => m.key)).toEqual(['Date:2016-08-24', 'Date:2016-10-21']);
  });

  it('guard: two days of one sitting keep their range ("on 1 and 2 October 2024"), and a year after a comma does not stop it', () => {
    expect(findDates('held in Geneva on 1 and 2 October 2024').map((m) => m.key)).toEqual(['Date:2024-10-01', 'Date:2024-10-02']);
    expect(findDates('in 2016, 3 and 4 May 2017 were set aside').map((m) => m.key)).toEqual(['Date:2016', 'Date:2017-05-03', 'Date:2017-05-04']);
  });
});
