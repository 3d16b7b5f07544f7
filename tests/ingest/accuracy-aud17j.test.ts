// Misses found by the session-17 audit aud17j: A/RES/79/236 (South-South cooperation), A/RES/80/45 (follow-up to the NPT
// review conferences), A/RES/80/104, and the same forms in other texts. Each case quotes the file named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/236', date: '2024-12-24' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const PGTF = 'Organization:Pérez-Guerrero Trust Fund for South-South Cooperation';

describe('"the Trust Fund" refers back to the trust fund named before', () => {
  it('A/RES/79/236 OP17 (A/RES/78/167 OP16): "acknowledges the Trust Fund’s effectiveness" is the Pérez-Guerrero Trust Fund', () => {
    const op17 =
      'Highlights that 20 December 2023 marked the fortieth anniversary of the Pérez-Guerrero Trust Fund for South-South Cooperation, and acknowledges the Trust Fund’s effectiveness in providing catalytic support to South-South cooperation, underscoring the enduring partnership between the Group of 77 and the United Nations Office for South-South Cooperation;';
    const rels = relations(op17);
    expect(rels).toContain(`ACKNOWLEDGES ${PGTF}`);
    expect(rels).not.toContain('ACKNOWLEDGES Organization:Trust Fund');
    expect(keys(op17, 'Organization:Trust Fund')).toEqual([]);
  });

  it('guard, A/RES/79/110 OP12: "the Fund" after "the Tokelau International Trust Fund" is still that fund', () => {
    const op12 =
      'Recalls with satisfaction the establishment and operation of the Tokelau International Trust Fund to support the ongoing needs of Tokelau, and calls upon Member States and international and regional agencies to contribute to the Fund and thereby lend practical support to Tokelau in overcoming the problems of smallness, isolation and lack of resources;';
    expect(relations(op12)).toContain('CALLS_UPON Organization:Tokelau International Trust Fund');
  });

  it('guard, A/RES/78/59 OP29: "the Declaration on the Trust Fund of ..." stays one declaration', () => {
    const op29 =
      'Welcomes the increased contributions made by several Member States to the trust fund of the United Nations Standing Advisory Committee on Security Questions in Central Africa, reminds the States members of the Standing Advisory Committee of the commitments that they undertook on the adoption of the Declaration on the Trust Fund of the United Nations Standing Advisory Committee on Security Questions in Central Africa on 8 May 2009 and the Bangui Declaration on 10 June 2016, and invites those States members of the Committee that have not already done so to contribute to the trust fund;';
    expect(keys(op29, 'Framework:Declaration on the Trust Fund')).toEqual([
      'Framework:Declaration on the Trust Fund of the United Nations Standing Advisory Committee on Security Questions in Central Africa',
    ]);
  });
});

const SESSION22 = 'Event:twenty-second session of the High-level Committee on South-South Cooperation';

describe('"the <ordinal> session of the Committee" after the committee was first named in the same paragraph', () => {
  it('A/RES/79/236 OP3 (A/RES/80/156 OP3): the twenty-second session is the High-level Committee’s, dated 2025', () => {
    const op3 =
      'Reaffirms its support for the High-level Committee on South-South Cooperation, recalls its decisions 21/1 and 21/2 adopted during its twenty-first session, held from 30 May to 2 June 2023, and looks forward to the convening of the twenty-second session of the Committee, to be held in 2025;';
    const r = extract(op3);
    expect(r.mentions.filter((m) => m.key.startsWith('Event:')).map((m) => m.key)).toEqual([
      'Event:twenty-first session of the High-level Committee on South-South Cooperation',
      SESSION22,
    ]);
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain(`LOOKS_FORWARD_TO ${SESSION22}`);
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).not.toContain('LOOKS_FORWARD_TO Organization:High-level Committee on South-South Cooperation');
  });

  it('A/RES/78/234 OP7: "the report of the thirteenth session of the Committee" after the Ad Hoc Committee', () => {
    const op7 =
      'Recalls Human Rights Council resolution 34/36 of 24 March 2017, in which the Council requested the Chair-Rapporteur of the Ad Hoc Committee on the Elaboration of Complementary Standards to the International Convention on the Elimination of All Forms of Racial Discrimination to ensure the commencement of the negotiations on the draft additional protocol to the Convention criminalizing acts of a racist and xenophobic nature during the tenth session of the Ad Hoc Committee, and takes note of the report of the thirteenth session of the Committee in this regard;';
    expect(relations(op7)).toContain(
      'NOTES Event:thirteenth session of the Ad Hoc Committee on the Elaboration of Complementary Standards to the International Convention on the Elimination of All Forms of Racial Discrimination',
    );
  });

  it('guard: a committee never named (a council was) holds no session', () => {
    const t = 'Welcomes the work of the Human Rights Council, and looks forward to the twenty-second session of the Committee;';
    expect(keys(t, 'Event:')).toEqual([]);
  });
});

const NPT_GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/45', date: '2025-12-01' };
const FD2000 = 'Framework:Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';

describe('"the Final Document of the 2000 Review Conference" after the conference was named in full', () => {
  const pp7 =
    'Reaffirming also its resolution 55/33 D of 20 November 2000, in which the General Assembly welcomed the adoption by consensus on 19 May 2000 of the Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non‑Proliferation of Nuclear Weapons, including, in particular, the documents entitled “Review of the operation of the Treaty, taking into account the decisions and the resolution adopted by the 1995 Review and Extension Conference” and “Improving the effectiveness of the strengthened review process for the Treaty”,';
  const pp8 =
    'Taking into consideration the unequivocal undertaking by the nuclear-weapon States, in the Final Document of the 2000 Review Conference, to accomplish the total elimination of their nuclear arsenals leading to nuclear disarmament, to which all States Parties to the Treaty are committed under article VI of the Treaty,';

  it('A/RES/80/45 PP7-PP8 (A/RES/78/30, 78/33, 79/32, 80/33 ...): one document, named in full', () => {
    const ctx: RecognizeContext = { ...NPT_GA };
    expect(keys(pp7, 'Framework:Final', 'preambular', ctx)).toEqual([FD2000]);
    expect(keys(pp8, 'Framework:Final', 'preambular', ctx)).toEqual([FD2000]);
    expect(relations(pp8, 'preambular', ctx)).toContain(`TAKES_INTO_ACCOUNT ${FD2000}`);
  });

  it('guard: "the Final Document of the Tenth Special Session of the General Assembly" keeps its name', () => {
    const t = 'Recalling the Final Document of the Tenth Special Session of the General Assembly, the first special session devoted to disarmament,';
    expect(keys(t, 'Framework:Final', 'preambular', { ...NPT_GA })).toEqual(['Framework:Final Document of the Tenth Special Session of the General Assembly']);
  });
});

describe('"the documents entitled “X” and “Y”": two documents cited by their quoted titles', () => {
  it('A/RES/80/45 PP7 (A/RES/78/30 PP7): both titles are Documents the clause reaffirms; the words inside them are the titles’', () => {
    const pp7 =
      'Reaffirming also its resolution 55/33 D of 20 November 2000, in which the General Assembly welcomed the adoption by consensus on 19 May 2000 of the Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non‑Proliferation of Nuclear Weapons, including, in particular, the documents entitled “Review of the operation of the Treaty, taking into account the decisions and the resolution adopted by the 1995 Review and Extension Conference” and “Improving the effectiveness of the strengthened review process for the Treaty”,';
    const ctx: RecognizeContext = { ...NPT_GA };
    const docs = [
      'Document:review of the operation of the treaty, taking into account the decisions and the resolution adopted by the 1995 review and extension conference',
      'Document:improving the effectiveness of the strengthened review process for the treaty',
    ];
    expect(keys(pp7, 'Document:', 'preambular', ctx)).toEqual(docs);
    const rels = relations(pp7, 'preambular', { ...NPT_GA });
    for (const d of docs) expect(rels).toContain(`REAFFIRMS ${d}`);
  });

  it('guard: a singular "document entitled “X” and “Y”" names one document (the second title is another thing)', () => {
    const t = 'Takes note of the document entitled “Joint statement of the principles of partnership” and “Our common future”;';
    expect(keys(t, 'Document:')).toEqual(['Document:joint statement of the principles of partnership']);
  });
});

describe('names of the South-South cooperation texts', () => {
  it('A/RES/79/236 PP20 (78/134, 78/167, 79/195, 80/121, 80/156): the Global System of Trade Preferences among Developing Countries', () => {
    const pp20 =
      'Welcoming also the ongoing efforts to enhance South-South and triangular cooperation in the area of trade under the Global System of Trade Preferences among Developing Countries as a vehicle to support economic resilience and promote sustainable development,';
    expect(relations(pp20, 'preambular')).toContain('WELCOMES Framework:Global System of Trade Preferences among Developing Countries');
  });

  it('A/RES/79/236 OP10 (78/167, 80/156): "platforms such as South-South Galaxy" is an Initiative', () => {
    const op10 =
      'Takes note of the various experiences and locally driven development approaches to achieve the Sustainable Development Goals, and reiterates the importance of learning and sharing good practices, including through South-South, North-South and triangular cooperation through platforms such as South-South Galaxy, the Global South-South Development Expo, regional sustainable development forums and other knowledge-sharing platforms supported by the different entities of the United Nations system;';
    const rels = relations(op10);
    expect(rels).toContain('REITERATES Initiative:South-South Galaxy');
    expect(rels).toContain('REITERATES Event:Global South-South Development Expo');
  });
});

describe('"the Goals" are the Sustainable Development Goals named before', () => {
  const pp5 =
    'Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, in which it adopted a comprehensive, far-reaching and people-centred set of universal and transformative Sustainable Development Goals and targets, its commitment to building upon the achievements of the Millennium Development Goals and seeking to address their unfinished business,';
  const pp25 =
    'Reiterating the pledge that no one will be left behind, reaffirming the recognition that the dignity of the human person is fundamental, and the wish to see the Goals and targets met for all nations and peoples and for all segments of society, and recommitting to endeavour to reach the furthest behind first,';

  it('A/RES/79/236 PP25 (the same words in 40 texts): "the wish to see the Goals and targets met", after PP5 named the SDGs and then the MDGs', () => {
    const ctx: RecognizeContext = { ...GA };
    extract(pp5, 'preambular', ctx);
    expect(relations(pp25, 'preambular', ctx)).toEqual(['REAFFIRMS Framework:Sustainable Development Goals']);
  });

  it('guard: with only the Millennium Development Goals named, "the Goals" are those', () => {
    const ctx: RecognizeContext = { ...GA };
    extract('Recalling the Millennium Development Goals,', 'preambular', ctx);
    expect(keys('Urges Member States to achieve the Goals by 2015;', 'Framework:', 'operative', ctx)).toEqual(['Framework:Millennium Development Goals']);
  });
});
