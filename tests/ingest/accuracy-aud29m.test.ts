// Misses found by the session-29 audit aud29m: A/RES/78/135 (unilateral economic measures), A/RES/80/212 (Subregional Centre
// for Human Rights and Democracy in Central Africa), A/RES/79/16 (nuclear-weapon-free zone in the Middle East) and A/RES/80/70
// (Comprehensive Nuclear-Test-Ban Treaty), and the same forms in other texts. Each case quotes the file and paragraph; each
// fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/70', date: '2025-12-01' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a group named by a generic name before " of the <body>" is that body\'s group (PART_OF)', () => {
  const PREPCOM = 'Organization:Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization';

  it('A/RES/80/70 PP12: "including through the Youth Group of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization"', () => {
    const text =
      'Noting the contribution of diverse and inclusive participation in building and sustaining momentum for the universalization and entry into force of the Treaty, including through the Youth Group of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization,';
    expect(attributions(text)).toContain(`PART_OF Organization:Youth Group -> ${PREPCOM}`);
  });

  it('A/RES/78/319 PP7 (78/69 OP204, 79/144, 80/110): "the ongoing work of the open-ended Study Group of the International Law Commission on the topic ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/319', date: '2024-08-01' };
    const text =
      'Acknowledging the ongoing work of the open-ended Study Group of the International Law Commission on the topic “Sea-level rise in relation to international law”,';
    // (keyed with its owner since aud53e: "Study Group" alone is generic words, one node for every body's study group)
    expect(attributions(text, 'preambular', ctx)).toContain('PART_OF Organization:Study Group (International Law Commission) -> Organization:International Law Commission');
  });

  it('guard: a group whose name holds its owner\'s is no part of the next body ("the Implementation Review Group of the Conference of the States Parties ...")', () => {
    const text = 'Noting the work of the Implementation Review Group of the Conference of the States Parties to the United Nations Convention against Corruption and of the United Nations Office on Drugs and Crime,';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF Organization:Implementation Review Group'))).toEqual([]);
  });

  it('guard: a group followed by " and the <body>" is no part of it', () => {
    const text = 'Welcoming the cooperation between the Youth Group and the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization,';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
