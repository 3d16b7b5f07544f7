// Misses found by the session-22 audit aud22m: A/RES/80/112 (safety and security of humanitarian personnel) and A/RES/80/52
// (implementation of the Convention on Cluster Munitions), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/52', date: '2025-12-01' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a workshop is a sitting, with its own dates and venue', () => {
  const PP20 =
    'Welcoming also the initiative of the President of the thirteenth Meeting of States Parties to the Convention on Cluster Munitions to host the South-East Asia and Pacific Regional Workshop on the Convention, held on 18 and 19 March 2025 in Manila,';

  it('A/RES/80/52 PP20: "to host the ... Regional Workshop on the Convention, held on 18 and 19 March 2025 in Manila"', () => {
    const workshop = keys(PP20, 'Event:').filter((k) => k.includes('Workshop'));
    expect(workshop).toHaveLength(1);
    expect(relations(PP20)).toContain(`WELCOMES ${workshop[0]}`);
    expect(attributions(PP20)).toEqual(
      expect.arrayContaining([`STARTS_ON ${workshop[0]} -> Date:2025-03-18`, `ENDS_ON ${workshop[0]} -> Date:2025-03-19`, `HELD_IN ${workshop[0]} -> Place:Manila`]),
    );
  });

  it('A/RES/80/52 PP20: the Meeting of States Parties whose President hosts it is not where or when the workshop met', () => {
    // (session 63, accuracy-aud63r: "the President of the thirteenth Meeting ..." is the officer post, the Meeting inside its name)
    const post = 'Organization:President of the Thirteenth Meeting of States Parties to the Convention on Cluster Munitions';
    expect(keys(PP20, 'Organization:')).toContain(post);
    expect(keys(PP20, 'Event:').filter((k) => k.includes('Thirteenth Meeting'))).toEqual([]);
    expect(attributions(PP20).filter((a) => a.includes(`${post} ->`) || a.includes('Thirteenth Meeting'))).toEqual([]);
  });

  it('A/RES/78/68 OP144 (79/145 OP147, 80/109 OP152): "the 2010 Joint Tuna ... International Workshop on RFMO Management of Tuna Fisheries, held in Brisbane"', () => {
    const text =
      'Calls upon regional fisheries management organizations to improve the management of fisheries, taking into account the recommendations of the 2010 Joint Tuna Regional Fisheries Management Organizations International Workshop on RFMO Management of Tuna Fisheries, held in Brisbane, Australia;';
    const ev = keys(text, 'Event:', 'operative');
    expect(ev).toEqual(['Event:Joint Tuna Regional Fisheries Management Organizations International Workshop on RFMO Management of Tuna Fisheries @ 2010']);
    expect(attributions(text, 'operative')).toContain(`HELD_IN ${ev[0]} -> Place:Brisbane`);
  });

  it('guard: a lowercase workshop is no name ("conferences, training sessions and workshops delivered by experts")', () => {
    const text = 'Noting the capacity-building through conferences, training sessions and workshops delivered by experts in that field,';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('"the Court" after a court\'s statute is that court', () => {
  const PP38 =
    'Recalling the inclusion of attacks intentionally directed against personnel involved in a humanitarian assistance or peacekeeping mission in accordance with the Charter, as long as they are entitled to the protection given to civilians or civilian objects under the international law of armed conflict, as a war crime in the Rome Statute of the International Criminal Court,15 and noting the role that the Court can play in appropriate cases in bringing to justice those responsible for serious violations of international humanitarian law,';

  it('A/RES/80/112 PP38 (79/138 PP38, 78/118 PP34): "the Rome Statute of the International Criminal Court ..., and noting the role that the Court can play"', () => {
    expect(keys(PP38, 'Organization:')).toEqual(['Organization:International Criminal Court']);
    expect(relations(PP38)).toContain('NOTES Organization:International Criminal Court');
    expect(relations(PP38)).not.toContain('NOTES Organization:International Court of Justice');
  });

  it('guard: "the Court" with no court named before is still the International Court of Justice', () => {
    const text = 'Noting the advisory opinion of the Court on the obligations of States,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Court of Justice']);
  });

  it('guard: after "the Statute of the International Court of Justice", "the Court" is that court', () => {
    const text = 'Recalling the Statute of the International Court of Justice, and noting the role of the Court,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Court of Justice']);
  });
});

describe('the Convention on Cluster Munitions after "<a State> to the"', () => {
  it('A/RES/80/52 PP15: "Welcoming the accession of Vanuatu to the Convention on Cluster Munitions on 5 September 2025"', () => {
    const text = 'Welcoming the accession of Vanuatu to the Convention on Cluster Munitions on 5 September 2025, making it the 112th State Party effective 1 March 2026,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Convention on Cluster Munitions']);
    expect(relations(text)).toContain('WELCOMES Framework:Convention on Cluster Munitions');
  });

  it('A/RES/80/52 OP1: "Urges all States not Parties to the Convention on Cluster Munitions to ratify or accede to it"', () => {
    const text =
      'Urges all States not Parties to the Convention on Cluster Munitions to ratify or accede to it as soon as possible, and all States Parties to promote adherence to the Convention through bilateral, subregional and multilateral contacts, outreach and other means;';
    const ex = oneParagraph({ ctx: GA, kind: 'operative' }).extract(text);
    expect(ex.mentions.filter((m) => m.key === 'Framework:Convention on Cluster Munitions').map((m) => text.slice(m.start, m.end))).toContain('Convention on Cluster Munitions');
  });

  it('guard: the Convention inside the name of a Meeting of its States Parties gets no edge of its own', () => {
    const text = 'Noting that the thirteenth Meeting of States Parties to the Convention on Cluster Munitions deeply regretted the withdrawal,';
    expect(relations(text)).toEqual(['NOTES Event:Thirteenth Meeting (Convention on Cluster Munitions)']);
  });
});

describe('"during the week of <days>" dates the sitting', () => {
  it('A/RES/80/52 OP8: "the third Review Conference ..., to be held in Vientiane during the week of 14 to 18 September 2026"', () => {
    const text =
      'Invites and encourages all interested States, the United Nations, other relevant international organizations or institutions, regional organizations, the International Committee of the Red Cross and relevant non‑governmental organizations to attend the third Review Conference of the Convention on Cluster Munitions, to be held in Vientiane during the week of 14 to 18 September 2026, and to participate in the future programme of meetings of the States Parties to the Convention;';
    const ev = 'Event:Third Review Conference (Convention on Cluster Munitions)';
    expect(attributions(text, 'operative')).toEqual(
      expect.arrayContaining([`HELD_IN ${ev} -> Place:Vientiane`, `STARTS_ON ${ev} -> Date:2026-09-14`, `ENDS_ON ${ev} -> Date:2026-09-18`]),
    );
  });

  it('A/RES/79/58 OP8: "to be held in Geneva during the week of 15 September 2025" starts it that day', () => {
    const text =
      'Invites and encourages all interested States to attend the thirteenth Meeting of States Parties to the Convention on Cluster Munitions, to be held in Geneva during the week of 15 September 2025, and to participate in the future programme of meetings;';
    expect(attributions(text, 'operative')).toContain('STARTS_ON Event:Thirteenth Meeting (Convention on Cluster Munitions) -> Date:2025-09-15');
  });

  it('guard: "the week of" a commemoration is no date phrase ("during the week of action against racism")', () => {
    const text = 'Welcomes the holding of the World Summit on the Information Society Forum, during the week of action against racism;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('the Saving Lives Together framework', () => {
  it('A/RES/80/112 OP48 (79/138 OP48, 78/118 OP47): "based on the Saving Lives Together framework" in the clause of "encourages"', () => {
    const text =
      'Welcomes the steps taken by the Secretary-General thus far to strengthen partnerships, and encourages further efforts to enhance coordination, cooperation and information- and data-sharing, as appropriate, at both the headquarters and field levels, between the United Nations, regional organizations and other humanitarian and non‑governmental organizations on matters relating to the safety and security of humanitarian personnel and United Nations and associated personnel, with a view to addressing mutual security concerns in the field, based on the Saving Lives Together framework as well as other relevant national and local initiatives in this regard, and requests the Secretary-General in this respect to enhance further collaborative initiatives to address the security needs of implementing partners, invites Member States to consider increasing support to those initiatives, and requests the Secretary-General to report on steps taken in this regard;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:Saving Lives Together']);
    expect(relations(text, 'operative')).toContain('ENCOURAGES Initiative:Saving Lives Together');
  });

  it('guard: the words in lower case are no name ("saving lives together with our partners")', () => {
    expect(keys('Stresses the importance of saving lives together with partners in the field;', 'Initiative:', 'operative')).toEqual([]);
  });
});

describe('"the <city>, <city> and <city> Declarations": one declaration per city', () => {
  const PP41 =
    'Noting the efforts of Member States and the United Nations to improve road safety, including through legislation and infrastructure development, recalling its resolution 76/294 of 30 June 2022 on the political declaration of the high-level meeting on improving global road safety, and welcoming the adoption of its resolution 78/290 of 24 June 2024 on improving global road safety, which acknowledges the importance of the Moscow, Brasilia, Stockholm and Marrakech Declarations, adopted at the Global Ministerial Conferences and High-Level Conferences on Road Safety,';

  it('A/RES/80/112 PP41 (79/138 PP41): the four road-safety declarations, keyed as A/RES/78/290 names them one by one', () => {
    expect(keys(PP41, 'Framework:').filter((k) => !k.includes('olitical'))).toEqual([
      'Framework:Moscow Declaration',
      'Framework:Brasilia Declaration',
      'Framework:Stockholm Declaration',
      'Framework:Marrakech Declaration',
    ]);
    expect(keys(PP41, 'Place:')).toEqual([]);
    expect(relations(PP41)).toContain('WELCOMES Framework:Moscow Declaration');
  });

  it('guard: a list whose words are not all places read stays as it was ("the Rio and Johannesburg Declarations")', () => {
    const text = 'Recalling the Rio and Johannesburg Declarations,';
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('guard: places listed with no "Declarations" after them stay places ("held in Moscow and Brasilia in 2009 and 2015")', () => {
    const text = 'Recalling the outcomes of the meetings held in Moscow and Brasilia in 2009 and 2015,';
    expect(keys(text, 'Place:')).toEqual(['Place:Moscow', 'Place:Brasília']);
  });
});
