// Session-62 audit aud62x: A/RES/79/58 (Implementation of the Convention on Cluster Munitions, First Committee). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/58', date: '2024-12-02' };
const NOTIFICATION = 'Document:C.N.347.2024.TREATIES-XXVI.6';

describe('fix 1: a depositary notification cited in a note, "C.N.347.2024.TREATIES-XXVI.6", printed by the PDF text without its dots', () => {
  const PP13 =
    'Noting that a total of 124 States have joined the Convention, 112 as States parties and 12 as signatories, albeit taking note that the twelfth Meeting of States Parties to the Convention on Cluster Munitions deeply regretted the recent decision of Lithuania,3 exercising its national sovereignty, to withdraw from the Convention pursuant to its article 20,';
  const NOTE = 'See CN347 2024 TREATIES-XXVI 6 (depositary notification).';

  it('A/RES/79/58 PP13 fn3 "See CN347 2024 TREATIES-XXVI 6 (depositary notification)": a Document, keyed with its dots', () => {
    expect(findDocumentRefs(NOTE).map((m) => m.key)).toEqual([NOTIFICATION]);
  });

  it('A/RES/79/58 PP13: the paragraph marking the note notes the notification (as the Convention and the twelfth Meeting)', () => {
    const x = extractWithNotes('PP13', PP13, [{ mark: '3', after: 'Lithuania,3', text: NOTE }], ctx);
    const relations = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(relations).toContain(`NOTES ${NOTIFICATION}`);
    expect(relations).toContain('NOTES Framework:Convention on Cluster Munitions');
    // (the State whose withdrawal is noted is no verb target: a Place is one only where the verb addresses it)
    expect(relations.filter((r) => r.includes('Lithuania'))).toEqual([]);
  });

  it('the symbol printed with its dots reads the same', () => {
    expect(findDocumentRefs('See C.N.347.2024.TREATIES-XXVI.6 (depositary notification).').map((m) => m.key)).toEqual([NOTIFICATION]);
  });

  it('guard: the twin note of A/RES/79/58 PP9 fn1, "United Nations, Treaty Series, vol. 2515, No. 44910.", names no document', () => {
    expect(findDocumentRefs('United Nations, Treaty Series, vol. 2515, No. 44910.')).toEqual([]);
    expect(findDocumentRefs('See chapter XXVI of Multilateral Treaties Deposited with the Secretary-General.').filter((m) => m.key.includes('TREATIES'))).toEqual([]);
  });
});
