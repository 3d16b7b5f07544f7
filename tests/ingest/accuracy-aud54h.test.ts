// Session-54 audit aud54h: residuals reported by this session's finished helpers, each with the file and paragraph it was
// found in and a guard:
// - "convened under the auspices of the General Assembly" (some 70 paragraphs of corpus-ga, in a declaration's words or after
//   the forum's own mention) is the Assembly as agent of its own act: no verb edge, as "convened by the General Assembly" (the
//   lead's ruling, session 54); its ORGANIZES stays, and another body under whose auspices a sitting meets keeps the verb;
// - the United Nations as the setting of what the clause names, not an actor: "at the United Nations", "throughout the United
//   Nations", "obtained from the United Nations", "the Permanent Representatives of X to the United Nations" (UN_SETTING_BEFORE_RE,
//   some 35 verb edges of corpus-ga); "with the United Nations" (a partner) and the Organization addressed keep the verb;
// - a relative clause sorting States by membership ("States members of the Initiative that are not members of the European Union")
//   names a body that is no target (MEMBERS_RELATIVE_BEFORE_RE); "States members of <body>" alone keeps its target (the golds);
// - "the Special Coordinator" refers back to the Special Coordinator named in full before it (entityScan SHORT_HEADS);
// - a period of years printed with a non-breaking hyphen (U+2011) ends a name as one printed with an en dash (capitalChunks YEAR_RE);
// - "a small island developing States Centre of Excellence": no body "States Centre of Excellence" (capitalChunks statesAfterLowercase).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/148', date: '2023-12-19' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA78, kind: 'preambular' });
const GA = 'Organization:General Assembly';
const ECOSOC = 'Organization:Economic and Social Council';
const toAssembly = (rel: readonly string[]): string[] => rel.filter((r) => r.endsWith(` ${GA}`));

describe('"under the auspices of the General Assembly": the Assembly\'s own act, no verb target (ruling, session 54)', () => {
  it('A/RES/78/148 PP8: "in line with the pledge of the 2019 high-level political forum on sustainable development convened under the auspices of the General Assembly": no RECALLS of the Assembly, which ORGANIZES the forum and is still mentioned', () => {
    const text =
      'Recalling the proclamation of the period 2021–2030 as the Second Decade of Action for Road Safety, with a goal of reducing road traffic deaths and injuries by at least 50 per cent from 2021 to 2030, in line with the pledge of the 2019 high-level political forum on sustainable development convened under the auspices of the General Assembly,';
    expect(toAssembly(relations(text))).toEqual([]);
    expect(attributions(text).some((a) => a.startsWith(`ORGANIZES ${GA} -> `))).toBe(true);
    expect(keys(text, GA)).toContain(GA);
  });

  it('A/RES/78/265 PP2 (78/311 PP2, 79/322 PP2): the Assembly inside the declaration\'s words: no REAFFIRMS of it, as after the forum\'s own mention; the summit stays a target', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, and the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };
    expect(toAssembly(relations(text, 'preambular', ctx))).toEqual([]);
    expect(relations(text, 'preambular', ctx)).toContain('REAFFIRMS Event:Sustainable Development Goals Summit @ 2023');
    expect(attributions(text, 'preambular', ctx)).toContain(`ORGANIZES ${GA} -> Event:Sustainable Development Goals Summit @ 2023`);
  });

  it('A/RES/79/319 OP12: "invites the President of the General Assembly to include this annual meeting in the official calendar of informal meetings organized under the auspices of the General Assembly": no INVITES of the Assembly', () => {
    const text =
      'Welcomes the contribution of the joint United Nations-Inter-Parliamentary Union parliamentary hearing at the United Nations to ongoing United Nations processes, and invites the President of the General Assembly to include this annual meeting in the official calendar of informal meetings organized under the auspices of the General Assembly;';
    expect(toAssembly(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-06-10' }))).toEqual([]);
  });

  it('A/RES/78/206 OP11 (80/216 OP12): "the high-level political forum ..., under the auspices of the General Assembly and of the Economic and Social Council": neither organ a target (the Council too since the ruling of session 64)', () => {
    const text =
      'Reaffirms that the high-level political forum on sustainable development, under the auspices of the General Assembly and of the Economic and Social Council, has the central role in overseeing follow-up and review at the global level of the Sustainable Development Goals, and encourages Member States to share their experiences and best practices;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/206', date: '2023-12-19' });
    expect(toAssembly(rel)).toEqual([]);
    expect(rel).not.toContain(`REAFFIRMS ${ECOSOC}`);
  });

  // (lead's ruling, session 62, aud62g: any body under whose auspices a forum is held takes no verb, its ORGANIZES stays; this
  // guard kept the Council a target before)
  it('A/RES/78/128 PP13 "the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council": another body\'s auspices take no verb either', () => {
    const text =
      'Recalling also that the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held from 5 to 15 July 2022, reviewed in depth Sustainable Development Goals 4, 5, 14, 15 and 17,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-18' })).not.toContain(`RECALLS ${ECOSOC}`);
  });

  it('guard: A/RES/79/319 OP12 "invites the President of the General Assembly": the officer of the same sentence stays a target', () => {
    const text =
      'Welcomes the contribution of the joint United Nations-Inter-Parliamentary Union parliamentary hearing at the United Nations to ongoing United Nations processes, and invites the President of the General Assembly to include this annual meeting in the official calendar of informal meetings organized under the auspices of the General Assembly;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-06-10' }).some((r) => r.startsWith('INVITES ') && r.includes('President of the General Assembly'))).toBe(true);
  });
});

const UN = 'Organization:United Nations';
const toUN = (rel: readonly string[]): string[] => rel.filter((r) => r.endsWith(` ${UN}`));
const GA79_116: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/116', date: '2024-12-04' };

describe('the United Nations as a setting, not an actor: no verb target', () => {
  it('A/RES/79/116 OP5 (78/102, 80/160): "welcomes the reaffirmation by the Secretary-General that there will be no tolerance for any corruption at the United Nations": WELCOMES the Secretary-General, not the UN', () => {
    const text =
      'Expresses its concern with respect to all alleged crimes on the part of United Nations officials and experts on mission, including allegations of fraud, corruption and other financial crimes, and in that regard welcomes the reaffirmation by the Secretary-General that there will be no tolerance for any corruption at the United Nations;';
    const rel = relations(text, 'operative', GA79_116);
    expect(toUN(rel)).toEqual([]);
    expect(rel).toContain('WELCOMES Organization:Secretary-General of the United Nations');
  });

  it('A/RES/79/116 OP6: "is fully implemented in a coherent and coordinated manner throughout the United Nations, including funds and programmes": no URGES of the UN', () => {
    const text =
      'Urges the Secretary-General to continue to ensure that his zero-tolerance policy for criminal activities, such as sexual exploitation and abuse, fraud and corruption, is made known to all United Nations officials and experts on mission at all levels, especially those in managerial positions, and is fully implemented in a coherent and coordinated manner throughout the United Nations, including funds and programmes;';
    expect(toUN(relations(text, 'operative', GA79_116))).toEqual([]);
  });

  it('A/RES/79/116 OP12 (b): "to explore ways and means of facilitating the possible use of information and material obtained from the United Nations for purposes of criminal proceedings": no ENCOURAGES of the UN', () => {
    const text =
      'Encourages all States: (b) In accordance with their national law, to explore ways and means of facilitating the possible use of information and material obtained from the United Nations for purposes of criminal proceedings initiated in their territory for the prosecution of crimes of a serious nature committed by United Nations officials and experts on mission, bearing in mind due process considerations;';
    expect(toUN(relations(text, 'operative', GA79_116))).toEqual([]);
  });

  it('A/RES/78/232 OP36: "the preparatory committee, co-chaired by the Permanent Representatives of Maldives and New Zealand to the United Nations": no NOTES of the UN', () => {
    const text =
      'Takes note of the schedule for the preparatory committee, co-chaired by the Permanent Representatives of Maldives and New Zealand to the United Nations, to facilitate the intergovernmental process for the outcome document for the fourth International Conference on Small Island Developing States, and in this regard calls upon all relevant stakeholders to work constructively and in collaboration with small island developing States;';
    expect(toUN(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' }))).toEqual([]);
  });

  it('A/RES/78/140 OP29 (79/234 OP33, 80/126 OP38): "Recognizes the importance of the consideration of international tax cooperation at the United Nations": no RECOGNIZES of the UN', () => {
    const text = 'Recognizes the importance of the consideration of international tax cooperation at the United Nations;';
    expect(toUN(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/140', date: '2023-12-19' }))).toEqual([]);
  });

  it('guard: A/RES/79/116 OP11 "Encourages all States and the United Nations to cooperate with each other": the Organization addressed stays a target', () => {
    const text = 'Encourages all States and the United Nations to cooperate with each other in the exchange of information;';
    expect(relations(text, 'operative', GA79_116)).toContain(`ENCOURAGES ${UN}`);
  });

  it('guard: A/RES/80/116 OP6 "Urges all States to cooperate with the United Nations": a partner, not a setting, stays a target', () => {
    const text = 'Urges all States to cooperate with the United Nations with respect to the question;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/116', date: '2025-12-03' })).toContain(`URGES ${UN}`);
  });

  it('guard: A/RES/79/139 OP67 "Also encourages Member States, with support from the United Nations upon request, to establish": the Organization\'s own support stays the verb\'s', () => {
    const text = 'Also encourages Member States, with support from the United Nations upon request, to establish national mechanisms;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/139', date: '2024-12-11' })).toContain(`ENCOURAGES ${UN}`);
  });
});

describe('"that are (not) members of the <body>": the States are meant, the body is no target', () => {
  const GA79_135: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/135', date: '2024-12-04' };

  it('A/RES/79/135 OP12: "operations of the Bank in States members of the Initiative that are not members of the European Union": no WELCOMES of the Union; the Bank stays a target', () => {
    const text =
      'Welcomes the Central European Initiative’s relations with the European Bank for Reconstruction and Development through the Central European Initiative Fund at the European Bank for Reconstruction and Development, entirely financed by Italy, which provides mainly grant-type assistance for specific components of technical cooperation projects, linked to large operations of the Bank in States members of the Initiative that are not members of the European Union, and of projects related to capacity-building and the sharing of good practices between States members of the Initiative that are members of the European Union and those that are not, through the Initiative’s know-how exchange programme;';
    const rel = relations(text, 'operative', GA79_135);
    expect(rel.filter((r) => r.endsWith('Organization:European Union'))).toEqual([]);
    expect(rel).toContain('WELCOMES Organization:European Bank for Reconstruction and Development');
  });

  it('A/RES/78/53 PP20 (79/50, 80/24): "the proposals submitted by the States members of the Conference on Disarmament that are members of the Group of 21": no REAFFIRMS of the Group', () => {
    const text =
      'Reaffirming the proposals submitted by the States members of the Conference on Disarmament that are members of the Group of 21 on the follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament, pursuant to Assembly resolution 68/32 of 5 December 2013, as contained in documents of the Conference,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/53', date: '2023-12-04' }).filter((r) => r.endsWith('Organization:Group of 21'))).toEqual([]);
  });

  it('guard: A/RES/79/326 PP3 "Welcoming the efforts of the States members of the Commonwealth of Independent States": the body stays a target (its gold)', () => {
    const text = 'Welcoming the efforts of the States members of the Commonwealth of Independent States to attain objectives consistent with the purposes and principles of the United Nations,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/326', date: '2025-06-02' })).toContain('WELCOMES Organization:Commonwealth of Independent States');
  });

  it('guard: A/RES/78/218 OP18 (m) "To become a member of the International Labour Organization": the body to join stays a target', () => {
    const text = 'Urges the Government: (m) To become a member of the International Labour Organization, to enact legislation and adopt practices to comply with international labour standards;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/218', date: '2023-12-19' })).toContain('URGES Organization:International Labour Organization');
  });
});

describe('"the Special Coordinator" after the full name: the same body', () => {
  const GA79_116b: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/116', date: '2024-12-04' };
  const SC = 'Organization:Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse';

  it('A/RES/79/116 OP4 (78/102 OP4): "welcomes the work of the Special Coordinator on Improving ..., and requests the Secretary-General to ... the implementation of the mandate of the Special Coordinator": REQUESTS the Special Coordinator too', () => {
    const text =
      'Also welcomes the work of the Special Coordinator on Improving the United Nations Response to Sexual Exploitation and Abuse, and requests the Secretary-General to regularly update Member States on progress with respect to the implementation of the mandate of the Special Coordinator;';
    const rel = relations(text, 'operative', { ...GA79_116b });
    expect(rel).toContain(`WELCOMES ${SC}`);
    expect(rel).toContain(`REQUESTS ${SC}`);
  });

  it('guard: "requests the Special Coordinator to report" with no Special Coordinator named before: no body read', () => {
    const text = 'Requests the Special Coordinator to report to the General Assembly at its eightieth session;';
    // (a fresh context: the resolution's state keeps the bodies its earlier paragraphs named)
    expect(keys(text, 'Organization:Special Coordinator', 'operative', { ...GA79_116b })).toEqual([]);
  });
});

describe('a period of years with a non-breaking hyphen ends a name, as with an en dash', () => {
  const op9 = (dash: string): string =>
    `Welcomes, in this regard, the role assumed by the Central European Initiative, in addition to political dialogue, as a promoter of project-oriented and other tangible activities in line with the Central European Initiative Plan of Action 2024${dash}2026, aimed at enhancing solidarity and cooperation;`;
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/135', date: '2024-12-04' });
  const PLAN = 'Framework:Central European Initiative Plan of Action 2024-2026';

  it('A/RES/79/135 OP9: "the Central European Initiative Plan of Action 2024\u20112026" (U+2011, as the PDF prints it): the Plan with its years, one key with the en-dash printing', () => {
    expect(relations(op9('\u2011'), 'operative', ctx())).toContain(`WELCOMES ${PLAN}`);
    expect(relations(op9('\u2013'), 'operative', ctx())).toContain(`WELCOMES ${PLAN}`);
  });

  it('guard: "the proposed programme budget for 2026 for the International Law Fellowship Programme" (A/RES/79/120 OP8): a lone year still opens no name', () => {
    const text = 'Requests the Secretary-General to include in the proposed programme budget for 2026 for the International Law Fellowship Programme the resources needed;';
    expect(keys(text, 'Initiative:', 'operative', ctx()).concat(keys(text, 'Organization:', 'operative', ctx())).filter((k) => k.includes('2026'))).toEqual([]);
  });
});

describe('"developing States <Capitalised noun>": a common noun phrase, no name', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/232', date: '2023-12-22' });

  it('A/RES/78/232 OP42: "the decision by the Government of Antigua and Barbuda to establish a small island developing States Centre of Excellence": no node "States Centre of Excellence"', () => {
    const text =
      'Recognizes that there is an urgent need to assist small island developing States in strengthening their statistical offices, and welcomes the decision by the Government of Antigua and Barbuda to establish a small island developing States Centre of Excellence that will include a small island developing States global data hub that will be launched at the Conference;';
    expect(keys(text, 'Organization:', 'operative', ctx()).filter((k) => k.includes('Centre'))).toEqual([]);
  });

  it('guard: A/RES/78/9 OP1 "Congratulates the participating States of the United Nations Special Programme for the Economies of Central Asia": the Programme still read', () => {
    const text = 'Congratulates the participating States of the United Nations Special Programme for the Economies of Central Asia on the twenty-fifth anniversary of the Programme;';
    expect(keys(text, 'Initiative:', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/9', date: '2023-11-20' })).toContain(
      'Initiative:United Nations Special Programme for the Economies of Central Asia',
    );
  });

  it('guard: A/RES/78/69 OP226 "the effective implementation by member States of the Indian Ocean Rim Association of the Strategic Framework": the Framework still read', () => {
    const text =
      'Encourages the effective implementation by member States of the Indian Ocean Rim Association of the Strategic Framework to comprehensively address maritime safety;';
    expect(keys(text, 'Framework:', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' })).toContain('Framework:Strategic Framework');
  });
});
