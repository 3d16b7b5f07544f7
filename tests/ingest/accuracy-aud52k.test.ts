// Audit aud52k (session 52): residuals of 80/243 (gold tests/gold/aud52e-A_RES_80_243.gold.tsv) checked across corpus-ga.
// Every input is quoted from the named file and paragraph.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { parseGold } from '../bench/gold.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_243: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/243', date: '2025-12-24' };
const { keys, relations } = oneParagraph({ ctx: GA80_243, kind: 'operative' });

const SIERRA_LEONE_AGREEMENT = 'Framework:Agreement between the United Nations and the Government of Sierra Leone on the Establishment of a Residual Special Court for Sierra Leone';
const CAMBODIA_AGREEMENT = 'Framework:Agreement between the United Nations and the Royal Government of Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea';
const CAMBODIA_ADDENDUM = `Framework:Addendum to the ${CAMBODIA_AGREEMENT.slice('Framework:'.length)} on the Transitional Arrangements and the Completion of Work of the Extraordinary Chambers`;

describe('an agreement between the United Nations and a Government or organization, named by its parties and subject, is one Framework', () => {
  it('A/RES/80/243 V.OP4: "Recalls article 6 of the Agreement between the United Nations and the Government of Sierra Leone on the Establishment of ...": RECALLS the Agreement, not the United Nations', () => {
    const text =
      'Recalls article 6 of the Agreement between the United Nations and the Government of Sierra Leone on the Establishment of a Residual Special Court for Sierra Leone, and reaffirms that the Residual Special Court shall have its principal seat in Sierra Leone and that it shall carry out its functions at its interim seat in the Kingdom of the Netherlands, with a sub-office in Sierra Leone for witness and victim protection and support, until such time as the Parties agree otherwise;';
    const rels = relations(text);
    expect(rels).toContain(`RECALLS ${SIERRA_LEONE_AGREEMENT}`);
    expect(rels).not.toContain('RECALLS Organization:United Nations');
  });

  it('A/RES/80/243 IV.OP6 (79/324 OP1): the Addendum to the Agreement is the target, not the United Nations nor the Chambers printed in its title; the Secretary-General and Cambodia are addressed', () => {
    const text =
      'Encourages the Secretary-General and the Royal Government of Cambodia to take all the measures necessary to fully implement the Addendum to the Agreement between the United Nations and the Royal Government of Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea on the Transitional Arrangements and the Completion of Work of the Extraordinary Chambers (the Addendum) with a view to working towards the completion of the remaining residual functions and ensuring an orderly and timely transition to the new Cambodian institution;';
    expect(relations(text).sort()).toEqual([
      `ENCOURAGES ${CAMBODIA_ADDENDUM}`,
      'ENCOURAGES Organization:Secretary-General of the United Nations',
      'ENCOURAGES Place:Cambodia',
    ]);
  });

  it('A/RES/79/324 PP2: the Agreement ends at its subject, before "(the Agreement)"', () => {
    const text =
      'Recalling also that the expenses of the Extraordinary Chambers in the Courts of Cambodia are to be borne as provided in the Agreement between the United Nations and the Royal Government of Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea (the Agreement) and that the expenses to be defrayed by the United Nations in accordance with the Agreement shall be met from voluntary contributions,';
    expect(keys(text, 'Framework:', 'preambular')).toContain(CAMBODIA_AGREEMENT);
  });

  it('A/RES/79/13 OP1: an agreement with an organization and no subject: "the Agreement between the United Nations and the Latin American and Caribbean Economic System"', () => {
    const text =
      'Takes note with satisfaction of the positive assessment of the implementation of the Agreement between the United Nations and the Latin American and Caribbean Economic System, and urges the parties to continue strengthening the collaboration between both organizations;';
    expect(relations(text)).toEqual(['NOTES Framework:Agreement between the United Nations and the Latin American and Caribbean Economic System']);
  });

  it('guard: A/RES/78/116 PP: the known Headquarters Agreement keeps its gazetteer key', () => {
    const text =
      'Recalling the Agreement between the United Nations and the United States of America regarding the Headquarters of the United Nations, the Vienna Convention on Diplomatic Relations and the responsibilities of the host country,';
    const frameworks = keys(text, 'Framework:', 'preambular');
    expect(frameworks).toContain('Framework:Headquarters Agreement');
    expect(frameworks.some((k) => k.startsWith('Framework:Agreement between'))).toBe(false);
  });

  it('guard: A/RES/78/6 PP: "the Relationship Agreement between the United Nations and the International Criminal Court" stays as it was named', () => {
    const text = 'Recalling the Relationship Agreement between the United Nations and the International Criminal Court, and the Headquarters Agreement,';
    expect(keys(text, 'Framework:', 'preambular')).toContain('Framework:Relationship Agreement between the United Nations and the International Criminal Court');
  });
});

describe('a State listed after a body the verb addresses is addressed too', () => {
  it('A/RES/80/243 IV.OP6: "Encourages the Secretary-General and the Royal Government of Cambodia to take all the measures necessary"', () => {
    expect(relations('Encourages the Secretary-General and the Royal Government of Cambodia to take all the measures necessary;')).toEqual([
      'ENCOURAGES Organization:Secretary-General of the United Nations',
      'ENCOURAGES Place:Cambodia',
    ]);
  });

  it('guard: a body that is no addressee (after "the efforts of") opens no list: "Notes the efforts of the Secretary-General and the Royal Government of Cambodia to ..."', () => {
    expect(relations('Notes the efforts of the Secretary-General and the Royal Government of Cambodia to take all the measures necessary;')).not.toContain('NOTES Place:Cambodia');
  });
});

describe('gold DATE facts are a set per file: a date is one node', () => {
  // tests/gold/aud52e-A_RES_80_243.gold.tsv: 58/264 (I.PP1) and 58/266 (III.PP1) were both adopted on 23 December 2003
  const gold = (lines: string[]) => parseGold(['#!source\tcorpus-ga/A_RES_80_243.txt', ...lines].join('\n'), 'test.gold.tsv');

  it('A/RES/80/243 I.PP1 and III.PP1: the same date annotated in two sections is one fact', () => {
    const file = gold(['CIT\tI.PP1\tA/RES/58/264', 'DATE\t2003-12-23', 'CIT\tIII.PP1\tA/RES/58/266', 'DATE\t2003-12-23', 'DATE\t2010-12-24']);
    expect(file.facts.filter((f) => f.score === 'DATE')).toEqual([{ score: 'DATE', iso: '2003-12-23' }, { score: 'DATE', iso: '2010-12-24' }]);
  });

  it('guard: ENT lines repeated on purpose stay (one per node of a shared name, aud50j-A_RES_79_196)', () => {
    const file = gold(['ENT\tEvent\tSummit of the Group of 20', 'ENT\tEvent\tSummit of the Group of 20']);
    expect(file.facts).toHaveLength(2);
  });
});
