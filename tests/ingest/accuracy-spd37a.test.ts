// Session-37 speed round spd37a: qualifyGenericNames (ingest/recognize/entityScan.ts), one loop of ~240 lines that V8 compiled
// four times over corpus-ga, is three functions compiled apart (qualifySpecialName, qualifyEstablishedName, qualifyGenericName),
// and its fund step no longer reads past the text's end (ingest/warm-up.ts has the figures). The graph is unchanged (golden dump
// cmp-identical); these tests pin one case of each of the three functions, and the fund step at the text's end.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/198', date: '2025-12-15' };
const { keys } = oneParagraph({ ctx: GA80, kind: 'operative' });

describe('qualifySpecialName: a fund named by generic words, "established by" its instrument', () => {
  it('A/RES/80/198 OP50 "Encourages contributions to the Special Fund established by the Optional Protocol to the Convention against Torture ...": the Protocol\'s fund', () => {
    const text = 'Encourages contributions to the Special Fund established by the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Special Fund of the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment']);
  });

  it('guard: the fund named at the very end of a paragraph (nothing after it to read) stays the plain "Special Fund"', () => {
    expect(keys('Encourages contributions to the Special Fund', 'Organization:')).toEqual(['Organization:Special Fund']);
  });
});

describe('qualifyEstablishedName: a generic body a pattern named, keyed with the resolution that established it', () => {
  it('"the Commission of Experts established pursuant to resolution 780 (1992)": that resolution\'s commission', () => {
    expect(keys('Takes note of the final report of the Commission of Experts established pursuant to Security Council resolution 780 (1992);', 'Organization:')).toEqual(['Organization:Commission of Experts (S/RES/780(1992))']);
  });
});

describe('qualifyGenericName: a generic body a pattern named, not qualified before, keyed with its owner or the resolution', () => {
  // (since aud51b the Council's organ the gazetteer knows as "Human Rights Council Advisory Committee" takes that name: one node
  // with the texts that print it so, no key qualified with its owner)
  it('"its Advisory Committee" after "the Human Rights Council" (A/RES/80/209 OP25): the Council\'s', () => {
    expect(keys('Notes that the Human Rights Council took note of the research-based progress report of its Advisory Committee;', 'Organization:')).toEqual(['Organization:Human Rights Council', 'Organization:Human Rights Council Advisory Committee']);
  });

  it('guard: "the Advisory Committee" with no owner named is keyed with the resolution, not with a body named elsewhere', () => {
    expect(keys('Welcomes the work of the Advisory Committee;', 'Organization:')).toEqual(['Organization:Advisory Committee (A/RES/80/198)']);
  });
});
