// Session-40 audit aud40c: citations on a fresh random sample of corpus-ga (A/RES/79/312, 78/177, 79/87, 78/206, 78/163,
// 78/178, 79/181, 79/219, 79/258, 78/78, 80/97: every resolution and decision reference, inline and in footnotes, judged
// for target key, citing edge type, date and subject), plus last session's open citation misses. Fixed: the UNESCO General
// Conference's resolutions in every printed form are keyed with their session: "resolution 41C/53" (no space, A/RES/78/312
// PP6), "42 C/Resolution 16", a footnote's "Records of the General Conference, Forty-first Session, ..., resolution 53"
// (78/312, 78/287, 78/330, 79/8, 79/133), and "resolution 1 adopted on 20 November 2013 by the General Conference ... at
// its thirty-seventh session" (79/267 PP4, once keyed without its session); a conference report opening a parenthesis of a
// note cites its "resolution 2" (78/148 note 14); a spaced mark after a sentence ending on a year span ("2014–2024. 11")
// attaches its note (79/233 annex 6, 79/323 annex 17); a mark glued to a Human Rights Council resolution's number
// ("55/2831") is no digit of it (79/258 IX.OP4, 78/253 XI.OP3). Each case quotes the file and paragraph; each fix has a
// guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { segmentLines } from '../helpers/segment-lines.js';

const UNESCO = 'United Nations Educational, Scientific and Cultural Organization';
const unescoKey = (symbol: string) => `Resolution:UNESCO General Conference resolution ${symbol}`;

/** One preambular paragraph whose footnote mark `mark` stands right after `at`: its verb relations, footnote included. */
function withFootnote(ctx: RecognizeContext, text: string, at: string, mark: string, footnote: string): string[] {
  const offset = text.indexOf(at) + at.length;
  const x = extractParagraph(
    { id: 'PP1', kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] },
    ctx,
  );
  return x.relations.map((r) => `${r.type} ${r.target}`);
}

describe('the UNESCO General Conference\'s resolutions keyed with their session, in every printed form', () => {
  const GA78_312: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/312', date: '2024-07-01' };
  const GA79_267: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/267', date: '2025-03-17' };

  it('A/RES/78/312 PP6 "Recalling resolution 41C/53 adopted by the General Conference ... on 23 November 2021" with its note 1 "Records of the General Conference, Forty-first Session, ..., resolution 53": one citation, 41 C/53, RECALLS', () => {
    const text = `Recalling resolution 41C/53 adopted by the General Conference of the ${UNESCO} on 23 November 2021, in which it proclaimed 7 July of each year as World Kiswahili Language Day, 1`;
    const note = `${UNESCO}, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, sect. VIII, resolution 53.`;
    const rel = withFootnote(GA78_312, text, 'Language Day, ', '1', note);
    expect(rel.filter((r) => r.includes('Resolution:'))).toEqual([`RECALLS ${unescoKey('41 C/53')}`]);
    expect(oneParagraph({ ctx: GA78_312, kind: 'preambular' }).keys(text, 'Resolution:')).toEqual([unescoKey('41 C/53')]);
  });

  it('A/RES/79/8 PP15 note 11 "Records of the General Conference, Thirty-eighth Session, ..., sect. IV, resolution 43": 38 C/43, typed by the clause (ACKNOWLEDGES)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-10-28' };
    const text = `Acknowledging the revised International Charter of Physical Education, Physical Activity and Sport, as proclaimed by the General Conference of the ${UNESCO} at its thirty-eighth session, in November 2015,11`;
    const note = `${UNESCO}, Records of the General Conference, Thirty-eighth Session, Paris, 3–18 November 2015, vol. 1, Resolutions, sect. IV, resolution 43.`;
    expect(withFootnote(ctx, text, 'November 2015,', '11', note)).toContain(`ACKNOWLEDGES ${unescoKey('38 C/43')}`);
  });

  it('UNESCO\'s "42 C/Resolution 16" is the same node as "resolution 42 C/16"', () => {
    const { keys } = oneParagraph({ ctx: GA79_267, kind: 'preambular' });
    expect(keys('Recalling 42 C/Resolution 16 of the General Conference of UNESCO,', 'Resolution:')).toEqual([unescoKey('42 C/16')]);
  });

  it('A/RES/79/267 PP4 "section VII ... of resolution 1 adopted on 20 November 2013 by the General Conference of [UNESCO] at its thirty-seventh session,14": 37 C/1, not a session-less "resolution 1"', () => {
    const text = `Recalling also section VII, entitled “Supporting the global citizenship agenda through education for democracy”, of resolution 1 adopted on 20 November 2013 by the General Conference of the ${UNESCO} at its thirty-seventh session,14`;
    const x = oneParagraph({ ctx: GA79_267, kind: 'preambular' }).extract(text);
    expect(x.mentions.filter((m) => m.kind === 'Resolution').map((m) => [m.key, m.phrase, m.attrs.date])).toEqual([
      [unescoKey('37 C/1'), 'resolution 1', '2013-11-20'],
    ]);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${unescoKey('37 C/1')}`);
  });

  it('guard: A/RES/79/284 note 12 "Records of the General Conference, Fortieth Session, ..., Resolutions, annex II." prints no resolution number: no citation', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-02' };
    const text = 'Recalling the Recommendation on Open Science,12';
    const note = `${UNESCO}, Records of the General Conference, Fortieth Session, Paris, 12–27 November 2019, vol. 1 and corrigendum, Resolutions, annex II.`;
    expect(withFootnote(ctx, text, 'Open Science,', '12', note).filter((r) => r.includes('Resolution:'))).toEqual([]);
  });

  it('guard: a body\'s "resolution 5 adopted by the General Conference" with no session keeps the session-less key; "A/C.2/78/L.5" is no UNESCO symbol', () => {
    const { keys } = oneParagraph({ ctx: GA79_267, kind: 'preambular' });
    expect(keys(`Recalling resolution 5 adopted by the General Conference of the ${UNESCO} on 20 November 2013,`, 'Resolution:')).toEqual([
      `Resolution:General Conference of the ${UNESCO} resolution 5`,
    ]);
    expect(keys('Having considered the draft resolution A/C.2/78/L.5 and its resolution 78/16 of 1 December 2023,', 'Resolution:UNESCO')).toEqual([]);
  });
});

describe('a conference report opening a parenthesis of a note cites its "resolution N"', () => {
  const GA78_148: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/148', date: '2023-12-19' };
  const text =
    'Reaffirming the importance of timely implementation of the outcomes of the Fifth United Nations Conference on the Least Developed Countries, held in New York and in Doha, Qatar, 14 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway15 for small island developing States for the remaining period,';

  it('A/RES/78/148 PP16 note 14 "Doha Programme of Action ... (resolution 76/258, annex) and Doha Political Declaration (Report of the Fifth United Nations Conference on the Least Developed Countries, ..., chap. I, resolution 2)": 76/258 and the Conference\'s resolution 2, REAFFIRMS', () => {
    const note =
      'Doha Programme of Action for the Least Developed Countries (resolution 76/258, annex) and Doha Political Declaration (Report of the Fifth United Nations Conference on the Least Developed Countries, New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2).';
    const rel = withFootnote(GA78_148, text, 'Doha, Qatar, ', '14', note).filter((r) => r.includes('Resolution:'));
    expect(rel).toEqual(['REAFFIRMS Resolution:A/RES/76/258', 'REAFFIRMS Resolution:Fifth United Nations Conference on the Least Developed Countries resolution 2']);
  });

  it('guard: a parenthesis that does not open with the report ("(see A/CONF.219/2023/3), chap. I, resolution 2") cites no conference resolution', () => {
    const note = 'Doha Political Declaration (see A/CONF.219/2023/3), chap. I, resolution 2.';
    expect(withFootnote(GA78_148, text, 'Doha, Qatar, ', '14', note).filter((r) => r.includes('Resolution:'))).toEqual([]);
  });

  it('guard: a semicolon after the report\'s parenthesis starts another reference ("(Report of the ...); Official Records, chap. I, resolution 2" is not the conference\'s)', () => {
    const note = 'Doha Political Declaration (Report of the Fifth United Nations Conference on the Least Developed Countries (A/CONF.219/2023/3)); Official Records, chap. I, resolution 2.';
    expect(withFootnote(GA78_148, text, 'Doha, Qatar, ', '14', note).filter((r) => r.includes('Resolution:'))).toEqual([]);
  });
});

describe('a spaced footnote mark after a sentence that ends on a year or a span of years', () => {
  const file = (sentence: string, note: string) =>
    segmentLines(
      [
        'A/RES/79/233',
        'Seventy-ninth session Agenda item 18',
        'Resolution adopted by the General Assembly on 24 December 2024',
        '79/233. Programme of Action for Landlocked Developing Countries for the Decade 2024–2034',
        'The General Assembly,',
        'Recalling its resolution 78/163 of 19 December 2023,',
        `1. ${sentence}`,
        '2. Decides to include the item in the provisional agenda of its eightieth session.',
        '_______________',
        `1 ${note}`,
      ].join('\n\n').split('\n'),
      'A_RES_79_233.txt',
    )[0]!;

  it('A/RES/79/233 annex paragraph 6 "... the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024. 11  The combined effects ...": the mark after "2024." is the note\'s', () => {
    const r = file(
      'We note that mixed progress was made in the implementation of the six priority areas of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024. 1  The combined effects of the COVID-19 pandemic affected progress.',
      'Resolution 69/137, annex II.',
    );
    const op1 = r.paragraphs.find((p) => p.id === 'OP1')!;
    expect(op1.footnoteRefs.map((f) => [f.mark, op1.text.slice(f.offset - 6, f.offset), f.footnote?.text])).toEqual([['1', '2024. ', 'Resolution 69/137, annex II.']]);
  });

  it('A/RES/79/323 annex paragraph 17 "... the Sendai Framework for Disaster Risk Reduction 2015–2030. 14" at the paragraph\'s end: the note\'s mark', () => {
    const r = file(
      'We will promote risk-informed investment in alignment with the Sendai Framework for Disaster Risk Reduction 2015–2030. 1',
      'Resolution 69/283, annex II.',
    );
    expect(r.paragraphs.find((p) => p.id === 'OP1')!.footnoteRefs.map((f) => f.mark)).toEqual(['1']);
  });

  it('guard: a number after a sentence ending on a year that goes on in lower case ("in 2024. 1 per cent of ...") is no mark', () => {
    const r = file('We note that exports fell in 2024. 1 per cent of the total remained.', 'Resolution 69/137, annex II.');
    expect(r.paragraphs.find((p) => p.id === 'OP1')!.footnoteRefs).toEqual([]);
  });
});

describe('a footnote mark glued to a Human Rights Council resolution\'s number is no digit of it', () => {
  const GA79_258: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' };
  const { keys } = oneParagraph({ ctx: GA79_258, kind: 'operative' });

  it('A/RES/79/258 IX.OP4 "mandated by the Human Rights Council in its resolutions 55/2831 and 55/29 of 5 April 2024,32": 55/28 (mark 31), not 55/283', () => {
    const text =
      'Also approves the establishment, effective 1 January 2025, of 16 posts, including 12 posts under section 24, Human rights, and 4 posts under section 28, Global communications, of the proposed programme budget for 2025, to support the activities mandated by the Human Rights Council in its resolutions 55/2831 and 55/29 of 5 April 2024,32 56/13 of 11 July 2024,33 57/19 of 10 October 202434 and 57/28 of 11 October 202435 and its decision 56/115 of 10 July 2024;36';
    expect(keys(text, 'Resolution:A/HRC/')).toEqual([
      'Resolution:A/HRC/RES/55/28',
      'Resolution:A/HRC/RES/55/29',
      'Resolution:A/HRC/RES/56/13',
      'Resolution:A/HRC/RES/57/19',
      'Resolution:A/HRC/RES/57/28',
      'Resolution:A/HRC/DEC/56/115',
    ]);
  });

  it('A/RES/78/253 XI.OP3 "... in its resolutions ... 54/18,37 54/22,38 54/2639 and 54/3340 of 12 October 2023": 54/26 and 54/33', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/253', date: '2023-12-22' };
    const text =
      'Approves the establishment, effective 1 January 2024, of 67 posts under section 24, Human rights, of the proposed programme budget for 2024, to support the activities mandated by the Human Rights Council in its resolutions 52/14 of 3 April 2023,33 53/28 of 4 April 2023,34 53/29 of 14 July 2023,35 54/9 of 11 October 202336 and 54/18,37 54/22,38 54/2639 and 54/3340 of 12 October 2023;';
    expect(keys(text, 'Resolution:A/HRC/', 'operative', ctx).slice(-2)).toEqual(['Resolution:A/HRC/RES/54/26', 'Resolution:A/HRC/RES/54/33']);
  });

  it('guard: the Council\'s decisions run past 100 ("its decision 56/115") and the Assembly\'s resolutions too ("its resolution 78/253"): kept whole', () => {
    const text = 'Recalls Human Rights Council decision 56/115 of 10 July 2024 and its resolution 78/253,';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:A/HRC/DEC/56/115', 'Resolution:A/RES/78/253']);
  });
});
