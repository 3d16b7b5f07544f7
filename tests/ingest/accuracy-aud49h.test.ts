// Session-49 audit aud49h (the plenary modalities texts' hearings and meetings; gold tests/gold/aud49f-A_RES_78_269). Fixed: the
// hearing a modalities text sets up ("to organize and preside over an interactive multi-stakeholder hearing", A/RES/78/269 OP6,
// 79/273, 79/286, 79/288, 79/333, 79/199) is an Event keyed per resolution, the later "the hearing" and "the multi-stakeholder
// hearing" the same node; who is asked "to organize and preside over" it organizes it, and the bodies listed after "with the
// support of" do not. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphExtraction, RecognizeContext } from '../../ingest/models.js';
import { para } from '../helpers/graph-of.js';

/** one context per resolution: the paragraphs of one test share what the resolution named before */
const resolution = (symbol: string): RecognizeContext => ({ body: 'General Assembly', symbol, date: '2024-03-25' });
const extract = (ctx: RecognizeContext, id: string, text: string): ParagraphExtraction => extractParagraph(para(id, text), ctx);
const targets = (p: ParagraphExtraction, type: string): string[] => p.relations.filter((r) => r.type === type).map((r) => r.target);
const attributions = (p: ParagraphExtraction, type: string): string[] =>
  p.attributions.filter((a) => a.type === type).map((a) => `${a.source} -> ${a.target}`);
const hearings = (p: ParagraphExtraction): string[] => [...new Set(p.mentions.map((m) => m.key).filter((k) => k.includes('hearing')))];

const OP6_78_269 =
  'Requests the President of the General Assembly, with the support of the World Health Organization, the Food and Agriculture Organization of the United Nations, the United Nations Environment Programme, the World Organisation for Animal Health and other relevant partners, to organize and preside over an interactive multi-stakeholder hearing, before the end of June 2024, with the active participation of regional organizations, non-governmental organizations in consultative status with the Economic and Social Council, invited civil society organizations, philanthropic foundations, academia, medical associations, the private sector including the agriculture and food industry, broader communities, ensuring the participation and voices of women, children, youth, Indigenous Peoples, and people of African descent, as well as appropriate senior-level representatives of Member States, observers of the General Assembly, parliamentarians, representatives of local governments, and relevant United Nations entities, as part of the preparatory process for the high-level meeting, and also requests the President to prepare a summary of the hearing prior to the high-level meeting;';
const HEARING_78_269 = 'Event:interactive multi-stakeholder hearing (A/RES/78/269)';

describe('the unnamed hearing of a modalities text: one Event per resolution', () => {
  it('A/RES/78/269 OP6: "to organize and preside over an interactive multi-stakeholder hearing ..., and also requests the President to prepare a summary of the hearing": one hearing, requested in both clauses', () => {
    const p = extract(resolution('A/RES/78/269'), 'OP6', OP6_78_269);
    expect(hearings(p)).toEqual([HEARING_78_269]);
    expect(p.relations.filter((r) => r.type === 'REQUESTS' && r.target === HEARING_78_269)).toHaveLength(2);
  });

  it('A/RES/78/269 OP13 after OP6: "the proceedings of the high-level meeting and the multi-stakeholder hearing shall be webcast": the same hearing, DECIDES', () => {
    const ctx = resolution('A/RES/78/269');
    extract(ctx, 'OP6', OP6_78_269);
    const p = extract(
      ctx,
      'OP13',
      'Decides that the proceedings of the high-level meeting and the multi-stakeholder hearing shall be webcast, and encourages the President of the General Assembly, the Secretary-General and the Director General of the World Health Organization to give the highest visibility to the high-level meeting, through all relevant media platforms and information and communications technologies.',
    );
    expect(targets(p, 'DECIDES')).toContain(HEARING_78_269);
  });

  it('A/RES/79/333 OP9: "participate in the multi-stakeholder panels and the interactive multi-stakeholder hearing": the resolution\'s hearing, invited', () => {
    const p = extract(
      resolution('A/RES/79/333'),
      'OP9',
      'Also invites non-governmental organizations with relevant expertise that are in consultative status with the Economic and Social Council to register with the Secretariat to attend the high-level meeting and participate in the multi-stakeholder panels and the interactive multi-stakeholder hearing;',
    );
    expect(targets(p, 'INVITES')).toContain('Event:interactive multi-stakeholder hearing (A/RES/79/333)');
  });

  it('guard: A/RES/79/243 (the convention annexed), "permit the hearing to take place by videoconference": a court\'s hearing, no Event where the resolution named none', () => {
    const p = extract(
      resolution('A/RES/79/243'),
      'OP1',
      'Wherever possible and consistent with fundamental principles of domestic law, the first State Party may, at the request of the other, permit the hearing to take place by videoconference if it is not possible or desirable for the individual in question to appear in person;',
    );
    expect(hearings(p)).toEqual([]);
  });

  it('guard: A/RES/78/204 PP27, "the international migration review forums, including the informal interactive multi-stakeholder hearings": many sittings, no Event', () => {
    const p = extract(
      resolution('A/RES/78/204'),
      'PP27',
      'Recalling the invitation to national human rights institutions compliant with the Paris Principles to register with the Secretariat in order to participate in the international migration review forums, including the informal interactive multi-stakeholder hearings, and inviting the institutions to submit inputs prior to the forums,',
    );
    expect(hearings(p)).toEqual([]);
  });
});

describe('who organizes the hearing: the body asked "to organize (and preside over)" it, not its supporters', () => {
  it('A/RES/78/269 OP6: "Requests the President of the General Assembly, with the support of the World Health Organization, ... and other relevant partners, to organize and preside over an interactive multi-stakeholder hearing": the President ORGANIZES it, the supporters do not', () => {
    const p = extract(resolution('A/RES/78/269'), 'OP6', OP6_78_269);
    expect(attributions(p, 'ORGANIZES')).toEqual([`Organization:President of the General Assembly -> ${HEARING_78_269}`]);
  });

  it('A/RES/79/286 OP11: "Further requests the President of the General Assembly to organize, no later than June 2025, an informal interactive multi-stakeholder hearing": the President ORGANIZES it', () => {
    const p = extract(
      resolution('A/RES/79/286'),
      'OP11',
      'Further requests the President of the General Assembly to organize, no later than June 2025, an informal interactive multi-stakeholder hearing, attended by representatives of Member States, all observers of the General Assembly, non-governmental organizations in consultative status with the Economic and Social Council, invited civil society organizations, academic institutions and the private sector, welcomes their contribution to the process, and requests the President to prepare a summary of the hearing;',
    );
    expect(attributions(p, 'ORGANIZES')).toEqual(['Organization:President of the General Assembly -> Event:informal interactive multi-stakeholder hearing (A/RES/79/286)']);
  });

  it('guard: "with the support of" one body (A/RES/79/288 OP4, "the President of the General Assembly, with the support of UN-Women, to organize and preside over ...") and a meeting asked to be convened without an aside read as before', () => {
    const p = extract(
      resolution('A/RES/79/288'),
      'OP4',
      'Requests the President of the General Assembly, with the support of UN-Women, to organize and preside over an interactive multi-stakeholder hearing, with the active participation of representatives of Member States;',
    );
    expect(attributions(p, 'ORGANIZES')).toEqual(['Organization:President of the General Assembly -> Event:interactive multi-stakeholder hearing (A/RES/79/288)']);
    const q = extract(
      resolution('A/RES/78/288'),
      'OP5',
      'Requests the President of the General Assembly to convene a full-day high-level meeting on the prevention of violence against women, with the support of the Secretariat;',
    );
    expect(attributions(q, 'ORGANIZES')).toHaveLength(1);
    expect(attributions(q, 'ORGANIZES')[0]).toMatch(/^Organization:President of the General Assembly -> Event:/);
  });
});

describe('"the 2023 high-level meetings of the General Assembly on A, on B and on C": the Assembly inside the meetings\' name', () => {
  const PP9_78_269 =
    'Recalling the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage, and on the fight against tuberculosis and the adoption of the three political declarations,';

  it('A/RES/78/269 PP9: the three meetings are recalled, the General Assembly printed in their shared name is a mention and no RECALLS target (as in the singular)', () => {
    const p = extract(resolution('A/RES/78/269'), 'PP9', PP9_78_269);
    const recalled = targets(p, 'RECALLS');
    expect(recalled).not.toContain('Organization:General Assembly');
    expect(recalled).toEqual(expect.arrayContaining([
      'Event:high-level meeting on pandemic prevention, preparedness and response @ 2023',
      'Event:high-level meeting on universal health coverage @ 2023',
      'Event:high-level meeting on the fight against tuberculosis @ 2023',
    ]));
    expect(p.mentions.map((m) => m.key)).toContain('Organization:General Assembly');
  });

  it('guard: with no year printed (A/RES/78/4 annex 5 form) no meeting is read and the Assembly keeps its verb as before', () => {
    const p = extract(
      resolution('A/RES/78/4'),
      'PP5',
      'Recalling the high-level meetings of the General Assembly on HIV and AIDS, on tackling antimicrobial resistance, on ending tuberculosis, and on improving global road safety,',
    );
    expect(targets(p, 'RECALLS')).toContain('Organization:General Assembly');
  });
});

describe('"a high-level meeting in 2024 on antimicrobial resistance": the year printed between the noun and the topic', () => {
  it('A/RES/78/269 PP1: "Recalling its resolution 76/257 ..., in which it decided to hold a high-level meeting in 2024 on antimicrobial resistance and requested the President ...": the 2024 meeting OP1 names, recalled', () => {
    const p = extract(
      resolution('A/RES/78/269'),
      'PP1',
      'Recalling its resolution 76/257 of 29 March 2022, entitled “Elevating pandemic prevention, preparedness and response to the highest level of political leadership”, in which it decided to hold a high-level meeting in 2024 on antimicrobial resistance and requested the President of the General Assembly to appoint two co-facilitators to present options and modalities for the conduct of such a meeting,',
    );
    expect(targets(p, 'RECALLS')).toContain('Event:high-level meeting on antimicrobial resistance @ 2024');
  });

  it('guard: A/RES/79/333 PP1, "a high-level meeting in 2026 on a comprehensive review of the implementation of that declaration": an indefinite topic names no meeting', () => {
    const p = extract(
      resolution('A/RES/79/333'),
      'PP1',
      'Recalling its resolution 78/3 of 5 October 2023, in which it decided to hold a high-level meeting in 2026 on a comprehensive review of the implementation of that declaration, taking into consideration the outcomes of other related processes,',
    );
    expect(p.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([]);
  });
});
