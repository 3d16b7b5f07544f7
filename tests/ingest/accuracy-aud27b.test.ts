// Misses found by the session-27 audit aud27b: A/RES/79/153 (female genital mutilation) and A/RES/79/204 (the Caribbean Sea),
// and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractParagraph } from '../../ingest/extract.js';
import { findDates } from '../../ingest/recognize/dates.js';
import type { ParagraphText, RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/204', date: '2024-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const cleaned = (lines: string[]): string => {
  const src: SourceText = { file: 'A_RES_79_204.txt', format: 'text', text: lines.join('\n') };
  return cleanText(src).text;
};

describe('an organ whose mention prints its owner is PART_OF the owner', () => {
  it('A/RES/79/204 OP4: "the work undertaken by the Caribbean Sea Commission of the Association of Caribbean States"', () => {
    const text =
      'Notes the efforts of the Caribbean States and the work undertaken by the Caribbean Sea Commission of the Association of Caribbean States, including the development of their concept of the designation of the Caribbean Sea as a special area in the context of sustainable development, and invites the international community to support such efforts;';
    expect(attributions(text, 'operative', { ...GA })).toContain('PART_OF Organization:Caribbean Sea Commission -> Organization:Association of Caribbean States');
    // (the owner printed at the end of the organ's name is the clause's target too: aud41f/aud44d gold, aud46c)
    expect(relations(text, 'operative', { ...GA })).toEqual(['NOTES Organization:Caribbean Sea Commission', 'NOTES Organization:Association of Caribbean States']);
  });

  it('A/RES/79/204 PP10: "the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat"', () => {
    const text =
      'Welcoming the adoption in June 2023 of the Agreement, and noting with appreciation the efforts of the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat to promote a better understanding of the Agreement,';
    expect(attributions(text, 'preambular', { ...GA })).toContain('PART_OF Organization:Division for Ocean Affairs and the Law of the Sea -> Organization:Office of Legal Affairs');
  });

  it('A/RES/78/198 PP7: "the Council of the Food and Agriculture Organization of the United Nations" (an organ keyed with its owner)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/198', date: '2023-12-19' };
    const text = 'Welcoming the endorsement by the Council of the Food and Agriculture Organization of the United Nations of the guidelines,';
    expect(attributions(text, 'preambular', ctx)).toContain(
      'PART_OF Organization:Council of the Food and Agriculture Organization of the United Nations -> Organization:Food and Agriculture Organization of the United Nations',
    );
  });

  it('guard: a body named in an organ\'s topic is not its owner ("the Working Group on the Financing of the United Nations Relief and Works Agency ...", A/RES/78/73 OP11)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-07' };
    const text =
      'Commends the Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East for its efforts to assist in ensuring the financial security of the Agency;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "the Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament" (A/RES/79/44 OP1) is no organ of the Assembly by its topic', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/44', date: '2024-12-02' };
    const text = 'Welcomes the adoption by consensus of the report of the Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a range of days printed with the minus sign', () => {
  it('A/RES/79/204 note 6: "Port Louis, Mauritius, 10−14 January 2005" reads as "10–14 January 2005"', () => {
    const text = cleaned(['6 Report of the International Meeting, Port Louis, Mauritius, ', '10−14 January 2005 (United Nations publication), chap. I.']);
    expect(text).toContain('10–14 January 2005');
    expect(findDates(text).map((m) => m.key)).toEqual(['Date:2005-01-10', 'Date:2005-01-14']);
  });

  it('guard: a minus sign between words stays ("a − b")', () => {
    expect(cleaned(['the difference a − b is small'])).toContain('a − b');
  });
});

describe('"at its resumed fifth and sixth sessions": both sessions of the body', () => {
  it('A/RES/79/204 PP31: "the decisions taken by the United Nations Environment Assembly at its resumed fifth and sixth sessions"', () => {
    const text =
      'Recalling the decisions taken by the United Nations Environment Assembly at its resumed fifth and sixth sessions to strengthen global action on the sound management of chemicals and waste and to prevent pollution,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual(['Event:fifth session of the United Nations Environment Assembly', 'Event:sixth session of the United Nations Environment Assembly']);
    expect(relations(text, 'preambular', { ...GA })).toContain('RECALLS Event:fifth session of the United Nations Environment Assembly');
  });

  it('guard: "at its resumed fifth session" stays one session (A/RES/79/204 PP28)', () => {
    const text = 'Welcoming the decision by the United Nations Environment Assembly at its resumed fifth session to convene a committee,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual(['Event:fifth session of the United Nations Environment Assembly']);
  });
});

describe('"the Declaration and review document adopted by ..." is not the declaration named last', () => {
  it('A/RES/79/204 PP4 after PP3: "the Declaration and review document adopted by the General Assembly at its twenty-second special session"', () => {
    const ctx: RecognizeContext = { ...GA };
    extract('Recalling also the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030,', 'preambular', ctx);
    const text = 'Recalling further the Declaration and review document adopted by the General Assembly at its twenty-second special session,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([]);
  });

  it('guard: "the Declaration and to carry out the actions approved by the General Assembly" (A/RES/79/114 OP8) is still the declaration named before', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/79/114' };
    extract('Recalling its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples,', 'preambular', ctx);
    const text = 'Requests the Special Committee to seek suitable means for the immediate and full implementation of the Declaration and to carry out the actions approved by the General Assembly;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual(['Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples']);
  });

  it('guard: "the Declaration and Programme of Action" printed alone is still the one named before (A/RES/79/321)', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/79/321' };
    extract('Recalling the Declaration and Programme of Action on a Culture of Peace,', 'preambular', ctx);
    const text = 'Recalling also the Declaration and Programme of Action, which serve as the universal mandate,';
    expect([...new Set(keys(text, 'Framework:', 'preambular', ctx))]).toEqual(['Framework:Declaration and Programme of Action on a Culture of Peace']);
  });
});

describe('a footnote mark between a resolution\'s number and its day', () => {
  it('A/RES/79/204 PP31: "United Nations Environment Assembly resolutions 5/7 27 and 5/8 28 of 2 March 2022": 5/8 is dated', () => {
    const text =
      'Recalling the decisions taken by the United Nations Environment Assembly, in line with United Nations Environment Assembly resolutions 5/7 27 and 5/8 28 of 2 March 2022 and resolution 6/929 of 1 March 2024,';
    const dated = extract(text, 'preambular', { ...GA }).mentions.filter((m) => m.kind === 'Resolution').map((m) => `${m.key} ${String(m.attrs.date)}`);
    expect(dated).toContain('Resolution:United Nations Environment Assembly resolution 5/8 2022-03-02');
    expect(dated).toContain('Resolution:United Nations Environment Assembly resolution 6/9 2024-03-01');
  });

  it('guard: a footnote mark then "of" and no day dates nothing ("resolution 5/14 26 of the United Nations Environment Assembly")', () => {
    const text = 'Welcoming resolution 5/14 26 of the United Nations Environment Assembly, entitled “End plastic pollution”,';
    const dated = extract(text, 'preambular', { ...GA }).mentions.filter((m) => m.kind === 'Resolution').map((m) => String(m.attrs.date));
    expect(dated).toEqual(['undefined']);
  });
});

describe('a programme named with its subtitle, then " of the <bodies>": they lead it', () => {
  const FGM: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/153', date: '2024-12-17' };
  const JP = 'Initiative:Joint Programme on the Elimination of Female Genital Mutilation';

  it('A/RES/79/153 PP19: "the Joint Programme on the Elimination of Female Genital Mutilation: Delivering the Global Promise to End Female Genital Mutilation by 2030 of the United Nations Population Fund and the United Nations Children\'s Fund"', () => {
    const text =
      'Welcoming the efforts of the United Nations system to end female genital mutilation, and taking note with appreciation of the Joint Programme on the Elimination of Female Genital Mutilation: Delivering the Global Promise to End Female Genital Mutilation by 2030 of the United Nations Population Fund and the United Nations Children’s Fund, to accelerate the elimination of the practice,';
    const atts = attributions(text, 'preambular', { ...FGM });
    expect(atts).toContain(`LEADS Organization:United Nations Population Fund -> ${JP}`);
    expect(atts).toContain(`LEADS Organization:United Nations Children's Fund -> ${JP}`);
  });

  it('guard: a programme named without "of the" after its subtitle leads to no one ("...: Delivering the Global Promise, with the United Nations Population Fund")', () => {
    const text =
      'Takes note of the Joint Programme on the Elimination of Female Genital Mutilation: Delivering the Global Promise, with the United Nations Population Fund;';
    expect(attributions(text, 'operative', { ...FGM }).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('MARPOL\'s protocols: "as modified by the Protocol of 1978 relating thereto", "the Protocol of 1997 (...) to the Convention"', () => {
  const MARPOL = 'Framework:International Convention for the Prevention of Pollution from Ships';

  it('A/RES/79/204 OP15: "... Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto" names the convention only', () => {
    const text =
      'Reaffirms, in this regard, its support for the Special Area designation for the wider Caribbean region under annex V to the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto,30 which entered into force in May 2011;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual([MARPOL]);
  });

  it('A/RES/78/68 OP243: the modifying protocol is not the protocol named last (the Cape Town Agreement\'s Torremolinos Protocol)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
    extract('Encourages States to ratify the Cape Town Agreement of 2012 on the Implementation of the Provisions of the Torremolinos Protocol;', 'operative', ctx);
    const text =
      'Recalls annex V to the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto, in which it is stated, inter alia, that the accidental loss of fishing gear poses a threat;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([MARPOL]);
  });

  it('A/RES/80/110 OP226: "the Protocol of 1997 (annex VI – ...) to the International Convention ..." and "that Protocol" are that convention\'s protocol, not the Kyoto Protocol', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' };
    extract('Recalls the Kyoto Protocol;', 'operative', ctx);
    const text =
      'Also notes that the global limit of 0.50 per cent on sulphur in fuel oil under annex VI to the International Convention for the Prevention of Pollution from Ships entered into force on 1 January 2020, encourages States that have not yet done so to become Parties to the Protocol of 1997 (annex VI – Regulations for the Prevention of Air Pollution from Ships) to the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto, as amended, and encourages the effective implementation of that Protocol;';
    const rels = relations(text, 'operative', ctx);
    expect(rels).toContain(`ENCOURAGES Framework:Protocol of 1997 to the International Convention for the Prevention of Pollution from Ships`);
    expect(rels.filter((r) => r.includes('Kyoto'))).toEqual([]);
  });

  it('guard: "the 1967 Protocol thereto" after the refugee convention keeps its key (A/RES/80/187 OP5)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/187', date: '2025-12-15' };
    const text = 'Calls upon States to accede to the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual(['Framework:Convention relating to the Status of Refugees', 'Framework:Protocol relating to the Status of Refugees']);
  });
});

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const attributionsOf = (p: ParagraphText, ctx: RecognizeContext): string[] => extractParagraph(p, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a footnote citing two annexes of one resolution: it adopted both frameworks', () => {
  it('A/RES/79/204 PP3: "the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030,13" with "13 Resolution 69/283, annexes I and II."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const p = para('PP3', 'Recalling also the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030,13', [['13', 'Resolution 69/283, annexes I and II.']]);
    const atts = attributionsOf(p, { ...GA });
    expect(atts).not.toContain('ADOPTED Resolution:A/RES/69/283 -> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
    expect(atts).not.toContain('ADOPTED Resolution:A/RES/69/283 -> Framework:Sendai Declaration');
  });

  it('guard: one annex adopts only the framework before the mark (A/RES/80/111 OP3, "3 Resolution 69/283, annex II.")', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const p = para('PP3', 'Recalling also the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030,3', [['3', 'Resolution 69/283, annex II.']]);
    const atts = attributionsOf(p, { ...GA }).filter((a) => a.startsWith('ADOPTED'));
    expect(atts).toEqual([]);
  });
});
