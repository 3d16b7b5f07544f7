// Session-66 audit aud66t: residual faults of four session-65 gold sets (A/RES/79/133 return of cultural property, 80/148 culture,
// 80/144 mountains, 78/162 middle-income countries). Each case quotes the file and paragraph it comes from; each fix has a guard
// for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const MIC = ctxOf('A/RES/78/162', '2023-12-19', 'Development cooperation with middle-income countries');
const { keys, relations, attributions } = oneParagraph({ ctx: MIC, kind: 'preambular' });

describe('"the operational activities for development segment of the 2023 session of the Economic and Social Council": a sitting of that session', () => {
  const SEGMENT = 'Event:operational activities for development segment of the 2023 session of the Economic and Social Council';
  const SESSION = 'Event:2023 session of the Economic and Social Council';
  const ECOSOC = 'Organization:Economic and Social Council';

  it('A/RES/78/162 PP11 (80/149 PP11): "welcoming in this regard the discussions at the operational activities for development segment of ..."', () => {
    const text =
      'Welcoming the ongoing efforts of the Secretary-General, acknowledging the progress made thus far in advancing the mandates of its resolution 71/243 of 21 December 2016 and its resolution 72/279 of 31 May 2018, and welcoming in this regard the discussions at the operational activities for development segment of the 2023 session of the Economic and Social Council,';
    const rels = relations(text);
    expect(rels).toContain(`WELCOMES ${SEGMENT}`);
    // (the session named inside the segment's name takes the verb too, as with "the general debate of the eightieth session")
    expect(rels).toContain(`WELCOMES ${SESSION}`);
    const atts = attributions(text);
    expect(atts).toContain(`PART_OF ${SEGMENT} -> ${SESSION}`);
    expect(atts).toContain(`SESSION_OF ${SEGMENT} -> ${ECOSOC}`);
    expect(atts).toContain(`SESSION_OF ${SESSION} -> ${ECOSOC}`);
    // (a year-named session is no Organization of its own)
    expect(atts.filter((a) => a.includes('-> Organization:2023 session'))).toEqual([]);
  });

  it('guard: A/RES/79/226 OP "at its operational activities for development segment": no session printed, no segment read', () => {
    const text =
      'Reiterates its request to the Secretary-General to continue regular follow-up, monitoring and reporting, including to the Economic and Social Council at its operational activities for development segment, on the work of regional assets;';
    expect(keys(text, 'Event:', 'operative')).toEqual([]);
  });

  it('guard: "the 2023 session of the Economic and Social Council" printed alone stays the session of the Council', () => {
    const text = 'Welcoming in this regard the discussions at the 2023 session of the Economic and Social Council,';
    expect(keys(text, 'Event:')).toEqual([SESSION]);
    expect(attributions(text)).toEqual([`SESSION_OF ${SESSION} -> ${ECOSOC}`]);
  });
});

describe('"<framework>, adopted by <body> at its <n> session, held in <venue> from <days>, in its resolution <number>": the resolution adopted it', () => {
  const FRAMEWORK = 'Framework:Strategic Framework for Partnering with Middle-income Countries';
  const GC = 'Organization:General Conference of the United Nations Industrial Development Organization';
  const RES9 = 'Resolution:General Conference of the United Nations Industrial Development Organization resolution GC.18/Res.9';

  it('A/RES/78/162 PP15 (80/149 PP15): "... adopted by the General Conference of UNIDO at its eighteenth session, held in Abu Dhabi from 3 to 7 November 2019, in its resolution GC.18/Res.9"', () => {
    const text =
      'Taking note of the United Nations Industrial Development Organization Strategic Framework for Partnering with Middle-Income Countries, adopted by the General Conference of the United Nations Industrial Development Organization at its eighteenth session, held in Abu Dhabi from 3 to 7 November 2019, in its resolution GC.18/Res.9 of 7 November 2019,';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED ${RES9} -> ${FRAMEWORK}`);
    expect(atts).toContain(`ADOPTED ${GC} -> ${RES9}`);
    expect(atts).toContain('HELD_IN Event:eighteenth session of the General Conference of the United Nations Industrial Development Organization -> Place:Abu Dhabi');
  });

  it('guard: A/RES/79/222 PP17 "adopted by the General Conference ... in its resolution GC.18/Res.9" (no session between) is read as before', () => {
    const text =
      'Taking note of the Strategic Framework for Partnering with Middle-Income Countries adopted by the General Conference of the United Nations Industrial Development Organization in its resolution GC.18/Res.9 of 7 November 2019, entitled “Inclusive and sustainable industrial development in middle-income countries”,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/79/222', '2024-12-19', 'Industrial development cooperation'))).toContain(`ADOPTED ${RES9} -> ${FRAMEWORK}`);
  });

  it('guard: A/RES/79/222 PP18 "acknowledged by the General Conference of the Organization in its resolution GC.18/Res.3": no adoption', () => {
    const text =
      'Taking note also of the Small Island Developing States Strategy 2019–2025 of the United Nations Industrial Development Organization, acknowledged by the General Conference of the Organization at its eighteenth session, held in Abu Dhabi from 3 to 7 November 2019, in its resolution GC.18/Res.3 of 7 November 2019,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/79/222', '2024-12-19', 'Industrial development cooperation')).filter((a) => a.startsWith('ADOPTED Resolution'))).toEqual([]);
  });
});

describe('"the Council of the World Customs Organization": the organ, PART_OF the organization, which takes the verb too', () => {
  const CTX = ctxOf('A/RES/79/133', '2024-12-04', 'Return or restitution of cultural property to the countries of origin');
  const COUNCIL = 'Organization:Council of the World Customs Organization';
  const WCO = 'Organization:World Customs Organization';

  it('A/RES/79/133 PP18: "the resolution adopted by the Council of the World Customs Organization in July 2016 on the role of customs ..."', () => {
    const text =
      'Recalling the resolution adopted by the Council of the World Customs Organization in July 2016 on the role of customs in preventing illicit trafficking in cultural objects,';
    expect(attributions(text, 'preambular', CTX)).toContain(`PART_OF ${COUNCIL} -> ${WCO}`);
    expect(relations(text, 'preambular', CTX)).toEqual(expect.arrayContaining([`RECALLS ${COUNCIL}`, `RECALLS ${WCO}`]));
  });

  it('guard: A/RES/79/53 PP28 "led by the World Customs Organization": the organization alone, as before', () => {
    const text = 'Welcoming the programme Global Shield, led by the World Customs Organization, to counter the illicit diversion of chemical precursors,';
    expect(keys(text, 'Organization:', 'preambular', CTX)).toEqual([WCO]);
  });
});
