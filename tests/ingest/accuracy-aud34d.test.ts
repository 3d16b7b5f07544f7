// Session-34 audit aud34d: a body named in full right before "on the" and a name after it are two names, not one chunk
// ("the reports of the Secretary-General on the United Nations Regional Centre ...", "the work conducted by the Department of
// Global Communications on the United Nations Global Principles ..."), and a body that is the whole subject of a report
// named inside the report's words is mentioned with the clause's verb edge, as the bodies listed after it are. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/70', date: '2024-12-02' };
const { keys, relations } = oneParagraph({ ctx: GA79, kind: 'preambular' });

const AFRICA_CENTRE = 'Organization:United Nations Regional Centre for Peace and Disarmament in Africa';
const ASIA_CENTRE = 'Organization:United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific';

describe('the body a report is about, named as its whole subject', () => {
  const pp2 =
    'Recalling also the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa, the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific and the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean,';

  it('A/RES/79/70 PP2 (78/60, 80/64): "the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa,1 the ...": RECALLS the Africa centre, as it does the two listed after it', () => {
    const rel = relations(pp2);
    expect(rel).toContain(`RECALLS ${AFRICA_CENTRE}`);
    expect(rel).toContain(`RECALLS ${ASIA_CENTRE}`);
    expect(rel).toContain('RECALLS Organization:Secretary-General of the United Nations');
    // one mention of the centre, not a second node for "Secretary-General on the United Nations Regional Centre ..."
    expect(keys(pp2, 'Organization:').filter((k) => k.includes('Africa'))).toEqual([AFRICA_CENTRE]);
  });

  it('guard: A/RES/79/238 PP9 "the report of the Secretary-General on the United Nations study on disarmament and non-proliferation education": the United Nations only opens the subject, no edge to it', () => {
    const text = 'Recalling the report of the Secretary-General on the United Nations study on disarmament and non-proliferation education,';
    expect(relations(text, undefined, { body: 'General Assembly', symbol: 'A/RES/79/238', date: '2024-12-02' })).not.toContain('RECALLS Organization:United Nations');
  });

  it('guard: "the report of the Secretary-General on the work of the United Nations Regional Centre ...": the centre owns the work, a nested mention without the verb edge (as before)', () => {
    const text = 'Taking note of the report of the Secretary-General on the work of the United Nations Regional Centre for Peace and Disarmament in Africa,';
    expect(keys(text, AFRICA_CENTRE)).toEqual([AFRICA_CENTRE]);
    expect(relations(text)).not.toContain(`NOTES ${AFRICA_CENTRE}`);
  });
});

describe('"<a body named in full> on the <another name>" is two names', () => {
  it('A/RES/80/217 PP8: "taking note of the work conducted by the Department of Global Communications on the United Nations Global Principles for Information Integrity": NOTES the principles', () => {
    const text =
      'Taking note of the Secretary-General’s resolve to address disinformation and misinformation, recalling the publication of his policy brief about information integrity on digital platforms, taking note of the work conducted by the Department of Global Communications on the United Nations Global Principles for Information Integrity, and noting in particular the urgency of ensuring safe, secure and trustworthy artificial intelligence,';
    const rel = relations(text, undefined, { body: 'General Assembly', symbol: 'A/RES/80/217', date: '2025-12-15' });
    expect(rel).toContain('NOTES Organization:Department of Global Communications');
    expect(rel).toContain('NOTES Framework:United Nations Global Principles for Information Integrity');
  });

  it('guard: "the Committee on the Rights of the Child", "the United Nations Conference on the Law of the Sea": a name that goes on with "on the" stays one name', () => {
    expect(keys('Welcoming the work of the Committee on the Rights of the Child,', 'Organization:')).toEqual(['Organization:Committee on the Rights of the Child']);
    expect(keys('Recalling the Third United Nations Conference on the Law of the Sea,', 'Event:')).toEqual(['Event:Third United Nations Conference on the Law of the Sea']);
  });
});
