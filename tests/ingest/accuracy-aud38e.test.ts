// Session-38 audit aud38e: the texts outside the General Assembly PDFs (A/RES/73/3 as PDF text, A/RES/80/16 as railcar
// Markdown, the draft A/80/L.41, the JSON decision 80/524 and A/RES/79/194 as extracted JSON, S/RES/82 (1950) and 883 (1993)):
// metadata, segmentation, citations and the attributions (LEADS, ORGANIZES, HOSTS, HELD_IN, ADOPTED, PART_OF), then the
// attributions of four corpus-ga texts. Fixed: the political declarations on HIV and AIDS named by their year ("the 2016
// political declaration on HIV and AIDS, adopted in its resolution 70/266") are the gazetteer's declarations of that year,
// adopted by that resolution; a decision titled with a high-level meeting's name names that meeting undated as the sitting of
// its own year; the railcar front matter's catalogue title ("... of the United Nations : requests under Article 19 of the
// Charter :") gives the resolution's title with its own colon ("United Nations: requests"); "Endorses the political
// declaration adopted by the Third United Nations Conference on Landlocked Developing Countries" (A/RES/80/3 OP1) is the
// Awaza Political Declaration, adopted by that conference. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA73: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/3', date: '2018-10-10' };
const { keys, attributions } = oneParagraph({ ctx: GA73, kind: 'operative' });

const HIV_2016 = 'Framework:Political Declaration on HIV and AIDS: On the Fast Track to Accelerating the Fight against HIV and to Ending the AIDS Epidemic by 2030';
const HIV_2021 = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';

describe('a political declaration on HIV and AIDS named by its year', () => {
  it('A/RES/73/3 annex OP2: "the 2016 political declaration on HIV and AIDS, adopted in its resolution 70/266 of 8 June 2016": the 2016 declaration, ADOPTED by 70/266', () => {
    const text =
      'Further reaffirm the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, as reflected in its resolution 71/3 of 5 October 2016, the 2016 political declaration on HIV and AIDS, adopted in its resolution 70/266 of 8 June 2016, the 2014 outcome document of the high-level meeting of the Assembly on the comprehensive review and assessment of the progress achieved in the prevention and control of non-communicable diseases, adopted in its resolution 68/300 of 10 July 2014, and its resolution 72/139 of 12 December 2017;';
    expect(keys(text, 'Framework:Political Declaration on HIV')).toEqual([HIV_2016]);
    expect(attributions(text)).toContain(`ADOPTED Resolution:A/RES/70/266 -> ${HIV_2016}`);
  });

  it('printed with capitals: "Reaffirms the 2016 Political Declaration on HIV and AIDS" is the same declaration, not a node "2016 Political Declaration on HIV and AIDS"', () => {
    expect(keys('Reaffirms the 2016 Political Declaration on HIV and AIDS, adopted in its resolution 70/266 of 8 June 2016;', 'Framework:')).toEqual([HIV_2016]);
  });

  it('"the adoption of the 2021 political declaration on HIV and AIDS, entitled “Political Declaration on HIV and AIDS: Ending Inequalities ...”" (corpus-ga): the 2021 one, both times', () => {
    const text =
      'Welcomes the convening of the high-level meeting on HIV and AIDS, held on 8 June 2021, and the adoption of the 2021 political declaration on HIV and AIDS, entitled “Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030”;';
    expect(new Set(keys(text, 'Framework:Political Declaration on HIV'))).toEqual(new Set([HIV_2021]));
  });

  it('guard: A/RES/78/203 OP40 "Recalls the Political Declaration on HIV and AIDS: Ending Inequalities ..., adopted on 8 June 2021" keeps its subtitle\'s declaration', () => {
    const text =
      'Recalls the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted on 8 June 2021 at the high-level meeting of the General Assembly on HIV and AIDS;';
    expect(keys(text, 'Framework:Political Declaration on HIV')).toEqual([HIV_2021]);
  });

  it('guard: "the political declarations on HIV and AIDS adopted by the high-level meetings ... held in 2006, 2011, 2016 and 2021" names no one declaration', () => {
    const text = 'Recalling the political declarations on HIV and AIDS adopted by the high-level meetings of the General Assembly held in 2006, 2011, 2016 and 2021,';
    expect(keys(text, 'Framework:Political Declaration on HIV', 'preambular')).toEqual([]);
  });
});

const WSIS_MEETING = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
const DECISION_80_524: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/DEC/80/524',
  date: '2025-12-16',
  title: 'High-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
};
const DECISION_TEXT =
  'At its 65th plenary meeting, on 16 December 2025, the General Assembly, on the proposal of its President, decided to invite the representatives of the following United Nations system entities and stakeholder organizations to make a statement at the High-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society: International Telecommunication Union, Internet Society and IT for Change.';

describe('a decision titled with a high-level meeting\'s name', () => {
  it('GA decision 80/524 (JSON, ED_DecisionText): "to make a statement at the High-level meeting on the overall review ...": the 2025 sitting, the node A/RES/80/173 names', () => {
    expect(keys(DECISION_TEXT, 'Event:high-level', 'operative', { ...DECISION_80_524 })).toEqual([`${WSIS_MEETING} @ 2025`]);
  });

  it('guard: the same words in a resolution of that title and day stay undated (a resolution may convene a later sitting)', () => {
    const resolution: RecognizeContext = { ...DECISION_80_524, symbol: 'A/RES/80/999' };
    expect(keys(DECISION_TEXT, 'Event:high-level', 'operative', resolution)).toEqual([WSIS_MEETING]);
  });

  it('guard: a decision with another title leaves the meeting undated', () => {
    const other: RecognizeContext = { ...DECISION_80_524, title: 'Participation of observers in the work of the General Assembly' };
    expect(keys(DECISION_TEXT, 'Event:high-level', 'operative', other)).toEqual([WSIS_MEETING]);
  });
});

describe('the railcar front matter\'s catalogue title punctuation', () => {
  /** a railcar Markdown text with its front matter, segmented as the pipeline does (the front matter as the reader splits it) */
  const readRailcar = (catalogueTitle: string, body: string) => {
    const src: SourceText = { file: 'A_RES_80_2.railcar.txt', format: 'markdown', text: body, meta: { symbol: 'A/RES/80/2', title: catalogueTitle, date: '2025-10-15' } };
    return segmentResolutions(cleanText(src), src)[0]!;
  };
  const HEAD = 'United Nations\n\nGeneral Assembly Distr.: General 15 October 2025\n\nEightieth session Agenda item 140\n\nResolution adopted by the General Assembly on 14 October 2025\n\n[on the report of the Fifth Committee (A/80/401, para. 6)]\n\n';
  const BODY = 'The General Assembly,\n\nReaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear the expenses of the Organization,\n\n1. Reaffirms its role in accordance with the provisions of Article 19 of the Charter of the United Nations;\n';

  it('A/RES/80/2 (railcar): the title line cut after "of the" is completed as printed, "United Nations: requests under Article 19 of the Charter", not with the catalogue\'s " : "', () => {
    const res = readRailcar(
      'Scale of assessments for the apportionment of the expenses of the United Nations : requests under Article 19 of the Charter :',
      `${HEAD}80/2. Scale of assessments for the apportionment of the expenses of the\n\n${BODY}`,
    );
    expect(res.title).toBe('Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter');
  });

  it('the front matter\'s title alone (no title line printed) is given with the resolution\'s colon too', () => {
    const res = readRailcar('Scale of assessments for the apportionment of the expenses of the United Nations : requests under Article 19 of the Charter :', `${HEAD}${BODY}`);
    expect(res.title).toBe('Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter');
  });

  it('guard: A/RES/80/23 "... systems of nuclear weapons :" loses only its closing colon; a full title line printed stays as printed', () => {
    const res = readRailcar('Possible risks of the integration of artificial intelligence into command, control and communications systems of nuclear weapons :', `${HEAD}80/23. Possible risks of the integration of artificial intelligence into\n\n${BODY}`);
    expect(res.title).toBe('Possible risks of the integration of artificial intelligence into command, control and communications systems of nuclear weapons');
    const printed = readRailcar('Awaza Political Declaration :', `${HEAD}80/3. Awaza Political Declaration\n\n${BODY}`);
    expect(printed.title).toBe('Awaza Political Declaration');
  });
});

describe('a known political declaration printed as the one its sitting adopted', () => {
  const GA80_3: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-14', title: 'Awaza Political Declaration' };
  const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';
  const { relations: rel80, attributions: att80 } = oneParagraph({ ctx: GA80_3, kind: 'operative' });

  it('A/RES/80/3 OP1 (railcar): "Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries, which is contained in the annex": ENDORSES the Awaza Political Declaration, which the conference ADOPTED', () => {
    const text = 'Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries, which is contained in the annex to the present resolution;';
    expect(rel80(text)).toEqual(['ENDORSES Framework:Awaza Political Declaration']);
    expect(att80(text)).toEqual([`ADOPTED ${LLDC3} -> Framework:Awaza Political Declaration`]);
  });

  it('guard: A/RES/80/3 OP2 "for hosting the Third United Nations Conference on Landlocked Developing Countries": the conference, no declaration', () => {
    const text = 'Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting the Third United Nations Conference on Landlocked Developing Countries, from 5 to 8 August 2025, and for providing all the necessary support.';
    // (and the State thanked: "to the Government and the people of Turkmenistan" addresses it, aud51g's rule, session 51)
    expect(rel80(text)).toEqual(['EXPRESSES Place:Turkmenistan', `EXPRESSES ${LLDC3}`]);
  });

  it('guard: "the political declaration adopted by" a sitting the gazetteer knows no declaration of makes none up', () => {
    const text = 'Recalls the political declaration adopted by the Second United Nations Conference on Landlocked Developing Countries;';
    expect(rel80(text).filter((r) => r.includes('Framework:'))).toEqual([]);
  });
});
