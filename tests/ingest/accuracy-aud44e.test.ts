// Session-44 audit aud44e: three corpus-ga resolutions of the development / science-and-technology family annotated before
// looking at the output: A/RES/78/259 (International Day of Science, Technology and Innovation for the South, all paragraphs),
// A/RES/78/287 (International Year of Quantum Science and Technology, 2025, all), A/RES/79/23 (Role of science and technology
// in the context of international security and disarmament, all), then A/RES/79/334 (Impact of rapid technological change on the
// SDGs, PP1-PP30 and the operative part); gold in /tmp/lead/aud44e-gold. Fixed: a year "observed as"
// the International Year it names dates the Year, as a year proclaimed so does (recognize/dates.ts BEFORE_YEAR 'y'); the
// Assembly asked by another body's recommendation to proclaim or declare the observance the resolution proclaims ("for the
// United Nations General Assembly to proclaim 2025 the International Year") is the author of that act, no verb target
// (extract.ts withoutAssemblyAskedToProclaim); a framework named inside the bracketed short name after a longer name that contains
// it ("... Road Maps (STI for SDGs road maps)") is no verb target (extract.ts withoutFrameworksInShortNames). Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { relations, attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/287', date: '2024-06-07' }, kind: 'operative' });

const YEAR = 'Event:International Year of Quantum Science and Technology @ 2025';

describe('a year observed as the International Year it names dates the Year', () => {
  it('A/RES/78/287 OP2 "and invites all Member States ... to observe 2025 as the International Year of Quantum Science and Technology": STARTS_ON 2025', () => {
    const op2 =
      'Invites the United Nations Educational, Scientific and Cultural Organization to act as the lead agency and focal point for the International Year of Quantum Science and Technology, and invites all Member States of the United Nations, members of the specialized agencies, observers of the General Assembly, as well as organizations within the United Nations system and other international and regional organizations, academia, civil society, the private sector and other relevant stakeholders to observe 2025 as the International Year of Quantum Science and Technology;';
    const att = attributions(op2);
    expect(att).toContain(`STARTS_ON ${YEAR} -> Date:2025`);
    expect(relations(op2)).toContain(`INVITES ${YEAR}`);
  });

  it('guard: A/RES/78/287 OP3 "Recommends that the International Year of Quantum Science and Technology should be observed through activities at all levels": no year printed, no date', () => {
    const op3 =
      'Recommends that the International Year of Quantum Science and Technology should be observed through activities at all levels aimed at increasing public awareness of the importance of quantum science and applications;';
    expect(attributions(op3).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: A/RES/78/259 OP2 "Invites all States Members of the United Nations ... to observe the International Day of Science, Technology and Innovation for the South, in an appropriate manner": a Day observed with no year, no date', () => {
    const op2 =
      'Invites all States Members of the United Nations, members of the specialized agencies and observers of the General Assembly, as well as organizations of the United Nations system, other international and regional organizations, academia, civil society, the private sector and other relevant stakeholders, to observe the International Day of Science, Technology and Innovation for the South, in an appropriate manner, by presenting initiatives;';
    expect(relations(op2)).toContain('INVITES Event:International Day of Science, Technology and Innovation for the South');
    expect(attributions(op2).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('the Assembly asked by another body to proclaim what the resolution proclaims is its author, no verb target', () => {
  const PP9 =
    'Acknowledging the recommendation made by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-second session for the United Nations General Assembly to proclaim 2025 the International Year of Quantum Science and Technology,';

  it('A/RES/78/287 PP9 "the recommendation made by the General Conference of [UNESCO] ... for the United Nations General Assembly to proclaim 2025 the International Year": no ACKNOWLEDGES General Assembly, the Conference and the Year kept', () => {
    const rel = relations(PP9, 'preambular');
    expect(rel).not.toContain('ACKNOWLEDGES Organization:General Assembly');
    expect(rel).toContain('ACKNOWLEDGES Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization');
    expect(rel).toContain(`ACKNOWLEDGES ${YEAR}`);
  });

  it('guard: the same words in another body\'s text (an Economic and Social Council draft): the Assembly is a body it names, ACKNOWLEDGES kept', () => {
    const ecosoc = { body: 'Economic and Social Council', symbol: 'E/RES/2024/1', date: '2024-06-07' };
    expect(relations(PP9, 'preambular', ecosoc)).toContain('ACKNOWLEDGES Organization:General Assembly');
  });

  it('guard: A/RES/79/23 OP4 "Requests the Secretary-General to submit to the General Assembly at its eightieth session an updated report": REQUESTS General Assembly kept', () => {
    const op4 = 'Requests the Secretary-General to submit to the General Assembly at its eightieth session an updated report on the matter;';
    const rel = relations(op4, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/23', date: '2024-12-02' });
    expect(rel).toContain('REQUESTS Organization:General Assembly');
    expect(rel).toContain('REQUESTS Event:eightieth session of the General Assembly');
  });
});

describe('a framework named inside the bracketed short name of a longer name that names it in full is no verb target', () => {
  const GA79_334 = { body: 'General Assembly', symbol: 'A/RES/79/334', date: '2025-09-05' };
  const PROGRAMME = 'Initiative:Global Pilot Programme on Science, Technology and Innovation for Sustainable Development Goals Road Maps';

  it('A/RES/79/334 PP8 "the Global Pilot Programme on Science, Technology and Innovation for the Sustainable Development Goals Road Maps (STI for SDGs road maps)": NOTES the programme, not the Goals', () => {
    const pp8 =
      'Noting with appreciation the convening of the annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, as well as the ongoing work of the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals, including the Global Pilot Programme on Science, Technology and Innovation for the Sustainable Development Goals Road Maps (STI for SDGs road maps) to support strategic tools for ensuring policy coherence, linking public and private actions, and optimizing investments,';
    const rel = relations(pp8, 'preambular', GA79_334);
    expect(rel).toContain(`NOTES ${PROGRAMME}`);
    expect(rel).not.toContain('NOTES Framework:Sustainable Development Goals');
  });

  it('guard: A/RES/79/334 OP22-like "in the implementation of the Sustainable Development Goals (SDGs)": the Goals\' own short name, REITERATES kept', () => {
    const text = 'Reiterates the importance of science, technology and innovation for the achievement of the Sustainable Development Goals (SDGs) in developing countries;';
    expect(relations(text, 'operative', GA79_334)).toContain('REITERATES Framework:Sustainable Development Goals');
  });

  it('guard: a programme\'s bracket naming a framework its name does not contain ("the Technology Facilitation Mechanism (launched by the 2030 Agenda for Sustainable Development)"): RECALLS the Agenda kept', () => {
    const text = 'Recalling the Technology Facilitation Mechanism (launched by the 2030 Agenda for Sustainable Development) to support the Goals,';
    expect(relations(text, 'preambular', GA79_334)).toContain('RECALLS Framework:2030 Agenda for Sustainable Development');
  });
});

describe('guards of the short-name rule from the golden dump: a bracket that is the framework\'s own short name', () => {
  it('guard: A/RES/78/69 OP224 "the twenty-second Meeting of the Contracting Parties to the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean (Barcelona Convention)": NOTES the Convention kept', () => {
    const text =
      'Notes the adoption of the Regional Plan for Marine Litter Management in the Mediterranean adopted at the twenty-second Meeting of the Contracting Parties to the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean (Barcelona Convention) and its Protocols in December 2021 in Antalya, Türkiye;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' });
    expect(rel.filter((r) => r.startsWith('NOTES Framework:Convention for the Protection of the Marine Environment'))).toHaveLength(1);
  });
});
