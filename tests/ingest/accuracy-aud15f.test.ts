// Misses found by the session-15 audit aud15f: A/RES/79/109 (question of Saint Helena), A/RES/78/26 (multilateralism in
// disarmament), A/RES/78/298 (financing of MINUSCA), A/RES/79/23 (science and technology in international security).
// Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/298', date: '2024-06-28' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const rels = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).relations.map((r) => `${r.type} ${r.target}`);

describe('", bearing in mind ..." inside an operative paragraph is an adjunct of its verb, not a clause of its own', () => {
  it('A/RES/78/298 OP26: "Encourages the Secretary-General ..., bearing in mind paragraphs 5 and 6 of Security Council resolution 1502 (2003)"', () => {
    const text =
      'Encourages the Secretary-General to continue to take additional measures to ensure the safety and security of all personnel participating in the Mission under the auspices of the United Nations, bearing in mind paragraphs 5 and 6 of Security Council resolution 1502 (2003) of 26 August 2003;';
    expect(rels(text)).toContain('ENCOURAGES Resolution:S/RES/1502(2003)');
  });

  it('A/RES/78/61 OP3: "Calls upon the Conference on Disarmament ..., bearing in mind the decision ... adopted by the Conference on 29 May 2009,3"', () => {
    const text =
      'Calls upon the Conference on Disarmament to further intensify consultations and to explore possibilities for overcoming its ongoing deadlock by adopting and implementing a balanced and comprehensive programme of work at the earliest possible date during its 2024 session, bearing in mind the decision on the programme of work adopted by the Conference on 29 May 2009, 3 as well as other relevant present, past and future proposals;';
    const offset = text.indexOf(' 3 as well') + 1;
    const x = extractParagraph(
      { id: 'OP3', kind: 'operative', text, footnoteRefs: [{ mark: '3', offset, footnote: { mark: '3', text: 'Official Records of the General Assembly, Sixty-fourth Session, Supplement No. 27 (A/64/27), para. 18.' } }], subparagraphs: [] },
      { ...GA, symbol: 'A/RES/78/61', date: '2023-12-04' },
    );
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('CALLS_UPON Document:A/64/27');
  });

  it('guard: a later main verb after "bearing in mind" still opens its own clause (A/RES/79/176 OP6 shape)', () => {
    const text =
      'Calls upon all States to comply with their obligations, bearing in mind the safeguards set out in Economic and Social Council resolution 1984/50 of 25 May 1984, and requests the Secretary-General to report thereon;';
    const r = rels(text);
    expect(r).toContain('CALLS_UPON Resolution:E/RES/1984/50');
    expect(r).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(r).not.toContain('CALLS_UPON Organization:Secretary-General of the United Nations');
  });

  it('guard: in a preamble ", and bearing in mind" still opens a clause with no relation (A/RES/78/68 PP2 shape)', () => {
    const text =
      'Noting the efforts of the treaty bodies, and bearing in mind the relevant provisions of the International Covenant on Civil and Political Rights,';
    expect(rels(text, 'preambular')).not.toContain('NOTES Framework:International Covenant on Civil and Political Rights');
  });
});
