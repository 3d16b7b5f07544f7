// Organizations named inside a longer name ("the Twelfth Ministerial Conference of the World Trade Organization"):
// the paragraph mentions them too (a reader asked which organizations a paragraph names marks them), but the
// clause's verb is about the longer name. Sentences as the GA corpus prints them.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { EntityMention, ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { planResolution } from '../../graph/plan.js';
import { GraphBuilder } from '../../graph/build.js';

const context = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/999', date: '2024-12-20' });

function paragraph(text: string, footnotes: { mark: string; text: string }[] = []): ParagraphText {
  return {
    id: 'OP1',
    kind: 'operative',
    text,
    footnoteRefs: footnotes.map((f) => ({ mark: f.mark, offset: text.indexOf(f.mark, text.length - f.mark.length - 1), footnote: f })),
    subparagraphs: [],
  };
}

function extract(text: string, ctx = context(), footnotes: { mark: string; text: string }[] = []) {
  return extractParagraph(paragraph(text, footnotes), ctx);
}
const nested = (ms: EntityMention[]): string[] => ms.filter((m) => m.nested).map((m) => m.key);
const relationTargets = (text: string): string[] => extract(text).relations.map((r) => `${r.type} ${r.target}`);

describe('an organization inside an event, document or organ name is mentioned too, without a verb relation', () => {
  it('A/RES/78/155 OP32: "welcomes ... the Twelfth Ministerial Conference of the World Trade Organization"', () => {
    const text =
      'Emphasizes the importance of ending illegal, unreported and unregulated fishing, and welcomes the Agreement on Fisheries Subsidies reached at the Twelfth Ministerial Conference of the World Trade Organization;';
    const ex = extract(text);
    const wto = ex.mentions.find((m) => m.key === 'Organization:World Trade Organization');
    expect(wto).toMatchObject({ kind: 'Organization', nested: true, phrase: 'World Trade Organization' });
    // its own span, inside the event's
    expect(text.slice(wto!.start, wto!.end)).toBe('World Trade Organization');
    const event = ex.mentions.find((m) => m.kind === 'Event')!;
    expect(event.start < wto!.start && wto!.end <= event.end).toBe(true);
    expect(relationTargets(text)).toContain('WELCOMES Event:Twelfth Ministerial Conference of the World Trade Organization');
    expect(relationTargets(text).some((r) => r.endsWith('Organization:World Trade Organization'))).toBe(false);
  });

  it('A/RES/78/56 PP8: "the Executive Council of the African Union" mentions the African Union', () => {
    const text =
      'Recalling the decision taken by the Executive Council of the African Union at its eighth ordinary session, held in Khartoum from 16 to 21 January 2006, 2 in which the Council called upon member States to make voluntary contributions to the Regional Centre to maintain its operations,';
    const ex = extract(text);
    expect(nested(ex.mentions)).toEqual(['Organization:African Union']);
    expect(ex.relations.map((r) => r.target)).toContain('Organization:Executive Council of the African Union');
    // (the owner printed after an organ's name takes the clause's verb too, the aud41f convention: aud46f)
    expect(ex.relations.map((r) => r.target)).toContain('Organization:African Union');
  });

  it('A/RES/79/241 OP6: "before the end of the seventy-ninth session of the General Assembly"', () => {
    const text =
      'Requests the Secretary-General to seek the views of existing nuclear-weapon-free zones, regional organizations, organizations of the United Nations system with a special competence in disarmament and non-proliferation, disarmament and peace-related institutes and relevant non-governmental organizations to communicate their views on the issues that belong to the scope of the aforementioned study and submit a report thereon before the end of the seventy-ninth session of the General Assembly;';
    const ex = extract(text);
    expect(nested(ex.mentions)).toEqual(['Organization:General Assembly']);
    expect(relationTargets(text)).toEqual(['REQUESTS Organization:Secretary-General of the United Nations', 'REQUESTS Event:seventy-ninth session of the General Assembly']);
  });

  it('A/RES/78/206 OP3: "the Special Rapporteur of the Human Rights Council on ..." mentions the Council; the verb welcomes the Rapporteur', () => {
    const text =
      'Welcomes the work of the Special Rapporteur of the Human Rights Council on the human rights to safe drinking water and sanitation, and invites him to work, within his mandate, to collaborate and engage with Member States and other stakeholders;';
    const ex = extract(text);
    expect(nested(ex.mentions)).toEqual(['Organization:Human Rights Council']);
    // the mandate's node, however its title is printed (gazetteer/mandates.ts)
    expect(relationTargets(text)).toContain('WELCOMES Organization:Special Rapporteur on the human rights to safe drinking water and sanitation');
    expect(relationTargets(text).some((r) => r.endsWith('Organization:Human Rights Council'))).toBe(false);
  });

  it('A/RES/78/111 PP11: a quoted title adds the organizations it names, not the "United Nations" of "United Nations Organs"', () => {
    // (aud21f: the title names two publications, gazetteer initiatives since then; the Security Council is a word of the
    // Repertoire's name there, as the Court is of the Summaries' name, and is no longer read on its own)
    const text = 'Taking note of the report of the Secretary-General entitled “Repertory of Practice of United Nations Organs and Repertoire of the Practice of the Security Council”,';
    expect(nested(extract(text).mentions)).toEqual(['Organization:Secretary-General of the United Nations']);
  });

  it('the graph plan gives the nested organization a MENTIONS edge with its own phrase and span, and no relation', () => {
    const text = 'Welcoming the outcome of the Twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022,';
    const px = extract(text);
    const plan = planResolution({
      key: 'Resolution:A/RES/79/999',
      resolution: { symbol: 'A/RES/79/999', instrument: 'resolution', file: 'x.txt', paragraphs: [px.paragraph], headings: [] },
      paragraphs: [px],
    });
    const builder = new GraphBuilder();
    builder.applyPlan(plan);
    const g = builder.graph;
    const wto = 'Organization:World Trade Organization';
    const start = text.indexOf('World Trade Organization');
    // applied through the wire form (graph/plan.ts), so this holds whatever the op layout
    const mentions = g.inEdges(wto).map((e) => g.getEdgeAttributes(e)).filter((a) => a.type === 'MENTIONS');
    expect(mentions).toEqual([expect.objectContaining({ phrase: 'World Trade Organization', spanStart: start, spanEnd: start + 24, paragraph: 'OP1' })]);
    const fromResolution = g.edges('Resolution:A/RES/79/999', wto);
    expect(fromResolution).toEqual([]);
    // the outer event does get the clause's verb
    expect(g.outEdges('Resolution:A/RES/79/999').map((e) => g.getEdgeAttribute(e, 'type'))).toContain('WELCOMES');
  });
});

describe('both parties of an agreement "between X and Y"', () => {
  it('A/RES/80/6 PP: "the Relationship Agreement between the United Nations and the International Criminal Court"', () => {
    const ex = extract('Recalling the Relationship Agreement between the United Nations and the International Criminal Court, which was approved by the General Assembly,');
    expect(ex.mentions.find((m) => !m.nested && m.kind === 'Framework')?.key).toBe('Framework:Relationship Agreement between the United Nations and the International Criminal Court');
    expect(nested(ex.mentions)).toEqual(['Organization:United Nations', 'Organization:International Criminal Court']);
  });
});

describe('no nested mention where the name is not one of an organization the paragraph names', () => {
  it('A/RES/79/170 PP23: an organization the paragraph names again later is mentioned once, where it stands alone', () => {
    const text =
      'Recalling the Nineteenth Summit of Heads of State and Government of the Non-Aligned Movement, held in Kampala on 19 and 20 January 2024, and the previous summits and conferences at which the States members of the Non-Aligned Movement stressed the need to operationalize the right to development as a priority,';
    const orgs = extract(text).mentions.filter((m) => m.kind === 'Organization');
    expect(orgs.map((m) => m.key)).toEqual(['Organization:Movement of Non-Aligned Countries']);
    expect(orgs[0]!.nested).toBeUndefined();
    expect(orgs[0]!.start).toBe(text.lastIndexOf('Non-Aligned Movement'));
  });

  it('A/RES/78/100 PP2: a citation "General Assembly resolution 77/148" does not mention the General Assembly', () => {
    const text =
      'Recalling its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples, and other resolutions and decisions of the United Nations concerning the dissemination of information on decolonization, in particular General Assembly resolution 77/148 of 12 December 2022,';
    const ex = extract(text);
    expect(nested(ex.mentions)).toEqual([]);
    expect(ex.mentions.map((m) => m.key)).not.toContain('Organization:General Assembly');
  });

  it('A/RES/79/209 PP2: nor does "Governing Council of the United Nations Environment Programme decision 27/2" mention the Programme', () => {
    const text =
      'Reaffirming also its commitment to supporting continuous strengthening of intergovernmental oversight, in line with Governing Council of the United Nations Environment Programme decision 27/2 of 22 February 2013,';
    const ex = extract(text);
    expect(ex.mentions.some((m) => m.kind === 'Resolution' && m.phrase.startsWith('Governing Council of the United Nations Environment Programme decision 27/2'))).toBe(true);
    expect(ex.mentions.map((m) => m.key)).not.toContain('Organization:United Nations Environment Programme');
  });

  it('A/RES/78/157 OP35: "the United Nations Decade of Sustainable Energy for All" is a name, not a mention of the United Nations', () => {
    const text =
      'Takes note of the high-level dialogue on energy held on 24 September 2021 to promote the implementation of the energy-related goals and targets in support of the implementation of the United Nations Decade of Sustainable Energy for All and the voluntary commitments in the form of 200 energy compacts;';
    expect(nested(extract(text).mentions)).toEqual([]);
  });

  it('A/RES/78/189 OP12: "the United Nations" at the start of a longer name the report is about is not the United Nations', () => {
    const text =
      'Recalls the report of the Secretary-General on the status of the United Nations Voluntary Fund for Indigenous Peoples, encourages Governments and intergovernmental and non-governmental organizations to continue to contribute to the trust fund on Indigenous issues;';
    const keys = extract(text).mentions.map((m) => m.key);
    expect(keys).not.toContain('Organization:United Nations');
  });

  it('A/RES/78/108 OP18: a short form inside a session name ("the seventy-seventh session of the Commission") adds nothing', () => {
    const ctx = context();
    extract('Takes note of paragraph 291 of the report of the International Law Commission;', ctx);
    const ex = extract('Decides to facilitate the holding of the first part of the seventy-seventh session of the Commission in New York;', ctx);
    expect(ex.mentions.map((m) => m.key)).toContain('Event:seventy-seventh session of the International Law Commission');
    expect(nested(ex.mentions)).toEqual([]);
  });

  it('A/RES/80/9 footnote 15: a document symbol "A/HRC/17/31" is not a mention of the Human Rights Council', () => {
    const text = 'Recalling the Guiding Principles on Business and Human Rights,15';
    const ex = extract(text, context(), [
      { mark: '15', text: 'Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework (A/HRC/17/31, annex).' },
    ]);
    expect(ex.mentions.map((m) => m.key)).toContain('Document:A/HRC/17/31');
    expect(ex.mentions.map((m) => m.key)).not.toContain('Organization:Human Rights Council');
  });
});
