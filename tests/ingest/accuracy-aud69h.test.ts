// Session-69 audit aud69h: A/RES/79/122 (United Nations Conference of Plenipotentiaries on Prevention and Punishment of Crimes
// against Humanity, Sixth Committee) and A/RES/80/6 (Report of the International Criminal Court). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_6: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/6', date: '2025-11-11', title: 'Report of the International Criminal Court' };
const { relations } = oneParagraph({ ctx: GA80_6, kind: 'operative' });
const APIC = 'Framework:Agreement on the Privileges and Immunities of the International Criminal Court';
const ICC = 'Organization:International Criminal Court';

describe('who is party to an instrument named by its body ("Parties to the Agreement on the Privileges and Immunities of <body>") is no part of its name', () => {
  it('A/RES/80/6 OP3: "... States not Parties to the Rome Statute that are Parties to the Agreement on the Privileges and Immunities of the International Criminal Court"', () => {
    const text =
      'Further welcomes the States Parties as well as States not Parties to the Rome Statute that are Parties to the Agreement on the Privileges and Immunities of the International Criminal Court, and calls upon all States that have not yet done so to consider becoming Parties to that Agreement;';
    const r = relations(text);
    expect(r).toContain(`WELCOMES ${APIC}`);
    expect(r).toContain(`CALLS_UPON ${APIC}`);
    // (the Court inside the instrument's name takes no verb of its own, as where "parties" is printed in lower case: 79/6 OP3)
    expect(r).not.toContain(`WELCOMES ${ICC}`);
    expect(r).not.toContain('CALLS_UPON Framework:Relationship Agreement between the United Nations and the International Criminal Court');
  });

  it('"States Parties to the Convention on the Privileges and Immunities of the Specialized Agencies" names the Convention', () => {
    const r = relations('Calls upon States Parties to the Convention on the Privileges and Immunities of the Specialized Agencies to fulfil their obligations;');
    expect(r).toContain('CALLS_UPON Framework:Convention on the Privileges and Immunities of the Specialized Agencies');
  });

  it('guard: the lower-case print (A/RES/79/6 OP3) reads as before', () => {
    const text =
      'Further welcomes the States parties as well as States not parties to the Rome Statute that are parties to the Agreement on the Privileges and Immunities of the International Criminal Court, and calls upon all States that have not yet done so to consider becoming parties to that Agreement;';
    const r = relations(text);
    expect(r).toContain(`WELCOMES ${APIC}`);
    expect(r).toContain(`CALLS_UPON ${APIC}`);
  });

  it('guard: "the Conference of the States Parties to the Convention" keeps its name (the parties\' body, not who is party)', () => {
    const r = relations('Welcomes the work of the Conference of the States Parties to the United Nations Convention against Corruption;');
    expect(r).toContain('WELCOMES Event:Conference of the States Parties to the United Nations Convention against Corruption');
  });
});

const GA79_122: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/122',
  date: '2024-12-04',
  title: 'United Nations Conference of Plenipotentiaries on Prevention and Punishment of Crimes against Humanity',
};
const PREPCOM = 'Organization:Preparatory Committee (A/RES/79/122)';

describe('"a preparatory committee for the Conference" is the Preparatory Committee the text names', () => {
  const { relations: ops } = oneParagraph({ ctx: GA79_122, kind: 'operative' });

  it('A/RES/79/122 OP6: "Decides to convene a preparatory committee for the Conference, to meet for two consecutive weeks, ..."', () => {
    const text =
      'Decides to convene a preparatory committee for the Conference, to meet for two consecutive weeks, from 19 to 30 January 2026, and for four days, in 2027, at United Nations Headquarters in New York;';
    expect(ops(text)).toContain(`DECIDES ${PREPCOM}`);
  });

  it('A/RES/80/169 OP2 (the same form): the lower-case committee and the capitalised name later in the paragraph are one node', () => {
    const text = 'Also decides to convene a preparatory committee for the Conference, and requests the Secretary-General to submit a proposed compiled text to the Preparatory Committee at its second session;';
    const r = ops(text);
    expect(r).toContain(`DECIDES ${PREPCOM}`);
    expect(r).toContain(`REQUESTS ${PREPCOM}`);
  });

  it('guard: "national preparatory committees" and a committee for another sitting name no Preparatory Committee', () => {
    expect(ops('Encourages the establishment of national preparatory committees for the Conference;').filter((r) => r.includes('Preparatory Committee'))).toEqual([]);
    expect(ops('Decides to convene a preparatory committee for the review, to meet in 2027;').filter((r) => r.includes('Preparatory Committee'))).toEqual([]);
  });
});
