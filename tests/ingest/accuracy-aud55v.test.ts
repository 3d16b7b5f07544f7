// Session-55 audit aud55v: residual faults reported by the session's helpers (A/RES/78/158, A/RES/79/12). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'preambular' });

describe('item 2: a centre whose head noun stands before its " for " is PART_OF the commission printed after " of the "', () => {
  const APDIM = 'Organization:Asian and Pacific Centre for the Development of Disaster Information Management';
  const ESCAP = 'Organization:Economic and Social Commission for Asia and the Pacific';

  it('A/RES/78/158 PP5: "the report of the Asian and Pacific Centre for the Development of Disaster Information Management of the Economic and Social Commission for Asia and the Pacific entitled ..."', () => {
    const att = attributions(
      'Highlighting the synergies between the 2030 Agenda for Sustainable Development and the Paris Agreement, noting with concern also the findings of the report of the Asian and Pacific Centre for the Development of Disaster Information Management of the Economic and Social Commission for Asia and the Pacific entitled Sand and Dust Storms Risk Assessment in Asia and the Pacific,',
    );
    expect(att).toContain(`PART_OF ${APDIM} -> ${ESCAP}`);
  });

  it('guard: A/RES/78/158 PP13 "the Governing Council of the Asian and Pacific Centre ...": the Council is the Centre\'s, the Centre no one\'s', () => {
    const att = attributions(
      'Taking note of the decisions of the Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management at its seventh session,',
    );
    expect(att.filter((a) => a.startsWith(`PART_OF ${APDIM}`))).toEqual([]);
  });
});

describe('item 3: a publication cited bare by its main title, a colon and its subtitle is one Document named as printed', () => {
  const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'operative' });

  it('A/RES/78/158 OP18: "the Sand and Dust Storms Compendium: Information and Guidance on Assessing and Addressing the Risks, in collaboration with ..."', () => {
    const text =
      'Commends the secretariat of the United Nations Convention to Combat Desertification on its efforts to develop both a global base map of sand and dust storm sources, in collaboration with the United Nations Environment Programme and the World Meteorological Organization, and the Sand and Dust Storms Compendium: Information and Guidance on Assessing and Addressing the Risks, in collaboration with the Science-Policy Interface of the Convention and other relevant United Nations system entities;';
    const found = keys(text, '');
    expect(found).toContain('Document:sand and dust storms compendium: information and guidance on assessing and addressing the risks');
    expect(found.filter((k) => k.startsWith('Initiative:Sand and Dust Storms Compendium'))).toEqual([]);
    expect(relations(text)).toContain('APPRECIATES Document:sand and dust storms compendium: information and guidance on assessing and addressing the risks');
  });

  it('guard: a compendium with no subtitle stays what it was ("the Sand and Dust Storms Compendium, in collaboration with ...")', () => {
    const found = keys('Welcomes the Sand and Dust Storms Compendium, in collaboration with the Science-Policy Interface of the Convention;', '');
    expect(found.filter((k) => k.startsWith('Document:'))).toEqual([]);
  });
});

describe('item 3 guard: a subtitle that runs on in lower-case words is not read as a title', () => {
  const { keys } = oneParagraph({ ctx: ctxOf('A/RES/78/107', '2023-12-07'), kind: 'operative' });

  it('A/RES/78/107 OP15: "the International Law Handbook: Collection of Instruments as a valuable resource for ...": no Document', () => {
    const found = keys(
      'Expresses its appreciation to the Codification Division for the International Law Handbook: Collection of Instruments as a valuable resource for international law education;',
      'Document:',
    );
    expect(found).toEqual([]);
  });
});
