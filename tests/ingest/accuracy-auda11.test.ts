// Misses found by the session-11 audit auda11: a hand audit of A/RES/78/265 (safe, secure and trustworthy artificial
// intelligence), A/RES/78/311 (capacity-building of artificial intelligence) and A/RES/79/243 (the United Nations Convention
// against Cybercrime). Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };

function extract(text: string, ctx: RecognizeContext = GA, kind: 'preambular' | 'operative' = 'preambular') {
  return extractParagraph({ id: kind === 'preambular' ? 'PP1' : 'OP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).mentions.map((m) => m.key);
const attributions = (text: string, ctx?: RecognizeContext): string[] =>
  extract(text, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const GPBHR = 'Framework:Guiding Principles on Business and Human Rights';

describe('the Guiding Principles on Business and Human Rights printed with their subtitle', () => {
  it('A/RES/78/265 OP9: the "United Nations" inside the subtitle is no mention of the Organization', () => {
    const text =
      'Encourages the private sector to adhere to applicable international and domestic laws and act in line with the United Nations Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework; acknowledges the importance of more inclusive and equitable access to the benefits of safe, secure and trustworthy artificial intelligence systems;';
    const m = mentions(text);
    expect(m).toContain(GPBHR);
    expect(m).not.toContain('Organization:United Nations');
  });

  it('A/RES/79/178 PP23: "the United Nations “Protect, Respect and Remedy” Framework" is the framework they implement', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, 19 endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,20 which established a framework to prevent and address the adverse human rights impact of business activities, based on the three pillars of the United Nations “Protect, Respect and Remedy” Framework, and recognizing in this regard the efforts made to implement the Guiding Principles by some States, business enterprises, international organizations and members of civil society,';
    const m = mentions(text);
    expect(m).toContain('Framework:United Nations "Protect, Respect and Remedy" Framework');
    expect(m).not.toContain('Organization:United Nations');
  });

  it('A/RES/78/265 PP4 (guard): the Office of the United Nations High Commissioner for Human Rights after it is still named', () => {
    const text =
      'Taking note of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework,7 as endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011;8 and the work of the Office of the United Nations High Commissioner for Human Rights regarding artificial intelligence,';
    const m = mentions(text);
    expect(m).toContain(GPBHR);
    expect(m).toContain('Organization:Office of the United Nations High Commissioner for Human Rights');
    expect(m).not.toContain('Organization:United Nations');
  });
});

describe('a framework endorsed by another body in its own resolution', () => {
  it('A/RES/78/265 PP4: "..., as endorsed by the Human Rights Council in its resolution 17/4": that resolution adopted it', () => {
    const text =
      'Taking note of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework,7 as endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011;8 and the work of the Office of the United Nations High Commissioner for Human Rights regarding artificial intelligence,';
    expect(attributions(text)).toContain(`ADOPTED Resolution:A/HRC/RES/17/4 -> ${GPBHR}`);
  });

  it('A/RES/79/178 PP23: "the Guiding Principles ..., 19 endorsed by the Human Rights Council in its resolution 17/4"', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, 19 endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,20 which established a framework to prevent and address the adverse human rights impact of business activities,';
    expect(attributions(text)).toContain(`ADOPTED Resolution:A/HRC/RES/17/4 -> ${GPBHR}`);
  });

  it('negative: a resolution of the Council cited after other words is not the one that endorsed the framework', () => {
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, and welcoming the work of the Human Rights Council, including its resolution 17/4 of 16 June 2011,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
