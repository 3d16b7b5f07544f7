// Misses found by the session-21 audit aud21e: A/RES/79/176 (extrajudicial, summary or arbitrary executions), A/RES/78/87
// (question of Anguilla), A/RES/78/32 (Convention on Cluster Munitions), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, relationsByParagraph, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/176', date: '2024-12-17' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the <name> and the Agreement on the Privileges and Immunities of <a body>" names the instrument in full', () => {
  const OP16b =
    'Welcomes: (a) The fact that 125 States have ratified or acceded to and 31 States have signed, but not yet ratified, the Rome Statute, and calls upon all those States that have not ratified or acceded to the Rome Statute and the Agreement on the Privileges and Immunities of the International Criminal Court20 to give serious consideration to doing so;';

  it('A/RES/79/176 OP16 (b) (78/ and 80/ texts on the ICC): "the Rome Statute and the Agreement on the Privileges and Immunities of the International Criminal Court20"', () => {
    expect(keys(OP16b, 'Framework:Agreement')).toEqual(['Framework:Agreement on the Privileges and Immunities of the International Criminal Court']);
    expect(relations(OP16b)).toContain('CALLS_UPON Framework:Agreement on the Privileges and Immunities of the International Criminal Court');
    // the Court is printed inside the instrument's name: no edge of its own
    expect(relations(OP16b)).not.toContain('CALLS_UPON Organization:International Criminal Court');
  });

  it('guard: no body after "of the", no owner: "the Rome Statute and the Agreement on the Privileges and Immunities of the staff"', () => {
    const text = 'Calls upon States to accede to the Rome Statute and the Agreement on the Privileges and Immunities of the staff of the Court;';
    expect(keys(text, 'Framework:Agreement')).toEqual(['Framework:Agreement on the Privileges and Immunities']);
  });
});

describe('a footnote mark glued to "session" ends the sitting\'s noun', () => {
  const OP3b =
    'Reiterates that all States: (b) Must conduct such investigations bearing in mind the need for gender equality in access to justice, in this regard takes note of the reports submitted to the Human Rights Council at its thirty-fifth session12 and the General Assembly at its seventy-eighth session13 regarding the need for a gender-responsive approach to extrajudicial, summary or arbitrary killings;';

  it('A/RES/79/176 OP3 (b) (78/205, 79/152, 80/184, some 25 in corpus-ga): "the Human Rights Council at its thirty-fifth session12 and the General Assembly at its seventy-eighth session13"', () => {
    expect(keys(OP3b, 'Event:')).toEqual(['Event:thirty-fifth session of the Human Rights Council', 'Event:seventy-eighth session of the General Assembly']);
    expect(relations(OP3b)).toContain('NOTES Event:thirty-fifth session of the Human Rights Council');
  });

  it('guard: a letter after the noun is another word ("at its seventy-eighth sessional period")', () => {
    const text = 'Takes note of the work done by the Human Rights Council at its seventy-eighth sessional period;';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('a framework\'s short name in brackets may stand before the footnote mark of the resolution that adopted it', () => {
  const ctx: RecognizeContext = { ...GA };
  const PP15 =
    'Recalling the United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules)9 and the adoption of the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules),10';
  const notes: Note[] = [
    { after: 'Rules)9', mark: '9', text: 'Resolution 65/229, annex.' },
    { after: 'Rules),10', mark: '10', text: 'Resolution 70/175, annex.' },
  ];

  it('A/RES/79/176 PP15 (the Bangkok Rules and the Nelson Mandela Rules): "... Offenders (the Bangkok Rules)9" with "9 Resolution 65/229, annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const adopted = extractWithNotes('PP15', PP15, notes, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(adopted).not.toContain('ADOPTED Resolution:A/RES/65/229 -> Framework:United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders');
    expect(adopted).not.toContain('ADOPTED Resolution:A/RES/70/175 -> Framework:United Nations Standard Minimum Rules for the Treatment of Prisoners');
  });

  it('guard: words after the brackets make the note another thing\'s ("(the Nelson Mandela Rules) in the work of the Commission,10")', () => {
    const text = 'Recalling the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules) in the work of the prison services,10';
    const adopted = extractWithNotes('PP1', text, [{ after: 'services,10', mark: '10', text: 'Resolution 70/175, annex.' }], ctx).attributions.filter((a) => a.type === 'ADOPTED');
    expect(adopted).toEqual([]);
  });
});

describe('the United Nations standards in crime prevention and criminal justice: whole names, one node with their short names', () => {
  it('A/RES/79/176 OP8 (a) (78/229, 80/229, 79/188): "the Basic Principles on the Use of Force and Firearms by Law Enforcement Officials;18"', () => {
    const text =
      'Urges all States: (a) To take all measures required, and in this regard to ensure that police and law enforcement officials are guided by the Code of Conduct for Law Enforcement Officials17 and the Basic Principles on the Use of Force and Firearms by Law Enforcement Officials;18';
    expect(keys(text, 'Framework:Basic')).toEqual(['Framework:Basic Principles on the Use of Force and Firearms by Law Enforcement Officials']);
  });

  it('A/RES/79/172 OP25, 78/229 PP54: "the Bangkok Rules" alone is the United Nations Rules for the Treatment of Women Prisoners ...', () => {
    const text = 'Encourages States to take into account the Bangkok Rules in the development of their policies;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders']);
  });

  it('A/RES/80/198 OP18: "the United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the Havana Rules)": one node, the whole name', () => {
    const text = 'Calls upon States to take into account the United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the Havana Rules);';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:United Nations Rules for the Protection of Juveniles Deprived of their Liberty',
      'Framework:United Nations Rules for the Protection of Juveniles Deprived of their Liberty',
    ]);
  });

  it('A/RES/79/176 PP9, OP3 (a), OP4: "the Revised United Nations Manual on the Effective Prevention ..." is the Minnesota Protocol (its footnote 7)', () => {
    const text =
      'Encourages the Office of the United Nations High Commissioner for Human Rights to initiate an expert-led process towards the elaboration of an addendum to the Revised United Nations Manual on the Effective Prevention and Investigation of Extralegal, Arbitrary and Summary Executions, providing specific guidance;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Minnesota Protocol on the Investigation of Potentially Unlawful Death']);
  });

  it('A/RES/79/242: "the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders" is one body', () => {
    const text = 'Commends the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders for its efforts;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:United Nations African Institute for the Prevention of Crime and the Treatment of Offenders']);
    expect(relations(text)).toEqual(['APPRECIATES Organization:United Nations African Institute for the Prevention of Crime and the Treatment of Offenders']);
  });

  it('A/RES/79/176 footnote 18 (78/227, 78/229, 80/229): "Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Havana, ..."', () => {
    const text =
      'Urges all States to ensure that officials are guided by the Basic Principles on the Use of Force and Firearms by Law Enforcement Officials adopted by the Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders;';
    expect(keys(text, 'Event:')).toEqual(['Event:Eighth United Nations Congress on the Prevention of Crime and the Treatment of Offenders']);
  });

  it('guard: today\'s congresses keep their own names ("the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice")', () => {
    const text = 'Welcomes the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and the Treatment of the matter;';
    expect(keys(text, 'Event:')).toEqual(['Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice']);
  });

  it('guard: "the Principles on the Effective Prevention and Investigation of Extralegal, Arbitrary and Summary Executions" stay their own instrument', () => {
    const text = 'Recalls the Principles on the Effective Prevention and Investigation of Extralegal, Arbitrary and Summary Executions;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Principles on the Effective Prevention and Investigation of Extralegal, Arbitrary and Summary Executions']);
  });
});

describe('the Lausanne Action Plan, printed with its years and without them, is one framework', () => {
  it('A/RES/78/32 PP14, PP15, OP2 (79/ and 80/ texts on cluster munitions): "the Lausanne Action Plan 2021–2026" and "the Lausanne Action Plan"', () => {
    const dated = 'Noting the adoption of the Lausanne Action Plan 2021–2026 to support the full and effective implementation of the Convention,';
    const bare = 'Stresses the importance of the full and effective implementation of the Convention, including through the implementation of the Lausanne Action Plan, as appropriate;';
    expect(keys(dated, 'Framework:Lausanne', 'preambular')).toEqual(keys(bare, 'Framework:Lausanne'));
    expect(keys(bare, 'Framework:Lausanne')).toHaveLength(1);
  });
});

describe('the Protocols Additional to the Geneva Conventions: one node for the pair, one for each Protocol', () => {
  it('A/RES/79/176 OP14 (78/205, 79/173, 80/211, 80/217): "the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 8 June 1977,19"', () => {
    const text =
      'Urges all States to ensure that the treatment of persons deprived of their liberty conforms to, where applicable, the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 8 June 1977,19 as well as other pertinent international instruments;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Geneva Conventions of 12 August 1949', 'Framework:Protocols Additional to the Geneva Conventions of 12 August 1949']);
  });

  it('A/RES/79/123 PP1 and A/RES/78/118 PP4: "the Protocols Additional to the Geneva Conventions of 1949" and "the Additional Protocols to the Geneva Conventions" are the same pair', () => {
    const a = 'Recalling its biennial resolutions on the status of the Protocols Additional to the Geneva Conventions of 1949 and relating to the protection of victims of armed conflicts,';
    const b = 'Recalling the Geneva Conventions of 12 August 1949 and the Additional Protocols to the Geneva Conventions of 8 June 1977,';
    expect(keys(a, 'Framework:Protocols', 'preambular')).toEqual(['Framework:Protocols Additional to the Geneva Conventions of 12 August 1949']);
    expect(keys(b, 'Framework:Protocols', 'preambular')).toEqual(['Framework:Protocols Additional to the Geneva Conventions of 12 August 1949']);
  });

  it('A/RES/78/316 PP6, 79/123 PP17, 78/190 OP16: Additional Protocol I however printed is Protocol I', () => {
    const text =
      'Recalls article 56 (1) of Additional Protocol I of 1977 to the Geneva Conventions of 12 August 1949, and the obligations under article 34 of Additional Protocol I to the Geneva Conventions of 1949;';
    expect([...new Set(keys(text, 'Framework:'))]).toEqual([
      'Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)',
    ]);
  });

  it('A/RES/79/123 OP1-OP3: once named, "the Additional Protocols" and "Protocol I" are those Protocols', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/123', date: '2024-12-04' };
    const [op1, op2, op3] = relationsByParagraph(ctx, [
      { text: 'Notes with appreciation the increase in the number of States parties to the two Additional Protocols of 1977, and the 1977 Additional Protocol I to the 1949 Geneva Conventions of 12 August 1949;' },
      { text: 'Calls upon all States that have not yet done so to consider becoming parties to the Additional Protocols at the earliest possible date;' },
      { text: 'Calls upon all States that are already parties to Protocol I to make the declaration provided for under article 90 of that Protocol;' },
    ]);
    expect(op1).toContain('NOTES Framework:Protocols Additional to the Geneva Conventions of 12 August 1949');
    expect(op2).toEqual(['CALLS_UPON Framework:Protocols Additional to the Geneva Conventions of 12 August 1949']);
    expect(op3).toEqual(['CALLS_UPON Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)']);
  });

  it('guard: "Additional Protocols I and II to the Treaty of Tlatelolco" (A/RES/80/15 OP4) are not the Geneva Protocols', () => {
    const text = 'Encourages once again States Parties to Additional Protocols I and II to the Treaty of Tlatelolco9 to review their interpretative declarations thereto;';
    expect(keys(text, 'Framework:Protocol')).toEqual([]);
  });
});

describe('the privileges and immunities instruments of the law-of-the-sea bodies, named by the bodies\' short forms', () => {
  it('A/RES/79/144 OP80 (78/69 OP82, 80/110 OP72): "the Agreement on the Privileges and Immunities of the Tribunal 42 and ... the Protocol on the Privileges and Immunities of the Authority"', () => {
    const text =
      'Calls upon States that have not done so to consider ratifying or acceding to the Agreement on the Privileges and Immunities of the Tribunal 42 and to the Protocol on the Privileges and Immunities of the Authority;';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Agreement on the Privileges and Immunities of the International Tribunal for the Law of the Sea',
      'Framework:Protocol on the Privileges and Immunities of the International Seabed Authority',
    ]);
  });

  it('guard: the International Criminal Court\'s agreement stays its own ("... of the International Criminal Court")', () => {
    const text = 'Calls upon States to accede to the Agreement on the Privileges and Immunities of the International Criminal Court;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Agreement on the Privileges and Immunities of the International Criminal Court']);
  });
});
