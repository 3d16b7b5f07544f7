// Session-59 audit aud59b: residuals found by annotating A/RES/78/204 (National human rights institutions, Third Committee). Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/204', '2023-12-19'), kind: 'preambular' });

const PARIS_PRINCIPLES = 'Framework:Paris Principles';
const GANHRI = 'Organization:Global Alliance of National Human Rights Institutions';

describe('item 1: an object broken off at its preposition before ", and <verb> ... <preposition>, <object>" is both verbs\' object', () => {
  it('A/RES/78/204 PP7: "Reaffirming also the importance of, and welcoming the rapidly growing interest throughout the world in, establishing ... in accordance with the Paris Principles"', () => {
    const rel = relations(
      'Reaffirming also the importance of, and welcoming the rapidly growing interest throughout the world in, establishing and strengthening independent and pluralistic national human rights institutions in accordance with the Paris Principles,',
    );
    expect(rel).toContain(`REAFFIRMS ${PARIS_PRINCIPLES}`);
    expect(rel).toContain(`WELCOMES ${PARIS_PRINCIPLES}`);
  });

  it('A/RES/80/214 PP: the same words without "also"', () => {
    const rel = relations(
      'Reaffirming the importance of, and welcoming the rapidly growing interest throughout the world in, establishing and strengthening independent and pluralistic national human rights institutions in accordance with the Paris Principles,',
      'preambular',
      ctxOf('A/RES/80/214', '2025-12-15'),
    );
    expect(rel).toContain(`REAFFIRMS ${PARIS_PRINCIPLES}`);
    expect(rel).toContain(`WELCOMES ${PARIS_PRINCIPLES}`);
  });

  it('the operative form of A/RES/78/137 OP16 ("Acknowledges the efforts of, and invites creditors to provide additional flexibility to, <object>") with a named object', () => {
    const rel = relations(
      'Acknowledges the efforts of, and invites Member States to provide additional support to, the Global Alliance of National Human Rights Institutions;',
      'operative',
    );
    expect(rel).toContain(`ACKNOWLEDGES ${GANHRI}`);
    expect(rel).toContain(`INVITES ${GANHRI}`);
  });

  it('guard: A/RES/78/204 PP2 "..., welcoming the thirtieth anniversary of the adoption of the Paris Principles in 2023, and recalling with appreciation the establishment of the Global Alliance ...": no object broken off', () => {
    const rel = relations(
      'Recalling also the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcoming the thirtieth anniversary of the adoption of the Paris Principles in 2023, and recalling with appreciation the establishment of the Global Alliance of National Human Rights Institutions,',
    );
    expect(rel).toContain(`RECALLS ${GANHRI}`);
    expect(rel).not.toContain(`WELCOMES ${GANHRI}`);
  });

  it('guard: the second verb\'s own objects before its preposition and comma stay its own', () => {
    const rel = relations(
      'Acknowledges the efforts of, and invites the Global Alliance of National Human Rights Institutions to provide additional support to, national institutions;',
      'operative',
    );
    expect(rel).toContain(`INVITES ${GANHRI}`);
    expect(rel).not.toContain(`ACKNOWLEDGES ${GANHRI}`);
  });
});

describe('item 2: ", and to <verb>" in a clause that asks no one to act goes back to the verb of asking before it', () => {
  const OHCHR = 'Organization:Office of the United Nations High Commissioner for Human Rights';
  const OP9 =
    'Encourages all Member States to establish effective, independent, pluralistic and adequately resourced national institutions or, where they already exist, to strengthen them, in line with the Paris Principles, for the promotion and protection of all human rights and fundamental freedoms for all, as outlined in the Vienna Declaration and Programme of Action, and welcomes the growing number of States establishing national human rights institutions in line with the Paris Principles, including as one of the means for accelerating and guaranteeing progress for the implementation of the 2030 Agenda for Sustainable Development, and to seek technical cooperation and assistance from the Office of the United Nations High Commissioner for Human Rights;';

  it('A/RES/78/204 OP9 (80/214 the same): "Encourages all Member States to establish ..., and welcomes the growing number of States ..., and to seek technical cooperation and assistance from the Office ..."', () => {
    const rel = relations(OP9, 'operative');
    expect(rel).toContain(`ENCOURAGES ${OHCHR}`);
    expect(rel).not.toContain(`WELCOMES ${OHCHR}`);
    // (what the welcoming clause names before ", and to" stays its own)
    expect(rel).toContain('WELCOMES Framework:2030 Agenda for Sustainable Development');
    expect(rel).not.toContain('ENCOURAGES Framework:2030 Agenda for Sustainable Development');
  });

  it('guard: the later clause\'s own infinitive ("welcomes the decision of ... to ..., and to ..."): the noun\'s infinitives stay with it', () => {
    const rel = relations(
      'Encourages all Member States to establish national institutions, and welcomes the decision of the Global Alliance of National Human Rights Institutions to strengthen its regional networks, and to seek cooperation with the Office of the United Nations High Commissioner for Human Rights;',
      'operative',
    );
    expect(rel).toContain(`WELCOMES ${OHCHR}`);
    expect(rel).not.toContain(`ENCOURAGES ${OHCHR}`);
  });

  it('guard: no verb of asking before (A/RES/78/204 OP9 with "Recognizes" for "Encourages")', () => {
    const rel = relations(OP9.replace('Encourages all Member States to establish', 'Recognizes the efforts of all Member States to establish'), 'operative');
    expect(rel).not.toContain(`ENCOURAGES ${OHCHR}`);
  });
});
