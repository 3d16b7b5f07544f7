// Session-55 audit aud55k: residual faults earlier sessions found and left open. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/72', '2025-12-02'), kind: 'operative' });

describe('item 4: "during the high-level week of the General Assembly": the Assembly is the setting, not a target', () => {
  it('A/RES/80/72 OP3: "the launch on 27 September 2024, during the high-level week of the General Assembly ..., of the Global Alliance"', () => {
    const rel = relations(
      'Also welcomes the launch on 27 September 2024, during the high-level week of the General Assembly and upon the initiative of Saudi Arabia, Norway and the European Union, of the Global Alliance for the Implementation of the Two-State Solution and its first meeting, held in Riyadh on 30 and 31 October 2024;',
    );
    expect(rel).not.toContain('WELCOMES Organization:General Assembly');
    expect(rel).toContain('WELCOMES Initiative:Global Alliance for the Implementation of the Two-State Solution');
    expect(rel).toContain('WELCOMES Organization:European Union');
  });

  it('guard: A/RES/80/72 OP3 with "the work of the General Assembly" (the Assembly as topic stays the verb\'s)', () => {
    const rel = relations('Also welcomes the work of the General Assembly and the launch of the Global Alliance for the Implementation of the Two-State Solution;');
    expect(rel).toContain('WELCOMES Organization:General Assembly');
  });
});

describe('item 5: "in which the Assembly <past form>" after a cited text: the Assembly is that text\'s author, no target', () => {
  it('A/RES/78/159 PP27 (80/145 PP30): "a political declaration in which the Assembly, inter alia, committed to ..." (an aside before the act)', () => {
    const rel = relations(
      'Welcoming also the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit) in September 2023, which adopted a political declaration in which the Assembly, inter alia, committed to conserving and sustainably using oceans and seas, freshwater resources, as well as forests, mountains and drylands and protecting biodiversity, ecosystems and wildlife,',
      'preambular',
      ctxOf('A/RES/78/159', '2023-12-19'),
    );
    expect(rel).not.toContain('WELCOMES Organization:General Assembly');
    expect(rel).toContain('WELCOMES Organization:high-level political forum on sustainable development');
  });

  it('A/RES/78/270 PP17 (79/275 PP17): "in which the Assembly and the Council strongly supported the Kimberley Process Certification Scheme" (two authors, an adverb)', () => {
    const rel = relations(
      'Recalling also General Assembly resolution 55/56 of 1 December 2001 and Security Council resolution 1459 (2003) of 28 January 2003, in which the Assembly and the Council strongly supported the Kimberley Process Certification Scheme as a valuable contribution in breaking the link between the illicit transaction of rough diamonds and armed conflict as a contribution to prevention and settlement of conflicts,',
      'preambular',
      ctxOf('A/RES/78/270', '2024-03-01'),
    );
    expect(rel).not.toContain('RECALLS Organization:General Assembly');
    expect(rel).not.toContain('RECALLS Organization:Security Council');
    expect(rel).toContain('RECALLS Initiative:Kimberley Process Certification Scheme');
    expect(rel).toContain('RECALLS Resolution:A/RES/55/56');
  });

  it('guard: A/RES/79/218 OP56 "paragraph 309 of the Doha Programme of Action, in which the General Assembly was invited to consider ..." (the one asked stays the verb\'s)', () => {
    const rel = relations(
      'Recalls paragraph 309 of the Doha Programme of Action, in which the General Assembly was invited to consider conducting a comprehensive high-level midterm review of the implementation of the Programme of Action in 2026;',
      'operative',
      ctxOf('A/RES/79/218', '2024-12-19'),
    );
    expect(rel).toContain('RECALLS Organization:General Assembly');
  });

  it('guard: "in which the Assembly and the Council" with no act after them stays the verb\'s', () => {
    const rel = relations('Recalling the meetings in which the General Assembly and the Security Council are represented,', 'preambular', ctxOf('A/RES/78/270', '2024-03-01'));
    expect(rel).toContain('RECALLS Organization:Security Council');
  });
});

describe('item 2: "as Secretary-General and Special Adviser ... of the <Conference>, respectively": the Conference\'s post, not the Secretary-General', () => {
  it('A/RES/78/232 OP31', () => {
    const rel = relations(
      'Welcomes the appointments of the Under-Secretary-General for Economic and Social Affairs and the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States as Secretary-General and Special Adviser to the Secretary-General of the fourth International Conference on Small Island Developing States, respectively;',
      'operative',
      ctxOf('A/RES/78/232', '2023-12-22'),
    );
    expect(rel).not.toContain('WELCOMES Organization:Secretary-General of the United Nations');
    expect(rel).toContain('WELCOMES Organization:Under-Secretary-General for Economic and Social Affairs');
    expect(rel).toContain('WELCOMES Event:Fourth International Conference on Small Island Developing States');
  });

  it('guard: "Welcomes the appointment by the Secretary-General of the Special Envoy ..." keeps the Secretary-General', () => {
    const rel = relations('Welcomes the appointment by the Secretary-General of a Special Envoy on Myanmar, and requests the Secretary-General to report;', 'operative', ctxOf('A/RES/78/232', '2023-12-22'));
    expect(rel).toContain('WELCOMES Organization:Secretary-General of the United Nations');
  });
});

describe('item 6: "the General Assembly Hall" is a room, not the Assembly the clause takes', () => {
  it('A/RES/80/1 OP1 (a): "a pre-recorded statement of its President, which will be played in the General Assembly Hall"', () => {
    const rel = relations(
      'Decides that the State of Palestine may submit a pre-recorded statement of its President, which will be played in the General Assembly Hall after introduction by its representative who is physically present in the Assembly Hall;',
      'operative',
      ctxOf('A/RES/80/1', '2025-09-19'),
    );
    expect(rel).not.toContain('DECIDES Organization:General Assembly');
  });

  it('A/RES/78/158 OP9: "to be held in the General Assembly Hall, at United Nations Headquarters in New York"', () => {
    const rel = relations(
      'Requests the President of the General Assembly to convene a high-level meeting on sand and dust storms, to be held in the General Assembly Hall, at United Nations Headquarters in New York;',
      'operative',
      ctxOf('A/RES/78/158', '2023-12-19'),
    );
    expect(rel).not.toContain('REQUESTS Organization:General Assembly');
    expect(rel).toContain('REQUESTS Organization:President of the General Assembly');
  });

  it('guard: "the work of the General Assembly" stays the verb\'s', () => {
    const rel = relations('Decides to review the work of the General Assembly at its eightieth session;', 'operative', ctxOf('A/RES/80/1', '2025-09-19'));
    expect(rel).toContain('DECIDES Organization:General Assembly');
  });
});

describe('item 7: "<body> ... through its new Plan of Action 2024–2026": that body\'s plan, as it is named in full elsewhere', () => {
  it('A/RES/79/135 OP2', () => {
    const rel = relations(
      'Notes the efforts of the Central European Initiative in addressing the challenges through its new Plan of Action 2024–2026 adopted by the member States on 21 December 2023, acknowledging that it was elaborated in line with the 2030 Agenda for Sustainable Development and its Sustainable Development Goals;',
      'operative',
      ctxOf('A/RES/79/135', '2024-12-11'),
    );
    expect(rel).toContain('NOTES Framework:Central European Initiative Plan of Action 2024-2026');
    expect(rel).not.toContain('NOTES Framework:Plan of Action 2024-2026');
  });

  it('guard: A/RES/79/135 OP9 "in line with the Central European Initiative Plan of Action 2024‑2026" (named in full) keeps its key', () => {
    const rel = relations(
      'Welcomes, in this regard, the role assumed by the Central European Initiative, in addition to political dialogue, as a promoter of project-oriented and other tangible activities in line with the Central European Initiative Plan of Action 2024‑2026;',
      'operative',
      ctxOf('A/RES/79/135', '2024-12-11'),
    );
    expect(rel).toContain('WELCOMES Framework:Central European Initiative Plan of Action 2024-2026');
  });
});

describe('item 9: a CWC review conference printed as a special session of the Conference of the States Parties is SESSION_OF that Conference', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/56', '2024-12-02'), kind: 'preambular' });
  it('A/RES/79/56 PP6: "the Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention"', () => {
    const att = attributions(
      'Recalling the work related to the Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 21 to 30 November 2018,',
    );
    expect(att).toContain('SESSION_OF Event:Fourth Review Conference (Chemical Weapons Convention) -> Event:Conference of the States Parties to the Chemical Weapons Convention');
  });

  it('guard: A/RES/79/56 OP10 "the twenty-fourth session of the Conference of the States Parties" keeps its one SESSION_OF', () => {
    const att = attributions(
      'Recalling decision C-24/DEC.4 adopted by the Conference of the States Parties to the Chemical Weapons Convention at its twenty-fourth session,',
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF') && a.includes('Review Conference'))).toEqual([]);
  });
});

describe('item 9: "on 24, 25 and 30 March 2017": three listed days, each a date', () => {
  const { keys } = oneParagraph({ ctx: ctxOf('A/RES/79/56', '2024-12-02'), kind: 'operative' });
  it('A/RES/79/56 OP4 (c): "the Syrian Arab Air Force used chemical weapons in Ltamenah on 24, 25 and 30 March 2017"', () => {
    expect(keys('Condemns that the Syrian Arab Air Force used chemical weapons in Ltamenah on 24, 25 and 30 March 2017;', 'Date:')).toEqual(['Date:2017-03-24', 'Date:2017-03-25', 'Date:2017-03-30']);
  });

  it('guard: "held in Riyadh on 30 and 31 October 2024" stays two days of one sitting', () => {
    expect(keys('Welcomes its first meeting, held in Riyadh on 30 and 31 October 2024;', 'Date:')).toEqual(['Date:2024-10-30', 'Date:2024-10-31']);
  });
});

describe('item 10: "<Convention> ..., and its modernization (Amending Protocol, ...)": the protocol amending that convention', () => {
  it('A/RES/79/284 OP29', () => {
    const rel = relations(
      'Notes the continued development of the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data, which is open for accession by all States, and its modernization (Amending Protocol, Council of Europe Treaty Series No. 223);',
      'operative',
      ctxOf('A/RES/79/284', '2025-06-25'),
    );
    expect(rel).toContain('NOTES Framework:Protocol amending the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data');
    expect(rel).not.toContain('NOTES Framework:Amending Protocol');
  });

  it('guard: an "Amending Protocol" with no convention named before stays as printed', () => {
    const rel = relations('Notes the entry into force of the Amending Protocol;', 'operative', ctxOf('A/RES/79/284', '2025-06-25'));
    expect(rel.filter((r) => r.includes('Protocol amending'))).toEqual([]);
  });
});
