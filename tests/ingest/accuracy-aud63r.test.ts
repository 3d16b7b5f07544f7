// Session-63 audit aud63r: residual faults under the lead's rulings of session 63 (no new gold set). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/58', '2024-12-02', 'Implementation of the Convention on Cluster Munitions'), kind: 'preambular' });

describe('the President or Chair of a sitting: the officer post takes the verb, the sitting in its name none (lead, session 63)', () => {
  it('A/RES/79/58 PP16: "the dialogue undertaken by the President of the twelfth Meeting of States Parties to the Convention"', () => {
    const rels = relations(
      'Welcoming the dialogue undertaken by the President of the twelfth Meeting of States Parties to the Convention on Cluster Munitions, with States not parties to the Convention, in support of universal adherence to the Convention,',
    );
    expect(rels).toContain('WELCOMES Organization:President of the Twelfth Meeting of States Parties to the Convention on Cluster Munitions');
    expect(rels.filter((r) => r.includes('Event:'))).toEqual([]);
  });

  it('A/RES/79/58 PP18: the post, and the same Meeting named again as the one that considers ("by the thirteenth Meeting")', () => {
    const rels = relations(
      'Taking note also of the mandate for the President of the thirteenth Meeting of States Parties to the Convention on Cluster Munitions to consult further and present recommendations for consideration by the thirteenth Meeting of States Parties to the Convention on Cluster Munitions,',
    );
    expect(rels).toContain('NOTES Organization:President of the Thirteenth Meeting of States Parties to the Convention on Cluster Munitions');
    expect(rels.some((r) => r.startsWith('NOTES Event:') && r.includes('Thirteenth Meeting'))).toBe(true);
  });

  it('guard: A/RES/78/121 PP19 "the summary by the Chair of the meeting of the Ad Hoc Liaison Committee held on 22 September 2014": the dated sitting stays', () => {
    const text =
      'Welcoming the implementation of the Palestinian National Development Plan, as outlined in the summary by the Chair of the meeting of the Ad Hoc Liaison Committee held on 22 September 2014,';
    expect(keys(text, 'Organization:Chair of the meeting')).toEqual([]);
  });

  it('guard: "by Egypt as President of the twenty-seventh session of the Conference of the Parties" (A/RES/78/263): no post, the State holds it', () => {
    const text =
      'Welcoming the efforts made by Egypt as President of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(keys(text, 'Organization:President of')).toEqual([]);
  });
});

describe('"the report of the Secretary-General on the work of the Organization": the United Nations as topic (lead, session 63)', () => {
  const op = oneParagraph({ ctx: ctxOf('A/RES/79/6', '2024-11-04', 'Report of the International Criminal Court'), kind: 'operative' });
  it('A/RES/79/6 OP28 (78/6 OP27, 73/7 OP25): "Acknowledges the report of the Secretary-General on the work of the Organization"', () => {
    const rels = op.relations('Acknowledges the report of the Secretary-General on the work of the Organization;');
    expect(rels).toContain('ACKNOWLEDGES Organization:United Nations');
    expect(rels).toContain('ACKNOWLEDGES Organization:Secretary-General of the United Nations');
  });

  it('guard: "the report of the Secretary-General on the Organization’s budget" is not read (no "work of the" before the short form)', () => {
    expect(op.relations('Acknowledges the report of the Secretary-General on the budget of the Organization;')).not.toContain('ACKNOWLEDGES Organization:United Nations');
  });
});

describe('a session of the Assembly as a point in time, a sitting body with its session as a setting: no verb (lead, session 63)', () => {
  const op = oneParagraph({ ctx: ctxOf('A/RES/79/85', '2024-12-04', 'Effects of atomic radiation'), kind: 'operative' });
  it('A/RES/79/85 OP26 (80/75): "as decided after the seventy-eighth session of the General Assembly"', () => {
    const rels = op.relations(
      'Welcomes the increase of the regular budget of the Scientific Committee in 2023 as decided after the seventy-eighth session of the General Assembly, allowing in particular to sustain the capacities of the secretariat to support the Committee;',
    );
    expect(rels).toContain('WELCOMES Organization:Scientific Committee (A/RES/79/85)');
    expect(rels.filter((r) => r.includes('Event:'))).toEqual([]);
  });

  it('guard: "Decides to include in the provisional agenda of its eightieth session" keeps the session', () => {
    expect(op.relations('Decides to include in the provisional agenda of its eightieth session the item entitled “Effects of atomic radiation”;')).toContain(
      'DECIDES Event:eightieth session of the General Assembly',
    );
  });

  const pp = oneParagraph({ ctx: ctxOf('A/RES/78/159', '2023-12-19', 'Protection of global climate for present and future generations of humankind'), kind: 'preambular' });
  const COP = 'Conference of the Parties to the United Nations Framework Convention on Climate Change';
  it('A/RES/78/159 PP5: "urging Parties to come to agreement at the Conference of the Parties at its twenty-eighth session"', () => {
    const rels = pp.relations(
      `Welcoming also the outcomes of the twenty-seventh ${COP}, held in Sharm el-Sheikh, Egypt, from 6 to 20 November 2022, and urging Parties to come to agreement at the Conference of the Parties at its twenty-eighth session,`,
    );
    expect(rels).toContain(`WELCOMES Event:twenty-seventh session of the ${COP}`);
    expect(rels).not.toContain(`URGES Event:${COP}`);
    expect(rels).not.toContain(`URGES Event:twenty-eighth session of the ${COP}`);
  });

  it('guard: "Invites the Conference of the Parties at its twenty-eighth session to consider" (no "at the" before): the body asked', () => {
    const rels = oneParagraph({ ctx: ctxOf('A/RES/78/159', '2023-12-19', 'x'), kind: 'operative' }).relations(
      `Recalls the ${COP}, and invites the Conference of the Parties at its twenty-eighth session to consider the matter;`,
    );
    expect(rels).toContain(`INVITES Event:${COP}`);
  });
});

describe('a treaty\'s year with no comma, before its bracketed short form: ADOPTED_ON (lead, session 63)', () => {
  const ctx = ctxOf('A/RES/80/74', '2025-12-01', 'Assistance in mine action');
  const note = (body: string) => footnotedAttributions('PP2', 'Recalling the relevant international treaties,1 and noting.', '1', 'treaties,1', `1 These include ${body}`, ctx);
  it('A/RES/80/74 PP2 note 1: "... Victims of International Armed Conflicts 1977 (Protocol I);"', () => {
    const atts = note(
      'the Convention on Cluster Munitions, 2008; the Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts 1977 (Protocol I); and the Convention on the Rights of Persons with Disabilities, 2006.',
    );
    expect(atts.filter((a) => a.endsWith('-> Date:1977'))).toHaveLength(1);
    expect(atts.find((a) => a.endsWith('-> Date:1977'))).toMatch(/^ADOPTED_ON Framework:Protocol Additional to the Geneva Conventions/);
    expect(atts).toContain('ADOPTED_ON Framework:Convention on Cluster Munitions -> Date:2008');
  });

  it('guard: a bare year with no bracket after it is not read ("the Convention on Cluster Munitions 2008 and ...")', () => {
    expect(note('the Convention on Cluster Munitions 2008 and the Convention on the Rights of Persons with Disabilities.').filter((a) => a.includes('Date:2008'))).toEqual([]);
  });
});
