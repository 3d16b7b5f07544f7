// Session-60 audit aud60j: residuals of the gold for A/RES/78/133 (Promoting creative economy for sustainable development). Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/133', date: '2023-12-19' };
const { keys, relations } = oneParagraph({ ctx, kind: 'operative' });

describe('an "Outlook" heads a report series (an Initiative), as the gazetteer\'s outlooks do', () => {
  it('A/RES/78/133 OP4: "through a dedicated section of the Creative Economy Outlook": REQUESTS the series', () => {
    const text =
      'Requests the secretariat of the United Nations Conference on Trade and Development, and in consultation with the United Nations Educational, Scientific and Cultural Organization, the International Labour Organization and relevant entities of the United Nations system, to inform the General Assembly at its eighty-first session of the implementation of the present resolution, through a dedicated section of the Creative Economy Outlook, to be introduced to the Second Committee by the Secretariat, elaborating in particular on how the resolution is aligned with and advances the 2030 Agenda for Sustainable Development, including recommendations on concrete actions for reinforcing the role and contribution of the creative economy in the achievement of the Sustainable Development Goals;';
    expect(relations(text)).toContain('REQUESTS Initiative:Creative Economy Outlook');
    expect(relations(text)).toContain('REQUESTS Organization:United Nations Conference on Trade and Development');
  });

  it('guard: A/RES/78/133 PP6 "the ... report entitled Creative Economy Outlook 2022": the edition stays one Document, no series node', () => {
    const text =
      'Welcoming the work of United Nations entities on creative economy issues, such as the United Nations Conference on Trade and Development report entitled Creative Economy Outlook 2022 and the United Nations Educational, Scientific and Cultural Organization report entitled Re-Shaping Policies for Creativity: Addressing Culture as a Global Public Good, which assist in strategically understanding the current state of the creative economy and the cultural sector, respectively,';
    expect(relations(text, 'preambular')).toContain('WELCOMES Document:creative economy outlook 2022');
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([]);
  });

  it('guard: A/RES/79/290 OP8 "the Association of Southeast Asian Nations Outlook on the Indo-Pacific" stays the gazetteer\'s Framework', () => {
    const text =
      'Welcomes the commitment of the Association of Southeast Asian Nations to promoting the Association of Southeast Asian Nations Outlook on the Indo-Pacific with a view to enhancing the Association of Southeast Asian Nations Community-building process and strengthening and complementing cooperation of the Association with its partners;';
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-06-04' };
    expect(relations(text, 'operative', c)).toContain('WELCOMES Framework:ASEAN Outlook on the Indo-Pacific');
    expect(keys(text, 'Initiative:', 'operative', c)).toEqual([]);
  });
});
