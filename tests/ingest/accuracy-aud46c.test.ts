// Session-46 audit aud46c: the human-rights / social family annotated like the scorer, then compared (gold in
// /tmp/lead/aud46c-gold: A/RES/78/204 "National human rights institutions", 58 paragraphs; 79/88 "Assistance to Palestine
// refugees", 17; 78/288 "Twenty-fifth anniversary of the International Day for the Elimination of Violence against Women", 15).
// Fixed: the owner printed at the end of an organ's name the gazetteer holds whole ("the recommendations of the Subcommittee on
// Accreditation of the Global Alliance of National Human Rights Institutions", 78/204 OP22; "the General Conference of the
// International Atomic Energy Agency", "the Bureau of the Third Committee") is a verb target of the organ's clause, as one the scan
// reads apart already is (aud41f, aud44d gold); the day printed with a text's adoption ("the Declaration on the Elimination of
// Violence against Women, adopted on 20 December 1993,6" with "6 Resolution 48/104.", 78/288 PP4) dates the footnoted resolution
// that adopted it; the Advisory Commission of UNRWA (79/88 OP6, "of the Agency" in 78/73, 80/77) is one body, not one per
// resolution; the three regional networks of national human rights institutions listed with the Asia-Pacific Forum (78/204 PP21,
// 80/214) are organizations, as the Forum is. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import { dayInAssemblySession } from '../../ingest/keys.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_204: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/204', date: '2023-12-19' };
const GA79_88: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/88', date: '2024-12-04' };
const GA78_73: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-05' };
const GA79_332: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/332', date: '2024-09-03' };
const GA79_331: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2024-09-03' };
const GA78_288: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/288', date: '2024-06-07' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA78_204, kind: 'operative' });

const GANHRI = 'Organization:Global Alliance of National Human Rights Institutions';
const SUBCOMMITTEE = 'Organization:Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions';
const UNRWA = 'Organization:United Nations Relief and Works Agency for Palestine Refugees in the Near East';
const ADVISORY = 'Organization:Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East';
const SCO = 'Organization:Shanghai Cooperation Organization';

/** One paragraph with one footnote whose mark closes `at`: the mentions read from the paragraph and its note. */
function footnotedMentions(id: string, text: string, mark: string, at: string, footnote: string, ctx: RecognizeContext) {
  const offset = text.indexOf(at) + at.length - mark.length;
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] }, ctx).mentions;
}

describe('the owner printed at the end of an organ\'s name is a target of the organ\'s clause', () => {
  it('A/RES/78/204 OP22: "calls upon Member States ... to follow up on the recommendations of the Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions": CALLS_UPON the Subcommittee and the Alliance, PART_OF', () => {
    const text =
      'Welcomes the important role played by the Global Alliance of National Human Rights Institutions, in close cooperation with the Office of the High Commissioner, in assisting, when requested, in the establishment of, and in strengthening the compliance of, national human rights institutions with the Paris Principles, and calls upon Member States and other stakeholders, including United Nations agencies, to follow up on the recommendations of the Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions, with a view to enabling national human rights institutions to fully comply with the Paris Principles in both law and practice;';
    const rel = relations(text);
    expect(rel).toContain(`CALLS_UPON ${SUBCOMMITTEE}`);
    expect(rel).toContain(`CALLS_UPON ${GANHRI}`);
    expect(rel).toContain(`WELCOMES ${GANHRI}`);
    expect(attributions(text)).toContain(`PART_OF ${SUBCOMMITTEE} -> ${GANHRI}`);
  });

  it('A/RES/78/73 OP10: "Expresses its appreciation to the Advisory Commission of the Agency, and requests it to continue": the Agency printed by its head word is EXPRESSES\'s target too; "requests it" addresses the Commission alone', () => {
    const text = 'Expresses its appreciation to the Advisory Commission of the Agency, and requests it to continue its efforts and to keep the General Assembly informed of its activities;';
    const rel = relations(text, 'operative', GA78_73);
    expect(rel).toContain(`EXPRESSES ${ADVISORY}`);
    expect(rel).toContain(`EXPRESSES ${UNRWA}`);
    expect(rel).toContain(`REQUESTS ${ADVISORY}`);
    expect(rel).not.toContain(`REQUESTS ${UNRWA}`);
  });

  it('guard: A/RES/79/332 PP12 "noting in this regard the meetings of the Council of Heads of State of the Shanghai Cooperation Organization, including the twenty-fourth meeting": the organ that owns the sittings named, and its owner, are noted (aud46d gold: NOTES both)', () => {
    const text =
      'Recalling that, in its resolution 77/338, it noted the aspiration of the States members of the Shanghai Cooperation Organization to promote stability and the maintenance of international peace and security, and noting in this regard the meetings of the Council of Heads of State of the Shanghai Cooperation Organization, including the twenty-fourth meeting, held in Astana, Kazakhstan, on 4 July 2024,';
    const rel = relations(text, 'preambular', GA79_332);
    expect(rel).toContain(`RECALLS ${SCO}`);
    expect(rel).toContain(`NOTES ${SCO}`);
    expect(rel).toContain('NOTES Organization:Council of Heads of State of the Shanghai Cooperation Organization');
  });
});

describe('the Advisory Commission of UNRWA is one body', () => {
  it('A/RES/79/88 OP6: "as a member of the Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East": the Commission (no per-resolution key), PART_OF the Agency, both DECIDES', () => {
    const text =
      'Decides to admit, upon its request, Iraq, in accordance with the criterion set forth in General Assembly decision 60/522 of 8 December 2005, as a member of the Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East.';
    const rel = relations(text, 'operative', GA79_88);
    expect(rel).toContain(`DECIDES ${ADVISORY}`);
    expect(rel).toContain(`DECIDES ${UNRWA}`);
    expect(rel.filter((r) => r.includes('(A/RES/79/88)'))).toEqual([]);
    expect(attributions(text, 'operative', GA79_88)).toContain(`PART_OF ${ADVISORY} -> ${UNRWA}`);
  });

  it('guard: "the Advisory Commission on Rakhine State" stays its own body', () => {
    const text = 'Welcomes the recommendations of the Advisory Commission on Rakhine State, and calls upon the Government of Myanmar to implement them;';
    expect(keys(text, 'Organization:Advisory Commission')).toEqual(['Organization:Advisory Commission on Rakhine State']);
  });
});

describe('the day of a text\'s adoption dates the footnoted resolution that adopted it', () => {
  it('A/RES/78/288 PP4: "the Declaration on the Elimination of Violence against Women, adopted on 20 December 1993,6" with "6 Resolution 48/104.": resolution 48/104 dated 1993-12-20', () => {
    const text =
      'Reaffirming further the Declaration on the Elimination of Violence against Women, adopted on 20 December 1993,6 and its provisions, including article 1, in which violence against women was defined as any act of gender-based violence that results in, or is likely to result in, physical, sexual or psychological harm or suffering to women,';
    const res = footnotedMentions('PP4', text, '6', 'adopted on 20 December 1993,6', 'Resolution 48/104.', GA78_288).find((m) => m.key === 'Resolution:A/RES/48/104');
    expect(res?.attrs.date).toBe('1993-12-20');
  });

  it('guard: A/RES/78/288 PP7 "contained in the 2030 Agenda for Sustainable Development, 7" with "7 Resolution 70/1.": no day printed, the note states no adoption, no date learnt', () => {
    const text =
      'Welcoming the commitment to achieve gender equality and the empowerment of all women and girls contained in the 2030 Agenda for Sustainable Development, 7 and stressing that preventing and eliminating all forms of violence against all women and girls is essential,';
    const res = footnotedMentions('PP7', text, '7', 'Sustainable Development, 7', 'Resolution 70/1.', GA78_288).find((m) => m.key === 'Resolution:A/RES/70/1');
    expect(res).toBeDefined();
    expect(res?.attrs.date).toBeUndefined();
  });

  it('guard: a day outside the resolution\'s session is the day another body adopted the text (the Kyoto Declaration, 7 March 2021, endorsed in resolution 76/181)', () => {
    expect(dayInAssemblySession('Resolution:A/RES/76/181', '2021-03-07')).toBe(false);
    expect(dayInAssemblySession('Resolution:A/RES/48/104', '1993-12-20')).toBe(true);
    expect(dayInAssemblySession('Resolution:A/RES/217(III)A', '1948-12-10')).toBe(true);
  });
});

describe('lead (merge of aud46c with aud46f): owners an organ\'s name ends with, as ownerOfOrgan reads them', () => {
  it('guard: A/RES/78/272 OP13 "support ... by the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs": an office read as the owner takes no verb', () => {
    const text =
      'Requests the Secretary-General to provide the commission with the assistance necessary for the performance of its work, including secretariat services and the provision of essential background information and relevant documents, and to arrange for support to be provided by the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs in cooperation with other relevant departments of the Secretariat;';
    expect(attributions(text, 'operative')).toContain('PART_OF Organization:Division for Ocean Affairs and the Law of the Sea -> Organization:Office of Legal Affairs');
    expect(relations(text, 'operative').filter((r) => r.includes('Office of Legal Affairs'))).toEqual([]);
  });

  it('guard: A/RES/79/287 PP26 "the World Health Organization Commission on Social Determinants of Health": the owner\'s word "Health" ending the organ\'s own name is not the owner printed after it', () => {
    const text =
      'Recognizing the need for Member States to strengthen policies, while noting the three overarching recommendations of the World Health Organization Commission on Social Determinants of Health, namely, improving daily living conditions,';
    // (aud47a: the Organization printed first, "the World Health Organization Commission ...", is the Commission's owner and
    // takes its verb, once, as an owner printed before its organ does; "Health" at the end is still no owner printed after it)
    expect(relations(text, 'preambular').filter((r) => r === 'NOTES Organization:World Health Organization')).toHaveLength(1);
  });
});

describe('the regional networks of national human rights institutions are organizations', () => {
  it('A/RES/78/204 PP21: "the Network of African National Human Rights Institutions, the Network of National Institutions for ... in the Americas, the Asia-Pacific Forum ... and the European Network of National Human Rights Institutions": four Organizations', () => {
    const text =
      'Commending the strengthening in all regions of regional cooperation among national human rights institutions, and welcoming further the continuing work of the Network of African National Human Rights Institutions, the Network of National Institutions for the Promotion and Protection of Human Rights in the Americas, the Asia-Pacific Forum of National Human Rights Institutions and the European Network of National Human Rights Institutions,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual([
      'Organization:Network of African National Human Rights Institutions',
      'Organization:Network of National Institutions for the Promotion and Protection of Human Rights in the Americas',
      'Organization:Asia-Pacific Forum of National Human Rights Institutions',
      'Organization:European Network of National Human Rights Institutions',
    ]);
  });

  it('guard: A/RES/79/331 OP49 "the launch of the Network of Francophone Actors for South-South and Tripartite Cooperation in Rabat": still an Initiative', () => {
    const text =
      'Also welcomes the strengthening of the partnership between the International Organization of la Francophonie and the United Nations Office for South-South Cooperation for the benefit of the implementation of the Sustainable Development Goals, and recalls, in particular, the signing of the memorandum of understanding between the two parties in New York on 25 September 2018, as well as the launch of the Network of Francophone Actors for South-South and Tripartite Cooperation in Rabat in July 2018;';
    expect(keys(text, 'Initiative:', 'operative', GA79_331)).toContain('Initiative:Network of Francophone Actors for South-South and Tripartite Cooperation');
  });
});
