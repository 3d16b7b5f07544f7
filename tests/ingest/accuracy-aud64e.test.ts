// Session-64 audit aud64e: new gold set A/RES/79/317 (the situation in Afghanistan, without reference to a Main Committee,
// tests/gold/aud64e-A_RES_79_317.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/317', '2025-07-07'), kind: 'operative' });

describe('the body under whose auspices a text was adopted, negotiated or developed: a setting, no target (as a sitting\'s, session 62)', () => {
  it('A/RES/79/317 OP41: "the Islamabad Declaration ... adopted under the auspices of the Muslim World League": NOTES the Declaration only', () => {
    const rels = relations(
      'Takes note of the Islamabad Declaration on Girls’ Education in Muslim Communities adopted under the auspices of the Muslim World League, which emphasized girls’ education as a human right, consistent with Islamic teachings;',
    );
    expect(rels).toContain("NOTES Framework:Islamabad Declaration on Girls' Education in Muslim Communities");
    expect(rels).not.toContain('NOTES Organization:Muslim World League');
  });

  it('A/RES/78/69 OP348 (79/144 OP368): "the Agreement ..., negotiated under the auspices of the Arctic Council": NOTES the Agreement only', () => {
    const rels = relations(
      'Further notes the Agreement on Enhancing International Arctic Scientific Cooperation, negotiated under the auspices of the Arctic Council, and notes that its implementation will increase the development of scientific knowledge about the region;',
      'operative',
      ctxOf('A/RES/78/69', '2023-12-05'),
    );
    expect(rels).toContain('NOTES Framework:Agreement on Enhancing International Arctic Scientific Cooperation');
    expect(rels.filter((r) => r.includes('Arctic Council'))).toEqual([]);
  });

  it('guard: A/RES/79/317 PP19 "the establishment by the Organization of Islamic Cooperation of the Ministerial Contact Group": the agent keeps the verb', () => {
    const rels = relations(
      'Recalling the final communiqué, and welcoming the establishment by the Organization of Islamic Cooperation of the Ministerial Contact Group on Afghanistan, which will strengthen the engagement of the international community with Afghanistan,',
      'preambular',
    );
    expect(rels).toContain('WELCOMES Organization:Organization of Islamic Cooperation');
  });

  it('guard: "a declaration adopted by the Muslim World League": the adopter named with "by" keeps the verb', () => {
    const rels = relations('Takes note of the declaration adopted by the Muslim World League on girls’ education;');
    expect(rels).toContain('NOTES Organization:Muslim World League');
  });

  it('guard: "processes held under the auspices of the United Nations": the Organization as sponsor stays a target (aud51m)', () => {
    const rels = relations('Welcomes the negotiation processes held under the auspices of the United Nations;');
    expect(rels).toContain('WELCOMES Organization:United Nations');
  });
});
