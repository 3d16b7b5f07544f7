// Misses found by the session-18 audit aud18f (financing of peacekeeping / budget family): A/RES/79/255 (IRMCT),
// 78/300 and 79/303 (UNFICYP), 79/298 (support account), 79/306 (MINUSMA), and the same forms in the omnibus budget
// resolutions (A/RES/78/253, 79/258, 80/243). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/298', date: '2025-06-30' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

type Para = { id: string; text: string; notes?: Note[]; heading?: string };
/** The verb relations ('TYPE target') of each paragraph, extracted in order with one shared context, as the pipeline does. */
function run(symbol: string, paragraphs: Para[]): Map<string, string[]> {
  const ctx: RecognizeContext = { ...GA, symbol };
  const out = new Map<string, string[]>();
  for (const p of paragraphs) out.set(p.id, extractWithNotes(p.id, p.text, p.notes ?? [], ctx, p.heading).relations.map((r) => `${r.type} ${r.target}`));
  return out;
}

describe('the bare words "the report of the Secretary-General" in a numbered section name the report that section considered', () => {
  // A/RES/79/298: section I considered two reports of the Secretary-General (no one report known), section II opens with
  // a paragraph citing none ("Recalling its resolution 77/304,") and then considers its own
  const I = 'I';
  const II = 'II Support account and related funding issues';
  const PARAS: Para[] = [
    {
      id: 'I.PP2',
      heading: I,
      text:
        'Having considered the reports of the Secretary-General on the budget performance of the support account for peacekeeping operations for the period from 1 July 2023 to 30 June 2024 1 and on the budget for the support account for peacekeeping operations for the period from 1 July 2025 to 30 June 2026, 2 and the related report of the Advisory Committee on Administrative and Budgetary Questions,4',
      notes: [
        { after: '30 June 2024 1', mark: '1', text: 'A/79/680.' },
        { after: '30 June 2026, 2', mark: '2', text: 'A/79/783.' },
        { after: 'Questions,4', mark: '4', text: 'A/79/830.' },
      ],
    },
    { id: 'I.OP9', heading: I, text: 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions, and requests the Secretary-General to ensure their full implementation;' },
    { id: 'II.PP1', heading: II, text: 'Recalling its resolution 77/304,' },
    {
      id: 'II.PP2',
      heading: II,
      text: 'Having considered the report of the Secretary-General on the support account and related funding issues 5 and the related report of the Advisory Committee on Administrative and Budgetary Questions,6',
      notes: [
        { after: 'funding issues 5', mark: '5', text: 'A/79/781.' },
        { after: 'Questions,6', mark: '6', text: 'A/79/842.' },
      ],
    },
    { id: 'II.OP1', heading: II, text: 'Takes note of the report of the Secretary-General;' },
    { id: 'II.OP2', heading: II, text: 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions.' },
  ];

  it('A/RES/79/298 II.OP1: "Takes note of the report of the Secretary-General;" is A/79/781 (footnote 5 of II.PP2)', () => {
    const r = run('A/RES/79/298', PARAS);
    expect(r.get('II.OP1')).toEqual(['NOTES Document:A/79/781', 'NOTES Organization:Secretary-General of the United Nations']);
  });

  it('A/RES/79/298 II.OP2: "the report of the Advisory Committee on Administrative and Budgetary Questions" is A/79/842 (footnote 6)', () => {
    const r = run('A/RES/79/298', PARAS);
    expect(r.get('II.OP2')).toEqual(['ENDORSES Document:A/79/842', 'ENDORSES Organization:Advisory Committee on Administrative and Budgetary Questions']);
    // guard: section I keeps its own report of the Committee
    expect(r.get('I.OP9')).toContain('ENDORSES Document:A/79/830');
  });

  it('A/RES/80/243 XI: a section whose first paragraph cites no report still names its own (XI.OP1 A/80/354, XI.OP2 A/80/7/Add.20)', () => {
    const r = run('A/RES/80/243', [
      { id: 'X.PP2', heading: 'X', text: 'Having considered the report of the Secretary-General21 and the related report of the Advisory Committee,22', notes: [{ after: 'Secretary-General21', mark: '21', text: 'A/80/281.' }, { after: 'Committee,22', mark: '22', text: 'A/80/7/Add.8.' }] },
      { id: 'X.PP3', heading: 'X', text: 'Having also considered the report of the Secretary-General on the progress of the project25', notes: [{ after: 'project25', mark: '25', text: 'A/80/999.' }] },
      { id: 'XI.PP1', heading: 'XI Assessment of the workplace at United Nations Headquarters', text: 'Recalling section V of its resolution 67/246 and section VI of its resolution 78/253,' },
      { id: 'XI.PP2', heading: 'XI Assessment of the workplace at United Nations Headquarters', text: 'Having considered the report of the Secretary-General23 and the related report of the Advisory Committee,24', notes: [{ after: 'Secretary-General23', mark: '23', text: 'A/80/354.' }, { after: 'Committee,24', mark: '24', text: 'A/80/7/Add.20.' }] },
      { id: 'XI.OP1', heading: 'XI Assessment of the workplace at United Nations Headquarters', text: 'Takes note of the report of the Secretary-General;' },
      { id: 'XI.OP2', heading: 'XI Assessment of the workplace at United Nations Headquarters', text: 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee;' },
    ]);
    expect(r.get('XI.OP1')).toEqual(['NOTES Document:A/80/354', 'NOTES Organization:Secretary-General of the United Nations']);
    expect(r.get('XI.OP2')).toEqual(['ENDORSES Document:A/80/7/Add.20', 'ENDORSES Organization:Advisory Committee (A/RES/80/243)']);
  });

  it('guard (A/RES/80/243 XIV, 78/253 II): a later section that considered its report by another name does not take an earlier section’s', () => {
    const XI = 'XI Assessment of the workplace at United Nations Headquarters';
    const XIV = 'XIV Financial performance report on the programme budget for 2024';
    const r = run('A/RES/80/243', [
      { id: 'XI.PP2', heading: XI, text: 'Having considered the report of the Secretary-General23 and the related report of the Advisory Committee,24', notes: [{ after: 'Secretary-General23', mark: '23', text: 'A/80/354.' }, { after: 'Committee,24', mark: '24', text: 'A/80/7/Add.20.' }] },
      { id: 'XI.OP1', heading: XI, text: 'Takes note of the report of the Secretary-General;' },
      { id: 'XIV.PP1', heading: XIV, text: 'Recalling its resolutions 72/266 A of 24 December 2017 and 79/245 A of 24 December 2024,' },
      { id: 'XIV.PP2', heading: XIV, text: 'Having considered the financial performance report on the programme budget for 202432 and the related report of the Advisory Committee,33', notes: [{ after: '202432', mark: '32', text: 'A/80/89.' }, { after: 'Committee,33', mark: '33', text: 'A/80/7/Add.1.' }] },
      { id: 'XIV.OP1', heading: XIV, text: 'Takes note of the report of the Secretary-General;' },
      { id: 'XIV.OP2', heading: XIV, text: 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee;' },
    ]);
    expect(r.get('XI.OP1')).toEqual(['NOTES Document:A/80/354', 'NOTES Organization:Secretary-General of the United Nations']);
    expect(r.get('XIV.OP1')).not.toContain('NOTES Document:A/80/354');
    expect(r.get('XIV.OP2')).toEqual(['ENDORSES Document:A/80/7/Add.1', 'ENDORSES Organization:Advisory Committee (A/RES/80/243)']);
  });

  it('guard (A/RES/78/330): under a later sub-heading, a second report cited does not become "the current report of the Secretary-General"', () => {
    const r = run('A/RES/78/330', [
      { id: 'OP1', text: 'Takes note of the report of the Secretary-General;6', notes: [{ after: 'Secretary-General;6', mark: '6', text: 'A/78/790.' }] },
      { id: 'OP86', heading: 'Peacekeeping', text: 'Stresses the importance of proposing United Nations information, technical assistance and training materials, whenever possible, in the local languages of the beneficiary countries;' },
      { id: 'OP87', heading: 'Peacekeeping', text: 'Takes note of the recommendations related to multilingualism contained in the report of the High-level Independent Panel on Peace Operations, the subsequent report of the Secretary-General13 and the report of the Advisory Group of Experts on the Review of the Peacebuilding Architecture;', notes: [{ after: 'Secretary-General13', mark: '13', text: 'A/70/357-S/2015/682.' }] },
      { id: 'OP91', heading: 'Peacekeeping', text: 'Requests the Secretary-General to submit to the General Assembly at its eightieth session a comprehensive report on the full implementation of its resolutions on multilingualism and further follow-up on the topics of the current report of the Secretary-General;' },
    ]);
    expect(r.get('OP91')).not.toContain('REQUESTS Document:A/70/357-S/2015/682');
  });
});

describe('"the United Nations being able to ..." names the Organization', () => {
  it('A/RES/79/298 I.PP3 (78/293 PP3): "Recognizing the importance of the United Nations being able to respond and deploy rapidly"', () => {
    const text =
      'Recognizing the importance of the United Nations being able to respond and deploy rapidly to a peacekeeping operation upon the adoption of a relevant resolution of the Security Council, within 30 days for traditional peacekeeping operations and 90 days for complex peacekeeping operations,';
    expect(relations(text)).toContain('RECOGNIZES Organization:United Nations');
    // (the Council's act only dates the clause, "upon the adoption of a relevant resolution of the Security Council": no target,
    // session 64's ruling as aud66b applied it)
    expect(relations(text)).not.toContain('RECOGNIZES Organization:Security Council');
  });

  it('guard: "United Nations peacekeeping operations" (A/RES/79/306 PP4) and "United Nations visiting missions" stay adjectives', () => {
    expect(keys('Reaffirming the general principles underlying the financing of United Nations peacekeeping operations, as stated in its resolutions 1874 (S-IV) of 27 June 1963,', 'Organization:')).toEqual([]);
    expect(keys('Recalling the dispatch of a United Nations visiting mission to Montserrat in December 2019,', 'Organization:')).toEqual([]);
  });
});

describe('the Financial Regulations and Rules and the Staff Regulations and Rules of the United Nations: one rulebook each', () => {
  const op = (text: string) => relations(text, 'operative', { ...GA, symbol: 'A/RES/80/243' });

  it('A/RES/80/243 XIV.OP3: "in accordance with the Financial Regulations and Rules" is the Financial Regulations and Rules of the United Nations', () => {
    const text =
      'Decides that, starting from January 2026, regular budget credits to be apportioned among Member States in accordance with the Financial Regulations and Rules shall offset regular budget arrears of Member States, before crediting to the assessments, and the Financial Regulations and Rules shall be amended accordingly;';
    expect(op(text)).toEqual(['DECIDES Framework:Financial Regulations and Rules of the United Nations']);
  });

  it('A/RES/79/255 OP6: "the Financial Regulations and Rules of the United Nations4 and the Staff Regulations and Staff Rules, including provisional Staff Rules, of the United Nations"', () => {
    const text =
      'Also recalls paragraph 9 of its resolution 75/249 of 31 December 2020, and re-emphasizes the importance of the Mechanism’s strictly abiding by its statute and applicable established administrative procedures, the Financial Regulations and Rules of the United Nations and the Staff Regulations and Staff Rules, including provisional Staff Rules, of the United Nations;';
    const r = op(text);
    expect(r).toContain('EMPHASIZES Framework:Financial Regulations and Rules of the United Nations');
    expect(r).toContain('EMPHASIZES Framework:Staff Regulations and Rules of the United Nations');
    expect(r).not.toContain('EMPHASIZES Framework:Staff Regulations and Staff Rules');
  });

  it('A/RES/78/275 OP7: "revisions to the Staff Regulations and Rules" (and the full name, A/RES/78/292 OP6) are one node', () => {
    expect(op('Requests the Secretary-General to ensure that revisions to the Staff Regulations and Rules consistently respect the established hierarchy of norms;')).toContain(
      'REQUESTS Framework:Staff Regulations and Rules of the United Nations',
    );
    expect(keys('Requests the Secretary-General to report on viable options to resolve the conflict between the Staff Regulations and Rules of the United Nations and the national legislation or practices of some Member States;', 'Framework:', 'operative')).toEqual([
      'Framework:Staff Regulations and Rules of the United Nations',
    ]);
  });

  it('guard: another body’s rules stay apart ("the Rules of Procedure and Evidence", "the Financial Regulations of the Court")', () => {
    const r = op('Takes note of the amendments to the Rules of Procedure and Evidence and to the Financial Regulations of the Court;');
    expect(r.join(' ')).not.toContain('Regulations and Rules of the United Nations');
  });
});
