// Misses found by the session-31 audit aud31a: A/RES/80/147 (science, technology and innovation for sustainable development)
// and A/RES/79/334 (impact of rapid technological change on the SDGs), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/147', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const UN = 'Organization:United Nations';

describe('"existing United Nations and multi-stakeholder mechanisms": with no article, the name modifies a noun with another word', () => {
  it('A/RES/80/147 PP22 (80/118 OP18): "leveraging existing United Nations and multi-stakeholder mechanisms"', () => {
    const text =
      'Emphasizing the importance of increased investment, and recognizing the need to scale up artificial intelligence capacity-building, leveraging existing United Nations and multi-stakeholder mechanisms to bridge artificial intelligence divides,';
    expect(keys(text, UN)).toEqual([]);
    expect(relations(text)).not.toContain(`RECOGNIZES ${UN}`);
  });

  it('A/RES/78/119 OP50 (79/140): "Encourages United Nations and humanitarian organizations"', () => {
    expect(keys('Encourages United Nations and humanitarian organizations to further advance their work;', UN, 'operative')).toEqual([]);
  });

  it('A/RES/80/77 OP15: "the protection of United Nations and humanitarian facilities"', () => {
    const text = 'Demands that all parties comply with their international humanitarian law obligations, including the protection of United Nations and humanitarian facilities;';
    expect(keys(text, UN, 'operative')).toEqual([]);
  });

  it('guard: "the United Nations and humanitarian organizations" names the Organization (an article before it)', () => {
    expect(keys('Emphasizing that the United Nations and humanitarian organizations must be able to operate,', UN)).toEqual([UN]);
  });

  it('guard: "United Nations and its entities" is the Organization and its parts', () => {
    expect(keys('Noting the support provided by United Nations and its entities,', UN)).toEqual([UN]);
  });
});

describe('"the political declaration on the occasion of the thirtieth anniversary of <name>, adopted at/by/on ...": read past the name it marks', () => {
  const PD30 = 'Framework:Political declaration on the occasion of the thirtieth anniversary of the Fourth World Conference on Women';

  it('A/RES/80/147 PP41: "..., adopted at the sixty-ninth session of the Commission on the Status of Women": that session adopted it', () => {
    const text =
      'Recalling the political declaration on the occasion of the thirtieth anniversary of the Fourth World Conference on Women, adopted at the sixty-ninth session of the Commission on the Status of Women, which, inter alia, highlighted the need to manage technological and digital change,';
    const a = attributions(text);
    expect(a).toContain(`ADOPTED Event:sixty-ninth session of the Commission on the Status of Women -> ${PD30}`);
    expect(a.filter((x) => x.startsWith('ADOPTED Event:Fourth World Conference on Women'))).toEqual([]);
  });

  it('A/RES/80/186 OP2 (78/182 OP2): "... adopted by the Commission on the Status of Women at its sixty-ninth session": the Commission did', () => {
    const text =
      'Reaffirms the political declaration on the occasion of the thirtieth anniversary of the Fourth World Conference on Women adopted by the Commission on the Status of Women at its sixty-ninth session, and affirms its commitment to their full, effective and accelerated implementation;';
    expect(attributions(text, 'operative')).toContain(`ADOPTED Organization:Commission on the Status of Women -> ${PD30}`);
  });

  it('A/RES/79/217 PP1: "the declaration on the occasion of the thirtieth anniversary of the International Conference on Population and Development, adopted on 29 April 2024"', () => {
    const text =
      'Recalling the declaration on the occasion of the thirtieth anniversary of the International Conference on Population and Development, adopted on 29 April 2024,';
    expect(attributions(text, 'preambular', { ...GA, symbol: 'A/RES/79/217', date: '2024-12-19' })).toContain(
      'ADOPTED_ON Framework:Declaration on the occasion of the thirtieth anniversary of the International Conference on Population and Development -> Date:2024-04-29',
    );
  });

  it('guard: with no adoption words after the name, nothing adopted it (A/RES/78/182 PP21 "Welcoming the political declaration ... Women,")', () => {
    const text = 'Welcoming the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women, and the work of the Commission on the Status of Women,';
    expect(attributions(text).filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a footnote line that wraps before a day and month ("New York," / "17 March 2022, and Doha") runs on', () => {
  const body =
    'Reaffirms its commitment to the Doha Programme of Action, 15 and takes note of the Doha Political Declaration, held in Doha from 5 to 9 March 2023,16 as well as the Antigua and Barbuda Agenda for Small Island Developing States17;';
  const notes = (block: string[]): string[][] => {
    const src: SourceText = { file: 'x.txt', text: [body, '_______________ ', ' ', ...block, ''].join('\n'), format: 'text' };
    return cleanText(src).footnotes.map((f) => [f.mark, f.text]);
  };

  it('A/RES/80/147 OP4 (footnotes 16 and 17): "17 March 2022, ..." is footnote 16 read on; "17 Resolution 78/317, annex." is footnote 17', () => {
    expect(
      notes([
        '16 Report of the Fifth United Nations Conference on the Least Developed Countries, New York, ',
        '17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2. ',
        ' ',
        '17 Resolution 78/317, annex. ',
      ]),
    ).toEqual([
      ['16', 'Report of the Fifth United Nations Conference on the Least Developed Countries, New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I, resolution 2.'],
      ['17', 'Resolution 78/317, annex.'],
    ]);
  });

  it('guard: the next number opening a line with no blank line before it is still a footnote when no month follows ("17 Resolution ...")', () => {
    expect(notes(['16 Resolution 76/258, annex. ', '17 Resolution 78/317, annex. '])).toEqual([
      ['16', 'Resolution 76/258, annex.'],
      ['17', 'Resolution 78/317, annex.'],
    ]);
  });
});

describe('"the Commission’s Multi-stakeholder Working Group on ...": a body named by its short form owns the name after it', () => {
  it('A/RES/80/147 PP15: the working group is the one the gazetteer knows, not "Commission\'s Multi-stakeholder Working Group ..."', () => {
    const text =
      'Expressing appreciation for the role of the United Nations Conference on Trade and Development as the secretariat of the Commission on Science and Technology for Development and its efforts to support the Commission’s Multi-stakeholder Working Group on Data Governance at All Levels, as Relevant for Development,';
    expect(keys(text, 'Organization:')).toContain('Organization:Working Group on Data Governance at All Levels');
    expect(keys(text, 'Organization:Commission\'s')).toEqual([]);
  });

  it('A/RES/80/143 OP10: "the Coalition’s Working Group on Regional Collaboration"', () => {
    const text = 'Encourages activities implemented within the framework of activities planned by the Coalition’s Working Group on Regional Collaboration;';
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:Working Group on Regional Collaboration');
  });

  it('guard: two words after the owner are no name of their own (A/RES/79/190 OP77 "the Office’s Global Programme to prevent ...")', () => {
    const text = 'Requests the Office to provide technical assistance, including through the Office’s Global Programme to prevent and combat corruption;';
    expect(keys(text, 'Initiative:Global Programme', 'operative')).toEqual([]);
  });
});
