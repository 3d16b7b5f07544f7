// Session-58 audit aud58k: residual faults the session-57 gold sets kept (aud57h, aud57c, aud57b, aud57p, aud57x). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/80/140', '2025-12-15'), kind: 'operative' });

describe('item 1: a roman-numbered decision of the Conference of the Parties the paragraph cited a decision of before it', () => {
  const OP40 =
    'Notes decision 16/35 adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, which notes the work of the Joint Liaison Group of the Rio Conventions and the Liaison Group of Biodiversity-related Conventions for enhancing cooperation and synergies among the conventions, invites the Parties to the Rio conventions to strengthen synergies and cooperation in the implementation of each convention, in accordance with national circumstances and priorities, and further invites Parties and other Governments to continue to enhance synergies among the biodiversity-related conventions, in line with options for action at the national level provided in decision XIII/24, in accordance with their national circumstances and priorities;';
  const XIII24 = 'Resolution:Conference of the Parties to the Convention on Biological Diversity decision XIII/24';

  it('A/RES/80/140 OP40: "... provided in decision XIII/24" is the CBD Conference\'s, named ~400 characters before', () => {
    expect(keys(OP40, 'Resolution:')).toContain(XIII24);
  });

  it('A/RES/80/140 OP40: "which notes ..., invites ..., and further invites ..." are the decision\'s verbs: the Assembly notes all it names', () => {
    const rel = relations(OP40);
    expect(rel).toContain(`NOTES ${XIII24}`);
    expect(rel).toContain('NOTES Organization:Joint Liaison Group of the Rio Conventions');
    expect(rel.filter((r) => r.startsWith('INVITES'))).toEqual([]);
  });

  it('guard: A/RES/80/129 OP11 ", which encourages ..., and invites the Department ...": no bare-comma verb, the Assembly invites', () => {
    const rel = relations(
      'Recalls paragraph 65 (d) of the Sevilla Commitment, which encourages Member States to appoint national focal points for financing for development in finance and other relevant ministries, and invites the Department of Economic and Social Affairs of the Secretariat, within existing resources, to facilitate the establishment of a network of voluntary national focal points for financing for development to strengthen national follow-up;',
      'operative',
      ctxOf('A/RES/80/129', '2025-12-15'),
    );
    expect(rel).toContain('INVITES Organization:Department of Economic and Social Affairs');
  });

  it('guard: a roman number with no Conference of the Parties cited before it stays uncited', () => {
    expect(keys('Notes the options for action at the national level provided in decision XIII/24;', 'Resolution:')).toEqual([]);
  });
});

describe('item 2a: "and taking note of its political declaration" after a high-level meeting names the meeting\'s declaration', () => {
  const ctx80138 = ctxOf('A/RES/80/138', '2025-12-15');
  const { extract } = oneParagraph({ ctx: ctx80138, kind: 'preambular' });
  const SENDAI_DECLARATION = 'Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030';

  it('A/RES/80/138 PP11: "..., held in New York on 18 and 19 May 2023, and taking note of its political declaration,"', () => {
    const x = extract(
      'Stressing that disaster risk reduction ... and in this regard welcoming the convening of the high-level meeting of the General Assembly on the midterm review of the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030, held in New York on 18 and 19 May 2023, and taking note of its political declaration,',
      'preambular',
      { ...ctx80138 },
    );
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(rel.filter((r) => r.startsWith(`NOTES ${SENDAI_DECLARATION}`))).toHaveLength(1);
    expect(att.filter((a) => a.startsWith('ADOPTED Event:high-level meeting of the General Assembly on the midterm review of the implementation') && a.includes(SENDAI_DECLARATION))).toHaveLength(1);
  });

  it('A/RES/78/153 PP11 (79/206): "..., held in New York on 18 and 19 May 2023 and takes note of its political declaration"', () => {
    const x = extract(
      'Recognizing ..., and recognizing that disaster risk reduction efforts consistent with the Sendai Framework contribute to strengthening resilience ... and in this regard welcomes the convening of the high-level meeting of the General Assembly on the midterm review of the implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030, held in New York on 18 and 19 May 2023 and takes note of its political declaration,',
      'preambular',
      ctxOf('A/RES/78/153', '2023-12-19'),
    );
    expect(x.mentions.some((m) => m.key.startsWith(SENDAI_DECLARATION))).toBe(true);
    expect(x.attributions.some((a) => a.type === 'ADOPTED' && a.target.startsWith(SENDAI_DECLARATION))).toBe(true);
  });

  it('guard: A/RES/78/158 PP15 "..., and its political declaration,9" keeps its reading', () => {
    const x = extract(
      'Recognizing ..., recalling also the convening of the high-level meeting of the General Assembly on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, and its political declaration,',
      'preambular',
      ctxOf('A/RES/78/158', '2023-12-19'),
    );
    expect(x.mentions.some((m) => m.key.startsWith('Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework'))).toBe(true);
  });
});

describe('item 2b: "the United Arab Emirates just transition work programme" is a programme, not the State', () => {
  it('A/RES/80/138 OP11: "... the goals of the Paris Agreement, and the United Arab Emirates just transition work programme on just transition pathways"', () => {
    const rel = relations(
      'Emphasizes the importance of just transition pathways that promote sustainable development and eradication of poverty, and the creation of decent work and quality jobs, in order to achieve the goals of the Paris Agreement, and the United Arab Emirates just transition work programme on just transition pathways, in accordance with decisions 1/CP.27, 1/CMA.4 and 3/CMA.5;',
      'operative',
      ctxOf('A/RES/80/138', '2025-12-15'),
    );
    expect(rel).toContain('EMPHASIZES Initiative:United Arab Emirates just transition work programme');
    expect(rel.filter((r) => r.includes('Place:United Arab Emirates'))).toEqual([]);
  });

  it('guard: A/RES/78/153 "the work programme on just transition pathways" names no programme', () => {
    const rel = relations('Emphasizes the importance of the work programme on just transition pathways;', 'operative', ctxOf('A/RES/78/153', '2023-12-19'));
    expect(rel.filter((r) => r.includes('just transition'))).toEqual([]);
  });
});

describe('item 6: a conference report\'s note numbering its resolution in roman numerals ("chap. I, resolution I")', () => {
  const NOTE =
    'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution I, annexes I and II.';

  it('A/RES/80/175 PP3 note 1 (78/172): "chap. I, resolution I, annexes I and II" is the Summit\'s resolution 1', () => {
    expect(keys(NOTE, 'Resolution:', 'preambular', ctxOf('A/RES/80/175', '2025-12-15'))).toEqual(['Resolution:World Summit for Social Development resolution 1']);
  });

  it('guard: the arabic form of the Fourth World Conference\'s note keeps its reading', () => {
    expect(
      keys(
        'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.',
        'Resolution:',
        'preambular',
        ctxOf('A/RES/80/175', '2025-12-15'),
      ),
    ).toEqual(['Resolution:Fourth World Conference on Women resolution 1']);
  });

  it('guard: "resolution I" outside a conference report\'s note cites nothing', () => {
    expect(keys('Recalling resolution I, annexes I and II,', 'Resolution:', 'preambular', ctxOf('A/RES/80/175', '2025-12-15'))).toEqual([]);
  });
});

describe('item 3: "the decision by the <body> at its resumed fifth session, in resolution 5/14": the body "by" names ADOPTED the number (the session-59 ruling reversed the session as adopter)', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/140', '2025-12-15'), kind: 'preambular' });
  const SESSION5 = 'Event:fifth session of the United Nations Environment Assembly';
  const UNEA = 'Organization:United Nations Environment Assembly';

  it('A/RES/80/140 PP34: "..., in resolution 5/14 of 2 March 2022, to convene an intergovernmental negotiating committee ..."', () => {
    const att = attributions(
      'Welcoming the decision by the United Nations Environment Assembly at its resumed fifth session, in resolution 5/14 of 2 March 2022, to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment,',
    );
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 5/14`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${SESSION5}`))).toEqual([]);
  });

  it('the "in its resolution 5/8" form (A/RES/79/202, 79/209, 80/135: "Recalls the decision by the ... at its resumed fifth session, in its resolution 5/8")', () => {
    const att = attributions(
      'Recalls the decision by the United Nations Environment Assembly at its resumed fifth session, in its resolution 5/8 of 2 March 2022, to establish a science-policy panel;',
      'operative',
    );
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 5/8`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${SESSION5}`))).toEqual([]);
  });

  it('guard: "the decisions taken by the Environment Assembly at its resumed fifth session ..., in line with Environment Assembly resolutions 5/2" (PP34) adopts nothing by this rule', () => {
    const att = attributions(
      'Welcoming also the decisions taken by the Environment Assembly at its resumed fifth session on nature-based solutions, in line with Environment Assembly resolutions 5/2, 5/7 and 5/8 of 2 March 2022,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
