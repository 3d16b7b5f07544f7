// Session-38 audit aud38f: operative participles of asking that address someone. Audited every operative paragraph of
// corpus-ga with ", encouraging ", ", inviting ", ", calling upon ", ", urging ", ", requesting " (and the same after " and "):
// 58 participles in 53 paragraphs, 51 read right before, 57 after. Fixed: "..., encouraging the Agency to continue ...",
// ", inviting relevant stakeholders, ..., to review", "and calling upon the United Nations system to intensify", "and urging all
// external actors to respect the Charter" open a clause of their own verb (an addressee, then "to" and a verb); a participle so
// set off after the main verb's objects is an aside, and ", as well as the contributions of ..." goes back to the main verb.
// Not opened: gerunds of a list ("encouraging entrepreneurship, creating ..."), a thing before "to" ("communication among fistula
// centres to facilitate"), an item of the addressees' own acts, a series of "by <gerund>", what another's proposal does ("the
// proposals made by the Secretary-General, inviting Member States to ..."), an adjective ("requesting and requested States").
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/157', date: '2023-12-19' };
const { relations } = oneParagraph({ ctx: GA78, kind: 'operative' });
const relationsOf = (text: string) => splitClauses(text, 'operative').map((c) => c.relation ?? null);

const IRENA = 'Organization:International Renewable Energy Agency';
const ISA = 'Organization:International Solar Alliance';

describe('an operative participle of asking with an addressee and "to" opens its own clause', () => {
  it('A/RES/78/157 OP2 (79/211 OP2): "..., encouraging the Agency to continue to support its members ..., as well as the contributions of the International Solar Alliance": ENCOURAGES the Agency, NOTES the Alliance', () => {
    const text =
      'Also takes note of the role and activities of the International Renewable Energy Agency, in its capacity as an observer of the General Assembly in accordance with resolution 66/110 of 9 December 2011, encouraging the Agency to continue to support its members in the achievement of their renewable energy objectives, as well as the contributions of the International Solar Alliance, including in its capacity as an observer of the General Assembly in accordance with resolution 76/123 of 9 December 2021, and encouraging its work to collectively address key common challenges to the scaling up of solar energy, as well as the contributions of other international and regional organizations and forums to the global energy agenda;';
    expect(relationsOf(text)).toEqual(['NOTES', 'ENCOURAGES', 'NOTES']);
    const rel = relations(text);
    expect(rel).toContain(`ENCOURAGES ${IRENA}`);
    expect(rel).toContain(`NOTES ${IRENA}`);
    expect(rel).toContain(`NOTES ${ISA}`);
    expect(rel).toContain('NOTES Resolution:A/RES/66/110');
    expect(rel).not.toContain(`ENCOURAGES ${ISA}`);
  });

  it('A/RES/80/142 OP2: "encouraging the Agency, in its capacity as an observer of the General Assembly in accordance with resolution 66/110 ..., to continue": the set-off phrase is the participle\'s clause; the Alliance after ", as well as" is still noted', () => {
    const text =
      'Also takes note of the role and activities of the International Renewable Energy Agency, encouraging the Agency, in its capacity as an observer of the General Assembly in accordance with resolution 66/110 of 9 December 2011, to continue to support its members in the achievement of their renewable energy objectives, as well as the contributions of the International Solar Alliance, including in its capacity as an observer of the General Assembly in accordance with resolution 76/123 of 9 December 2021, and encouraging its work to collectively address key common challenges to the scaling up of solar energy, as well as the contributions of other international and regional organizations and forums to the global energy agenda;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/142', date: '2025-12-15' });
    expect(rel).toContain('ENCOURAGES Resolution:A/RES/66/110');
    expect(rel).toContain(`NOTES ${ISA}`);
    expect(rel).toContain('NOTES Resolution:A/RES/76/123');
    expect(rel).not.toContain(`ENCOURAGES ${ISA}`);
    expect(rel).not.toContain('ENCOURAGES Resolution:A/RES/76/123');
  });

  it('A/RES/80/224 OP18: "while expressing concern regarding foreign interference ... and urging all external actors to respect the Charter of the United Nations": URGES the Charter, not EXPRESSES; ", as well as the unity ... of Syria" stays with the infinitive', () => {
    const text =
      'Encourages the United Nations, Member States and other relevant stakeholders to support a Syrian-owned and Syrian-led representative political process and provide support to the Government of Syria in national reconciliation efforts and in implementing representative governance in the country, including through support, as requested, to national efforts in institutional reform and in strengthening national capacities across governance, administrative, justice and accountability, security and law enforcement and development sectors, in a manner that respects the sovereignty of Syria and aligns with its national priorities, while expressing concern regarding foreign interference in the transitional process of Syria and urging all external actors to respect the Charter of the United Nations and international law, as well as the unity, independence, sovereignty and territorial integrity of Syria.';
    expect(relationsOf(text)).toEqual(['ENCOURAGES', 'EXPRESSES', 'URGES']);
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/224', date: '2025-12-15' });
    expect(rel).toContain('URGES Framework:Charter of the United Nations');
    expect(rel).not.toContain('EXPRESSES Framework:Charter of the United Nations');
  });

  it('A/RES/79/152 OP10: "..., and calling upon the United Nations system to intensify its efforts in this regard": a CALLS_UPON clause', () => {
    const text =
      'Stresses the need to continue to take and strengthen the measures necessary to ensure that no individual working within the United Nations system, including its agencies, funds, programmes and entities, is involved in sexual harassment and abuse, too often perpetrated against those affected by humanitarian crises, and calling upon the United Nations system to intensify its efforts in this regard to ensure zero tolerance for any kind of violence;';
    expect(relationsOf(text)).toEqual(['EMPHASIZES', 'CALLS_UPON']);
  });

  it('A/RES/79/182 OP36: "Decides to hold a high-level conference ..., inviting relevant stakeholders, including Member States, ..., to review the overall crisis ..., and requests the President": DECIDES, INVITES, REQUESTS', () => {
    const text =
      'Decides to hold a high-level conference, at the earliest possible time in 2025, on the situation of Rohingya Muslims and other minorities in Myanmar, within existing resources, inviting relevant stakeholders, including Member States, international and regional organizations, specialized agencies and civil society, to review the overall crisis and share perspectives on the situation on the ground in order to propose a comprehensive, innovative, concrete and time-bound plan for a sustainable resolution of the crisis, including the voluntary, safe and dignified return of Rohingya Muslims to Myanmar, and requests the President of the General Assembly to finalize the organizational arrangements for the high-level conference by the first quarter of 2025, in consultation with Member States;';
    expect(relationsOf(text)).toEqual(['DECIDES', 'INVITES', 'REQUESTS']);
  });
});

describe('guards: participles that address no one, or are not the body\'s act, open no clause', () => {
  it('guard: A/RES/78/144 OP14 "building human capacity, encouraging entrepreneurship, creating an enabling economic and institutional environment": gerunds of a list', () => {
    const text =
      'Calls upon Member States, academia, the private sector and other stakeholders to harness science, technology and innovation, including co-innovation, by promoting coherent and integrated agricultural innovation systems through participatory research, demand-driven extension and rural advisory services and increased, responsible and inclusive public and private investment, building human capacity, encouraging entrepreneurship, creating an enabling economic and institutional environment and strengthening knowledge flows, in particular between scientists and farmers, taking into account local and traditional knowledge systems, in combination with new sources of knowledge;';
    expect(relationsOf(text)).toEqual(['CALLS_UPON']);
  });

  it('guard: A/RES/79/155 OP15 (g) "thereby addressing the significant backlog ..., and encouraging communication among fistula centres to facilitate training": a thing before "to", no clause', () => {
    const text =
      'Calls upon States to take action: (g) Strengthening the capacity of healthcare systems, in particular public health systems, to provide the essential services needed to prevent obstetric fistula and to treat existing cases by increasing national budgets for health, ensuring that adequate funds are allocated to reproductive health, including for obstetric fistula, ensuring access to fistula treatment through increased availability of trained, expert fistula surgeons and permanent, holistic fistula services integrated into strategically selected hospitals, thereby addressing the significant backlog of women and girls awaiting surgical repair of fistula, and encouraging communication among fistula centres to facilitate training, research, advocacy and fundraising;';
    expect(relationsOf(text)).toEqual(['CALLS_UPON']);
  });

  it('guard: A/RES/78/112 OP20 (79/126, 80/167) "welcomes the proposals made by the Secretary-General, inviting Member States to voluntarily exchange ..., and invites Member States to do so": the proposals invite; no clause at "inviting"', () => {
    const text =
      'Stresses the importance of promoting the sharing of national practices and of inclusive dialogue, welcomes the proposals made by the Secretary-General, inviting Member States to voluntarily exchange national best practices on the rule of law in informal meetings and on an electronic depository of best practices on the United Nations rule of law website, and invites Member States to do so;';
    expect(splitClauses(text, 'operative').map((c) => c.verb)).toEqual(['Stresses', 'welcomes', 'invites']);
  });

  it('guard: A/RES/78/140 OP21 (79/234, 80/126) "all States parties to the Convention, in particular requesting and requested States parties, to cooperate": an adjective, no REQUESTS', () => {
    const text =
      'Calls upon all States parties to the United Nations Convention against Corruption, in particular requesting and requested States parties, to cooperate to recover the proceeds of crime as defined in the Convention, and to fulfil their obligation to ensure the return or disposal of such proceeds, in accordance with article 57 of the Convention, and invites States parties, in accordance with their respective domestic laws, to consider allocating recovered resources to finance the achievement of the Sustainable Development Goals;';
    expect(relationsOf(text)).toEqual(['CALLS_UPON', 'INVITES']);
    expect(relations(text).filter((r) => r.startsWith('REQUESTS'))).toEqual([]);
  });

  it('guard: A/RES/79/149 OP35 "including by collecting data ..., by examining underlying concepts ... and urging all relevant stakeholders to work with the United Nations": an act of the series of Member States, no URGES', () => {
    const text =
      'Encourages Member States to take appropriate steps to expedite the mainstreaming of data on disability into official statistics, including by collecting data disaggregated by sex, age and disability status using appropriate measurement tools, including, as appropriate, the United Nations Children’s Fund Module on Child Functioning and the tools produced by the Washington Group on Disability Statistics, by examining underlying concepts, purposes and advantages of existing relevant data-collection tools and instruments and urging all relevant stakeholders to work with the United Nations to provide urgently needed baseline data for monitoring progress in the implementation of the Sustainable Development Goals for persons with disabilities;';
    expect(relationsOf(text)).toEqual(['ENCOURAGES']);
  });

  it('guard: A/RES/79/152 OP5 (items (a)-(s) elided) "including by: ... (t) Emphasizing that ..., and calling upon all Member States and, where applicable, other stakeholders to refrain": inside an item of the addressees\' acts, no clause', () => {
    const text =
      'Urges States to take comprehensive, multisectoral, coordinated, effective and gender-responsive measures to prevent and eliminate all forms of violence against all women and girls and to address structural and underlying causes and risk factors, including by: (t) Emphasizing that the human rights and fundamental freedoms of women and girls must be respected, protected and promoted, both online and offline, and throughout the life cycle of artificial intelligence systems, and calling upon all Member States and, where applicable, other stakeholders to refrain from or cease the use of artificial intelligence systems and technologies that are impossible to operate in compliance with international human rights law or that pose undue risks to the enjoyment of human rights;';
    expect(relationsOf(text)).toEqual(['URGES']);
  });

  it('guard: the same "(t)" words outside a list: "..., and calling upon all Member States and, where applicable, other stakeholders to refrain" opens CALLS_UPON', () => {
    const text =
      'Emphasizes that the human rights and fundamental freedoms of women and girls must be respected, protected and promoted, both online and offline, and throughout the life cycle of artificial intelligence systems, and calling upon all Member States and, where applicable, other stakeholders to refrain from or cease the use of artificial intelligence systems;';
    expect(relationsOf(text)).toEqual(['EMPHASIZES', 'CALLS_UPON']);
  });
});
