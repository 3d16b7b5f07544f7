// Session-55 audit aud55q: A/RES/79/1 (the Pact for the Future), annex I (the Global Digital Compact). Each case quotes the file
// (corpus/A_RES_79_1.txt) and the annex paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { relations, keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' }, kind: 'operative' });
const SG = 'Organization:Secretary-General of the United Nations';

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
