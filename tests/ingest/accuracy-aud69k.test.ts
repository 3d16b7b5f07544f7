// Session-69 audit aud69k: A/RES/79/281 (Joint Inspection Unit) and A/RES/78/244 (Programme planning). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const rels = (x: ReturnType<typeof extractWithNotes>): string[] => x.relations.map((r) => `${r.type} ${r.target}`);

describe('a note by the Secretary-General footnoted in the preamble, named again without a mark, is that note', () => {
  const PP3 =
    'Having considered the report of the Joint Inspection Unit for 2024 and programme of work for 2025 2 and the note by the Secretary-General on the report of the Unit for 2024, 3';
  const PP3_NOTES = [
    { after: '2025 2', mark: '2', text: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 34 (A/79/34).' },
    { after: '2024, 3', mark: '3', text: 'A/79/742.' },
  ];
  const PP4 =
    'Having considered the note by the Secretary-General drawing attention to the report of the Joint Inspection Unit entitled “Review of consideration of and action taken on the reports and recommendations of the Joint Inspection Unit by United Nations system organizations”4 and the note by the Secretary-General transmitting his comments and those of the United Nations System Chief Executives Board for Coordination thereon,5';
  const PP4_NOTES = [
    { after: 'organizations”4', mark: '4', text: 'A/79/717.' },
    { after: 'thereon,5', mark: '5', text: 'A/79/717/Add.1.' },
  ];
  const fresh = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/281', date: '2025-04-11' });

  it('A/RES/79/281 OP2 (78/276 OP2): "Takes note of the note by the Secretary-General on the report of the Unit for 2024;" after PP3 footnoted it (A/79/742)', () => {
    const ctx = fresh();
    extractWithNotes('PP3', PP3, PP3_NOTES, ctx);
    const r = rels(extractWithNotes('OP2', 'Takes note of the note by the Secretary-General on the report of the Unit for 2024;', [], ctx));
    expect(r).toContain('NOTES Document:A/79/742');
    expect(r).toContain('NOTES Organization:Secretary-General of the United Nations');
    expect(r).toContain('NOTES Organization:Joint Inspection Unit');
  });

  it('A/RES/79/281 section II: "Takes note of the notes by the Secretary-General." is the two notes PP4 footnoted', () => {
    const ctx = fresh();
    extractWithNotes('PP3', PP3, PP3_NOTES, ctx);
    extractWithNotes('PP4', PP4, PP4_NOTES, ctx);
    const r = rels(extractWithNotes('OP19.1', 'Takes note of the notes by the Secretary-General.', [], ctx));
    expect(r).toContain('NOTES Document:A/79/717');
    expect(r).toContain('NOTES Document:A/79/717/Add.1');
    expect(r).not.toContain('NOTES Document:A/79/742');
  });

  it('guard: a note on another subject (or another year) is not that note', () => {
    const ctx = fresh();
    extractWithNotes('PP3', PP3, PP3_NOTES, ctx);
    const r = rels(extractWithNotes('OP2', 'Takes note of the note by the Secretary-General on the report of the Unit for 2023;', [], ctx));
    expect(r.filter((x) => x.includes('Document:'))).toEqual([]);
  });

  it('guard: "the notes" after a preamble that footnoted one note only name none; in another resolution (nothing footnoted) none', () => {
    const ctx = fresh();
    extractWithNotes('PP3', PP3, PP3_NOTES, ctx);
    expect(rels(extractWithNotes('OP3', 'Takes note of the notes by the Secretary-General.', [], ctx)).filter((x) => x.includes('Document:'))).toEqual([]);
    const r = rels(extractWithNotes('OP2', 'Takes note of the note by the Secretary-General on the report of the Unit for 2024;', [], fresh()));
    expect(r.filter((x) => x.includes('Document:'))).toEqual([]);
  });

  it('guard: a note joined to another document before the mark ("the note by the Secretary-General and the report of the Advisory Committee,5") is not remembered', () => {
    const ctx = fresh();
    extractWithNotes('PP1', 'Having considered the note by the Secretary-General on the financing of the Office and the related report of the Advisory Committee on Administrative and Budgetary Questions,5', [{ after: 'Questions,5', mark: '5', text: 'A/79/800.' }], ctx);
    const x = extractWithNotes('OP1', 'Takes note of the note by the Secretary-General on the financing of the Office and the related report of the Advisory Committee on Administrative and Budgetary Questions;', [], ctx);
    expect(x.mentions.filter((m) => m.kind === 'Document' && m.phrase === 'note')).toEqual([]);
  });
});

describe('"those bodies", "those organizations" heading a later clause\'s object read as "them": the list the clause before names first', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/281', date: '2025-04-11' };
  const op = (text: string) => rels(extractWithNotes('OP7', text, [], { ...ctx }));

  it('A/RES/79/281 OP7 (78/276 OP6): "Welcomes the coordination of the Unit with the Board of Auditors and the Office of Internal Oversight Services of the Secretariat, and encourages those bodies to continue ..."', () => {
    const r = op(
      'Welcomes the coordination of the Joint Inspection Unit with the Board of Auditors and the Office of Internal Oversight Services of the Secretariat, and encourages those bodies to continue to share experiences, knowledge, best practices and lessons learned with other United Nations audit and oversight bodies, as well as with the Independent Audit Advisory Committee;',
    );
    expect(r).toContain('ENCOURAGES Organization:Joint Inspection Unit');
    expect(r).toContain('ENCOURAGES Organization:Board of Auditors');
    expect(r).toContain('ENCOURAGES Organization:Office of Internal Oversight Services');
    expect(r).toContain('ENCOURAGES Organization:Independent Audit Advisory Committee');
    // (the owner printed after "of the" ends the list)
    expect(r).not.toContain('ENCOURAGES Organization:Secretariat of the United Nations');
  });

  it('A/RES/79/284 OP39: "Also welcomes the cooperation among the Council of Europe, ... and UN-Women ..., encourages those organizations to increase their cooperation"', () => {
    const r = op(
      'Also welcomes the cooperation among the Council of Europe, the United Nations Educational, Scientific and Cultural Organization, the United Nations Office on Drugs and Crime and UN-Women to promote integrity and inclusiveness through sport, encourages those organizations to increase their cooperation;',
    );
    expect(r).toContain('ENCOURAGES Organization:Council of Europe');
    expect(r).toContain('ENCOURAGES Organization:United Nations Office on Drugs and Crime');
  });

  it('guard, A/RES/78/10 OP3 (80/8): the noun printed after the list names the generic things ("... sports federations and organizations, ..., and invites those organizations and national committees")', () => {
    const r = op(
      'Welcomes the work of the International Olympic Committee and the International Paralympic Committee, as well as the International Olympic Truce Centre, in mobilizing national and international sports federations and organizations, National Olympic and Paralympic Committees and associations of these organizations to take concrete actions, and invites those organizations and national committees to cooperate and share information and best practices;',
    );
    expect(r.filter((x) => x.startsWith('INVITES'))).toEqual([]);
  });
});
