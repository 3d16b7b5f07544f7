// Gold set aud51e (three long corpus-ga texts, first 40 paragraphs each: 78/182, 79/209, 80/98): back references over many
// paragraphs, and the Territory addressed after its administering Power. Each case quotes the file and paragraph it comes from; the guards hold the near sentences.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const WOMEN_2000 = 'Framework:Women 2000: gender equality, development and peace for the twenty-first century';
const SPECIAL_SESSION_23 = 'Event:twenty-third special session of the General Assembly';

/** paragraph id -> its verb relations as 'TYPE target', the resolution extracted as the pipeline does */
function relationsOf(symbol: string, date: string, paragraphs: ParagraphText[]): Record<string, string[]> {
  return Object.fromEntries(extractResolution(gaResolution(symbol, date, paragraphs)).paragraphs.map((p) => [p.paragraph.id, p.relations.map((r) => `${r.type} ${r.target}`)]));
}
function mentionsOf(symbol: string, date: string, paragraphs: ParagraphText[]): Record<string, string[]> {
  return Object.fromEntries(extractResolution(gaResolution(symbol, date, paragraphs)).paragraphs.map((p) => [p.paragraph.id, p.mentions.map((m) => m.key)]));
}

// A/RES/78/182 PP2: the outcome named with its title, once
const PP2_78_182 = notedParagraph(
  'PP2',
  'Deeply convinced that the Beijing Declaration and Platform for Action1 and the outcome of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,2 are important contributions to the achievement of gender equality and the empowerment of women and must be translated into effective action by all States, the United Nations system and other organizations concerned,',
  [['2', 'Resolution S-23/2, annex, and resolution S-23/3, annex.', 'century”,2']],
);

describe('"the outcome of <sitting>" after the text names that outcome with its title: the outcome, over paragraphs', () => {
  it('A/RES/78/182 PP9: "... stressing that challenges ... remain in the implementation of ... and the outcome of the twenty-third special session"', () => {
    const pp9 = notedParagraph(
      'PP9',
      'Welcoming progress made towards achieving gender equality and the empowerment of women, but stressing that challenges and obstacles remain in the implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session,',
    );
    const relations = relationsOf('A/RES/78/182', '2023-12-19', [PP2_78_182, pp9]);
    expect(relations.PP9).toContain(`EMPHASIZES ${WOMEN_2000}`);
    // the sitting keeps its own edge
    expect(relations.PP9).toContain(`EMPHASIZES ${SPECIAL_SESSION_23}`);
    expect(mentionsOf('A/RES/78/182', '2023-12-19', [PP2_78_182, pp9]).PP9).toContain(WOMEN_2000);
  });

  it('A/RES/78/182 OP2: "Reaffirms the Beijing Declaration ... and the outcome of the twenty-third special session of the General Assembly, also reaffirms ..."', () => {
    const op2 = notedParagraph(
      'OP2',
      'Reaffirms the Beijing Declaration and Platform for Action adopted at the Fourth World Conference on Women and the outcome of the twenty-third special session of the General Assembly, also reaffirms the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women adopted by the Commission on the Status of Women at its sixty-fourth session, and affirms its commitment to their full, effective and accelerated implementation;',
    );
    const relations = relationsOf('A/RES/78/182', '2023-12-19', [PP2_78_182, op2]);
    expect(relations.OP2!.filter((r) => r === `REAFFIRMS ${WOMEN_2000}`)).toHaveLength(1);
  });

  it('A/RES/78/187 PP20 form: "Taking note of the outcome document of the twenty-seventh special session" after the text named "A world fit for children"', () => {
    const pp = notedParagraph(
      'PP3',
      'Reaffirming the outcome document of the twenty-seventh special session of the General Assembly on children, entitled “A world fit for children”,',
    );
    const later = notedParagraph('PP20', 'Taking note of the outcome document of the twenty-seventh special session of the General Assembly,');
    const relations = relationsOf('A/RES/78/187', '2023-12-19', [pp, later]);
    const adopted = relations.PP3!.find((r) => r.startsWith('REAFFIRMS Framework:'));
    expect(adopted).toBeDefined();
    expect(relations.PP20).toContain(adopted!.replace('REAFFIRMS', 'NOTES'));
  });

  it('guard: no titled outcome named before (A/RES/78/182 PP9 alone): the sitting only', () => {
    const pp9 = notedParagraph(
      'PP9',
      'Welcoming progress made towards achieving gender equality and the empowerment of women, but stressing that challenges and obstacles remain in the implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session,',
    );
    const relations = relationsOf('A/RES/78/182', '2023-12-19', [pp9]);
    expect(relations.PP9!.some((r) => r.includes('Women 2000'))).toBe(false);
  });

  it('guard: the sitting named without "outcome of" (A/RES/78/182 PP2 with a later "Recalling the twenty-third special session") gives no outcome edge', () => {
    const later = notedParagraph('PP22', 'Recalling the twenty-third special session of the General Assembly, held in New York in June 2000,');
    const relations = relationsOf('A/RES/78/182', '2023-12-19', [PP2_78_182, later]);
    expect(relations.PP22!.some((r) => r.includes('Women 2000'))).toBe(false);
  });
});

const NC_CTX = { body: 'General Assembly', symbol: 'A/RES/80/98', date: '2025-12-05' };
const NEW_CALEDONIA = 'Place:New Caledonia';
const { relations: ncRelations } = oneParagraph({ ctx: NC_CTX, kind: 'operative' });

describe('the Territory addressed after its administering Power, left unnamed: "to the administering Power and the Government of X"', () => {
  it('A/RES/80/98 OP3 (78/94, 79/107): "Reiterates its appreciation to the administering Power and the Government of New Caledonia for the close cooperation"', () => {
    const text = 'Reiterates its appreciation to the administering Power and the Government of New Caledonia for the close cooperation and assistance extended to the visiting missions;';
    expect(ncRelations(text)).toContain(`REITERATES ${NEW_CALEDONIA}`);
  });

  it('A/RES/80/98 OP34: "..., and urges the administering Power and the Government of New Caledonia to devote appropriate attention"', () => {
    const text =
      'Takes note of the information shared by participants from New Caledonia at the Pacific and the Caribbean regional seminars on the implementation of the Third and Fourth International Decades for the Eradication of Colonialism held since May 2014, including on measured progress made in the social, economic, political and environmental spheres and more focused efforts, particularly on the rebalancing initiatives and electoral roll concerns, necessary for the long-term shared mutual benefit of all New Caledonians, and urges the administering Power and the Government of New Caledonia to devote appropriate attention to addressing these issues;';
    expect(ncRelations(text)).toContain(`URGES ${NEW_CALEDONIA}`);
    // "participants from New Caledonia": a place the information came from, not the noting's addressee
    expect(ncRelations(text)).not.toContain(`NOTES ${NEW_CALEDONIA}`);
  });

  it('guard: A/RES/80/98 OP11 form, "in partnership with the administering Power and the Government of New Caledonia": no addressee', () => {
    const text = 'Notes the ongoing collaboration between New Caledonian stakeholders in partnership with the administering Power and the Government of New Caledonia with a view to reaching a comprehensive agreement;';
    expect(ncRelations(text)).not.toContain(`NOTES ${NEW_CALEDONIA}`);
  });
});

/** one paragraph of a "Question of New Caledonia" text (A/RES/80/98), extracted as the pipeline does: relations and attributions */
function newCaledonia(text: string, title = 'Question of New Caledonia'): { relations: string[]; attributions: string[] } {
  const p = extractResolution(gaResolution('A/RES/80/98', '2025-12-05', [notedParagraph('PP10', text)], title)).paragraphs[0]!;
  return { relations: p.relations.map((r) => `${r.type} ${r.target}`), attributions: p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) };
}
const REFERENDUM = (year: string): string => `Event:referendum in New Caledonia @ ${year}`;

describe('a Territory\'s referendums listed with their days: one referendum per day, as territoryReferendums reads one', () => {
  it('A/RES/80/98 PP10 (78/94, 79/107): "the first and second self-determination referendums in New Caledonia on 4 November 2018 and 4 October 2020, respectively"', () => {
    const x = newCaledonia(
      'Recalling the peaceful conduct of the first and second self-determination referendums in New Caledonia on 4 November 2018 and 4 October 2020, respectively, in which the question “Do you want New Caledonia to accede to full sovereignty and become independent?” was asked, in accordance with the Nouméa Accord and the respective decisions of the Committee of Signatories to the Nouméa Accord of March 2018 and November 2019,',
    );
    expect(x.relations).toEqual(expect.arrayContaining([`RECALLS ${REFERENDUM('2018')}`, `RECALLS ${REFERENDUM('2020')}`]));
    expect(x.attributions).toEqual(expect.arrayContaining([`STARTS_ON ${REFERENDUM('2018')} -> Date:2018-11-04`, `STARTS_ON ${REFERENDUM('2020')} -> Date:2020-10-04`]));
    expect(x.attributions).toContain(`HELD_IN ${REFERENDUM('2018')} -> Place:New Caledonia`);
  });

  it('A/RES/80/98 PP22: "the conduct of self-determination referendums in New Caledonia on 4 November 2018, 4 October 2020 and 12 December 2021"', () => {
    const x = newCaledonia(
      'Noting the strengthened cooperation of the administering Power with regard to the work of the Special Committee relating to New Caledonia, including its facilitation of the 2014 and 2018 visiting missions, and the agreement for the next visiting mission, as well as the conduct of self-determination referendums in New Caledonia on 4 November 2018, 4 October 2020 and 12 December 2021, in accordance with the Nouméa Accord,',
    );
    expect(x.relations).toEqual(expect.arrayContaining([`NOTES ${REFERENDUM('2018')}`, `NOTES ${REFERENDUM('2020')}`, `NOTES ${REFERENDUM('2021')}`]));
    expect(x.attributions).toContain(`STARTS_ON ${REFERENDUM('2021')} -> Date:2021-12-12`);
  });

  it('guard: the same words in a text of another title: whose referendums is not said, no event', () => {
    const x = newCaledonia('Noting the conduct of self-determination referendums on 4 November 2018 and 4 October 2020,', 'Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples');
    expect(x.relations.some((r) => r.includes('referendum'))).toBe(false);
  });

  it('guard: another place\'s referendums in a Territory\'s text (A/RES/80/96, "Question of Guam"): not its referendums, no event', () => {
    const x = newCaledonia('Recalling the self-determination referendums in New Caledonia on 4 November 2018 and 4 October 2020,', 'Question of Guam');
    expect(x.relations.some((r) => r.includes('referendum'))).toBe(false);
  });

  it('guard: referendums with no days listed ("future referendums in the Territory") make no event', () => {
    const x = newCaledonia('Noting the concerns regarding future referendums in the Territory and the need for clarity,');
    expect(x.relations.some((r) => r.includes('referendum'))).toBe(false);
  });

  it('A/RES/80/98 PP12 (78/94, 79/107 PP11): "the holding on 12 December 2021 of the third self-determination referendum in New Caledonia": the day before it', () => {
    const x = newCaledonia(
      'Taking note of the holding on 12 December 2021 of the third self-determination referendum in New Caledonia subsequent to the decision taken in June 2021 by the administering Power and the challenges involved and the concerns expressed over the results,',
    );
    expect(x.relations).toContain(`NOTES ${REFERENDUM('2021')}`);
    expect(x.attributions).toContain(`STARTS_ON ${REFERENDUM('2021')} -> Date:2021-12-12`);
    // (the month after it is the decision's, not the referendum's)
    expect(x.attributions.some((a) => a.includes('2021-06'))).toBe(false);
  });

  it('guard: "the holding on 5 June 2015 of the extraordinary meeting" is no referendum', () => {
    const x = newCaledonia('Recalling the holding on 5 June 2015 of the extraordinary meeting of the Committee of Signatories in Paris,');
    expect(x.relations.some((r) => r.includes('referendum'))).toBe(false);
  });
});
