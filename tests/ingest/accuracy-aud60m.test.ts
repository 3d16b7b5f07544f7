// Session-60 audit aud60m: residual faults session 59's gold sets and reports left. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const attributionsOf = (x: ReturnType<typeof extractResolution>, id: string): string[] =>
  x.paragraphs.find((p) => p.paragraph.id === id)!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const mentionKeysOf = (x: ReturnType<typeof extractResolution>, id: string): string[] => x.paragraphs.find((p) => p.paragraph.id === id)!.mentions.map((m) => m.key);

describe('item 1: a known body\'s possessive before the programme or plan it runs: the body LEADS it', () => {
  const ECOWAS = 'Organization:Economic Community of West African States';
  const PROGRAMME = 'Initiative:Small Arms Control Programme';
  const PP8_78_54 =
    'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials, in replacement of the moratorium on the importation, exportation and manufacture of small arms and light weapons in West Africa,';
  const PP10_78_54 =
    'Recalling further the decision taken by the Economic Community to establish the Small Arms Unit, responsible for advocating appropriate policies and developing and implementing programmes, as well as the establishment of the Economic Community’s Small Arms Control Programme, launched on 6 June 2006 in Bamako, in replacement of the Programme for Coordination and Assistance for Security and Development,';

  it('A/RES/78/54 PP10 (79/31, 80/36): "the Economic Community’s Small Arms Control Programme" after ECOWAS was named in full (PP8)', () => {
    const x = extractResolution(gaResolution('A/RES/78/54', '2023-12-04', [notedParagraph('PP8', PP8_78_54), notedParagraph('PP10', PP10_78_54)]));
    expect(attributionsOf(x, 'PP10')).toContain(`LEADS ${ECOWAS} -> ${PROGRAMME}`);
    // (the programme keyed without the possessive, as before)
    expect(mentionKeysOf(x, 'PP10')).toContain(PROGRAMME);
  });

  it('guard: the same paragraph with ECOWAS never named before: "the Economic Community" is no body, and nothing leads the programme', () => {
    const x = extractResolution(gaResolution('A/RES/78/54', '2023-12-04', [notedParagraph('PP10', PP10_78_54)]));
    expect(mentionKeysOf(x, 'PP10')).not.toContain(ECOWAS);
    expect(attributionsOf(x, 'PP10').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/323', '2025-08-25'), kind: 'operative' });
  it('A/RES/79/323 annex OP37 (a): "Building on notable progress achieved through the World Bank’s Evolution Roadmap"', () => {
    const att = attributions(
      'To increase and optimize multilateral development banks’ lending, ensure their effectiveness and efficiency, and strengthen the system of public development banks: (a) Building on notable progress achieved through the World Bank’s Evolution Roadmap and reforms undertaken by other multilateral development banks, and with the following additional actions, we encourage multilateral development banks to further increase and optimize their annual lending capacity with a view to potentially tripling it while ensuring their financial sustainability and safeguarding robust credit ratings;',
    );
    expect(att).toContain('LEADS Organization:World Bank -> Framework:Evolution Roadmap');
  });

  it('A/RES/79/323 annex OP51 (a): "the International Monetary Fund and World Bank’s Debt Sustainability Framework": both bodies', () => {
    const att = attributions(
      'To enhance debt sustainability assessments, making them more accurate, transparent and long term-oriented: (a) We will promote transparent, accurate, objective and long-term model-based credit assessments. Building on the ongoing review of the International Monetary Fund and World Bank’s Debt Sustainability Framework for Low-Income Countries, we encourage the Fund and the World Bank to continue to refine debt sustainability assessments;',
    );
    expect(att).toContain('LEADS Organization:International Monetary Fund -> Framework:Debt Sustainability Framework for Low-income Countries');
    expect(att).toContain('LEADS Organization:World Bank -> Framework:Debt Sustainability Framework for Low-income Countries');
  });

  it('guard: A/RES/78/160 PP45 "supporting the African Union’s Agenda 2063": an agenda the body adopted, no lead', () => {
    const att = attributions(
      'Recalling the importance of supporting the African Union’s Agenda 2063, as well as its 10-year plan of action, as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years,',
      'preambular',
      ctxOf('A/RES/78/160', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('item 2: "<body> secretariat" printed after a known body: the body\'s organ, PART_OF it, both take the verb', () => {
  const MSG = 'Organization:Melanesian Spearhead Group';
  const FORUM = 'Organization:Permanent Forum on People of African Descent';
  const relationsOf = (x: ReturnType<typeof extractResolution>, id: string): string[] =>
    x.paragraphs.find((p) => p.paragraph.id === id)!.relations.map((r) => `${r.type} ${r.target}`);

  it('A/RES/80/98 PP17 (78/94 PP16, 79/107 PP16): "the exchange of letters between the Department of Political Affairs of the Secretariat and the Melanesian Spearhead Group secretariat"', () => {
    const x = extractResolution(
      gaResolution('A/RES/80/98', '2025-12-04', [
        notedParagraph('PP17', 'Recalling further the exchange of letters between the Department of Political Affairs of the Secretariat and the Melanesian Spearhead Group secretariat on the sharing of information on New Caledonia,'),
      ]),
    );
    expect(attributionsOf(x, 'PP17')).toContain(`PART_OF ${MSG} secretariat -> ${MSG}`);
    expect(relationsOf(x, 'PP17')).toEqual(expect.arrayContaining([`RECALLS ${MSG} secretariat`, `RECALLS ${MSG}`]));
  });

  it('A/RES/79/161 OP16 (78/234 OP14): "support provided to the Permanent Forum secretariat" after the Forum was named in full (OP15)', () => {
    const x = extractResolution(
      gaResolution('A/RES/79/161', '2024-12-17', [
        notedParagraph('OP15', 'Notes with concern the limited resources available in support of the Permanent Forum on People of African Descent;'),
        notedParagraph('OP16', 'Encourages further enhancement of the operational and programmatic support provided to the Permanent Forum secretariat, in particular to fully support the mandate of the Permanent Forum;'),
      ]),
    );
    expect(attributionsOf(x, 'OP16')).toContain(`PART_OF ${FORUM} secretariat -> ${FORUM}`);
    expect(relationsOf(x, 'OP16')).toEqual([`ENCOURAGES ${FORUM} secretariat`, `ENCOURAGES ${FORUM}`]);
  });

  it('guard: A/RES/79/332 PP21 "between the secretariat of the Shanghai Cooperation Organization and the secretariat of ... ESCAP": the "of" form reads the bodies alone, as before', () => {
    const x = extractResolution(
      gaResolution('A/RES/79/332', '2025-08-27', [
        notedParagraph('PP21', 'Noting the signing of the Memorandum of Understanding between the secretariat of the Shanghai Cooperation Organization and the secretariat of the United Nations Economic and Social Commission for Asia and the Pacific in September 2022 aimed at enhancing cooperation in trade,'),
      ]),
    );
    expect(mentionKeysOf(x, 'PP21').filter((k) => k.endsWith('secretariat'))).toEqual([]);
    expect(relationsOf(x, 'PP21')).toContain('NOTES Organization:Shanghai Cooperation Organization');
  });
});

describe('item 3: "the Meetings of States Parties to the Treaty" after one treaty named in full: that treaty\'s series of meetings', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/39', '2025-12-01'), kind: 'operative' });
  const TPNW = 'Framework:Treaty on the Prohibition of Nuclear Weapons';

  it('A/RES/80/39 OP29: "..., inter alia, the Treaty on the Prohibition of Nuclear Weapons, and welcomes the outcomes of the Meetings of States Parties to the Treaty"', () => {
    const rel = relations(
      'Calls upon Member States to continue to support efforts to identify, elaborate, negotiate and implement further effective legally binding measures for nuclear disarmament, inter alia, the Treaty on the Prohibition of Nuclear Weapons, and welcomes the outcomes of the Meetings of States Parties to the Treaty, including the action plan of 2022, its political declaration and decisions;',
    );
    expect(rel).toEqual([`CALLS_UPON ${TPNW}`, 'WELCOMES Event:Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons']);
  });

  it('guard: two treaties named before: no guess, "the Treaty" stays a mention of its own', () => {
    const rel = relations(
      'Calls upon Member States to support the Treaty on the Non-Proliferation of Nuclear Weapons and the Treaty on the Prohibition of Nuclear Weapons, and welcomes the outcomes of the Meetings of States Parties to the Treaty;',
    );
    expect(rel.filter((r) => r.includes('Meeting of States Parties'))).toEqual([]);
  });
});

describe('item 4: "the international migration review forums" (lower case, plural): the International Migration Review Forum', () => {
  const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/204', '2023-12-19'), kind: 'preambular' });
  const IMRF = 'Event:International Migration Review Forum';

  it('A/RES/78/204 PP27 (80/214 PP25): "to participate in the international migration review forums, including the informal interactive multi-stakeholder hearings"', () => {
    const rel = relations(
      'Recalling the invitation to national human rights institutions compliant with the Paris Principles to register with the Secretariat in order to participate in the international migration review forums, including the informal interactive multi-stakeholder hearings, and inviting the institutions to submit inputs prior to the forums,',
    );
    expect(rel).toContain(`RECALLS ${IMRF}`);
  });

  it('guard: A/RES/80/185 OP10 "to participate in the upcoming International Migration Review Forum in 2026": its 2026 edition, as before', () => {
    const k = keys(
      'Encourages Governments engaged in the International Migration Review Forum to ensure that the implementation, review and follow-up of the Global Compact for Safe, Orderly and Regular Migration take into account relevant provisions regarding women migrant workers, and invites Governments to participate in the upcoming International Migration Review Forum in 2026;',
      'Event:',
      'operative',
      ctxOf('A/RES/80/185', '2025-12-15'),
    );
    expect(k).toContain(`${IMRF} @ 2026`);
  });
});

describe('item 5: ", committing to" after a clause opens an untyped clause, as "commit(s) to" does (session-59 ruling)', () => {
  const UNCAC = 'Framework:United Nations Convention against Corruption';
  const PP19_78_164 =
    'Urging all countries that have not yet done so to ratify and accede to the United Nations Convention against Corruption, encouraging parties to review its implementation, committing to making the Convention an effective instrument to deter, detect, prevent and counter corruption and bribery, prosecute those involved in corrupt activities and recover and return stolen assets to their country of origin, as appropriate, encouraging the international community to develop good practices on asset return, expressing support for the Stolen Asset Recovery Initiative of the United Nations and the World Bank and other international initiatives that support the recovery of stolen assets, urging that regional conventions against corruption be updated and ratified, and striving to eliminate safe havens that create incentives for the transfer abroad of stolen assets and illicit financial flows,';

  it('A/RES/78/164 PP19 (79/221 PP23, 80/153 PP23): "..., committing to making the Convention an effective instrument ...": no ENCOURAGES of the Convention', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/164', '2023-12-19'), kind: 'preambular' });
    const rel = relations(PP19_78_164);
    expect(rel).toContain(`URGES ${UNCAC}`);
    expect(rel).not.toContain(`ENCOURAGES ${UNCAC}`);
    // (the clauses after it keep their verbs)
    expect(rel).toContain('EXPRESSES Initiative:Stolen Asset Recovery Initiative');
  });

  it('guard: A/RES/80/125 PP9 "Reaffirming and committing to the implementation of the Buenos Aires outcome document ...": one compound verb, REAFFIRMS its object', () => {
    const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/125', '2025-12-15'), kind: 'preambular' });
    const rel = relations('Reaffirming and committing to the implementation of the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,');
    expect(rel.some((r) => r.startsWith('REAFFIRMS Framework:'))).toBe(true);
  });
});
