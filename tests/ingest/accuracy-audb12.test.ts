// Misses found by the session-12 hand audit audb12 of S/RES/242 (1967), 338 (1973), 678 (1990), 1454 (2002) and
// A/RES/79/270, A/RES/80/54 (PDF text), and their kin over the corpus: declarations named by their quoted titles, the
// sitting that adopted them ("the decisions taken at ..., including the adoption of ..."), and numbered parties'
// sittings printed short ("the third Meeting of States Parties") keyed as their full names. Each case quotes the file and
// paragraph named; each fix has guard cases.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import type { RecognizeContext } from '../../ingest/models.js';

const ctxOf = (symbol: string, date = '2025-12-01'): RecognizeContext => ({ body: 'General Assembly', symbol, date });

function extract(text: string, ctx: RecognizeContext, id = 'OP1') {
  const kind = id.startsWith('OP') ? 'operative' : 'preambular';
  return extractParagraph({ id, kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const keys = (text: string, ctx: RecognizeContext, id?: string): string[] => extract(text, ctx, id).mentions.map((m) => m.key);
const relations = (text: string, ctx: RecognizeContext, id?: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string, ctx: RecognizeContext, id?: string): string[] =>
  extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const TPNW = 'Treaty on the Prohibition of Nuclear Weapons';

describe('a declaration named by its quoted title is a Framework', () => {
  it('A/RES/80/54 OP7: "the adoption of the declaration entitled “Strengthening our commitment ...”" (welcomed, adopted by the third Meeting)', () => {
    const ctx = ctxOf('A/RES/80/54');
    extract(
      'Welcomes the convening of the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held at United Nations Headquarters in New York from 3 to 7 March 2025, which examined the status and implementation of the Treaty and considered the progress towards achieving its objectives, purpose and the goal of a world free from nuclear weapons, as well as the implementation of the Vienna Action Plan;',
      ctx,
      'OP6',
    );
    const text =
      'Also welcomes the decisions taken at the third Meeting of States Parties, 3 including the adoption of the declaration entitled “Strengthening our commitment to a world free of nuclear weapons amid the rising global instability”, as well as the ongoing informal intersessional work to implement the Treaty, the Vienna Action Plan and the Treaty’s underlying rationale regarding the humanitarian consequences and risks of nuclear weapons and the resulting security concerns;';
    const ex = extract(text, ctx, 'OP7');
    const declaration = 'Framework:Strengthening our commitment to a world free of nuclear weapons amid the rising global instability';
    expect(ex.relations.map((r) => `${r.type} ${r.target}`)).toContain(`WELCOMES ${declaration}`);
    expect(ex.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED Event:Third Meeting (${TPNW}) -> ${declaration}`);
  });

  it('A/RES/78/229 PP27: "Reaffirming the political declaration entitled “Our common commitment to ...”"', () => {
    const text =
      'Reaffirming the political declaration entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”, adopted by the General Assembly at its thirty-second special session, held at United Nations Headquarters from 2 to 4 June 2021,';
    expect(relations(text, ctxOf('A/RES/78/229', '2023-12-22'), 'PP27')).toContain(
      'REAFFIRMS Framework:Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation',
    );
  });

  it('A/RES/78/128 OP3: "the declarations entitled “Our ocean, our future: call for action”6 and “Our ocean, our future, our responsibility”" are two', () => {
    const text =
      'Reiterates the call made in the declarations entitled “Our ocean, our future: call for action”6 and “Our ocean, our future, our responsibility”, 7 for action to be taken on an urgent basis to conserve and sustainably use the oceans, seas and marine resources for sustainable development;';
    const r = relations(text, ctxOf('A/RES/78/128', '2023-12-19'), 'OP3');
    expect(r).toContain('REITERATES Framework:Our ocean, our future: call for action');
    expect(r).toContain('REITERATES Framework:Our ocean, our future, our responsibility');
  });

  it('guard, A/RES/78/32 PP14: the subtitle of "the Lausanne Declaration entitled “Protecting lives, ...”" is no framework of its own', () => {
    const text =
      'Noting the outcome of the second Review Conference of States Parties to the Convention on Cluster Munitions, held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021, and in particular the adoption of the Lausanne Declaration entitled “Protecting lives, empowering victims, enabling development” and the Lausanne Action Plan 2021–2026 3 to support the full and effective implementation of the Convention,';
    const k = keys(text, ctxOf('A/RES/78/32', '2023-12-04'), 'PP14');
    expect(k).toContain('Framework:Lausanne Declaration');
    expect(k.some((x) => x.includes('Protecting lives'))).toBe(false);
  });

  it('guard, A/RES/78/132 PP12: "its outcome document entitled “A Pact for the Future”" is the Pact, not a title of its own', () => {
    const text =
      'Looking forward to the Summit of the Future, to be held in New York on 22 and 23 September 2024, and its outcome document entitled “A Pact for the Future”,';
    const k = keys(text, ctxOf('A/RES/78/132', '2023-12-19'), 'PP12');
    expect(k).toContain('Framework:Pact for the Future');
    expect(k).not.toContain('Framework:A Pact for the Future');
  });

  it('guard: a report or a resolution entitled “...” is not a declaration', () => {
    const text = 'Takes note of the report of the Secretary-General entitled “Our Common Agenda: a world in transition”, and recalls its resolution 76/6 entitled “Our ocean and our world”;';
    const k = keys(text, ctxOf('A/RES/79/1'));
    expect(k).not.toContain('Framework:Our ocean and our world');
    expect(k.some((x) => x.startsWith('Framework:Our Common Agenda: a world'))).toBe(false);
  });
});

describe('the sitting whose outcome the text names adopted what it adopted', () => {
  it('A/RES/78/32 PP14: "the outcome of the second Review Conference ..., and in particular the adoption of the Lausanne Declaration ... and the Lausanne Action Plan"', () => {
    const text =
      'Noting the outcome of the second Review Conference of States Parties to the Convention on Cluster Munitions, held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021, and in particular the adoption of the Lausanne Declaration entitled “Protecting lives, empowering victims, enabling development” and the Lausanne Action Plan 2021–2026 3 to support the full and effective implementation of the Convention,';
    const a = attributions(text, ctxOf('A/RES/78/32', '2023-12-04'), 'PP14');
    const conference = 'Event:Second Review Conference (Convention on Cluster Munitions)';
    expect(a).toContain(`ADOPTED ${conference} -> Framework:Lausanne Declaration`);
    expect(a).toContain(`ADOPTED ${conference} -> Framework:Lausanne Action Plan 2021-2026`);
  });

  it('guard: a sitting named before "the adoption of" without its outcome or decisions adopted nothing the text says', () => {
    const text =
      'Welcomes the participation of observers at the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, and recalls the adoption of the Vienna Action Plan;';
    expect(attributions(text, ctxOf('A/RES/80/54')).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a numbered parties’ sitting printed short is the one named in full', () => {
  it('A/RES/80/54 OP11: "the first Review Conference" after OP10\'s "first Review Conference of Parties to the Treaty ..."', () => {
    const ctx = ctxOf('A/RES/80/54');
    extract(
      'Confirms that the first Review Conference of Parties to the Treaty on the Prohibition of Nuclear Weapons will be held at United Nations Headquarters in New York from 30 November to 4 December 2026;',
      ctx,
      'OP10',
    );
    const text =
      'Expresses its gratitude to the Secretary-General for his support provided to date, and requests him to render the necessary assistance and to provide such services, as may be required, for the first Review Conference and its informal intersessional process;';
    expect(relations(text, ctx, 'OP11')).toContain(`REQUESTS Event:First Review Conference (${TPNW})`);
  });

  it('A/RES/80/54 OP8: "at the third Meeting of States Parties as observers" is OP6\'s "third Meeting of States Parties to the Treaty ..."', () => {
    const text =
      'Further welcomes the participation of States signatories, as well as of other States not Party to the Treaty, the relevant entities of the United Nations system, other relevant international organizations or institutions, regional organizations, the International Committee of the Red Cross, the International Federation of Red Cross and Red Crescent Societies and relevant non‑governmental organizations at the third Meeting of States Parties as observers;';
    const ctx = ctxOf('A/RES/80/54');
    extract('Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017;', ctx, 'OP1');
    const r = relations(text, ctx, 'OP8');
    expect(r).toContain(`WELCOMES Event:Third Meeting (${TPNW})`);
    expect(r.some((x) => x.includes('States Parties ('))).toBe(false);
  });

  it('A/RES/80/110 OP44: "the thirty-sixth Meeting of States Parties" of the Law of the Sea Convention, named in full nowhere', () => {
    const ctx = ctxOf('A/RES/80/110', '2025-12-09');
    extract('Reaffirms the unified character of the United Nations Convention on the Law of the Sea;', ctx, 'OP1');
    const text =
      'Requests the Secretary-General to continue to provide services to the thirty-fifth Meeting of States Parties to the Convention, including documentation, to convene the thirty-sixth Meeting of States Parties from 15 to 19 June 2026, with full conference services, including documentation, as required, and to convene the thirty-seventh Meeting of States Parties for five days in 2027, with full conference services, including documentation, as required;';
    const r = relations(text, ctx, 'OP44');
    expect(r).toContain('REQUESTS Event:Thirty-sixth Meeting (United Nations Convention on the Law of the Sea)');
    expect(r).toContain('REQUESTS Event:Thirty-seventh Meeting (United Nations Convention on the Law of the Sea)');
  });

  it('A/RES/79/41 PP20: the meetings of the treaty named in the paragraph, not of the treaty the paragraph before named', () => {
    const ctx = ctxOf('A/RES/79/41', '2024-12-02');
    extract('Reaffirming the importance of the Treaty on the Non-Proliferation of Nuclear Weapons,', ctx, 'PP19');
    const text =
      'Acknowledging that the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July 2017, and noting that it was opened to signature by the Secretary General of the United Nations on 20 September 2017, entered into force on 22 January 2021 and held its first Meeting of States Parties from 21 to 23 June 2022 and its second Meeting of States Parties from 27 November to 1 December 2023,';
    const k = keys(text, ctx, 'PP20');
    expect(k).toContain(`Event:First Meeting (${TPNW})`);
    expect(k).toContain(`Event:Second Meeting (${TPNW})`);
    expect(k.some((x) => x.includes('Non-Proliferation of Nuclear Weapons)'))).toBe(false);
  });

  it('guard, A/RES/78/67 PP11: "the Ninth Review Conference" named in full nowhere keeps its instrument in brackets', () => {
    const ctx = ctxOf('A/RES/78/67', '2023-12-04');
    extract(
      'Noting with satisfaction the increase in the number of accessions to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, and stressing at the same time that there is a continuing need to achieve its universalization,',
      ctx,
      'PP2',
    );
    const text =
      'Noting with satisfaction, in the decisions and recommendations of the Final Document, that the Ninth Review Conference reaffirmed the utility of having an intersessional programme and decided that States parties would hold annual meetings between 2023 and 2026 in Geneva,';
    expect(keys(text, ctx, 'PP11')).toContain('Event:Ninth Review Conference (Biological Weapons Convention)');
  });
});

describe('the day a framework was adopted (ADOPTED_ON)', () => {
  it('A/RES/80/54 OP1: "Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons 1 on 7 July 2017"', () => {
    const text = 'Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons 1 on 7 July 2017;';
    expect(attributions(text, ctxOf('A/RES/80/54'))).toContain(`ADOPTED_ON Framework:${TPNW} -> Date:2017-07-07`);
  });

  it('A/RES/78/54 PP6: "the International Instrument ..., adopted on 8 December 2005"; A/RES/78/202 PP9: "adopted by the World Summit for Social Development on 12 March 1995"', () => {
    const a = attributions(
      'Recalling also the International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons, adopted on 8 December 2005,',
      ctxOf('A/RES/78/54', '2023-12-04'),
      'PP6',
    );
    expect(a).toContain('ADOPTED_ON Framework:International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons -> Date:2005-12-08');
    const b = attributions(
      'Reaffirming the Copenhagen Declaration on Social Development, adopted by the World Summit for Social Development on 12 March 1995,',
      ctxOf('A/RES/78/202', '2023-12-19'),
      'PP9',
    );
    expect(b).toContain('ADOPTED_ON Framework:Copenhagen Declaration on Social Development -> Date:1995-03-12');
  });

  it('guard, A/RES/79/123 PP31: "the amendments to article 8 of the Rome Statute ..., adopted on 10 June 2010" are not the Statute', () => {
    const text =
      'Noting the amendments to article 8 of the Rome Statute of the International Criminal Court, relating to war crimes under the Rome Statute, adopted on 10 June 2010 at the Review Conference of the Rome Statute, held in Kampala,';
    expect(attributions(text, ctxOf('A/RES/79/123', '2024-12-04'), 'PP31').filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard, A/RES/78/168 PP61: "the political declaration of the high-level meeting on the midterm review of the Sendai Framework ..., adopted on 18 May 2023"', () => {
    const text =
      'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030 and its guiding principles, and taking note of the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted on 18 May 2023,';
    // (the declaration taken note of is the one adopted that day: aud16a)
    const adopted = attributions(text, ctxOf('A/RES/78/168', '2023-12-19'), 'PP61').filter((a) => a.startsWith('ADOPTED_ON'));
    expect(adopted.filter((a) => a.includes('Framework:Sendai'))).toEqual([]);
    expect(adopted).toEqual(['ADOPTED_ON Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030 (2023) -> Date:2023-05-18']);
  });
});

describe('the subject of a cited resolution ends before the next citation\'s body', () => {
  it('A/RES/79/270 PP3: "... 61/185 of 20 December 2006 on the proclamation of international years and Economic and Social Council resolution 1980/67 ..."', () => {
    const text =
      'Recalling also its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on the proclamation of international years and Economic and Social Council resolution 1980/67 of 25 July 1980 on international years and anniversaries,';
    const subjects = findResolutionRefs(text, ctxOf('A/RES/79/270', '2025-03-04')).map((m) => `${m.key} ${String(m.attrs.subject)}`);
    expect(subjects).toEqual([
      'Resolution:A/RES/53/199 the proclamation of international years',
      'Resolution:A/RES/61/185 the proclamation of international years',
      'Resolution:E/RES/1980/67 international years and anniversaries',
    ]);
  });

  it('guard: a subject that ends in a capitalised name before "and its resolution" keeps the name', () => {
    const text = 'Recalling its resolution 70/1 of 25 September 2015 on the Sustainable Development Goals and its resolution 71/313 of 6 July 2017,';
    const first = findResolutionRefs(text, ctxOf('A/RES/79/1'))[0]!;
    expect(first.attrs.subject).toBe('the Sustainable Development Goals');
  });
});

describe('a declaration or outcome named by its title after the sitting that adopted it (", entitled “...”")', () => {
  it('A/RES/78/169 PP15: "the ministerial declaration of the United Nations Environment Assembly at its third session, entitled “Towards a pollution-free planet”, ..."', () => {
    const text =
      'Recalling also the ministerial declaration of the United Nations Environment Assembly at its third session, entitled “Towards a pollution-free planet”, 10 the ministerial declaration of the Environment Assembly at its fourth session, entitled “Innovative solutions for environmental challenges and sustainable consumption and production”,11 and the ministerial declaration of the Environment Assembly at its fifth session, entitled “Strengthening actions for nature to achieve the Sustainable Development Goals”,12';
    const r = relations(text, ctxOf('A/RES/78/169', '2023-12-19'), 'PP15');
    expect(r).toContain('RECALLS Framework:Towards a pollution-free planet');
    expect(r).toContain('RECALLS Framework:Innovative solutions for environmental challenges and sustainable consumption and production');
    expect(r).toContain('RECALLS Framework:Strengthening actions for nature to achieve the Sustainable Development Goals');
  });

  it('A/RES/79/155 PP2: "the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: ...”"', () => {
    const text =
      'Reaffirming the Beijing Declaration and Platform for Action,1 the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,2 the Programme of Action of the International Conference on Population and Development 3 and the Programme of Action of the World Summit for Social Development, 4 and their reviews,';
    expect(relations(text, ctxOf('A/RES/79/155', '2024-12-17'), 'PP2')).toContain(
      'REAFFIRMS Framework:Women 2000: gender equality, development and peace for the twenty-first century',
    );
  });

  it('A/RES/78/169 PP15 and A/RES/79/155 PP2: the sitting named between the declaration and its title adopted it', () => {
    const a = attributions(
      'Recalling also the ministerial declaration of the United Nations Environment Assembly at its third session, entitled “Towards a pollution-free planet”, 10 the ministerial declaration of the Environment Assembly at its fourth session, entitled “Innovative solutions for environmental challenges and sustainable consumption and production”,11',
      ctxOf('A/RES/78/169', '2023-12-19'),
      'PP15',
    );
    expect(a).toContain('ADOPTED Event:third session of the United Nations Environment Assembly -> Framework:Towards a pollution-free planet');
    expect(a).toContain(
      'ADOPTED Event:fourth session of the United Nations Environment Assembly -> Framework:Innovative solutions for environmental challenges and sustainable consumption and production',
    );
    const b = attributions(
      'Reaffirming the Beijing Declaration and Platform for Action,1 the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,2',
      ctxOf('A/RES/79/155', '2024-12-17'),
      'PP2',
    );
    expect(b).toContain('ADOPTED Event:twenty-third special session of the General Assembly -> Framework:Women 2000: gender equality, development and peace for the twenty-first century');
  });

  it('guard: a sitting with a known framework\'s title after it, but no declaration or outcome named before it, adopted nothing the text says', () => {
    const text = 'Recalling the convening of the United Nations Conference on Sustainable Development, entitled “The future we want”,';
    expect(attributions(text, ctxOf('A/RES/78/169', '2023-12-19'), 'PP1').filter((x) => x.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard, A/RES/78/277 PP28: "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”" titles the conference', () => {
    const text =
      'Taking note of the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11 December 2022,24 and the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, held in Astana on 14 and 15 September 2022,25';
    expect(keys(text, ctxOf('A/RES/78/277', '2024-07-25'), 'PP28')).not.toContain('Framework:Dialogue is a Guarantee of Peace');
  });

  it('guard, A/RES/80/178 PP6: "its political declaration, entitled “Doha Political Declaration of the ‘World Social Summit’ ...”" is the Doha Political Declaration', () => {
    const text =
      'Welcoming further the convening of the Second World Summit for Social Development in Doha from 4 to 6 November 2025, as well as the adoption of its political declaration, entitled “Doha Political Declaration of the ‘World Social Summit’ under the title ‘the Second World Summit for Social Development’”, 4';
    const k = keys(text, ctxOf('A/RES/80/178', '2025-12-15'), 'PP6');
    // (aud24j: the summit's declaration is keyed apart from the Fifth Conference on the Least Developed Countries' one)
    expect(k).toContain('Framework:Doha Political Declaration of the Second World Summit for Social Development');
    expect(k.some((x) => x.startsWith('Framework:Doha Political Declaration of the ‘'))).toBe(false);
  });
});
