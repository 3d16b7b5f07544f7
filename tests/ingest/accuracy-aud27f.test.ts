// Misses found by the session-27 audit aud27f: A/RES/80/34 (the Chemical Weapons Convention) and A/RES/80/145 (integrated
// coastal zone management), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CWC_RES: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/34', date: '2025-12-01' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: CWC_RES, kind: 'preambular' });

const CWC_FULL = 'Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction';
const FOURTH_RC = 'Event:Fourth Review Conference (Chemical Weapons Convention)';
const FIFTH_RC = 'Event:Fifth Review Conference (Chemical Weapons Convention)';
const CSP = 'Event:Conference of the States Parties to the Chemical Weapons Convention';
const C_SS_4 = 'Event:fourth special session of the Conference of the States Parties to the Chemical Weapons Convention';

/** A/RES/80/34 PP5, PP6: the Convention and its Conference of the States Parties named before PP8 */
function cwcNamedBefore(ctx: RecognizeContext): void {
  extract(`Reiterating that the ${CWC_FULL} reaffirms principles and objectives,`, 'preambular', ctx);
  extract(
    'Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1, respectively, of the Annex on Chemicals to the Convention,',
    'preambular',
    ctx,
  );
}

describe('listed special sessions to review the Chemical Weapons Convention are its review conferences', () => {
  const PP8 =
    'Recalling the work related to the Fourth and Fifth Special Sessions of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague in 2018 and 2023,';

  it('A/RES/80/34 PP8: "the Fourth and Fifth Special Sessions of the Conference ..., held in The Hague in 2018 and 2023" (the Conference named before)', () => {
    const ctx = { ...CWC_RES };
    cwcNamedBefore(ctx);
    expect(relations(PP8, 'preambular', ctx)).toEqual([`RECALLS ${FOURTH_RC}`, `RECALLS ${FIFTH_RC}`]);
  });

  it('A/RES/80/34 PP8: each takes The Hague and its own year', () => {
    const ctx = { ...CWC_RES };
    cwcNamedBefore(ctx);
    const a = attributions(PP8, 'preambular', ctx);
    expect(a).toContain(`HELD_IN ${FOURTH_RC} -> Place:The Hague`);
    expect(a).toContain(`HELD_IN ${FIFTH_RC} -> Place:The Hague`);
    expect(a).toContain(`STARTS_ON ${FOURTH_RC} -> Date:2018`);
    expect(a).toContain(`STARTS_ON ${FIFTH_RC} -> Date:2023`);
    expect(a).not.toContain(`STARTS_ON ${FIFTH_RC} -> Date:2018`);
  });

  it('A/RES/80/34 PP8 read alone (nothing named before): the same two review conferences', () => {
    expect(keys(PP8, 'Event:', 'preambular', { ...CWC_RES })).toEqual([FOURTH_RC, FIFTH_RC]);
  });

  it('guard: one special session to review, dated in full, keeps its key and days (A/RES/79/56 PP6)', () => {
    const text =
      'Recalling the work related to the Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 21 to 30 November 2018,';
    const a = attributions(text, 'preambular', { ...CWC_RES });
    expect(a).toContain(`STARTS_ON ${FOURTH_RC} -> Date:2018-11-21`);
    expect(a).toContain(`ENDS_ON ${FOURTH_RC} -> Date:2018-11-30`);
  });

  it('guard: "the first and second Global Refugee Forums, held in 2019 and 2023" still pairs the years (A/RES/79/156)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/156', date: '2024-12-17' };
    const a = attributions('Welcomes the pledges made at the first and second Global Refugee Forums, held in 2019 and 2023;', 'operative', ctx);
    expect(a.filter((x) => x.startsWith('STARTS_ON'))).toEqual(['STARTS_ON Event:First Global Refugee Forum -> Date:2019', 'STARTS_ON Event:Second Global Refugee Forum -> Date:2023']);
  });
});

describe('the Conference of the States Parties to the Chemical Weapons Convention and its sessions: one key each', () => {
  it('A/RES/80/34 PP6: "adopted by the Conference of the States Parties at its twenty-fourth session" is that conference\'s session', () => {
    const ctx = { ...CWC_RES };
    extract(`Reiterating that the ${CWC_FULL} reaffirms principles and objectives,`, 'preambular', ctx);
    const text =
      'Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1, respectively, of the Annex on Chemicals to the Convention,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([CSP, 'Event:twenty-fourth session of the Conference of the States Parties to the Chemical Weapons Convention']);
  });

  it('A/RES/78/222 OP4: the Conference of the States Parties to the Convention printed by its full title is the same conference', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' };
    const text = `Recalls in this regard decision C-25/DEC.9 of 21 April 2021 of the Conference of the States Parties to the ${CWC_FULL};`;
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([CSP]);
  });

  it('A/RES/79/134 OP6 and A/RES/80/34 OP12: "its fourth special session" and "the Fourth Special Session of the Conference of the States Parties" (C-SS-4) are one', () => {
    const ctx134: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/134', date: '2024-12-04' };
    const op6 = `Recalls the report of the Conference of the States Parties to the ${CWC_FULL} on its fourth special session, held in The Hague on 26 and 27 June 2018;`;
    expect(keys(op6, 'Event:fourth', 'operative', ctx134)).toEqual([C_SS_4]);
    const ctx = { ...CWC_RES };
    cwcNamedBefore(ctx);
    const op12 = 'Also recalls the adoption of: (a) Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use”, of 27 June 2018;';
    expect(keys(op12, 'Event:', 'operative', ctx)).toEqual([C_SS_4]);
  });

  it('guard: the Conference of the States Parties to the United Nations Convention against Corruption keeps its key', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/190', date: '2025-12-15' };
    const text = 'Welcomes the work of the Conference of the States Parties to the United Nations Convention against Corruption;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:Conference of the States Parties to the United Nations Convention against Corruption']);
  });
});

describe('the political declaration of a sitting the gazetteer knows it by', () => {
  const COASTAL: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/145', date: '2025-12-15' };
  const NICE = 'Framework:Our ocean, our future: united for urgent action';
  const OCEAN_2025 = 'Event:United Nations Ocean Conference @ 2025';

  it('A/RES/80/145 OP6: "as contained in paragraphs 15 and 16 of the political declaration of the third United Nations Ocean Conference"', () => {
    const text =
      'Reaffirms the shared commitment to accelerating action to prevent, significantly reduce and control marine pollution of all kinds, as well as the commitment to develop an international legally binding instrument on plastic pollution, including in the marine environment, as contained in paragraphs 15 and 16 of the political declaration of the third United Nations Ocean Conference;';
    // (and the conference the declaration's title names, aud44b: the hand golds count it, A/RES/79/1 OP20, 78/259 PP4)
    expect(relations(text, 'operative', { ...COASTAL })).toEqual([`REAFFIRMS ${NICE}`, `REAFFIRMS ${OCEAN_2025}`]);
    expect(attributions(text, 'operative', { ...COASTAL })).toEqual([`ADOPTED ${OCEAN_2025} -> ${NICE}`]);
  });

  it('guard: the conference itself, no declaration printed, stays the event (A/RES/78/159 PP22)', () => {
    const text = 'Looking forward to the third United Nations Ocean Conference, to be co-hosted by France and Costa Rica,';
    expect(relations(text, 'preambular', { ...COASTAL })).toEqual([`LOOKS_FORWARD_TO ${OCEAN_2025}`]);
  });

  it('guard: a high-level meeting\'s political declaration is still keyed by its meeting (A/RES/80/145 PP17)', () => {
    const text =
      'Welcoming the convening of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, held in New York on 18 to 19 May 2023, at which the General Assembly adopted the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030,';
    expect(keys(text, 'Framework:Political', 'preambular', { ...COASTAL })).toEqual([
      'Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030 (2023)',
    ]);
  });
});

describe("a report's author named again in another clause", () => {
  const COASTAL: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/145', date: '2025-12-15' };
  const IPCC = 'Organization:Intergovernmental Panel on Climate Change';

  it('A/RES/80/145 PP14: "the special reports of the Intergovernmental Panel on Climate Change, entitled ..., and acknowledging the ongoing work of the Intergovernmental Panel": NOTES and ACKNOWLEDGES', () => {
    const text =
      'Noting with concern the findings contained in the special reports of the Intergovernmental Panel on Climate Change, entitled Global Warming of 1.5°C, The Ocean and Cryosphere in a Changing Climate and Climate Change and Land, and the Sixth Assessment Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2023: Synthesis Report, as well as the findings of the second World Ocean Assessment, and acknowledging the ongoing work of the Intergovernmental Panel in its seventh assessment cycle,';
    const r = relations(text, 'preambular', { ...COASTAL });
    expect(r).toContain(`NOTES ${IPCC}`);
    expect(r).toContain(`ACKNOWLEDGES ${IPCC}`);
  });

  it('guard: one NOTES when the author is named again in the same clause', () => {
    const text = 'Takes note of the report of the Secretary-General entitled “Road map for digital cooperation” and of the efforts of the Secretary-General;';
    expect(relations(text, 'operative', { ...COASTAL }).filter((x) => x === 'NOTES Organization:Secretary-General of the United Nations')).toHaveLength(1);
  });

  it('guard: a body inside an event\'s name takes no verb edge (the twenty-eighth session of the Conference of the Parties ...)', () => {
    const text = 'Welcoming the outcome of the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, and noting the work of the United Nations Environment Programme,';
    expect(relations(text, 'preambular', { ...COASTAL }).filter((x) => x.includes('Organization:United Nations Framework'))).toEqual([]);
  });
});

describe('"the intergovernmental negotiating committee" printed bare', () => {
  const COASTAL: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/145', date: '2025-12-15' };
  const INC = 'Organization:Intergovernmental Negotiating Committee to Develop an International Legally Binding Instrument on Plastic Pollution, including in the Marine Environment';

  it('A/RES/80/145 OP5: "the fifth session of the intergovernmental negotiating committee, established by the United Nations Environment Assembly ... on plastic pollution"', () => {
    const text =
      'Welcomes the holding of the third and fourth sessions and the first and second parts of the fifth session of the intergovernmental negotiating committee, established by the United Nations Environment Assembly in its resolution 5/14 of 2 March 2022 at its resumed fifth session to develop an international legally binding instrument on plastic pollution, including in the marine environment, and in this regard welcomes the commitment made by Heads of State and Government in the political declaration adopted during the 2023 Sustainable Development Goals Summit to support the ongoing work of the intergovernmental negotiating committee;';
    expect(relations(text, 'operative', { ...COASTAL }).filter((r) => r === `WELCOMES ${INC}`)).toHaveLength(2);
  });

  it('A/RES/80/109 PP67: "and noting that the intergovernmental negotiating committee held ..." after the committee named in full: the same', () => {
    const text =
      'Recalling the mandate of United Nations Environment Assembly resolution 5/14 requesting the convening of an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, and noting that the intergovernmental negotiating committee held the second part of its fifth session in Geneva from 5 to 14 August 2025,';
    const r = relations(text, 'preambular', { ...COASTAL });
    expect(r).toContain(`RECALLS ${INC}`);
    expect(r).toContain(`NOTES ${INC}`);
  });

  it('guard: a committee on another topic, none named before, is not the plastics committee (A/RES/79/235 OP8)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/235', date: '2024-12-24' };
    const text = 'Further decides that the intergovernmental negotiating committee shall meet in 2025, 2026 and 2027 for at least three substantive sessions per year;';
    expect(keys(text, 'Organization:Intergovernmental', 'operative', ctx)).toEqual([]);
  });
});
