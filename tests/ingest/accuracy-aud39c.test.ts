// Session-39 audit aud39c: resolution citations on a fresh random sample of corpus-ga (A/RES/78/204, 79/181, 79/233, 78/78,
// 79/219, 79/267, 78/231, 80/181): 150 citing edges judged for target key, edge type, date and subject, all right, none false;
// missed 6, now 2: the conference-report notes below (4 in the sample, now read) and two one-off forms left open (79/233 annex
// OP6 note 11, a mark after "2014–2024." the footnote is not attached to; 79/267 PP5 "in its resolution 16" of UNESCO's
// General Conference).
// Fixed: a note that opens with a conference's report ("Report of the World Summit on Sustainable Development, ..., chap. I,
// resolution 1, annex.") cites that conference's resolution 1, and "Ibid., resolution 2, annex." under it the same
// conference's resolution 2 (some 260 notes of corpus-ga); another body's citation key takes the plain apostrophe, so
// "African Commission on Human and Peoples’ Rights resolution 263" and the form printed with "'" are one node.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_171: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/171', date: '2023-12-19' };
const GA80_135: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-18' };
const { relations } = oneParagraph({ ctx: GA78_171, kind: 'preambular' });
const keysOf = (text: string, ctx: RecognizeContext): string[] => findResolutionRefs(text, ctx).map((m) => m.key);

describe("another body's citation key takes the plain apostrophe", () => {
  const pp8 =
    'Recalling also African Commission on Human and Peoples’ Rights resolutions 263 of 5 November 2013 on the prevention of attacks and discrimination against persons with albinism and 373 of 22 May 2017 on the Regional Action Plan on Albinism in Africa (2017–2021), and the Pan-African Parliament resolution on persons with albinism in Africa of 18 May 2018,';

  it('A/RES/78/171 PP8 (80/177 PP8): "African Commission on Human and Peoples’ Rights resolutions 263 ... and 373": both keyed with "Peoples\' Rights"', () => {
    const rel = relations(pp8);
    expect(rel).toContain("RECALLS Resolution:African Commission on Human and Peoples' Rights resolution 263");
    expect(rel).toContain("RECALLS Resolution:African Commission on Human and Peoples' Rights resolution 373");
    expect(rel.filter((r) => r.includes('’'))).toEqual([]);
  });

  it('guard: the same citation printed with a straight apostrophe is the same node', () => {
    expect(relations(pp8.replace('’', "'"))).toEqual(relations(pp8));
  });

  it('guard: A/RES/80/135 PP14 "United Nations Environment Assembly resolution 5/14 of 2 March 2022": a name with no apostrophe is unchanged', () => {
    const text = 'Recalling United Nations Environment Assembly resolution 5/14 of 2 March 2022 entitled “End plastic pollution: towards an international legally binding instrument”,';
    expect(keysOf(text, GA80_135)).toEqual(['Resolution:United Nations Environment Assembly resolution 5/14']);
  });
});

describe("a note opening with a conference's report cites the conference's numbered resolution", () => {
  it('A/RES/80/135 PP1 note 1: "Report of the United Nations Conference on Environment and Development, Rio de Janeiro, ..., resolution 1, annex I."', () => {
    const note =
      'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.';
    const refs = findResolutionRefs(note, GA80_135);
    expect(refs.map((m) => [m.key, m.phrase])).toEqual([['Resolution:United Nations Conference on Environment and Development resolution 1', 'resolution 1']]);
    expect(refs[0]!.attrs).toMatchObject({ body: 'United Nations Conference on Environment and Development', number: '1' });
  });

  it('A/RES/80/152 note 6: "See Report of the Second World Assembly on Ageing, Madrid, ..., chap. I, resolution 1." (the number ends the note)', () => {
    const note = 'See Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002 (United Nations publication, Sales No. E.02.IV.4), chap. I, resolution 1.';
    expect(keysOf(note, { body: 'General Assembly', symbol: 'A/RES/80/152', date: '2025-12-15' })).toEqual(['Resolution:Second World Assembly on Ageing resolution 1']);
  });

  it('A/RES/79/263 PP12 note 5: "Report of the Fifth United Nations Conference on the Least Developed Countries, New York, ..., and Doha, ... (A/CONF.219/2023/3), chap. I, resolution 2."', () => {
    const note =
      'Report of the Fifth United Nations Conference on the Least Developed Countries, New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2.';
    expect(keysOf(note, { body: 'General Assembly', symbol: 'A/RES/79/263', date: '2024-12-24' })).toEqual([
      'Resolution:Fifth United Nations Conference on the Least Developed Countries resolution 2',
    ]);
  });

  it('guard: the same words without the report that names the conference ("... corrigendum), resolution 1, annex I.") cite nothing', () => {
    expect(keysOf('United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.', GA80_135)).toEqual([]);
  });

  it('guard: A/RES/78/280 note 22 "See World Health Organization, document WHA67/2014/REC/1, resolution 67.1.": still the World Health Assembly\'s', () => {
    expect(keysOf('See World Health Organization, document WHA67/2014/REC/1, resolution 67.1.', { body: 'General Assembly', symbol: 'A/RES/78/280', date: '2024-07-25' })).toEqual([
      'Resolution:World Health Assembly resolution 67.1',
    ]);
  });
});

describe('"Ibid., resolution 2, annex." under a conference\'s report is that conference\'s resolution 2', () => {
  const text =
    'Recalling the Rio Declaration on Environment and Development,1 Agenda 21,2 the Programme for the Further Implementation of Agenda 21, 3 the Johannesburg Declaration on Sustainable Development 4 and the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation) 5 and the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”,6';
  const notes: [string, string, string][] = [
    ['1', 'Development,1', 'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.'],
    ['2', 'Agenda 21,2', 'Ibid., annex II.'],
    ['3', '21, 3', 'Resolution S-19/2, annex.'],
    ['4', 'Development 4', 'Report of the World Summit on Sustainable Development, Johannesburg, South Africa, 26 August–4 September 2002 (United Nations publication, Sales No. E.03.II.A.1 and corrigendum), chap. I, resolution 1, annex.'],
    ['5', 'Implementation) 5', 'Ibid., resolution 2, annex.'],
    ['6', '”,6', 'Resolution 66/288, annex.'],
  ];
  const paragraph = {
    id: 'PP1',
    kind: 'preambular' as const,
    text,
    footnoteRefs: notes.map(([mark, at, note]) => ({ mark, offset: text.indexOf(at) + at.lastIndexOf(mark), footnote: { mark, text: note } })),
    subparagraphs: [],
  };
  const cited = (): Map<string, string[]> => {
    const byNote = new Map<string, string[]>();
    for (const m of extractParagraph(paragraph, { ...GA80_135 }).mentions) {
      if (m.kind !== 'Resolution' || !m.footnote) continue;
      byNote.set(m.footnote.mark, [...(byNote.get(m.footnote.mark) ?? []), m.key]);
    }
    return byNote;
  };

  it('A/RES/80/135 PP1 notes 4 and 5: the World Summit on Sustainable Development\'s resolutions 1 and 2', () => {
    const byNote = cited();
    expect(byNote.get('4')).toEqual(['Resolution:World Summit on Sustainable Development resolution 1']);
    expect(byNote.get('5')).toEqual(['Resolution:World Summit on Sustainable Development resolution 2']);
  });

  it('guard: A/RES/80/135 PP1 note 2 "Ibid., annex II." (Agenda 21) is another annex of the same resolution 1, and note 3 stays A/RES/S-19/2', () => {
    const byNote = cited();
    expect(byNote.get('2')).toEqual(['Resolution:United Nations Conference on Environment and Development resolution 1']);
    expect(byNote.get('3')).toEqual(['Resolution:A/RES/S-19/2']);
  });

  it('PP1 as a whole: every cited resolution RECALLS, each once', () => {
    const rel = extractParagraph(paragraph, { ...GA80_135 }).relations.filter((r) => r.target.startsWith('Resolution:')).map((r) => `${r.type} ${r.target}`);
    expect(rel.sort()).toEqual(
      [
        'RECALLS Resolution:A/RES/66/288',
        'RECALLS Resolution:A/RES/S-19/2',
        'RECALLS Resolution:United Nations Conference on Environment and Development resolution 1',
        'RECALLS Resolution:World Summit on Sustainable Development resolution 1',
        'RECALLS Resolution:World Summit on Sustainable Development resolution 2',
      ].sort(),
    );
  });
});
