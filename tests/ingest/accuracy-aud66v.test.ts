// Session-66 audit aud66v: A/RES/78/3 (political declaration of the General Assembly high-level meeting on pandemic prevention,
// preparedness and response, annexed). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/3',
  date: '2023-10-05',
  title: 'Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response',
};
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const AMR_MEETING = 'Event:high-level meeting on antimicrobial resistance @ 2024';

describe('a declaration\'s commitment opened by "Take <adjective> measures": its later base-form verbs open their clauses', () => {
  it('A/RES/78/3 annex OP70: "Take comprehensive measures ..., recognizing that ..., and look forward to the high-level meeting on antimicrobial resistance"', () => {
    const rels = relations(
      'Take comprehensive measures to tackle antimicrobial resistance and strengthen infection control by promoting adequate access to and responsible use of antimicrobials, safeguarding public health and preserving the effectiveness of treatments, recognizing that antimicrobial resistance could be an aggravating factor during pandemics, and that tackling it requires high-level collaboration across sectors and between countries at the global level, and look forward to the high-level meeting on antimicrobial resistance, to be held in 2024;',
    );
    expect(rels).toContain(`LOOKS_FORWARD_TO ${AMR_MEETING}`);
    expect(rels).not.toContain(`RECOGNIZES ${AMR_MEETING}`);
  });

  it('guard: A/RES/78/3 annex OP72 "Take measures ..., while also taking into account the Bangkok Principles ...": the participle stays an adjunct', () => {
    const rels = relations(
      'Take measures to enhance the resilience of national health systems to prevent, prepare for and respond to pandemics and other health emergencies, in collaboration with other sectors, as well as in the implementation of the International Health Regulations (2005) of the World Health Organization, while also taking into account the Bangkok Principles for the implementation of the health aspects of the Sendai Framework for Disaster Risk Reduction 2015–2030;',
    );
    expect(rels).toEqual([]);
  });

  it('guard: "Take note of" keeps its own verb (the table\'s entry, not a commitment)', () => {
    const rels = relations(
      'Take note of the report of the Secretary-General, and look forward to the high-level meeting on antimicrobial resistance, to be held in 2024;',
    );
    expect(rels).toContain(`LOOKS_FORWARD_TO ${AMR_MEETING}`);
    expect(rels.some((r) => r.startsWith('NOTES '))).toBe(true);
  });
});
