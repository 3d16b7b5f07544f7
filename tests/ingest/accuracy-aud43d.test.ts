// Session-43 audit aud43d: verb relations per clause, the gold disagreements of aud40h/aud41f/aud41i/aud42d and residual REL
// faults. Fixed, each with the file and paragraph it was found in and a guard:
// - the General Assembly stated as the convener inside a declaration's words ("the political declaration adopted at the
//   high-level political forum on sustainable development convened under the auspices of the General Assembly", A/RES/78/265
//   PP2, 78/311 PP2 and 29 more) is mentioned like any stated convener (it had ORGANIZES only); the clause's verb took it until
//   the lead's ruling of session 54: the Assembly convening under its own auspices is the agent of its own act, no edge, in
//   either form (accuracy-aud54h.test.ts);
// - "the adoption of A, B, C" states the adoption of every framework of the list, so a footnote "Resolution N, annex" on a later
//   one gives ADOPTED too (A/RES/78/174 PP27, 79/146 PP35, 80/178 PP35);
// - "relevant United Nations resolutions" names the United Nations as the author of texts cited by no number, the clause's
//   target as "the relevant resolutions of the United Nations" and "all relevant General Assembly resolutions" are (aud42e);
// - any body whose numbered resolution the paragraph cites, subject of "in which the <body> <past form>" ("United Nations Habitat
//   Assembly resolution 2/3 ..., in which the United Nations Habitat Assembly recommended", A/RES/78/122 PP9), is the cited
//   text's author and no target, as the four Councils are (aud42e).
// Sample judged by hand, every paragraph's clauses (190 verb edges to entities): A/RES/78/100, 78/122, 78/127, 79/232, 79/268:
// wrong 1 -> 0, missed 2 -> 1 (79/268 PP7 "the sixth consultative meeting, held in Astana": no Event read).
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };
const { relations, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });
const GA = 'Organization:General Assembly';
const SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';

describe('the General Assembly stated as the convener inside a declaration\'s words: mentioned, no verb target (ruling, session 54)', () => {
  it('A/RES/78/265 PP2 (78/311 PP2): "the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1": the Assembly ORGANIZES the summit; no REAFFIRMS of it (ruling, session 54)', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, and the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,';
    // the Assembly convening under its own auspices is the agent of its own act: no edge (ruling, session 54; it was REAFFIRMS)
    expect(relations(text)).not.toContain(`REAFFIRMS ${GA}`);
    expect(relations(text)).toContain(`REAFFIRMS ${SUMMIT_2023}`);
    expect(attributions(text)).toContain(`ORGANIZES ${GA} -> ${SUMMIT_2023}`);
  });

  it('A/RES/78/151 OP6 (and 24 more): "Welcomes the political declaration adopted at the high-level political forum ... convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York ..., and urges": neither WELCOMES (ruling, session 54) nor URGES the Assembly', () => {
    const text =
      'Welcomes the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;';
    const rel = relations(text, 'operative');
    // (it was WELCOMES until the ruling of session 54: the Assembly's own act, no edge)
    expect(rel.filter((r) => r.endsWith(GA))).toEqual([]);
  });

  it('guard: A/RES/80/173 PP4 "resolution 79/277, adopted by the General Assembly on 27 March 2025": the author of a cited resolution stays no target', () => {
    const text = 'Recalling resolution 79/277, adopted by the General Assembly on 27 March 2025, in which it established modalities for the 20-year review, to be held in accordance with the rules of procedure of the General Assembly,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-16' });
    expect(rel).toContain('RECALLS Resolution:A/RES/79/277');
    expect(rel.filter((r) => r.endsWith(GA))).toEqual([]);
  });

  it('guard: A/RES/80/118 PP5 "the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323": no verb edge to the Assembly (no declaration convened under it)', () => {
    const text =
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025, which sets forth a renewed global framework for financing for development,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' }).filter((r) => r.endsWith(GA))).toEqual([]);
  });
});

/** A/RES/78/174 PP27 with its five footnotes, as the PDF prints them */
function pp27(text: string, notes: readonly [string, string, string][]): string[] {
  const footnoteRefs = notes.map(([mark, at, note]) => {
    const offset = text.indexOf(at) + at.lastIndexOf(mark);
    return { mark, offset, footnote: { mark, text: note } };
  });
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
  return extractParagraph({ id: 'PP27', kind: 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
}

describe('"the adoption of A, B, C": every framework of the list was adopted', () => {
  const WPAY = 'Framework:World Programme of Action for Youth';
  const UNDRIP = 'Framework:United Nations Declaration on the Rights of Indigenous Peoples';
  const notes: [string, string, string][] = [
    ['13', 'Ageing, 2002,13', 'Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002 (United Nations publication, Sales No. E.02.IV.4), chap. I, resolution 1, annex II.'],
    ['14', 'Youth, 14', 'Resolution 50/81, annex, and resolution 62/126, annex.'],
    ['15', 'Disabilities, 15', 'United Nations, Treaty Series, vol. 2515, No. 44910.'],
    ['16', 'Peoples 16', 'Resolution 61/295, annex.'],
    ['17', 'Action,17', 'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.'],
  ];

  it('A/RES/78/174 PP27 (79/146 PP35, 80/178 PP35): "through the adoption of the Madrid International Plan of Action on Ageing, 2002,13 the World Programme of Action for Youth, 14 ..., the United Nations Declaration on the Rights of Indigenous Peoples 16 and ...": 50/81 and 62/126 ADOPTED the Programme, 61/295 the Declaration', () => {
    const text =
      'Recognizing also that, since the convening of the World Summit for Social Development in Copenhagen in 1995, advances have been made in addressing and promoting social integration, including through the adoption of the Madrid International Plan of Action on Ageing, 2002,13 the World Programme of Action for Youth, 14 the Convention on the Rights of Persons with Disabilities, 15 the United Nations Declaration on the Rights of Indigenous Peoples 16 and the Beijing Declaration and Platform for Action,17';
    const att = pp27(text, notes);
    expect(att).toContain(`ADOPTED Resolution:A/RES/50/81 -> ${WPAY}`);
    expect(att).toContain(`ADOPTED Resolution:A/RES/62/126 -> ${WPAY}`);
    expect(att).toContain(`ADOPTED Resolution:A/RES/61/295 -> ${UNDRIP}`);
  });

  it('guard: the same list after "the implementation of" (no adoption stated): a note "Resolution N, annex" gives no ADOPTED', () => {
    const text =
      'Recognizing also that, since the convening of the World Summit for Social Development in Copenhagen in 1995, advances have been made in addressing and promoting social integration, including through the implementation of the Madrid International Plan of Action on Ageing, 2002,13 the World Programme of Action for Youth, 14 the Convention on the Rights of Persons with Disabilities, 15 the United Nations Declaration on the Rights of Indigenous Peoples 16 and the Beijing Declaration and Platform for Action,17';
    // (only the report note's sitting, which its "chap. I, resolution 1, annex" says adopted the text: convention changed in session 54 (aud54d, lead's item 3): a note citing a sitting's report for its "chap. I, resolution 1, annex" states the adoption (the sitting's own resolution carries the text))
    // (and the Madrid Plan's, whose name ends with its year before the mark: aud57q, FRAMEWORK_YEAR_TO_MARK_RE; no resolution's)
    expect(pp27(text, notes).filter((a) => a.startsWith('ADOPTED '))).toEqual([
      'ADOPTED Event:Second World Assembly on Ageing -> Framework:Madrid International Plan of Action on Ageing',
      'ADOPTED Event:Fourth World Conference on Women -> Framework:Beijing Declaration and Platform for Action',
    ]);
  });

  it('guard: "the adoption of A, and welcomes the work on B": a framework past other words is outside the list', () => {
    const text =
      'Recognizing also the adoption of the Madrid International Plan of Action on Ageing, 2002,13 and the progress made by Member States in implementing the World Programme of Action for Youth, 14';
    // (the Madrid Plan's own report note states the Second World Assembly's adoption, aud57q; the Programme for Youth is adopted by nobody)
    expect(pp27(text, notes.slice(0, 2)).filter((a) => a.startsWith('ADOPTED '))).toEqual(['ADOPTED Event:Second World Assembly on Ageing -> Framework:Madrid International Plan of Action on Ageing']);
  });
});

describe('"relevant United Nations resolutions": the author of texts cited by no number, as "resolutions of the United Nations"', () => {
  const UN = 'Organization:United Nations';
  const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/191', date: '2024-12-17' };

  it('A/RES/79/191 PP6 (78/284 PP9): "Recalling also all relevant United Nations resolutions, including General Assembly resolution ...": RECALLS the United Nations, as "the relevant resolutions of the United Nations" and "all relevant General Assembly resolutions" do', () => {
    const rel = relations('Recalling also all relevant United Nations resolutions, including General Assembly resolution 77/148 of 12 December 2022,', 'preambular', GA79);
    expect(rel).toContain(`RECALLS ${UN}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/77/148');
    expect(relations('Recalling also the relevant resolutions and decisions of the United Nations,', 'preambular', GA79)).toContain(`RECALLS ${UN}`);
    expect(relations('Recalling also all relevant General Assembly resolutions,', 'preambular', GA79)).toContain(`RECALLS ${GA}`);
  });

  it('A/RES/78/101 OP19: "in accordance with relevant United Nations resolutions on specific Territories": the clause\'s verb takes it', () => {
    const text =
      'Approves the report of the Special Committee covering its work during 2023, in which the programme of work for 2024 is outlined, in particular the Caribbean regional seminar and a visiting mission to one of the Territories on its agenda, in accordance with relevant United Nations resolutions on specific Territories;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/101', date: '2023-12-07' })).toContain(`APPROVES ${UN}`);
  });

  it('guard: "United Nations" as the adjective of other nouns stays no Organization ("United Nations entities", "the United Nations system")', () => {
    const text = 'Encourages United Nations entities and the United Nations system to support Member States;';
    expect(relations(text, 'operative', GA79).filter((r) => r.endsWith(UN))).toEqual([]);
  });

  it('guard: "United Nations resolutions 1514 (XV) and ...": the body is part of a numbered citation', () => {
    expect(authorOfUnnumbered('Recalling United Nations resolutions 1514 (XV) and 1541 (XV),')).toEqual([]);
  });
});

function authorOfUnnumbered(text: string): string[] {
  return relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/191', date: '2024-12-17' }).filter((r) => r.endsWith('Organization:United Nations'));
}

describe('the author of a cited numbered resolution, subject of the act it reports, is no target (any body, as the four Councils)', () => {
  const GA78b: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/122', date: '2023-12-08' };
  const HABITAT = 'Organization:United Nations Habitat Assembly';

  it('A/RES/78/122 PP9: "Recalling United Nations Habitat Assembly resolution 2/3 of 9 June 2023, in which the United Nations Habitat Assembly recommended that the General Assembly proclaim 20 September as World Cleanup Day": no RECALLS of the Habitat Assembly', () => {
    const rel = relations('Recalling United Nations Habitat Assembly resolution 2/3 of 9 June 2023, in which the United Nations Habitat Assembly recommended that the General Assembly proclaim 20 September as World Cleanup Day,', 'preambular', GA78b);
    expect(rel).toContain('RECALLS Resolution:United Nations Habitat Assembly resolution 2/3');
    expect(rel).toContain('RECALLS Event:World Cleanup Day');
    expect(rel.filter((r) => r.endsWith(HABITAT))).toEqual([]);
  });

  it('A/RES/79/209 OP26: "the adoption of United Nations Environmental Assembly resolution 5/3 of 2 March 2022, in which the United Nations Environment Assembly reaffirmed": no WELCOMES of the Environment Assembly', () => {
    const text =
      'Welcomes the adoption of United Nations Environmental Assembly resolution 5/3 of 2 March 2022, in which the United Nations Environment Assembly reaffirmed that the objective of the Global Environment Outlook process is to keep the world environmental situation under review, and looks forward to the seventh edition of the Global Environment Outlook as an intergovernmental expert-led assessment;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' });
    expect(rel.filter((r) => r.endsWith('Organization:United Nations Environment Assembly'))).toEqual([]);
  });

  it('guard: a passive ("in which the United Nations Habitat Assembly was invited to ...") makes it the one asked: the verb\'s target', () => {
    const rel = relations('Recalling United Nations Habitat Assembly resolution 2/3 of 9 June 2023, in which the United Nations Habitat Assembly was invited to consider the matter,', 'preambular', GA78b);
    expect(rel).toContain(`RECALLS ${HABITAT}`);
  });

  it('guard: a body after "which the" whose resolution the paragraph does not cite stays the verb\'s target', () => {
    const rel = relations('Recalling its resolution 77/161 of 14 December 2022, in which the United Nations Habitat Assembly contributed to the preparations,', 'preambular', GA78b);
    expect(rel).toContain(`RECALLS ${HABITAT}`);
  });
});
