// Session-46 audit aud46g: entities, events and segmentation left open by session 45, judged on the text against the golds of
// sessions 41-45 (/tmp/lead/aud4*-gold). Covered: footnoted conference reports, unnamed convened meetings, an organ's owner
// swallowed by a framework's name, segmentation of Security Council annexes. Fixed:
// - a footnote "Report of the <conference>, <place>, <dates> (United Nations publication, ...), chap. I, resolution 1, annex."
//   gives the conference's resolution and the conference, no "report of the ..." Document (some 240 edges of corpus-ga; the
//   golds of 80/135, 79/1, 80/131 and 79/1's Pact count the report as a false positive).
// - "the Voluntary Guidelines on Gender Equality ... in the Context of Food Security and Nutrition of the Committee on World Food
//   Security" is the guidelines (a gazetteer title ending on "Nutrition") and their owner, the Committee, not one framework.
// - "the Innovation and Technology Mechanism of the Small Island Developing States Centre of Excellence": the mechanism (a
//   gazetteer name) and the Centre, two targets (the code's convention gives LEADS Centre -> mechanism; aud45c gold has PART_OF).
// - "the Commission’s Multi-stakeholder Working Group on ...": an organ after its owner's possessive, the owner a mention of its
//   own ("the Commission" named before), is PART_OF it, as "the Secretary-General’s Advisory Board" was (aud45h).
// - "the 10-Year Framework of Programmes ... and its One Planet network", "the Food and Agriculture Organization of the United
//   Nations and its Committee on Fisheries": the named part printed right after " and its " is PART_OF the whole before it (an
//   organ of a body, a programme of a framework or initiative; not an office, not a list "X, its A and its B", not a report's).
// - ", as well as welcoming the decision by the United Nations Environment Assembly ..." opens the body's WELCOMES clause, as
//   ", as well as taking note of" did: the body's stance participles after "as well as" (not "encouraging", a gerund there).
// Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { splitClauses } from '../../ingest/clauses.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_279: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/279', date: '2024-05-07' };
const { relations, attributions } = oneParagraph({ ctx: GA78_279, kind: 'preambular' });
const ga = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

describe('a footnoted conference report that names the conference\'s resolution is no Document', () => {
  it('A/RES/80/135 PP1 notes 1 and 4: "Report of the United Nations Conference on Environment and Development, ..., resolution 1, annex I": RECALLS the Conference and its resolution 1, no report', () => {
    const text =
      'Recalling the Rio Declaration on Environment and Development,1 Agenda 21,2 the Programme for the Further Implementation of Agenda 21, 3 the Johannesburg Declaration on Sustainable Development 4 and the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation) 5';
    const px = extractWithNotes('PP1', text, [
        { after: 'Environment and Development,1', mark: '1', text: 'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.' },
        { after: 'Sustainable Development 4', mark: '4', text: 'Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex.' },
      ], ga('A/RES/80/135', '2025-12-15'));
    const rel = px.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toEqual(
      expect.arrayContaining([
        'RECALLS Event:United Nations Conference on Environment and Development @ 1992',
        'RECALLS Resolution:United Nations Conference on Environment and Development resolution 1',
        'RECALLS Event:World Summit on Sustainable Development @ 2002',
        'RECALLS Resolution:World Summit on Sustainable Development resolution 1',
      ]),
    );
    expect(rel.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: A/RES/79/236 PP3 note 1 "Report of the United Nations Conference on Technical Cooperation among Developing Countries, Buenos Aires, ... (...), chap. I.": no resolution named, the report stays the cited text', () => {
    const text =
      'Reaffirming further its resolution 33/134 of 19 December 1978, in which it endorsed the Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries, 1';
    const px = extractWithNotes('PP3', text, [
      { after: 'Developing Countries, 1', mark: '1', text: 'Report of the United Nations Conference on Technical Cooperation among Developing Countries, Buenos Aires, 30 August–12 September 1978 (United Nations publication, Sales No. E.78.II.A.11 and corrigendum), chap. I.' },
    ], ga('A/RES/79/236', '2024-12-19'));
    expect(px.relations.map((r) => `${r.type} ${r.target}`)).toContain('REAFFIRMS Document:report of the united nations conference on technical cooperation among developing countries');
  });
});

describe('a framework\'s owner printed after its title is a body of its own', () => {
  const CFS_GUIDELINES = "Framework:Voluntary Guidelines on Gender Equality and Women's and Girls' Empowerment in the Context of Food Security and Nutrition";
  it('A/RES/78/279 PP7: "the Voluntary Guidelines on ... Food Security and Nutrition of the Committee on World Food Security endorsed at the fifty-first session of the Committee, held in Rome ...": NOTES the guidelines and the session; the Committee, owner printed in the title, takes no verb (session 57)', () => {
    const text =
      'Taking note also of the Voluntary Guidelines on Gender Equality and Women’s and Girls’ Empowerment in the Context of Food Security and Nutrition of the Committee on World Food Security endorsed at the fifty-first session of the Committee, held in Rome from 23 to 27 October and on 25 November 2023,';
    // (lead's ruling, session 57: the owner printed in a framework's title is part of its name; this test asserted NOTES of it before)
    expect(relations(text)).toEqual([`NOTES ${CFS_GUIDELINES}`, 'NOTES Event:fifty-first session of the Committee on World Food Security']);
    expect(attributions(text)).toContain('HELD_IN Event:fifty-first session of the Committee on World Food Security -> Place:Rome');
  });

  it('guard: A/RES/78/72 OP16 "the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space": the owner is in the title, one framework', () => {
    const text =
      'Notes with appreciation that some Member States are already implementing space debris mitigation measures on a voluntary basis, through national mechanisms and consistent with the Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee and with the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space;';
    const rel = relations(text, 'operative', ga('A/RES/78/72', '2023-12-04'));
    expect(rel).toContain('NOTES Framework:Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space');
    expect(rel).not.toContain('NOTES Organization:Committee on the Peaceful Uses of Outer Space');
  });
});

describe('", as well as <participle>": the body\'s stance participle opens its clause', () => {
  it('A/RES/78/232 PP13: "..., encouraging further efforts ..., as well as welcoming the decision by the United Nations Environment Assembly ..., and noting the convening of ...": ENCOURAGES, WELCOMES, NOTES', () => {
    const text =
      'Noting with concern that plastic pollution, including in the marine environment, continues to negatively affect small island developing States, encouraging further efforts at all levels to prevent, reduce and eliminate plastic pollution, as well as welcoming the decision by the United Nations Environment Assembly of the United Nations Environment Programme at its resumed fifth session, in resolution 5/14 of 2 March 2022, and noting the convening of the intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment,';
    expect(splitClauses(text, 'preambular').map((c) => c.relation ?? null)).toEqual(['NOTES', 'ENCOURAGES', 'WELCOMES', 'NOTES']);
    const rel = relations(text, 'preambular', ga('A/RES/78/232', '2023-12-22'));
    expect(rel).toContain('WELCOMES Organization:United Nations Environment Assembly');
    expect(rel).not.toContain('ENCOURAGES Organization:United Nations Environment Assembly');
  });

  it('guard: A/RES/78/141 OP5 "including through establishing linkages with domestic suppliers, as well as encouraging the integration of local enterprises": what the investment does, one RECOGNIZES clause', () => {
    const text =
      'Recognizes that foreign direct investment can have positive spillovers, such as know-how and technology, including through establishing linkages with domestic suppliers, as well as encouraging the integration of local enterprises, in particular micro-, small and medium-sized enterprises in developing countries, into regional and global value chains;';
    expect(splitClauses(text, 'operative').map((c) => c.relation ?? null)).toEqual(['RECOGNIZES']);
  });
});

describe('a named mechanism printed with its owner after it', () => {
  it('A/RES/80/147 OP46: "Reaffirms support for the Innovation and Technology Mechanism of the Small Island Developing States Centre of Excellence": REAFFIRMS the mechanism and the Centre', () => {
    const text =
      'Reaffirms support for the Innovation and Technology Mechanism of the Small Island Developing States Centre of Excellence to provide capacity-building and learning opportunities, exchange experiences and support innovation in small island developing States;';
    expect(relations(text, 'operative', ga('A/RES/80/147', '2025-12-15'))).toEqual([
      'REAFFIRMS Initiative:Innovation and Technology Mechanism',
      'REAFFIRMS Organization:Small Island Developing States Centre of Excellence',
    ]);
  });

  it('guard: A/RES/78/141 PP17 "the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development": no gazetteer name before "of the", one initiative the body leads', () => {
    const text =
      'Noting also the work of the United Nations in the area of investments for sustainable development, and taking note of the World Investment Report 2023 and the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development, the Financing for Sustainable Development Report 2023, the Sustainable Development Goals Report 2023 and the outcome document of the 2023 Economic and Social Council forum on financing for development follow-up,';
    const ctx = ga('A/RES/78/141', '2023-12-19');
    expect(relations(text, 'preambular', ctx)).toContain('NOTES Initiative:SDG Investment Trends Monitor of the United Nations Conference on Trade and Development');
    expect(attributions(text, 'preambular', ctx)).toContain('LEADS Organization:United Nations Conference on Trade and Development -> Initiative:SDG Investment Trends Monitor of the United Nations Conference on Trade and Development');
  });
});

describe('an organ printed after its owner\'s possessive, the owner a short reference of its own', () => {
  it('A/RES/80/147 PP15: "its efforts to support the Commission’s Multi-stakeholder Working Group on Data Governance at All Levels": the Working Group PART_OF the Commission on Science and Technology for Development', () => {
    const text =
      'Expressing appreciation for the role of the United Nations Conference on Trade and Development as the secretariat of the Commission on Science and Technology for Development and its efforts to support the Commission’s Multi-stakeholder Working Group on Data Governance at All Levels, as Relevant for Development,';
    const ctx = ga('A/RES/80/147', '2025-12-15');
    expect(relations(text, 'preambular', ctx)).toContain('EXPRESSES Organization:Working Group on Data Governance at All Levels');
    expect(attributions(text, 'preambular', ctx)).toContain('PART_OF Organization:Working Group on Data Governance at All Levels -> Organization:Commission on Science and Technology for Development');
  });

  it('guard: A/RES/78/160 PP16 "the establishment of the Office of the Secretary-General’s Envoy on Technology": the owner inside an office\'s name, no new part', () => {
    const text =
      'Taking note of the June 2019 report of the Secretary-General’s High-level Panel on Digital Cooperation entitled “The age of digital interdependence”, and the May 2020 report of the Secretary-General entitled “Road map for digital cooperation”, and of the high-level thematic debate on digital cooperation and connectivity convened by the President of the General Assembly at its seventy-fifth session on 27 April 2021, as well as the establishment of the Office of the Secretary-General’s Envoy on Technology,';
    const parts = attributions(text, 'preambular', ga('A/RES/78/160', '2023-12-19')).filter((a) => a.startsWith('PART_OF'));
    expect(parts.filter((a) => a.includes('Envoy'))).toEqual([]);
  });
});

describe('"<whole> and its <part>": the part named after " and its " is PART_OF the whole', () => {
  it('A/RES/80/135 OP9: "recognizes the important role of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns and its One Planet network": the network PART_OF the Framework', () => {
    const text =
      'Welcomes the One Planet Network Forum 2024, held in Rio de Janeiro, Brazil, on 12 and 13 September 2024, and takes note of its outcome document, and recognizes the important role of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns and its One Planet network, and recognizes its role in supporting Governments and businesses in embracing sustainable consumption and production patterns by providing tools, best practices, capacity-building and cooperation platforms that help scale up impact and effectiveness;';
    expect(attributions(text, 'operative', ga('A/RES/80/135', '2025-12-15'))).toContain(
      'PART_OF Initiative:One Planet network -> Framework:10-Year Framework of Programmes on Sustainable Consumption and Production Patterns',
    );
  });

  it('guard: A/RES/80/44 PP13 "the Committee on the Peaceful Uses of Outer Space, its Scientific and Technical Subcommittee and its Legal Subcommittee": both the Committee\'s, the Legal Subcommittee no part of the other', () => {
    const text =
      'Recognizing that the work within the Committee on the Peaceful Uses of Outer Space, its Scientific and Technical Subcommittee and its Legal Subcommittee, including the promotion of the long-term sustainability of outer space activities, has a fundamental role to play in enhancing transparency and confidence-building among States and in ensuring that outer space is maintained for peaceful purposes,';
    const parts = attributions(text, 'preambular', ga('A/RES/80/44', '2025-12-01')).filter((a) => a.startsWith('PART_OF Organization:Legal Subcommittee'));
    expect(parts.filter((a) => a.endsWith('-> Organization:Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space'))).toEqual([]);
  });
});
