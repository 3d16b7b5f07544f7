// Session-43 audit aud43a: three more ICT / digital resolutions annotated like the scorer before looking at the output
// (/work/shared/corpus A/RES/79/325, A/RES/79/239, A/RES/78/16, all paragraphs; gold in /tmp/lead/aud43a-gold), then scored.
// Fixed: the ICT security "programme of action" (a gazetteer instrument, read by its short form from the first paragraph of the
// resolution its title names) and "the framework for responsible State behaviour" named again after its full name; the report
// "on the proposal for a United Nations programme of action ..., prepared by the Secretary-General" keeps both the report and
// the instrument; a body printed right before a sitting's name ("the International Telecommunication Union Artificial
// Intelligence for Good Global Summit") is the sitting's owner (SESSION_OF), no verb target of its own; a standing forum's sitting
// of a year named after it ("the multi-stakeholder forum ... in New York, in 2027") is an Event of that year (withdrawn: the forum
// named alone is the body, lead's ruling of session 56, accuracy-aud56r); "the high-level
// review of the Global Digital Compact" is an Event, and the instrument a review is named for is mentioned too; "including the
// annex thereto entitled “Global Digital Compact”" is PART_OF the resolution cited. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_325: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' };
const POA_TITLE =
  'Programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security';
const GA78_16: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04', title: POA_TITLE };
const { relations, attributions } = oneParagraph({ ctx: GA79_325, kind: 'operative' });

const POA = 'Framework:Programme of Action to Advance Responsible State Behaviour in the Use of Information and Communications Technologies in the Context of International Security';
const FRAMEWORK_RSB = 'Framework:Framework for Responsible State Behaviour in the Use of Information and Communications Technologies';
const GDC = 'Framework:Global Digital Compact';
const MSF = 'multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals';
const ITU = 'Organization:International Telecommunication Union';

/** paragraphs of one resolution in order, under one context (its per-resolution state: short forms named before) */
function inOrder(ctx: RecognizeContext, paragraphs: { id: string; text: string; footnote?: { mark: string; at: string; text: string } }[]): string[][] {
  const shared = { ...ctx };
  return paragraphs.map(({ id, text, footnote }) => {
    const footnoteRefs = footnote ? [{ mark: footnote.mark, offset: text.indexOf(footnote.at) + footnote.at.length, footnote: { mark: footnote.mark, text: footnote.text } }] : [];
    const x = extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, shared);
    return x.relations.map((r) => `${r.type} ${r.target}`);
  });
}

const OP6 =
  'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly, and further decides that the Global Dialogue on Artificial Intelligence Governance will initially be held back-to-back in the margins of the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026, and of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in New York, in 2027;';

describe('the ICT security programme of action and the framework for responsible State behaviour, by their short forms', () => {
  const PP12 =
    'Supporting the open-ended working group on security of and in the use of information and communications technologies 2021–2025, underlining the complementarity of the proposal for a programme of action with the work of the current 2021–2025 open-ended working group, and reaffirming that the programme of action is to take into account the consensus outcomes adopted by the 2021–2025 open-ended working group,';

  it('A/RES/78/16 PP12 "and reaffirming that the programme of action is to take into account ...": the instrument the title names (its full name only in PP20)', () => {
    expect(inOrder(GA78_16, [{ id: 'PP12', text: PP12 }])[0]).toContain(`REAFFIRMS ${POA}`);
  });

  it('guard: the same words in a resolution whose title names no such instrument stay unread ("the programme of action" of another text)', () => {
    expect(inOrder({ body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-04', title: 'Follow-up to the Fifth United Nations Conference' }, [{ id: 'PP12', text: PP12 }])[0]).not.toContain(`REAFFIRMS ${POA}`);
  });

  it('A/RES/78/16 PP8 then PP15 "to implement the framework for responsible State behaviour and tackle emerging threats": the framework PP8 named in full', () => {
    const PP8 =
      'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts, in particular the cumulative and evolving framework for responsible State behaviour in the use of information and communications technologies elaborated and adopted by consensus through these processes,';
    const PP15 =
      'Stressing the urgent need to assist States in their efforts to implement the framework for responsible State behaviour and tackle emerging threats in the information and communications technology environment,';
    const [pp8, pp15] = inOrder({ ...GA78_16, title: undefined }, [{ id: 'PP8', text: PP8 }, { id: 'PP15', text: PP15 }]);
    expect(pp8).toContain(`CALLS_UPON ${FRAMEWORK_RSB}`);
    expect(pp15).toContain(`EMPHASIZES ${FRAMEWORK_RSB}`);
  });

  it('guard: "the framework for responsible State behaviour" with the framework never named before stays unread', () => {
    const PP15 = 'Stressing the urgent need to assist States in their efforts to implement the framework for responsible State behaviour and tackle emerging threats,';
    expect(inOrder({ ...GA78_16, title: undefined }, [{ id: 'PP15', text: PP15 }])[0]).not.toContain(`EMPHASIZES ${FRAMEWORK_RSB}`);
  });

  it('A/RES/78/16 PP21 (footnote 4 "A/78/76.") then OP1 "Welcomes the report on the proposal for a United Nations programme of action ..., prepared by the Secretary-General": the report and the instrument it is about', () => {
    const PP21 =
      'Highlighting the conclusions contained in the report of the Secretary-General submitted pursuant to General Assembly resolution 77/37,4 including on the normative framework for responsible State behaviour,';
    const OP1 =
      'Welcomes the report on the proposal for a United Nations programme of action to advance responsible State behaviour in the use of information and communications technologies in the context of international security, prepared by the Secretary-General on the basis of the views expressed by States, pursuant to General Assembly resolution 77/37, including the observations and conclusions of the Secretary-General contained in the report;';
    const [, op1] = inOrder(GA78_16, [{ id: 'PP21', text: PP21, footnote: { mark: '4', at: 'resolution 77/37', text: 'A/78/76.' } }, { id: 'OP1', text: OP1 }]);
    expect(op1).toContain('WELCOMES Document:A/78/76');
    expect(op1).toContain(`WELCOMES ${POA}`);
  });
});

describe('a body printed right before a sitting\'s name owns it, no verb target of its own', () => {
  it('A/RES/79/325 OP6 "the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026": SESSION_OF, no DECIDES ITU', () => {
    expect(relations(OP6)).not.toContain(`DECIDES ${ITU}`);
    expect(relations(OP6)).toContain('DECIDES Event:AI for Good Global Summit @ 2026');
    expect(attributions(OP6)).toContain(`SESSION_OF Event:AI for Good Global Summit @ 2026 -> ${ITU}`);
  });

  it('guard: the body named again on its own in the paragraph keeps its verb ("..., and invites the International Telecommunication Union to contribute")', () => {
    const text = 'Welcomes the International Telecommunication Union Artificial Intelligence for Good Global Summit, held in Geneva in 2024, and invites the International Telecommunication Union to contribute to the Dialogue;';
    expect(relations(text)).toContain(`INVITES ${ITU}`);
  });

  it('guard: a body printed before an initiative\'s name leads it and stays a verb target ("the International Telecommunication Union Partner2Connect Digital Coalition")', () => {
    const text = 'Welcomes the International Telecommunication Union Partner2Connect Digital Coalition;';
    expect(relations(text)).toContain(`WELCOMES ${ITU}`);
  });
});

describe('a standing forum named alone, the venue and year printed after its name (lead\'s ruling, session 56: the body; accuracy-aud56r)', () => {
  it('A/RES/79/325 OP6 "the multi-stakeholder forum ... in New York, in 2027": the standing forum (Organization), no sitting of 2027', () => {
    expect(relations(OP6)).toContain(`DECIDES Organization:${MSF}`);
    expect(relations(OP6)).not.toContain(`DECIDES Event:${MSF} @ 2027`);
    expect(attributions(OP6).filter((a) => a.includes(MSF))).toEqual([]);
  });

  it('guard: A/RES/79/194 OP68 "Invites the Co-Chairs of the multi-stakeholder forum ... in 2025 to include an update": a bare year, the forum its Co-Chairs serve (accuracy-ent10)', () => {
    const text = `Invites the Co-Chairs of the ${MSF} in 2025 to include an update on the midterm reviews in the Co-Chairs’ summary;`;
    // (the Co-Chairs are the post the verb takes, keyed with the forum: aud46f)
    expect(relations(text)).toContain(`INVITES Organization:Co-Chair of the ${MSF}`);
    expect(relations(text).filter((r) => r.includes('Event:'))).toEqual([]);
  });

  it('guard: A/RES/79/194 OP67 "the summary by the Co-Chairs of the multi-stakeholder forum ...20 and other relevant processes": the forum, no sitting', () => {
    const text = `Requests the Secretary-General to submit a report, taking into account the summary by the Co-Chairs of the ${MSF} and other relevant processes;`;
    // (the Co-Chairs are the post the verb takes, keyed with the forum: aud46f)
    expect(relations(text)).toContain(`REQUESTS Organization:Co-Chair of the ${MSF}`);
    expect(relations(text).filter((r) => r.includes('Event:'))).toEqual([]);
  });
});

describe('the high-level review of the Global Digital Compact, and the instrument a review is named for', () => {
  it('A/RES/79/325 OP12 "during the high-level review of the Global Digital Compact at its eighty-second session": the review (Event) and the Compact', () => {
    const text =
      'Decides that the continuation of the terms of reference of the Panel and the Dialogue may be considered and decided upon by the General Assembly during the high-level review of the Global Digital Compact at its eighty-second session.';
    const rel = relations(text);
    expect(rel).toContain('DECIDES Event:high-level review of the Global Digital Compact');
    expect(rel).toContain(`DECIDES ${GDC}`);
  });

  it('A/RES/79/1 annex I OP74: "We commit to review the Compact ... We decide to convene a high-level meeting entitled “High-level review of the Global Digital Compact”": the Compact is mentioned by the deciding clause too', () => {
    const text =
      'We commit to review the Compact to assess progress against its objectives. We decide to convene a high-level meeting entitled “High-level review of the Global Digital Compact”, to take place during the eighty-second session of the General Assembly.';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' });
    expect(rel).toContain('DECIDES Event:high-level review of the Global Digital Compact');
    expect(rel).toContain(`DECIDES ${GDC}`);
  });

  it('guard: "to review the Compact" with no review named is no event', () => {
    const rel = relations('Decides to review the Global Digital Compact at its eighty-second session;');
    expect(rel.filter((r) => r.includes('review'))).toEqual([]);
    expect(rel).toContain(`DECIDES ${GDC}`);
  });
});

describe('"including the annex thereto entitled “...”": the annexed instrument is PART_OF the resolution cited', () => {
  it('A/RES/79/325 PP1 "Recalling its resolution 79/1 ..., entitled “The Pact for the Future”, including the annex thereto entitled “Global Digital Compact”": PART_OF 79/1, no adoption', () => {
    const text =
      'Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”, including the annex thereto entitled “Global Digital Compact”, in which the General Assembly decided to establish a multidisciplinary Independent International Scientific Panel on Artificial Intelligence,';
    const att = attributions(text, 'preambular');
    expect(att).toContain(`PART_OF ${GDC} -> Resolution:A/RES/79/1`);
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: the title alone ("its resolution 79/1 ..., entitled “The Pact for the Future”,") holds nothing', () => {
    const text = 'Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”, and the Global Digital Compact,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
