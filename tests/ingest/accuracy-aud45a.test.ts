// Session-45 audit aud45a: the remaining Security Council texts of /work/shared/corpus (S/RES/1 (1946), 9 (1946), 338 (1973),
// 660 (1990), 883 (1993), 1454 (2002)), annotated by hand before reading the output (gold in /tmp/lead/aud45a-gold). Fixed: the
// Council named as the owner inside its committee's name ("the Committee of the Security Council established by resolution
// 748 (1992)") is the verb's target too, as an organ's owner printed after it is; a State named with "all States" as the
// subjects of a decision ("Decides that the Governments of all States, and the Government of Libya, shall ...") is the State
// the decision binds. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC883: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/883(1993)', date: '1993-11-11' };
const { relations, attributions, keys } = oneParagraph({ ctx: SC883, kind: 'operative' });

const COUNCIL = 'Organization:Security Council';
const COMMITTEE_748 = 'Organization:Security Council Committee (S/RES/748(1992))';

describe('the Council named inside its committee\'s name is the verb\'s target too', () => {
  it('S/RES/883 (1993) OP9: "Instructs the Committee of the Security Council established by resolution 748 (1992) to draw up ...": REQUESTS the Committee and the Council, the Committee PART_OF the Council', () => {
    const text =
      'Instructs the Committee of the Security Council established by resolution 748 (1992) to draw up expeditiously guidelines for the implementation of paragraphs 3 to 7 above, and to amend and supplement, as appropriate, the guidelines for the implementation of resolution 748 (1992), especially its paragraph 5 (a);';
    const rel = relations(text);
    expect(rel).toContain(`REQUESTS ${COMMITTEE_748}`);
    expect(rel).toContain(`REQUESTS ${COUNCIL}`);
    expect(attributions(text)).toContain(`PART_OF ${COMMITTEE_748} -> ${COUNCIL}`);
  });

  it('S/RES/883 (1993) OP10: "Entrusts the Committee of the Security Council established by resolution 748 (1992) with the task ...": REQUESTS the Council', () => {
    const text =
      'Entrusts the Committee of the Security Council established by resolution 748 (1992) with the task of examining possible requests for assistance under the provisions of Article 50 of the Charter of the United Nations and making recommendations to the President of the Council for appropriate action;';
    expect(relations(text)).toContain(`REQUESTS ${COUNCIL}`);
  });

  it('"the Security Council Committee established pursuant to resolution 1540 (2004)": the Council printed before its organ is the verb\'s too (aud47a: an owner printed first, as one printed after)', () => {
    const text = 'Requests the Security Council Committee established pursuant to resolution 1540 (2004) to report to the Council;';
    const rel = relations(text);
    expect(rel).toContain('REQUESTS Organization:Security Council Committee (S/RES/1540(2004))');
    // ("report to the Council": the Council named again by its short form is the verb's, once)
    expect(rel.filter((r) => r === `REQUESTS ${COUNCIL}`)).toHaveLength(1);
    expect(relations('Requests the Security Council Committee established pursuant to resolution 1540 (2004) to intensify its efforts;')).toContain(`REQUESTS ${COUNCIL}`);
  });

  it('guard: A/RES/78/96-style "the Executive Committee of the Programme of the United Nations High Commissioner for Refugees": the owner inside the programme\'s name stays without a verb edge', () => {
    const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/96', date: '2023-12-07' };
    const rel = relations('Welcomes the report of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees;', 'operative', GA);
    expect(rel).toContain('WELCOMES Organization:Executive Committee of the Programme of the United Nations High Commissioner for Refugees');
    expect(rel).not.toContain('WELCOMES Organization:Office of the United Nations High Commissioner for Refugees');
  });
});

describe('a State named with all States as the subjects of a decision is bound by it', () => {
  it('S/RES/883 (1993) OP8: "Decides that the Governments of all States, and the Government of Libya, shall take the necessary measures ...": DECIDES Libya', () => {
    const text =
      'Decides that the Governments of all States, and the Government of Libya, shall take the necessary measures to ensure that no claim shall lie at the instance of the Government or public authorities of Libya, or of any Libyan national, or of any Libyan undertaking as defined in paragraph 3 above, or of any person claiming through or for the benefit of any such person or undertaking, in connection with any contract or other transaction or commercial operation where its performance was affected by reason of the measures imposed by or pursuant to the present resolution or related resolutions;';
    expect(relations(text)).toContain('DECIDES Place:Libya');
  });

  it('guard: S/RES/883 (1993) OP5: "Decides that all States shall prohibit any provision to Libya ...": Libya is what the measure concerns, not bound', () => {
    const text =
      'Decides that all States shall prohibit any provision to Libya by their nationals or from their territory of the items listed in the annex to this resolution, as well as the provision of any types of equipment, supplies and grants of licensing arrangements for the manufacture or maintenance of such items;';
    expect(relations(text)).not.toContain('DECIDES Place:Libya');
  });

  it('guard: S/RES/883 (1993) OP4: "Further decides that the measures imposed by paragraph 3 above do not apply to funds ... originating in Libya": no State bound', () => {
    const text =
      'Further decides that the measures imposed by paragraph 3 above do not apply to funds or other financial resources derived from the sale or supply of any petroleum or petroleum products, including natural gas and natural gas products, or agricultural products or commodities, originating in Libya and exported therefrom after the time specified in paragraph 2 above, provided that any such funds are paid into separate bank accounts exclusively for these funds;';
    expect(relations(text)).not.toContain('DECIDES Place:Libya');
  });
});

describe('a document named by its title with its symbol in brackets is that document when the title comes back alone', () => {
  const SC1454: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' };
  const GRL = 'Document:S/2002/515';
  const PP4 =
    'Recalling its decision in resolution 1447 (2002) to extend the programme originated by resolution 986 (1995) for 180 days commencing at 0001 hours, Eastern Standard Time, on 5 December 2002 and consider necessary adjustments to the Goods Review List (S/2002/515) and the procedures for its implementation for adoption no later than 3 January 2003 and thereafter to conduct regular, thorough reviews of both,';
  const OP1 =
    'Approves, for implementation beginning at 0001 hours, Eastern Standard Time, on 31 December 2002, the adjustments to the Goods Review List specified in Annex A to this resolution and the revised procedures for implementation of the Goods Review List set forth in Annex B to this resolution, as a basis for the humanitarian programme in Iraq as referred to in resolution 986 (1995) and other relevant resolutions;';
  const OP2 =
    'Decides to conduct a thorough review of the Goods Review List and the procedures for its implementation both 90 days after commencement of the period as defined in paragraph 1 of resolution 1447 (2002) and prior to the end of the 180-day period so defined and thereafter to conduct regular, thorough reviews, and, in this connection, requests the Committee established by resolution 661 (1990) to review the Goods Review List and the procedures for its implementation as part of its regular agenda and recommend to the Security Council necessary additions to, and/or deletions from, the Goods Review List and procedures;';

  it('S/RES/1454 (2002) PP4 "the Goods Review List (S/2002/515)", then OP1 "Approves ... the adjustments to the Goods Review List" and OP2 "Decides to conduct a thorough review of the Goods Review List ..., and ... requests the Committee ... to review the Goods Review List": APPROVES, DECIDES and REQUESTS S/2002/515', () => {
    const ctx: RecognizeContext = { ...SC1454 };
    expect(relations(PP4, 'preambular', ctx)).toContain(`RECALLS ${GRL}`);
    expect(relations(OP1, 'operative', ctx)).toContain(`APPROVES ${GRL}`);
    const op2 = relations(OP2, 'operative', ctx);
    expect(op2).toContain(`DECIDES ${GRL}`);
    expect(op2).toContain(`REQUESTS ${GRL}`);
  });

  it('guard: the title alone in a resolution that never printed it with its symbol names no document', () => {
    expect(relations(OP1, 'operative', { ...SC1454 }).filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: "the letter of the Acting Chairman (S/2002/1050)": a text named by its author, not a title; "the Acting Chairman" later is no document', () => {
    const ctx: RecognizeContext = { ...SC1454 };
    relations('Taking note of the letter of the Acting Chairman (S/2002/1050),', 'preambular', ctx);
    expect(relations('Requests the Acting Chairman to report to the Council;', 'operative', ctx).filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

describe('a court\'s statutory office printed by the court\'s short form, the full name printed later in the paragraph', () => {
  const SC9: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/9(1946)', date: '1946-10-15' };
  const REGISTRAR = 'Organization:Registrar of the International Court of Justice';
  const ICJ = 'Organization:International Court of Justice';
  const OP1 =
    'The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice, upon the following condition, namely, that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court;';

  it('S/RES/9 (1946) OP3: "kept in the custody of the Registrar of the Court, ..., to all States parties to the Statute of the International Court of Justice": the Registrar (an office node), PART_OF the Court', () => {
    const ctx: RecognizeContext = { ...SC9 };
    relations(OP1, 'operative', ctx);
    const text =
      'The original declarations made under the terms of this resolution shall be kept in the custody of the Registrar of the Court, in accordance with the practice of the Court. Certified true copies thereof shall be transmitted, in accordance with the practice of the Court, to all States parties to the Statute of the International Court of Justice, and to such other States as shall have deposited a declaration under the terms of this resolution, and to the Secretary-General of the United Nations;';
    // (the numbered paragraphs under "Resolves that:" take their verb from it: the mention is what this test reads)
    expect(keys(text, REGISTRAR, 'operative', ctx)).toEqual([REGISTRAR]);
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF ${REGISTRAR} -> ${ICJ}`);
  });

  it('guard: a paragraph that does not print the court\'s full name: "the Registrar of the Court" stays the court\'s short form', () => {
    const ctx: RecognizeContext = { ...SC9 };
    relations(OP1, 'operative', ctx);
    expect(keys('All declarations shall be transmitted by the Registrar of the Court to the parties;', 'Organization:', 'operative', ctx)).not.toContain(REGISTRAR);
  });
});
