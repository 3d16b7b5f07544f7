// Session-46 audit aud46b: the peace-and-security / disarmament family of corpus-ga annotated like the scorer before looking at
// the output (gold in /tmp/lead/aud46b-gold: A/RES/80/46 The Arms Trade Treaty, A/RES/78/39 Bangkok Treaty, A/RES/79/88
// Assistance to Palestine refugees, all paragraphs). Fixed: the Advisory Commission of UNRWA is one body every year (a gazetteer
// entry, PART_OF the Agency), not a node scoped to each text; the Assembly named as the agent of an adoption ("the adoption by the
// General Assembly of/and ...") is the author of its own act, no verb target; "the adoption by the General Assembly and the entry
// into force of the Treaty" states who adopted the Treaty; "the Conference of States Parties to the Arms Trade Treaty" printed in
// full after a numbered Conference is the standing conference, not that sitting; a note "Ibid., vol. 1833, No. 31363." (a
// Treaty Series citation) cites no documents of the note before; the Arms Trade Treaty's bodies its texts print in lower case
// (the working groups on effective treaty implementation and on transparency and reporting) and the Diversion Information
// Exchange Forum (a body, was an Event) are gazetteer Organizations; the Declaration of ASEAN Concord II printed with the
// Association's name in full is that declaration, not the Association. Each case quotes the file and paragraph; each fix has a
// guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/46', date: '2025-12-01' };
const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/88', date: '2024-12-04' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA80, kind: 'operative' });

const GA = 'Organization:General Assembly';
const ATT = 'Framework:Arms Trade Treaty';
const UNRWA = 'Organization:United Nations Relief and Works Agency for Palestine Refugees in the Near East';
const ADVISORY = 'Organization:Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East';

/** paragraphs read in order in one resolution (one context, as a file's paragraphs are): each one's verb relations */
function inOrder(ctx: RecognizeContext, texts: readonly string[]): string[][] {
  const shared = { ...ctx };
  return texts.map((text, i) => extractParagraph({ id: `OP${i + 1}`, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, shared).relations.map((r) => `${r.type} ${r.target}`));
}

describe('the Advisory Commission of UNRWA: one body, part of the Agency', () => {
  it('A/RES/79/88 OP6: "as a member of the Advisory Commission of the United Nations Relief and Works Agency ...": DECIDES the Commission (its own key), PART_OF the Agency', () => {
    const text =
      'Decides to admit, upon its request, Iraq, in accordance with the criterion set forth in General Assembly decision 60/522 of 8 December 2005, as a member of the Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East.';
    expect(relations(text, 'operative', GA79)).toContain(`DECIDES ${ADVISORY}`);
    expect(attributions(text, 'operative', GA79)).toContain(`PART_OF ${ADVISORY} -> ${UNRWA}`);
    expect(keys(text, 'Organization:Advisory Commission (', 'operative', GA79)).toEqual([]);
  });

  it('A/RES/80/77 OP37 (78/73 OP10): "Also expresses its appreciation to the Advisory Commission of the Agency, and requests it to continue its efforts": the same Commission after the Agency was named', () => {
    const [, op37] = inOrder({ body: 'General Assembly', symbol: 'A/RES/80/77', date: '2025-12-05' }, [
      'Commends the United Nations Relief and Works Agency for Palestine Refugees in the Near East for its work;',
      'Also expresses its appreciation to the Advisory Commission of the Agency, and requests it to continue its efforts and to keep the General Assembly informed of its activities;',
    ]);
    expect(op37).toEqual(expect.arrayContaining([`EXPRESSES ${ADVISORY}`, `REQUESTS ${ADVISORY}`]));
  });

  it('guard: A/RES/80/221 "the Advisory Commission on Rakhine State" stays a body of its own', () => {
    const text = 'Emphasizes the importance of implementing the recommendations of the Advisory Commission on Rakhine State;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/221', date: '2025-12-15' });
    expect(rel).toContain('EMPHASIZES Organization:Advisory Commission on Rakhine State');
    expect(rel).not.toContain(`EMPHASIZES ${ADVISORY}`);
  });
});

describe('"the adoption by the General Assembly of/and ...": the Assembly is the author of its own act', () => {
  const PP15 =
    'Recalling the adoption by the General Assembly and the entry into force of the Treaty on 2 April 2013 and 24 December 2014, respectively, and noting that the Treaty remains open for accession by any State that has not signed it,';

  it('A/RES/80/46 PP15 (79/52 PP15, 78/48 PP14): no RECALLS the Assembly; the Assembly ADOPTED the Treaty', () => {
    const shared = { ...GA80 };
    extractParagraph({ id: 'PP14', kind: 'preambular', text: 'Welcoming the latest ratification of the Arms Trade Treaty,', footnoteRefs: [], subparagraphs: [] }, shared);
    const x = extractParagraph({ id: 'PP15', kind: 'preambular', text: PP15, footnoteRefs: [], subparagraphs: [] }, shared);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toEqual(expect.arrayContaining([`RECALLS ${ATT}`, `NOTES ${ATT}`]));
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED ${GA} -> ${ATT}`);
  });

  it('A/RES/80/228 PP5 (78/228 PP5): "Recalling the adoption by the General Assembly of the 2030 Agenda ...": no RECALLS the Assembly, the ADOPTED edge stays', () => {
    const text = 'Recalling the adoption by the General Assembly of the 2030 Agenda for Sustainable Development, and recalling also the targets of the Sustainable Development Goals on eliminating all forms of violence against all women and girls,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-15' });
    expect(rel).toContain('RECALLS Framework:2030 Agenda for Sustainable Development');
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-15' })).toContain(`ADOPTED ${GA} -> Framework:2030 Agenda for Sustainable Development`);
  });

  it('guard: A/RES/78/263 OP35 "notes the adoption by the General Assembly and the Security Council of relevant resolutions": the Council, another body, stays NOTES', () => {
    const text =
      'Notes with concern that sexual violence in conflict continues and may increase even as armed conflicts draw to an end, notes the adoption by the General Assembly and the Security Council of relevant resolutions, including Council resolution 2467 (2019) of 23 April 2019, urges further progress in the implementation of policies;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/263', date: '2023-12-22' });
    expect(rel).toContain('NOTES Organization:Security Council');
    expect(rel).not.toContain(`NOTES ${GA}`);
  });

  // (since session 65 an adopter printed before its text takes no verb either, as one printed after it: accuracy-aud65z; the
  // aud57z gold of 78/136 OP15 corrected)
  it('A/RES/78/136 OP15 "Notes the adoption by the Statistical Commission of the proposed new indicator 17.3.1": the Commission, the adopter, takes no NOTES', () => {
    const text = 'Notes the adoption by the Statistical Commission of the proposed new indicator 17.3.1 under Sustainable Development Goal target 17.3, also notes the need for open, inclusive and transparent discussions;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/136', date: '2023-12-19' });
    expect(rel).not.toContain('NOTES Organization:Statistical Commission');
    expect(rel).toEqual(['NOTES Framework:Sustainable Development Goals']);
  });
});

describe('"the Conference of States Parties to the Arms Trade Treaty" after a numbered Conference', () => {
  const OP1 =
    'Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025, which included a discussion on universalization as a priority theme for the Conference, and notes that the Twelfth Conference of States Parties will be held in Geneva from 24 to 28 August 2026;';
  const OP3 =
    'Recognizes the cumulative body of decisions adopted by the Conference of States Parties to the Arms Trade Treaty, which have progressively strengthened the Treaty’s contributions to international peace and security, human rights and humanitarian dimensions;';

  it('A/RES/80/46 OP3 (79/52 OP3): RECOGNIZES the standing Conference, not the Twelfth (or Thirteenth) named before', () => {
    const [, op3] = inOrder(GA80, [OP1, OP3]);
    expect(op3).toContain('RECOGNIZES Event:Conference of States Parties to the Arms Trade Treaty');
    expect(op3.filter((r) => /(?:Eleventh|Twelfth|Thirteenth) Conference/.test(r))).toEqual([]);
  });

  it('guard: A/RES/80/46 OP14 "the Fifth Conference of States Parties ... at the Eleventh Conference of States Parties": the numbered sittings stay', () => {
    const text =
      'Recalls the adoption of action-oriented decisions on gender and gender-based violence endorsed by the Fifth Conference of States Parties and the invitation by the Tenth Conference of States Parties to future presidencies to review the implementation of those decisions, and in this regard welcomes the establishment of Gender Focal Points under the Treaty at the Eleventh Conference of States Parties;';
    const [, op14] = inOrder(GA80, [OP1, text]);
    expect(op14).toEqual(expect.arrayContaining(['RECALLS Event:Fifth Conference of States Parties to the Arms Trade Treaty', 'WELCOMES Event:Eleventh Conference of States Parties to the Arms Trade Treaty']));
  });

  it('guard: "the Conference" printed alone after the Eleventh Conference still refers back to a numbered sitting', () => {
    const [, next] = inOrder(GA80, [OP1, 'Welcomes the adoption by the Conference of the decision to elaborate elements of a draft five-year strategy;']);
    expect(next.some((r) => /^WELCOMES Event:(?:Eleventh|Twelfth) Conference of States Parties/.test(r))).toBe(true);
  });
});

describe('"Ibid., vol. N, No. M." cites a Treaty Series volume, not the documents of the note before', () => {
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/39', date: '2023-12-04' };
  const PP10 =
    'Welcoming the submission of the memorandums on activities6 relating to the Treaty on the South-East Asia Nuclear-Weapon-Free Zone as background documents for the ninth and tenth Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
  const PP14 =
    'Recalling also the applicable principles and rules of international law relating to the freedom of the high seas and the rights of innocent passage, archipelagic sea lanes passage or transit passage of ships and aircraft, particularly those of the United Nations Convention on the Law of the Sea,7';
  const noted = (text: string, mark: string, at: string, note: string, ctx: RecognizeContext, id: string) =>
    extractParagraph({ id, kind: 'preambular', text, footnoteRefs: [{ mark, offset: text.indexOf(at) + at.length, footnote: { mark, text: note } }], subparagraphs: [] }, ctx).relations.map((r) => `${r.type} ${r.target}`);

  it('A/RES/78/39 PP14: "7 Ibid., vol. 1833, No. 31363." after "6 NPT/CONF.2020/16 and NPT/CONF.2015/23.": RECALLS the Convention, no NPT document', () => {
    const shared = { ...CTX };
    expect(noted(PP10, '6', 'memorandums on activities', 'NPT/CONF.2020/16 and NPT/CONF.2015/23.', shared, 'PP10')).toContain('WELCOMES Document:NPT/CONF.2020/16');
    const pp14 = noted(PP14, '7', 'Law of the Sea,', 'Ibid., vol. 1833, No. 31363.', shared, 'PP14');
    expect(pp14).toContain('RECALLS Framework:United Nations Convention on the Law of the Sea');
    expect(pp14.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: A/RES/79/71 PP11 "2 Ibid., para. 10." after a note with a symbol cites that document again', () => {
    const shared = { ...CTX };
    noted(PP10, '6', 'memorandums on activities', 'NPT/CONF.2020/16 and NPT/CONF.2015/23.', shared, 'PP10');
    const pp14 = noted(PP14, '7', 'Law of the Sea,', 'Ibid., para. 10.', shared, 'PP14');
    expect(pp14).toContain('RECALLS Document:NPT/CONF.2020/16');
  });
});

describe('the Arms Trade Treaty bodies its texts name in lower case, and the Forum of its States Parties', () => {
  it('A/RES/80/46 PP17 (79/52, 78/48): "through the working group on effective treaty implementation": NOTES the Working Group', () => {
    const text =
      'Noting the efforts by States Parties to the Arms Trade Treaty to continue to explore ways and means to enhance national implementation of the Treaty through the working group on effective treaty implementation and the voluntary trust fund for the implementation of the Treaty,';
    expect(relations(text, 'preambular')).toEqual(expect.arrayContaining([`NOTES ${ATT}`, 'NOTES Organization:Working Group on Effective Treaty Implementation']));
  });

  it('A/RES/80/46 OP7: "welcomes the ongoing efforts of the working group on transparency and reporting": WELCOMES the Working Group', () => {
    const text =
      'Calls upon all States Parties to submit their initial reports, as required under article 13 of the Treaty, and welcomes the ongoing efforts of the working group on transparency and reporting to facilitate compliance by States Parties with their reporting obligations;';
    expect(relations(text)).toContain('WELCOMES Organization:Working Group on Transparency and Reporting');
  });

  it('A/RES/80/46 OP13 (79/52, 78/48): "the continuing work of the Diversion Information Exchange Forum, and encourages ... to actively use the Forum": a body (Organization), not an Event', () => {
    const text =
      'Appreciates the continuing work of the Diversion Information Exchange Forum, and encourages States Parties and signatory States to actively use the Forum and to share, on a voluntary basis, concrete and operational information about cases of suspected or detected diversion;';
    const rel = relations(text);
    expect(rel).toEqual(expect.arrayContaining(['APPRECIATES Organization:Diversion Information Exchange Forum', 'ENCOURAGES Organization:Diversion Information Exchange Forum']));
    expect(rel.filter((r) => r.includes('Event:Diversion'))).toEqual([]);
  });

  it('guard: A/RES/78/132 OP32 "in all meetings of the Internet Governance Forum, and ... invites ... to support the participation ... in the Forum itself": "the Forum" stays the IGF where the Diversion Forum is not named', () => {
    const text =
      'Stresses the need for the enhanced participation of Governments and stakeholders from all developing countries, in particular the least developed countries, in all meetings of the Internet Governance Forum, and in this regard invites Member States, as well as other relevant stakeholders, to support the participation of Governments and all other stakeholders from developing countries in the Forum itself, as well as in the preparatory meetings;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' });
    expect(rel).toContain('INVITES Organization:Internet Governance Forum');
    expect(rel.filter((r) => r.includes('Diversion'))).toEqual([]);
  });

  it('A/RES/80/46 OP4: "the standing working groups on effective treaty implementation, including ... its sub-working groups on articles 6 and 7, ...": WELCOMES the Working Group on Effective Treaty Implementation', () => {
    const text =
      'Welcomes the continuing progress by the standing working groups on effective treaty implementation, including the important work undertaken in the context of its sub-working groups on articles 6 and 7, on exchange of national implementation practices and current and emerging implementation issues, on transparency and reporting and on universalization in advancing the object and purpose of the Arms Trade Treaty;';
    expect(relations(text)).toContain('WELCOMES Organization:Working Group on Effective Treaty Implementation');
  });

  it('guard: A/RES/78/40 PP5 "the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons": no Arms Trade Treaty working group', () => {
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' });
    expect(rel).toContain('NOTES Organization:Working Group on Further Strengthening the Review Process of the Treaty on the Non-Proliferation of Nuclear Weapons');
    expect(rel.filter((r) => r.includes('Transparency and Reporting') || r.includes('Effective Treaty Implementation'))).toEqual([]);
  });
});

describe('the Declaration of ASEAN Concord II printed with the Association\'s name in full', () => {
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/39', date: '2023-12-04' };
  it('A/RES/78/39 PP8 (80/47): "as enshrined in the Declaration of the Association of Southeast Asian Nations Concord II (Bali Concord II)": WELCOMES the Declaration, not the Association', () => {
    const text =
      'Welcoming the reaffirmation of South-East Asian States that the South-East Asia Nuclear-Weapon-Free Zone shall continue to play a pivotal role in the area of confidence-building measures, preventive diplomacy and the approaches to conflict resolution as enshrined in the Declaration of the Association of Southeast Asian Nations Concord II (Bali Concord II),';
    const rel = relations(text, 'preambular', CTX);
    expect(rel).toContain('WELCOMES Framework:Declaration of ASEAN Concord II');
    expect(rel).not.toContain('WELCOMES Organization:Association of Southeast Asian Nations');
  });

  it('guard: A/RES/78/39 PP3 "the Charter of the Association of Southeast Asian Nations" stays the Charter', () => {
    const text =
      'Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian Nations, in which it is stated, inter alia, that one of the purposes of the Association is to preserve South-East Asia as a nuclear-weapon-free zone,';
    expect(relations(text, 'preambular', CTX)).toContain('NOTES Framework:Charter of the Association of Southeast Asian Nations');
  });
});
