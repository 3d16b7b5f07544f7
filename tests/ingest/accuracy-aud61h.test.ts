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

const PROGRAMME_OF_ACTION = 'Framework:Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';
const SUPPORT_SYSTEM = 'Initiative:Programme of Action Implementation Support System';

describe('the Programme of Action Implementation Support System is a tool (an Initiative), and "the Programme of Action" after it stays the programme', () => {
  // A/RES/78/46 OP15, then OP17
  const OP15_78_46 = para(
    'OP15',
    'Recognizes the necessity for interested States to develop effective coordination mechanisms, where they do not exist, in order to match the needs of States with existing resources to enhance the implementation of the Programme of Action and to make international cooperation and assistance more effective, and in this regard encourages States to make use, as appropriate, of the Programme of Action Implementation Support System;',
  );
  const OP17_78_46 = para(
    'OP17',
    'Encourages States, with the assistance of the Secretariat, where applicable, to develop options for enhancing the effectiveness of the existing international assistance frameworks in support of the effective implementation of the Programme of Action and the International Tracing Instrument;',
  );
  const PP2_78_46 = para(
    'PP2',
    'Emphasizing the importance of the continued and full implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, adopted by the United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects,',
  );

  it('A/RES/78/46 OP15: "encourages States to make use ... of the Programme of Action Implementation Support System"', () => {
    const by = extracted('A/RES/78/46', '2023-12-04', [PP2_78_46, OP15_78_46, OP17_78_46]);
    expect(by.OP15!.relations).toContain(`ENCOURAGES ${SUPPORT_SYSTEM}`);
    expect(by.OP15!.relations).toContain(`RECOGNIZES ${PROGRAMME_OF_ACTION}`);
    expect(by.OP15!.mentions.filter((k) => k.startsWith('Framework:Programme of Action Implementation'))).toEqual([]);
  });

  it('A/RES/78/46 OP17: "the Programme of Action" after the System is the programme, not the System', () => {
    const by = extracted('A/RES/78/46', '2023-12-04', [PP2_78_46, OP15_78_46, OP17_78_46]);
    expect(by.OP17!.relations).toContain(`ENCOURAGES ${PROGRAMME_OF_ACTION}`);
    expect(by.OP17!.relations).not.toContain(`ENCOURAGES ${SUPPORT_SYSTEM}`);
  });

  it('guard: A/RES/78/46 PP2, the Programme of Action named in full stays a Framework', () => {
    const by = extracted('A/RES/78/46', '2023-12-04', [PP2_78_46]);
    expect(by.PP2!.relations).toContain(`EMPHASIZES ${PROGRAMME_OF_ACTION}`);
  });
});
