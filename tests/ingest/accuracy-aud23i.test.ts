// Misses found by the session-23 audit aud23i: A/RES/80/198 (torture), A/RES/80/180 (youth), A/RES/79/224 (human
// resources development), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const TORTURE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/198', date: '2025-12-15' };
const YOUTH: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/180', date: '2025-12-15' };
const HRD: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/224', date: '2024-12-19' };

const { extract, keys, relations } = oneParagraph({ ctx: TORTURE, kind: 'operative' });

const CAT = 'Framework:Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment';
const OPCAT = 'Framework:Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment';
const SPT = 'Organization:Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment';

describe('"the Subcommittee" is the subcommittee named last', () => {
  const OP42 =
    'Welcomes the work and the reports of the Committee and of the Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, recommends that their reports continue to include information on the follow-up by States Parties to their recommendations, invites States to make the Subcommittee’s reports public, and supports the Committee and the Subcommittee in their efforts to further improve the effectiveness of their working methods;';
  const OP43 =
    'Emphasizes the importance of the Committee and the Subcommittee having due regard to the principle of non‑discrimination, paying particular attention to the rights of those who are marginalized or in vulnerable situations;';

  it('A/RES/80/198 OP42: "supports the Committee and the Subcommittee" after the full name', () => {
    expect(relations(OP42)).toContain(`SUPPORTS ${SPT}`);
  });

  it('A/RES/80/198 OP43 after OP42: "the Committee and the Subcommittee"', () => {
    const ctx = { ...TORTURE };
    extract('Welcomes the work of the Committee against Torture;', 'operative', ctx);
    extract(OP42, 'operative', ctx);
    expect(keys(OP43, 'Organization:', 'operative', ctx)).toEqual(['Organization:Committee against Torture', SPT]);
  });

  it('A/RES/79/145 PP: "the Subcommittee as a technical forum" after the Subcommittee on Fisheries Management', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/145', date: '2024-12-10' };
    const full = keys('Welcoming the holding of the first session of the Subcommittee on Fisheries Management of the Committee on Fisheries,', 'Organization:Subcommittee', 'preambular', ctx);
    expect(full).toHaveLength(1);
    const text = 'Noting that the Committee on Fisheries reaffirmed the role of the Subcommittee as a technical forum,';
    expect(keys(text, 'Organization:Subcommittee', 'preambular', ctx)).toEqual(full);
  });

  it('guard: "the Committee" alone still refers back to the committee, not the subcommittee', () => {
    const ctx = { ...TORTURE };
    extract(OP42, 'operative', ctx);
    expect(keys('Invites the Committee to continue its work;', 'Organization:', 'operative', ctx)).not.toContain(SPT);
  });
});

describe('the torture convention and its protocol, named short', () => {
  it('A/RES/80/198 OP40: "the Convention against Torture and the Optional Protocol thereto"', () => {
    const text =
      'Urges all States that have not yet done so to become Parties to the Convention against Torture and the Optional Protocol thereto as a matter of priority, and calls upon States Parties to ensure their effective implementation;';
    expect(keys(text, 'Framework:')).toEqual([CAT, OPCAT]);
  });

  it('A/RES/80/198 OP22: "States Parties to the Optional Protocol to the Convention against Torture ... Punishment12", then "the Protocol"', () => {
    const ctx = { ...TORTURE };
    extract(
      'Recalls that the unlawful use of force may constitute torture, and notes in this regard the Model Protocol for Law Enforcement Officials to Promote and Protect Human Rights in the Context of Peaceful Protests;',
      'operative',
      ctx,
    );
    const text =
      'Welcomes the establishment of national preventive mechanisms, and calls upon States Parties to the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment12 to fulfil their obligation to designate or establish national preventive mechanisms at the latest one year after the entry into force of the Protocol or of its ratification or accession;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([OPCAT, OPCAT]);
  });

  it('A/RES/80/198 OP52: "the Convention against Torture Initiative" is an initiative', () => {
    const text = 'Welcomes the work of the Convention against Torture Initiative, and the extension of its mandate until 2030;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Convention against Torture Initiative']);
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('guard: the convention named in full stays one node (A/RES/80/198 OP26)', () => {
    const text =
      'Calls upon States Parties to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment to fulfil their obligation to submit for prosecution or extradite those alleged to have committed acts of torture;';
    expect(keys(text, 'Framework:')).toEqual([CAT]);
  });
});

describe('instruments named in full', () => {
  it('A/RES/79/224 OP26: "the International Labour Organization Declaration on Fundamental Principles and Rights at Work"', () => {
    const text =
      'Encourages States to consider policies consistent with the International Labour Organization Declaration on Fundamental Principles and Rights at Work and their obligations under all relevant ratified conventions of the International Labour Organization;';
    expect(keys(text, 'Framework:', 'operative', { ...HRD })).toEqual(['Framework:International Labour Organization Declaration on Fundamental Principles and Rights at Work']);
  });

  it('A/RES/80/180 PP7: the Lisbon Declaration and the Lisboa+21 Declaration on Youth Policies and Programmes', () => {
    const text =
      'Recalling the Lisbon Declaration on Youth Policies and Programmes, adopted at the World Conference of Ministers Responsible for Youth, in 1998, and noting the Lisboa+21 Declaration on Youth Policies and Programmes,6 adopted at the World Conference of Ministers Responsible for Youth, in 2019,';
    expect(keys(text, 'Framework:', 'preambular', { ...YOUTH })).toEqual([
      'Framework:Lisbon Declaration on Youth Policies and Programmes',
      'Framework:Lisboa+21 Declaration on Youth Policies and Programmes',
    ]);
  });

  it('A/RES/80/180 OP3: "the Programme of Action for Youth" is the World Programme of Action for Youth', () => {
    const text =
      'Calls upon Member States to consider, on a voluntary basis, the set of indicators for the World Programme of Action for Youth, as proposed by the Secretary-General in his report,18 when monitoring and assessing the implementation of the Programme of Action for Youth;';
    expect(keys(text, 'Framework:', 'operative', { ...YOUTH })).toEqual(['Framework:World Programme of Action for Youth', 'Framework:World Programme of Action for Youth']);
  });

  it('guard: "the Lisbon Declaration" of another topic is not the youth declaration', () => {
    const text = 'Recalling the Lisbon Declaration,';
    expect(keys(text, 'Framework:', 'preambular', { ...YOUTH })).toEqual(['Framework:Lisbon Declaration']);
  });
});

describe('more named things of these texts', () => {
  it('A/RES/80/198 OP29: "the Principles on the Effective Investigation ... (the Istanbul Principles)" is one node', () => {
    const text =
      'Recalls, in this respect, the Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (the Istanbul Principles) 13 as a valuable tool in efforts to prevent and combat torture;';
    expect([...new Set(keys(text, 'Framework:'))]).toEqual([
      'Framework:Principles on the Effective Investigation and Documentation of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    ]);
  });

  it('A/RES/80/198 OP13: "the Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment"', () => {
    const text =
      'Recalls its resolution 43/173 of 9 December 1988 on the Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment, and in this context stresses that ensuring access to legal counsel is an effective measure;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Body of Principles for the Protection of All Persons under Any Form of Detention or Imprisonment']);
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  it('A/RES/80/180 PP14: "the Economic and Social Council youth forum" is the forum', () => {
    const text =
      'Acknowledging the important contributions made by the Economic and Social Council youth forum, and that it serves as an important platform for the effective participation of young people,';
    expect(keys(text, 'Event:', 'preambular', { ...YOUTH })).toEqual(['Event:Economic and Social Council Youth Forum']);
  });

  it('guard: the Council named alone stays the Council (A/RES/80/180 OP30)', () => {
    const text = 'Encourages Member States to include youth delegates in their delegations at all relevant discussions in the Economic and Social Council and its functional commissions;';
    expect(keys(text, 'Organization:', 'operative', { ...YOUTH })).toEqual(['Organization:Economic and Social Council']);
    expect(keys(text, 'Event:', 'operative', { ...YOUTH })).toEqual([]);
  });

  it('guard: an Optional Protocol thereto with no convention right before stays as printed', () => {
    const text =
      'Recalling the Convention on the Rights of Persons with Disabilities, which has been ratified by a large number of States and which places obligations on States Parties, and the Optional Protocol thereto,';
    expect(keys(text, 'Framework:Optional', 'preambular')).toEqual(['Framework:Optional Protocol']);
  });

  it('guard: "the Subcommittee" with no subcommittee named before is no other body', () => {
    const ctx = { ...TORTURE };
    extract('Welcomes the work of the Committee against Torture;', 'operative', ctx);
    expect(keys('Invites the Subcommittee to continue its work;', 'Organization:', 'operative', ctx)).not.toContain('Organization:Committee against Torture');
  });
});

describe('the youth texts: envoy, partnership, programme', () => {
  it('A/RES/80/180 PP16: "the work of the Envoys of the Secretary-General on Youth" is the envoy, not the Secretary-General', () => {
    const text =
      'Welcoming also the work of the Envoys of the Secretary-General on Youth in addressing the needs of and placing young people as a cross-cutting priority of the United Nations,';
    const got = relations(text, 'preambular', { ...YOUTH });
    expect(got).toContain('WELCOMES Organization:Envoy of the Secretary-General on Youth');
    expect(got).not.toContain('WELCOMES Organization:Secretary-General of the United Nations');
  });

  it('A/RES/80/180 PP13 and OP32: Generation Unlimited, the United Nations Youth Delegate Programme', () => {
    expect(keys('Noting the progress made, as well as the Generation Unlimited global partnership,', 'Initiative:', 'preambular', { ...YOUTH })).toEqual([
      'Initiative:Generation Unlimited',
    ]);
    const op32 =
      'Calls upon the Department of Economic and Social Affairs of the Secretariat to continue efforts to collaborate, inter alia, with Governments on the United Nations Youth Delegate Programme;';
    expect(keys(op32, 'Initiative:', 'operative', { ...YOUTH })).toEqual(['Initiative:United Nations Youth Delegate Programme']);
  });

  it('guard: the Secretary-General named alone stays the Secretary-General (A/RES/80/180 OP29)', () => {
    expect(keys('Takes note with appreciation of the report of the Secretary-General and the recommendations contained therein;', 'Organization:', 'operative', { ...YOUTH })).toEqual([
      'Organization:Secretary-General of the United Nations',
    ]);
  });
});
