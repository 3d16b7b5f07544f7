// Misses found by the session-14 audit aud14e: A/RES/78/209 (United Nations Human Rights Training and Documentation
// Centre for South-West Asia and the Arab Region), A/RES/78/22 (science and technology in international security),
// A/RES/79/134 (cooperation with the OPCW), A/RES/78/260 (International Year of Sustainable and Resilient Tourism, 2027),
// A/RES/78/297 (financing of UNISFA). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/209', date: '2023-12-19' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).mentions.map((m) => m.key);
const relations = (text: string): string[] => extract(text).relations.map((r) => `${r.type} ${r.target}`);

describe('regional offices named "<region> and the <region>"', () => {
  it('A/RES/78/209 PP4: "the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region"', () => {
    const text =
      'Recalling further its resolutions 60/153 of 16 December 2005, 67/162 of 20 December 2012, 68/241 of 27 December 2013, 69/171 of 18 December 2014, 70/171 of 17 December 2015, 72/166 of 19 December 2017, 74/163 of 18 December 2019 and 76/155 of 16 December 2021 on the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region,';
    const m = mentions(text, 'preambular');
    expect(m).toContain('Organization:United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region');
    expect(m).not.toContain('Organization:United Nations Human Rights Training and Documentation Centre for South-West Asia');
  });

  it('A/RES/80/63 OP22: "the United Nations Office for West Africa and the Sahel and the United Nations Regional Office for Central Africa"', () => {
    const text =
      'Welcomes the publication by the United Nations Office for West Africa and the Sahel and the United Nations Regional Office for Central Africa, with support from the Office for Disarmament Affairs, of the study;';
    const m = mentions(text);
    expect(m).toContain('Organization:United Nations Office for West Africa and the Sahel');
    expect(m).toContain('Organization:United Nations Regional Office for Central Africa');
    expect(m).not.toContain('Organization:United Nations Office for West Africa');
  });

  it('negative: "and the" after another regional name still ends it (two bodies, A/RES/78/58 PP1)', () => {
    const text =
      'Recalling its resolutions 42/39 D of 30 November 1987 and 44/117 F of 15 December 1989, by which it established the United Nations Regional Centre for Peace and Disarmament in Asia and renamed it the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific, with headquarters in Kathmandu,';
    const m = mentions(text, 'preambular');
    expect(m).toContain('Organization:United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific');
  });
});

describe('"the International Year to <verb>" refers back to the Year', () => {
  it('A/RES/78/260 OP1 + OP5: "take advantage of the International Year to promote actions"', () => {
    const text =
      'Decides to proclaim 2027 the International Year of Sustainable and Resilient Tourism, and encourages all States, the United Nations system and all other actors to take advantage of the International Year to promote actions at all levels;';
    // (the 2027 edition the paragraph proclaims, aud20i)
    expect(relations(text)).toContain('ENCOURAGES Event:International Year of Sustainable and Resilient Tourism @ 2027');
  });

  it('negative: "the International Day to End Impunity ..." is a name of its own (A/RES/80/217 OP12)', () => {
    const text =
      'Decides to proclaim 2027 the International Year of Sustainable and Resilient Tourism, and invites States to observe the International Day to End Impunity for Crimes against Journalists;';
    const r = relations(text);
    expect(r).toContain('INVITES Event:International Day to End Impunity for Crimes against Journalists');
    expect(r).not.toContain('INVITES Event:International Year of Sustainable and Resilient Tourism');
  });
});

describe('"<body> and States parties": the members next to the body, not its name', () => {
  it('A/RES/79/134 OP3: "a platform where the Technical Secretariat and States parties can learn"', () => {
    const text =
      'Commends the continued work of the Organisation for the Prohibition of Chemical Weapons to enhance the capacity of States parties and the Organisation to use chemistry for peaceful purposes and respond to threats involving toxic chemicals, including through the development of a Centre for Chemistry and Technology as a platform where the Technical Secretariat and States parties can learn, exchange views and work in common purpose to further achieve the object and purpose of the Convention;';
    const m = mentions(text);
    expect(m).toContain('Organization:Technical Secretariat');
    expect(m).not.toContain('Organization:Technical Secretariat and States');
  });

  it('negative: "States Parties" inside a name stays in it (A/RES/79/134 OP6)', () => {
    const text =
      'Recalls the report of the Conference of the States Parties to the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction on its fourth special session, held in The Hague on 26 and 27 June 2018;';
    // (keyed by the Convention's gazetteer name since aud27f: the full title printed is the Chemical Weapons Convention)
    expect(mentions(text)).toContain('Event:Conference of the States Parties to the Chemical Weapons Convention');
  });
});

describe('a footnote "To be adopted by the General Assembly." names nothing the verb applies to', () => {
  const withNote = (text: string, marked: string, note: string) => {
    const offset = text.indexOf(marked) + marked.length;
    return extractParagraph({ id: 'OP18', kind: 'operative', text, footnoteRefs: [{ mark: '4', offset, footnote: { mark: '4', text: note } }], subparagraphs: [] }, GA);
  };
  const text =
    'Also decides to apportion among Member States the amount of 163,082,100 dollars for the period from 1 January to 30 June 2025, at a monthly rate of 27,180,342 dollars, in accordance with the scale of assessments for 2025 and the updated levels, subject to a decision of the Security Council to extend the mandate of the Force;';

  it('A/RES/78/297 OP18 (footnote 4 after "the updated levels"): no DECIDES General Assembly', () => {
    const r = withNote(text, 'the updated levels', 'To be adopted by the General Assembly.').relations.map((x) => `${x.type} ${x.target}`);
    expect(r).toContain('DECIDES Organization:Security Council');
    expect(r).not.toContain('DECIDES Organization:General Assembly');
  });

  it('negative: a note that cites a resolution still counts ("To be adopted by the General Assembly in resolution 76/238.")', () => {
    const r = withNote(text, 'the updated levels', 'To be adopted by the General Assembly in resolution 76/238.').relations.map((x) => `${x.type} ${x.target}`);
    expect(r).toContain('DECIDES Resolution:A/RES/76/238');
  });
});

describe('"South-West Asia" is a region of its own', () => {
  it('A/RES/78/209 PP9: "within South-West Asia and the Arab region"', () => {
    const text =
      'Mindful of the vastness and the diversity of the needs in the field of human rights within South-West Asia and the Arab region, and taking into account the need for appropriate and sustainable funding of the Centre to fully realize its significant function and crucial role in the region,';
    const m = mentions(text, 'preambular');
    expect(m).toContain('Place:South-West Asia');
    expect(m).not.toContain('Place:Asia');
  });

  it('negative: "South-East Asia" and "Asia" alone keep their names', () => {
    const m = mentions('Noting the cooperation between States in South-East Asia and in Asia,', 'preambular');
    expect(m).toContain('Place:South-East Asia');
    expect(m).toContain('Place:Asia');
  });
});

describe('OPCW Executive Council documents ("EC-91/S/3", "EC-96/DG.1")', () => {
  it('A/RES/79/134 OP7: "in a note by the Technical Secretariat, EC-91/S/3, dated 28 June 2019"', () => {
    const text =
      'Also recalls the establishment of the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons as announced at the ninety-first session of the Executive Council of the Organisation in a note by the Technical Secretariat, EC-91/S/3, dated 28 June 2019, entitled “Work of the Investigation and Identification Team established by decision C-SS-4/DEC.3 (dated 27 June 2018)”;';
    const r = relations(text);
    expect(r).toContain('RECALLS Document:EC-91/S/3');
    expect(r).toContain('RECALLS Resolution:Conference of the States Parties to the Chemical Weapons Convention decision C-SS-4/DEC.3');
  });

  it('A/RES/78/29 (footnote 15 "EC-96/DG.1."): the note a footnote cites', () => {
    const text = 'Notes the reports of the Director-General of the Organisation for the Prohibition of Chemical Weapons;';
    const px = extractParagraph({ id: 'OP5', kind: 'operative', text, footnoteRefs: [{ mark: '15', offset: text.length - 1, footnote: { mark: '15', text: 'EC-96/DG.1.' } }], subparagraphs: [] }, GA);
    expect(px.relations.map((x) => `${x.type} ${x.target}`)).toContain('NOTES Document:EC-96/DG.1');
  });

  it('negative: a decision of the Council ("EC-94/DEC.2") stays a citation, not a document', () => {
    const text =
      'Recalls Executive Council decision EC-94/DEC.2, dated 9 July 2020, entitled “Addressing the possession and use of chemical weapons by the Syrian Arab Republic”;';
    const m = mentions(text);
    expect(m.filter((k) => k.startsWith('Document:EC-'))).toEqual([]);
    expect(m.some((k) => k.startsWith('Resolution:') && k.endsWith('EC-94/DEC.2'))).toBe(true);
  });
});

describe('the OPCW organs printed with "the Organisation" are the OPCW\'s', () => {
  it('A/RES/79/134 OP11: "the decision of the Executive Council of the Organisation of 27 September 2013"', () => {
    const text =
      'Further recalls Security Council resolution 2118 (2013) of 27 September 2013, in which, inter alia, the Council requested the Director General of the Organisation for the Prohibition of Chemical Weapons to report to the Security Council on the implementation of resolution 2118 (2013) and the decision of the Executive Council of the Organisation of 27 September 2013;';
    const m = mentions(text);
    expect(m).toContain('Organization:Executive Council of the Organisation for the Prohibition of Chemical Weapons');
    expect(m).not.toContain('Organization:Executive Council of the Organisation');
  });

  it('A/RES/79/56 OP2: "the Technical Secretariat of the Organisation"', () => {
    const m = mentions('Recalls the work of the Technical Secretariat of the Organisation in verifying the destruction of chemical weapons;');
    expect(m).toContain('Organization:Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons');
  });

  it('negative: another body\'s Executive Council keeps its owner', () => {
    const m = mentions('Welcomes the decision of the Executive Council of the African Union on the matter;');
    expect(m).toContain('Organization:Executive Council of the African Union');
    expect(m.filter((k) => k.includes('Chemical Weapons'))).toEqual([]);
  });
});
