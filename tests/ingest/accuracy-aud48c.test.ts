// Misses found by the session-48 audit aud48c (gold: A/RES/78/104, 80/168, 80/169, adopted on the report of the Sixth
// Committee): legal instruments, documents and resolution references. Each case quotes the file and paragraph it comes
// from; each fix has a guard (a near sentence that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';

function para(ctx: RecognizeContext, id: string, text: string, mark?: string, footnote?: string) {
  const offset = mark === undefined ? -1 : text.lastIndexOf(mark);
  const footnoteRefs = mark === undefined ? [] : [{ mark, offset, footnote: { mark, text: footnote! } }];
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
}
const frameworks = (x: ReturnType<typeof para>) => x.mentions.filter((m) => m.key.startsWith('Framework:')).map((m) => m.key);
const relationsTo = (x: ReturnType<typeof para>, prefix: string) => x.relations.filter((r) => r.target.startsWith(prefix)).map((r) => `${r.type} ${r.target}`);

describe('"the Guidelines" printed short after the guidelines named in full are those guidelines', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/104', date: '2023-12-07' });
  const FULL = 'Framework:Guidelines on Mediation for International Investment Disputes';
  const PP6 =
    'Noting that the preparation of the Model Provisions on Mediation for International Investment Disputes and the Guidelines on Mediation for International Investment Disputes of the United Nations Commission on International Trade Law benefited from consultations with Governments and interested intergovernmental and non-governmental organizations,';

  it('A/RES/78/104 PP7: "the Model Provisions and the Guidelines on Mediation were adopted by the United Nations Commission on International Trade Law"', () => {
    const c = ctx();
    para(c, 'PP6', PP6);
    const pp7 = para(c, 'PP7', 'Noting also that the Model Provisions and the Guidelines on Mediation were adopted by the United Nations Commission on International Trade Law at its fifty-sixth session, after due deliberations,');
    expect(frameworks(pp7)).toEqual(['Framework:Model Provisions on Mediation for International Investment Disputes', FULL]);
    expect(relationsTo(pp7, 'Framework:Guidelines')).toEqual([`NOTES ${FULL}`]);
  });

  it('A/RES/78/104 OP3 ("the use of the Guidelines on Mediation by States") and OP4 ("the Model Provisions and the Guidelines become generally known")', () => {
    const c = ctx();
    para(c, 'PP6', PP6);
    const op3 = para(c, 'OP3', 'Also recommends the use of the Guidelines on Mediation by States, investors, mediators, interested institutions and other relevant stakeholders to foster a better understanding of mediation with regard to resolution of international investment disputes;');
    expect(relationsTo(op3, 'Framework:')).toEqual([`RECOMMENDS ${FULL}`]);
    const op4 = para(c, 'OP4', 'Requests the Secretary-General to make all efforts to ensure that the Model Provisions and the Guidelines become generally known and available by disseminating them broadly to Governments and other interested bodies.');
    expect(relationsTo(op4, 'Framework:')).toEqual(['REQUESTS Framework:Model Provisions on Mediation for International Investment Disputes', `REQUESTS ${FULL}`]);
  });

  it('A/RES/78/68 OP215: "are consistent with the Guidelines" after "(the Guidelines)" defined the FAO deep-sea guidelines', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
    para(c, 'OP214', 'Encourages States to continue to implement the 2008 International Guidelines for the Management of Deep-Sea Fisheries in the High Seas of the Food and Agriculture Organization of the United Nations (the Guidelines) in order to sustainably manage fish stocks;');
    const op215 = para(c, 'OP215', 'Urges States and regional fisheries management organizations and arrangements to ensure that their actions in sustainably managing deep-sea fisheries are consistent with the Guidelines;');
    expect(frameworks(op215)).toEqual(['Framework:International Guidelines for the Management of Deep-Sea Fisheries in the High Seas']);
  });

  it('guard: guidelines titled in lower case ("the Guidelines for the control and management of ships’ biofouling", A/RES/78/69 OP231) are not the guidelines named before', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
    para(c, 'OP228', 'Welcomes the adoption of the Guidelines for the Monitoring and Assessment of Plastic Litter in the Ocean;');
    const op231 = para(c, 'OP231', 'Encourages States that have not yet done so to consider ratifying or acceding to the International Convention for the Control and Management of Ships’ Ballast Water and Sediments, 2004, and also encourages States to consider implementing the Guidelines for the control and management of ships’ biofouling to minimize the transfer of invasive aquatic species;');
    expect(frameworks(op231)).not.toContain('Framework:Guidelines for the Monitoring and Assessment of Plastic Litter in the Ocean');
    // (A/RES/78/68 OP202: "the Guidelines for port State control officers carrying out inspections under the Work in Fishing Convention")
    const op202 = para(c, 'OP232', 'Encourages States to implement the Guidelines for port State control officers carrying out inspections under the Work in Fishing Convention, 2007 (No. 188);');
    expect(frameworks(op202)).not.toContain('Framework:Guidelines for the Monitoring and Assessment of Plastic Litter in the Ocean');
  });

  it('guard: "Guidelines on Mediation" with no longer guidelines named before stays as printed', () => {
    const c = ctx();
    expect(frameworks(para(c, 'OP3', 'Also recommends the use of the Guidelines on Mediation by States;'))).toEqual(['Framework:Guidelines on Mediation']);
  });
});

describe('a body thanked "for having formulated and adopted" two texts joined by "and" adopted both', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/104', date: '2023-12-07' });
  const adopted = (x: ReturnType<typeof para>) => x.attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${a.source} -> ${a.target}`);
  const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';

  it('A/RES/78/104 OP1: "... adopted the Model Provisions ..., the text of which is contained in annex I to the report ...,1 and the Guidelines on Mediation ..."', () => {
    const op1 = para(
      ctx(),
      'OP1',
      'Expresses its appreciation to the United Nations Commission on International Trade Law for having formulated and adopted the Model Provisions on Mediation for International Investment Disputes, the text of which is contained in annex I to the report of the Commission on the work of its fifty-sixth session,1 and the Guidelines on Mediation for International Investment Disputes, the text of which is contained in annex II to the same report;2',
      '2',
      'Ibid., annex II.',
    );
    expect(adopted(op1)).toEqual([
      `${UNCITRAL} -> Framework:Model Provisions on Mediation for International Investment Disputes`,
      `${UNCITRAL} -> Framework:Guidelines on Mediation for International Investment Disputes`,
    ]);
  });

  it('guard: a text the same clause goes on to welcome, not adopt ("..., and welcomes the Guidelines ...") is not adopted by the body', () => {
    const op1 = para(
      ctx(),
      'OP1',
      'Expresses its appreciation to the United Nations Commission on International Trade Law for having formulated and adopted the Model Provisions on Mediation for International Investment Disputes, and welcomes the Guidelines on Mediation for International Investment Disputes;',
    );
    expect(adopted(op1)).toEqual([`${UNCITRAL} -> Framework:Model Provisions on Mediation for International Investment Disputes`]);
  });
});

describe('"<body> contained in paragraph N of its report": the body\'s report the resolution footnoted before', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/116', date: '2023-12-07' });
  const PP1 = 'Having considered the report of the Committee on Relations with the Host Country,1';
  const PP1_NOTE = 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 26 (A/78/26).';
  const documents = (x: ReturnType<typeof para>) => x.mentions.filter((m) => m.key.startsWith('Document:')).map((m) => m.key);

  it('A/RES/78/116 OP1 (79/130, 80/172): "Endorses the recommendations and conclusions of the Committee on Relations with the Host Country contained in paragraph 146 of its report;"', () => {
    const c = ctx();
    para(c, 'PP1', PP1, '1', PP1_NOTE);
    const op1 = para(c, 'OP1', 'Endorses the recommendations and conclusions of the Committee on Relations with the Host Country contained in paragraph 146 of its report;');
    expect(relationsTo(op1, 'Document:')).toEqual(['ENDORSES Document:A/78/26']);
    // (the Committee keeps its own edge: it is named in the clause)
    expect(relationsTo(op1, 'Organization:')).toEqual(['ENDORSES Organization:Committee on Relations with the Host Country']);
  });

  it('guard: a report still to be written ("to make recommendations in its report to the Assembly at its seventy-ninth session", A/RES/78/116 OP16) is none', () => {
    const c = ctx();
    para(c, 'PP1', PP1, '1', PP1_NOTE);
    const op16 = para(c, 'OP16', 'Requests the Committee on Relations with the Host Country to continue its work and to make recommendations in its report to the Assembly at its seventy-ninth session;');
    expect(documents(op16)).toEqual([]);
  });

  it('guard: another session\'s report ("contained in paragraph 85 (b) of its report on the work of its sixty-third session", A/RES/78/114 OP3) is not the one footnoted', () => {
    const c = ctx();
    para(c, 'PP1', PP1, '1', PP1_NOTE);
    const op3 = para(c, 'OP3', 'Decides to further examine the recommendation of the Committee on Relations with the Host Country contained in paragraph 85 (b) of its report on the work of its sixty-third session;');
    expect(documents(op3)).toEqual([]);
  });
});
