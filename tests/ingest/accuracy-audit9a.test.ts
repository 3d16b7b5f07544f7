// Misses found by the session-9 audit (audit9a) of texts of other bodies and formats than the GA's: Security Council
// resolutions (S/RES/687 (1991), S/RES/1454 (2002), S/RES/827 (1993)), the GA decision 80/524 (iGov JSON), and the
// case variants of one name that were two nodes in the corpus graph. Inputs are quoted from the files named.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };

function extract(text: string, ctx: RecognizeContext = GA, kind: 'preambular' | 'operative' = 'operative') {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentionKeys = (text: string, ctx: RecognizeContext = GA, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, ctx, kind).mentions.map((m) => m.key);

describe('one node for a name printed with its words in either case', () => {
  it('A/RES/78/137 OP6 "Debt Sustainability Framework for Low-Income Countries" is the "Low-income" one of A/RES/78/136 OP4', () => {
    const capital = mentionKeys('Acknowledges the role played by the Debt Sustainability Framework for Low-Income Countries, jointly developed by the International Monetary Fund');
    const lower = mentionKeys('Acknowledges the role played by the Debt Sustainability Framework for Low-income Countries, jointly developed by the International Monetary Fund');
    expect(capital).toContain('Framework:Debt Sustainability Framework for Low-income Countries');
    expect(lower).toContain('Framework:Debt Sustainability Framework for Low-income Countries');
  });

  it('A/RES/79/227 PP21 "Global Alliance Against Hunger and Poverty" is the "against" one', () => {
    const keys = mentionKeys('Welcoming the launch of the Global Alliance Against Hunger and Poverty, and highlighting the importance of joining global efforts', GA, 'preambular');
    expect(keys).toContain('Initiative:Global Alliance against Hunger and Poverty');
  });

  it('A/RES/79/271 OP1 "the First Meeting of the Conference of the Parties to the Agreement" is the first meeting of A/RES/78/272', () => {
    const text =
      'Welcomes the convening of the first and second sessions of the Preparatory Commission and the Convening of the First Meeting of the Conference of the Parties to the Agreement from 24 to 26 June 2024 to discuss organizational matters';
    expect(mentionKeys(text).some((k) => k.startsWith('Event:first meeting of the Conference of the Parties to the Agreement'))).toBe(true);
  });

  it('a name of its own with a capital ordinal keeps it, and "Secretary-General" its capital', () => {
    const keys = mentionKeys(
      'Welcomes the First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, and requests the Secretary-General to report',
    );
    // (a numbered sitting of a treaty's parties is keyed "<ordinal> <sitting> (<treaty>)", as the short "First Meeting of States
    // Parties" read after the treaty is: names12)
    expect(keys).toContain('Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons)');
    expect(keys).toContain('Organization:Secretary-General of the United Nations');
  });
});

const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' };
const relations = (text: string, ctx: RecognizeContext = SC): string[] => extract(text, ctx).relations.map((r) => `${r.type} ${r.target}`);

describe('the Security Council\'s orders are typed: "Directs", "Instructs", "Entrusts" (REQUESTS), "Requires" (DEMANDS)', () => {
  it('S/RES/1454 (2002) OP3: "Directs the Secretary-General, within sixty days, to develop ..."', () => {
    const text = 'Directs the Secretary-General, within sixty days, to develop consumption rates and use levels for the implementation of paragraph 20 of Annex B of this resolution;';
    expect(relations(text)).toEqual(['REQUESTS Organization:Secretary-General of the United Nations']);
  });

  it('S/RES/883 (1993) OP9: "Instructs the Committee of the Security Council established by resolution 748 (1992) to ..."', () => {
    const text = 'Instructs the Committee of the Security Council established by resolution 748 (1992) to draw up expeditiously guidelines for the implementation of paragraphs 3 to 7 of this resolution,';
    expect(relations(text, { ...SC, symbol: 'S/RES/883(1993)', date: '1993-11-11' })).toContain('REQUESTS Organization:Security Council Committee (S/RES/748(1992))');
  });

  it('S/RES/687 (1991) OP32: "Requires Iraq to inform the Council ..." is a demand', () => {
    const text = 'Requires Iraq to inform the Council that it will not commit or support any act of international terrorism or allow any organization directed towards commission of such acts to operate within its territory';
    // Iraq, the State the Council addresses, is demanded of too (accuracy-addr25)
    expect(relations(text, { ...SC, symbol: 'S/RES/687(1991)', date: '1991-04-03' })).toEqual(['DEMANDS Place:Iraq', 'DEMANDS Organization:Security Council']);
  });

  it('"and requires" after what a thing needs opens no clause (A/RES/78/140), nor does the adjective "direct"', () => {
    const needs = 'Notes that the situation remains challenging for the Independent International Scientific Panel on Artificial Intelligence, and requires strengthened support';
    expect(extract(needs, GA).clauses.map((c) => c.relation)).toEqual(['NOTES']);
    expect(extract('Encourages direct investment in the least developed countries and direct contacts with the Secretary-General', GA).clauses.map((c) => c.relation)).toEqual(['ENCOURAGES']);
  });
});

describe('a generic body "established pursuant to resolution X" is keyed with X, the resolution that set it up', () => {
  it('S/RES/827 (1993) PP10: "the Commission of Experts established pursuant to resolution 780 (1992)"', () => {
    const text =
      'Considering that, pending the appointment of the Prosecutor of the International Tribunal, the Commission of Experts established pursuant to resolution 780 (1992) should continue on an urgent basis the collection of information';
    expect(mentionKeys(text, { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' }, 'preambular')).toContain('Organization:Commission of Experts (S/RES/780(1992))');
  });

  it('A/RES/80/43 PP4: two groups of governmental experts, each by its own resolution, are two nodes', () => {
    const text =
      'Recalling also the reports of the Group of Governmental Experts established pursuant to resolution 72/55, of the Group of Governmental Experts established pursuant to resolution 61/72 and of the Group of Experts established pursuant to resolution 52/38,';
    const keys = mentionKeys(text, GA, 'preambular');
    expect(keys).toContain('Organization:Group of Governmental Experts (A/RES/72/55)');
    expect(keys).toContain('Organization:Group of Governmental Experts (A/RES/61/72)');
    expect(keys).toContain('Organization:Group of Experts (A/RES/52/38)');
  });

  it('without the phrase, or by a resolution it does not read (ECOSOC\'s), the citing resolution still qualifies it', () => {
    // (a context of its own each: within one resolution "the Group of Governmental Experts" is the one named last)
    expect(mentionKeys('Welcomes the work of the Group of Governmental Experts and its report,', { ...GA })).toContain('Organization:Group of Governmental Experts (A/RES/80/999)');
    expect(mentionKeys('Welcomes the work of the Group of Governmental Experts established pursuant to Economic and Social Council resolution 2006/46,', { ...GA })).toContain(
      'Organization:Group of Governmental Experts (A/RES/80/999)',
    );
  });
});

describe('"the President of the Council/Assembly" is the officer of the body the short form stands for', () => {
  const SC687: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' };
  it('S/RES/687 (1991) PP5: "... addressed to the President of the Council and to the Secretary-General"', () => {
    const text =
      'Taking note of the letter dated 27 February 1991 from the Deputy Prime Minister and Minister for Foreign Affairs of Iraq addressed to the President of the Security Council 41 and of his letters of the same date addressed to the President of the Council and to the Secretary-General,';
    const keys = mentionKeys(text, { ...SC687 }, 'preambular');
    expect(keys.filter((k) => k === 'Organization:President of the Security Council')).toHaveLength(2);
    expect(keys).not.toContain('Organization:Security Council');
  });

  it('A/RES/80/124 OP44: "in a format to be decided by the President of the Assembly"', () => {
    expect(mentionKeys('Decides to convene the meeting on a date and in a format to be decided by the President of the Assembly;', { ...GA })).toEqual(['Organization:President of the General Assembly']);
  });

  it('a Vice-President is another officer: the short form stays the body', () => {
    expect(mentionKeys('Requests the Vice-President of the Council to report;', { ...SC687 })).toEqual(['Organization:Security Council']);
  });
});

describe('a paragraph that prints its subject before the verb is typed by that verb', () => {
  it('GA decision 80/524: "At its 65th plenary meeting, on 16 December 2025, the General Assembly, ..., decided to invite ..."', () => {
    const text =
      'At its 65th plenary meeting, on 16 December 2025, the General Assembly, on the proposal of its President, decided to invite the representatives of the following United Nations system entities and stakeholder organizations to make a statement at the High-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society: International Telecommunication Union, United Nations Development Programme, Internet Society and IT for Change.';
    const rel = relations(text, { body: 'General Assembly', symbol: 'A/DEC/80/524', date: '2025-12-16' });
    expect(rel).toContain('DECIDES Organization:International Telecommunication Union');
    expect(rel).toContain('DECIDES Organization:United Nations Development Programme');
    // the body and the meeting it decided at are the subject, not what it decided
    expect(rel.some((r) => r.includes('General Assembly'))).toBe(false);
  });

  it('S/RES/1 (1946) OP3: "The Security Council directs the Military Staff Committee ..."', () => {
    const text =
      'The Security Council directs the Military Staff Committee thereupon, as its first task, to draw up proposals for its organization (including the appropriate secretarial staff) and procedure, and to submit these proposals to the Security Council.';
    expect(relations(text, { body: 'Security Council', symbol: 'S/RES/1(1946)', date: '1946-01-25' })).toContain('REQUESTS Organization:Military Staff Committee');
  });

  it('a sentence about the body that is no verb of the table opens no typed clause (S/RES/9 (1946) OP5 "The Security Council reserves the right")', () => {
    const text = 'The Security Council reserves the right to rescind or amend this resolution by a resolution which shall be communicated to the Court,';
    expect(extract(text, { body: 'Security Council', symbol: 'S/RES/9(1946)', date: '1946-10-15' }).relations).toEqual([]);
  });
});

describe('organizations the capitalised-name reader cannot join', () => {
  it('A/RES/79/331 OP35: "the International Organization of la Francophonie" (its own cooperation resolution)', () => {
    const text =
      'Invites the Secretary-General to continue to involve the International Organization of la Francophonie, taking into account its expertise as well as the Declaration on the French language within the linguistic diversity of la Francophonie';
    expect(relations(text, { ...GA })).toContain('INVITES Organization:International Organization of la Francophonie');
  });

  it('GA decision 80/524 prints the French name and the International Chamber of Commerce', () => {
    const keys = mentionKeys('decided to invite: Meta, Organisation internationale de la Francophonie, University of Oxford, International Chamber of Commerce, Association for Progressive Communications', { ...GA });
    expect(keys).toContain('Organization:International Organization of la Francophonie');
    expect(keys).toContain('Organization:International Chamber of Commerce');
  });
});

describe('the ninth case pair: the Organized Crime Convention printed with a lower-case word', () => {
  it('A/RES/79/133 PP7 "the Conference of the Parties to the United Nations Convention against Transnational organized Crime" is the Conference of 78/228 PP47', () => {
    const text =
      'Recalling the adoption of resolution 10/7 of 16 October 2020, entitled “Combating transnational organized crime against cultural property”, by the Conference of the Parties to the United Nations Convention against Transnational organized Crime at its tenth session, held in October 2020,';
    const keys = mentionKeys(text, { ...GA }, 'preambular');
    expect(keys.some((k) => k.includes('Transnational Organized Crime'))).toBe(true);
    expect(keys.some((k) => k.includes('Transnational organized Crime'))).toBe(false);
  });
});

describe('"its second and third substantive sessions": "its" before a list of ordinals', () => {
  it('A/RES/80/16 PP1 (railcar format): each listed session of the open-ended working group', () => {
    const text =
      'Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to resolution 75/240 held its organizational session and its first substantive session in 2021, its second and third substantive sessions in 2022, its fourth, fifth and sixth substantive sessions in 2023,';
    const events = extract(text, { body: 'General Assembly', symbol: 'A/RES/80/16', date: '2025-12-01' }, 'preambular').mentions.filter((m) => m.kind === 'Event');
    // (aud36h: "its organizational session" is the working group's too; aud36k: its year, printed once for it and the first, is both's)
    expect(events.map((m) => m.key.split(' of the ')[0])).toEqual([
      'Event:organizational session',
      'Event:first session',
      'Event:second session',
      'Event:third session',
      'Event:fourth session',
      'Event:fifth session',
      'Event:sixth session',
    ]);
    expect(events.map((m) => m.attrs.startDate)).toEqual(['2021', '2021', '2022', '2022', '2023', '2023', '2023']);
  });

  it('A/RES/80/132 OP15: "to report to the General Assembly at its eighty-fifth and ninetieth sessions"', () => {
    const keys = mentionKeys('Requests the Secretary-General to report to the General Assembly at its eighty-fifth and ninetieth sessions on the implementation of the present resolution;', { ...GA });
    expect(keys).toContain('Event:eighty-fifth session of the General Assembly');
    expect(keys).toContain('Event:ninetieth session of the General Assembly');
  });
});

describe('"the Final Declaration adopted by <a sitting>" is that sitting\'s, not one node for every final declaration', () => {
  it('S/RES/687 (1991) PP9: "the Final Declaration adopted by all States participating in the Conference of States Parties to the 1925 Geneva Protocol ..."', () => {
    const text =
      'Recalling that Iraq has subscribed to the Final Declaration adopted by all States participating in the Conference of States Parties to the 1925 Geneva Protocol and Other Interested States, held in Paris from 7 to 11 January 1989, 60 establishing the objective of universal elimination of chemical and biological weapons,';
    const keys = mentionKeys(text, { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' }, 'preambular');
    expect(keys).toContain('Framework:Final Declaration (Conference of States Parties to the 1925 Geneva Protocol and Other Interested States)');
  });

  it('a Final Declaration with no sitting after it keeps its bare key', () => {
    expect(mentionKeys('Recalling the Final Declaration and its commitments,', { ...GA }, 'preambular')).toContain('Framework:Final Declaration');
  });
});

describe('the Council\'s 1950 names of places', () => {
  it('S/RES/82 (1950) OP2: "the authorities in North Korea" (the variant "South Korea" already had its place), not "North Korean"', () => {
    const keys = mentionKeys('Calls upon the authorities in North Korea to withdraw forthwith their armed forces to the 38th parallel;', { body: 'Security Council', symbol: 'S/RES/82(1950)', date: '1950-06-25' });
    expect(keys).toEqual(["Place:Democratic People's Republic of Korea"]);
    expect(mentionKeys('To observe the withdrawal of North Korean forces to the 38th parallel;', { body: 'Security Council', symbol: 'S/RES/82(1950)', date: '1950-06-25' })).toEqual([]);
  });
});
