// Session-68 audit aud68c: A/RES/79/191 (addressing and countering the world drug problem, Third Committee) and its sister drug
// texts (78/284, 78/131). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/191',
  date: '2024-12-17',
  title: 'Addressing and countering the world drug problem through a comprehensive, integrated and balanced approach',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

const OUR_JOINT_COMMITMENT = 'Framework:Our joint commitment to effectively addressing and countering the world drug problem';
const UNGASS_2016 = 'Event:thirtieth special session of the General Assembly';

describe('the untitled outcome document of the thirtieth special session is its titled outcome, “Our joint commitment ...”', () => {
  it('A/RES/79/191 PP3: "the outcome document of the thirtieth special session of the General Assembly, held in 2016,"', () => {
    const text =
      'Reaffirming the Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the implementation by Member States of the Political Declaration and Plan of Action and the outcome document of the thirtieth special session of the General Assembly, held in 2016, and reaffirming also the 2019 Ministerial Declaration,';
    const rels = relations(text);
    expect(rels).toContain(`REAFFIRMS ${OUR_JOINT_COMMITMENT}`);
    expect(rels).toContain(`REAFFIRMS ${UNGASS_2016}`);
    expect(attributions(text)).toContain(`ADOPTED ${UNGASS_2016} -> ${OUR_JOINT_COMMITMENT}`);
  });

  it('A/RES/79/191 OP59: "the implementation of, inter alia, the outcome document of the thirtieth special session ..."', () => {
    const text =
      'Invites the Commission to continue to examine how its subsidiary bodies can better contribute to the implementation of, inter alia, the outcome document of the thirtieth special session of the General Assembly and all relevant commitments;';
    expect(relations(text, 'operative')).toContain(`INVITES ${OUR_JOINT_COMMITMENT}`);
  });

  it('A/RES/78/284 PP4: "the outcome document of the special session of the General Assembly on the world drug problem held in 2016"', () => {
    const text =
      'Reaffirming the Political Declaration and Plan of Action and the outcome document of the special session of the General Assembly on the world drug problem held in 2016, aimed at achieving all drug policy commitments,';
    const ctx284: RecognizeContext = { ...ctx, symbol: 'A/RES/78/284', date: '2024-06-10', title: 'Central Asia’s unified resolve and cooperation to effectively address and counter drug-related challenges' };
    expect(relations(text, 'preambular', ctx284)).toContain(`REAFFIRMS ${OUR_JOINT_COMMITMENT}`);
  });

  it('guard: A/RES/78/131 PP2, the title printed: one framework, the same key', () => {
    const text =
      'Recalling the outcome document of the thirtieth special session of the General Assembly, held in 2016, entitled “Our joint commitment to effectively addressing and countering the world drug problem”,';
    expect(keys(text, 'Framework:')).toEqual([OUR_JOINT_COMMITMENT]);
  });

  it('guard: "the outcome of the thirtieth special session ..." (A/RES/79/332 PP16) names no outcome document', () => {
    const text =
      'Recognizing also the role of the Shanghai Cooperation Organization in combating drugs, based on the outcome of the thirtieth special session of the General Assembly on the world drug problem, held in New York from 19 to 21 April 2016,';
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('guard: the outcome document of a special session the map does not know stays unread ("the twenty-third special session")', () => {
    const text = 'Recalling the Beijing Declaration and Platform for Action and the outcome document of the twenty-third special session of the General Assembly,';
    expect(keys(text, 'Framework:Outcome').concat(keys(text, 'Framework:Our'))).toEqual([]);
  });
});

describe('"the support and appreciation of the General Assembly": the Assembly\'s own stance, no edge', () => {
  it('A/RES/79/191 PP9: "reaffirming also the support and appreciation of the General Assembly for the efforts of the United Nations"', () => {
    const rels = relations(
      'Reaffirming also the principal role of the Commission on Narcotic Drugs, reaffirming also the support and appreciation of the General Assembly for the efforts of the United Nations, in particular those of the United Nations Office on Drugs and Crime,',
    );
    expect(rels.filter((r) => r.endsWith('Organization:General Assembly'))).toEqual([]);
    expect(rels).toContain('REAFFIRMS Organization:United Nations Office on Drugs and Crime');
  });

  it('guard: "the work of the General Assembly" keeps the Assembly a target (session 50)', () => {
    expect(relations('Reaffirming the importance of the work of the General Assembly on the world drug problem,')).toContain('REAFFIRMS Organization:General Assembly');
  });
});
