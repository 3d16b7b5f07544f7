// Gold set aud61h (A/RES/78/46, the illicit trade in small arms and light weapons in all its aspects, First Committee): a review
// conference printed by its ordinal before the resolution names it in full. Each case quotes the file and paragraph it comes from;
// the guards hold the near sentences.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution } from '../helpers/footnoted-paragraph.js';
import { para } from '../helpers/graph-of.js';

const FOURTH = 'Event:Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';

/** paragraph id -> its verb relations as 'TYPE target' and its mentions' keys, the resolution extracted as the pipeline does */
function extracted(symbol: string, date: string, paragraphs: ParagraphText[]): Record<string, { relations: string[]; mentions: string[] }> {
  return Object.fromEntries(
    extractResolution(gaResolution(symbol, date, paragraphs)).paragraphs.map((p) => [
      p.paragraph.id,
      { relations: p.relations.map((r) => `${r.type} ${r.target}`), mentions: p.mentions.map((m) => m.key) },
    ]),
  );
}

// A/RES/78/46 PP20 (before OP9 names the conference in full)
const PP20_78_46 = para(
  'PP20',
  'Recalling the recommendation of the Eighth Biennial Meeting of States that the fourth Review Conference discuss the establishment of an open-ended technical expert group, focusing on including, inter alia, realizing international cooperation in a concrete manner, scope, objectives, participation and modalities of the group, to develop agreed recommendations by consensus to ensure the full implementation of the International Tracing Instrument and the Programme of Action in the light of recent developments in small arms and light weapons manufacturing, technology and design, in particular polymer and modular weapons, and firearms produced using 3D printing,',
);
// A/RES/78/46 OP9
const OP9_78_46 = para(
  'OP9',
  'Decides to convene the fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects in New York from 17 to 28 June 2024, to be preceded by the meeting of the preparatory committee in New York from 12 to 16 February 2024;',
);
// A/RES/78/46 OP30 (after OP9)
const OP30_78_46 = para(
  'OP30',
  'Requests the Secretariat to prepare a comprehensive analysis, within existing resources, of progress in the trends, challenges and opportunities related to the implementation of the Programme of Action and the International Tracing Instrument, for presentation at the fourth Review Conference for consideration and appropriate follow-up;',
);

describe('a review conference printed by its ordinal before the resolution names that conference in full is that conference', () => {
  it('A/RES/78/46 PP20: "the fourth Review Conference" before OP9 "the fourth United Nations Conference to Review Progress Made ..."', () => {
    const by = extracted('A/RES/78/46', '2023-12-04', [PP20_78_46, OP9_78_46, OP30_78_46]);
    expect(by.PP20!.relations).toContain(`RECALLS ${FOURTH}`);
    expect(by.PP20!.mentions.filter((k) => k.startsWith('Event:Fourth Review Conference'))).toEqual([]);
    // (the paragraphs after the full name read it so already)
    expect(by.OP9!.relations).toContain(`DECIDES ${FOURTH}`);
    expect(by.OP30!.relations).toContain(`REQUESTS ${FOURTH}`);
  });

  it('guard: with no conference of that ordinal named in full, the short form stays as it was', () => {
    const by = extracted('A/RES/78/46', '2023-12-04', [PP20_78_46]);
    expect(by.PP20!.relations.filter((r) => r.startsWith('RECALLS Event:Fourth'))).toEqual(['RECALLS Event:Fourth Review Conference (A/RES/78/46)']);
  });

  it('guard: another ordinal named in full later does not take it (the fourth is not the third)', () => {
    const op7 = para(
      'OP7',
      'Reaffirms the outcome of the third United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, held in New York from 18 to 29 June 2018 (the third Review Conference);',
    );
    const by = extracted('A/RES/78/46', '2023-12-04', [PP20_78_46, op7]);
    expect(by.PP20!.relations.filter((r) => r.startsWith('RECALLS Event:Fourth') || r.startsWith('RECALLS Event:Third'))).toEqual(['RECALLS Event:Fourth Review Conference (A/RES/78/46)']);
  });
});
