// Misses found by the session-30 audit aud30a: A/RES/80/62, 78/15, 78/247, 79/256, 79/26, 79/315, 80/241, 80/88, 79/3 and
// 80/114, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';
import { notedParagraph as para, gaResolution as resolution, relationsById as relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/241', date: '2025-12-30' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

/** A paragraph with its footnote marks, each [mark, footnote text, the words the mark ends]. */

describe('"the report of the Office on its activities for the period from ... to ..." is the report the preamble footnoted', () => {
  const OIOS_PP2 = 'Having considered the report of the Office of Internal Oversight Services on its activities for the period from 1 July 2022 to 30 June 2023,1';
  const OIOS_NOTE: [string, string, string] = ['1', 'A/78/301 (Part I) and A/78/301 (Part I)/Add.1.', '30 June 2023,1'];

  it('A/RES/78/247 I.OP8: "Takes note of the report of the Office on its activities for the period from 1 July 2022 to 30 June 2023;" notes A/78/301 (Part I)', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/247', '2023-12-22', [
        para('I.PP2', OIOS_PP2, [OIOS_NOTE]),
        para('I.OP8', 'Takes note of the report of the Office on its activities for the period from 1 July 2022 to 30 June 2023;'),
      ]),
    );
    expect(found['I.OP8']).toEqual(['NOTES Document:A/78/301 (Part I)', 'NOTES Organization:Office of Internal Oversight Services']);
  });

  it('guard: a report still to be written ("to include in the report of the Office on its activities for the period ...") is not the footnoted one', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/247', '2023-12-22', [
        para('I.PP2', OIOS_PP2, [OIOS_NOTE]),
        para('I.OP9', 'Requests the Office to include in the report of the Office on its activities for the period from 1 July 2023 to 30 June 2024 information on its evaluations;'),
      ]),
    );
    expect(found['I.OP9']!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

describe('"the Kathmandu process": the Regional Centre\'s region-wide dialogues, an initiative', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/62', date: '2025-12-01' };

  it('A/RES/80/62 OP8 (79/67 OP8, 78/58 OP6): "Underlines the importance of the Kathmandu process for the development of the practice of region-wide security and disarmament dialogues"', () => {
    const text = 'Underlines the importance of the Kathmandu process for the development of the practice of region-wide security and disarmament dialogues;';
    expect(relations(text, 'operative', { ...ctx })).toEqual(['EMPHASIZES Initiative:Kathmandu process']);
    expect(keys(text, 'Place:', 'operative', { ...ctx })).toEqual([]);
  });

  it('guard: A/RES/80/62 OP3 "to operate from Kathmandu": the city, no initiative', () => {
    const text = 'Expresses its gratitude to the Government of Nepal for its cooperation and financial support, which has enabled the Regional Centre to operate from Kathmandu;';
    expect(keys(text, 'Initiative:', 'operative', { ...ctx })).toEqual([]);
    expect(keys(text, 'Place:Kathmandu', 'operative', { ...ctx })).toEqual(['Place:Kathmandu']);
  });
});

describe('a framework footnoted "Resolutions 53/243 A and B.": both parts adopted it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/315', date: '2025-06-30' };

  it('A/RES/79/315 PP2: "the Declaration and Programme of Action on a Culture of Peace, 2" with "2 Resolutions 53/243 A and B."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Reaffirming also the Universal Declaration of Human Rights and the Declaration and Programme of Action on a Culture of Peace, 2 and recalling the United Nations Declaration on the Rights of Indigenous Peoples,';
    const a = footnotedAttributions('PP2', text, '2', 'Peace, 2', 'Resolutions 53/243 A and B.', { ...ctx });
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: two resolutions of different numbers ("Resolutions 68/191 and 70/176.") adopted nothing the note says', () => {
    const text = 'Recalling the Declaration and Programme of Action on a Culture of Peace, 2 and its other resolutions,';
    const a = footnotedAttributions('PP2', text, '2', 'Peace, 2', 'Resolutions 68/191 and 70/176.', { ...ctx });
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});
