// Session-68 audit aud68ab: A/RES/79/128 (protection of persons in the event of disasters, Sixth Committee) and A/RES/78/326
// (World Rural Development Day). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const TITLE = 'Protection of persons in the event of disasters';
const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { extract, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/128', '2024-12-04', TITLE), kind: 'preambular' });
const GROUP = 'Organization:working group of the Sixth Committee (A/RES/79/128)';
const SIXTH = 'Organization:Sixth Committee';

describe('the Sixth Committee\'s working group printed as "a working group of the Committee" or named by the text\'s topic', () => {
  it('A/RES/79/128 OP5: "the Sixth Committee shall resume its session ... within the framework of a working group of the Committee": PART_OF', () => {
    const text =
      'Also decides that the Sixth Committee shall resume its session for up to five days by the end of April 2026 at the latest, in order to prepare a consolidated text including the draft articles and the proposals submitted by Governments in accordance with paragraph 6 below, within the framework of a working group of the Committee;';
    expect(attributions(text, 'operative')).toContain(`PART_OF ${GROUP} -> ${SIXTH}`);
    const rels = relations(text, 'operative');
    expect(rels).toContain(`DECIDES ${GROUP}`);
    expect(rels).toContain(`DECIDES ${SIXTH}`);
  });

  it('A/RES/79/128 PP9: "the deliberations in the working group on protection of persons in the event of disasters at the seventy-eighth ... sessions"', () => {
    const text =
      'Noting the number of suggestions for improvements to the draft articles made by States, including during the deliberations in the working group on protection of persons in the event of disasters at the seventy-eighth and seventy-ninth sessions of the General Assembly,';
    const rels = relations(text);
    expect(rels).toContain(`NOTES ${GROUP}`);
    expect(rels).toContain('NOTES Event:seventy-eighth session of the General Assembly');
  });

  it('guard: "a working group of the Committee" with no Sixth Committee named before it in the paragraph names no group', () => {
    const x = extract('Decides that the work shall continue within the framework of a working group of the Committee;', 'operative');
    expect(x.mentions.filter((m) => m.key === GROUP || m.key === SIXTH)).toEqual([]);
  });

  it('guard: "the working group on <another topic>" is another group\'s name, and the topic must be the title\'s whole words', () => {
    const other = relations('Noting the deliberations in the working group on the rule of law at the seventy-ninth session,');
    expect(other.filter((r) => r.endsWith(GROUP))).toEqual([]);
    const longer = relations('Noting the deliberations in the working group on protection of persons in the event of disasters-related displacement,');
    expect(longer.filter((r) => r.endsWith(GROUP))).toEqual([]);
    // (another text's title: the same words name no group of this one)
    const ctx = ctxOf('A/RES/79/127', '2024-12-04', 'Crimes against humanity');
    const elsewhere = relations('Noting the deliberations in the working group on protection of persons in the event of disasters,', 'preambular', ctx);
    expect(elsewhere.filter((r) => r.includes('working group of the Sixth Committee'))).toEqual([]);
  });
});
