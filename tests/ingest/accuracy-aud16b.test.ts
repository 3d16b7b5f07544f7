// Misses found by the session-16 audit aud16b: A/RES/79/183 (human rights in Iran), A/RES/79/260 (unforeseen
// expenses), A/RES/80/225 (crime congresses), A/RES/78/73 (UNRWA operations), and the same forms in other texts. Each
// case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/225', date: '2025-12-18' };

const { extract, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const UNODC = 'Organization:United Nations Office on Drugs and Crime';

describe('", and encouraged <object>" inside a recalled resolution is its past tense, not the stance "encouraged by"', () => {
  it('A/RES/80/225 PP7: "..., and encouraged the relevant United Nations programmes ... to cooperate with the United Nations Office on Drugs and Crime"', () => {
    const text =
      'Recalling further its resolution 79/186 of 17 December 2024, in which it, inter alia, decided to hold the Fifteenth Congress in Abu Dhabi from 25 to 30 April 2026, with pre‑Congress consultations to be held on 24 April 2026, invited Governments to undertake preparations for the Fifteenth Congress at an early stage by all appropriate means, including, where appropriate, the establishment of national preparatory committees, and encouraged the relevant United Nations programmes, specialized agencies of the United Nations system and intergovernmental and non‑governmental organizations, as well as other professional organizations, to cooperate with the United Nations Office on Drugs and Crime in the preparations for the Fifteenth Congress,';
    expect(relations(text)).toContain(`RECALLS ${UNODC}`);
  });

  it('A/RES/78/289 PP6: "called for the proclamation of another International Year ..., and encouraged all Member States, as well as the United Nations ..."', () => {
    const text =
      'Recalling also its resolution 78/175 of 19 December 2023, in which it noted with appreciation the celebration of the International Year of Cooperatives, in 2012, called for the proclamation of another International Year of Cooperatives in 2025, and encouraged all Member States, as well as the United Nations and all other relevant stakeholders, to take advantage of the International Year as a way of promoting cooperatives and raising awareness of their contribution to the implementation of the Sustainable Development Goals and to overall social and economic development,';
    const r = relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/289', date: '2024-06-19' });
    expect(r).toContain('RECALLS Framework:Sustainable Development Goals');
    expect(r).toContain('RECALLS Organization:United Nations');
  });

  it('guard: ", and encouraged by ..." / ", and deeply concerned at ..." still open a clause of their own with no relation', () => {
    expect(relations('Recalling its resolution 79/186, and encouraged by the work of the United Nations Office on Drugs and Crime,')).not.toContain(`RECALLS ${UNODC}`);
    expect(relations('Recalling its resolution 79/186, and deeply concerned at the funding of the United Nations Office on Drugs and Crime,')).not.toContain(`RECALLS ${UNODC}`);
    expect(relations('Recalling its resolution 79/186, and determined to support the United Nations Office on Drugs and Crime,')).not.toContain(`RECALLS ${UNODC}`);
  });
});

describe('a body whose topic acts on another body ("on the Financing of <body>") keeps that body in its name', () => {
  const WG_UNRWA = 'Organization:Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East';
  const orgs = (text: string, ctx: RecognizeContext) => extract(text, 'operative', ctx).mentions.filter((m) => m.key.startsWith('Organization:')).map((m) => m.key);

  it('A/RES/78/73 OP11 (80/77 OP38): "the report of the Working Group on the Financing of the United Nations Relief and Works Agency ..."', () => {
    const text =
      'Takes note of the report of the Working Group on the Financing of the United Nations Relief and Works Agency for Palestine Refugees in the Near East and the efforts to assist in ensuring the financial security of the Agency, and requests the Secretary-General to provide the necessary services and assistance to the Working Group for the conduct of its work;';
    const ctx = { ...GA, symbol: 'A/RES/78/73', date: '2023-12-07' };
    expect(orgs(text, ctx)).toContain(WG_UNRWA);
    expect(orgs(text, ctx)).not.toContain('Organization:Working Group on the Financing');
    expect(relations(text, 'operative', ctx)).toContain(`REQUESTS ${WG_UNRWA}`);
  });

  it('A/RES/79/327 OP15-OP17: "the Working Group on the Strengthening and Revitalizing of the Work of the General Assembly" ... "the Working Group will convene"', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/327', date: '2025-09-08' };
    const WG = 'Organization:Working Group on the Strengthening and Revitalizing of the Work of the General Assembly';
    const op15 =
      'Decides to establish the Working Group on the Strengthening and Revitalizing of the Work of the General Assembly, with the mandate and composition of the Ad Hoc Working Group on the Revitalization of the Work of the General Assembly;';
    const k15 = orgs(op15, ctx);
    expect(k15).toContain(WG);
    expect(k15).toContain('Organization:Ad Hoc Working Group on the Revitalization of the Work of the General Assembly');
    // the later short form is that working group (its head is "Working Group", not the "Assembly" its name ends with)
    const op16 = 'Also decides that the Working Group on the Strengthening and Revitalizing of the Work of the General Assembly will address the following clusters every three years;';
    expect(orgs(op16, ctx)).toContain(WG);
    const op17 = 'Further decides that the Working Group will convene, starting from the eightieth session, to review the implementation of the present and past resolutions;';
    expect(relations(op17, 'operative', ctx)).toContain(`DECIDES ${WG}`);
  });

  it('guard: an owner after a topic that is no act ("on the Universal Periodic Review of the Human Rights Council") is still the owner', () => {
    const text = 'Takes note of the report of the Working Group on the Universal Periodic Review of the Human Rights Council;';
    const k = orgs(text, { ...GA });
    expect(k).toContain('Organization:Working Group on the Universal Periodic Review');
    expect(k).toContain('Organization:Human Rights Council');
  });
});

describe('a report of the Secretary-General named again by its subject is the document its first mention was footnoted with', () => {
  const PP8 =
    'Taking note of the report of the Secretary-General on the operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East, 4 submitted pursuant to resolution 71/93 of 6 December 2016, and the request contained therein for broad consultations to explore all ways and means,';
  const OP16 =
    'Takes note of the report of the Secretary-General on the operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East and the conclusions and recommendations contained therein, including the proposal for an increased assessed contribution from the regular budget of the United Nations;';
  const docs = (x: ReturnType<typeof extractWithNotes>) => [...new Set(x.mentions.filter((m) => m.kind === 'Document').map((m) => m.key))];

  it('A/RES/78/73 PP8 ("... in the Near East, 4" with "4 A/71/849.") then OP16 without a mark: both A/71/849', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/73', date: '2023-12-07' };
    expect(docs(extractWithNotes('PP8', PP8, [{ after: 'Near East, 4', mark: '4', text: 'A/71/849.' }], ctx))).toEqual(['Document:A/71/849']);
    const op16 = extractWithNotes('OP16', OP16, [], ctx);
    expect(docs(op16)).toEqual(['Document:A/71/849']);
    expect(op16.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:A/71/849');
  });

  it('guard: two reports with that subject footnoted with different symbols leave a later unmarked one keyed by its subject', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/73', date: '2023-12-07' };
    extractWithNotes('PP8', PP8, [{ after: 'Near East, 4', mark: '4', text: 'A/71/849.' }], ctx);
    extractWithNotes('PP9', PP8.replace(', 4 submitted', ', 5 submitted'), [{ after: 'Near East, 5', mark: '5', text: 'A/78/999.' }], ctx);
    const d = docs(extractWithNotes('OP16', OP16, [], ctx));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/^Document:report of the secretary-general on the operations of the united nations relief/);
  });

  it('guard: another resolution (another context) does not inherit the symbol', () => {
    extractWithNotes('PP8', PP8, [{ after: 'Near East, 4', mark: '4', text: 'A/71/849.' }], { ...GA, symbol: 'A/RES/78/73', date: '2023-12-07' });
    expect(docs(extractWithNotes('OP16', OP16, [], { ...GA, symbol: 'A/RES/79/88', date: '2024-12-04' }))).not.toContain('Document:A/71/849');
  });
});

describe('a treaty named only inside a sitting\'s name is "the Treaty" in its paragraph, not in the next ones', () => {
  const CANWFZ = 'Framework:Treaty on a Nuclear-Weapon-Free Zone in Central Asia';
  const NPT = 'Framework:Treaty on the Non-Proliferation of Nuclear Weapons';
  const OP1 = 'Welcomes the entry into force on 21 March 2009 of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia;';
  const OP3 =
    'Further welcomes the submission at the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons of two working papers, on the Treaty and on the environmental consequences of uranium mining;';
  const OP4 =
    'Welcomes the convening of consultative meetings of States parties to the Treaty, on 15 October 2009 in Ashgabat, 15 March 2011 in Tashkent, which identified joint activities by the Central Asian States to ensure the fulfilment of the obligations set out in the Treaty;';

  it('A/RES/79/24 OP4 after OP3: "States parties to the Treaty" is the Central Asian treaty the text is about', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/24', date: '2024-12-02' };
    extract(OP1, 'operative', ctx);
    extract(OP3, 'operative', ctx);
    const r = relations(OP4, 'operative', ctx);
    expect(r).toContain(`WELCOMES ${CANWFZ}`);
    expect(r).not.toContain(`WELCOMES ${NPT}`);
  });

  it('guard A/RES/78/53 OP12: inside its own paragraph "article VI of the Treaty" is still the treaty of the Review Conference', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/53', date: '2023-12-04' };
    extract('Welcomes the Treaty on the South-East Asia Nuclear-Weapon-Free Zone;', 'operative', ctx);
    const text =
      'Also underlines the importance of the unequivocal undertaking by the nuclear-weapon States, in the Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, to accomplish the total elimination of their nuclear arsenals leading to nuclear disarmament, to which all States parties are committed under article VI of the Treaty;';
    const x = extract(text, 'operative', ctx);
    expect(x.mentions.find((m) => m.phrase === 'Treaty')?.key).toBe(NPT);
  });

  it('guard: a treaty named on its own later in the paragraph is "the Treaty" afterwards', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/24', date: '2024-12-02' };
    extract(OP1, 'operative', ctx);
    extract('Recalls the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and calls upon all States to accede to the Treaty on the Non-Proliferation of Nuclear Weapons;', 'operative', ctx);
    expect(relations('Urges all States parties to the Treaty to comply with their obligations;', 'operative', ctx)).toContain(`URGES ${NPT}`);
  });
});
