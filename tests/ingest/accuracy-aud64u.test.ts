// Session-64 audit aud64u: A/RES/79/87 (International cooperation in the peaceful uses of outer space, Fourth Committee; gold
// tests/gold/aud64u-A_RES_79_87.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/87', date: '2024-12-04', title: 'International cooperation in the peaceful uses of outer space' };
const { relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const LEGAL_SUBCOMMITTEE = 'Organization:Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space';

describe('a working group whose topic prints " of the " is PART_OF the body printed after it', () => {
  it('A/RES/79/87 OP10: "the Working Group on the Status and Application of the Five United Nations Treaties on Outer Space of the Legal Subcommittee"', () => {
    const WG = 'Organization:Working Group on the Status and Application of the Five United Nations Treaties on Outer Space';
    const text =
      'Notes with satisfaction the progress in work, under its multi-year workplan, of the Working Group on the Status and Application of the Five United Nations Treaties on Outer Space of the Legal Subcommittee;';
    expect(attributions(text)).toContain(`PART_OF ${WG} -> ${LEGAL_SUBCOMMITTEE}`);
    expect(relations(text)).toEqual(expect.arrayContaining([`NOTES ${WG}`, `NOTES ${LEGAL_SUBCOMMITTEE}`]));
  });

  it('guard: A/RES/79/87 OP11, a topic with no " of the ": as before', () => {
    const text =
      'Also notes with satisfaction the progress in work, under the five-year workplan, of the Working Group on Legal Aspects of Space Resource Activities of the Legal Subcommittee;';
    expect(attributions(text)).toContain(`PART_OF Organization:Working Group on Legal Aspects of Space Resource Activities -> ${LEGAL_SUBCOMMITTEE}`);
  });

  it('guard: A/RES/78/73 OP11, the body named in the topic is no owner ("the Working Group on the Financing of the United Nations Relief and Works Agency ...")', () => {
    const text =
      'Takes note of the report of the Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East and the efforts to assist in ensuring the financial security of the Agency;';
    const c = { ...ctx, symbol: 'A/RES/78/73', date: '2023-12-07', title: 'Operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East' };
    expect(attributions(text, 'operative', c).filter((a) => a.startsWith('PART_OF Organization:Working Group'))).toEqual([]);
  });

  it('guard: a working group followed by " of the " and a framework, not a body: no PART_OF', () => {
    const text = 'Notes the work of the Working Group on the Status and Application of the Five United Nations Treaties on Outer Space of the Paris Agreement;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF Organization:Working Group'))).toEqual([]);
  });
});
