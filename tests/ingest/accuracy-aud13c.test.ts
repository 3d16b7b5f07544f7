// Misses found by the session-13 audit aud13c: a hand audit of A/RES/78/257 (investing in prevention and peacebuilding:
// the Peacebuilding Account), A/RES/80/53 (the Group of Scientific and Technical Experts on Nuclear Disarmament
// Verification) and A/RES/78/173 (persons living with a rare disease). Each case quotes the file named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

function extract(text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative') {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
  extract(text, ctx, kind).mentions.map((m) => m.key);
const events = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
  mentions(text, ctx, kind).filter((k) => k.startsWith('Event:'));

describe('"at its <ordinal> session" in a General Assembly text: the Assembly\'s coming session, not the last body named', () => {
  it('A/RES/78/257 OP22: "requests the Advisory Committee to invite the Board of Auditors ... and to report thereon at its eighty-second session"', () => {
    const text =
      'Recalls paragraph 33 of the report of the Advisory Committee, and requests the Advisory Committee to invite the Board of Auditors to conduct an audit of the Peacebuilding Account, separately from the entities and programmes under volume I of the United Nations financial statements, as well as the cost-effectiveness and cost-efficiency of using resources allocated for peacebuilding activities in the United Nations, and to report thereon at its eighty-second session;';
    expect(events(text, GA('A/RES/78/257', '2023-12-22'))).toEqual(['Event:eighty-second session of the General Assembly']);
  });

  it('A/RES/79/295 OP9: "... a sub-item entitled “Cooperation between the United Nations and the Gulf Cooperation Council” and to consider the sub-item again at its eighty-first session"', () => {
    const text =
      'Decides to include in the provisional agenda of its eightieth session, under the item entitled “Cooperation between the United Nations and regional and other organizations”, a sub-item entitled “Cooperation between the United Nations and the Gulf Cooperation Council” and to consider the sub-item again at its eighty-first session and thereafter on a biennial basis.';
    expect(events(text, GA('A/RES/79/295', '2025-06-16'))).toEqual([
      'Event:eightieth session of the General Assembly',
      'Event:eighty-first session of the General Assembly',
    ]);
  });

  it('A/RES/80/28 OP6: "taking into account the work of the Conference on Disarmament, ..., with a view to taking a decision at its eighty-third session"', () => {
    const text =
      'Reaffirms its decision to keep the scope of, participation in and use of the Register under review, and to that end requests the Secretary-General to prepare a report on the continuing operation and relevance of the Register, taking into account the work of the Conference on Disarmament, relevant deliberations within the United Nations, the views expressed by Member States and the reports of the Secretary-General on the continuing operation of the Register and its further development, with a view to taking a decision at its eighty-third session;';
    expect(events(text, GA('A/RES/80/28', '2025-12-01'))).toEqual(['Event:eighty-third session of the General Assembly']);
  });

  it('negative, A/RES/79/249 OP1: a report "on its eighty-fourth session" is on its author\'s session', () => {
    const text = 'Takes note of the report of the Committee on Contributions on its eighty-fourth session;';
    expect(events(text, GA('A/RES/79/249', '2024-12-24'))).toEqual(['Event:eighty-fourth session of the Committee on Contributions']);
  });

  it('negative, A/RES/78/68 OP244: a body printed right before ", at its" holds the session, in the Assembly\'s range or not', () => {
    const text =
      'Notes the decision of the Marine Environmental Protection Committee of the International Maritime Organization, at its seventy-eighth session, to develop draft amendments to annex V to the International Convention for the Prevention of Pollution from Ships;';
    expect(events(text, GA('A/RES/78/68', '2023-12-05'))).not.toContain('Event:seventy-eighth session of the General Assembly');
  });

  it('negative, A/RES/78/280 PP10: "by the World Health Assembly at its seventy-fifth session"', () => {
    const text =
      'Recognizing the leading role of the World Health Organization, and welcoming ongoing processes to improve the sustainable financing of the World Health Organization, including the adoption of the recommendations of the Working Group on Sustainable Financing by the World Health Assembly at its seventy-fifth session,';
    expect(events(text, GA('A/RES/78/280', '2024-05-02'), 'preambular')).toEqual(['Event:seventy-fifth session of the World Health Assembly']);
  });

  it('negative: an ordinal outside the Assembly\'s coming sessions stays the last body\'s ("the Commission ... at its sixty-first session")', () => {
    const text =
      'Acknowledging in that regard the recommendations of the Commission for Social Development on the priority theme at its sixty-first session,';
    expect(events(text, GA('A/RES/78/177', '2023-12-19'), 'preambular')).toEqual(['Event:sixty-first session of the Commission for Social Development']);
  });
});

describe('special accounts the Assembly funds are Initiatives', () => {
  it('A/RES/78/257 OP7: "a dedicated multi-year special account, entitled Peacebuilding Account"', () => {
    const text = 'Decides to establish a dedicated multi-year special account, entitled Peacebuilding Account, as a modality of financing the Peacebuilding Fund;';
    expect(mentions(text, GA('A/RES/78/257', '2023-12-22'))).toContain('Initiative:Peacebuilding Account');
  });

  it('A/RES/78/290 PP25: "under the United Nations Development Account" is the Development Account', () => {
    const text =
      'Noting with approval the road safety performance review projects of the Economic Commission for Europe, carried out in collaboration with the Economic and Social Commission for Asia and the Pacific under the United Nations Development Account,';
    const m = mentions(text, GA('A/RES/78/290', '2024-06-24'), 'preambular');
    expect(m).toContain('Initiative:Development Account');
    expect(m).not.toContain('Organization:United Nations');
  });

  it('negative: "taking into account" is no name', () => {
    const text = 'Requests the Secretary-General, taking into account the views of Member States, to submit a report;';
    expect(mentions(text, GA('A/RES/78/257', '2023-12-22')).filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });
});

describe('the Regulations and Rules Governing Programme Planning are a Framework', () => {
  const LONG =
    'Framework:Regulations and Rules Governing Programme Planning, the Programme Aspects of the Budget, the Monitoring of Implementation and the Methods of Evaluation';
  it('A/RES/78/244 PP3: the full title', () => {
    const text =
      'Recalling further the Regulations and Rules Governing Programme Planning, the Programme Aspects of the Budget, the Monitoring of Implementation and the Methods of Evaluation, by which the relevant programmes and subprogrammes of the proposed strategic framework shall be reviewed,';
    const m = mentions(text, GA('A/RES/78/244', '2023-12-22'), 'preambular');
    expect(m).toContain(LONG);
    expect(m.filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });

  it('A/RES/78/257 OP11: the short title, and what the Multi-Partner Trust Fund Office administers is not the Regulations', () => {
    const text =
      'Also decides that the Peacebuilding Account shall be managed by the Peacebuilding Support Office in accordance with the relevant Financial Regulations and Rules of the United Nations and the Regulations and Rules Governing Programme Planning, and that these resources shall be administered by the Multi-Partner Trust Fund Office as an earmarked pool of resources separate from any voluntary funding;';
    const r = extract(text, GA('A/RES/78/257', '2023-12-22'));
    expect(r.mentions.map((m) => m.key)).toContain(LONG);
    expect(r.attributions.filter((a) => a.target.includes('Regulations and Rules Governing'))).toEqual([]);
  });
});

describe('the special sessions of the General Assembly devoted to disarmament are its tenth, twelfth and fifteenth', () => {
  it('A/RES/80/53 PP1: "the Final Document of the Tenth Special Session of the General Assembly, the first special session of the General Assembly devoted to disarmament"', () => {
    const text =
      'Recalling the Final Document of the Tenth Special Session of the General Assembly, the first special session of the General Assembly devoted to disarmament, in particular the paragraphs relevant to nuclear disarmament and to verification,';
    const e = events(text, GA('A/RES/80/53', '2025-12-01'), 'preambular');
    expect(e).toEqual(['Event:tenth special session of the General Assembly']);
  });

  it('A/RES/79/63 PP2: "the first special session devoted to disarmament" and "the second special session devoted to disarmament", no owner printed', () => {
    const text =
      'Recalling its decision, contained in paragraph 108 of the Final Document of the Tenth Special Session of the General Assembly, the first special session devoted to disarmament, to establish a programme of fellowships on disarmament, as well as its decisions contained in annex IV to the Concluding Document of the Twelfth Special Session of the General Assembly, the second special session devoted to disarmament, including its decision to continue the programme,';
    const e = events(text, GA('A/RES/79/63', '2024-12-02'), 'preambular');
    expect(e).toContain('Event:tenth special session of the General Assembly');
    expect(e).toContain('Event:twelfth special session of the General Assembly');
  });

  it('A/RES/79/44 PP3: the session that adopted the Final Document', () => {
    const text =
      'Bearing in mind the Final Document of the Tenth Special Session of the General Assembly, adopted by consensus at the first special session devoted to disarmament,';
    const a = extract(text, GA('A/RES/79/44', '2024-12-02'), 'preambular').attributions.map((x) => `${x.type} ${x.source} -> ${x.target}`);
    expect(a).toContain('ADOPTED Event:tenth special session of the General Assembly -> Framework:Final Document of the Tenth Special Session of the General Assembly');
  });

  it('negative, A/RES/79/209 OP10: another body\'s first special session is its own ("the United Nations Environment Assembly at its first special session")', () => {
    const text =
      'Reiterates the political declaration adopted by the United Nations Environment Assembly at its first special session for the commemoration of the fiftieth anniversary of the establishment of the United Nations Environment Programme;';
    expect(events(text, GA('A/RES/79/209', '2024-12-19'))).toEqual(['Event:first special session of the United Nations Environment Assembly']);
  });

  it('negative: a first special session not devoted to disarmament is not renamed', () => {
    const text = 'Recalling the first special session of the General Assembly, held in 1947,';
    expect(events(text, GA('A/RES/79/1', '2024-09-22'), 'preambular')).not.toContain('Event:tenth special session of the General Assembly');
  });
});

describe('a later clause opened by "and specifically / particularly / especially / notably / equally <verb>"', () => {
  const relations = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
    extract(text, ctx, kind).relations.map((r) => `${r.type} ${r.target}`);

  it('A/RES/80/53 OP11: "..., and specifically invites the Conference on Disarmament, ..., to reflect on the report"', () => {
    const text =
      'Requests the Secretary-General to bring the report of the Group of Scientific and Technical Experts to the attention of all Member States, as well as to the First Committee of the General Assembly, the Disarmament Commission, the Conference on Disarmament and other relevant organizations, and specifically invites the Conference on Disarmament, as the single multilateral disarmament negotiating forum of the international community, to reflect on the report as appropriate;';
    const r = relations(text, GA('A/RES/80/53', '2025-12-01'));
    expect(r).toContain('REQUESTS Organization:Conference on Disarmament');
    expect(r).toContain('INVITES Organization:Conference on Disarmament');
  });

  it('A/RES/78/187 OP63: "..., and looks forward to the planned guidance note ..., and particularly welcomes an increased engagement with States, the United Nations Children’s Fund"', () => {
    const text =
      'Expresses support for the work of the Special Representative of the Secretary-General for Children and Armed Conflict, and looks forward to the planned guidance note on the denial of humanitarian access, and particularly welcomes an increased engagement with States, the United Nations Children’s Fund and other United Nations agencies, funds and programmes, regional and subregional organizations and civil society;';
    const r = relations(text, GA('A/RES/78/187', '2023-12-19'));
    expect(r).toContain("WELCOMES Organization:United Nations Children's Fund");
    expect(r).not.toContain("LOOKS_FORWARD_TO Organization:United Nations Children's Fund");
  });

  it('negative: ", particularly developing countries" and ", especially countries in special situations" open no clause', () => {
    const text =
      'Encourages Member States, particularly developing countries, to cooperate with the United Nations Children’s Fund, especially countries in special situations, and the World Health Organization;';
    const r = relations(text, GA('A/RES/78/187', '2023-12-19'));
    expect(r).toEqual(["ENCOURAGES Organization:United Nations Children's Fund", 'ENCOURAGES Organization:World Health Organization']);
  });
});

describe('"the <ordinal> session" with no owner printed, in a General Assembly text', () => {
  it('A/RES/78/257 OP13: "to present the revised terms of reference to the General Assembly during the main part of the seventy-ninth session"', () => {
    const text =
      'Recalls its resolution 76/305, and requests the Secretary-General to review the terms of reference of the Peacebuilding Fund in coordination with the Peacebuilding Commission and open to the participation of all Member States, and to present the revised terms of reference to the General Assembly during the main part of the seventy-ninth session at the latest;';
    expect(events(text, GA('A/RES/78/257', '2023-12-22'))).toEqual(['Event:seventy-ninth session of the General Assembly']);
  });

  it('A/RES/79/327 OP24: "Decides, starting from the eighty-first session, to limit the number of ..."', () => {
    const text = 'Decides, starting from the eighty-first session, to limit the number of high-level meetings to be held during the high-level week;';
    expect(events(text, GA('A/RES/79/327', '2025-09-08'))).toEqual(['Event:eighty-first session of the General Assembly']);
  });

  it('negative: not in another body\'s text, nor for an ordinal far from the Assembly\'s sessions', () => {
    const ecosoc: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/RES/2024/1', date: '2024-07-24' };
    expect(events('Decides to consider the question at the eightieth session;', ecosoc)).toEqual([]);
    expect(events('Decides to consider the question at the twenty-fifth session;', GA('A/RES/79/1', '2024-09-22'))).toEqual([]);
  });
});

describe('a regular session of the General Assembly takes no date printed far after it', () => {
  const dated = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative' = 'operative'): string[] =>
    extract(text, ctx, kind)
      .attributions.filter((a) => a.type === 'STARTS_ON' || a.type === 'ENDS_ON')
      .map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/80/143 OP4: the high-level meeting "held on 10 July 2025" is not the seventy-ninth session\'s start', () => {
    const text =
      'Also recalls the convening of the high-level meeting on sand and dust storms, by the President of the General Assembly at the seventy-ninth session of the Assembly, in collaboration with the United Nations Coalition on Combating Sand and Dust Storms, in the General Assembly Hall, at United Nations Headquarters in New York, held on 10 July 2025 in the context of the International Day of Combating Sand and Dust Storms;';
    expect(dated(text, GA('A/RES/80/143', '2025-12-19')).filter((d) => d.includes('seventy-ninth session'))).toEqual([]);
  });

  it('negative, A/RES/79/238 OP13: "at its eighty-second session, in 2027"', () => {
    const text = 'Decides to consider the final report of the Panel on nuclear war effects at its eighty-second session, in 2027.';
    expect(dated(text, GA('A/RES/79/238', '2024-12-24'))).toEqual(['STARTS_ON Event:eighty-second session of the General Assembly -> Date:2027']);
  });
});

describe('"the report of the Advisory Committee" after the resolution footnoted it: the same document', () => {
  // one resolution: its paragraphs share the context object, as they do in the pipeline
  function resolution(paragraphs: { text: string; footnote?: string; heading?: string }[]): { mentions: string[]; relations: string[] }[] {
    const ctx = GA('A/RES/78/257', '2023-12-22');
    return paragraphs.map(({ text, footnote, heading }, i) => {
      const mark = '2';
      const offset = footnote ? text.lastIndexOf(`,${mark}`) + 1 : -1;
      const px = extractParagraph(
        { id: `OP${i + 1}`, kind: 'operative', text, footnoteRefs: footnote ? [{ mark, offset, footnote: { mark, text: footnote } }] : [], subparagraphs: [], heading },
        ctx,
      );
      return { mentions: px.mentions.map((m) => m.key), relations: px.relations.map((r) => `${r.type} ${r.target}`) };
    });
  }
  const OP2 = {
    text: 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions,2 subject to the provisions of the present resolution;',
    footnote: 'A/76/821.',
  };

  it('A/RES/78/257 OP12 and OP22: "Takes note of paragraph 21 of the report of the Advisory Committee;", "Recalls paragraph 33 of the report of the Advisory Committee, and requests ..."', () => {
    const [, op12, op22] = resolution([
      OP2,
      { text: 'Takes note of paragraph 21 of the report of the Advisory Committee;' },
      { text: 'Recalls paragraph 33 of the report of the Advisory Committee, and requests the Advisory Committee to invite the Board of Auditors to conduct an audit of the Peacebuilding Account;' },
    ]);
    expect(op12!.relations).toContain('NOTES Document:A/76/821');
    // (the Committee is named inside the report's words: nested, but an entity of the clause all the same: aud20h)
    expect(op12!.relations).toContain('NOTES Organization:Advisory Committee on Administrative and Budgetary Questions');
    expect(op22!.relations).toContain('RECALLS Document:A/76/821');
    expect(op22!.relations).not.toContain('REQUESTS Document:A/76/821');
  });

  it('negative: no footnoted report before, or two different ones, leaves the bare words alone', () => {
    const [alone] = resolution([{ text: 'Takes note of paragraph 21 of the report of the Advisory Committee;' }]);
    expect(alone!.mentions.filter((k) => k.startsWith('Document:'))).toEqual([]);
    const [, , , later] = resolution([
      OP2,
      { text: 'Takes note of paragraph 21 of the report of the Advisory Committee;' },
      { text: 'Also endorses the conclusions and recommendations contained in the related report of the Advisory Committee on Administrative and Budgetary Questions,2', footnote: 'A/76/900.' },
      { text: 'Recalls paragraph 8 of the report of the Advisory Committee;' },
    ]);
    expect(later!.mentions.filter((k) => k.startsWith('Document:'))).toEqual([]);
  });

  it('A/RES/79/258 (sections): each section\'s bare words name the report that section footnoted; a sub-heading with no footnote goes on with the one before (A/RES/79/254)', () => {
    const docs = (r: { mentions: string[] }): string[] => r.mentions.filter((k) => k.startsWith('Document:'));
    const out = resolution([
      { ...OP2, heading: 'I Umoja' },
      { text: 'Recalls paragraph 5 of the report of the Advisory Committee;', heading: 'I Umoja' },
      { text: 'Having considered the financial performance report on the programme budget for 2022 and the related report of the Advisory Committee,2', footnote: 'A/78/330.', heading: 'II Financial performance report' },
      { text: 'Recalls paragraph 8 of the report of the Advisory Committee;', heading: 'II Financial performance report' },
      { text: 'Also recalls paragraph 9 of the report of the Advisory Committee;', heading: 'III Other issues' },
    ]);
    expect(docs(out[1]!)).toEqual(['Document:A/76/821']);
    expect(docs(out[3]!)).toEqual(['Document:A/78/330']);
    expect(docs(out[4]!)).toEqual(['Document:A/78/330']);
  });

  it('A/RES/78/253 VIII (sections): "Having considered the report of the Secretary-General25 ..." then "Takes note of the report of the Secretary-General;" in the next section', () => {
    const docs = (r: { mentions: string[] }): string[] => r.mentions.filter((k) => k.startsWith('Document:'));
    const out = resolution([
      { text: 'Having considered the report of the Secretary-General,2', footnote: 'A/78/500.', heading: 'VII Revised estimates' },
      { text: 'Takes note of the report of the Secretary-General;', heading: 'VII Revised estimates' },
      { text: 'Having considered the report of the Secretary-General,2', footnote: 'A/78/530.', heading: 'VIII Revised estimates under section 34' },
      { text: 'Takes note of the report of the Secretary-General;', heading: 'VIII Revised estimates under section 34' },
    ]);
    expect(docs(out[1]!)).toEqual(['Document:A/78/500']);
    expect(docs(out[3]!)).toEqual(['Document:A/78/530']);
  });

  it('negative: two reports of the Secretary-General footnoted in one section leave the bare words alone', () => {
    const out = resolution([
      { text: 'Having considered the report of the Secretary-General,2', footnote: 'A/78/500.' },
      { text: 'Having also considered the report of the Secretary-General,2', footnote: 'A/78/530.' },
      { text: 'Takes note of the report of the Secretary-General;' },
    ]);
    expect(out[2]!.mentions.filter((k) => k.startsWith('Document:'))).toEqual([]);
  });

  it('negative: a report still to come is not the one footnoted ("to be included in the report of the Advisory Committee")', () => {
    const [, op] = resolution([OP2, { text: 'Requests the Secretary-General to provide the information to be included in the report of the Advisory Committee;' }]);
    expect(op!.mentions.filter((k) => k.startsWith('Document:'))).toEqual([]);
  });
});
