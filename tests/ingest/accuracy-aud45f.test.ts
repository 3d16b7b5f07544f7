// Session-45 audit aud45f: entities and events left open by session 44. Covered: S/RES/827 (1993) PP8 and OP2 (the
// International Conference on the Former Yugoslavia, "an international tribunal"), A/80/L.41 and A/RES/80/173 OP0 ("Adopts the
// following outcome document of ..."), the outcome documents of high-level meetings (73/3 OP2: read as the meeting, as the gold
// does), the sessions of lowercase preparatory committees and "congress" in the sitting gates (left), the 2027 Meeting of States
// (78/47, 80/43), 80/3 annex 10 (left, as aud43b's gold), 79/334 OP22/OP26, 73/7 OP26, 79/1 annex 16. Fixed: the Conference on the
// Former Yugoslavia is known (gazetteer), and a sitting that ends an organ's name after " of the " owns the organ (mentioned, the
// organ PART_OF it); "Adopts the following outcome document of <sitting> [at its <n>th session]:" ADOPTED a Document titled so (no
// "Adopts" edge to the sitting or session named in the title; the sitting PART_OF the session); a generic "Meeting of States"
// convened "to review the implementation of" an instrument is keyed by the instrument (one node across texts); a participle's
// aside ends at ", to <verb> its" completing "the decision of" the main clause (the yearly ICC texts); "the <ordinal>
// anniversary of the United Nations" is an event; "STI for SDGs road maps" is the Global Pilot Programme's short name; "to
// establish an <words>" then "the <Words>" in the paragraph is the named body. Each case quotes the file and paragraph; each fix
// has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC827: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' };
const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
const { keys, relations, attributions } = oneParagraph({ ctx: SC827, kind: 'preambular' });

const ICFY = 'Event:International Conference on the Former Yugoslavia';
const STEERING = 'Organization:Steering Committee of the International Conference on the Former Yugoslavia';

describe('a sitting that ends an organ\'s name after " of the " owns the organ', () => {
  const pp8 =
    'Noting in this regard the recommendation by the Co-Chairmen of the Steering Committee of the International Conference on the Former Yugoslavia for the establishment of such a tribunal (S/25221),';

  it('S/RES/827 (1993) PP8: "the Steering Committee of the International Conference on the Former Yugoslavia": the committee and the conference both NOTES, the committee PART_OF the conference', () => {
    expect(relations(pp8)).toEqual(expect.arrayContaining([`NOTES ${STEERING}`, `NOTES ${ICFY}`, 'NOTES Document:S/25221']));
    expect(attributions(pp8)).toEqual([`PART_OF ${STEERING} -> ${ICFY}`]);
  });

  it('the conference named alone ("Recalling the International Conference on the Former Yugoslavia,") is one Event', () => {
    expect(keys('Recalling the International Conference on the Former Yugoslavia,', 'Event:')).toEqual([ICFY]);
  });

  it('guard: an officer of the conference ("the statement of the President of the International Conference on ...") owns nothing: no PART_OF', () => {
    const t = 'Noting the statement of the President of the International Conference on the Former Yugoslavia,';
    expect(attributions(t).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: a committee "for" a conference ("the Preparatory Committee for the United Nations Conference on Sustainable Development") stays one name: no owner read', () => {
    const t = 'Noting the work of the Preparatory Committee for the United Nations Conference on Sustainable Development,';
    expect(relations(t)).toEqual(['NOTES Organization:Preparatory Committee for the United Nations Conference on Sustainable Development']);
    expect(attributions(t)).toEqual([]);
  });
});

const HLM25 = 'Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025';
const SESSION80 = 'Event:eightieth session of the General Assembly';
const OUTCOME =
  'Document:outcome document of the high-level meeting of the general assembly on the overall review of the implementation of the outcomes of the world summit on the information society';

describe('"Adopts the following outcome document of <sitting> at its <n>th session:" adopts a document', () => {
  const op0 =
    'Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session: We, the Ministers and heads of delegations participating in the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 16 and 17 December 2025,';

  it('A/RES/80/173 OP0 (and its draft A/80/L.41): ADOPTED the outcome document (a Document by its title), no "Adopts" edge to the meeting or the session named in it; the meeting PART_OF the eightieth session', () => {
    const rel = relations(op0, 'operative', GA80);
    expect(rel.filter((r) => r.startsWith('ADOPTS'))).toEqual([]);
    expect(keys(op0, 'Document:', 'operative', GA80)).toEqual([OUTCOME]);
    const att = attributions(op0, 'operative', GA80);
    expect(att).toEqual(expect.arrayContaining([`ADOPTED Resolution:A/RES/80/173 -> ${OUTCOME}`, `PART_OF ${HLM25} -> ${SESSION80}`]));
  });

  // session 55's ruling, carried to meetings whose names hold another mention in session 57 (accuracy-aud57k): the outcome document
  // named by its meeting is a Framework the meeting ADOPTED (no Document)
  it('guard: the outcome document recalled in a preambular paragraph ("Recalling the outcome document of the high-level meeting ...") is no Document; the meeting ADOPTED it', () => {
    const pp = 'Recalling the outcome document of the high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society,';
    const meeting = 'high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
    expect(keys(pp, 'Document:', 'preambular', GA80)).toEqual([]);
    expect(attributions(pp, 'preambular', GA80).filter((a) => a.startsWith('ADOPTED'))).toEqual([
      `ADOPTED Event:${meeting} -> Framework:Outcome document of the ${meeting}`,
    ]);
  });

  it('guard: "Adopts the following Pact for the Future and its annexes:" (A/RES/79/1 OP0) keeps its own reading: ADOPTED the Pact, no Document', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
    const t = 'Adopts the following Pact for the Future and its annexes:';
    expect(keys(t, 'Document:', 'operative', ctx)).toEqual([]);
    expect(attributions(t, 'operative', ctx)).toContain('ADOPTED Resolution:A/RES/79/1 -> Framework:Pact for the Future');
  });
});

const { extract } = oneParagraph({ ctx: GA80, kind: 'operative' });
const GF = 'Global Framework for Through-life Conventional Ammunition Management';
const MEETING_2027 = `Event:Meeting of States (${GF}) @ 2027`;

describe('a "Meeting of States" convened to review the implementation of an instrument is that instrument\'s: one node across texts', () => {
  const pp5 = `Recalling, in its resolution 78/47, its decision to adopt the ${GF},`;
  const eventKeys = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative') => extract(text, kind, ctx).mentions.filter((m) => m.key.startsWith('Event:Meeting of States')).map((m) => m.key);

  it('A/RES/80/43 OP5 "Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to review the implementation of the Global Framework", then OP7 "to convene the Meeting of States": the Global Framework\'s meeting of 2027 both times', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/43', date: '2025-12-01' };
    extract(pp5, 'preambular', ctx);
    const op5 =
      'Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to review the implementation of the Global Framework, in line with section V, paragraph 31, thereof, with the participation, as observers, of relevant international and regional organizations and other relevant stakeholders, and further recalls its decision that the Chair may hold informal consultations ahead of the Meeting of States;';
    expect(eventKeys(op5, ctx)).toEqual([MEETING_2027, MEETING_2027]);
    expect(extract(op5, 'operative', ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`HELD_IN ${MEETING_2027} -> Place:New York`);
    expect(eventKeys('Requests the Secretary-General to provide the support necessary to convene the Meeting of States;', ctx)).toEqual([MEETING_2027]);
  });

  it('A/RES/78/47 OP7 "Decides to convene a meeting of States in 2027 ... to review the implementation of the Global Framework, ... ahead of the Meeting of States": the same node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/47', date: '2023-12-04' };
    extract(`Decides to adopt the ${GF} as contained in the annex;`, 'operative', ctx);
    const op7 =
      'Decides to convene a meeting of States in 2027 for two weeks (20 meetings), in New York, to review the implementation of the Global Framework, in line with section V, paragraph 31 thereof, with the participation, as observers, of relevant international and regional organizations and other relevant stakeholders, including non-governmental organizations and civil society, academia, research institutions and industry, and further decides that the Chair may hold informal consultations ahead of the Meeting of States;';
    // (since session 65 the lower-case "a meeting of States in 2027" is that meeting too, dated (accuracy-aud65s): both mentions
    // are the one node, keyed @ 2027 as OP8's "the Meeting of States in 2027" keys it)
    expect(eventKeys(op7, ctx)).toEqual([`Event:Meeting of States (${GF}) @ 2027`, `Event:Meeting of States (${GF}) @ 2027`]);
  });

  it('guard: a "Meeting of States" no convening ties to an instrument stays the resolution\'s', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/43', date: '2025-12-01' };
    expect(eventKeys('Requests the Secretary-General to provide the support necessary to convene the Meeting of States;', ctx)).toEqual(['Event:Meeting of States (A/RES/80/43)']);
  });

  it('guard: a meeting convened to review another text of the paragraph, after a semicolon, is not tied to it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/43', date: '2025-12-01' };
    extract(pp5, 'preambular', ctx);
    const t = 'Requests the Secretary-General to convene the Meeting of States; also requests the Secretary-General to review the implementation of the Global Framework;';
    expect(eventKeys(t, ctx)).toEqual(['Event:Meeting of States (A/RES/80/43)']);
  });
});

const ASP = 'Assembly of States Parties to the Rome Statute of the International Criminal Court';
const GA73: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-11-05' };

describe('", while recalling that ..., to hold its <n>th session": the aside ends where the decision\'s infinitive resumes', () => {
  const op26 =
    'Takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its fifteenth session, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its seventeenth session in The Hague, looks forward to the seventeenth session, which is to be held from 5 to 12 December 2018, and requests the Secretary-General to provide the necessary services and facilities in accordance with the Relationship Agreement and resolution 58/318;';

  it('A/RES/73/7 OP26 (and 78/6 OP29, 79/6 OP30, 80/6 OP30): the seventeenth session the decision is "to hold" is NOTES (the decision\'s), not RECALLS; the recalled Statute and Court stay RECALLS', () => {
    const rel = relations(op26, 'operative', GA73);
    const session17 = `Event:seventeenth session of the ${ASP}`;
    expect(rel).toContain(`NOTES ${session17}`);
    expect(rel).not.toContain(`RECALLS ${session17}`);
    expect(rel).toContain(`LOOKS_FORWARD_TO ${session17}`);
    expect(rel).toEqual(expect.arrayContaining(['RECALLS Framework:Rome Statute of the International Criminal Court', 'RECALLS Organization:International Criminal Court', `NOTES Event:fifteenth session of the ${ASP}`]));
  });

  it('guard: with no decision in the main clause ("Takes note of the report of ..., while recalling that ..., to hold its sessions") the aside keeps its words', () => {
    const t = `Takes note of the report of the ${ASP}, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties may decide, to hold its sessions at the seat of the Court;`;
    expect(relations(t, 'operative', GA73)).toEqual(expect.arrayContaining(['RECALLS Framework:Rome Statute of the International Criminal Court', 'RECALLS Organization:International Criminal Court']));
    expect(relations(t, 'operative', GA73).filter((r) => r.startsWith('NOTES'))).toEqual([`NOTES Organization:${ASP}`]);
  });
});

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
const UN75 = 'Event:seventy-fifth anniversary of the United Nations';

describe('"the <ordinal> anniversary of the United Nations" is an event, and the United Nations is named too', () => {
  it('A/RES/79/1 annex paragraph 16 "We reaffirm our pledge, made on the occasion of the seventy-fifth anniversary of the United Nations, ...": REAFFIRMS the anniversary and the United Nations', () => {
    const t =
      'We reaffirm our pledge, made on the occasion of the seventy-fifth anniversary of the United Nations, to reinvigorate global action to ensure the future we want and to effectively respond to current and future challenges, in partnership with all relevant stakeholders.';
    expect(relations(t, 'operative', GA79)).toEqual(expect.arrayContaining([`REAFFIRMS ${UN75}`, 'REAFFIRMS Organization:United Nations']));
  });

  it('A/RES/79/290 PP6 "Recalling further the seventy-fifth anniversary of the United Nations in 2020, during which States Members of the United Nations ...": RECALLS the anniversary', () => {
    const t = 'Recalling further the seventy-fifth anniversary of the United Nations in 2020, during which States Members of the United Nations strongly reaffirmed their commitment,';
    expect(relations(t, 'preambular', GA79)).toContain(`RECALLS ${UN75}`);
  });

  it('guard: the United Nations qualifying a noun ("the twentieth anniversary of the United Nations study on violence against children") is no anniversary of the Organization', () => {
    const t = 'Recalling that 2026 marks the twentieth anniversary of the United Nations study on violence against children,';
    expect(keys(t, 'Event:', 'preambular', GA79)).toEqual([]);
  });

  it('guard: inside a quoted title ("the subtopic “The rule of law at the national and international levels at the eightieth anniversary of the United Nations”", A/RES/79/126 OP24) no event', () => {
    const t =
      'Invites Member States to focus their comments during the upcoming Sixth Committee debate on the subtopic “The rule of law at the national and international levels at the eightieth anniversary of the United Nations”;';
    expect(keys(t, 'Event:', 'operative', GA79)).toEqual([]);
  });

  it('guard: another body\'s anniversary ("the fiftieth anniversary of the Organization of African Unity") is left as it was: no event', () => {
    const t = 'Recalling the fiftieth anniversary of the Organization of African Unity,';
    expect(keys(t, 'Event:', 'preambular', GA79)).toEqual([]);
  });
});

const GPP = 'Initiative:Global Pilot Programme on Science, Technology and Innovation for Sustainable Development Goals Road Maps';
const TFM = 'Initiative:Technology Facilitation Mechanism';

describe('"STI for SDGs road maps": the Global Pilot Programme\'s road maps by the short name the texts bracket after its name', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/334', date: '2025-08-01' };

  it('A/RES/79/334 OP22 "including through STI for SDGs road maps and the online platform": REITERATES the programme, not the Sustainable Development Goals named in its short name', () => {
    const op22 =
      'Reiterates its call for voluntary contributions for resources from both the private and the public sectors to support the full operationalization of all components of the Technology Facilitation Mechanism, in particular strengthening national capacities in promoting the access of marginalized communities to science, technology and innovation, including through STI for SDGs road maps and the online platform, and invites Member States to provide voluntary financial and technical assistance to the United Nations Technology Bank for the Least Developed Countries to enable it to reach its full potential;';
    const rel = relations(op22, 'operative', ctx);
    expect(rel).toEqual(expect.arrayContaining([`REITERATES ${GPP}`, `REITERATES ${TFM}`]));
    expect(rel).not.toContain('REITERATES Framework:Sustainable Development Goals');
  });

  it('guard: A/RES/78/160 PP42 "including the Global Pilot Programme ... (STI for SDGs road maps), ... as the three components of the Technology Facilitation Mechanism": the programme, a sub-item printed again in brackets, is no component (the task team is)', () => {
    const pp42 =
      'Welcoming the convening of the first to eighth annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, noting with appreciation the ongoing work of the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals, including the Global Pilot Programme on Science, Technology and Innovation for the Sustainable Development Goals Road Maps (STI for SDGs road maps), and noting the expanded operationalization of the 2030 Connect online platform, as the three components of the Technology Facilitation Mechanism, that can help to advance the 2030 Agenda,';
    const att = attributions(pp42, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/160', date: '2023-12-19' });
    expect(att).not.toContain(`PART_OF ${GPP} -> ${TFM}`);
    expect(att).toContain(`PART_OF Initiative:online platform of the Technology Facilitation Mechanism -> ${TFM}`);
  });
});

const ICTY = 'Organization:International Criminal Tribunal for the former Yugoslavia';

describe('"to establish an <lowercase words>" then "the <Words>" in the same paragraph: the body established is the one named', () => {
  it('S/RES/827 (1993) OP2 "Decides hereby to establish an international tribunal ... and to this end to adopt the Statute of the International Tribunal": DECIDES the Tribunal too', () => {
    const op2 =
      'Decides hereby to establish an international tribunal for the sole purpose of prosecuting persons responsible for serious violations of international humanitarian law committed in the territory of the former Yugoslavia between 1 January 1991 and a date to be determined by the Security Council upon the restoration of peace and to this end to adopt the Statute of the International Tribunal annexed to the above-mentioned report;';
    expect(relations(op2, 'operative')).toEqual(expect.arrayContaining([`DECIDES ${ICTY}`, 'DECIDES Framework:Statute of the International Tribunal', 'DECIDES Organization:Security Council']));
    expect(extract(op2, 'operative', SC827).mentions.filter((m) => m.key === ICTY).map((m) => m.phrase)).toContain('international tribunal');
  });

  it('guard: an international tribunal the paragraph never names ("Decides to establish an international tribunal for the prosecution of persons responsible ...") is no entity', () => {
    const t = 'Decides to establish an international tribunal for the prosecution of persons responsible for serious violations of international humanitarian law;';
    expect(relations(t, 'operative')).toEqual([]);
  });

  it('guard: another body named after it ("to establish an ad hoc committee ... the International Tribunal") is not the one established', () => {
    const t = 'Decides to establish an ad hoc committee to consider the reports of the International Tribunal;';
    expect(keys(t, 'Organization:', 'operative')).toEqual([ICTY]);
  });
});
