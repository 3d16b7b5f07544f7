// Misses found by the session-34 audit aud34b (A/RES/80/93, 80/97, 80/83, 79/92, 79/95): a document cited by its symbol
// only in a clause whose verb has no relation ("Having considered/examined the report ...,1", "Conscious of ... the plan
// of action ...,4" with "4 A/56/61, annex.") had no edge from the citing resolution: the citation was lost, as a
// resolution's was before aud15e. It CITES it now, once per resolution, and only when no typed clause relates to it.
// And the report a body's name footnotes after the year it covers ("the report of the Special Committee ... for 2025,1")
// had no author: it is the body's.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { extractWithNotes, gaResolution, markedParagraph, type Note } from '../helpers/footnoted-paragraph.js';

const para = markedParagraph;
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => gaResolution(symbol, '2025-12-05', paragraphs);
/** every edge from the resolution to a document, as "<paragraph> <type> <target>" */
const documentEdges = (r: ResolutionText): string[] =>
  extractResolution(r)
    .paragraphs.flatMap((p) => p.relations.map((x) => `${p.paragraph.id} ${x.type} ${x.target}`))
    .filter((x) => x.includes(' Document:'));

const HAVING_CONSIDERED_80_96 =
  'Having considered the question of the Falkland Islands (Malvinas) and examined the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2025,1';
const OR_A_80_23: [string, string] = ['1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).'];
const CONSCIOUS_80_93 =
  'Conscious of the importance of continuing the effective implementation of the Declaration, taking into account the target set by the United Nations to eradicate colonialism by 2030 and the plan of action for the International Decades for the Eradication of Colonialism,4';
const HAVING_EXAMINED_80_93 = 'Having examined the report of the visiting mission,7';
const REITERATING_80_97 = 'Reiterating its endorsement of the report, conclusions and recommendations of the visiting mission,7';

describe('a document cited by its symbol only where no verb clause types it', () => {
  it('A/RES/80/93 PP5: "Conscious of ... the plan of action for the International Decades for the Eradication of Colonialism,4" (4 A/56/61, annex.)', () => {
    // (aud41k: "taking into account" after the stance with no object is a typed clause of its own, which takes the footnoted
    // plan of action's symbol; the CITES fallback stays for "Having considered/examined" below)
    expect(documentEdges(resolution('A/RES/80/93', [para('PP5', CONSCIOUS_80_93, [['4', 'A/56/61, annex.']])]))).toEqual(['PP5 TAKES_INTO_ACCOUNT Document:A/56/61']);
  });

  it('A/RES/80/93 PP21: "Having examined the report of the visiting mission,7" (7 A/AC.109/2025/20.)', () => {
    expect(documentEdges(resolution('A/RES/80/93', [para('PP21', HAVING_EXAMINED_80_93, [['7', 'A/AC.109/2025/20.']])]))).toEqual([
      'PP21 CITES Document:A/AC.109/2025/20',
    ]);
  });

  it('A/RES/80/96 PP1: "Having considered ... and examined the report of the Special Committee ... for 2025,1" (the Official Records supplement)', () => {
    expect(documentEdges(resolution('A/RES/80/96', [para('PP1', HAVING_CONSIDERED_80_96, [OR_A_80_23])]))).toEqual(['PP1 CITES Document:A/80/23']);
  });

  it('guard, A/RES/80/97 PP27: a typed clause elsewhere in the resolution ("Reiterating its endorsement of the report ...,7") is the citation: no CITES', () => {
    const r = resolution('A/RES/80/97', [
      para('PP21', HAVING_EXAMINED_80_93, [['7', 'A/AC.109/2020/20.']]),
      para('PP27', REITERATING_80_97, [['7', 'A/AC.109/2020/20.']]),
    ]);
    expect(documentEdges(r)).toEqual(['PP27 REITERATES Document:A/AC.109/2020/20']);
  });

  it('guard, A/RES/80/83 OP1: a typed clause keeps its own verb ("Takes note of the report of the Secretary-General ...;3"): NOTES, not CITES', () => {
    const text = 'Takes note of the report of the Secretary-General submitted pursuant to resolution 79/92;3';
    expect(documentEdges(resolution('A/RES/80/83', [para('OP1', text, [['3', 'A/80/322.']])]))).toEqual(['OP1 NOTES Document:A/80/322']);
  });

  it('guard: a report named only by its words, no symbol ("Having considered the report of the Secretary-General on the financing ..."): no citation to draw', () => {
    const text = 'Having considered the report of the Secretary-General on the financing of the United Nations Interim Force in Lebanon and the related report of the Advisory Committee on Administrative and Budgetary Questions,';
    expect(documentEdges(resolution('A/RES/80/300', [para('PP1', text)])).filter((x) => x.includes(' CITES '))).toEqual([]);
  });

  it('guard: a resolution is still cited as before ("Bearing in mind" + resolution 1514 (XV))', () => {
    const r = extractResolution(resolution('A/RES/79/95', [para('PP8', 'Bearing in mind its resolution 1514 (XV) of 14 December 1960,')]));
    expect(r.paragraphs.flatMap((p) => p.relations.map((x) => `${x.type} ${x.target}`))).toEqual(['CITES Resolution:A/RES/1514(XV)']);
  });
});

/** The Document mentions of one paragraph (body and footnotes) as 'key author' ('-' for none). */
function documents(id: string, text: string, notes: Note[], ctx: RecognizeContext): string[] {
  const x = extractWithNotes(id, text, notes, { ...ctx });
  return x.mentions.filter((m) => m.kind === 'Document').map((m) => `${m.key} ${typeof m.attrs.author === 'string' ? m.attrs.author : '-'}`);
}
const SPECIAL_COMMITTEE = 'Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
const GA80_97: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/97', date: '2025-12-05' };
const PP1_80_97 = `Having considered the question of Montserrat and examined the report of the ${SPECIAL_COMMITTEE} for 2025,1`;

describe('"the report of <body> for <year>,<mark>": the footnoted report is the body\'s', () => {
  it('A/RES/80/97 PP1: "examined the report of the Special Committee on the Situation ... for 2025,1" (the Official Records supplement A/80/23)', () => {
    expect(documents('PP1', PP1_80_97, [{ after: '2025,1', ...noteOf(OR_A_80_23) }], GA80_97)).toEqual([`Document:A/80/23 ${SPECIAL_COMMITTEE}`]);
  });

  it('A/RES/79/4 PP1: "Having received the report of the International Atomic Energy Agency for 2023,1" (1 See A/79/266.)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/4', date: '2024-11-04' };
    const text = 'Having received the report of the International Atomic Energy Agency for 2023,1';
    expect(documents('PP1', text, [{ after: '2023,1', mark: '1', text: 'See A/79/266.' }], ctx)).toEqual(['Document:A/79/266 International Atomic Energy Agency']);
  });

  it('A/RES/79/248 PP: "Having considered the report of the Committee on Conferences for 2024 1 and the relevant report of the Secretary-General,2"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/248', date: '2024-12-24' };
    const text = 'Having considered the report of the Committee on Conferences for 2024 1 and the relevant report of the Secretary-General,2';
    const notes: Note[] = [
      { after: '2024 1', mark: '1', text: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 32 (A/79/32).' },
      { after: 'Secretary-General,2', mark: '2', text: 'A/79/87.' },
    ];
    expect(documents('PP4', text, notes, ctx)).toEqual(['Document:A/79/32 Committee on Conferences', 'Document:A/79/87 Secretary-General']);
  });

  it('guard: more words after the year before the mark ("... for 2025 and the working paper prepared by the Secretariat,1"): the note is not the body\'s', () => {
    const text = PP1_80_97.replace('for 2025,1', 'for 2025 and the working paper prepared by the Secretariat,1');
    expect(documents('PP1', text, [{ after: 'Secretariat,1', ...noteOf(OR_A_80_23) }], GA80_97)).not.toContain(`Document:A/80/23 ${SPECIAL_COMMITTEE}`);
  });
});

function noteOf([mark, text]: [string, string]): { mark: string; text: string } {
  return { mark, text };
}
