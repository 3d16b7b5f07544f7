// Misses found by the session-17 audit aud17d: A/RES/79/116 (criminal accountability of United Nations officials),
// A/RES/78/93 (Montserrat), A/RES/79/57 (women and disarmament), A/RES/79/32 (follow-up to the ICJ advisory opinion),
// A/RES/79/244 (Dag Hammarskjöld), A/RES/80/165 (diplomatic protection), A/RES/79/132 (credentials), and the same
// forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { resolution80140 } from '../helpers/resolution-text.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/165', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe("the International Law Commission's articles are frameworks, printed in lowercase", () => {
  it('A/RES/80/165 PP1: "the annex to which contains the text of the articles on diplomatic protection"', () => {
    const text =
      'Recalling its resolution 62/67 of 6 December 2007, the annex to which contains the text of the articles on diplomatic protection, commending the articles to the attention of Governments,';
    // (one node: "commending the articles" names the same articles again, accuracy-aud18m.test.ts)
    expect([...new Set(keys(text, 'Framework:'))]).toEqual(['Framework:articles on diplomatic protection']);
    expect(relations(text)).toContain('RECALLS Framework:articles on diplomatic protection');
  });

  it('A/RES/80/165 PP5: the draft articles and the articles on State responsibility, each one node', () => {
    const text =
      'Noting also the views expressed that there was a close connection between the draft articles on diplomatic protection and the articles on responsibility of States for internationally wrongful acts, and the observations of the Commission in this regard,';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:articles on diplomatic protection',
      'Framework:articles on responsibility of States for internationally wrongful acts',
    ]);
    expect(relations(text)).toContain('NOTES Framework:articles on responsibility of States for internationally wrongful acts');
  });

  it('A/RES/79/122 OP2: "the draft articles on prevention and punishment of crimes against humanity"', () => {
    const text =
      'Takes note of all the views, comments and concerns expressed in the debates of the Sixth Committee on crimes against humanity including at its resumed sessions held during the seventy-seventh and seventy-eighth sessions of the General Assembly, as well as the comments and observations received from Governments on the draft articles on prevention and punishment of crimes against humanity and on any future action thereon;';
    expect(relations(text, 'operative')).toContain('NOTES Framework:draft articles on prevention and punishment of crimes against humanity');
  });

  it('A/RES/79/128 PP1 and PP2: with and without "the", one node', () => {
    const a = keys('Recalling the draft articles on protection of persons in the event of disasters,', 'Framework:');
    const b = keys('Recalling the draft articles on the protection of persons in the event of disasters,', 'Framework:');
    expect(a).toEqual(['Framework:draft articles on the protection of persons in the event of disasters']);
    expect(b).toEqual(a);
  });

  it('guard: a trade agreement\'s "articles on the release and clearance of goods" (A/RES/78/163 OP19) are no framework of their own', () => {
    const text =
      'Calls for the full and timely implementation of the Agreement on Trade Facilitation, particularly for the effective implementation of the provisions of articles on the release and clearance of goods, border agency cooperation, formalities connected with importation, exportation and transit, freedom of transit and customs cooperation;';
    expect(keys(text, 'Framework:', 'operative').filter((k) => /articles/i.test(k))).toEqual([]);
  });
});

const NPT_6 = 'Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
const NPT_8 = 'Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
const NPT_1995 = 'Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995';

describe('review conferences named with a list of years are one conference each', () => {
  it('A/RES/79/32 PP6: "the 2015 and 2020 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"', () => {
    const text =
      'Expressing concern at the consecutive failure of the 2015 and 2020 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons to reach consensus on a substantive outcome document,';
    expect(keys(text, 'Event:')).toEqual([
      'Event:Ninth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)',
      'Event:Tenth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)',
    ]);
    expect(relations(text)).toContain('EXPRESSES Event:Tenth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('A/RES/78/42 OP3: "the 1995, 2000 and 2010 Review Conferences of the Parties ...": the 1995 one is the Review and Extension Conference', () => {
    const text =
      'Reaffirms the continued validity of the decisions, resolutions and commitments as agreed to at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, including the specific reaffirmation of the unequivocal undertaking of the nuclear-weapon States to accomplish the total elimination of their nuclear arsenals leading to nuclear disarmament, to which all States parties are committed under article VI of the Treaty;';
    const r = relations(text, 'operative');
    expect(r).toEqual(expect.arrayContaining([`REAFFIRMS ${NPT_1995}`, `REAFFIRMS ${NPT_6}`, `REAFFIRMS ${NPT_8}`]));
  });

  // (printed without "of the Parties to ...", the years are the conferences of the treaty the resolution named before: a
  // resolution of the genre names the Non-Proliferation Treaty in an earlier paragraph)
  const afterNpt = (text: string): string[] => {
    const ex = extractResolution(resolution80140([
      { id: 'PP1', kind: 'preambular', text: 'Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,', footnoteRefs: [], subparagraphs: [] },
      { id: 'PP2', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] },
    ]));
    return ex.paragraphs[1]!.mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
  };

  it('A/RES/78/53 PP10: "the 1995 Review and Extension Conference and the 2000 and 2010 Review Conferences"', () => {
    const text =
      'Reaffirming the continued validity of agreements reached at the 1995 Review and Extension Conference and the 2000 and 2010 Review Conferences until all their objectives are achieved, and calling for their full and immediate fulfilment, including the action plan on nuclear disarmament adopted at the 2010 Review Conference,';
    expect(afterNpt(text)).toEqual(expect.arrayContaining([NPT_6, NPT_8]));
  });

  it('A/RES/78/42 PP25: the years alone, after another treaty, are still the Non-Proliferation Treaty\'s conferences', () => {
    const text =
      'Urging the immediate return to full implementation of the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms, urging both parties to the Treaty to re-engage in discussions on follow-on measures to achieve deeper reductions in their nuclear arsenals, and calling upon both States to negotiate a successor agreement as soon as possible, as encouraged by the 2000 and 2010 Review Conferences,';
    expect(afterNpt(text)).toEqual([NPT_6, NPT_8]);
  });

  it('guard: other listed editions are not review conferences ("the 2017 and 2022 United Nations Conferences to Support ...", A/RES/78/232)', () => {
    const text =
      'Recalling the 2017 and 2022 United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development,';
    // (each is an edition of the United Nations Ocean Conference: tests/ingest/accuracy-acc17.test.ts)
    expect(keys(text, 'Event:').filter((k) => k.includes('Review'))).toEqual([]);
    expect(keys(text, 'Event:').length).toBe(2);
  });
});

describe('"the Treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba": one treaty per place listed', () => {
  const ZONES = [
    'Framework:Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
    'Framework:South Pacific Nuclear Free Zone Treaty',
    'Framework:Treaty on the South-East Asia Nuclear-Weapon-Free Zone',
    'Framework:African Nuclear-Weapon-Free Zone Treaty',
  ];

  it('A/RES/79/32 PP12: "the Antarctic Treaty, 5 the Treaties of Tlatelolco, 6 Rarotonga, 7 Bangkok 8 and Pelindaba 9 and the Treaty on ..."', () => {
    const text =
      'Recognizing with satisfaction that the Antarctic Treaty, 5 the Treaties of Tlatelolco, 6 Rarotonga, 7 Bangkok 8 and Pelindaba 9 and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, 10 as well as Mongolia’s nuclear-weapon-free status, are gradually freeing the entire southern hemisphere and adjacent areas covered by those Treaties from nuclear weapons,';
    expect(keys(text, 'Framework:')).toEqual(expect.arrayContaining(ZONES));
    expect(relations(text)).toContain('RECOGNIZES Framework:African Nuclear-Weapon-Free Zone Treaty');
    expect(keys(text, 'Place:')).toEqual(['Place:Mongolia']);
  });

  it('A/RES/80/15 PP8: lowercase "the treaties of Tlatelolco, Rarotonga, 3 Bangkok4 and Pelindaba5"', () => {
    const text =
      'Reiterating the important contribution of the treaties of Tlatelolco, Rarotonga, 3 Bangkok4 and Pelindaba5 and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,6 as well as the Antarctic Treaty7 and the declaration by Mongolia of its nuclear-weapon-free status, to the achievement of nuclear non‑proliferation and nuclear disarmament,';
    const r = relations(text);
    for (const z of ZONES) expect(r).toContain(`REITERATES ${z}`);
  });

  it('guard: the list ends at the first lowercase word ("... and Pelindaba, as well as of Central Asia and Mongolia", A/RES/78/50 OP7)', () => {
    const text =
      'Congratulates the States parties and signatories to the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba, as well as of Central Asia and Mongolia, for their efforts to pursue the common goals envisaged in those treaties;';
    expect(keys(text, 'Framework:', 'operative')).toEqual(ZONES);
  });
});

describe("the Secretary-General's Special Coordinator on sexual exploitation and abuse", () => {
  it('A/RES/79/116 OP4: "welcomes the work of the Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse"', () => {
    const text =
      'Also welcomes the work of the Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse, and requests the Secretary-General to regularly update Member States on progress with respect to the implementation of the mandate of the Special Coordinator;';
    expect(relations(text, 'operative')).toContain('WELCOMES Organization:Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse');
  });

  it('guard: the Middle East Peace Process coordinator stays his own office (A/RES/79/141)', () => {
    const text = 'Welcoming the work of the United Nations Special Coordinator for the Middle East Peace Process,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:United Nations Special Coordinator for the Middle East Peace Process']);
  });
});
