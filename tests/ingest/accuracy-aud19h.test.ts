// Misses found by the session-19 audit aud19h: A/RES/79/49 (depleted uranium), A/RES/80/40 (multilateralism in
// disarmament), A/RES/80/21 (arms race in outer space), A/RES/78/96 (Saint Helena), and the same forms in other texts.
// Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext, ResolutionText, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/49', date: '2024-12-02' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const DEFAULT_BODY = ['Guided by the purposes and principles enshrined in the Charter of the United ', 'Nations and the rules of international humanitarian law, '];

function header(agendaLine: string, body: string[] = DEFAULT_BODY): ResolutionText | undefined {
  const text = [
    'United Nations ',
    'A/RES/79/49',
    ' ',
    'General Assembly ',
    'Distr.: General ',
    '9 December 2024 ',
    ' ',
    'Seventy-ninth session ',
    agendaLine,
    'General and complete disarmament: effects of the use of ',
    'armaments and ammunitions containing depleted uranium',
    ' ',
    ' Resolution adopted by the General Assembly ',
    'on 2 December 2024 ',
    ' ',
    '[on the report of the First Committee (A/79/408, para. 114)] ',
    ' ',
    '79/49. Effects of the use of armaments and ammunitions containing ',
    'depleted uranium ',
    ' ',
    'The General Assembly, ',
    ' ',
    ...body,
    ' ',
    '1. ',
    'Requests the Secretary-General to submit an updated report on the subject ',
    'to the General Assembly at its eighty-first session; ',
    ' ',
    '43rd plenary meeting ',
    '2 December 2024 ',
  ].join('\n');
  const src: SourceText = { file: 'A_RES_79_49.txt', format: 'text', text };
  return segmentResolutions(cleanText(src), src)[0];
}

describe('an agenda sub-item past (z) is lettered twice', () => {
  it('A/RES/79/49 header: "Agenda item 98 (cc)" is the agenda item 98 (cc), not 98', () => {
    expect(header('Agenda item 98 (cc) ')?.agendaItem).toBe('98 (cc)');
  });

  it('guard: a single letter and a bare number still read as before (A/RES/80/40: "Agenda item 99 (s)")', () => {
    expect(header('Agenda item 99 (s) ')?.agendaItem).toBe('99 (s)');
    expect(header('Agenda item 58 ')?.agendaItem).toBe('58');
  });
});

describe('a dated list item run into the next with the comma lost in print', () => {
  it('A/RES/79/49 PP2: "73/38 of 5 December 2018 75/42 of 7 December 2020 and 77/49 of 7 December 2022" cites 75/42', () => {
    const text =
      'Recalling its resolutions 62/30 of 5 December 2007, 63/54 of 2 December 2008, 65/55 of 8 December 2010, 67/36 of 3 December 2012, 69/57 of 2 December 2014, 71/70 of 5 December 2016, 73/38 of 5 December 2018 75/42 of 7 December 2020 and 77/49 of 7 December 2022,';
    expect(keys(text, 'Resolution:')).toEqual([
      'Resolution:A/RES/62/30',
      'Resolution:A/RES/63/54',
      'Resolution:A/RES/65/55',
      'Resolution:A/RES/67/36',
      'Resolution:A/RES/69/57',
      'Resolution:A/RES/71/70',
      'Resolution:A/RES/73/38',
      'Resolution:A/RES/75/42',
      'Resolution:A/RES/77/49',
    ]);
    expect(relations(text)).toContain('RECALLS Resolution:A/RES/75/42');
  });

  it('guard: a singular citation does not run into a number after its date', () => {
    const text = 'Recalling its resolution 73/38 of 5 December 2018 75/42 of 7 December 2020,';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:A/RES/73/38']);
  });

  it('guard: a number that is not itself dated after a dated item is not read as one (A/RES/80/21 PP1 form)', () => {
    const text = 'Recalling its resolutions 71/31 and 71/32 of 5 December 2016 12 States having voted against,';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:A/RES/71/31', 'Resolution:A/RES/71/32']);
  });
});

describe('a number on a line of its own inside a text justified one word per line is no page number', () => {
  const ONE_WORD_PER_LINE = ['Recalling ', 'also ', 'its ', 'resolution ', '73/89 ', 'of ', '6 December ', '2018, ', 'entitled “Comprehensive, just and lasting peace in the Middle East”, '];

  it('A/RES/79/81 PP2 (80/72 PP2): "its" / "resolution" / "73/89" / "of" / "6 December" keeps 73/89 in the paragraph', () => {
    const pp1 = header('Agenda item 98 (cc) ', ONE_WORD_PER_LINE)?.paragraphs[0];
    expect(pp1?.text).toBe('Recalling also its resolution 73/89 of 6 December 2018, entitled “Comprehensive, just and lasting peace in the Middle East”,');
    expect(keys(pp1!.text, 'Resolution:')).toEqual(['Resolution:A/RES/73/89']);
  });

  it('A/RES/79/331 PP2: "and" / "78/330" / "of" keeps the citation', () => {
    const body = ['Recalling also its resolutions 73/346 of 16 September 2019,76/268 of 10 June 2022 ', 'and ', '78/330 ', 'of ', '6 September ', '2024 ', 'on ', 'multilingualism, '];
    const text = header('Agenda item 98 (cc) ', body)?.paragraphs[0]?.text ?? '';
    expect(text).toContain('and 78/330 of 6 September 2024 on multilingualism');
    expect(keys(text, 'Resolution:')).toContain('Resolution:A/RES/78/330');
  });

  it('guard: a page number between blank lines or beside a job number still goes (A/RES/79/49 page 2)', () => {
    const body = ['Recognizing the importance of implementing the recommendations of the International Atomic Energy Agency, ', ' ', 'A/RES/79/49 ', 'Effects of the use of armaments and ammunitions containing ', 'depleted uranium', ' ', '24-23071', '2/3 ', ' ', ' ', 'Considering that studies conducted so far have not provided a detailed enough account, '];
    const r = header('Agenda item 98 (cc) ', body);
    expect(r?.paragraphs.map((p) => p.text).join(' ')).not.toContain('2/3');
    expect(r?.paragraphs[1]?.text).toBe('Considering that studies conducted so far have not provided a detailed enough account,');
  });
});
