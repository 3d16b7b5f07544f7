// Session-34 audit aud34a (A/RES/80/160, 79/103, 79/304, 79/305, 80/203): who wrote a footnoted report (Document.author).
// "the reports of the Secretary-General on the financing of <mission> 1" footnoting several symbols (every peacekeeping
// budget text, the programme budget's sections, 39 paragraphs of corpus-ga) gave those documents no author; nor did "the
// report of <body> for <year>,1" (the Special Committee on decolonization, the Committee on Conferences, the IAEA, the
// Pension Board). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, footnotedAuthors as authors } from '../helpers/footnoted-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/304', date: '2025-06-30' };
const GA79b: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/103', date: '2024-12-04' };

const ACABQ = 'Advisory Committee on Administrative and Budgetary Questions';
const C24 = 'Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';

describe('"the reports of the Secretary-General on <subject> <mark>", the footnote several symbols: each document is the Secretary-General\'s', () => {
  it('A/RES/79/304 PP1 (every peacekeeping budget text, 78/294-309, 79/299-312): "the reports of the Secretary-General on the financing of the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo 1"', () => {
    const text = `Having considered the reports of the Secretary-General on the financing of the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo 1 and the related report of the ${ACABQ},2`;
    const notes = [
      { after: 'Congo 1', mark: '1', text: 'A/79/681 and A/79/744.' },
      { after: 'Questions,2', mark: '2', text: 'A/79/724/Add.9.' },
    ];
    expect(authors('PP1', text, notes, GA79)).toEqual(['A/79/681 Secretary-General', 'A/79/744 Secretary-General', `A/79/724/Add.9 ${ACABQ}`]);
  });

  it('A/RES/80/233 PP4 (79/247, 78/244): "the reports of the Secretary-General on the proposed programme budget for 2026" footnoting its sections', () => {
    const text =
      'Having considered the reports of the Secretary-General on the proposed programme budget for 2026,2 the first report of the Advisory Committee on Administrative and Budgetary Questions on the proposed programme budget for 2026,3';
    const notes = [
      { after: '2026,2', mark: '2', text: 'A/80/6 (Sect. 2), A/80/6 (Sect. 3) and A/80/6 (Sect. 4).' },
      { after: '2026,3', mark: '3', text: 'A/80/7.' },
    ];
    expect(authors('PP4', text, notes, { body: 'General Assembly', symbol: 'A/RES/80/233', date: '2025-12-24' }).slice(0, 3)).toEqual([
      'A/80/6 (Sect. 2) Secretary-General',
      'A/80/6 (Sect. 3) Secretary-General',
      'A/80/6 (Sect. 4) Secretary-General',
    ]);
  });

  it('guard: a footnote that cites a resolution beside the reports ("A/53/293; see also resolution 52/120") is no list of the reports: no author', () => {
    const text = 'Recalling the reports of the Secretary-General on the implementation of its resolution 52/181,3';
    expect(authors('PP3', text, [{ after: '52/181,3', mark: '3', text: 'A/53/293; see also resolution 52/120.' }], GA79)).toEqual(['A/53/293 -']);
  });
});

describe('"the report of <body> for <year>,<mark>": the footnoted document is that body\'s', () => {
  it('A/RES/79/103 PP1 (every territory text, 78-80: A/78/23, A/79/23, A/80/23): "examined the report of the Special Committee on the Situation ... for 2024,1"', () => {
    const text = `Having considered the question of the Cayman Islands and examined the report of the ${C24} for 2024,1`;
    const note = 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 23 (A/79/23).';
    expect(authors('PP1', text, [{ after: '2024,1', mark: '1', text: note }], GA79b)).toEqual([`A/79/23 ${C24}`]);
  });

  it('A/RES/79/248 PP7 (78/245): "the report of the Committee on Conferences for 2024 1 and the relevant report of the Secretary-General,2"; guard: mark 2 is not the Committee\'s', () => {
    const text = 'Having considered the report of the Committee on Conferences for 2024 1 and the relevant report of the Secretary-General,2';
    const notes = [
      { after: '2024 1', mark: '1', text: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 32 (A/79/32).' },
      { after: 'Secretary-General,2', mark: '2', text: 'A/79/87.' },
    ];
    expect(authors('PP7', text, notes, { body: 'General Assembly', symbol: 'A/RES/79/248', date: '2024-12-24' })).toEqual([
      'A/79/32 Committee on Conferences',
      'A/79/87 Secretary-General',
    ]);
  });

  it('A/RES/78/94 PP (an older report): "the recommendations adopted by the seminar in 2017, which are annexed to the report of the Special Committee for 2017,6": the earlier year is no report\'s', () => {
    const text = `Recalling the recommendations adopted by the seminar in 2017, which are annexed to the report of the ${C24} for 2017,6`;
    const note = 'Official Records of the General Assembly, Seventy-second Session, Supplement No. 23 (A/72/23).';
    expect(authors('PP9', text, [{ after: '2017,6', mark: '6', text: note }], GA79b)).toEqual([`A/72/23 ${C24}`]);
  });

  it('guard: "the report of the Special Committee for 2024 and the relevant decisions of the Committee,2": another thing stands before the mark, no author', () => {
    const text = `Recalling the report of the ${C24} for 2024 and the relevant decisions of the Committee,2`;
    expect(authors('PP2', text, [{ after: 'Committee,2', mark: '2', text: 'A/AC.109/2024/18.' }], GA79b)).toEqual(['A/AC.109/2024/18 -']);
  });
});

describe('a framework whose name runs on past "by"', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/160', date: '2025-12-15' };
  const keys = (text: string): string[] =>
    extractWithNotes('PP14', text, [], { ...GA80 }).mentions.filter((m) => m.kind === 'Framework').map((m) => m.key);

  it('A/RES/80/160 PP14 (79/116, 78/102): "the adoption of its resolution 62/214 ... on the United Nations Comprehensive Strategy on Assistance and Support to Victims of Sexual Exploitation and Abuse by United Nations Staff and Related Personnel": the whole name, adopted by 62/214', () => {
    const text =
      'Conscious of the critical importance of providing expeditious support, and recalling the adoption of its resolution 62/214 of 21 December 2007 on the United Nations Comprehensive Strategy on Assistance and Support to Victims of Sexual Exploitation and Abuse by United Nations Staff and Related Personnel, as well as of its resolution 71/297 of 30 June 2017 on special measures for protection from sexual exploitation and abuse,';
    const strategy = 'Framework:United Nations Comprehensive Strategy on Assistance and Support to Victims of Sexual Exploitation and Abuse by United Nations Staff and Related Personnel';
    expect(keys(text)).toEqual([strategy]);
    const x = extractWithNotes('PP14', text, [], { ...GA80 });
    // (conv42c: "the adoption of its resolution 62/214 ... on the" names the resolution's subject by its title: no ADOPTED from it)
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).not.toContain(`ADOPTED Resolution:A/RES/62/214 -> ${strategy}`);
    expect(x.mentions.some((m) => m.key === 'Organization:United Nations')).toBe(false);
  });

  it('guard: "the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights on 25 June 1993" (A/RES/80/203 PP6) still ends before "adopted by"', () => {
    const text =
      'Reaffirming the importance of ensuring the universality, objectivity and non-selectivity of the consideration of human rights issues, as affirmed in the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights on 25 June 1993,';
    expect(keys(text)).toEqual(['Framework:Vienna Declaration and Programme of Action']);
  });
});
