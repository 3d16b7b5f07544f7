// Session-53 attribution residuals aud53g (Second Committee texts read by aud53a: A/RES/78/134, 78/148, 78/156, and the same
// forms across corpus-ga). Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA78_134: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/134', date: '2023-12-19' };

/** one paragraph with one footnote, whose mark closes the first `at` */
function extractWithNote(text: string, at: string, mark: string, note: string, ctx: RecognizeContext, id: string) {
  const offset = text.indexOf(at) + at.length;
  return extractParagraph(
    { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] },
    ctx,
  );
}
const attributionsOf = (x: ReturnType<typeof extractParagraph>): string[] => x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a note citing a text by title and symbol, then "adopted on <day>"', () => {
  it('A/RES/78/134 OP33 note 12: "The Bridgetown Covenant: from inequality ... (TD/541/Add.2), adopted on 7 October 2021": the Covenant ADOPTED_ON that day', () => {
    const OP33 =
      'Recalls the holding of the fifteenth session of the United Nations Conference on Trade and Development, held in Bridgetown from 3 to 7 October 2021, and the adoption of its outcome document, the Bridgetown Covenant; 12';
    const NOTE12 =
      'United Nations Conference on Trade and Development, The Bridgetown Covenant: from inequality and vulnerability to prosperity for all (TD/541/Add.2), adopted on 7 October 2021.';
    const att = attributionsOf(extractWithNote(OP33, 'Covenant;', '12', NOTE12, GA78_134, 'OP33'));
    expect(att).toContain('ADOPTED_ON Framework:Bridgetown Covenant -> Date:2021-10-07');
    expect(att).not.toContain('ADOPTED_ON Document:TD/541/Add.2 -> Date:2021-10-07');
  });

  it('A/RES/78/134 OP21 note 7: "ministerial decision on the TRIPS Agreement (WT/MIN(22)/30), adopted on 17 June 2022": the document, not the TRIPS Agreement', () => {
    const OP21 =
      'Takes note with appreciation of the ministerial decision on the TRIPS Agreement that was adopted at the twelfth Ministerial Conference of the World Trade Organization to authorize the use of the subject matter of a patent required for the production and supply of COVID-19 vaccines without the consent of the right holder to the extent necessary to address the COVID-19 pandemic, in accordance with the provisions of article 31 of the TRIPS Agreement,7 and recognizes that paragraph 8 of the ministerial decision on the TRIPS Agreement (WT/MIN(22)/30) states that members of the World Trade Organization will decide on the extension of the ministerial decision;';
    const NOTE7 = 'See World Trade Organization, ministerial decision on the TRIPS Agreement (WT/MIN(22)/30), adopted on 17 June 2022.';
    const att = attributionsOf(extractWithNote(OP21, 'TRIPS Agreement,', '7', NOTE7, GA78_134, 'OP21'));
    expect(att).toContain('ADOPTED_ON Document:WT/MIN(22)/30 -> Date:2022-06-17');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON Framework:'))).toEqual([]);
  });

  it('A/RES/78/134 OP23 note 9 (79/195 OP26, 80/121 OP30): "... (WT/MIN(22)/29), adopted on 17 June 2022": WT/MIN(22)/29 ADOPTED_ON that day', () => {
    const OP23 =
      'Recalls the decision at the twelfth Ministerial Conference of the World Trade Organization not to impose export restrictions on foodstuffs purchased for non-commercial humanitarian purposes by the World Food Programme; 9';
    const NOTE9 =
      'See World Trade Organization, ministerial decision on World Food Programme food purchases exemption from export prohibitions or restrictions (WT/MIN(22)/29), adopted on 17 June 2022.';
    expect(attributionsOf(extractWithNote(OP23, 'Programme;', '9', NOTE9, GA78_134, 'OP23'))).toContain('ADOPTED_ON Document:WT/MIN(22)/29 -> Date:2022-06-17');
  });

  it('guard: a note citing a document by symbol with no adoption day ("World Trade Organization, document WT/MIN(22)/31.", 78/134 note 8) dates nothing', () => {
    const OP22 = 'Calls for enhancing the capacity of the multilateral trading system, and welcomes the ministerial declaration on the response to the pandemic;8';
    const att = attributionsOf(extractWithNote(OP22, 'pandemic;', '8', 'World Trade Organization, document WT/MIN(22)/31.', GA78_134, 'OP22'));
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: a symbol followed by a day it was not adopted on ("(TD/541/Add.2), issued on 7 October 2021") dates nothing', () => {
    const OP33 = 'Recalls the adoption of the outcome document of the fifteenth session of the Conference; 12';
    const NOTE = 'United Nations Conference on Trade and Development, The Bridgetown Covenant (TD/541/Add.2), issued on 7 October 2021.';
    const att = attributionsOf(extractWithNote(OP33, 'Conference;', '12', NOTE, GA78_134, 'OP33'));
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('"Resolution X, annex" after a framework that names its own sitting: the sitting ADOPTED it, not the resolution', () => {
  const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
  const FFD3 = 'Event:Third International Conference on Financing for Development';

  it('A/RES/78/134 OP16 (79/195 OP18): "the adoption of the Addis Ababa Action Agenda of the Third International Conference ...6" with "6 Resolution 69/313, annex."', () => {
    const OP16 =
      'Reaffirms the commitments made through the adoption of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development6 in, inter alia, international trade as an important action area for sustainable development, and looks forward to the convening of a fourth international conference on financing for development;';
    const att = attributionsOf(extractWithNote(OP16, 'Financing for Development', '6', 'Resolution 69/313, annex.', GA78_134, 'OP16'));
    expect(att).toContain(`ADOPTED ${FFD3} -> ${AAAA}`);
    expect(att).not.toContain(`ADOPTED Resolution:A/RES/69/313 -> ${AAAA}`);
  });

  it('A/RES/78/231 OP1 (79/199 OP1): "since the adoption of the Addis Ababa Action Agenda of the Third International Conference ... 8 and the Sustainable Development Goals"', () => {
    const OP1 =
      'Takes note of the report of the Secretary-General, notes with concern the lack of progress made on financing for development commitments since the adoption of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development 8 and the Sustainable Development Goals, as well as several emerging trends;';
    const att = attributionsOf(extractWithNote(OP1, 'Financing for Development', '8', 'Resolution 69/313, annex.', GA78_134, 'OP1'));
    expect(att).not.toContain(`ADOPTED Resolution:A/RES/69/313 -> ${AAAA}`);
  });

  it('guard: "the adoption of the Addis Ababa Action Agenda,6" (no sitting in its name) with "6 Resolution 69/313, annex.": 69/313 ADOPTED it, as before', () => {
    const text = 'Reaffirms the commitments made through the adoption of the Addis Ababa Action Agenda,6 in, inter alia, international trade;';
    const att = attributionsOf(extractWithNote(text, 'Agenda,', '6', 'Resolution 69/313, annex.', GA78_134, 'OP16'));
    expect(att).toContain(`ADOPTED Resolution:A/RES/69/313 -> ${AAAA}`);
  });
});

describe('a board printed with its owner after " of the " is PART_OF it', () => {
  const TDB = 'Organization:Trade and Development Board';
  const UNCTAD = 'Organization:United Nations Conference on Trade and Development';
  const extract = (text: string, id: string) => extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, GA78_134);

  it('A/RES/78/134 OP1 (79/195 OP1, 80/121 OP1): "the report of the Trade and Development Board of the United Nations Conference on Trade and Development"', () => {
    const OP1 = 'Takes note of the report of the Trade and Development Board of the United Nations Conference on Trade and Development and the report of the Secretary-General;';
    const x = extract(OP1, 'OP1');
    expect(attributionsOf(x)).toContain(`PART_OF ${TDB} -> ${UNCTAD}`);
    // (the owner takes the clause's verb too, as every organ's owner)
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toEqual(expect.arrayContaining([`NOTES ${TDB}`, `NOTES ${UNCTAD}`]));
  });

  it('guard: A/RES/78/138 PP: "adopted by the Trade and Development Board and its subsidiary bodies, Taking note of the United Nations Conference ..." (no " of the " between): no PART_OF', () => {
    const text = 'Taking note of the decisions and agreed conclusions on commodities adopted by the Trade and Development Board and its subsidiary bodies, and of the work of the United Nations Conference on Trade and Development,';
    expect(attributionsOf(extract(text, 'PP5')).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"<framework>, the outcome statement of the <sitting>": the sitting ADOPTED it', () => {
  const GA78_156: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
  const extract = (text: string, ctx: RecognizeContext, id: string) => extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);

  it('A/RES/78/156 OP2: "the Berlin Declaration on Education for Sustainable Development, the outcome statement of the World Conference on Education for Sustainable Development, held from 17 to 19 May 2021"', () => {
    const OP2 =
      'Takes note with appreciation of the Berlin Declaration on Education for Sustainable Development, the outcome statement of the World Conference on Education for Sustainable Development, held from 17 to 19 May 2021 online from Berlin, organized by the United Nations Educational, Scientific and Cultural Organization and the Government of Germany;';
    expect(attributionsOf(extract(OP2, GA78_156, 'OP2'))).toContain(
      'ADOPTED Event:World Conference on Education for Sustainable Development @ 2021 -> Framework:Berlin Declaration on Education for Sustainable Development',
    );
  });

  it('guard: A/RES/79/223: "the Beijing Declaration and Platform for Action, the outcome document of the twenty-third special session of the General Assembly, the declarations ..." (a list going on): no ADOPTED by the special session', () => {
    const GA79_223: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/223', date: '2024-12-17' };
    const text =
      'Calls for the full, effective and accelerated implementation of the Beijing Declaration and Platform for Action, the outcome document of the twenty-third special session of the General Assembly, the declarations adopted by the Commission on the Status of Women;';
    expect(attributionsOf(extract(text, GA79_223, 'OP18')).filter((a) => a.startsWith('ADOPTED Event:') && a.includes('Beijing Declaration'))).toEqual([]);
  });
});
