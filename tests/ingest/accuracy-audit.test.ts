// Misses found by the hand audit (session 5) of A/RES/80/147 (Second Committee, science, technology and
// innovation), A/RES/80/217 (Third Committee, safety of journalists), S/RES/598 (1987) (old Security Council
// typography) and A/RES/73/6 (pypdf text with split words), each checked against corpus-ga. Inputs are quoted
// from those files; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string, kind: 'preambular' | 'operative' = 'operative'): { mentions: string[]; relations: string[] } {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  const px = extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return { mentions: px.mentions.map((m) => m.key), relations: px.relations.map((r) => `${r.type} ${r.target}`) };
}

describe('"United States" in a currency is no Place', () => {
  it('A/RES/80/147 PP3: "the estimated annual 4 trillion United States dollar financing gap"', () => {
    const { mentions } = extract(
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, which sets forth a renewed global framework for financing for development, to close with urgency the estimated annual 4 trillion United States dollar financing gap,',
      'preambular',
    );
    expect(mentions).not.toContain('Place:United States of America');
    expect(mentions).toContain('Place:Sevilla');
  });

  it('A/RES/78/231 OP5: "650 billion United States dollars"', () => {
    const { mentions } = extract('Welcomes the special drawing rights allocation of the equivalent of 650 billion United States dollars of 23 August 2021;');
    expect(mentions).not.toContain('Place:United States of America');
  });

  it('negative, A/RES/78/29 OP16: "the declared chemical weapons stockpile of the United States of America"', () => {
    const { mentions } = extract(
      'Welcomes the fact that the last munition of the declared chemical weapons stockpile of the United States of America was irreversibly destroyed;',
    );
    expect(mentions).toContain('Place:United States of America');
  });
});

describe('"United Nations, Treaty Series" is a publication, not the Organization', () => {
  it('A/RES/80/147 footnote 4: "United Nations, Treaty Series, vol. 1771, No. 30822."', () => {
    const { mentions } = extract('United Nations, Treaty Series, vol. 1771, No. 30822.');
    expect(mentions).not.toContain('Organization:United Nations');
  });

  it('negative, A/RES/80/217 PP8: "the United Nations Global Principles" still names the Organization', () => {
    const { mentions } = extract(
      'Taking note of the work conducted by the Department of Global Communications on the United Nations, in particular its Global Principles for Information Integrity,',
      'preambular',
    );
    expect(mentions).toContain('Organization:United Nations');
  });
});
