// Session-63 audit aud63d: A/RES/78/252 (questions relating to the proposed programme budget for 2024, Fifth Committee) and its
// sister budget texts (79/257, 80/242). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const BUDGET_2024 = 'Questions relating to the proposed programme budget for 2024';
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/252', '2023-12-22', BUDGET_2024), kind: 'operative' });

describe('a post moved "from <place> to <place>" after a body\'s name: the places are no part of the name', () => {
  it('A/RES/78/252 OP38: "in the Liaison Office from Nairobi to Arusha"', () => {
    const text =
      'Decides not to redeploy one Political Affairs Officer (P-3) and one Administrative Assistant (Local level) in the Liaison Office from Nairobi to Arusha;';
    expect(relations(text)).toEqual(['DECIDES Organization:Liaison Office']);
    expect(keys(text, 'Place:')).toEqual(['Place:Nairobi', 'Place:Arusha']);
  });

  it('guard: A/RES/78/252 OP62 "the redeployment of one Public Information Officer (P-3) from New York to Geneva": no body, the places', () => {
    const text =
      'Takes note of paragraph VII.14 of the report of the Advisory Committee, and approves the redeployment of one Public Information Officer (P-3) from New York to Geneva;';
    expect(keys(text, 'Place:')).toEqual(['Place:New York', 'Place:Geneva']);
    expect(keys(text, 'Organization:Office')).toEqual([]);
  });

  it('guard: A/RES/79/136 PP17 "two International Conferences on Safeguarding Sport from Corruption, held in Vienna": "from" and no place keeps the name', () => {
    const text =
      'Noting the work of the United Nations Office on Drugs and Crime in collaborating with INTERPOL under its Programme on Safeguarding Sport from Corruption and Economic Crime, as well as organizing two International Conferences on Safeguarding Sport from Corruption, held in Vienna in 2023,';
    expect(keys(text, 'Event:International Conferences', 'preambular', ctxOf('A/RES/79/136', '2024-12-17', 'Strengthening the United Nations crime prevention and criminal justice programme'))).toEqual([
      'Event:International Conferences on Safeguarding Sport from Corruption',
    ]);
  });
});

describe('the Office of Programme Planning, Finance and Budget is one body (the comma is inside its name)', () => {
  it('A/RES/78/252 OP31 (a), (b): the offices whose posts are abolished', () => {
    const text =
      'Decides to abolish the following posts that have been vacant for more than 24 months: (a) One P-2 post of Associate Architect in the Office of Programme Planning, Finance and Budget; (b) Two P-2 posts of Associate Information Systems Officer in the Office of Information and Communications Technology;';
    const rels = relations(text);
    expect(rels).toContain('DECIDES Organization:Office of Programme Planning, Finance and Budget');
    expect(rels).toContain('DECIDES Organization:Office of Information and Communications Technology');
  });
});

describe('"accountability in the Secretariat": the Secretariat as a setting, as "accountability throughout the Secretariat" (session 58)', () => {
  const SECRETARIAT = 'Organization:Secretariat of the United Nations';
  it('A/RES/78/252 OP20 (79/257 OP12, 80/242 OP33): "enhances both management and accountability in the Secretariat"', () => {
    const rels = relations(
      'Stresses that results-based budgeting and results-based management are mutually supportive management tools and that improved implementation of results-based budgeting enhances both management and accountability in the Secretariat, and encourages the Secretary-General to continue his efforts in this regard;',
    );
    expect(rels).not.toContain(`EMPHASIZES ${SECRETARIAT}`);
    expect(rels).toContain('ENCOURAGES Organization:Secretary-General of the United Nations');
  });

  it('guard: A/RES/78/253 XII.OP4 "to combat racism and racial discrimination in the Secretariat" keeps the Secretariat (its gold)', () => {
    const rels = relations(
      'Notes the long-standing efforts and initiatives by the United Nations to combat racism and racial discrimination in the Secretariat, and welcomes the role played by the Special Adviser to the Secretary-General for Addressing Racism in the Workplace in this regard;',
      'operative',
      ctxOf('A/RES/78/253', '2023-12-22', 'Special subjects relating to the proposed programme budget for 2024'),
    );
    expect(rels).toContain(`NOTES ${SECRETARIAT}`);
  });
});
