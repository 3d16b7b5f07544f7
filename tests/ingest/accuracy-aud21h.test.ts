// Misses found by the session-21 audit aud21h: A/RES/80/161 (UNCITRAL's report), A/RES/80/171 (measures to eliminate
// international terrorism) and A/RES/80/60 (the Regional Centre for Peace and Disarmament in Africa), and the same forms
// in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';

function para(ctx: RecognizeContext, id: string, text: string, mark?: string, footnote?: string) {
  const offset = mark === undefined ? -1 : text.lastIndexOf(mark);
  const footnoteRefs = mark === undefined ? [] : [{ mark, offset, footnote: { mark, text: footnote! } }];
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
}
const docs = (x: ReturnType<typeof para>) => x.relations.filter((r) => r.target.startsWith('Document:')).map((r) => `${r.type} ${r.target}`);

describe("a body's report footnoted as a supplement to the Official Records is the one its bare words name later", () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-15' });
  const PP5 = 'Having considered the report of the Commission,1';
  const OP1 = 'Takes note with appreciation of the report of the United Nations Commission on International Trade Law;';
  const PP1 =
    'Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law with a mandate to further the progressive harmonization and unification of the law of international trade,';

  it('A/RES/80/161 OP1: "the report of the United Nations Commission on International Trade Law" is A/80/17 ("1 Official Records of the General Assembly, Eightieth Session, Supplement No. 17 (A/80/17).")', () => {
    const c = ctx();
    para(c, 'PP1', PP1);
    para(c, 'PP5', PP5, '1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 17 (A/80/17).');
    const op1 = para(c, 'OP1', OP1);
    expect(docs(op1)).toEqual(['NOTES Document:A/80/17']);
    // the author keeps its own edge (named in the clause)
    expect(op1.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Organization:United Nations Commission on International Trade Law');
  });

  it('A/RES/80/66 OP1: "Takes note of the report of the Disarmament Commission;" is A/80/42', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/66', date: '2025-12-01' };
    para(c, 'PP1', 'Having considered the report of the Disarmament Commission,1', '1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 42 (A/80/42).');
    expect(docs(para(c, 'OP1', 'Takes note of the report of the Disarmament Commission;'))).toEqual(['NOTES Document:A/80/42']);
  });

  it('guard: a footnote citing the reports of two sessions leaves the bare words alone', () => {
    const c = ctx();
    para(
      c,
      'PP5',
      PP5,
      '1',
      'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 17 (A/79/17); and ibid., Eightieth Session, Supplement No. 17 (A/80/17).',
    );
    expect(docs(para(c, 'OP1', OP1))).toEqual([]);
  });

  it('guard: a footnote to the Official Records that is no supplement (a meeting record) leaves the bare words alone', () => {
    const c = ctx();
    para(c, 'PP5', PP5, '1', 'Official Records of the General Assembly, Eightieth Session, Sixth Committee, 12th meeting (A/C.6/80/SR.12).');
    expect(docs(para(c, 'OP1', OP1))).toEqual([]);
  });
});

describe('the Concluding Document of the Twelfth Special Session of the General Assembly is a framework', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/60', date: '2025-12-01' });
  const keysOf = (x: ReturnType<typeof para>, prefix: string) => x.mentions.filter((m) => m.key.startsWith(prefix)).map((m) => m.key);
  const FW = 'Framework:Concluding Document of the Twelfth Special Session of the General Assembly';

  it('A/RES/80/60 OP14: named in the item title, the framework (the Assembly inside its name is no mention of its own)', () => {
    const op14 = para(
      ctx(),
      'OP14',
      'Decides to include in the provisional agenda of its eighty-first session, under the item entitled “Review and implementation of the Concluding Document of the Twelfth Special Session of the General Assembly”, the sub-item entitled “United Nations Regional Centre for Peace and Disarmament in Africa”.',
    );
    expect(keysOf(op14, 'Framework:')).toEqual([FW]);
    expect(keysOf(op14, 'Organization:General Assembly')).toEqual([]);
  });

  it('A/RES/79/63 OP1: "Reaffirms its decisions contained in annex IV to the Concluding Document ..." reaffirms it', () => {
    const op1 = para(
      ctx(),
      'OP1',
      'Reaffirms its decisions contained in annex IV to the Concluding Document of the Twelfth Special Session of the General Assembly and the guidelines approved by the Assembly at its fifteenth special session;',
    );
    expect(op1.relations.map((r) => `${r.type} ${r.target}`)).toContain(`REAFFIRMS ${FW}`);
  });

  it('guard: the Final Document of the Tenth Special Session stays its own framework', () => {
    const pp = para(ctx(), 'PP1', 'Recalling the Final Document of the Tenth Special Session of the General Assembly,');
    expect(keysOf(pp, 'Framework:')).toEqual(['Framework:Final Document of the Tenth Special Session of the General Assembly']);
  });
});

describe("UNCITRAL's case-law database, 'the CLOUT system', is an initiative", () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-15' });
  const CLOUT = 'Initiative:Case Law on UNCITRAL Texts';

  it('A/RES/80/161 OP20: "the successful coordination between that website and the CLOUT system" notes the database', () => {
    const op20 = para(
      ctx(),
      'OP20',
      'Notes the satisfaction of the Commission with the performance of the New York Convention website and the successful coordination between that website and the CLOUT system;',
    );
    expect(op20.relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${CLOUT}`);
  });

  it('guard: "cloud systems" and a "system" alone name no database', () => {
    const x = para(ctx(), 'OP1', 'Notes the work of the Secretariat on the system for the collection of case law and on cloud systems;');
    expect(x.mentions.filter((m) => m.kind === 'Initiative').map((m) => m.key)).toEqual([]);
  });
});

describe('a generic body named once with its owner ("its Working Group III") is that body when printed alone later', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-15' });
  const OP7 =
    'Decides to allocate one additional one-week session per year for a period of two years from 2026 to 2027 and additional support to the Commission to allow its Working Group III to continue to finalize its work with respect to investor-State dispute settlement reform;';
  const OP13 =
    'Appeals to Governments to make voluntary contributions to the trust fund, and notes the contributions from France, Germany, the European Union and the Swiss Agency for Development and Cooperation to the trust fund, which would facilitate the participation of representatives of developing countries in the deliberations of Working Group III;';
  const groups = (x: ReturnType<typeof para>) => x.mentions.filter((m) => m.key.startsWith('Organization:Working Group')).map((m) => m.key);
  const PP1 = 'Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law,';

  it('A/RES/80/161 OP13: "the deliberations of Working Group III" after "its Working Group III" (OP7) is the Commission\'s', () => {
    const c = ctx();
    para(c, 'PP1', PP1);
    para(c, 'PP4', 'Reaffirming the mandate of the Commission,');
    expect(groups(para(c, 'OP7', OP7))).toEqual(['Organization:Working Group III (United Nations Commission on International Trade Law)']);
    expect(groups(para(c, 'OP13', OP13))).toEqual(['Organization:Working Group III (United Nations Commission on International Trade Law)']);
  });

  it('guard: without an owner named before, the group printed alone is this resolution\'s', () => {
    expect(groups(para(ctx(), 'OP13', OP13))).toEqual(['Organization:Working Group III (A/RES/80/161)']);
  });
});

describe("the African Union's Master Road Map of Practical Steps for Silencing the Guns in Africa is a framework", () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/60', date: '2025-12-01' });
  const FW = 'Framework:African Union Master Road Map of Practical Steps for Silencing the Guns in Africa';
  const rel = (x: ReturnType<typeof para>) => x.relations.map((r) => `${r.type} ${r.target}`);

  it('A/RES/80/60 OP5: printed lowercase, "its master road map of practical steps to silence the guns in Africa", welcomed', () => {
    const op5 = para(
      ctx(),
      'OP5',
      'Welcomes the contribution of the Regional Centre to continental disarmament, peace and security, in particular its contribution to the implementation of Agenda 2063 adopted by the Assembly of Heads of State and Government of the African Union, the objective of silencing the guns in Africa and its master road map of practical steps to silence the guns in Africa, as well as its assistance to the African Commission on Nuclear Energy;',
    );
    expect(rel(op5)).toContain(`WELCOMES ${FW}`);
  });

  it('A/RES/78/263 OP24: in full, recalled', () => {
    const op24 = para(
      { body: 'General Assembly', symbol: 'A/RES/78/263', date: '2023-12-22' },
      'OP24',
      'Recalls the decision taken at the fourteenth extraordinary session of the Assembly of Heads of State and Government of the African Union, within the context of the African Union Agenda 2063, to extend the implementation of the African Union Master Road Map of Practical Steps for Silencing the Guns in Africa for a period of 10 years (2021–2030);',
    );
    expect(rel(op24)).toContain(`RECALLS ${FW}`);
  });

  it('guard: "the objective of silencing the guns in Africa" alone names no road map', () => {
    const pp = para(ctx(), 'PP6', 'Welcoming the cooperation between the Regional Centre and the African Union, and in particular the objective of silencing the guns in Africa,');
    expect(pp.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).toEqual([]);
  });
});

describe("the African Union's Africa Amnesty Month is a recurring event", () => {
  it('A/RES/79/329 OP13: "including support for Africa Amnesty Month" (commended)', () => {
    const op13 = para(
      { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-27' },
      'OP13',
      'Commends the ongoing cooperation between the Office for Disarmament Affairs of the Secretariat and the African Union Commission within the framework of the Office for Disarmament Affairs-African Union cooperation matrix, including support for Africa Amnesty Month and other arms control measures;',
    );
    expect(op13.relations.map((r) => `${r.type} ${r.target}`)).toContain('APPRECIATES Event:Africa Amnesty Month');
    expect(op13.mentions.filter((m) => m.key === 'Place:Africa')).toEqual([]);
  });

  it('guard: "an amnesty month in Africa" is no event', () => {
    const x = para({ body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-27' }, 'OP1', 'Encourages States to hold an amnesty month in Africa;');
    expect(x.mentions.filter((m) => m.kind === 'Event')).toEqual([]);
  });
});

describe('guard: only a numbered generic body carries its owner forward', () => {
  it('"its Advisory Committee" (the Human Rights Council\'s) leaves a later bare "Advisory Committee" the resolution\'s own', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/209', date: '2025-12-15' };
    para(c, 'OP25', 'Recalls that the Human Rights Council took note of the research-based progress report of its Advisory Committee;');
    const later = para(c, 'OP30', 'Welcomes the work of the Human Rights Council; and looks forward to the report of its Advisory Committee on the question;');
    expect(later.mentions.filter((m) => m.key.startsWith('Organization:Advisory Committee')).map((m) => m.key)).toEqual(['Organization:Advisory Committee (A/RES/80/209)']);
  });
});
