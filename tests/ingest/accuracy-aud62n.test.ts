// Session-62 audit aud62n: residuals found annotating A/RES/79/123 (Status of the Protocols Additional to the Geneva Conventions).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/123', '2024-12-04'), kind: 'preambular' });

const REVIEW_CONFERENCE = 'Event:Review Conference of the Rome Statute of the International Criminal Court @ 2010';

describe('item 1: the amendments to an instrument adopted at a sitting: the sitting adopted the amendments, not the instrument', () => {
  it('corpus-ga/A_RES_79_123.txt PP31: "the amendments to article 8 of the Rome Statute ..., relating to war crimes under the Rome Statute, adopted on 10 June 2010 at the Review Conference"', () => {
    const att = attributions(
      'Noting the amendments to article 8 of the Rome Statute of the International Criminal Court, relating to war crimes under the Rome Statute, adopted on 10 June 2010 at the Review Conference of the Rome Statute, held in Kampala from 31 May to 11 June 2010,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
    // (the Conference's own venue and days stay)
    expect(att).toContain(`HELD_IN ${REVIEW_CONFERENCE} -> Place:Kampala`);
    expect(att).toContain(`STARTS_ON ${REVIEW_CONFERENCE} -> Date:2010-05-31`);
    expect(att).toContain(`ENDS_ON ${REVIEW_CONFERENCE} -> Date:2010-06-11`);
  });

  it('the amendments named right before the instrument: "the amendments to the Rome Statute ..., adopted at the Review Conference"', () => {
    const att = attributions(
      'Noting the amendments to the Rome Statute of the International Criminal Court, adopted at the Review Conference of the Rome Statute, held in Kampala from 31 May to 11 June 2010,',
    );
    expect(att.filter((a) => a.startsWith(`ADOPTED ${REVIEW_CONFERENCE}`))).toEqual([]);
  });

  it('corpus-ga/A_RES_78_69.txt OP224 (79/144 OP222): "the amendments to the Regional Plan on Marine Litter Management in the Mediterranean adopted at the twenty-second Meeting ..."', () => {
    const att = attributions(
      'Notes ..., the amendments to the Regional Plan on Marine Litter Management in the Mediterranean adopted at the twenty-second Meeting of the Contracting Parties to the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean (Barcelona Convention) and its Protocols in December 2021 in Antalya, Türkiye;',
      'operative',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.includes('Regional Plan on Marine Litter'))).toEqual([]);
  });

  it('guard: A/RES/78/69 OP224 as accuracy-aud30k quotes it, the Plan itself "adopted at the twenty-second Meeting": ADOPTED', () => {
    const att = attributions(
      'Notes the Regional Plan on Marine Litter Management in the Mediterranean adopted at the twenty-second Meeting of the Contracting Parties to the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean (Barcelona Convention) and its Protocols in December 2021 in Antalya, Türkiye;',
      'operative',
    );
    expect(att.some((a) => a.startsWith('ADOPTED Event:Twenty-second Meeting') && a.endsWith('-> Framework:Regional Plan on Marine Litter Management in the Mediterranean'))).toBe(true);
  });

  it('guard: a framework named alone before "adopted at the <sitting>" is still what the sitting adopted (the New Urban Agenda, A/RES/79/226 PP3 form)', () => {
    const att = attributions(
      'Recalling the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,',
    );
    expect(att.some((a) => a.startsWith('ADOPTED Event:United Nations Conference on Housing and Sustainable Urban Development') && a.endsWith('-> Framework:New Urban Agenda'))).toBe(true);
  });
});

describe('item 2: a unit whose head noun ("Service", "Division", ...) stands before its topic\'s " on " is PART_OF the owner printed after it', () => {
  const ICRC = 'Organization:International Committee of the Red Cross';
  it('corpus-ga/A_RES_79_123.txt OP10: "the Advisory Service on International Humanitarian Law of the International Committee of the Red Cross"', () => {
    const att = attributions(
      'Welcomes the activities of the Advisory Service on International Humanitarian Law of the International Committee of the Red Cross in supporting efforts made by Member States to take legislative and administrative action to implement international humanitarian law,',
      'operative',
    );
    expect(att).toContain(`PART_OF Organization:Advisory Service on International Humanitarian Law -> ${ICRC}`);
  });

  it('guard: an officer named by a mandate " on " is no unit: "the Special Rapporteur on the right to food of the Human Rights Council"', () => {
    const att = attributions('Welcomes the work of the Special Rapporteur on the right to food of the Human Rights Council,', 'operative');
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('item 3: the General Assembly as the place where talks are held takes no verb ("discussing in", "discussions in" the Assembly)', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/123', '2024-12-04'), kind: 'preambular' });
  const GA = 'Organization:General Assembly';
  it('corpus-ga/A_RES_79_123.txt PP32: "Acknowledging the usefulness of discussing in the General Assembly the status of instruments ..."', () => {
    const rel = relations(
      'Acknowledging the usefulness of discussing in the General Assembly the status of instruments of international humanitarian law relevant to the protection of victims of armed conflicts,',
    );
    expect(rel.filter((r) => r.endsWith(GA))).toEqual([]);
  });

  it('corpus-ga/A_RES_78_179.txt OP26: "to include youth delegates in their delegations at all relevant discussions in the General Assembly and its subsidiary bodies"', () => {
    const rel = relations(
      'Encourages Member States to include youth delegates in their delegations at all relevant discussions in the General Assembly and its subsidiary bodies,',
      'operative',
      ctxOf('A/RES/78/179', '2023-12-19'),
    );
    expect(rel.filter((r) => r.endsWith(GA))).toEqual([]);
  });

  it('guard: the Assembly addressed as the recipient of a report keeps the verb ("to submit to the General Assembly at its eighty-first session")', () => {
    const rel = relations(
      'Requests the Secretary-General to submit to the General Assembly at its eighty-first session a comprehensive report on the status of the Additional Protocols,',
      'operative',
    );
    expect(rel).toContain(`REQUESTS ${GA}`);
  });
});
