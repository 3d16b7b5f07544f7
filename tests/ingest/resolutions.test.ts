// Resolution citations, eyecite style: a sentence as printed in a real text ->
// the citations expected. Sentences are quoted from /work/shared (seed ECOSOC
// report, corpus-ga GA resolutions, corpus Security Council resolutions).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import { sharedDir } from '../helpers/env.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };
const ECOSOC: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I' };
const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/678(1990)', date: '1990-11-29' };

// Each case is a paragraph of its own resolution: a copy of the context, since the recogniser remembers
// (per context object, i.e. per citing resolution) which bodies it has cited.
const symbols = (text: string, ctx: RecognizeContext = {}): string[] => findResolutionRefs(text, { ...ctx }).map((m) => m.attrs.symbol as string);

describe('findResolutionRefs: one citation, body and canonical symbol', () => {
  const cases: [string, RecognizeContext, string[]][] = [
    ['Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,', ECOSOC, ['A/RES/70/1']],
    ['Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit', ECOSOC, ['E/RES/2006/46']],
    ['Recalling its resolution 76/13 of 2 December 2021, in which it decided to include in the provisional agenda', { ...GA, symbol: 'A/RES/78/10' }, ['A/RES/76/13']],
    ['1. Welcomes and urges the full implementation of General Assembly resolution 70/125;', ECOSOC, ['A/RES/70/125']],
    ['as mandated in Council resolution 2007/8 of 25 July 2007, and recalls the importance', ECOSOC, ['E/RES/2007/8']],
    ['Recalls paragraph 116 of Economic and Social Council resolution 2024/13, in which the Council requested', ECOSOC, ['E/RES/2024/13']],
    ['General Assembly resolution 217 A (III).', ECOSOC, ['A/RES/217(III)A']],
    ['See General Assembly resolution 2200 A (XXI), annex.', ECOSOC, ['A/RES/2200(XXI)A']],
    ['Recalling its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence', GA, ['A/RES/1514(XV)']],
    ['principles clearly defined in Assembly resolution 1541 (XV) and other relevant resolutions', GA, ['A/RES/1541(XV)']],
    ['Recalling Security Council resolution 497 (1981) of 17 December 1981,', GA, ['S/RES/497(1981)']],
    ['Iraq refuses to comply with its obligation to implement resolution 660 (1990) and the above-mentioned subsequent relevant resolutions', SC, ['S/RES/660(1990)']],
    ['Recalling its resolution 293 (IV) of 21 October 1949 that the Government of the Republic of Korea', { body: 'Security Council' }, ['A/RES/293(IV)']],
    ['Recalling Human Rights Council resolution 47/16 of 13 July 2021 on the promotion, protection and enjoyment of human rights on the Internet,', GA, ['A/HRC/RES/47/16']],
    ['Recalling its resolution 47/16 of 13 July 2021,', { body: 'Human Rights Council', symbol: 'A/HRC/RES/53/29' }, ['A/HRC/RES/47/16']],
    ['Recalling General Assembly resolution 60/251 of 15 March 2006 and resolution 60/251,', { body: 'Human Rights Council', symbol: 'A/HRC/RES/53/29' }, ['A/RES/60/251', 'A/RES/60/251']],
    ['Taking note of General Assembly decision 79/555 of 30 June 2025,', ECOSOC, ['A/DEC/79/555']],
    ['Recalling its resolution ES-10/19 of 21 December 2017 and its resolution S-27/2 of 10 May 2002,', GA, ['A/RES/ES-10/19', 'A/RES/S-27/2']],
    ['Recalling its resolution 56/24 T of 29 November 2001 on multilateral cooperation', GA, ['A/RES/56/24T']],
    ['as endorsed in A/RES/78/132 and in S/RES/2231 (2015),', ECOSOC, ['A/RES/78/132', 'S/RES/2231(2015)']],
    ['Human Rights Council in A/HRC/RES/47/16, and E/RES/2006/46', GA, ['A/HRC/RES/47/16', 'E/RES/2006/46']],
    ['Recalling also Commission on Human Rights resolution 2005/69 of 20 April 2005,', GA, ['E/CN.4/RES/2005/69']],
    ['Recalling also its resolution [70/125](#),', GA, ['A/RES/70/125']],
    ['Also recalls the work of the Group, as stipulated by the General Assembly in its resolution 70/125;', ECOSOC, ['A/RES/70/125']],
    ['Notes the adoption of the resolution 58/13 by the Human Rights Council, entitled “Open', { body: 'General Assembly' }, ['A/HRC/RES/58/13']],
    ['Resolution 60/1.', { body: 'General Assembly' }, ['A/RES/60/1']],
    ['Resolution S‑10/2.', { body: 'General Assembly' }, ['A/RES/S-10/2']],
    ['in accordance with resolution 5/1 of the Human Rights Council and its annex,', GA, ['A/HRC/RES/5/1']],
    ['Recalling resolution 16/21 of 25 March 2011 of the Human Rights Council,', GA, ['A/HRC/RES/16/21']],
    ['as provided for in SC resolution 986 (1995) and GA resolution 46/182,', { body: 'Security Council', symbol: 'S/RES/1454(2002)' }, ['S/RES/986(1995)', 'A/RES/46/182']],
    ['Recalling also Security Council resolutions 1325 (2000), 1820 (2008) and 2250 (2015),', GA, ['S/RES/1325(2000)', 'S/RES/1820(2008)', 'S/RES/2250(2015)']],
    ['in accordance with Security Council resolution 1373 and its subsequent resolutions', GA, ['S/RES/1373']],
  ];
  it.each(cases)('%s', (text, ctx, expected) => {
    expect(symbols(text, ctx)).toEqual(expected);
  });
});

describe('findResolutionRefs: lists give one mention per number, each with its own date and subject', () => {
  it('reads the seed list that runs through relative clauses and link residue', () => {
    const text =
      'Recalling further General Assembly resolutions 79/1 of 22 September 2024, in which the Assembly adopted the Pact for the Future which includes the Global Digital Compact and the Declaration on Future Generations, and 79/194 of 19 December 2024 on information and communications technologies for sustainable development, in which the Assembly recognized the important role of information and communications technologies for attaining the Sustainable Development Goals, https://unctad.org/system/files/official-document/ecosoc_res_2024d14_en.pdf 78/160 of 19 December 2023 on science, technology and innovation for sustainable development, 78/265 of 21 March 2024 on seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development and 78/311 of 1 July 2024 on enhancing international cooperation on capacity-building of artificial intelligence, and emphasizing the need to';
    const ms = findResolutionRefs(text, ECOSOC);
    expect(ms.map((m) => [m.key, m.phrase, m.attrs.date])).toEqual([
      ['Resolution:A/RES/79/1', 'General Assembly resolutions 79/1 of 22 September 2024', '2024-09-22'],
      ['Resolution:A/RES/79/194', '79/194 of 19 December 2024', '2024-12-19'],
      ['Resolution:A/RES/78/160', '78/160 of 19 December 2023', '2023-12-19'],
      ['Resolution:A/RES/78/265', '78/265 of 21 March 2024', '2024-03-21'],
      ['Resolution:A/RES/78/311', '78/311 of 1 July 2024', '2024-07-01'],
    ]);
    expect(ms[1]!.attrs.subject).toBe('information and communications technologies for sustainable development');
    expect(ms[3]!.attrs.subject).toBe('seizing the opportunities of safe, secure and trustworthy artificial intelligence systems for sustainable development');
    expect(ms[0]!.attrs.body).toBe('General Assembly');
  });

  it('reads a footnote list with bare "Resolutions" as the citing body’s', () => {
    expect(symbols('Resolutions 56/183, 57/238, 59/220, 60/252, 62/182, 75/202 and 76/189.', GA)).toEqual([
      'A/RES/56/183', 'A/RES/57/238', 'A/RES/59/220', 'A/RES/60/252', 'A/RES/62/182', 'A/RES/75/202', 'A/RES/76/189',
    ]);
  });

  it('reads an ECOSOC list in a GA footnote', () => {
    expect(symbols('Economic and Social Council resolutions 2006/46, 2008/3, 2009/7, 2010/2 and 2022/15.', GA)).toEqual([
      'E/RES/2006/46', 'E/RES/2008/3', 'E/RES/2009/7', 'E/RES/2010/2', 'E/RES/2022/15',
    ]);
  });

  it('reads the Security Council chain of resolution 678 (1990)', () => {
    const text =
      'Recalling and reaffirming its resolutions 660 (1990) of 2 August 1990, 661 (1990) of 6 August 1990, 662 (1990) of 9 August 1990, 664 (1990) of 18 August 1990, 665 (1990) of 25 August 1990 and 677 (1990) of 28 November 1990,';
    const ms = findResolutionRefs(text, SC);
    expect(ms.map((m) => m.attrs.symbol)).toEqual(['S/RES/660(1990)', 'S/RES/661(1990)', 'S/RES/662(1990)', 'S/RES/664(1990)', 'S/RES/665(1990)', 'S/RES/677(1990)']);
    expect(ms.map((m) => m.attrs.date)).toEqual(['1990-08-02', '1990-08-06', '1990-08-09', '1990-08-18', '1990-08-25', '1990-11-28']);
  });

  it('expands part letters: "36/87 A and B", "76/247 A to C"', () => {
    expect(symbols('Recalling its resolutions 36/87 A and B of 9 December 1981, 76/247 A to C and 76/248 of 24 December 2021,', GA)).toEqual([
      'A/RES/36/87A', 'A/RES/36/87B', 'A/RES/76/247A', 'A/RES/76/247B', 'A/RES/76/247C', 'A/RES/76/248',
    ]);
  });

  it('gives each part of a lettered resolution its own span', () => {
    const text = 'Recalling its resolutions 36/87 A and B of 9 December 1981 and 76/247 A to C,';
    const ms = findResolutionRefs(text, GA);
    expect(ms.map((m) => [m.attrs.symbol, m.phrase])).toEqual([
      ['A/RES/36/87A', 'its resolutions 36/87 A'],
      ['A/RES/36/87B', 'B of 9 December 1981'],
      ['A/RES/76/247A', '76/247 A'],
      ['A/RES/76/247B', 'to'],
      ['A/RES/76/247C', 'C'],
    ]);
    expect(ms[1]!.attrs.date).toBe('1981-12-09');
  });

  it('reads old-style GA lists mixed with session numbers', () => {
    expect(symbols('Recalling its resolutions 2453 A (XXIII) of 20 December 1968, 37/90 of 10 December 1982, 54/68 of 6 December 1999 and 72/79 of 7 December 2017,', { body: 'General Assembly', symbol: 'A/RES/73/6' })).toEqual([
      'A/RES/2453(XXIII)A', 'A/RES/37/90', 'A/RES/54/68', 'A/RES/72/79',
    ]);
  });

  it('keeps a later introducer’s numbers for it ("resolutions ... and its resolution ES-10/19")', () => {
    const ms = findResolutionRefs('in its resolutions 1514 (XV) of 14 December 1960 and 2625 (XXV) of 24 October 1970, its resolution ES-10/19 and S-27/2', GA);
    expect(ms.map((m) => m.attrs.symbol)).toEqual(['A/RES/1514(XV)', 'A/RES/2625(XXV)', 'A/RES/ES-10/19', 'A/RES/S-27/2']);
  });

  it('goes on after a title or subject: "70/1 ..., entitled “...”, and 70/125 ..."', () => {
    const text = 'Recalling its resolutions 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, and 70/125 of 16 December 2015 on the overall review, 2030 and beyond,';
    const ms = findResolutionRefs(text, GA);
    expect(ms.map((m) => [m.attrs.symbol, m.attrs.date, m.attrs.title ?? m.attrs.subject])).toEqual([
      ['A/RES/70/1', '2015-09-25', 'Transforming our world: the 2030 Agenda for Sustainable Development'],
      ['A/RES/70/125', '2015-12-16', 'the overall review'],
    ]);
  });

  it('ends a subject where the next citation starts', () => {
    const text = 'Reaffirming also its resolution 72/279 of 31 May 2018 on the repositioning of the United Nations development system and its resolutions 73/248 of 20 December 2018 and 74/238 of 19 December 2019 on operational activities,';
    const ms = findResolutionRefs(text, { body: 'General Assembly', symbol: 'A/RES/78/166' });
    expect(ms.map((m) => m.attrs.symbol)).toEqual(['A/RES/72/279', 'A/RES/73/248', 'A/RES/74/238']);
    expect(ms[0]!.attrs.subject).toBe('the repositioning of the United Nations development system');
  });

  it('reads lists of emergency special session resolutions with subjects', () => {
    const text = 'Recalling also its resolutions ES-11/1 of 2 March 2022 on the aggression against Ukraine, ES-11/2 of 24 March 2022 on the humanitarian consequences of the aggression against Ukraine and ES-11/6 of 23 February 2023 on the principles of the Charter, and Human Rights Council resolutions 49/1 of 4 March 202210 and S-34/1 of 12 May 2022 on the deteriorating human rights situation,';
    expect(symbols(text, { body: 'General Assembly', symbol: 'A/RES/78/221' })).toEqual([
      'A/RES/ES-11/1', 'A/RES/ES-11/2', 'A/RES/ES-11/6', 'A/HRC/RES/49/1', 'A/HRC/RES/S-34/1',
    ]);
  });

  it('reads lists whose footnote marks stay in the text (PDF extraction)', () => {
    const text = 'Recalling also Human Rights Council resolutions 27/22 of 26 September 2014,4 32/21 of 1 July 2016,5 38/6 of 2 July 2018, 6 44/16 of 17 July 2020 and 47/7 of 12 July 20215 and 53/17 of 12 July 2023,';
    expect(symbols(text, GA)).toEqual(['A/HRC/RES/27/22', 'A/HRC/RES/32/21', 'A/HRC/RES/38/6', 'A/HRC/RES/44/16', 'A/HRC/RES/47/7', 'A/HRC/RES/53/17']);
    expect(symbols('reports of the Secretary-General submitted pursuant to resolutions 73/263, 21 74/168, 22 75/192, 23 76/17918 and 77/229,19', { body: 'General Assembly', symbol: 'A/RES/78/221' })).toEqual([
      'A/RES/73/263', 'A/RES/74/168', 'A/RES/75/192', 'A/RES/76/179', 'A/RES/77/229',
    ]);
    expect(symbols('United Nations Environment Assembly resolutions 5/7 27 and 5/8 28 of 2 March 2022 and resolution 6/929 of 1 March 2024', { body: 'General Assembly' })).toEqual([
      'United Nations Environment Assembly resolution 5/7', 'United Nations Environment Assembly resolution 5/8', 'United Nations Environment Assembly resolution 6/9',
    ]);
  });

  it('lets a bare "resolutions" after another body’s citation inherit that body', () => {
    const text = 'and relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28 March 2008,6 18/15 of 29 September 20117 and 21/33 of 27 September 2012,';
    expect(symbols(text, GA)).toEqual(['A/HRC/RES/7/34', 'A/HRC/RES/18/15', 'A/HRC/RES/21/33']);
    expect(symbols('and recalling the resolutions and decisions of the Human Rights Council, the most recent of which being resolutions 53/26 of 14 July 2023,3 52/31 of 4 April 2023,', { body: 'General Assembly' })).toEqual([
      'A/HRC/RES/53/26', 'A/HRC/RES/52/31',
    ]);
    const ms = findResolutionRefs('Human Rights Council decision 18/120 of 30 September 2011 and resolutions 24/14 of 27 September 2013,', GA);
    expect(ms.map((m) => [m.attrs.symbol, m.phrase])).toEqual([
      ['A/HRC/DEC/18/120', 'Human Rights Council decision 18/120 of 30 September 2011'],
      ['A/HRC/RES/24/14', 'resolutions 24/14 of 27 September 2013'],
    ]);
  });

  it('reads the numbers that follow the subject of a plural ("resolutions on ..., in particular 41/187")', () => {
    const text = 'Recalling its relevant resolutions related to culture and sustainable development, in particular 41/187 of 8 December 1986, 46/158 of 19 December 1991 and 78/161 of 19 December 2023,';
    const ms = findResolutionRefs(text, { body: 'General Assembly', symbol: 'A/RES/80/148' });
    expect(ms.map((m) => [m.attrs.symbol, m.phrase])).toEqual([
      ['A/RES/41/187', '41/187 of 8 December 1986'],
      ['A/RES/46/158', '46/158 of 19 December 1991'],
      ['A/RES/78/161', '78/161 of 19 December 2023'],
    ]);
  });

  it('reads lists separated by semicolons with section references', () => {
    const text = 'Recalling its resolutions 54/249, sect. III, para. 12; 56/64 B, sect. X; 57/130 B, sect. X; 58/101 B, sect. V, paras. 61–76; and 61/121 B, sect. IV, paras. 65–77.';
    expect(symbols(text, { body: 'General Assembly', symbol: 'A/RES/78/103' })).toEqual(['A/RES/54/249', 'A/RES/56/64B', 'A/RES/57/130B', 'A/RES/58/101B', 'A/RES/61/121B']);
  });

  it('reads title and date attributes', () => {
    const [m] = findResolutionRefs('Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,', ECOSOC);
    expect(m).toMatchObject({
      key: 'Resolution:A/RES/70/1',
      phrase: 'General Assembly resolution 70/1 of 25 September 2015',
      attrs: { symbol: 'A/RES/70/1', body: 'General Assembly', number: '70/1', date: '2015-09-25', title: 'Transforming our world: the 2030 Agenda for Sustainable Development' },
    });
  });

  it('reads the subject after "on"', () => {
    const [m] = findResolutionRefs('Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit and review of the Commission on Science and Technology for Development and the mandate that it gave to the Commission,', ECOSOC);
    expect(m!.attrs.subject).toBe('the follow-up to the World Summit and review of the Commission on Science and Technology for Development and the mandate that it gave to the Commission');
    expect(m!.phrase).toBe('its resolution 2006/46 of 28 July 2006');
  });
});

describe('findResolutionRefs: other bodies are never mistaken for the General Assembly', () => {
  const cases: [string, string[]][] = [
    ['Recalling Commission on Crime Prevention and Criminal Justice resolution 27/6 of 18 May 2018, entitled “Restorative justice”', ['Commission on Crime Prevention and Criminal Justice resolution 27/6']],
    ['and noting the adoption of Commission on Narcotic Drugs resolution 65/2 of 18 March 2022,', ['Commission on Narcotic Drugs resolution 65/2']],
    ['Recalling United Nations Environment Assembly resolution 5/14 adopted on 2 March 2022 at its resumed fifth session,', ['United Nations Environment Assembly resolution 5/14']],
    ['and that Member States decided, in Commission resolution 66/1 of 17 March 2023, to convene', []],
    ['in line with Environment Assembly resolutions 5/2, 5/7 and 5/8 of 2 March 2022,', ['United Nations Environment Assembly resolution 5/2', 'United Nations Environment Assembly resolution 5/7', 'United Nations Environment Assembly resolution 5/8']],
    ['Conference of the States Parties to the United Nations Convention against Corruption resolution 8/4 of 20 December 2019', ['Conference of the States Parties to the United Nations Convention against Corruption resolution 8/4']],
    ['the Advisory Centre on International Investment Dispute Resolution 5 and conflict resolution 2', []],
    ['as decided by the United Nations Environment Assembly at its resumed fifth session, in its resolution 5/14 of 2 March 2022, to convene', ['United Nations Environment Assembly resolution 5/14']],
    ['as endorsed by the Economic and Social Commission for Asia and the Pacific in its resolution 73/8 of 19 May 2017,', ['Economic and Social Commission for Asia and the Pacific resolution 73/8']],
    ['67. Recalls the request of the Commission on Human Rights, in its resolution 2005/5, that', ['E/CN.4/RES/2005/5']],
    ['Welcoming the establishment of the Permanent Forum on People of African Descent in its resolution 75/314 of 2 August 2021,', ['A/RES/75/314']],
    ['Welcoming the outcome of the United Nations 2023 Water Conference, and recalling the adoption of its resolution 77/334,', ['A/RES/77/334']],
    ['Welcoming the work of the Security Council, and recalling its resolution 70/1,', ['A/RES/70/1']],
    // not an Assembly decision: the body of the meeting that adopted it
    ['Welcoming the Kunming-Montreal Global Biodiversity Framework adopted in decision 15/4 at the fifteenth meeting of the Conference of the Parties', ['Conference of the Parties decision 15/4']],
    // the World Health Assembly's, named by its document
    ['World Health Organization, document WHA58/2005/REC/1, resolution 58.3, annex.', ['World Health Assembly resolution 58.3']],
    ['United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.', []],
    ['regretting that a draft resolution 8 was not adopted notwithstanding broad support', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(symbols(text, GA)).toEqual(expected);
  });
});

describe('findResolutionRefs: what must not match', () => {
  const cases: [string, RecognizeContext][] = [
    ['Taking note of the report of the Secretary-General (A/74/821) and A/67/65-E/2012/48,', ECOSOC],
    ['by 2030, in 2025 and the 2030 Agenda for Sustainable Development', GA],
    ['as referred to in paragraph 16 of the 2003 Geneva Declaration of Principles', GA],
    ['23-23443 2/5 page residue and 65 per cent of women', GA],
    ['Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31).', ECOSOC],
    ['Also reaffirms paragraphs 34 to 37 and 67 to 72 of the Tunis Agenda;', ECOSOC],
    ['Requests the Secretary-General to report on the implementation of the present resolution', GA],
    ['Decides to include in the provisional agenda of its eightieth session the item', GA],
    ['HIV/AIDS and 24/7 services, 1/3 of the population', GA],
  ];
  it.each(cases)('%s', (text, ctx) => {
    expect(findResolutionRefs(text, ctx)).toEqual([]);
  });

  it('drops a citation of a later resolution (impossible) and of itself', () => {
    expect(symbols('Recalling its resolution 80/173 of 17 December 2025,', { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' })).toEqual([]);
    expect(symbols('Recalling its resolution 2025/3 of 7 June 2025,', { body: 'Economic and Social Council', symbol: 'E/RES/2024/13' })).toEqual([]);
    expect(symbols('in accordance with paragraph 93 of resolution 80/242', { body: 'General Assembly', symbol: 'A/RES/80/242' })).toEqual([]);
    expect(symbols('Recalling its resolution 77/150 of 14 December 2022,', { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' })).toEqual(['A/RES/77/150']);
  });
});

describe('findResolutionRefs on real texts', () => {
  const seedDir = sharedDir('seeds');
  const corpusDir = sharedDir('corpus');
  it.skipIf(!seedDir)('finds the seed’s citations of resolution 70/125 and its list of GA resolutions', () => {
    const text = readFileSync(join(seedDir!, '000_a671e0a3fb8a7acb.txt'), 'utf8');
    const keys = new Set<string>();
    for (const p of text.split(/\n\s*\n/)) for (const m of findResolutionRefs(p.replace(/\s+/g, ' '), ECOSOC)) keys.add(m.key);
    for (const k of ['A/RES/70/125', 'A/RES/70/1', 'E/RES/2006/46', 'E/RES/2024/13', 'A/RES/79/1', 'A/RES/79/194', 'A/RES/78/160', 'A/RES/78/265', 'A/RES/78/311', 'A/RES/60/252', 'A/RES/77/150', 'E/RES/2007/8', 'A/RES/217(III)A', 'A/RES/2200(XXI)A', 'A/RES/69/313']) {
      expect(keys).toContain(`Resolution:${k}`);
    }
    expect([...keys].filter((k) => !k.startsWith('Resolution:A/RES/') && !k.startsWith('Resolution:E/RES/'))).toEqual([]);
  });
  it.skipIf(!corpusDir)('reads Security Council texts without false General Assembly keys', () => {
    for (const f of readdirSync(corpusDir!).filter((n) => n.startsWith('S_RES_'))) {
      const year = Number(/_(\d{4})\.txt$/.exec(f)![1]);
      for (const p of readFileSync(join(corpusDir!, f), 'utf8').split(/\n\s*\n/)) {
        for (const m of findResolutionRefs(p.replace(/\s+/g, ' '), { body: 'Security Council', date: `${year}-12-31` })) {
          expect(m.attrs.symbol as string).toMatch(/^(?:S\/RES\/\d+(?:\(\d{4}\))?|A\/RES\/\d+\([IVX]+\)A?)$/);
        }
      }
    }
  });
});

describe('findResolutionRefs properties', () => {
  it('never throws and every span is the phrase', () => {
    const pieces = fc.constantFrom(
      'resolution', 'resolutions', 'its', 'General Assembly', 'Council', ' ', ', ', ' and ', '70/125', '2006/46', '217 A (III)', '660 (1990)', 'of 28 July 2006',
      'on the follow-up', 'entitled “X”', 'A/RES/78/132', 'S/RES/242 (1967)', '[', '](#)', '(', ')', 'decision 79/555', 'ES-10/19', 'A', 'B', 'in which', ';', '.',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), fc.constantFrom(GA, ECOSOC, SC, {}), (parts, ctx) => {
        const text = parts.join('');
        for (const m of findResolutionRefs(text, ctx)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.phrase);
          expect(m.key).toBe(`Resolution:${m.attrs.symbol as string}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('findResolutionRefs: a body we do not key printed after the number', () => {
  const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/208', date: '2024-12-19' };
  const cases: [string, string[]][] = [
    // A/RES/80/140 OP39
    ['Recalls decision 15/11 of the Conference of the Parties to the Convention on Biological Diversity,', ['Conference of the Parties to the Convention on Biological Diversity decision 15/11']],
    // A/RES/78/324 PP2
    ['Taking note of decision 13/1 of the Open-ended Working Group on Ageing,', ['Open-ended Working Group on Ageing decision 13/1']],
    // A/RES/78/162 OP9: the body after the last number is every item's
    ['and notes decisions 21/1 and 21/2 adopted by the High-level Committee on South-South Cooperation at its twenty-first session', [
      'High-level Committee on South-South Cooperation decision 21/1',
      'High-level Committee on South-South Cooperation decision 21/2',
    ]],
    // A/RES/79/214 OP3
    ['Further welcomes decisions 2/1 and 2/2 of 8 June 2023 of the United Nations Habitat Assembly, to extend the strategic planning cycle', [
      'United Nations Habitat Assembly decision 2/1',
      'United Nations Habitat Assembly decision 2/2',
    ]],
    // A/RES/79/208 OP20: a footnote mark glued to the first item's year
    ['takes note with appreciation of decisions 15/10 of 10 December 202227 and 16/4 of the Conference of the Parties to the Convention to develop', [
      'Conference of the Parties to the Convention decision 15/10',
      'Conference of the Parties to the Convention decision 16/4',
    ]],
    // UNEA resolutions were keyed as General Assembly resolutions of the fifth session (A/RES/5/5)
    ['Recalling resolution 5/5 of 2 March 2022 of the United Nations Environment Assembly of the United Nations Environment Programme,', ['United Nations Environment Assembly resolution 5/5']],
    // a lone generic noun names no body: nothing is cited rather than a wrong key
    ['Recalls decision 15/11 of the Conference,', []],
    // a body we key, printed after the last number of a list
    ['Recalling resolutions 16/21 and 5/1 of the Human Rights Council,', ['A/HRC/RES/16/21', 'A/HRC/RES/5/1']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(symbols(text, GA79)).toEqual(expected);
  });
  it('keeps a General Assembly list whose last item is followed by a known body only when that body is the Assembly', () => {
    expect(symbols('Recalling its resolutions 70/1 and 71/243 of the General Assembly,', GA79)).toEqual(['A/RES/70/1', 'A/RES/71/243']);
  });
});

describe('findResolutionRefs: numbers the Assembly never gave (session before 31) are another body\'s', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/140', date: '2025-12-15' };
  const cases: [string, string[]][] = [
    // A/RES/78/68 footnote 46
    ['Indian Ocean Tuna Commission, resolutions 12/07 and 13/07.', ['Indian Ocean Tuna Commission resolution 12/07', 'Indian Ocean Tuna Commission resolution 13/07']],
    // A/RES/78/267 PP3: the last of two bodies named before "its"
    ['the Commission on Crime Prevention and Criminal Justice and the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, in particular its resolution 10/4 of 16 October 2020, entitled “Celebrating the twentieth anniversary”', [
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/4',
    ]],
    // A/RES/78/229 PP15: the body before "of resolution"
    ['Welcoming the adoption by the Conference of the States Parties to the United Nations Convention against Corruption of resolution 9/8 of 17 December 2021 on promoting anti-corruption education,', [
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 9/8',
    ]],
    // A/RES/78/170 footnote 6: no body named, so no citation (it was keyed A/RES/14/221)
    ['A/56/1026-S/2002/932, annex II, resolution 14/221.', []],
    // the Assembly named before: no guess either (it was keyed A/RES/5/14)
    ['Recalling the General Assembly and its resolution 5/14,', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(symbols(text, GA80)).toEqual(expected);
  });
});

describe('findResolutionRefs: a date outside the Assembly session says another body adopted it', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' };
  it('reads the body named before (A/RES/78/158 PP12)', () => {
    expect(
      symbols('Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation', GA78),
    ).toEqual(['Economic and Social Commission for Asia and the Pacific resolution 72/7']);
  });
  it('cites nothing when no body is named before and no calendar fits', () => {
    expect(symbols('Recalling its resolution 72/7 of 19 May 2016 on regional cooperation,', GA78)).toEqual([]);
  });
  it('takes the Human Rights Council when session and date fit its calendar (A/RES/78/203 OP7)', () => {
    // the Council's 54th session ran in September-October 2023
    expect(symbols('Takes note, in this regard, that through its resolution 54/18 of 12 October 2023, the Human Rights Council', GA78)).toEqual(['A/HRC/RES/54/18']);
  });
  it('keeps an Assembly resolution dated within its session', () => {
    expect(symbols('Recalling its resolution 72/7 of 19 October 2017,', GA78)).toEqual(['A/RES/72/7']);
  });
});

describe('findResolutionRefs: a singular "resolution" that runs into a list', () => {
  it('reads on past "and in particular," (S/RES/1454 (2002) PP1)', () => {
    const text =
      'Recalling its previous relevant resolutions, including resolution 661 (1990) of 6 August 1990, 986 (1995) of 14 April 1995, 1409 (2002) of 14 May 2002, and in particular, 1447 (2002) of 4 December 2002,';
    expect(symbols(text, { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' })).toEqual([
      'S/RES/661(1990)',
      'S/RES/986(1995)',
      'S/RES/1409(2002)',
      'S/RES/1447(2002)',
    ]);
  });
  it('does not read a later number after a singular citation of one number', () => {
    expect(symbols('Recalling its resolution 70/1, and in particular, 17 of its goals,', GA)).toEqual(['A/RES/70/1']);
  });
});

describe('findResolutionRefs: a generic noun refers back to the body named before it', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' };
  it('"Commission resolution" after the Commission on Human Rights (A/RES/78/203 PP22)', () => {
    const text =
      'as well as Human Rights Council resolutions and those of the Commission on Human Rights on the right to development, in particular Commission resolution 1998/72 of 22 April 1998';
    expect(symbols(text, GA78)).toEqual(['E/CN.4/RES/1998/72']);
  });
  it('a generic noun with no body of that kind before it cites nothing', () => {
    expect(symbols('Recalling the work of the Human Rights Council, and recalling also Commission resolution 1998/72 of 22 April 1998,', GA78)).toEqual([]);
  });
});
