// Session-55 audit aud55q: A/RES/79/1 (the Pact for the Future), annex I (the Global Digital Compact). Each case quotes the file
// (corpus/A_RES_79_1.txt) and the annex paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { relations, keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' }, kind: 'operative' });
const GA = 'Organization:General Assembly';
const SG = 'Organization:Secretary-General of the United Nations';

describe('"for the adoption by the General Assembly." at the end of a sentence: the Assembly as agent of its own act', () => {
  it('A/RES/79/1 annex I 57: "... the Independent International Scientific Panel on AI and the Global Dialogue on AI Governance for the adoption by the General Assembly."', () => {
    const r = relations(
      'We therefore request the President of the General Assembly to appoint at the seventy-ninth session of the General Assembly co-facilitators, one from a developed country and one from a developing country, to identify, through an intergovernmental process and consultations with other relevant stakeholders, the terms of reference and modalities for the establishment and functioning of the Independent International Scientific Panel on AI and the Global Dialogue on AI Governance for the adoption by the General Assembly.',
    );
    expect(r).not.toContain(`REQUESTS ${GA}`);
    expect(r).toContain('REQUESTS Organization:President of the General Assembly');
    expect(r).toContain('REQUESTS Event:seventy-ninth session of the General Assembly');
    expect(r).toContain('REQUESTS Organization:Independent International Scientific Panel on Artificial Intelligence');
  });

  it('guard: A/RES/79/1 annex I 63 "... and to submit these for consideration by the General Assembly at the seventy-ninth session.": the Assembly the options go to stays', () => {
    const r = relations(
      'We request the Secretary-General, in consultation with potential contributors and the United Nations system, to develop innovative voluntary financing options for artificial intelligence capacity-building that take into account the recommendations of the High-level Advisory Body on Artificial Intelligence on a Global Fund on AI and that are complementary to relevant United Nations funding mechanisms and to submit these for consideration by the General Assembly at the seventy-ninth session.',
    );
    expect(r).toContain(`REQUESTS ${GA}`);
    expect(r).toContain(`REQUESTS ${SG}`);
  });
});

describe('a declaration\'s paragraph opened by its purpose: "To <purpose>, we request ..."', () => {
  const OP71 =
    'To track and monitor progress, we request the Secretary-General to provide a Compact implementation map for the consideration of Governments and other stakeholders that reflects the contributions of the United Nations system and other relevant stakeholders and to reflect this in the report of the Secretary-General on progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels ahead of the WSIS+20 review.';

  it('A/RES/79/1 annex I 71: the request is typed, its targets the Secretary-General, the report and the Summit', () => {
    const r = relations(OP71);
    expect(r).toContain(`REQUESTS ${SG}`);
    expect(r).toContain('REQUESTS Event:World Summit on the Information Society');
    expect(r.some((x) => x.startsWith('REQUESTS Document:report of the secretary-general on progress made'))).toBe(true);
  });

  it('A/RES/79/1 annex I 71: the report\'s subject ends before "ahead of the WSIS+20 review"', () => {
    const documents = keys(OP71, 'Document:');
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents) expect(d).not.toContain('ahead of');
    expect(documents.some((d) => d.includes('at the regional and international levels'))).toBe(true);
  });

  it('guard: A/RES/79/1 annex I 12 "To fully harness ..., we must ensure ... We recognize the importance of digital skills": "we must" types nothing', () => {
    const r = relations(
      'To fully harness the benefits of digital connectivity, we must ensure that people can meaningfully and securely use the Internet and safely navigate the digital space. We recognize the importance of digital skills and lifelong access to digital learning opportunities.',
    );
    expect(r).toEqual([]);
  });

});

describe('"and invite it to ...": a sitting the clause before named', () => {
  it('A/RES/79/1 annex I 68: "We look forward to the WSIS+20 review in 2025 and invite it to identify how ...": the review is invited', () => {
    const r = relations(
      'We will build on the processes and forums emanating from the World Summit on the Information Society, in particular the Internet Governance Forum and its national and regional initiatives, as well as the WSIS Forum, to advance implementation of this Compact. We look forward to the WSIS+20 review in 2025 and invite it to identify how these processes and forums can support the contribution of all stakeholders to implementation of the Compact.',
    );
    const review = r.find((x) => x.startsWith('LOOKS_FORWARD_TO Event:'))!.slice('LOOKS_FORWARD_TO '.length);
    expect(review).toContain('World Summit on the Information Society');
    expect(r).toContain(`INVITES ${review}`);
  });

  it('guard: A/RES/79/1 annex I 10 "We affirm the important role of the International Telecommunication Union ... and invite it to further continue its efforts"', () => {
    const r = relations(
      'We affirm the important role of the International Telecommunication Union in advancing universal and meaningful connectivity and invite it to further continue its efforts.',
    );
    expect(r).toContain('INVITES Organization:International Telecommunication Union');
  });

  it('A/RES/79/1 annex I 69 "..., and invite them, as well as [OHCHR], to support ...": "them" is the list the clause before named (session 57, accuracy-aud57m)', () => {
    const r = relations(
      'We recognize the contribution of all United Nations entities, agencies, funds and programmes in advancing digital cooperation, including but not limited to the International Telecommunication Union, the United Nations Conference on Trade and Development, the United Nations Development Programme and the United Nations Educational, Scientific and Cultural Organization, and invite them, as well as the Office of the United Nations High Commissioner for Human Rights, to support, within their existing mandates, implementation of this Compact.',
    );
    expect(r).toContain('RECOGNIZES Organization:International Telecommunication Union');
    expect(r).toContain('INVITES Organization:International Telecommunication Union');
    expect(r).toContain('INVITES Organization:United Nations Educational, Scientific and Cultural Organization');
    expect(r).toContain('INVITES Organization:Office of the United Nations High Commissioner for Human Rights');
  });
});
