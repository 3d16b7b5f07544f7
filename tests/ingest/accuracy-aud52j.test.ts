// Misses found by the session-52 hand audit aud52j (gold set aud52j: A/RES/79/91, Israeli settlements, Fourth Committee;
// A/RES/80/162, the United Nations Convention on Negotiable Cargo Documents, Sixth Committee; A/RES/78/239, nuclear disarmament
// verification, First Committee). Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA78_239: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/239', date: '2023-12-22' };
const GA79_136: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-04' };
const GA80_117: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/117', date: '2025-12-15' };
const GA79_91: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/91', date: '2024-12-04' };

function extract(text: string, ctx: RecognizeContext, id = 'PP1') {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const dates = (text: string, ctx: RecognizeContext, id?: string): string[] =>
  extract(text, ctx, id).mentions.filter((m) => m.kind === 'Date').map((m) => m.key);
const attributions = (text: string, ctx: RecognizeContext, id?: string): string[] =>
  extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('the year of a text or act named by no name of its own, after "of", is a date the paragraph states', () => {
  it('A/RES/78/239 PP1: "the general principles of verification set forth in the United Nations Disarmament Commission principles of verification of 1988"', () => {
    const text =
      'Recalling the Final Document of the Tenth Special Session of the General Assembly, the first special session devoted to disarmament, in particular the paragraphs relevant to verification, and the general principles of verification set forth in the United Nations Disarmament Commission principles of verification of 1988,';
    expect(dates(text, GA78_239)).toContain('Date:1988');
  });

  it('A/RES/79/136 PP2: "Recalling also the cooperation agreement of 1997 between the United Nations and INTERPOL"', () => {
    const text = 'Recalling also the cooperation agreement of 1997 between the United Nations and INTERPOL and all other relevant cooperation agreements between them,';
    expect(dates(text, GA79_136, 'PP2')).toEqual(['Date:1997']);
  });

  it('guard: an instrument\'s year stays its ADOPTED_ON, no date (A/RES/79/91 PP7 "the Hague Convention IV of 1907"; 80/117 annex OP26 "the Declaration of Astana on primary health care of 2018")', () => {
    const hague =
      'Reaffirming the applicability of the Regulations annexed to the Hague Convention IV of 1907, the Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949, to the Occupied Palestinian Territory,';
    expect(dates(hague, GA79_91, 'PP7')).toEqual(['Date:1949-08-12']);
    expect(attributions(hague, GA79_91, 'PP7')).toContain('ADOPTED_ON Framework:Hague Convention IV -> Date:1907');
    const astana =
      'We reaffirm the importance of primary health care, as was declared in the Declaration of Alma-Ata of 1978 and the Declaration of Astana on primary health care of 2018, and further reaffirm the importance of health systems,';
    expect(dates(astana, GA80_117, 'OP26')).toEqual([]);
  });

  it('A/RES/79/60 PP5, 78/256 OP4: "the atomic bombings of 1945", "the contributions payable by the Member State in respect of 2024"', () => {
    expect(dates('Bearing in mind the suffering of the victims (hibakusha) experienced as a result of the atomic bombings of 1945,', GA79_91, 'PP5')).toEqual(['Date:1945']);
    expect(dates('Decides that the amount shall be set off against the contributions payable by the Member State in respect of 2024;', GA79_91, 'OP4')).toEqual(['Date:2024']);
  });

  it('guard: a lower-case instrument head keeps its year no date (A/RES/78/4 "the political declaration of 2019 to progressively provide ...", 79/35 OP29 "the action plan of 2022"), nor a name\'s year ("the Sustainable Development Goals deadline of 2030" is a date, 78/290 OP6)', () => {
    expect(dates('Recalling the commitment made in the political declaration of 2019 to progressively provide 1 billion additional people with access to quality essential health services,', GA80_117, 'PP3')).toEqual([]);
    expect(dates('Welcomes the outcomes of the first and second Meetings of States Parties to the Treaty, including the action plan of 2022;', GA80_117, 'OP29')).toEqual([]);
    expect(dates('especially beyond the current Sustainable Development Goals deadline of 2030;', GA80_117, 'OP6')).toEqual(['Date:2030']);
  });

  it('guard: not after "thereto", nor after a capitalised word a name the gazetteer lacks may end with ("the Protocol of 1978 relating thereto", A/RES/78/68)', () => {
    expect(dates('Recalling the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 1977,', GA79_91, 'PP2')).toEqual(['Date:1949-08-12']);
    expect(dates('Recalling the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto,', GA79_91, 'PP2')).not.toContain('Date:1978');
  });
});
