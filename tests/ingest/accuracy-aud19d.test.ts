// Misses found by the session-19 audit aud19d of A/RES/78/132, 78/16, 78/160 (corpus/) and A/RES/73/3 (pypdf text), and the
// same forms in other texts. Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { ParagraphText, RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { gaResolution, graphOf } from '../helpers/graph-of.js';

const TB: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/3', date: '2018-10-10' };
const { keys, relations, attributions } = oneParagraph({ ctx: TB, kind: 'operative' });

describe('"X, hosted by A, Y, hosted by B, and Z": each participle is said of the name before it, its agents end at the list', () => {
  // A/RES/73/3 OP52 (pypdf text; A/RES/78/5 prints "Unitaid")
  const OP52 =
    'Request the Secretary-General, in close collaboration with the Director General of the World Health Organization, to promote collaboration among all stakeholders to end the tuberculosis epidemic and implement the present declaration, with Member States and relevant entities, including funds, programmes and specialized agencies of the United Nations system, United Nations regional commissions, the Stop TB Partnership, hosted by the United Nations Office for Project Services, UNITAID, hosted by the World Health Organization, and the Global Fund to Fight AIDS, Tuberculosis and Malaria;';

  it('A/RES/73/3 OP52: UNOPS hosts the Stop TB Partnership, the World Health Organization hosts UNITAID; neither WHO nor the Global Fund hosts the Partnership', () => {
    const a = attributions(OP52).filter((x) => x.startsWith('HOSTS'));
    expect(a).toContain('HOSTS Organization:United Nations Office for Project Services -> Initiative:Stop TB Partnership');
    expect(a).toContain('HOSTS Organization:World Health Organization -> Organization:Unitaid');
    expect(a).toHaveLength(2);
  });

  it('A/RES/73/3 OP52: UNITAID is an organization the paragraph requests', () => {
    expect(keys(OP52, 'Organization:Unitaid')).toEqual(['Organization:Unitaid']);
    expect(relations(OP52)).toContain('REQUESTS Organization:Unitaid');
  });

  it('guard: two hosts joined by "and" both host (A/RES/78/132 PP42: "co-hosted by Switzerland and the International Telecommunication Union")', () => {
    const text = 'Taking note of the “WSIS+20 Forum High-level Event” to be held in Geneva in 2024, co-hosted by Switzerland and the International Telecommunication Union,';
    const a = attributions(text, 'preambular').filter((x) => x.startsWith('HOSTS'));
    expect(a).toEqual(['HOSTS Place:Switzerland -> Event:WSIS+20 Forum High-level Event @ 2024', 'HOSTS Organization:International Telecommunication Union -> Event:WSIS+20 Forum High-level Event @ 2024']);
  });

  it('guard: a comma list of organizers is kept whole (A/RES/78/132 PP21: "jointly organized annually by the International Telecommunication Union, the United Nations Conference on Trade and Development, ...")', () => {
    const text =
      'Noting the holding of the World Summit on the Information Society Forum, jointly organized annually by the International Telecommunication Union, the United Nations Conference on Trade and Development, the United Nations Educational, Scientific and Cultural Organization and the United Nations Development Programme, and noting also the virtual holding of the World Summit on the Information Society Forum from 13 to 17 March 2023,';
    expect(attributions(text, 'preambular').filter((x) => x.startsWith('ORGANIZES'))).toHaveLength(4);
  });
});

describe('"the World Health Organization End TB Strategy" is the End TB Strategy', () => {
  it('A/RES/73/3 OP2: "further reaffirm the World Health Organization End TB Strategy, as approved in World Health Assembly resolution 67.1"', () => {
    const text = 'Further reaffirm the World Health Organization End TB Strategy, as approved in World Health Assembly resolution 67.1 of 21 May 2014, and its associated targets;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:End TB Strategy']);
  });

  it('guard: "the End TB Strategy" alone keeps its key (A/RES/73/3 OP32)', () => {
    const text = 'Commit to adapting and implementing rapidly the End TB Strategy to ensure that current guidance from the World Health Organization is rapidly adapted;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:End TB Strategy']);
  });
});

describe('"Adopts the following political declaration approved by the high-level meeting ...": the meeting’s declaration', () => {
  // A/RES/73/3 OP0 (the resolution's only operative verb)
  const OP0 =
    'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018:';
  const DECLARATION = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2018)';
  // (keyed "of the General Assembly" as printed; the graph merges it with "the high-level meeting on ..." of that year)
  const MEETING = 'Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2018';

  it('A/RES/73/3 OP0: the resolution adopts the 2018 declaration, which the meeting of 26 September 2018 adopted', () => {
    // (the resolution's own adoption is its ADOPTED edge, no ADOPTS twin: aud44f)
    expect(attributions(OP0)).toContain(`ADOPTED Resolution:A/RES/73/3 -> ${DECLARATION}`);
    expect(relations(OP0)).not.toContain(`ADOPTS ${DECLARATION}`);
    expect(relations(OP0)).not.toContain(`ADOPTS ${MEETING}`);
    const a = attributions(OP0);
    expect(a).toContain(`ADOPTED ${MEETING} -> ${DECLARATION}`);
    expect(a).toContain(`STARTS_ON ${MEETING} -> Date:2018-09-26`);
  });

  it('guard: "the political declaration adopted by the high-level political forum ..." stays the forum’s declaration (A/RES/78/152 OP31)', () => {
    const text =
      'Welcomes the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly in September 2023;';
    expect(keys(text, 'Framework:', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/152', date: '2023-12-19' })).toEqual([
      'Framework:Political Declaration of the High-level Political Forum on Sustainable Development',
    ]);
  });
});

describe('"the <ordinal> session" with no owner, after another ordinal session of one body in the paragraph, is that body’s', () => {
  const CSTD = 'Event:twenty-seventh session of the Commission on Science and Technology for Development';
  const PP19 =
    'Noting also the holding of the twenty-sixth session of the Commission on Science and Technology for Development from 27 to 31 March 2023, and looking forward to the twenty-seventh session, which will have as priority themes “Data for development” and “Global cooperation in science, technology and innovation for development”, thus providing a platform for all stakeholders to share experiences and pursue partnerships for capacity-building,';
  const ctx132: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };

  it('A/RES/78/132 PP19 (79/194 PP20, 80/118 PP21): looking forward to the twenty-seventh session of the Commission', () => {
    expect(relations(PP19, 'preambular', ctx132)).toContain(`LOOKS_FORWARD_TO ${CSTD}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(PP19, 'preambular', ctx132)).toContain(`SESSION_OF ${CSTD} -> Organization:Commission on Science and Technology for Development`);
  });

  it('A/RES/80/6 OP30: "to hold its twenty-fourth session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026"', () => {
    const text =
      'Also takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its twenty-third session, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its twenty-fourth session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026, and requests the Secretary-General to provide the necessary services and facilities in accordance with the Relationship Agreement and resolution 58/318;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/6', date: '2025-11-06' };
    const ASP25 = 'Event:twenty-fifth session of the Assembly of States Parties to the Rome Statute of the International Criminal Court';
    expect(relations(text, 'operative', ctx)).toContain(`LOOKS_FORWARD_TO ${ASP25}`);
    const a = attributions(text, 'operative', ctx);
    expect(a).toContain(`STARTS_ON ${ASP25} -> Date:2026-12-07`);
    expect(a.filter((x) => x.includes('twenty-fourth session') && x.startsWith('STARTS_ON'))).toEqual([]);
  });

  // (merged with aud19c's adjacentSittingNamedBefore, which this session kept instead of aud19d's own rule: of two bodies'
  // sessions named before, the one whose number is next to the bare one's owns it)
  it('two bodies’ sessions named before (made from A/RES/78/132 PP19 and A/RES/78/160 PP31): the bare session is the one next in number', () => {
    const text =
      'Noting also the holding of the twenty-sixth session of the Commission on Science and Technology for Development and of the sixty-seventh session of the Commission on the Status of Women, and looking forward to the twenty-seventh session,';
    expect(keys(text, 'Event:', 'preambular', ctx132).filter((k) => k.startsWith('Event:twenty-seventh'))).toEqual([
      'Event:twenty-seventh session of the Commission on Science and Technology for Development',
    ]);
  });
});

describe('pypdf text: a word spaced from its apostrophe, and the footnotes’ split words, are joined', () => {
  // A/RES/73/3 as pypdf extracted it: indented paragraphs, "Women ’s", "A/71/53/Ad d.1/Corr.1" in footnote 4
  const PYPDF = [
    ' 1. Reaffirm the 2030 Agenda for Sustainable Development; ',
    ' 2. Further reaffirm and take note o f World Health  Assembly resolution 69.2 of 28  May ',
    '2016, entitled “Committing to implementation of the Global Strategy for Women ’s, ',
    'Children ’s and Adolescents ’ Health ”,3 and Human Rights Council resolution 33/11  of ',
    '29 September 2016 on preventable mortality,4 and the world ’s people;  ',
    ' 3. Acknowledge the Millennium Development Goals and their addendum;  ',
    ' 4. Welcome the convening of the first Global Ministerial Conference; ',
    '__________________ ',
    '3 See World Health Organization, document WHA69/2016/REC/1.  ',
    '4 See Official Records of the General Assembly, Seventy -first Session, Supplement No.  53A and corrigendum ',
    '(A/71/53/Add.1  and A/71/53/Ad d.1/Corr.1 ), chap.  II. ',
  ].join('\n');
  const src: SourceText = { file: 'A_RES_73_3.pdftext.txt', format: 'pdftext', text: PYPDF };

  it('A/RES/73/3 OP2: "the Global Strategy for Women’s, Children’s and Adolescents’ Health", "the world’s people"', () => {
    const clean = cleanText(src);
    expect(clean.text).toContain('Global Strategy for Women’s, Children’s and Adolescents’ Health');
    expect(clean.text).toContain('the world’s people');
  });

  it('A/RES/73/3 footnote 4: "A/71/53/Add.1/Corr.1"', () => {
    const note = cleanText(src).footnotes.find((f) => f.mark === '4');
    expect(note?.text).toContain('A/71/53/Add.1/Corr.1');
  });

  it('guard: a text not in pypdf layout keeps its spacing ("Women ’s" in a plain text is left as printed)', () => {
    const plain: SourceText = { file: 'x.txt', format: 'text', text: 'Recalling the Global Strategy for Women ’s, Children ’s and Adolescents ’ Health,' };
    expect(cleanText(plain).text).toContain('Women ’s');
  });
});

// graph: an undated political declaration of a meeting held more than once
function para(id: string, text: string): ParagraphText {
  return { id, kind: /^PP/.test(id) ? 'preambular' : 'operative', number: id.startsWith('OP') ? Number(id.slice(2)) : undefined, text, footnoteRefs: [], subparagraphs: [] };
}
const resolution = gaResolution;
const targetsOf = (g: ReturnType<typeof graphOf>, source: string, type: string) =>
  g.filterOutEdges(source, (_e, a) => a.type === type).map((e) => g.target(e)).sort();

describe('an undated declaration of a meeting held twice (2018, 2023) takes the year of the adopting resolution the text cites', () => {
  const TB_DECL = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis';
  // A/RES/73/3 OP0 (2018) and A/RES/78/5 OP1 (2023) adopt the two declarations
  const R73_3 = () => resolution('A/RES/73/3', '2018-10-10', [para('OP1', 'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018:')]);
  const R78_5 = () => resolution('A/RES/78/5', '2023-10-05', [para('OP1', 'Adopts the political declaration of the high-level meeting on the fight against tuberculosis, held on 22 September 2023 in accordance with its resolution 77/274 of 24 February 2023, as contained in the annex to the present resolution.')]);

  it('A/RES/78/262 OP15 (79/263 OP15): "... and on the fight against tuberculosis, as reflected in its resolutions 78/3, 78/4 and 78/5": the 2023 declaration 78/5 adopted', () => {
    const text =
      'Recalls the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis, as reflected in its resolutions 78/3, 78/4 and 78/5 of 5 October 2023, and calls upon developed countries to continue their support;';
    const g = graphOf(R73_3(), R78_5(), resolution('A/RES/78/262', '2023-12-22', [para('OP15', text)]));
    expect(g.hasNode(`${TB_DECL} (2018)`)).toBe(true);
    expect(targetsOf(g, 'Resolution:A/RES/78/262', 'RECALLS')).toContain(`${TB_DECL} (2023)`);
  });

  it('guard: named with no year nor cited adopter (A/RES/79/224 PP7), it stays undated: the 2018 and 2023 declarations are both in the graph', () => {
    const text =
      'Taking note of the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage, on the fight against tuberculosis and on antimicrobial resistance, convened under the auspices of the General Assembly during its seventy-eighth and seventy-ninth sessions, as efforts to highlight the importance of health on the high-level political agenda,';
    const g = graphOf(R73_3(), R78_5(), resolution('A/RES/79/224', '2024-12-19', [para('PP7', text)]));
    expect(targetsOf(g, 'Resolution:A/RES/79/224', 'NOTES')).toContain(TB_DECL);
  });
});

describe('"the inter-agency task team on science, technology and innovation for the Sustainable Development Goals" (lowercase) is the IATT', () => {
  const ctx132: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };
  const IATT = 'Organization:Inter-Agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals';

  it('A/RES/78/132 PP8: the second component of the Technology Facilitation Mechanism', () => {
    const text =
      'Recognizing further the role of the Technology Facilitation Mechanism, which includes the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, the inter-agency task team on science, technology and innovation for the Sustainable Development Goals and the online platform, as a tool to facilitate multi-stakeholder collaboration and partnerships among Member States, civil society, the private sector, the scientific community, United Nations entities and other stakeholders in order to support the implementation of the Sustainable Development Goals, including through forging partnerships, such as the Partnership in Action on STI for SDGs Road Maps,';
    expect(relations(text, 'preambular', ctx132)).toContain(`RECOGNIZES ${IATT}`);
  });

  it('guard: the Inter-Agency Task Force on Financing for Development stays its own body (A/RES/78/132 OP51)', () => {
    const text = 'Welcomes the work of the Inter-Agency Task Force on Financing for Development and the progress made in operationalizing the three components of the Technology Facilitation Mechanism;';
    const k = keys(text, 'Organization:', 'operative', ctx132);
    expect(k).toContain('Organization:Inter-Agency Task Force on Financing for Development');
    expect(k).not.toContain(IATT);
  });
});
