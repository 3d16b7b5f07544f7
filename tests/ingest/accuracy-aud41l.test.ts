// Session-41 audit aud41l: the WSIS / digital family's entity and attribution leftovers of the aud40h and aud41f annotations
// (the ECOSOC seed, A/RES/79/277, 80/215, 80/118, 78/132). Fixed: a framework "launched by" a body (the Secretary-General's
// Global Principles, the Youth Strategy) is LEADS, as an initiative is; the sitting named in a framework's full name ("the Addis
// Ababa Action Agenda of the Third International Conference on Financing for Development") and the body printed before a
// framework's name ("the United Nations Educational, Scientific and Cultural Organization Recommendation on ...") are mentioned
// and the clause's verb takes them; the Chair of the Commission on Science and Technology for Development is the post (as the
// Presidents of the Assembly and the Council are), not the Commission. Each case quotes the file and paragraph; each fix has a
// guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const SG = 'Organization:Secretary-General of the United Nations';
const FFD3 = 'Event:Third International Conference on Financing for Development';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';
const CSTD = 'Organization:Commission on Science and Technology for Development';
const CSTD_CHAIR = 'Organization:Chair of the Commission on Science and Technology for Development';

describe('a framework launched by a body is led by it', () => {
  it('A/RES/80/215 PP5: "the United Nations Global Principles for Information Integrity, launched by the Secretary-General": LEADS', () => {
    const text =
      'Taking note of the United Nations Global Principles for Information Integrity, launched by the Secretary-General, defining information integrity as a pluralistic information space that champions human rights, peaceful societies and a sustainable future,';
    expect(attributions(text)).toContain(`LEADS ${SG} -> Framework:United Nations Global Principles for Information Integrity`);
  });

  it('A/RES/78/179: "The United Nations Youth Strategy, launched by the Secretary-General in 2018": LEADS', () => {
    const text = 'Recognizing the importance of the United Nations Youth Strategy, launched by the Secretary-General in 2018, to address the needs of young people,';
    expect(attributions(text)).toContain(`LEADS ${SG} -> Framework:United Nations Youth Strategy`);
  });

  it('guard: a framework adopted by a body, then a participle further off ("adopted ..., and the report launched by"): no LEADS of the framework', () => {
    const text =
      'Recalling the United Nations Global Principles for Information Integrity and the work of the Department of Global Communications, including the report launched by the Secretary-General,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS') && a.endsWith('Information Integrity'))).toEqual([]);
  });
});

describe('the sitting named in a framework\'s full name is mentioned', () => {
  it('A/RES/80/118 PP4 (78/132 PP4): "its resolution 69/313 ... on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development": REAFFIRMS the conference, which ADOPTED the Agenda', () => {
    const text =
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it,';
    const ctx = { ...GA78 };
    expect(relations(text, 'preambular', ctx)).toContain(`REAFFIRMS ${FFD3}`);
    // convention changed in session 51 (lead's ruling): the sitting named after "of the" ADOPTED the framework
    expect(attributions(text, 'preambular', ctx).filter((a) => a.includes(FFD3))).toEqual([`ADOPTED ${FFD3} -> Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development`]);
  });

  it('guard: the short form "the Addis Ababa Action Agenda" (A/RES/80/118 PP10) names no conference', () => {
    const text = 'Recalling the Addis Ababa Action Agenda, which recognizes the importance of science, technology and innovation,';
    expect(relations(text).filter((r) => r.includes('Event:'))).toEqual([]);
  });

  it('guard: an agenda item\'s quoted title ("the item entitled “Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly”", A/RES/78/56 OP14) gives its sitting no verb edge', () => {
    const text =
      'Decides to include in the provisional agenda of its seventy-ninth session, under the item entitled “Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly”, the sub-item entitled “United Nations Regional Centre for Peace and Disarmament in Africa”.';
    expect(relations(text, 'operative').filter((r) => r.includes('Special Session'))).toEqual([]);
  });
});

describe('the body printed before a framework\'s name is mentioned', () => {
  // (session 58: the owner printed at the head of the name is part of it, no target of the verb; it was NOTES UNESCO before)
  it('A/RES/78/132 PP56 (80/118 PP59): "the United Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence": NOTES the Recommendation; UNESCO mentioned, no verb', () => {
    const text = 'Taking note of the United Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence,';
    const rel = relations(text, 'preambular', { ...GA78 });
    expect(rel).not.toContain(`NOTES ${UNESCO}`);
    expect(rel).toContain('NOTES Framework:Recommendation on the Ethics of Artificial Intelligence');
    expect(keys(text, 'Organization:', 'preambular', { ...GA78 })).toContain(UNESCO);
  });

  it('guard: "the United Nations Convention against Corruption": the United Nations qualifies the name, no verb edge to it', () => {
    const text = 'Reaffirming the United Nations Convention against Corruption,';
    expect(relations(text).filter((r) => r.startsWith('REAFFIRMS Organization:'))).toEqual([]);
  });
});

describe('the Chair of the Commission on Science and Technology for Development is the post', () => {
  it('A/RES/78/132 PP44: "based on the proposal by the Chair of the Commission on Science and Technology for Development": RECALLS the Chair, not the Commission', () => {
    const text =
      'Recalling also the convening of the Working Group on Enhanced Cooperation on Public Policy Issues Pertaining to the Internet, based on the proposal by the Chair of the Commission on Science and Technology for Development regarding the structure and composition of the Working Group,';
    const rel = relations(text, 'preambular', { ...GA78 });
    expect(rel).toContain(`RECALLS ${CSTD_CHAIR}`);
    expect(rel).not.toContain(`RECALLS ${CSTD}`);
  });

  it('guard: A/RES/79/277 PP5 "the role of the Commission on Science and Technology for Development": the Commission', () => {
    const text = 'Recognizing the role of the Commission on Science and Technology for Development in assisting the Economic and Social Council as the focal point in the system-wide follow-up,';
    expect(relations(text)).toContain(`RECOGNIZES ${CSTD}`);
  });
});
