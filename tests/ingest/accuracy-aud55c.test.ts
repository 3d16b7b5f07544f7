// Session-55 audit aud55c: A/RES/79/325 (the AI Panel and Dialogue), A/RES/78/16 (the ICT security programme of action) and
// A/RES/79/239 (AI in the military domain), annotated from the raw text (tests/gold/aud55c-*), then compared with the graph. Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_325: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' };
const { relations } = oneParagraph({ ctx: GA79_325, kind: 'operative' });
const ASSEMBLY = 'Organization:General Assembly';

describe('the Assembly as agent of its own act: "to be appointed by", "considered and decided upon by" the General Assembly (ruled session 50)', () => {
  it('A/RES/79/325 OP3 "a list of 40 members of the Panel to be appointed by the General Assembly in a time-bound manner": no edge to the Assembly', () => {
    const rel = relations(
      'Requests the Secretary-General to launch a published criteria-based open call and to recommend a list of 40 members of the Panel to be appointed by the General Assembly in a time-bound manner, on the basis of their outstanding expertise in artificial intelligence and related fields, an interdisciplinary perspective, and geographical and gender balance, taking into account candidacies from a broad representation of varying levels of technological development, including from developing countries, with due consideration to nominations from Member States and with no more than two selected candidates of the same nationality or affiliation and no employees of the United Nations system;',
    );
    expect(rel).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/79/325 OP12 "may be considered and decided upon by the General Assembly during the high-level review ... at its eighty-second session": no edge to the Assembly', () => {
    const rel = relations(
      'Decides that the continuation of the terms of reference of the Panel and the Dialogue may be considered and decided upon by the General Assembly during the high-level review of the Global Digital Compact at its eighty-second session.',
    );
    expect(rel).not.toContain(`DECIDES ${ASSEMBLY}`);
    // (the session and the review stay the verb's)
    expect(rel).toContain('DECIDES Event:eighty-second session of the General Assembly');
    expect(rel).toContain('DECIDES Event:high-level review of the Global Digital Compact');
  });

  it('guard: A/RES/79/325 OP1 (d) "through an interactive dialogue of the plenary of the General Assembly with the Co-Chairs of the Panel": the addressee stays', () => {
    const rel = relations(
      'Establishes, within the United Nations, the multidisciplinary Independent International Scientific Panel on Artificial Intelligence with balanced geographic representation to promote scientific understanding: (d) To provide updates on its work up to twice a year to hear views through an interactive dialogue of the plenary of the General Assembly with the Co-Chairs of the Panel;',
    );
    expect(rel).toContain(`DECIDES ${ASSEMBLY}`);
  });

  it('guard: "the Secretary-General, appointed by the Secretary-General" is no Assembly act ("members appointed by the Secretary-General" keeps him)', () => {
    const rel = relations('Requests the Secretary-General to report on the work of the experts appointed by the Secretary-General;');
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });
});

describe('"in both 2024 and 2025": both years are dates', () => {
  it('A/RES/78/16 PP21 "including by holding dedicated intersessional meetings in both 2024 and 2025 to ensure that all positions are heard"', () => {
    const isos = findDates('and highlighting further that the 2021–2025 open-ended working group should play a key role in further work on the programme of action, including by holding dedicated intersessional meetings in both 2024 and 2025 to ensure that all positions are heard,').map((d) => d.key);
    expect(isos).toContain('Date:2024');
    expect(isos).toContain('Date:2025');
  });

  it('guard: "both 2024 plans" with no preposition before "both" is no date', () => {
    expect(findDates('the Committee reviewed both 2024 plans and reports').map((d) => d.key)).toEqual([]);
  });
});

describe('the session printed inside "the high-level week of the <N>th session of the General Assembly" is SESSION_OF the Assembly too', () => {
  const { attributions } = oneParagraph({ ctx: GA79_325, kind: 'operative' });

  it('A/RES/79/325 OP6 "in the margins of the high-level week of the eightieth session of the General Assembly, in 2025"', () => {
    const att = attributions(
      'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly, and further decides that the Global Dialogue on Artificial Intelligence Governance will initially be held back-to-back in the margins of the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026;',
    );
    expect(att).toContain(`SESSION_OF Event:eightieth session of the General Assembly -> ${ASSEMBLY}`);
    // (the week's own links stay)
    expect(att).toContain(`SESSION_OF Event:high-level week of the eightieth session of the General Assembly -> ${ASSEMBLY}`);
    expect(att).toContain('PART_OF Event:high-level week of the eightieth session of the General Assembly -> Event:eightieth session of the General Assembly');
  });

  it('A/RES/80/172 OP6 "restricting high-level officials of a Member State during the high-level week of the eightieth session of the General Assembly"', () => {
    const att = attributions(
      'Strongly urges the host country to remove all travel restrictions imposed by it against representatives of certain Member States, including restricting high-level officials of a Member State during the high-level week of the eightieth session of the General Assembly, and personnel of certain missions and staff members of the Secretariat of certain nationalities;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' },
    );
    expect(att).toContain(`SESSION_OF Event:eightieth session of the General Assembly -> ${ASSEMBLY}`);
  });

  it('guard: the session printed alone ("its eightieth session", A/RES/79/239 OP9) keeps its one SESSION_OF', () => {
    const att = attributions(
      'Decides to include in the provisional agenda of its eightieth session, under the item entitled “General and complete disarmament”, a sub-item entitled “Artificial intelligence in the military domain and its implications for international peace and security”.',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/79/239', date: '2024-12-24' },
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF Event:eightieth session'))).toEqual([`SESSION_OF Event:eightieth session of the General Assembly -> ${ASSEMBLY}`]);
  });
});

describe('"the proposal for a programme of action": the programme of action the resolution names (its title)', () => {
  const POA_TITLE =
    'Programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security';
  const GA78_16: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04', title: POA_TITLE };
  const POA = 'Framework:Programme of Action to Advance Responsible State Behaviour in the Use of Information and Communications Technologies in the Context of International Security';

  it('A/RES/78/16 PP12 "underlining the complementarity of the proposal for a programme of action with the work of the current 2021–2025 open-ended working group"', () => {
    const rel = relations(
      'Supporting the open-ended working group on security of and in the use of information and communications technologies 2021–2025, underlining the complementarity of the proposal for a programme of action with the work of the current 2021–2025 open-ended working group, and reaffirming that the programme of action is to take into account the consensus outcomes adopted by the 2021–2025 open-ended working group,',
      'preambular',
      { ...GA78_16 },
    );
    expect(rel).toContain(`EMPHASIZES ${POA}`);
    expect(rel).toContain(`REAFFIRMS ${POA}`);
  });

  it('guard: "a programme of action" with no proposal before it stays unread ("to elaborate a programme of action")', () => {
    const rel = relations('Underlining the need to elaborate a programme of action with the work of the open-ended working group,', 'preambular', { ...GA78_16 });
    expect(rel.filter((r) => r.includes('Programme of Action'))).toEqual([]);
  });
});
