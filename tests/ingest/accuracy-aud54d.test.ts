// Session-54 audit aud54d: attribution residuals (SESSION_OF, ADOPTED, HELD_IN of sittings). Each case quotes the file and paragraph
// it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/134', '2023-12-19'), kind: 'operative' });

describe('item 1: a numbered Ministerial Conference of the WTO is SESSION_OF the Ministerial Conference (the series), the series SESSION_OF the WTO', () => {
  const WTO = 'Organization:World Trade Organization';
  const SERIES = 'Event:Ministerial Conference of the World Trade Organization';

  it('A/RES/78/134 OP23: "the decision at the twelfth Ministerial Conference of the World Trade Organization"', () => {
    const text =
      'Recalls the decision at the twelfth Ministerial Conference of the World Trade Organization not to impose export restrictions on foodstuffs purchased for non-commercial humanitarian purposes by the World Food Programme;';
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF Event:Twelfth Ministerial Conference of the World Trade Organization -> ${SERIES}`);
    expect(att).toContain(`SESSION_OF ${SERIES} -> ${WTO}`);
    expect(att).not.toContain(`SESSION_OF Event:Twelfth Ministerial Conference of the World Trade Organization -> ${WTO}`);
  });

  it('A/RES/80/121 OP9: "at the next Ministerial Conference" (the series itself) stays SESSION_OF the WTO', () => {
    const text =
      'Looks forward to continuing the World Trade Organization negotiations consistent with existing mandates, with a view to achieving concrete and positive results at the next Ministerial Conference;';
    const att = attributions(text, 'operative', ctxOf('A/RES/80/121', '2025-12-15'));
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual([`SESSION_OF ${SERIES} -> ${WTO}`]);
  });

  it('the genre: A/RES/79/30 PP11 "by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, ..., the Sixteenth Ministerial Conference and Commemorative Meeting, ..."', () => {
    const text =
      'Mindful of the support expressed for Mongolia’s nuclear-weapon-free status by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, held in Tehran on 29 and 30 July 2008, the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua, Bali, Indonesia, from 23 to 27 May 2011, the Seventeenth Ministerial Conference, held in Algiers from 26 to 29 May 2014,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/79/30', '2024-12-02'));
    const NAM = 'Organization:Movement of Non-Aligned Countries';
    const series = 'Event:Ministerial Conference of the Movement of Non-Aligned Countries';
    expect(att).toContain(`SESSION_OF Event:Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries -> ${series}`);
    expect(att).toContain(`SESSION_OF Event:Seventeenth Ministerial Conference of the Movement of Non-Aligned Countries -> ${series}`);
    expect(att).toContain(`SESSION_OF ${series} -> ${NAM}`);
    // guard: a sitting named otherwise than the series ("... and Commemorative Meeting") stays the Movement's
    expect(att).toContain(`SESSION_OF Event:Sixteenth Ministerial Conference and Commemorative Meeting of the Movement of Non-Aligned Countries -> ${NAM}`);
  });

  it('guard: "the Sixth Ministerial Conference on the Role of Women ... of the Organization of Islamic Cooperation" (a topic, no series) unchanged', () => {
    const text =
      'Welcomes the Sixth Ministerial Conference on the Role of Women in the Development of Member States of the Organization of Islamic Cooperation;';
    const att = attributions(text);
    expect(att.filter((a) => a.includes('Event:Ministerial Conference of'))).toEqual([]);
  });
});

describe('item 1: the outcome documents of the twelfth Ministerial Conference, "adopted at" / "the decision at" the sitting, cited by symbol in a note', () => {
  const ctx = ctxOf('A/RES/78/134', '2023-12-19');
  const MC12 = 'Event:Twelfth Ministerial Conference of the World Trade Organization';

  it('A/RES/78/134 OP21 note 7: "the ministerial decision on the TRIPS Agreement that was adopted at the twelfth Ministerial Conference ...,7": ADOPTED (and ADOPTED_ON, as before)', () => {
    const text =
      'Takes note with appreciation of the ministerial decision on the TRIPS Agreement that was adopted at the twelfth Ministerial Conference of the World Trade Organization to authorize the use of the subject matter of a patent required for the production and supply of COVID-19 vaccines without the consent of the right holder to the extent necessary to address the COVID-19 pandemic, in accordance with the provisions of article 31 of the TRIPS Agreement,7 and recognizes that paragraph 8 of the ministerial decision on the TRIPS Agreement (WT/MIN(22)/30) states that members of the World Trade Organization will decide on the extension of the ministerial decision;';
    const att = footnotedAttributions('OP21', text, '7', 'TRIPS Agreement,7', 'See World Trade Organization, ministerial decision on the TRIPS Agreement (WT/MIN(22)/30), adopted on 17 June 2022.', ctx);
    expect(att).toContain(`ADOPTED ${MC12} -> Document:WT/MIN(22)/30`);
    expect(att).toContain('ADOPTED_ON Document:WT/MIN(22)/30 -> Date:2022-06-17');
  });

  it('A/RES/78/134 OP23 note 9 (79/195 OP26, 80/121 OP30): "Recalls the decision at the twelfth Ministerial Conference ...; 9": ADOPTED', () => {
    const text =
      'Recalls the decision at the twelfth Ministerial Conference of the World Trade Organization not to impose export restrictions on foodstuffs purchased for non-commercial humanitarian purposes by the World Food Programme; 9';
    const note = 'See World Trade Organization, ministerial decision on World Food Programme food purchases exemption from export prohibitions or restrictions (WT/MIN(22)/29), adopted on 17 June 2022.';
    expect(footnotedAttributions('OP23', text, '9', '; 9', note, ctx)).toContain(`ADOPTED ${MC12} -> Document:WT/MIN(22)/29`);
  });

  it('guard: A/RES/78/134 OP24 note 10: the declaration the note cites is not said to be adopted at a sitting: no ADOPTED', () => {
    const text =
      'Urges the members of the World Trade Organization to start the effective implementation and monitoring of the Marrakesh Ministerial Decision on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing Countries,10 and notes the importance of having a dedicated work programme;';
    const note = 'See World Trade Organization, ministerial declaration on the emergency response to food insecurity (WT/MIN(22)/28), adopted on 17 June 2022.';
    const att = footnotedAttributions('OP24', text, '10', 'Countries,10', note, ctx);
    expect(att).toContain('ADOPTED_ON Document:WT/MIN(22)/28 -> Date:2022-06-17');
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: a sitting named in an earlier clause, the note marked after a semicolon-closed clause in between: no ADOPTED', () => {
    // (A/RES/78/134 OP23's note read after a clause that closes the sitting's: the sitting is another clause's)
    const text =
      'Recalls the decision at the twelfth Ministerial Conference of the World Trade Organization; and notes the ministerial decision on World Food Programme food purchases,9 and its implementation;';
    const note = 'See World Trade Organization, ministerial decision on World Food Programme food purchases exemption from export prohibitions or restrictions (WT/MIN(22)/29), adopted on 17 June 2022.';
    expect(footnotedAttributions('OP23', text, '9', 'purchases,9', note, ctx).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('item 3: a note citing a sitting\'s report for "chap. I, resolution 1, annex" states the adoption: the sitting ADOPTED the text its mark closes', () => {
  const ctx = ctxOf('A/RES/78/148', '2023-12-19');
  const WSSD = 'Event:World Summit on Sustainable Development @ 2002';
  const PP1 =
    'Recalling the Rio Declaration on Environment and Development,1 Agenda 21,2 the Programme for the Further Implementation of Agenda 21, 3 the Johannesburg Declaration on Sustainable Development,4 the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation) 5 and the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”,6';
  const NOTE4 =
    'Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex.';

  it('A/RES/78/148 PP1 note 4 (gold 78/148; 78/151, 78/122): the Summit ADOPTED the Johannesburg Declaration', () => {
    expect(footnotedAttributions('PP1', PP1, '4', 'Development,4', NOTE4, ctx)).toContain(`ADOPTED ${WSSD} -> Framework:Johannesburg Declaration on Sustainable Development`);
  });

  it('guard: A/RES/78/148 PP1 note 3 "Resolution S-19/2, annex." (the Assembly\'s resolution, no sitting\'s report): no ADOPTED of the Programme', () => {
    const att = footnotedAttributions('PP1', PP1, '3', 'Agenda 21, 3', 'Resolution S-19/2, annex.', ctx);
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.endsWith('Framework:Programme for the Further Implementation of Agenda 21'))).toEqual([]);
  });

  it('guard: A/RES/78/148 PP1 note 5 "Ibid., resolution 2, annex." after it: the Plan keeps the ADOPTED its own name gives (span: the name)', () => {
    const notes = [
      { after: 'Development,4', mark: '4', text: NOTE4 },
      { after: 'Implementation) 5', mark: '5', text: 'Ibid., resolution 2, annex.' },
    ];
    const x = extractWithNotes('PP1', PP1, notes, { ...ctx });
    const byName = x.attributions.filter((a) => a.type === 'ADOPTED' && a.target === 'Framework:Johannesburg Plan of Implementation');
    expect(byName.map((a) => a.phrase)).toEqual(['Plan of Implementation of the World Summit on Sustainable Development']);
  });
});

describe('item 4: a numbered sitting of a coalition, alliance, partnership or network is SESSION_OF that Initiative', () => {
  const ctx = ctxOf('A/RES/79/276', '2025-03-04');
  const SMC = 'Initiative:School Meals Coalition';
  const PP5 =
    'Acknowledging the importance of implementing safe, nutritious and sufficient school feeding programmes, taking note of the convening of the first global summit of the School Meals Coalition in Paris on 18 and 19 October 2023 and looking forward to the second global summit of the School Meals Coalition in Fortaleza, Brazil, in September 2025,';

  it('A/RES/79/276 PP5 (gold 79/276; 78/156 PP18, 79/227, 80/141, 80/157): both summits SESSION_OF the Coalition, venues and days kept', () => {
    const att = attributions(PP5, 'preambular', ctx);
    expect(att).toContain(`SESSION_OF Event:first global summit of the School Meals Coalition -> ${SMC}`);
    expect(att).toContain(`SESSION_OF Event:second global summit of the School Meals Coalition -> ${SMC}`);
    expect(att).toContain('HELD_IN Event:first global summit of the School Meals Coalition -> Place:Paris');
    // (no Organization of the Coalition's name)
    expect(att.filter((a) => a.includes('Organization:School Meals Coalition'))).toEqual([]);
  });

  it('A/RES/78/161 PP26 (80/148 PP30): "the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice"', () => {
    const text = 'Taking note of the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice, Poland, from 12 to 15 June 2018,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/78/161', '2023-12-19'))).toContain('SESSION_OF Event:twelfth meeting of the Creative Cities Network -> Initiative:Creative Cities Network');
  });

  // (turned in session 67: aud67n's gold of 78/152 and the golds of 78/120 (aud57d) and 78/280 (aud66u) give a Platform's numbered session SESSION_OF the
  // Platform, as a Coalition's summit is; was a guard that it got none)
  it('a sitting of a platform ("the tenth session of the Global Platform for Disaster Risk Reduction") is SESSION_OF the Platform, nothing else', () => {
    const text = 'Notes the holding of the tenth session of the Global Platform for Disaster Risk Reduction, held in Geneva from 5 to 7 June 2025;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('SESSION_OF'))).toEqual([
      'SESSION_OF Event:tenth session of the Global Platform for Disaster Risk Reduction -> Initiative:Global Platform for Disaster Risk Reduction',
    ]);
  });
});

describe('item 5: the day of an adoption printed in a later verb clause is not a sitting\'s STARTS_ON', () => {
  it('A/RES/78/69 OP143: "... by the Maritime Safety Committee ... at its 103rd session, recalls ..., welcomes the adoption in Yaoundé on 25 June 2013 of the Code of Conduct ...": no STARTS_ON of the session', () => {
    const text =
      'Remains concerned about piracy and armed robbery at sea in the Gulf of Guinea, supports the efforts to address this problem at the global and regional levels, including the adoption of resolution MSC.489(103) on recommended action to address piracy and armed robbery in the Gulf of Guinea, by the Maritime Safety Committee of the International Maritime Organization at its 103rd session, recalls the primary role of States in the region to counter the threat and address the underlying causes of piracy and armed robbery at sea in the Gulf of Guinea, welcomes the adoption in Yaoundé on 25 June 2013 of the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa;';
    const att = attributions(text, 'operative', ctxOf('A/RES/78/69', '2023-12-05'));
    expect(att).toContain('SESSION_OF Event:103rd session of the Maritime Safety Committee -> Organization:Maritime Safety Committee');
    expect(att.filter((a) => a.startsWith('STARTS_ON Event:103rd session'))).toEqual([]);
    expect(att).toContain('ADOPTED_ON Framework:Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa -> Date:2013-06-25');
  });

  it('guard: A/RES/79/222 OP14 "also recalls the forums held in Bali, Indonesia, on 13 October 2018" (no adoption): the forum keeps its day', () => {
    const text =
      'Recalls the launch in 2016 of the Global Infrastructure Forum, led by the multilateral development banks, also recalls the forums held in Bali, Indonesia, on 13 October 2018, and in London, from 6 to 8 October 2020, and looks forward to relevant cooperation;';
    expect(attributions(text, 'operative', ctxOf('A/RES/79/222', '2024-12-19'))).toContain('STARTS_ON Event:Global Infrastructure Forum @ 2018 -> Date:2018-10-13');
  });
});

describe('item 5: a numbered resumed session of a COP meeting is PART_OF the meeting', () => {
  const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const ctx = ctxOf('A/RES/80/135', '2025-12-15');

  it('A/RES/80/135 PP15 (80/133, 80/137-80/140, 80/145): "as well as its two resumed sessions, held online from 3 to 6 December 2024 and in Rome, Italy, ..."', () => {
    const text =
      'Welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024 on the theme “Peace with nature”, as well as its two resumed sessions, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025, respectively, and recalling the Kunming Montreal Global Biodiversity Framework,';
    const att = attributions(text, 'preambular', ctx);
    expect(att).toContain(`PART_OF Event:first resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> ${COP16}`);
    expect(att).toContain(`PART_OF Event:second resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> ${COP16}`);
    // (the meeting itself is its Conference's)
    expect(att).toContain(`SESSION_OF ${COP16} -> Event:Conference of the Parties to the Convention on Biological Diversity`);
  });

  it('guard: "the resumed session of the Special Committee" (a body, no numbered sitting) gets no PART_OF', () => {
    const text = 'Takes note of the statements made on 12 June 2023 to the resumed session of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples;';
    expect(attributions(text, 'operative', ctxOf('A/RES/78/84', '2023-12-06')).filter((a) => a.startsWith('PART_OF Event:'))).toEqual([]);
  });
});

describe('item 5: a numbered Conference of States Parties to a treaty is SESSION_OF the Conference (the series), as a COP\'s numbered sitting is', () => {
  it('A/RES/80/46 OP1: "the Eleventh Conference of States Parties to the Arms Trade Treaty, ..., and notes that the Twelfth Conference of States Parties will be held in Geneva"', () => {
    const text =
      'Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025, which included a discussion on universalization as a priority theme for the Conference, and notes that the Twelfth Conference of States Parties will be held in Geneva from 24 to 28 August 2026;';
    const att = attributions(text, 'operative', ctxOf('A/RES/80/46', '2025-12-01'));
    const series = 'Event:Conference of States Parties to the Arms Trade Treaty';
    expect(att).toContain(`SESSION_OF Event:Eleventh Conference of States Parties to the Arms Trade Treaty -> ${series}`);
    expect(att).toContain(`SESSION_OF Event:Twelfth Conference of States Parties to the Arms Trade Treaty -> ${series}`);
  });

  it('guard: "the Conference of States Parties to the Arms Trade Treaty" itself (no ordinal) is no sitting of a series', () => {
    const text = 'Encourages the Conference of States Parties to the Arms Trade Treaty to continue its work on universalization;';
    expect(attributions(text, 'operative', ctxOf('A/RES/80/46', '2025-12-01')).filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
  });
});

describe('item 5: a numbered sitting of a Conference of the Parties named only in a note is SESSION_OF that Conference', () => {
  const ctx = ctxOf('A/RES/78/155', '2023-12-19');
  const text =
    'Recalling the decisions adopted by the Conference of the Parties to the Convention on Biological Diversity at its thirteenth and fourteenth meetings, on article 8 (j) and related provisions, decision CBD/CP/MOP/VIII/1914 and decision CBD/NP/MOP/DEC/2/7,15 as well as of the work done by the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and related provisions,';
  const NOTE14 =
    'Adopted by the Conference of the Parties serving as the Meeting of the Parties to the Cartagena Protocol on Biosafety at its eighth meeting (see United Nations Environment Programme, document UNEP/CBD/CP/MOP/8/17).';

  it('A/RES/78/155 PP27 note 14: "... at its eighth meeting": SESSION_OF the Conference serving as the Meeting of the Parties to the Cartagena Protocol', () => {
    const att = footnotedAttributions('PP27', text, '14', 'VIII/1914', NOTE14, ctx);
    const cpMop = 'Conference of the Parties serving as the Meeting of the Parties to the Cartagena Protocol on Biosafety to the Convention on Biological Diversity';
    expect(att).toContain(`SESSION_OF Event:eighth meeting of the ${cpMop} -> Event:${cpMop}`);
  });

  it('guard: a note naming the Conference itself, no numbered sitting, gives no SESSION_OF from the note', () => {
    const att = footnotedAttributions('PP27', text, '14', 'VIII/1914', 'See the report of the Conference of the Parties serving as the Meeting of the Parties to the Cartagena Protocol on Biosafety.', ctx);
    expect(att.filter((a) => a.startsWith('SESSION_OF') && a.includes('Cartagena'))).toEqual([]);
  });
});
