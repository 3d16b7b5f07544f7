// Misses found by the session-16 audit aud16e: A/RES/78/2, 78/151 (sustainable consumption and production), 79/39, 80/44
// (transparency and confidence-building measures in outer space), 79/97, 79/250, and the same forms in other texts. Each case
// quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/151', date: '2023-12-19' };

const { extract, relations } = oneParagraph({ ctx: GA, kind: 'operative' });
const keys = (text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = { ...GA }): string[] =>
  extract(text, kind, ctx).mentions.map((m) => m.key);

const UN = 'Organization:United Nations';
const PROGRAMME_21 = 'Framework:Programme for the Further Implementation of Agenda 21';
const AGENDA_21 = 'Framework:Agenda 21';
const JPOI = 'Framework:Johannesburg Plan of Implementation';
const HLPF_DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const HLPF = 'Organization:high-level political forum on sustainable development';

describe('"UN-<Name>" (an inter-agency mechanism or programme) is not the United Nations', () => {
  const ctx80 = { ...GA, symbol: 'A/RES/80/44', date: '2025-12-01' };
  it('A/RES/80/44 PP20: "the special report by the Inter-Agency Meeting on Outer Space Activities (UN-Space)"', () => {
    const text =
      'Recalling the special report by the Inter-Agency Meeting on Outer Space Activities (UN-Space) on the implementation of the report of the Group of Governmental Experts, and the recommendations contained therein,';
    const found = relations(text, 'preambular', ctx80);
    expect(found).toContain('RECALLS Organization:Inter-Agency Meeting on Outer Space Activities');
    expect(found).not.toContain(`RECALLS ${UN}`);
  });

  it('A/RES/79/87 OP30 form: "Recognizes the work undertaken by UN-Oceans" and "in collaboration with UN-Energy"', () => {
    expect(relations('Recognizes the work undertaken by UN-Oceans;')).toEqual(['RECOGNIZES Organization:UN-Oceans']);
    const energy = keys('Requests the Secretariat, in collaboration with UN-Energy and relevant United Nations system entities, to report;');
    expect(energy).toContain('Organization:UN-Energy');
    expect(energy).not.toContain(UN);
  });

  it('A/RES/79/51 OP form: "within the framework of UN-SPIDER" is the platform, not the United Nations', () => {
    const found = keys('Notes with satisfaction the work done within the framework of UN-SPIDER since its establishment in 2006;');
    expect(found).toContain('Initiative:United Nations Platform for Space-based Information for Disaster Management and Emergency Response');
    expect(found).not.toContain(UN);
  });

  // (session 45, aud45i: "United Nations-led <lowercase noun>" is a compound adjective, no mention of the Organization; the
  // acronym reads the same. What this guard keeps: "UN-" before a lowercase word is no "UN-<Name>" body of its own)
  it('guard: "UN" before a lowercase hyphened word ("UN-led") is no "UN-<Name>" body, and reads as "United Nations-led" does; "AU-led" names the African Union', () => {
    const unLed = keys('Welcomes the UN-led process of consultations;');
    expect(unLed.filter((k) => k.includes('UN-'))).toEqual([]);
    expect(unLed).toEqual(keys('Welcomes the United Nations-led process of consultations;'));
    expect(keys('Invites the AU-led mission to report;')).toEqual(['Organization:African Union']);
  });
});

describe('the Rio list: "the Programme for the Further Implementation of Agenda 21" and "the Plan of Implementation of the WSSD (Johannesburg Plan of Implementation)"', () => {
  const PP1_78_151 =
    'Recalling the Rio Declaration on Environment and Development, 1 Agenda 21,2 the Programme for the Further Implementation of Agenda 21, 3 the Johannesburg Declaration on Sustainable Development 4 and the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation) 5 and the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”,6';

  it('A/RES/78/151 PP1: the Programme is a framework of its own, and resolution S-19/2 (its footnote) adopted it, not Agenda 21', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const found = extractWithNotes('PP1', PP1_78_151, [
      { after: 'Agenda 21,2', mark: '2', text: 'Ibid., annex II.' },
      { after: 'Agenda 21, 3', mark: '3', text: 'Resolution S-19/2, annex.' },
    ], { ...GA });
    const rels = found.relations.map((r) => `${r.type} ${r.target}`);
    expect(rels).toContain(`RECALLS ${PROGRAMME_21}`);
    expect(rels).toContain(`RECALLS ${AGENDA_21}`);
    const adopted = found.attributions.filter((a) => a.type === 'ADOPTED' && a.source === 'Resolution:A/RES/S-19/2').map((a) => a.target);
    expect(adopted).toEqual([]);
  });

  it('A/RES/78/151 PP1: the Plan of Implementation and its name in brackets are one framework', () => {
    const frameworks = keys(PP1_78_151, 'preambular').filter((k) => k.includes('Plan of Implementation'));
    expect([...new Set(frameworks)]).toEqual([JPOI]);
  });

  it('A/RES/79/196 PP5: "the Plan of Implementation of the World Summit on Sustainable Development" printed without the bracket', () => {
    const text =
      'Recalling also the United Nations Millennium Declaration, 2 the Rio Declaration on Environment and Development, 4 Agenda 21, 5 and the Plan of Implementation of the World Summit on Sustainable Development,7';
    const found = relations(text, 'preambular', { ...GA, symbol: 'A/RES/79/196', date: '2024-12-19' });
    expect(found).toContain(`RECALLS ${JPOI}`);
    expect(found).not.toContain('RECALLS Framework:Plan of Implementation of the World Summit on Sustainable Development');
  });

  it('guard: "the implementation of Agenda 21" alone is Agenda 21, and the World Summit stays an event', () => {
    const text = 'Reaffirms the commitments to the implementation of Agenda 21 made at the World Summit on Sustainable Development;';
    const found = keys(text);
    expect(found).toContain(AGENDA_21);
    expect(found).not.toContain(PROGRAMME_21);
    expect(found.some((k) => k.startsWith('Event:World Summit on Sustainable Development'))).toBe(true);
  });
});

describe('"the political declaration adopted by|during the high-level political forum ... convened under the auspices of the General Assembly" is the declaration', () => {
  it('A/RES/78/151 OP13: "welcomes the commitment made ... in the political declaration adopted during the high-level political forum"', () => {
    const text =
      'Welcomes the decision by the United Nations Environment Assembly to convene an intergovernmental negotiating committee, and in this regard welcomes the commitment made by Heads of State and Government in the political declaration adopted during the high-level political forum on sustainable development convened under the auspices of the General Assembly to support the work of the intergovernmental negotiating committee;';
    const found = relations(text);
    expect(found).toContain(`WELCOMES ${HLPF_DECLARATION}`);
    expect(found).not.toContain(`WELCOMES ${HLPF}`);
    // (the forum's 2023 meeting under the Assembly, the SDG Summit, is the sitting that adopted it; the Assembly convened it and
    // the clause mentions both, as aud45e's gold reads 80/135 OP18: aud46e)
    expect(found.filter((r) => r.startsWith('WELCOMES Event:')).some((r) => r.endsWith('@ 2023'))).toBe(true);
  });

  it('A/RES/78/262 PP14: "Welcoming the Political Declaration adopted by the High-Level Political Forum ... (Sustainable Development Goals Summit)"', () => {
    const text =
      'Welcoming the Political Declaration adopted by the High-Level Political Forum on Sustainable Development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urging timely action to ensure its full implementation,';
    const found = relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/262', date: '2023-12-22' });
    expect(found).toContain(`WELCOMES ${HLPF_DECLARATION}`);
    expect(found).not.toContain(`WELCOMES ${HLPF}`);
  });

  it('guard: the forum itself ("the review by the high-level political forum") stays the forum', () => {
    const text = 'Encourages the review by the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council;';
    expect(relations(text)).toContain(`ENCOURAGES ${HLPF}`);
  });
});

describe('"the Journal of the United Nations" (a publication) is not the Organization; "States Members of the United Nations" names it', () => {
  const ctx250 = { ...GA, symbol: 'A/RES/79/250', date: '2024-12-24' };
  it('guard, A/RES/79/250 OP12: "Encourages States Members of the United Nations at all levels ..." (the name is printed: an annotator tags it)', () => {
    const text = 'Encourages States Members of the United Nations at all levels to move up voluntarily in their level of contribution;';
    expect(keys(text)).toContain(UN);
    // (aud39g: a mention, but no target of the verb: the States are encouraged, not the Organization; was [`ENCOURAGES ${UN}`])
    expect(relations(text, 'operative', ctx250)).toEqual([]);
  });

  it('A/RES/78/2 OP3: "through an early announcement in the Journal of the United Nations"', () => {
    const text =
      'Requests the Secretary-General to continue to bring to the attention of Member States the deadline specified in resolution 54/237 C, including through an early announcement in the Journal of the United Nations and through direct communication;';
    const found = relations(text, 'operative', { ...GA, symbol: 'A/RES/78/2', date: '2023-10-05' });
    expect(found).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(found).not.toContain(`REQUESTS ${UN}`);
  });

  it('guard, A/RES/78/20 OP8: "if requested by one or more States Members of the United Nations" (a State Member: the same)', () => {
    expect(keys('Invites any State Member of the United Nations to submit its views;')).toContain(UN);
    expect(keys('Notes that the objections, if requested by one or more States Members of the United Nations, will be made known;')).toContain(UN);
  });

  it('guard: the United Nations acting, or "the expenses of the Organization", is still the Organization', () => {
    expect(relations('Calls upon Member States and the United Nations to cooperate;')).toEqual([`CALLS_UPON ${UN}`]);
    const text =
      'Reaffirms that the costs of peacekeeping operations are expenses of the Organization to be borne by States Members of the United Nations in accordance with the Charter of the United Nations;';
    expect(relations(text, 'operative', ctx250)).toEqual(expect.arrayContaining([`REAFFIRMS ${UN}`, 'REAFFIRMS Framework:Charter of the United Nations']));
  });
});
