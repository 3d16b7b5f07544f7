// Entity identity of editions, ordinals and years: which node a mention of a numbered, dated or undated
// edition of a recurring event is, as sentences of the GA corpus print them (file named per case).
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const newContext = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/999', date: '2024-12-20' });

/** Mentions "Kind key «phrase»" of paragraphs read in order in one resolution. */
function mentions(paragraphs: string[], kind?: string): string[][] {
  const ctx = newContext();
  return paragraphs.map((text, i) =>
    extractParagraph({ id: `OP${i + 1}`, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx)
      .mentions.filter((m) => !kind || m.kind === kind)
      .map((m) => `${m.key} «${m.phrase}»`),
  );
}

describe('a capitalised ordinal before a known event names another edition', () => {
  it('A/RES/80/178 PP36: "the Second International Decade for People of African Descent" is not the first decade', () => {
    const [pp36] = mentions([
      'Welcoming the launch of the Second International Decade for People of African Descent (2025–2034), which builds upon the First International Decade to urge Member States to promote the social development of people of African descent,',
    ], 'Event');
    expect(pp36).toContain('Event:Second International Decade for People of African Descent «Second International Decade for People of African Descent»');
    expect(pp36!.filter((m) => m.startsWith('Event:International Decade for People of African Descent'))).toEqual([]);
  });

  it('A/RES/79/193 OP1 and OP6: the short form "the Second International Decade" is the decade proclaimed before', () => {
    const [op1, op6] = mentions(
      [
        'Proclaims the Second International Decade for People of African Descent, commencing on 1 January 2025 and ending on 31 December 2034, with the theme “People of African descent: recognition, justice and development”;',
        'Also requests the President of the General Assembly to convene a final assessment of the Second International Decade, to take place within the framework of a high-level international event at the eighty-eighth session of the Assembly, one year before the closure of the Decade in 2034.',
      ],
      'Event',
    );
    expect(op1).toContain('Event:Second International Decade for People of African Descent «Second International Decade for People of African Descent»');
    expect(op6).toContain('Event:Second International Decade for People of African Descent «Second International Decade»');
  });
});
