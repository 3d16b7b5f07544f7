// Session 31 (aud31i): an organ printed bare before (or after) the resolution names it with its owner is that owner's organ,
// when the resolution names exactly one owner's organ of that name. Each case quotes the file and paragraph; each fix has guards.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';

const para = (id: string, text: string): ParagraphText => ({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] });

/** the resolution `symbol` with these paragraphs: each paragraph's verb relations to organizations, as 'TYPE target' */
function orgRelations(symbol: string, paragraphs: ParagraphText[]): string[][] {
  const file = `${symbol.replace(/\//g, '_')}.txt`;
  const ex = extractResolution({ symbol, body: 'General Assembly', date: '2024-12-02', file, instrument: 'resolution', headings: [], paragraphs });
  return ex.paragraphs.map((p) => p.relations.filter((r) => r.target.startsWith('Organization:')).map((r) => `${r.type} ${r.target}`));
}

const OPCW_COUNCIL = 'Organization:Executive Council of the Organisation for the Prohibition of Chemical Weapons';
const OPCW_SECRETARIAT = 'Organization:Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons';
const COE_MINISTERS = 'Organization:Committee of Ministers of the Council of Europe';

const OP6_78_29 =
  'Recalls the adoption of: (a) Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use”, of 27 June 2018; (b) Decision EC-94/DEC.2 of the Executive Council, entitled “Addressing the possession and use of chemical weapons by the Syrian Arab Republic”, of 9 July 2020;';
const OP13_78_29 =
  'Recalls that the Third Review Conference expressed concern regarding the statement made by the Director General of the Organisation for the Prohibition of Chemical Weapons in his report to the Executive Council of the Organisation at its sixty-eighth session, that three possessor States parties had been unable to fully meet the final extended deadline;';

describe('a bare organ takes the one owner the resolution names it with', () => {
  it('A/RES/78/29 OP6: "Decision EC-94/DEC.2 of the Executive Council", the OPCW\'s Executive Council named so in OP13', () => {
    const [op6, op13] = orgRelations('A/RES/78/29', [para('OP6', OP6_78_29), para('OP13', OP13_78_29)]);
    expect(op6).toContain(`RECALLS ${OPCW_COUNCIL}`);
    expect(op6!.some((r) => r.includes('Executive Council (A/RES/78/29)'))).toBe(false);
    expect(op13).toContain(`RECALLS ${OPCW_COUNCIL}`);
  });

  it('A/RES/79/134 OP7: "a note by the Technical Secretariat", before OP12 names "the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons"', () => {
    const op7 =
      'Also recalls the establishment of the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons as announced at the ninety-first session of the Executive Council of the Organisation in a note by the Technical Secretariat, EC-91/S/3, dated 28 June 2019;';
    const op12 =
      'Takes note with grave concern of the note by the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons of 18 November 2024, confirming the presence of riot control agents (CS gas) in samples recovered by Ukrainian authorities from the battlefield, and urges the Technical Secretariat to closely monitor the use of chemical weapons;';
    const [r7, r12] = orgRelations('A/RES/79/134', [para('OP7', op7), para('OP12', op12)]);
    expect(r7).toContain(`RECALLS ${OPCW_SECRETARIAT}`);
    expect(r7).not.toContain('RECALLS Organization:Technical Secretariat');
    expect(r12).toContain(`NOTES ${OPCW_SECRETARIAT}`);
  });

  it('A/RES/79/284 OP33: "recommendation CM/Rec(2022)7 of the Committee of Ministers", after PP11 named "the Committee of Ministers of the Council of Europe"', () => {
    const pp11 =
      'Recalling that the Russian Federation remains bound by obligations under the Convention to abide by all final judgments and decisions of the European Court of Human Rights and that the Committee of Ministers of the Council of Europe continues to supervise their execution,';
    const op33 =
      'Welcomes the commitment of the Council of Europe to the promotion of the implementation of the United Nations Global Counter-Terrorism Strategy, notes the contribution of the Council of Europe through recommendation CM/Rec(2022)7 of the Committee of Ministers to member States on the risk assessment of individuals indicted or convicted for terrorist offences;';
    const [, r33] = orgRelations('A/RES/79/284', [para('PP11', pp11), para('OP33', op33)]);
    expect(r33).toContain(`NOTES ${COE_MINISTERS}`);
    expect(r33).not.toContain('NOTES Organization:Committee of Ministers');
  });

  it('guard: no owner named in the resolution, the bare organ stays as today (A/RES/78/29 OP6 alone)', () => {
    const [op6] = orgRelations('A/RES/78/29', [para('OP6', OP6_78_29)]);
    expect(op6).toContain('RECALLS Organization:Executive Council (A/RES/78/29)');
  });

  it('guard: two owners of an "Executive Board" named after it, no guess (after A/RES/79/226 OP85; "relevant Executive Board processes" itself names no board, aud37f)', () => {
    // (the bare organ first: one printed after them is the one named last, as longerNameBefore reads it, not this pass)
    const pp1 =
      'Noting that the draft country programme document is presented for consideration in accordance with the processes and timelines of the Executive Board,';
    const pp2 =
      'Recognizing the efforts by the United Nations Habitat Assembly and the Executive Board of UN-Habitat to align the strategic planning cycle of UN-Habitat with the quadrennial comprehensive policy review cycle of the United Nations,';
    const pp3 = 'Welcoming the ongoing work of the Executive Board of the International Monetary Fund to continue the process of governance reform,';
    const [r1, r2, r3] = orgRelations('A/RES/79/226', [para('PP1', pp1), para('PP2', pp2), para('PP3', pp3)]);
    expect(r1).toEqual(['NOTES Organization:Executive Board (A/RES/79/226)']);
    expect(r2).toContain('RECOGNIZES Organization:Executive Board of the United Nations Human Settlements Programme');
    expect(r3).toContain('WELCOMES Organization:Executive Board of the International Monetary Fund');
  });

  it('one owner named after it: the bare organ is that owner\'s (the same text without the IMF paragraph)', () => {
    const pp1 =
      'Noting that the draft country programme document is presented for consideration in accordance with the processes and timelines of the Executive Board,';
    const pp2 =
      'Recognizing the efforts by the United Nations Habitat Assembly and the Executive Board of UN-Habitat to align the strategic planning cycle of UN-Habitat with the quadrennial comprehensive policy review cycle of the United Nations,';
    const [r1] = orgRelations('A/RES/79/226', [para('PP1', pp1), para('PP2', pp2)]);
    expect(r1).toEqual(['NOTES Organization:Executive Board of the United Nations Human Settlements Programme']);
  });

  it('guard: with one owner named, an organ of another name is not joined to it (A/RES/79/284: "the Committee of Ministers" is not the Council of Europe\'s Parliamentary Assembly)', () => {
    const pp11 =
      'Recalling that the Committee of Ministers of the Council of Europe continues to supervise their execution,';
    const op1 = 'Welcomes the work of the Parliamentary Assembly and of the Executive Committee;';
    const [, r1] = orgRelations('A/RES/79/284', [para('PP11', pp11), para('OP1', op1)]);
    expect(r1!.some((r) => r.includes('Council of Europe'))).toBe(false);
  });
});
