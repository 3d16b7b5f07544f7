// Session-40 speed work spd40a (no change to the graph: the golden dump of seeds, corpus and corpus-ga is identical).
// Covered: what the "entities" ingest worker (the pipeline's long pole) does that depends on a text alone.
// Changed: (1) the gazetteer names of each text are now among its TextFacts, read by the "references" worker and sent on
// the wire by their index in GAZETTEER; (2) the entity scan's, attributions' and document links' gates
// `text.includes(PHRASE)` ask textIncludes (ingest/textIncludes.ts), which rules most phrases out with a filter of the
// text's character pairs instead of a pass over it. Each test quotes the paragraph it reads; each has a guard.
import { describe, expect, it } from 'vitest';
import { decodeFileReferences, encodeFileReferences } from '../../ingest/references-wire.js';
import type { FileReferences } from '../../ingest/extract-file.js';
import { extractResolution, extractWithReferences, recognizeReferences } from '../../ingest/extract.js';
import { giveTextFacts, readTextFacts, scanNamedEntities } from '../../ingest/recognize/entityScan.js';
import { GAZETTEER, gazetteerIndexOf } from '../../ingest/gazetteer/index.js';
import { textIncludes } from '../../ingest/textIncludes.js';
import { resolution80140 } from '../helpers/resolution-text.js';

const acrossThreads = (read: FileReferences): FileReferences => decodeFileReferences(structuredClone(encodeFileReferences(read)));

// A/RES/78/132 PP16 and its footnote 9
const PP16 =
  'Taking note of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels, 9';
// A/RES/78/132 PP22
const PP22 =
  'Taking note of the United Nations Development Programme Digital Strategy 2022–2025, which seeks to assist countries, upon their request, in their efforts towards digital transformation through the creation of inclusive and resilient digital ecosystems,';
// A/RES/78/115 PP32
const PP32 =
  'Recalling also that, in the Final Document of the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in Baku on 26 October 2019,9 the Heads of State or Government reiterated the collective position of the Movement of Non-Aligned Countries on combating international terrorism and reaffirmed its previous initiative calling for an international summit conference under the auspices of the United Nations to formulate a joint organized response of the international community to terrorism in all its forms and manifestations, as well as other relevant initiatives,';

describe('the gazetteer names of a text, read by the references worker (TextFacts.hits)', () => {
  const resolution = resolution80140([{ id: 'PP16', kind: 'preambular', text: PP16, footnoteRefs: [{ mark: '9', offset: PP16.length, footnote: { mark: '9', text: 'A/78/62-E/2023/49.' } }], subparagraphs: [] }]);
  const read = (): FileReferences => ({ resolutions: [resolution], references: [recognizeReferences(resolution)], bytes: 0, warnings: [] });

  it('A/RES/78/132 PP16: the names found where words start, each hit given back with the very entry object of GAZETTEER', () => {
    const r = read();
    const hits = r.references[0]!.paragraphs[0]!.body.facts!.hits;
    expect(hits.map((h) => PP16.slice(h.start, h.end))).toEqual(['Secretary-General', 'World Summit on the Information Society']);
    const back = acrossThreads(r).references[0]!.paragraphs[0]!.body.facts!.hits;
    expect(back).toEqual(hits);
    // the same objects, not copies: entries are compared and kept in sets by identity
    for (let k = 0; k < hits.length; k++) expect(back[k]!.entry).toBe(hits[k]!.entry);
    expect(back.every((h) => GAZETTEER[gazetteerIndexOf(h.entry)] === h.entry)).toBe(true);
  });

  it('guard: a hit whose entry is not in GAZETTEER is not sent: the entity scan reads the text itself, and finds the same', () => {
    const r = read();
    const facts = r.references[0]!.paragraphs[0]!.body.facts!;
    facts.hits.push({ entry: { ...facts.hits[0]!.entry }, start: 0, end: 6, acronym: false });
    expect(gazetteerIndexOf(facts.hits.at(-1)!.entry)).toBe(-1);
    const back = acrossThreads(r).references[0]!;
    expect(back.paragraphs[0]!.body.facts).toBeNull();
    expect(extractWithReferences(resolution, back)).toEqual(extractResolution(resolution));
  });

  it('A/RES/78/132 PP22: the scan takes the names from the given facts, not from the text again', () => {
    const facts = readTextFacts(PP22);
    expect(facts.hits.map((h) => h.entry.name)).toEqual(['United Nations Development Programme']);
    giveTextFacts(PP22, { ...facts, hits: [] });
    expect(scanNamedEntities(PP22, { body: 'General Assembly' }).map((m) => m.phrase)).not.toContain('United Nations Development Programme');
  });

  it('guard: A/RES/78/132 PP22 with its own facts given, the scan finds what it finds reading the text itself', () => {
    giveTextFacts(PP22, readTextFacts(PP22));
    const given = scanNamedEntities(PP22, { body: 'General Assembly' }).map((m) => m.phrase);
    expect(given).toEqual(['United Nations Development Programme Digital Strategy 2022–2025', 'United Nations Development Programme']);
    expect(scanNamedEntities(`${PP22} `, { body: 'General Assembly' }).map((m) => m.phrase)).toEqual(given);
  });
});

describe('textIncludes: text.includes, with most phrases ruled out by the text\'s character pairs', () => {
  it('A/RES/78/115 PP32: the gates the entity scan asks of it, present and absent, as text.includes answers', () => {
    const phrases = ['Final Document of the ', 'outcome document of the ', 'Declaration of the Conference', ' adopted at that ', ' held in ', 'adopted in Baku', 'Non-Aligned Countries,', ' summit', 'Summit', 'high-level', '“', '9 the', 'terrorism.', ''];
    expect(phrases.map((p) => textIncludes(PP32, p))).toEqual(phrases.map((p) => PP32.includes(p)));
    expect(textIncludes(PP32, 'Final Document of the ')).toBe(true);
    expect(textIncludes(PP32, 'outcome document of the ')).toBe(false);
  });

  it('never a wrong "no": every span of A/RES/78/132 PP16, PP22 and A/RES/78/115 PP32 (two-byte characters too) is found in its text', () => {
    for (const text of [PP16, PP22, PP32]) {
      for (let start = 0; start < text.length; start += 7) {
        for (const length of [2, 3, 5, 12, 40]) {
          const span = text.slice(start, start + length);
          if (!textIncludes(text, span)) throw new Error(`"${span}" not found in its own text`);
        }
      }
    }
    expect(textIncludes(PP22, '2022–2025, which')).toBe(true);
  });

  it('guard: the answers stay right while more texts are asked about than it keeps filters for (each text filtered again)', () => {
    // ten texts, more than the filters kept: each asked twice in turn, then in reverse
    const texts = [PP16, PP22, PP32, ...Array.from({ length: 7 }, (_, k) => `${PP32.slice(k * 20)} ${k}`)];
    const phrases = ['Secretary-General', 'Digital Strategy', 'Final Document of the ', 'Development Programme', 'auspices of the', 'of Non-Aligned', 'nowhere printed'];
    for (const order of [texts, [...texts].reverse(), texts]) {
      for (const text of order) for (const p of phrases) expect(textIncludes(text, p)).toBe(text.includes(p));
    }
    // a short text is searched as it is
    expect(textIncludes('the Paris Agreement', 'Paris')).toBe(true);
    expect(textIncludes('the Paris Agreement', 'Kyoto')).toBe(false);
  });
});
