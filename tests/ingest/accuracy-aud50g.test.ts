// Session-50 audit aud50g: clause and verb residuals of the 38 gold files and the faults reported from corpus-ga (no new gold
// set), each case quoting its file and paragraph, each with a guard:
// - the Assembly as the agent of its own call or mandate ("as called for by the General Assembly", A/RES/78/202 PP6, 79/167,
//   80/209; "as mandated by the General Assembly at its first special session", 78/27 PP8, 79/47, 80/49; 79/232 PP15) or of its
//   request named again ("this request of the General Assembly", 78/143 PP9, 79/200, 80/130): no edge, as "established by" and
//   "approved by the General Assembly" give none;
// - the State a verb's asking noun is addressed to ("Reiterates its request in this regard to the Government of Israel to assume
//   responsibility", A/RES/78/143 OP5, 79/200, 80/130): the verb's target, as "Requests the Government of Israel to" makes it;
// - the body printed after "in the resolution" or "in the same resolution" naming its own text cited before ("noting that in the
//   resolution, the Assembly invited", A/RES/79/192 PP5; "in the same resolution, the Council called upon", 79/185 PP31): the
//   cited text's author, no target of the clause that reports its act, as after "in its resolution 77/150, the General Assembly";
// - "the report of the High-level Panel" after "takes note of its final report" of the High-level Panel on ... (A/RES/78/322 OP16,
//   OP23): that final report, named before in the resolution (documents.ts keeps, per resolution, the final and interim reports
//   named so far; a short form of two words or more that opens the author's full name);
// - "the three informal interactive hearings on <topic>, held at United Nations Headquarters on <day>, <day> and <day>" (A/RES/78/189
//   OP51, 79/159, 80/191): one hearing per day, as "the high-level meetings on ..., held in New York on ... and ..." are read.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { cleanText, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_202: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
const { relations, attributions } = oneParagraph({ ctx: GA_78_202, kind: 'preambular' });

const GA = 'Organization:General Assembly';

describe('the Assembly as the agent of its own call or mandate is no verb target', () => {
  it('A/RES/78/202 PP6: "urge other States to do likewise, as called for by the General Assembly and other organs of the United Nations"', () => {
    const text =
      'Recalling the documents adopted at previous summits and conferences, in which States members of the Movement agreed to oppose and condemn unilateral coercive measures and their continued application, persevere with efforts to effectively reverse them, urge other States to do likewise, as called for by the General Assembly and other organs of the United Nations, and request States applying those measures or laws to revoke them fully and immediately,';
    expect(relations(text)).not.toContain(`RECALLS ${GA}`);
  });

  it('A/RES/78/27 PP8: "the continued importance and relevance of multilateral disarmament machinery as mandated by the General Assembly at its first special session"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/27', date: '2023-12-04' };
    const text =
      'Reaffirming the central role of the United Nations in the field of disarmament, and reaffirming also the continued importance and relevance of multilateral disarmament machinery as mandated by the General Assembly at its first special session devoted to disarmament,';
    expect(relations(text, 'preambular', ctx)).not.toContain(`REAFFIRMS ${GA}`);
  });

  it('guard: another body\'s call ("as called for by the Security Council") stays the verb\'s', () => {
    const text =
      'Recalling the documents adopted at previous summits and conferences, in which States members of the Movement agreed to urge other States to do likewise, as called for by the Security Council,';
    expect(relations(text)).toContain('RECALLS Organization:Security Council');
  });
});

describe('the Assembly\'s request named again with a demonstrative ("this request of the General Assembly"): its author, no verb target', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/143', date: '2023-12-19' };
  it('A/RES/78/143 PP9 (79/200, 80/130): "recognizing the conclusion of the Secretary-General that this request of the General Assembly has yet to be implemented": no RECOGNIZES General Assembly', () => {
    const text =
      'Recalling that, in paragraph 5 of its resolution 77/157, it reiterated its request to the Government of Israel to assume responsibility for prompt and adequate compensation to the Government of Lebanon and other countries directly affected by the oil slick, such as the Syrian Arab Republic, whose shores have been partially polluted, and recognizing the conclusion of the Secretary-General that this request of the General Assembly has yet to be implemented,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).not.toContain(`RECOGNIZES ${GA}`);
    expect(rel).toContain('RECOGNIZES Organization:Secretary-General of the United Nations');
  });

  it('guard: "the decision of the General Assembly to declare 30 August ..." (A/RES/78/207 PP21) keeps the Assembly', () => {
    const text = 'Recalling with appreciation also the decision of the General Assembly to declare 30 August the International Day of the Victims of Enforced Disappearances,';
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${GA}`);
  });
});

describe('the State a verb\'s asking noun is addressed to ("its request ... to the Government of X to")', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/143', date: '2023-12-19' };
  it('A/RES/78/143 OP5: "Reiterates its request in this regard to the Government of Israel to assume responsibility": REITERATES Israel', () => {
    const text =
      'Reiterates its request in this regard to the Government of Israel to assume responsibility for prompt and adequate compensation to the Government of Lebanon for the aforementioned damage and to other countries directly affected by the oil slick, such as the Syrian Arab Republic, whose shores have been partially polluted;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('REITERATES Place:Israel');
    // (the beneficiaries of the compensation are no addressees)
    expect(rel).not.toContain('REITERATES Place:Lebanon');
    expect(rel).not.toContain('REITERATES Place:Syrian Arab Republic');
  });

  it('guard: the request addressed to another ("its request to the Secretary-General to report ... to the Government of Lebanon") addresses no State', () => {
    const text = 'Reiterates its request to the Secretary-General to report on the compensation paid to the Government of Lebanon for the aforementioned damage;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('REITERATES Organization:Secretary-General of the United Nations');
    expect(rel).not.toContain('REITERATES Place:Lebanon');
  });

  it('guard: A/RES/78/143 PP9, the request reported ("it reiterated its request to the Government of Israel") addresses no State', () => {
    const text =
      'Recalling that, in paragraph 5 of its resolution 77/157, it reiterated its request to the Government of Israel to assume responsibility for prompt and adequate compensation to the Government of Lebanon,';
    expect(relations(text, 'preambular', ctx)).not.toContain('RECALLS Place:Israel');
  });
});

describe('the body printed after "in the (same) resolution", naming its own text cited before: the author, no verb target', () => {
  it('A/RES/79/192 PP5: "and noting that in the resolution, the Assembly invited each Main Committee": no NOTES General Assembly', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/192', date: '2024-12-17' };
    const text =
      'Recalling also its resolution 77/335 of 1 September 2023 on the revitalization of the work of the General Assembly, and noting that in the resolution, the Assembly invited each Main Committee to further discuss its working methods, as appropriate,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).not.toContain(`NOTES ${GA}`);
    // (the Assembly whose work is revitalized stays the first clause's)
    expect(rel).toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/77/335');
  });

  it('A/RES/79/185 PP31: "consistent with Security Council resolution 2474 (2019), ... and noting also that, in the same resolution, the Council called upon": no NOTES Security Council', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/185', date: '2024-12-17' };
    const text =
      'Noting that, consistent with Security Council resolution 2474 (2019), States bear the primary responsibility to respect and ensure the human rights of all individuals within their territory and subject to their jurisdiction and that parties to armed conflict must take all feasible steps to ensure the protection of civilians, and noting also that, in the same resolution, the Council called upon parties to armed conflict to take appropriate measures to prevent persons from going missing as a result of armed conflict,';
    expect(relations(text, 'preambular', ctx)).not.toContain('NOTES Organization:Security Council');
  });

  it('guard: another body\'s text named again ("its resolution 77/335 ..., and noting that in the resolution, the Council invited") keeps the Council', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/192', date: '2024-12-17' };
    const text =
      'Recalling also its resolution 77/335 of 1 September 2023, and noting that in the resolution, the Economic and Social Council invited each functional commission to further discuss its working methods,';
    expect(relations(text, 'preambular', ctx)).toContain('NOTES Organization:Economic and Social Council');
  });

  it('guard: the body asked, not acting ("in the resolution, the Assembly is invited") stays the verb\'s', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/192', date: '2024-12-17' };
    const text = 'Recalling also its resolution 77/335 of 1 September 2023, and noting that in the resolution, the Assembly is invited to discuss its working methods,';
    expect(relations(text, 'preambular', ctx)).toContain(`NOTES ${GA}`);
  });
});

describe('"the report of the <head of a body\'s name>" refers back to that body\'s final or interim report the resolution named before', () => {
  const HEAD =
    'United Nations A/RES/78/322\n\nGeneral Assembly Distr.: General\n14 August 2024\n\nSeventy-eighth session\nAgenda item 18 (b)\n\nResolution adopted by the General Assembly on 13 August 2024\n\n[without reference to a Main Committee (A/78/L.98)]\n\n78/322. Multidimensional vulnerability index\n\nThe General Assembly,\n\n';
  const PP = 'Recalling its resolution 77/245 of 30 December 2022,\n\n';
  const OP1 =
    '1. Welcomes the work of the “High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States”, takes note of its final report, and decides to advance the multidimensional vulnerability index;\n\n';
  const OP16 =
    '2. Requests the Independent Expert Advisory Panel to recommend future improvements to the multidimensional vulnerability index triennially, and ensure that indicators adhere to the criteria for data sources recommended in the report of the High-level Panel to ensure the continued relevance of the index;\n\n';
  const FINAL = 'Document:final report of the high-level panel on the development of a multidimensional vulnerability index for small island developing states';

  /** the verb relations of a whole text, as "TYPE target (paragraph)" */
  function relationsOf(text: string): string[] {
    const src: SourceText = { file: 'A_RES_78_322.txt', format: 'text', text };
    const out: string[] = [];
    for (const r of segmentResolutions(cleanText(src), src)) {
      for (const p of extractResolution(r).paragraphs) for (const rel of p.relations) out.push(`${rel.type} ${rel.target} (${p.paragraph.id})`);
    }
    return out;
  }

  it('A/RES/78/322 OP16 (and OP23): "the criteria ... recommended in the report of the High-level Panel" after OP1 "takes note of its final report": REQUESTS the final report and the Panel', () => {
    const rel = relationsOf(HEAD + PP + OP1 + OP16);
    expect(rel).toContain(`NOTES ${FINAL} (OP1)`);
    expect(rel).toContain(`REQUESTS ${FINAL} (OP2)`);
    expect(rel).toContain('REQUESTS Organization:High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States (OP2)');
  });

  it('guard: no report of the Panel named before (OP16 alone): "the report of the High-level Panel" names no document', () => {
    expect(relationsOf(HEAD + PP + OP16).filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: "the report of the High-level Panel on its first session" is another report', () => {
    const other = OP16.replace('the report of the High-level Panel to ensure', 'the report of the High-level Panel on its first session, to ensure');
    expect(relationsOf(HEAD + PP + OP1 + other)).not.toContain(`REQUESTS ${FINAL} (OP2)`);
  });
});

describe('"and taking note of its work | report": the body or sitting the clause before named first takes the later verb', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };
  const WGEC = 'Organization:Working Group on Enhanced Cooperation';
  const PP44 =
    'Recalling also the convening of the Working Group on Enhanced Cooperation on Public Policy Issues Pertaining to the Internet, based on the proposal by the Chair of the Commission on Science and Technology for Development regarding the structure and composition of the Working Group, as requested by the General Assembly in its resolution 70/125 of 16 December 2015 and endorsed by the Economic and Social Council in its resolution 2017/21, and taking note of its work,';

  it('A/RES/78/132 PP44 (79/194 PP45, 80/118 PP49): "Recalling also the convening of the Working Group on Enhanced Cooperation ..., and taking note of its work": NOTES the Working Group', () => {
    const rel = relations(PP44, 'preambular', ctx);
    expect(rel).toContain(`RECALLS ${WGEC}`);
    expect(rel).toContain(`NOTES ${WGEC}`);
    // (the bodies named after it in the first clause are not what "its" stands for)
    expect(rel).not.toContain('NOTES Organization:Economic and Social Council');
  });

  it('A/RES/78/244 OP6 (79/247, 80/233): "Takes note with appreciation of the work of the Committee for Programme and Coordination, and welcomes its report": WELCOMES the Committee, its report\'s author', () => {
    const text = 'Takes note with appreciation of the work of the Committee for Programme and Coordination, and welcomes its report;';
    expect(relations(text, 'operative', { ...ctx, symbol: 'A/RES/78/244' })).toContain('WELCOMES Organization:Committee for Programme and Coordination');
  });

  it('guard: "its work on ..." goes on with what the work is about, no pronoun read', () => {
    const text = PP44.replace('taking note of its work,', 'taking note of its work on the recommendations of the Chair,');
    expect(relations(text, 'preambular', ctx)).not.toContain(`NOTES ${WGEC}`);
  });

  it('guard: the Assembly named first ("the revitalization of the work of the General Assembly, and taking note of its report") is not read', () => {
    const text = 'Recalling the work of the General Assembly on the revitalization of its working methods, and taking note of its report,';
    expect(relations(text, 'preambular', ctx)).not.toContain('NOTES Organization:General Assembly');
  });
});

describe('"the three informal interactive hearings on <topic>, held at United Nations Headquarters on <day>, <day> and <day>": one hearing per day', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/189', date: '2023-12-19' };
  const HEARING =
    "Event:informal interactive hearing on possible further measures necessary to enhance the participation of Indigenous Peoples' representatives and institutions in relevant United Nations meetings on issues affecting them";

  it('A/RES/78/189 OP51 (79/159 OP53, 80/191 OP55): three hearings, each NOTED and dated by its day', () => {
    const text =
      'Takes note with appreciation of the summary reports of the three informal interactive hearings on possible further measures necessary to enhance the participation of Indigenous Peoples’ representatives and institutions in relevant United Nations meetings on issues affecting them, held at United Nations Headquarters on 17 April 2018, 25 April 2019 and 20 April 2023, and recalls General Assembly resolution 70/232;';
    const rel = relations(text, 'operative', ctx);
    expect(rel.filter((r) => r.startsWith('NOTES Event:')).sort()).toEqual([`NOTES ${HEARING} @ 2018`, `NOTES ${HEARING} @ 2019`, `NOTES ${HEARING} @ 2023`]);
    expect(attributions(text, 'operative', ctx)).toContain(`STARTS_ON ${HEARING} @ 2019 -> Date:2019-04-25`);
  });

  it('guard: A/RES/78/204 "including the informal interactive multi-stakeholder hearings," (no topic, no days) are no sittings read', () => {
    const text =
      'Encourages national human rights institutions to participate in the international migration review forums, including the informal interactive multi-stakeholder hearings, and invites the institutions to contribute;';
    expect(relations(text, 'operative', { ...ctx, symbol: 'A/RES/78/204' }).filter((r) => r.includes('hearing'))).toEqual([]);
  });
});
