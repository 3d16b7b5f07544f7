// Misses found by the session-32 audit aud32h (events and reports the texts name but the graph missed). Each case quotes
// the file and paragraph; each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, type Note } from '../helpers/footnoted-paragraph.js';

const GA80_53: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/53', date: '2025-12-01' };

/** The Document mentions of one paragraph (body and footnotes) as 'key author' ('-' for none). */
function documents(id: string, text: string, notes: Note[], ctx: RecognizeContext): string[] {
  const x = extractWithNotes(id, text, notes, { ...ctx });
  return x.mentions.filter((m) => m.kind === 'Document').map((m) => `${m.key} ${typeof m.attrs.author === 'string' ? m.attrs.author : '-'}`);
}

const PP6_80_53 =
  'Welcoming the report of the Secretary-General submitted pursuant to resolution 79/240 of 24 December 2024, containing possible options for the establishment of a Group of Scientific and Technical Experts on Nuclear Disarmament Verification within the United Nations,9 which took into account the views submitted by Member States in writing and through three informal in-person meetings,';

describe('a report of the Secretary-General whose modifier runs over 200 characters before the footnote mark', () => {
  it('A/RES/80/53 PP6: "the report of the Secretary-General submitted pursuant to resolution 79/240 ..., containing possible options ... within the United Nations,9" ("9 A/80/93.")', () => {
    expect(documents('PP6', PP6_80_53, [{ after: 'United Nations,9', mark: '9', text: 'A/80/93.' }], GA80_53)).toEqual(['Document:A/80/93 Secretary-General']);
  });

  it('guard: the same words with another report joined before the mark: the footnote is that report\'s', () => {
    const text = PP6_80_53.replace('within the United Nations,9', 'within the United Nations, and the report of the Advisory Board on Disarmament Matters,9');
    expect(documents('PP6', text, [{ after: 'Matters,9', mark: '9', text: 'A/80/93.' }], GA80_53)).toEqual(['Document:A/80/93 -']);
  });
});
