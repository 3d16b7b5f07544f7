// Misses found by the session-49 audit aud49d (gold set aud49d: A/RES/78/230 tax cooperation, 78/150 gender equality and the
// SDGs, 78/143 oil slick; Second Committee texts) and the same forms across corpus-ga. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/230', date: '2023-12-22' };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

describe('a sitting named by the year printed right before its lowercase name starts in that year', () => {
  const SPECIAL_MEETING = 'Event:special meeting of the Economic and Social Council on international cooperation in tax matters @ 2023';

  it('A/RES/78/230 PP19: "the 2023 special meeting of the Economic and Social Council on international cooperation in tax matters"', () => {
    const text =
      'Noting also the work of the Committee of Experts on International Cooperation in Tax Matters and the 2023 special meeting of the Economic and Social Council on international cooperation in tax matters,';
    expect(attributions(text)).toContain(`STARTS_ON ${SPECIAL_MEETING} -> Date:2023`);
    expect(keys(text, 'Date:')).toEqual(['Date:2023']);
  });

  // (turned in session 67: aud67s and aud67t read the year inside the declaration's name, the gazetteer's declaration of the SDG Summit,
  // as aud67f's gold of 78/174 PP6 gives; was the forum's sitting of 2023 started that year)
  it('A/RES/78/174 PP6 (79/146 PP9, 80/178 PP7): "the political declaration of the 2023 high-level political forum on sustainable development ... at the Sustainable Development Goals Summit" is the Summit\'s declaration', () => {
    const text =
      'Welcoming further the adoption of the political declaration of the 2023 high-level political forum on sustainable development convened under the auspices of the General Assembly at the Sustainable Development Goals Summit,';
    expect(keys(text, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit']);
    expect(attributions(text)).toContain(
      'ADOPTED Event:Sustainable Development Goals Summit -> Framework:Political Declaration of the High-level Political Forum on Sustainable Development',
    );
  });

  it('A/RES/78/139 OP15 (78/137, 78/141, 79/197, 80/123, ...): "at the 2024 Economic and Social Council forum on financing for development follow-up": the year before the owner is a date the paragraph mentions', () => {
    const text =
      'Looks forward to the further consideration of financial inclusion for sustainable development at the 2024 Economic and Social Council forum on financing for development follow-up;';
    expect(attributions(text, 'operative')).toContain('STARTS_ON Event:forum on financing for development follow-up @ 2024 -> Date:2024');
    expect(keys(text, 'Date:', 'operative')).toEqual(['Date:2024']);
  });

  it('guard: a year printed elsewhere before the forum ("the report for 2023 of the ... forum") dates no sitting', () => {
    const text = 'Noting the report for 2023 of the high-level political forum on sustainable development,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
    expect(keys(text, 'Event:')).toEqual([]);
  });

  it('guard: the days printed after the sitting date it, not a year before its name (A/RES/78/128 PP13)', () => {
    const text =
      'Recalling also that the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held from 5 to 15 July 2022, reviewed in depth Sustainable Development Goals 4, 5, 14 and 15,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON') && a.endsWith('-> Date:2022'))).toEqual([]);
  });
});

describe('the tax-cooperation texts name the Tax Inspectors Without Borders programme and the OECD exchange standard', () => {
  it('A/RES/78/230 PP25: "in the joint Tax Inspectors Without Borders programmes"', () => {
    const text =
      'Noting the work and collaboration between the United Nations Development Programme and the Organisation for Economic Co-operation and Development in the joint Tax Inspectors Without Borders programmes, and stressing that similar efforts should be strengthened,';
    expect(relations(text)).toContain('NOTES Initiative:Tax Inspectors Without Borders');
    expect(relations(text)).toContain('NOTES Organization:United Nations Development Programme');
  });

  it('A/RES/78/140 PP35 (79/234 PP38, 80/126 PP40): "the joint Organisation for Economic Co-operation and Development/United Nations Development Programme initiative, Tax Inspectors Without Borders"', () => {
    const text =
      'Noting the ongoing efforts of the joint Organisation for Economic Co-operation and Development/United Nations Development Programme initiative, Tax Inspectors Without Borders, to support developing countries through targeted tax audit assistance programmes,';
    expect(relations(text)).toContain('NOTES Initiative:Tax Inspectors Without Borders');
  });

  it('A/RES/78/230 PP21 (78/140 PP38, 79/234 PP41, 80/126 PP43): "the Standard for Automatic Exchange of Financial Account Information in Tax Matters"', () => {
    const text =
      'Noting the implementation of the Standard for Automatic Exchange of Financial Account Information in Tax Matters under a common reporting standard developed by the Organisation for Economic Co-operation and Development, as well as the role of the Global Forum on Transparency and Exchange of Information for Tax Purposes,';
    expect(relations(text)).toEqual([
      'NOTES Framework:Standard for Automatic Exchange of Financial Account Information in Tax Matters',
      'NOTES Organization:Organisation for Economic Co-operation and Development',
      'NOTES Organization:Global Forum on Transparency and Exchange of Information for Tax Purposes',
    ]);
  });

  it('guard: the lowercase "common reporting standard" alone names no framework', () => {
    const text = 'Noting the implementation of a common reporting standard developed by the Organisation for Economic Co-operation and Development,';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('"the trust fund" after the Eastern Mediterranean oil spill restoration trust fund was named is that fund', () => {
  const FUND = 'Initiative:Eastern Mediterranean Oil Spill Restoration Trust Fund';
  const oilSlick = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/143', date: '2023-12-19' });
  const PP13 =
    'Acknowledging that the Secretary-General has welcomed the agreement of the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill restoration trust fund, under its existing mechanism, and expressing concern that to date no contributions have been made to the trust fund,';
  const OP8 =
    'Notes that in his report the Secretary-General urged Member States, international organizations, international and regional financial institutions, non-governmental organizations and the private sector to intensify their support for Lebanon in this matter, particularly for recovery and rehabilitation activities on the Lebanese coast, reiterates its invitation to States and the international donor community to make voluntary financial contributions to the trust fund, and in this regard requests the Secretary-General to mobilize international technical and financial assistance in order to ensure that the trust fund has sufficient and adequate resources;';

  it('A/RES/78/143 PP13 (79/200, 80/130): "..., and expressing concern that to date no contributions have been made to the trust fund"', () => {
    expect(relations(PP13, 'preambular', oilSlick())).toContain(`EXPRESSES ${FUND}`);
  });

  it('A/RES/78/143 OP8 (79/200, 80/130): "reiterates its invitation to ... contributions to the trust fund, and ... requests the Secretary-General ... that the trust fund has ..."', () => {
    const c = oilSlick();
    relations(PP13, 'preambular', c);
    const rel = relations(OP8, 'operative', c);
    expect(rel).toContain(`REITERATES ${FUND}`);
    expect(rel).toContain(`REQUESTS ${FUND}`);
  });

  it('guard: in a text that never named that fund, "the trust fund" is no node (another text\'s own trust fund)', () => {
    expect(keys(OP8, 'Initiative:', 'operative', oilSlick())).toEqual([]);
  });
});

describe('the tax convention and the committee that A/RES/78/230 establishes in lower case are the nodes their later names key', () => {
  const AD_HOC = 'Organization:Ad Hoc Committee to Draft Terms of Reference for a United Nations Framework Convention on International Tax Cooperation';
  const CONVENTION = 'Framework:United Nations Framework Convention on International Tax Cooperation';
  const OP3 =
    'Decides to establish a Member State-led, open-ended ad hoc intergovernmental committee for the purpose of drafting terms of reference for a United Nations framework convention on international tax cooperation;';
  const tax = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/230', date: '2023-12-22' });

  it('A/RES/78/230 OP1 (79/1 OP23, 80/5 annex OP42): "developing a United Nations framework convention on international tax cooperation is needed"', () => {
    const text =
      'Emphasizes that developing a United Nations framework convention on international tax cooperation is needed in order to strengthen international tax cooperation and make it fully inclusive and more effective;';
    expect(relations(text, 'operative', tax())).toEqual([`EMPHASIZES ${CONVENTION}`]);
  });

  it('A/RES/78/230 OP3: the committee established in lower case (the convention inside its name is no mention of its own)', () => {
    expect(relations(OP3, 'operative', tax())).toEqual([`DECIDES ${AD_HOC}`]);
  });

  it('A/RES/78/230 OP8, OP9: "Requests the ad hoc intergovernmental committee to submit a report to the General Assembly at its seventy-ninth session"; "Decides to consider the report of the ad hoc intergovernmental committee at its seventy-ninth session" is the Assembly\'s session', () => {
    const c = tax();
    relations(OP3, 'operative', c);
    const op8 = relations('Requests the ad hoc intergovernmental committee to submit a report to the General Assembly at its seventy-ninth session, containing the draft terms of reference for a United Nations framework convention;', 'operative', c);
    expect(op8).toContain(`REQUESTS ${AD_HOC}`);
    const op9 = 'Decides to consider the report of the ad hoc intergovernmental committee at its seventy-ninth session and to include in the provisional agenda of its seventy-ninth session the sub-item;';
    expect(new Set(keys(op9, 'Event:', 'operative', c))).toEqual(new Set(['Event:seventy-ninth session of the General Assembly']));
    expect(relations(op9, 'operative', c)).toContain(`DECIDES ${AD_HOC}`);
  });

  it('guard: in a text that never named the tax committee, "the ad hoc intergovernmental committee" is no node', () => {
    expect(keys('Requests the ad hoc intergovernmental committee to submit a report;', 'Organization:', 'operative', tax())).toEqual([]);
  });

  it('guard: a body printed right before "at its" that the Assembly does not consider a report of keeps its own session ("by the World Health Assembly at its seventy-seventh session")', () => {
    const text = 'Welcoming the resolution adopted by the World Health Assembly at its seventy-seventh session,';
    expect(keys(text, 'Event:', 'preambular', tax())).toEqual(['Event:seventy-seventh session of the World Health Assembly']);
  });
});
