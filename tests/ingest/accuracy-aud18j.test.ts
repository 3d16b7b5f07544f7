// Misses found by the session-18 audit aud18j: A/RES/79/85 (effects of atomic radiation), A/RES/79/80 (peaceful uses in
// the context of international security), A/RES/80/111 (Chornobyl disaster), and the same forms in other texts. Each case
// quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/111', date: '2025-12-10' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

/** A paragraph with its footnotes: [mark, the text the mark follows, footnote text]. */
function para(id: string, text: string, notes: [string, string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, after, note]) => {
    const offset = text.indexOf(after + mark) + after.length;
    if (offset < after.length) throw new Error(`mark ${mark} not after ${after}`);
    return { mark, offset, footnote: { mark, text: note } };
  });
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
/** paragraph id -> its verb relations, over a resolution of the paragraphs given (what earlier paragraphs named counts) */
function relationsByParagraph(symbol: string, paragraphs: ParagraphText[]): Record<string, string[]> {
  const r: ResolutionText = { symbol, body: 'General Assembly', date: '2024-12-04', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] };
  return Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
}

const UNSCEAR = 'Organization:United Nations Scientific Committee on the Effects of Atomic Radiation';
const UNSCEAR_PP1 = para(
  'PP1',
  'Recalling its resolution 913 (X) of 3 December 1955, by which it established the United Nations Scientific Committee on the Effects of Atomic Radiation, and its subsequent resolutions on the subject, in which, inter alia, it requested the Scientific Committee to continue its work,',
);

describe('"Greatly appreciates" opens a clause as "Strongly" or "Deeply" does', () => {
  const TEXT =
    'Greatly appreciates the coordinating role of the United Nations Development Programme in the international cooperation on Chornobyl, including the work undertaken by the Inter-Agency Task Force on Chornobyl;';

  it('A/RES/80/111 OP2: APPRECIATES the programme and the task force', () => {
    expect(relations(TEXT)).toEqual(['APPRECIATES Organization:United Nations Development Programme', 'APPRECIATES Organization:Inter-Agency Task Force on Chornobyl']);
  });

  it('guard: "greatly" inside a clause opens none (A/RES/79/85 OP18 "which would greatly help in the preparation of ...")', () => {
    const text =
      'Encourages Member States to provide further relevant data about levels, effects and risks of exposure to ionizing radiation from various sources, which would greatly help in the preparation of future reports of the United Nations Environment Programme;';
    expect(relations(text)).toEqual(['ENCOURAGES Organization:United Nations Environment Programme']);
  });
});

describe('"the Committee to the General Assembly": the body a report goes to ends the short form, as it ends a name', () => {
  const OP18 =
    'Recalls the strategy of the Scientific Committee to improve data collection, encourages in this regard Member States, the organizations of the United Nations system and non-governmental organizations concerned to provide further relevant data about levels, effects and risks of exposure to ionizing radiation from various sources, which would greatly help in the preparation of future reports of the Committee to the General Assembly, and encourages the International Atomic Energy Agency, the World Health Organization, the International Labour Organization and other relevant organizations to further collaborate with the secretariat on arrangements for the collection, analysis and dissemination of data on radiation exposures of patients, workers and the general public;';

  it('A/RES/79/85 OP18 (78/71 OP16, 80/75 OP15): the first "encourages" clause names the Scientific Committee', () => {
    const found = relationsByParagraph('A/RES/79/85', [UNSCEAR_PP1, para('OP18', OP18)]);
    expect(found.OP18).toContain(`ENCOURAGES ${UNSCEAR}`);
    expect(found.OP18).toContain('ENCOURAGES Organization:General Assembly');
  });

  it('guard: "the Committee to Protect Journalists" is a name of its own, not the Scientific Committee', () => {
    const found = relationsByParagraph('A/RES/79/85', [UNSCEAR_PP1, para('OP1', 'Welcomes the work of the Committee to Protect Journalists;')]);
    expect(found.OP1).not.toContain(`WELCOMES ${UNSCEAR}`);
  });
});

describe('a body named in full, then "for the" or "to the" and another name: two names, not one', () => {
  it('A/RES/79/85 PP13 (78/71 PP13): "the World Health Organization for the Scientific Committee’s work"', () => {
    const pp13 = para(
      'PP13',
      'Recalling the support expressed by the International Atomic Energy Agency and the World Health Organization for the Scientific Committee’s work in producing the most reliable and comprehensive sources of scientific information about the levels and effects of ionizing radiation,',
    );
    expect(relationsByParagraph('A/RES/79/85', [UNSCEAR_PP1, pp13]).PP13).toEqual([
      'RECALLS Organization:International Atomic Energy Agency',
      'RECALLS Organization:World Health Organization',
      `RECALLS ${UNSCEAR}`,
    ]);
  });

  it('A/RES/79/195 OP29: "deposited with the World Trade Organization for the Agreement on Fisheries Subsidies"', () => {
    const text =
      'Welcomes the increased number of instruments of acceptance deposited with the World Trade Organization for the Agreement on Fisheries Subsidies, adopted at the Twelfth Ministerial Conference of the World Trade Organization regarding Sustainable Development Goal target 14.6;';
    expect(keys(text, 'Framework:')).toContain('Framework:Agreement on Fisheries Subsidies');
    expect(relations(text)).toContain('WELCOMES Framework:Agreement on Fisheries Subsidies');
  });

  it('guard: a gazetteer name with "for the" in it stays one name ("the United Nations Office for the Coordination of Humanitarian Affairs")', () => {
    const text = 'Requests the United Nations Office for the Coordination of Humanitarian Affairs to continue its work;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Office for the Coordination of Humanitarian Affairs']);
  });
});

describe('"the report of the Secretary-General" after the clause verb or "and" is the report footnoted before', () => {
  it('A/RES/79/124 OP1: "Welcomes the report of the Secretary-General;" after "Having considered the report of the Secretary-General,1"', () => {
    const found = relationsByParagraph('A/RES/79/124', [
      para('PP1', 'Having considered the report of the Secretary-General,1', [['1', 'Secretary-General,', 'A/79/143.']]),
      para('OP1', 'Welcomes the report of the Secretary-General;'),
    ]);
    expect(found.OP1).toEqual(['WELCOMES Document:A/79/143', 'WELCOMES Organization:Secretary-General of the United Nations']);
  });

  it('A/RES/79/80 PP21, OP2: "the report of the Secretary-General to the General Assembly at its seventy-seventh session,4" then "... and the report of the Secretary-General and the views ..."', () => {
    const pp21 = 'Recalling the report of the Secretary-General to the General Assembly at its seventy-seventh session,4 as well as the views and recommendations of Member States contained in the report,';
    const op2 =
      'Encourages all Member States, on the basis of sovereign equality and the report of the Secretary-General and the views and recommendations contained therein, to continue dialogues on promoting peaceful uses and relevant international cooperation;';
    const found = relationsByParagraph('A/RES/79/80', [para('PP21', pp21, [['4', 'seventy-seventh session,', 'A/77/96.']]), para('OP2', op2)]);
    expect(found.PP21).toContain('RECALLS Document:A/77/96');
    expect(found.OP2).toEqual(['ENCOURAGES Document:A/77/96', 'ENCOURAGES Organization:Secretary-General of the United Nations']);
  });

  it('guard: A/RES/80/53 PP6 "Welcoming the report of the Secretary-General submitted pursuant to resolution 79/240 ..." is another report', () => {
    const found = relationsByParagraph('A/RES/80/53', [
      para('PP5', 'Recalling also the report of the Secretary-General containing the substantive views of Member States,8', [['8', 'Member States,', 'A/79/93.']]),
      para('PP6', 'Welcoming the report of the Secretary-General submitted pursuant to resolution 79/240 of 24 December 2024, containing possible options for the establishment of a Group of Scientific and Technical Experts on Nuclear Disarmament Verification within the United Nations, which took into account the views submitted by Member States,'),
    ]);
    expect(found.PP6).not.toContain('WELCOMES Document:A/79/93');
  });
});

describe('the day printed before the sitting a body is asked to convene is its STARTS_ON', () => {
  it('A/RES/80/111 OP12: "to convene, within existing resources, on 24 April 2026, a special commemorative meeting of the Assembly"', () => {
    const text =
      'Requests the President of the General Assembly to convene, within existing resources, on 24 April 2026, a special commemorative meeting of the Assembly in observance of the fortieth anniversary of the Chornobyl disaster;';
    // (a sitting of the Assembly named without its topic is keyed with its resolution: aud20h)
    expect(attributions(text)).toContain('STARTS_ON Event:commemorative meeting of the General Assembly (A/RES/80/111) -> Date:2026-04-24');
  });

  it('A/RES/80/106 OP5: "to organize, on 18 December 2025, a one-day high-level plenary meeting of the General Assembly to commemorate ..."', () => {
    const text =
      'Requests the President of the General Assembly to organize, on 18 December 2025, a one-day high-level plenary meeting of the General Assembly to commemorate the sixty-fifth anniversary of the Declaration on the Granting of Independence to Colonial Countries and Peoples;';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([
      'STARTS_ON Event:high-level plenary meeting to commemorate the sixty-fifth anniversary of the Declaration on the Granting of Independence to Colonial Countries and Peoples -> Date:2025-12-18',
    ]);
  });

  it('guard: a day that dates a request, not a sitting convened on it ("decided on 24 April 2026, a special meeting ...")', () => {
    const text = 'Recalls the decision taken on 24 April 2026, a special commemorative meeting of the Assembly having been requested;';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('an agency, centre or institute "of the" organization it belongs to is PART_OF it', () => {
  it('A/RES/79/85 PP17: "the Nuclear Energy Agency of the Organisation for Economic Co-operation and Development"', () => {
    const text =
      'Noting the memorandums of understanding signed with the International Commission on Radiological Protection in May 2024 and with the Nuclear Energy Agency of the Organisation for Economic Co-operation and Development in June 2024,';
    expect(attributions(text, 'preambular')).toContain('PART_OF Organization:Nuclear Energy Agency -> Organization:Organisation for Economic Co-operation and Development');
  });

  it('A/RES/78/69 OP23: "the Ocean Acidification International Coordination Centre of the International Atomic Energy Agency"', () => {
    const text = 'Notes the work of the Ocean Acidification International Coordination Centre of the International Atomic Energy Agency;';
    expect(attributions(text)).toContain('PART_OF Organization:Ocean Acidification International Coordination Centre -> Organization:International Atomic Energy Agency');
  });

  it('guard: two bodies side by side ("the International Atomic Energy Agency and the World Health Organization") are no parts of each other', () => {
    const text = 'Encourages the International Atomic Energy Agency, the World Health Organization and the International Labour Organization to further collaborate;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a framework, the semicolon or full stop that ends the paragraph, then the mark of "Resolution <n>" is ADOPTED by it', () => {
  const r = (text: string, notes: [string, string, string][]): string[] =>
    extractResolution({ symbol: 'A/RES/80/111', body: 'General Assembly', date: '2025-12-10', instrument: 'resolution', file: 'x.txt', paragraphs: [para('OP3', text, notes)], headings: [] })
      .paragraphs[0]!.attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);
  const OP3 =
    'Acknowledges the need for continuing international cooperation on Chornobyl under the auspices of the United Nations that can contribute to the implementation of the 2030 Agenda for Sustainable Development2 and the Sendai Framework for Disaster Risk Reduction 2015–2030;3';

  it('A/RES/80/111 OP3: "... the Sendai Framework for Disaster Risk Reduction 2015–2030;3" with "3 Resolution 69/283, annex II."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    expect(r(OP3, [['2', 'Development', 'Resolution 70/1.'], ['3', '2030;', 'Resolution 69/283, annex II.']])).toEqual([]);
  });

  it('guard: a mark after other words than the framework\'s is not its adoption ("... 2015–2030 in the region;3")', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text = OP3.replace('2015–2030;3', '2015–2030 in the region;3');
    expect(r(text, [['2', 'Development', 'Resolution 70/1.'], ['3', 'region;', 'Resolution 69/283, annex II.']])).toEqual([]);
  });
});
