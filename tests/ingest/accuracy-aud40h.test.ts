// Session-40 audit aud40h: annotated like the scorer (entities, citations, verb relations per clause, attributions, dates) the
// ECOSOC seed (E/2025/31 draft resolution I, PP1 to OP13), A/RES/79/277 (all paragraphs) and A/RES/80/215 (PP1 to PP14), then
// compared with the output (gold files under /tmp/lead/aud40h-gold/); read A/RES/80/118 and the seed's later paragraphs for the
// same faults. Fixed: the body a report's author belongs to, printed right after the author inside the report's words ("the
// report of the Working Group on Education of the Broadband Commission entitled “...”"), is mentioned by the clause (its verb
// edge) and owns the author (PART_OF), as it is and does when no report is read from the words; a framework named right after
// another with ", including the" ("“The Pact for the Future”, including the Global Digital Compact", "the 2030 Agenda, including
// the Sustainable Development Goals") is PART_OF it, as after "which includes". Each case quotes the file and paragraph; each
// fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' };
const { relations, attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const BBC = 'Organization:Broadband Commission for Sustainable Development';
const WG_EDUCATION = 'Organization:Working Group on Education';

describe("a report's author's owner, printed after it inside the report's words", () => {
  // A/RES/80/118 PP36 (79/194 PP32, 78/132 PP32)
  const PP36 =
    'Recalling the recommendations for actions in bridging the gender digital divide contained in the progress report of the Working Group on the Digital Gender Divide of the Broadband Commission for Sustainable Development and taking note of the report of the Working Group on Education of the Broadband Commission entitled “Digital skills for life and work”, and noting the conclusions from the sixty-seventh session of the Commission on the Status of Women titled “Innovation and technological change, and education in the digital age for achieving gender equality and the empowerment of all women and girls”,';

  it('A/RES/80/118 PP36: "taking note of the report of the Working Group on Education of the Broadband Commission entitled “Digital skills for life and work”": NOTES the Commission as well as the group and the report', () => {
    const rel = relations(PP36);
    expect(rel).toContain(`RECALLS ${BBC}`);
    expect(rel).toContain(`NOTES ${BBC}`);
    expect(rel).toContain(`NOTES ${WG_EDUCATION}`);
    expect(rel).toContain('NOTES Document:digital skills for life and work');
  });

  it('A/RES/80/118 PP36: the Working Group on Education is PART_OF the Broadband Commission, as the Working Group on the Digital Gender Divide is', () => {
    const att = attributions(PP36);
    expect(att).toContain(`PART_OF ${WG_EDUCATION} -> ${BBC}`);
    expect(att).toContain(`PART_OF Organization:Working Group on the Digital Gender Divide -> ${BBC}`);
  });

  it('A/RES/78/158 PP5: "noting with concern also the findings of the report of the Asian and Pacific Centre for the Development of Disaster Information Management of the Economic and Social Commission for Asia and the Pacific entitled ...": NOTES the Commission', () => {
    const text =
      'Highlighting the synergies between the implementation of the 2030 Agenda for Sustainable Development, the Addis Ababa Action Agenda and the Paris Agreement, noting with concern also the findings of the report of the Asian and Pacific Centre for the Development of Disaster Information Management of the Economic and Social Commission for Asia and the Pacific entitled Sand and Dust Storms Risk Assessment in Asia and the Pacific and the report of the United Nations Environment Programme entitled Impacts of Sand and Dust Storms on Oceans: A Scientific Environmental Assessment for Policy Makers,';
    const rel = relations(text, 'preambular', { ...GA78 });
    expect(rel).toContain('NOTES Organization:Economic and Social Commission for Asia and the Pacific');
    expect(rel).toContain('NOTES Organization:Asian and Pacific Centre for the Development of Disaster Information Management');
  });

  it('guard: the same group and Commission with no report read from the words keep their one edge each and the PART_OF', () => {
    const text = 'Noting the work of the Working Group on Education of the Broadband Commission,';
    expect(relations(text)).toEqual([`NOTES ${WG_EDUCATION}`, `NOTES ${BBC}`]);
    expect(attributions(text)).toEqual([`PART_OF ${WG_EDUCATION} -> ${BBC}`]);
  });

  it('guard: a body named inside the author\'s own name is no owner after it ("the report of the Working Group on the Financing of the United Nations Relief and Works Agency ...")', () => {
    const text = 'Takes note of the report of the Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East;';
    const rel = relations(text, 'operative');
    expect(rel).toEqual(['NOTES Organization:Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East']);
  });

  it('guard: an author the recognizers do not read ("the report of the Special Rapporteur of the Human Rights Council entitled ...") lends its owner no edge', () => {
    const text = 'Taking note of the report of the Special Rapporteur of the Human Rights Council entitled “Digital skills”,';
    expect(relations(text).filter((r) => r.includes('Human Rights Council'))).toEqual([]);
  });
});

describe('a framework named as included in the one before it (", including the")', () => {
  const GDC = 'Framework:Global Digital Compact';
  const PACT = 'Framework:Pact for the Future';
  const SDGS = 'Framework:Sustainable Development Goals';
  const AGENDA = 'Framework:2030 Agenda for Sustainable Development';

  it('A/RES/80/215 PP8: "at which resolution 79/1, entitled “The Pact for the Future”, including the Global Digital Compact, was adopted": the Compact is PART_OF the Pact', () => {
    const text =
      'Recalling the convening of the Summit of the Future on 22 and 23 September 2024 at United Nations Headquarters in New York, at which resolution 79/1, entitled “The Pact for the Future”, including the Global Digital Compact, 15 was adopted,';
    expect(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' })).toContain(`PART_OF ${GDC} -> ${PACT}`);
  });

  it('A/RES/79/201 OP29: "to fully participate in the implementation of the 2030 Agenda, including the Sustainable Development Goals": the Goals are PART_OF the Agenda', () => {
    const text =
      'Encourages all stakeholders, in particular women and young entrepreneurs, to apply their creativity and innovation to solving sustainable development challenges, and emphasizes that local innovation and entrepreneurship systems need to be able to fully participate in the implementation of the 2030 Agenda, including the Sustainable Development Goals, and that concerted efforts are needed to ensure the participation of all;';
    expect(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/201', date: '2024-12-19' })).toContain(`PART_OF ${SDGS} -> ${AGENDA}`);
  });

  it('guard: A/RES/79/233 annex OP151 "trade agreements since the Vienna Programme of Action, including the African Continental Free Trade Area": the agreements include it, the Programme of Action is a point in time', () => {
    const text =
      'We welcome the considerable progress made in the negotiation and implementation of regional and subregional trade agreements since the Vienna Programme of Action, including the African Continental Free Trade Area, the Eurasian Economic Union and the Regional and Comprehensive Economic Partnership.';
    expect(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/233', date: '2024-12-24' }).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "and" joins two frameworks without making one part of the other', () => {
    const text = 'Reaffirming the 2030 Agenda for Sustainable Development and the Sustainable Development Goals,';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
