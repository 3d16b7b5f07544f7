// Session-34 audit aud34d: a body named in full right before "on the" and a name after it are two names, not one chunk
// ("the reports of the Secretary-General on the United Nations Regional Centre ...", "the work conducted by the Department of
// Global Communications on the United Nations Global Principles ..."); what a report named by its words is about (a body as
// its whole subject, a sitting, instrument or programme after the subject's lowercase words: "on the follow-up to the Fifth
// United Nations Conference on ...") is mentioned with the clause's verb edge. Each case quotes the file and paragraph; each
// fix has a guard.
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

  // (session 58, aud58p: the body whose work a report covers is the report's whole subject and takes the verb)
  it('"the report of the Secretary-General on the work of the United Nations Regional Centre ...": the centre is the whole subject, NOTES it', () => {
    const text = 'Taking note of the report of the Secretary-General on the work of the United Nations Regional Centre for Peace and Disarmament in Africa,';
    expect(keys(text, AFRICA_CENTRE)).toEqual([AFRICA_CENTRE]);
    expect(relations(text)).toContain(`NOTES ${AFRICA_CENTRE}`);
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

describe('a sitting, instrument or programme a report is about, named inside the report\'s words', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/150', date: '2025-12-19' };

  it('A/RES/80/150 OP1 (79/218, 78/233): "Takes note of the reports of the Secretary-General on the follow-up to the Fifth United Nations Conference on the Least Developed Countries": NOTES the conference', () => {
    const text = 'Takes note of the reports of the Secretary-General on the follow-up to the Fifth United Nations Conference on the Least Developed Countries;';
    expect(relations(text, 'operative', GA80)).toContain('NOTES Event:Fifth United Nations Conference on the Least Developed Countries');
  });

  it('A/RES/80/133 PP5 (78/144, 78/204, 80/214): "taking note with appreciation of the report of the Secretary-General on progress towards the Sustainable Development Goals,1": NOTES the Goals', () => {
    const text =
      'Recognizing that sustainable, affordable and context-specific agricultural technology has a beneficial impact on and an important role in the successful implementation of the goals and targets of the 2030 Agenda, and in that regard taking note with appreciation of the report of the Secretary-General on progress towards the Sustainable Development Goals, the Global Sustainable Development Report and the Secretary-General’s strategy on new technologies,';
    expect(relations(text, undefined, GA80)).toContain('NOTES Framework:Sustainable Development Goals');
  });

  it('A/RES/78/132 PP16 (79/194, 80/118): "the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels": NOTES the Summit', () => {
    const text =
      'Taking note of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels,';
    expect(relations(text, undefined, GA80)).toContain('NOTES Event:World Summit on the Information Society');
  });

  it('guard: a report named by its title, "the report of the Secretary-General entitled “Road map for digital cooperation”" (A/RES/78/160 PP16): the title is the report, nothing it is about', () => {
    const rel = relations('Recalling the report of the Secretary-General entitled “Road map for digital cooperation”,', undefined, GA80);
    expect(rel.filter((r) => !r.includes('Document:') && !r.includes('Secretary-General'))).toEqual([]);
  });

  it('guard: a report whose author is named for the sitting, "the report of the Intergovernmental Preparatory Committee for the Third United Nations Conference on Landlocked Developing Countries on its first session": no edge to the conference', () => {
    const text = 'Takes note of the report of the Intergovernmental Preparatory Committee for the Third United Nations Conference on Landlocked Developing Countries on its first session;';
    expect(relations(text, 'operative', GA80)).not.toContain('NOTES Event:Third United Nations Conference on Landlocked Developing Countries');
  });
});
