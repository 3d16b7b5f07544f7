// Misses found by the session-12 audit auda12: a hand audit of A/RES/79/325 (the Scientific Panel and the Global Dialogue
// on artificial intelligence), A/RES/73/8 (pypdf text: the embargo against Cuba), GA decision 80/524 (the speakers at the
// WSIS+20 high-level meeting) and A/80/L.41 (the WSIS+20 outcome document, PP1 to OP40). Each case quotes the file and
// paragraph named; each fix has a guard case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/80/L.41', date: '2025-12-16' };

function extract(text: string, ctx: RecognizeContext = GA, kind: 'preambular' | 'operative' = 'preambular') {
  return extractParagraph({ id: kind === 'preambular' ? 'PP1' : 'OP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx?: RecognizeContext, kind?: 'preambular' | 'operative'): string[] => extract(text, ctx, kind).mentions.map((m) => m.key);
const attributions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const relations = (text: string, ctx?: RecognizeContext, kind?: 'preambular' | 'operative'): string[] =>
  extract(text, ctx, kind).relations.map((r) => `${r.type} ${r.target}`);
const citedDate = (text: string, key: string, ctx?: RecognizeContext): unknown => extract(text, ctx).mentions.find((m) => m.key === key)?.attrs.date;

describe('a citation dated by ", adopted by the General Assembly on <date>"', () => {
  it('A/80/L.41 PP4 (also A/RES/80/173 PP4): resolution 79/277 was adopted on 27 March 2025', () => {
    const text =
      'Recalling resolution 79/277, adopted by the General Assembly on 27 March 2025, in which it established modalities for the 20-year review, to be held in accordance with the rules of procedure of the General Assembly,';
    expect(citedDate(text, 'Resolution:A/RES/79/277')).toBe('2025-03-27');
  });

  it('A/RES/78/187 PP6: the title after the date is still read: resolution 70/1 adopted the 2030 Agenda', () => {
    // (conv42c: a resolution's title states no adoption: no ADOPTED from it)
    const text =
      'Reaffirming further resolution 70/1, adopted by the General Assembly on 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, while taking note of the interconnectedness of the Sustainable Development Goals set in the 2030 Agenda and the rights proclaimed in the Convention on the Rights of the Child,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/187', date: '2023-12-19' };
    expect(citedDate(text, 'Resolution:A/RES/70/1', ctx)).toBe('2015-09-25');
    expect(attributions(text, ctx)).not.toContain('ADOPTED Resolution:A/RES/70/1 -> Framework:2030 Agenda for Sustainable Development');
  });

  it('guard: "adopted by the General Assembly on the recommendation of ..." is no date, and "of <date>" still is one', () => {
    expect(citedDate('Recalling resolution 79/277, adopted by the General Assembly on the recommendation of the Second Committee,', 'Resolution:A/RES/79/277')).toBeUndefined();
    expect(citedDate('Recalling its resolution 70/125 of 16 December 2015,', 'Resolution:A/RES/70/125')).toBe('2015-12-16');
  });
});

describe('pypdf text: a day or a year split by a space', () => {
  // A/RES/73/8 as pypdf extracted it: paragraphs open with an indent; "2 8 October 2004" and "2 011" in PP6
  const lines = [
    '  Resolution adopted by the General Assembly on ',
    '1 November 2018 ',
    ' ',
    ' 73/8. Necessity of ending the economic, commercial and financial ',
    'embargo imposed by the United States of America against Cuba ',
    ' ',
    ' The General Assembly , ',
    ' Determined  to encourage strict compliance with the purposes and principles ',
    'enshrined in the Charter of the United Nations,  ',
    ' Recalling  its resolutions 47/19  of 24 November 1992, 58/7  of 4 November 2003, 59/11  of 2 8 October 2004, 60/12  of 8 November ',
    '2005, 65/6  of 26 October 2010, 66/6  of 25 October 2 011, 67/4  of ',
    '13 November 2012 and 72/4  of 1 November 2017,  ',
    ' 1. Takes note  of the report of the Secretary -General on the implementation of resolution 72/4 ; ',
  ];
  const paragraphs = (text: string): string[] => {
    const src: SourceText = { file: 'A_RES_73_8.pdftext.txt', format: 'pdftext', text };
    return segmentResolutions(cleanText(src), src)[0]!.paragraphs.map((p) => p.text);
  };

  it('A/RES/73/8 PP6: "59/11 of 2 8 October 2004" and "66/6 of 25 October 2 011" are dated 28 October 2004 and 25 October 2011', () => {
    const pp = paragraphs(lines.join('\n')).find((t) => t.startsWith('Recalling'))!;
    expect(pp).toContain('59/11 of 28 October 2004');
    expect(pp).toContain('66/6 of 25 October 2011');
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/8', date: '2018-11-01' };
    const found = extract(pp, ctx).mentions;
    expect(found.find((m) => m.key === 'Resolution:A/RES/59/11')?.attrs.date).toBe('2004-10-28');
    expect(found.find((m) => m.key === 'Resolution:A/RES/66/6')?.attrs.date).toBe('2011-10-25');
    expect(found.map((m) => m.key)).not.toContain('Date:2004-10-08');
  });

  it('guard: whole dates, and digits split elsewhere ("in 2 011 cases", "paragraphs 2 8 and 9"), stay as printed', () => {
    const text = [...lines.slice(0, -1), ' 1. Takes note  of the 2 011 cases reported on 8 November 2005 in paragraphs 2 8 and 9 of the report ; '].join('\n');
    const ps = paragraphs(text);
    expect(ps.find((t) => t.startsWith('Recalling'))).toContain('47/19 of 24 November 1992, 58/7 of 4 November 2003');
    expect(ps.at(-1)).toContain('the 2 011 cases reported on 8 November 2005 in paragraphs 2 8 and 9');
  });
});

describe('the Community of Latin American and Caribbean States', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/8', date: '2018-11-01' };
  it('A/RES/73/8 PP3 (also 79/7, 80/4): an Organization the clause recalls; its "Caribbean" is no Place', () => {
    const text =
      'Recalling the statements of the Heads of State or Government of Latin America and the Caribbean at the Summits of the Community of Latin American and Caribbean States regarding the need to put an end to the economic, commercial and financial embargo imposed against Cuba,';
    const m = mentions(text, ctx);
    expect(m).toContain('Organization:Community of Latin American and Caribbean States');
    expect(m).not.toContain('Place:Caribbean');
    expect(relations(text, ctx)).toContain('RECALLS Organization:Community of Latin American and Caribbean States');
  });

  it('A/RES/79/50 PP32: "the Second Summit of the Community of Latin American and Caribbean States, held in Havana" is named whole', () => {
    const text =
      'Recalling further the proclamation of Latin America and the Caribbean as a Zone of Peace on 29 January 2014 during the Second Summit of the Community of Latin American and Caribbean States, held in Havana on 28 and 29 January 2014,';
    const summit = 'Event:Second Summit of the Community of Latin American and Caribbean States';
    expect(attributions(text, ctx)).toEqual(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect.arrayContaining([`SESSION_OF ${summit} -> Organization:Community of Latin American and Caribbean States`, `HELD_IN ${summit} -> Place:Havana`]),
    );
  });

  it('guard: A/RES/80/76 OP46 "the Latin American and Caribbean States" (the regional group) is not the Community', () => {
    const text =
      'Urges the African States, the Asia-Pacific States, the Eastern European States, the Latin American and Caribbean States and the Western European and other States to nominate their candidates for the offices of Chair of the Scientific and Technical Subcommittee;';
    expect(mentions(text, ctx, 'operative')).not.toContain('Organization:Community of Latin American and Caribbean States');
  });
});

describe('the organizations a decision lists after "the following ... organizations:"', () => {
  const DEC: RecognizeContext = { body: 'General Assembly', symbol: 'A/DEC/80/524', date: '2025-12-16' };
  const text =
    'At its 65th plenary meeting, on 16 December 2025, the General Assembly, on the proposal of its President, decided to invite the representatives of the following United Nations system entities and stakeholder organizations to make a statement at the High-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society: International Telecommunication Union, Office of the High Commissioner for Human Rights, United Nations Educational, Scientific and Cultural Organization, United Nations Conference on Trade and Development, United Nations Development Programme, United Nations Industrial Development Organization, Microsoft, International Committee of the Red Cross, Internet Corporation for Assigned Names and Numbers, Meta, Organisation internationale de la Francophonie, University of Oxford, International Chamber of Commerce, Association for Progressive Communications, CyberPeace, Foundation Cibervoluntarios, Global Partners Digital, African ICT Alliance, International Federation of Library Associations and Institutions, Internet & Jurisdiction Policy Network, HitRecord, Tech Global Institute, Wikimedia, AI for Good Young Leaders, Internet Governance Forum Leadership Panel, WSIS+20 Co-Facilitators’ Informal Multistakeholder Sounding Board, International Federation for Information Processing, Internet Society and IT for Change.';

  it('GA decision 80/524: each listed name no recogniser reads is an Organization the decision names', () => {
    const r = relations(text, DEC, 'operative');
    for (const name of ['Microsoft', 'Meta', 'CyberPeace', 'Global Partners Digital', 'HitRecord', 'Wikimedia', 'IT for Change']) {
      expect(r).toContain(`DECIDES Organization:${name}`);
    }
  });

  it('GA decision 80/524: "Internet & Jurisdiction Policy Network" is one organization, not the words after "&"', () => {
    const m = mentions(text, DEC, 'operative');
    expect(m).toContain('Organization:Internet & Jurisdiction Policy Network');
    expect(m).not.toContain('Initiative:Jurisdiction Policy Network');
  });

  it('GA decision 80/524: "WSIS+20 Co-Facilitators’ Informal Multistakeholder Sounding Board" is one body (no WSIS event inside it)', () => {
    const m = mentions(text, DEC, 'operative');
    expect(m).toContain("Organization:WSIS+20 Co-Facilitators' Informal Multistakeholder Sounding Board");
    // (the summit is named by the high-level meeting's title earlier in the paragraph, aud44c; none inside the board's name)
    const all = extract(text, DEC, 'operative').mentions;
    const board = all.find((x) => x.key === "Organization:WSIS+20 Co-Facilitators' Informal Multistakeholder Sounding Board")!;
    expect(all.some((x) => x.key === 'Event:World Summit on the Information Society' && x.start >= board.start && x.end <= board.end)).toBe(false);
    expect(m).not.toContain('Organization:Informal Multistakeholder Sounding Board');
  });

  it('guard: names read whole stay (no "Internet Society and IT for Change", no "Institutions"), and known ones keep their key', () => {
    const m = mentions(text, DEC, 'operative');
    expect(m).toContain('Organization:Internet Society');
    expect(m).toContain('Organization:International Federation of Library Associations and Institutions');
    expect(m).not.toContain('Organization:Institutions');
    expect(m).not.toContain('Organization:Internet Society and IT for Change');
    expect(m.filter((k) => k.includes('Telecommunication'))).toEqual(['Organization:International Telecommunication Union']);
  });

  it('guard: A/RES/78/128 OP8 "the following officers: two Presidents, ..." and A/RES/79/136 "the following resources ...:" list no organizations', () => {
    const officers =
      'Decides that the Conference shall elect from among the representatives of participating States the following officers: two Presidents, one from Costa Rica and one from France, two ex officio Vice-Presidents from the host countries, and 13 Vice-Presidents,9 one of whom shall be designated as Rapporteur-General;';
    const A78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-07' };
    expect(mentions(officers, A78, 'operative').filter((k) => k.startsWith('Organization:'))).toEqual([]);
    const resources =
      'Encourages Member States to make use of the following resources readily available to Member States that are also member countries of INTERPOL, through their national central bureaux: Notices, Diffusions and Databases;';
    expect(mentions(resources, { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-17' }, 'operative')).not.toContain('Organization:Notices');
  });
});

describe('a resolution whose title names a framework after "The"', () => {
  const R = { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' } satisfies RecognizeContext;
  it('A/RES/79/325 PP1: "its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”" adopted the Pact', () => {
    // (conv42c: a resolution's title states no adoption: no ADOPTED from it)
    const text =
      'Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”, including the annex thereto entitled “Global Digital Compact”, in which the General Assembly decided to establish a multidisciplinary Independent International Scientific Panel on Artificial Intelligence and initiate a Global Dialogue on Artificial Intelligence Governance,';
    expect(attributions(text, R)).not.toContain('ADOPTED Resolution:A/RES/79/1 -> Framework:Pact for the Future');
  });

  it('guard: a title that only begins with the framework’s name ("“The Pact for the Future: one year on”") adopted nothing', () => {
    const text = 'Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future: one year on”,';
    expect(attributions(text, R).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('what an adopting sitting or resolution adopted with its outcome', () => {
  it('A/80/L.41 PP5 (also A/RES/80/173 PP5): "the Fourth International Conference ... and its outcome, the Sevilla Commitment"', () => {
    const text =
      'Recalling also the Fourth International Conference on Financing for Development and its outcome, the Sevilla Commitment, 1 which renews the global framework for financing for development,';
    expect(attributions(text)).toContain('ADOPTED Event:Fourth International Conference on Financing for Development -> Framework:Sevilla Commitment');
  });

  it('A/RES/79/325 PP1: "entitled “The Pact for the Future”, including the annex thereto entitled “Global Digital Compact”"', () => {
    // (conv42c: a resolution's title states no adoption: no ADOPTED from it)
    const text =
      'Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”, including the annex thereto entitled “Global Digital Compact”, in which the General Assembly decided to establish a multidisciplinary Independent International Scientific Panel on Artificial Intelligence,';
    expect(attributions(text, { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' })).not.toContain('ADOPTED Resolution:A/RES/79/1 -> Framework:Global Digital Compact');
  });

  it('guard: "its outcome" of a mention that is no sitting adopted nothing; a framework after other words is not included', () => {
    const text =
      'Recalling the initiative of the Office of the United Nations High Commissioner for Human Rights and its outcome, the Rabat Plan of Action, and its resolution 79/1, entitled “The Pact for the Future”, and the Global Digital Compact,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED') && !a.endsWith('Framework:Pact for the Future'))).toEqual([]);
  });
});

describe('seas and oceans are places', () => {
  const A79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/204', date: '2024-12-19' };
  it('A/RES/79/204 OP1: "the Caribbean Sea" is a Place of its own, not the region "Caribbean"', () => {
    const text =
      'Recognizes that the Caribbean Sea is an area of unique biodiversity and a highly fragile ecosystem that requires relevant regional and international development partners to work together to develop and implement regional initiatives to promote the sustainable conservation and management of coastal and marine resources,';
    const m = mentions(text, A79, 'operative');
    expect(m).toContain('Place:Caribbean Sea');
    expect(m).not.toContain('Place:Caribbean');
  });

  it('A/RES/80/136 OP16: "the Atlantic, Indian Ocean and South China Sea small island developing States": no China in the sea', () => {
    const text =
      'Reiterates the request to the Economic and Social Commission for Asia and the Pacific and the Economic Commission for Africa to establish dedicated small island developing States divisions, within existing resources, to coordinate monitoring, evaluation and reporting for the Atlantic, Indian Ocean and South China Sea small island developing States,';
    const m = mentions(text, { body: 'General Assembly', symbol: 'A/RES/80/136', date: '2025-12-15' }, 'operative');
    expect(m).toEqual(expect.arrayContaining(['Place:Indian Ocean', 'Place:South China Sea']));
    expect(m).not.toContain('Place:China');
  });

  it('guard: A/RES/78/68 OP112 "the Indian Ocean Rim Association" stays the organization (the sea only where it stands alone)', () => {
    const text =
      'Acknowledges the efforts of the Indian Ocean Rim Association member States in developing a guideline to prevent, deter and eliminate illegal, unreported and unregulated fishing in the Indian Ocean, initiated by Indonesia and France,';
    const found = extract(text, { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' }, 'operative').mentions;
    expect(found.map((x) => x.key)).toContain('Organization:Indian Ocean Rim Association');
    expect(found.filter((x) => x.key === 'Place:Indian Ocean').map((x) => x.phrase)).toEqual(['Indian Ocean']);
    expect(found.filter((x) => x.key === 'Place:Indian Ocean').every((x) => x.start > text.indexOf('fishing'))).toBe(true);
  });
});

describe('laws named in resolutions are frameworks', () => {
  const CU: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/4', date: '2025-10-29' };
  it('A/RES/73/8 PP4 (80/4, 79/7, 78/7): "such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”"', () => {
    const text =
      'Concerned about the continued promulgation and application by Member States of laws and regulations, such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”, the extraterritorial effects of which affect the sovereignty of other States,';
    expect(mentions(text, CU)).toContain('Framework:Helms-Burton Act');
  });

  it('A/RES/78/92 PP23: "the registered and eligible voters of Guam endorsed a draft Guam Commonwealth Act"', () => {
    const text =
      'Recalling that, in a referendum held in 1987, the registered and eligible voters of Guam endorsed a draft Guam Commonwealth Act that would establish a new framework for relations between the Territory and the administering Power,';
    expect(relations(text, { body: 'General Assembly', symbol: 'A/RES/78/92', date: '2023-12-06' })).toContain('RECALLS Framework:Guam Commonwealth Act');
  });

  it('A/RES/79/329 PP2: "the Constitutive Act of the African Union" is named whole, as "the Charter of ..." is', () => {
    const text = 'Recalling also the principles of the Constitutive Act of the African Union adopted in 2000 in Lomé,';
    const m = mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-29' });
    expect(m).toContain('Framework:Constitutive Act of the African Union');
    expect(m).not.toContain('Framework:Constitutive Act');
  });

  it('guard: A/RES/78/91 footnote 6 "Act No. 2010-2 of 5 January 2010 concerning ..." is no framework "Act No"', () => {
    const text = 'Act No. 2010-2 of 5 January 2010 concerning the recognition and compensating of victims of nuclear tests.';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/78/91', date: '2023-12-05' }).filter((k) => k.startsWith('Framework:'))).toEqual([]);
  });
});
