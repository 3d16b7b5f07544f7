// Session-38 speed round spd38a: ten reads past a string's end (charCodeAt at the length or at -1: NaN, false in every test it
// met) each threw away a function's compiled code the first time a file took them: V8 compiles such a read for in-bounds
// indexes and deopts on the first other one (--trace-deopt over all of corpus-ga, one thread: verbRelations, cleanInline, matchAt,
// withoutPlacesInsideNames, shortFormCandidates, treatySeriesPublisher, liftTrailingFootnotes, capitalListEnd, symbolMentions,
// adoptedByFootnotedResolution; bench:instructions has the figures). Each read now tests its bound first, so the results are
// the same (golden dump cmp-identical). These tests pin the reads where the bound matters: the case the character test is for,
// and the same words at the text's end or start, where the read used to fall outside the text.
// Also: the entities worker's warm-up sample (ingest/warm-up.ts ENTITIES_OPERATIVE OP16) takes four rare splits of
// chunkSegments that corpus-ga met only after the function was compiled (each a deopt and a compile again: 5 compiles, now 2).
// And the relations extract.ts adds after verbRelations (sharedModifierRelations, pronounAddressees, the named addressee of a
// declaration) are objects of verbRelations' one literal, footnote included: planRelations (graph/plan.ts) deopted on the other map.
import { describe, expect, it } from 'vitest';
import { cleanInline, cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution } from '../../ingest/extract.js';
import { ENTITIES_SAMPLE } from '../../ingest/warm-up.js';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/34', date: '2025-12-01' };
const { keys } = oneParagraph({ ctx: GA80, kind: 'preambular' });

describe('symbolMentions: " and Add.1" after a document symbol (documents.ts)', () => {
  it('"the report of the Secretary-General A/79/123 and Add.1": the report and its addendum', () => {
    expect(findDocumentRefs('Taking note of the report of the Secretary-General A/79/123 and Add.1 and Corr.1,').map((m) => m.key)).toEqual(['Document:A/79/123', 'Document:A/79/123/Add.1']);
  });

  it('guard: the symbol at the very end of the text (nothing after it to read): the report alone', () => {
    expect(findDocumentRefs('Taking note of the report of the Secretary-General, A/79/123').map((m) => m.key)).toEqual(['Document:A/79/123']);
  });
});

describe('treatySeriesPublisher: "League of Nations, Treaty Series" is a publication (entityScan.ts)', () => {
  it('A/RES/80/34 PP4 fn1 "signed at Geneva on 17 June 1925, League of Nations, Treaty Series, vol. XCIV, No. 2138": no League of Nations', () => {
    const text =
      'Recalling the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, signed at Geneva on 17 June 1925, League of Nations, Treaty Series, vol. XCIV, No. 2138,';
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  it('guard: "the League of Nations" ending the text (no comma after it to read) is the body', () => {
    expect(keys('Noting the role of the League of Nations', 'Organization:')).toEqual(['Organization:League of Nations']);
  });
});

describe('matchAt: an acronym before a hyphen and a capital heads another name (gazetteer/index.ts)', () => {
  it('"the AU-PATTEC initiative": not the African Union', () => {
    expect(keys('Welcomes the AU-PATTEC initiative', 'Organization:', 'operative')).toEqual([]);
  });

  it('guard: "the AU" ending the text (nothing after the acronym to read) is the African Union', () => {
    expect(keys('Welcomes the cooperation between the United Nations and the AU', 'Organization:', 'operative')).toEqual(['Organization:United Nations', 'Organization:African Union']);
  });
});

describe('cleanInline: an opening verb printed letter-spaced (clean.ts)', () => {
  it('A/RES/79/172 OP45 "45. I n v i t e s relevant special procedure mandate holders": the verb joined', () => {
    expect(cleanInline('45. I n v i t e s relevant special procedure mandate holders', false)).toBe('45. Invites relevant special procedure mandate holders');
  });

  it('guard: a text whose first space is two characters before its end ("I n") is left as it is', () => {
    expect(cleanInline('I n', false)).toBe('I n');
  });
});

describe('capitalListEnd: a list of single capitalised words (capitalChunks.ts)', () => {
  it('guard: "UNESCO, UNICEF and Member States" opening the text (no character before the first word) names the two bodies', () => {
    expect(keys('UNESCO, UNICEF and Member States are invited to cooperate;', 'Organization:', 'operative')).toEqual([
      'Organization:United Nations Educational, Scientific and Cultural Organization',
      "Organization:United Nations Children's Fund",
    ]);
  });
});

describe("chunkSegments' rarer splits in the entities worker's warm-up sample (warm-up.ts)", () => {
  const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
  const sampleKeys = (): string[] =>
    extractResolution(resolution!).paragraphs.find((p) => p.paragraph.text.startsWith('Takes note of the reports of the Secretary-General on the United Nations'))?.mentions.map((m) => m.key) ?? [];

  it('"from the Ottawa Charter for Health Promotion to the Bangkok Charter ..." (A/RES/79/287 PP26\'s words): two instruments, the range split', () => {
    expect(sampleKeys()).toEqual(expect.arrayContaining(['Framework:Ottawa Charter for Health Promotion', 'Framework:Bangkok Charter for Health Promotion in a Globalized World']));
  });

  it('"the adoption by the Marine Environment Protection Committee of the 2025 Action Plan ..." (A/RES/80/110 OP214\'s words): the body and its plan', () => {
    expect(sampleKeys()).toEqual(expect.arrayContaining(['Organization:Marine Environment Protection Committee', 'Framework:Action Plan to Address Marine Plastic Litter from Ships']));
  });

  it('"the reports of the Secretary-General on the United Nations Regional Centre ..." and "the Office of the High Representative and United Nations country teams": the author and the centre apart, the office without the modifier', () => {
    const keys = sampleKeys();
    expect(keys).toEqual(expect.arrayContaining(['Organization:Secretary-General of the United Nations', 'Organization:United Nations Regional Centre for Peace and Disarmament in Africa', 'Organization:Office of the High Representative']));
    expect(keys.filter((k) => k.startsWith('Organization:United Nations') && !k.includes('Regional Centre'))).toEqual([]);
  });
});

describe("relations added after verbRelations: verbRelations' literal, footnote included (extract.ts)", () => {
  const { extract } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/231', date: '2025-12-22' }, kind: 'operative' });
  const FIELDS = ['type', 'target', 'clause', 'verb', 'phrase', 'start', 'end', 'footnote'];
  const fieldsOf = (text: string): string[] => extract(text).relations.map((r) => `${r.type} ${Object.keys(r).join(',')}`);

  it('A/RES/80/231 OP1 "Takes note of the audit opinions and findings, and endorses the recommendations, contained in the reports of the Board of Auditors": the shared NOTES has every field', () => {
    const text = 'Takes note of the audit opinions and findings, and endorses the recommendations, contained in the reports of the Board of Auditors;';
    expect(fieldsOf(text)).toEqual([`ENDORSES ${FIELDS.join(',')}`, `NOTES ${FIELDS.join(',')}`]);
  });

  it('"Expresses its satisfaction to the Secretary-General ..., and requests him to continue": the pronoun\'s REQUESTS has every field', () => {
    const text = 'Expresses its satisfaction to the Secretary-General for his support to the Committee, and requests him to continue to provide the necessary assistance;';
    expect(fieldsOf(text)).toEqual([`EXPRESSES ${FIELDS.join(',')}`, `REQUESTS ${FIELDS.join(',')}`]);
  });
});
