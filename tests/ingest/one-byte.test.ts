// Texts handed between ingest threads go in V8's one-byte form when every character fits (one-byte.ts):
// the same characters, half the bytes to copy and keep.
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { oneByteText, oneByteTexts } from '../../ingest/one-byte.js';
import type { ResolutionText } from '../../ingest/models.js';

/** Whether V8 holds `s` two bytes a character (what a structured clone writes: tag 'c', after any padding). */
const isTwoByte = (s: string): boolean => {
  const bytes = serialize(s);
  let i = 2; // version header
  while (bytes[i] === 0) i++;
  return bytes[i] === 0x63;
};

// A paragraph cut from a text that holds a curly quote elsewhere (A/RES/78/1-style layout).
const file = 'The General Assembly,\n\nRecalling its resolution 70/1 of 25 September 2015,\n\nNoting the Secretary\u2011General\u2019s report,';
const cut = (from: string): string => file.slice(file.indexOf(from), file.indexOf(from) + from.length + 8);

describe('one-byte texts', () => {
  it('a text of Latin-1 characters cut from a wider one becomes one-byte, with the same characters', () => {
    const text = cut('Recalling its resolution 70/1');
    expect(isTwoByte(text)).toBe(true); // the test's premise: V8 keeps the cut two-byte
    const narrowed = oneByteText(text);
    expect(narrowed).toBe(text);
    expect(isTwoByte(narrowed)).toBe(false);
  });

  it('a text that holds a wider character is left as it is; so is an empty one; Latin-1 letters survive', () => {
    const wide = cut('Noting the Secretary');
    expect(oneByteText(wide)).toBe(wide);
    expect(oneByteText('')).toBe('');
    const latin = `${'\u2019'}Côte d\u00a0Ivoire, São Tomé, ÿ`.slice(1);
    expect(oneByteText(latin)).toBe(latin);
    expect(isTwoByte(oneByteText(latin))).toBe(false);
  });

  it('oneByteTexts narrows paragraphs, sub-paragraphs and footnotes in place and changes no character', () => {
    const p = cut('Recalling its resolution 70/1');
    const resolution = {
      symbol: 'A/RES/78/1',
      instrument: 'resolution',
      file: 'x.txt',
      headings: [],
      paragraphs: [{ id: 'PP1', kind: 'preambular', text: p, footnoteRefs: [{ mark: '1', offset: 3, footnote: { mark: '1', text: p } }, { mark: '2', offset: 5 }], subparagraphs: [{ label: '(a)', text: p, start: 0 }] }],
    } as ResolutionText;
    const before = JSON.stringify(resolution);
    oneByteTexts([resolution]);
    expect(JSON.stringify(resolution)).toBe(before);
    const para = resolution.paragraphs[0]!;
    expect([para.text, para.subparagraphs[0]!.text, para.footnoteRefs[0]!.footnote!.text].map(isTwoByte)).toEqual([false, false, false]);
  });
});
