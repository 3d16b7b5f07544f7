// Session-63 audit aud63k: A/RES/79/130 (Report of the Committee on Relations with the Host Country, Sixth Committee) and A/RES/79/275
// (the role of diamonds in fuelling conflict: the Kimberley Process) and their sister texts (78/116, 78/270). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const DIAMONDS = 'The role of diamonds in fuelling conflict';
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/275', '2025-03-25', DIAMONDS), kind: 'preambular' });
const HOST_COUNTRY = ctxOf('A/RES/79/130', '2024-12-04', 'Report of the Committee on Relations with the Host Country');
const KP_SECRETARIAT = 'Organization:Kimberley Process secretariat';

describe('the System of Warranties: the industry\'s self-regulation under the Kimberley Process Certification Scheme', () => {
  it('A/RES/79/275 PP26 (78/270 PP24): "the voluntary system of industry self-regulation through the System of Warranties"', () => {
    const text =
      'Welcoming the voluntary system of industry self-regulation through the System of Warranties, in accordance with the Kimberley Process Certification Scheme core document, that supports the effectiveness of the Certification Scheme,';
    expect(relations(text)).toContain('WELCOMES Initiative:System of Warranties');
    expect(relations(text)).toContain('WELCOMES Initiative:Kimberley Process Certification Scheme');
  });

  it('guard: the lower-case "voluntary system of industry self-regulation" names nothing of its own', () => {
    expect(keys('Welcoming the voluntary system of industry self-regulation,', 'Initiative:')).toEqual([]);
  });
});

describe('"the secretariat" printed alone: the one "<body> secretariat" its paragraph named before, as "the fund"', () => {
  it('A/RES/79/275 OP9 (78/270 OP7): "... the Kimberley Process secretariat, and therefore encourages Member States to also voluntarily support the operationalization of the secretariat"', () => {
    const rels = relations(
      'Stresses the decision by the plenary that, while financial contributions to the Kimberley Process secretariat are not mandatory for Kimberley Process members, such contributions are critical to the proper functioning of the Kimberley Process secretariat, and therefore encourages Member States to also voluntarily support the operationalization of the secretariat;',
      'operative',
    );
    expect(rels).toContain(`EMPHASIZES ${KP_SECRETARIAT}`);
    expect(rels).toContain(`ENCOURAGES ${KP_SECRETARIAT}`);
  });

  it('guard: two secretariats named before: "the secretariat" is left unread', () => {
    const rels = relations(
      'Welcomes the work of the Kimberley Process secretariat and of the Melanesian Spearhead Group secretariat, and encourages Member States to support the secretariat;',
      'operative',
    );
    expect(rels.filter((r) => r.startsWith('ENCOURAGES'))).toEqual([]);
  });

  it('guard: none named before in the paragraph: "the secretariat" is left unread', () => {
    const rels = relations('Encourages Member States to support the operationalization of the secretariat;', 'operative');
    expect(rels).toEqual([]);
  });
});

describe('a State welcomed or thanked in a role, "as" right after it: addressed', () => {
  it('A/RES/79/275 PP22: "Welcoming also Uzbekistan as the sixtieth Kimberley Process participant"', () => {
    const rels = relations('Welcoming also Uzbekistan as the sixtieth Kimberley Process participant,');
    expect(rels).toContain('WELCOMES Place:Uzbekistan');
    expect(rels).toContain('WELCOMES Initiative:Kimberley Process');
  });

  it('A/RES/78/163 OP40: "Expresses its appreciation to the Government of Rwanda as host of the third United Nations Conference ..."', () => {
    const rels = relations(
      'Expresses its appreciation to the Government of Rwanda as host of the third United Nations Conference on Landlocked Developing Countries, in Kigali;',
      'operative',
      ctxOf('A/RES/78/163', '2023-12-19', 'Follow-up to the second United Nations Conference on Landlocked Developing Countries'),
    );
    expect(rels).toContain('EXPRESSES Place:Rwanda');
  });

  it('guard: A/RES/79/275 PP23 "the export of rough diamonds from the Central African Republic" and "the progress made by" it: no verb', () => {
    const rels = relations(
      'Welcoming further the decision to lift all restrictions on the export of rough diamonds from the Central African Republic, subject to enhanced vigilance, in 2025, and recognizing the progress made by the Central African Republic in ensuring compliance with Kimberley Process minimum requirements,',
    );
    expect(rels.filter((r) => r.includes('Place:'))).toEqual([]);
    expect(rels).toContain('RECOGNIZES Initiative:Kimberley Process');
  });
});

describe('"of a subsidiary body of the General Assembly": the owner of one part left unnamed is no target', () => {
  it('A/RES/79/130 OP8: "... in the work of the Main Committees at the seventy-eighth session of the General Assembly and of a subsidiary body of the General Assembly"', () => {
    const rels = relations(
      'Expresses serious concern regarding multiple cases of denial and non-issuance of entry visas, including in particular to delegates participating in high-level events, including the non-issuance of a visa to a high-ranking official of a Member State for the general debate of the seventy-ninth session of the General Assembly, in the work of the Main Committees at the seventy-eighth session of the General Assembly and of a subsidiary body of the General Assembly, emphasizes the importance of the full participation of all delegations in the work of the United Nations;',
      'operative',
      HOST_COUNTRY,
    );
    expect(rels).not.toContain('EXPRESSES Organization:General Assembly');
    expect(rels).toContain('EXPRESSES Event:general debate of the seventy-ninth session of the General Assembly');
    expect(rels).toContain('EXPRESSES Event:seventy-eighth session of the General Assembly');
    expect(rels).toContain('EMPHASIZES Organization:United Nations');
  });

  it('guard: A/RES/78/245 PP7 "the role of the Advisory Committee as a subsidiary body of the General Assembly": a named body\'s role, the Assembly keeps its verb', () => {
    const rels = relations(
      'Recalling its resolution 14 (I) of 13 February 1946 and the role of the Advisory Committee on Administrative and Budgetary Questions as a subsidiary body of the General Assembly,',
      'preambular',
      ctxOf('A/RES/78/245', '2023-12-22', 'Pattern of conferences'),
    );
    expect(rels).toContain('RECALLS Organization:General Assembly');
  });

  it('guard: A/RES/78/225 PP6 "the Commission ... as the principal policymaking body of the United Nations": the gold\'s EMPHASIZES stays', () => {
    const rels = relations(
      'Underscoring the role of the Commission on Crime Prevention and Criminal Justice as the principal policymaking body of the United Nations in the field of crime prevention and criminal justice,',
      'preambular',
      ctxOf('A/RES/78/225', '2023-12-19', 'Strengthening the United Nations crime prevention and criminal justice programme'),
    );
    expect(rels).toContain('EMPHASIZES Organization:United Nations');
  });
});
