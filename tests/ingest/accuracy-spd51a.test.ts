// Session-51 speed helper spd51a (the entities worker's property loads). No change to the graph (golden dump cmp-identical);
// what these tests pin down:
// - the capital-chunk tokenizer and its helpers (recognize/capitalChunks.ts) and the gazetteer's walk (gazetteer/index.ts:
//   firstWordHash, matchAt, the footnote-mark checks) read the paragraph's characters through codeUnitAt (ingest/codeUnit.ts),
//   not through a `charCodeAt` load on the text, which met every string representation and was megamorphic: no such load
//   is left on a paragraph's text while they scan it;
// - they read the same tokens, chunks, heads and gazetteer names from every representation of a paragraph, on the paths
//   those helpers take (a footnote mark glued to a name, a mark inside a name, "COVID-19" with a glued mark).
import { afterEach, describe, expect, it } from 'vitest';
import { scanCapitals } from '../../ingest/recognize/capitalChunks.js';
import { scanGazetteer } from '../../ingest/gazetteer/index.js';

// A/RES/79/153 PP4 (corpus-ga A_RES_79_153.txt): "the Beijing Declaration13 and Platform for Action, 14", a mark inside a name
const PP4_79_153 =
  'Reaffirming further the Vienna Declaration and Programme of Action, 12 which reaffirms that all human rights, including the right to development, are universal, indivisible, interdependent and interrelated, the Beijing Declaration13 and Platform for Action, 14 the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,15 the Programme of Action of the International Conference on Population and Development16 and the Programme of Action of the World Summit for Social Development17 and their 5-, 10-, 15- and 20-year reviews, as well as the United Nations Millennium Declaration,18 and the commitments relevant to women and girls made at the 2005 World Summit 19 and reiterated in Assembly resolution 65/1 of 22 September 2010, entitled “Keeping the promise: united to achieve the Millennium Development Goals”, and those made in the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,20';
// A/RES/78/233 OP10 (corpus-ga A_RES_78_233.txt): "the Group of Least Developed Countries on COVID-1915", a mark after the name's own digits
const OP10_78_233 =
  'Expresses deep concern at the devastating impacts of the COVID-19 pandemic on the least developed countries, takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-1915 and commits to supporting its implementation, as appropriate, and invites development partners, international organizations and other stakeholders to support the least developed countries in their recovery efforts and continued implementation of the 2030 Agenda for Sustainable Development, further highlighting the need for greater collaboration and partnerships at all levels to accelerate the implementation of the 2030 Agenda, including the fulfilment of the least developed country-specific targets, and the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda;';

/** `text` in other string representations V8 keeps: a slice of a longer text, a concatenation, a flat copy. */
function representations(text: string): string[] {
  const longer = `xx${text}yy`;
  const flat = text.split('').join('');
  return [text, longer.slice(2, 2 + text.length), text.slice(0, 40) + text.slice(40), flat];
}

const NO_HEADS: ReadonlySet<string> = new Set();
const HEADS: ReadonlySet<string> = new Set(['Declaration', 'Group', 'Summit', 'Agenda', 'Conference', 'Programme']);

interface Reading {
  chunks: string[];
  heads: string[];
  names: string[];
}

function readingOf(text: string): Reading {
  const scan = scanCapitals(text, HEADS, NO_HEADS);
  return {
    chunks: scan.chunks.map((c) => text.slice(c.start, c.end)),
    heads: scan.heads.map((h) => `${h.head}@${h.start}`),
    names: scanGazetteer(text, scanCapitals(text, NO_HEADS, NO_HEADS).wordStarts).map((h) => `${h.entry.name}@${h.start}-${h.end}`),
  };
}

const originalCharCodeAt = Object.getOwnPropertyDescriptor(String.prototype, 'charCodeAt')!;
afterEach(() => Object.defineProperty(String.prototype, 'charCodeAt', originalCharCodeAt));

/**
 * Loads of `charCodeAt` from `text` itself (`text.charCodeAt(i)`) while `run` runs. An accessor in the method's place sees the
 * receiver of each load: the string for a load on the text, String.prototype for codeUnitAt's load.
 */
function charCodeAtLoadsOn(text: string, run: () => void): number {
  let loads = 0;
  const method = originalCharCodeAt.value as typeof String.prototype.charCodeAt;
  Object.defineProperty(String.prototype, 'charCodeAt', {
    configurable: true,
    get(this: unknown) {
      if (this === text) loads++;
      return method;
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(String.prototype, 'charCodeAt', originalCharCodeAt);
  }
  return loads;
}

describe('capital chunks and the gazetteer walk: no charCodeAt load on the paragraph', () => {
  it('A/RES/79/153 PP4 and A/RES/78/233 OP10: scanCapitals and scanGazetteer load no charCodeAt from the text', () => {
    for (const text of [PP4_79_153, OP10_78_233]) {
      let reading: Reading | undefined;
      expect(charCodeAtLoadsOn(text, () => (reading = readingOf(text)))).toBe(0);
      // the scan did run, and read what it reads without the accessor
      expect(reading).toEqual(readingOf(text));
    }
  });

  it('a near case: a load on the text itself is counted (the counter sees what it must)', () => {
    expect(charCodeAtLoadsOn(PP4_79_153, () => PP4_79_153.charCodeAt(3))).toBe(1);
  });
});

describe('capital chunks and the gazetteer walk read every representation of a paragraph alike', () => {
  it('A/RES/79/153 PP4: the Beijing Declaration read past its mark "13", the marks glued to names cut off', () => {
    const expected = readingOf(PP4_79_153);
    expect(expected.names).toEqual(expect.arrayContaining(['Beijing Declaration and Platform for Action@211-256', 'Vienna Declaration and Programme of Action@24-66']));
    // "Development16", "Development17": the glued marks are not part of the chunks; "Declaration13" ends one
    expect(expected.chunks).toEqual(expect.arrayContaining(['Beijing Declaration', 'Programme of Action of the International Conference on Population and Development', 'Programme of Action of the World Summit for Social Development']));
    for (const text of representations(PP4_79_153)) expect(readingOf(text)).toEqual(expected);
  });

  it('A/RES/78/233 OP10: "COVID-1915" read as COVID-19 and its mark, the chunk ending before the mark', () => {
    const expected = readingOf(OP10_78_233);
    // (a month and its year before "of" date what was said before: the name starts after them, aud61s)
    expect(expected.chunks).toContain('Group of Least Developed Countries on COVID-19');
    expect(expected.names).toContain('Group of Least Developed Countries@164-198');
    for (const text of representations(OP10_78_233)) expect(readingOf(text)).toEqual(expected);
  });
});
