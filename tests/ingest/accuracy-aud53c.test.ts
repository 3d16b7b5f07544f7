// Misses found by the session-53 hand audit aud53c (gold set aud53c: A/RES/79/276, the United Nations Decade of Action on
// Nutrition, plenary; A/RES/80/116, the advisory opinion of the International Court of Justice on the obligations of Israel,
// plenary; A/RES/79/121, the report of the International Law Commission, Sixth Committee). Each case quotes the file and
// paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_276: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/276', date: '2025-03-25' };
const GA79_121: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/121', date: '2024-12-04' };

describe('"West Asia" is the region "Western Asia", not the continent', () => {
  const { keys } = oneParagraph({ ctx: GA79_276, kind: 'preambular' });

  it('A/RES/79/276 PP12: "especially in Africa, parts of Asia, in particular West Asia, in the Pacific"', () => {
    const text =
      'Remaining deeply concerned about ongoing food insecurity and malnutrition in different regions of the world and their ongoing negative impact on health and nutrition, especially in Africa, parts of Asia, in particular West Asia, in the Pacific and in parts of Latin America and the Caribbean, and in this regard underlining the urgent need for joint efforts at all levels to respond to the situation in a coherent and effective manner,';
    expect(keys(text, 'Place:')).toEqual(['Place:Africa', 'Place:Asia', 'Place:Western Asia', 'Place:Pacific', 'Place:Latin America and the Caribbean']);
  });

  it('A/RES/78/138 OP23 (79/227 PP31, 78/168, 80/157): "in particular in Africa, in South and West Asia and in parts of Latin America"', () => {
    const text =
      'Recognizes that high volatility in food prices in various countries and continuing food insecurity and malnutrition being faced by hundreds of millions of people, in particular in Africa, in South and West Asia and in parts of Latin America and the Caribbean, highlight the need for resilient and diversified agrifood systems;';
    expect(keys(text, 'Place:', 'operative')).toEqual(['Place:Africa', 'Place:Western Asia', 'Place:Latin America and the Caribbean']);
  });

  it('A/RES/79/212 OP11 (80/143): "a regional and global trust fund for the West Asia and African region"', () => {
    const text =
      'Takes note of the establishment of a regional and global trust fund for the West Asia and African region to combat sand and dust storms, supported by voluntary contributions from interested countries;';
    expect(keys(text, 'Place:', 'operative')).toEqual(['Place:Western Asia']);
  });

  it('guard, A/RES/78/209 PP4: "the ... Centre for South-West Asia and the Arab Region" keeps its own region inside the name', () => {
    const text =
      'Recalling further its resolutions 74/163 of 18 December 2019 and 76/155 of 16 December 2021 on the United Nations Human Rights Training and Documentation Centre for South-West Asia and the Arab Region,';
    expect(keys(text, 'Place:')).not.toContain('Place:Western Asia');
  });
});

describe('the Geneva library under its later name is the same unit, not the Organization and the city', () => {
  const { keys, relations } = oneParagraph({ ctx: GA79_121, kind: 'operative' });
  const OP33 =
    'Also takes note of paragraphs 453 to 456 of the report of the International Law Commission, expresses its appreciation to the United Nations Library at Geneva for the dedicated assistance accorded to the Commission, and notes the Commission’s emphasis on the need for adequate funding to ensure the continuation of the Library’s ability to function as a research library to assist the Commission in the performance of its mandate in the codification and progressive development of international law, as well as its support for the ongoing development of the capacity of the United Nations Library and Archives at Geneva to act as a centre for research with a focus on international law and multilateralism;';

  it('A/RES/79/121 OP33: "the capacity of the United Nations Library and Archives at Geneva" (under "notes")', () => {
    expect(relations(OP33)).toContain('NOTES Organization:United Nations Library at Geneva');
    expect(keys(OP33, 'Place:')).toEqual([]);
  });

  it('guard, A/RES/80/164 OP37: "expresses its appreciation to the United Nations Library at Geneva" stays one mention', () => {
    const text =
      'Also takes note of paragraphs 472 to 475 of the report of the International Law Commission, expresses its appreciation to the United Nations Library at Geneva for the dedicated assistance accorded to the Commission;';
    expect(keys(text, 'Organization:United Nations Library')).toEqual(['Organization:United Nations Library at Geneva']);
  });
});

describe('in a text on the report of a body\'s numbered session, "the next session of" that body is the one numbered after it', () => {
  const ILC79: RecognizeContext = { ...GA79_121, title: 'Report of the International Law Commission on the work of its seventy-fifth session' };
  const ILC78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/108', date: '2023-12-07', title: 'Report of the International Law Commission on the work of its seventy-fourth session' };
  const { relations, attributions } = oneParagraph({ ctx: ILC79, kind: 'operative' });
  const OP18 =
    'Takes note of paragraphs 465 and 466 of the report of the International Law Commission, decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 14 April to 30 May 2025 and from 30 June to 31 July 2025, and stresses the importance of having a 12-week session for the seventy-sixth session of the Commission;';

  it('A/RES/79/121 OP18: "decides that the next session of the Commission shall be held ... from 14 April" (the seventy-sixth)', () => {
    const rels = relations(OP18);
    expect(rels).toContain('DECIDES Event:seventy-sixth session of the International Law Commission');
    expect(rels).not.toContain('DECIDES Organization:International Law Commission');
    expect(attributions(OP18)).toContain('STARTS_ON Event:seventy-sixth session of the International Law Commission -> Date:2025-04-14');
  });

  it('A/RES/78/108 OP17: "decides that the next session of the Commission shall be held ... from 15 April to 31 May 2024" (the seventy-fifth)', () => {
    const text =
      'Takes note of paragraph 291 of the report of the International Law Commission, and decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 15 April to 31 May 2024, which will coincide with the commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024;';
    expect(relations(text, 'operative', ILC78)).toContain('DECIDES Event:seventy-fifth session of the International Law Commission');
  });

  it('guard: another body\'s next session, or a text with no such title, names no numbered session', () => {
    const other = 'Invites Member States to submit their views before the next session of the Sixth Committee;';
    expect(relations(other).filter((r) => r.includes('Event:'))).toEqual([]);
    const untitled = relations(OP18, 'operative', GA79_121);
    expect(untitled).not.toContain('DECIDES Event:seventy-sixth session of the International Law Commission');
  });
});

describe('a session held in two parts of one year ends with its second part', () => {
  const ILC79: RecognizeContext = { ...GA79_121, title: 'Report of the International Law Commission on the work of its seventy-fifth session' };
  const { attributions } = oneParagraph({ ctx: ILC79, kind: 'operative' });

  it('A/RES/79/121 OP18: "from 14 April to 30 May 2025 and from 30 June to 31 July 2025"', () => {
    const text =
      'Takes note of paragraphs 465 and 466 of the report of the International Law Commission, decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 14 April to 30 May 2025 and from 30 June to 31 July 2025, and stresses the importance of having a 12-week session for the seventy-sixth session of the Commission;';
    const atts = attributions(text);
    expect(atts).toContain('STARTS_ON Event:seventy-sixth session of the International Law Commission -> Date:2025-04-14');
    expect(atts).toContain('ENDS_ON Event:seventy-sixth session of the International Law Commission -> Date:2025-07-31');
    expect(atts).not.toContain('ENDS_ON Event:seventy-sixth session of the International Law Commission -> Date:2025-05-30');
  });

  it('guard, A/RES/79/41 PP5: "the first and second sessions of the Preparatory Committee ..., held from 31 July to 11 August 2023 and from 22 July to 2 August 2024" (two sessions)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/41', date: '2024-12-02' };
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023, and the first and second sessions of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023 and from 22 July to 2 August 2024,';
    const ends = attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ENDS_ON Event:first session'));
    expect(ends).toEqual([expect.stringMatching(/-> Date:2023-08-11$/)]);
  });
});

describe('"the Seminar" after "the International Law Seminar" is that Seminar', () => {
  const { relations } = oneParagraph({ ctx: GA79_121, kind: 'operative' });

  it('A/RES/79/121 OP40 (78/108 OP39, 80/164 OP44): "and encourages him to continue to consider ways to improve the structure and content of the Seminar"', () => {
    const text =
      'Requests the Secretary-General to continue to provide the International Law Seminar with adequate services, including interpretation, as required, and encourages him to continue to consider ways to improve the structure and content of the Seminar;';
    expect(relations(text)).toContain('ENCOURAGES Initiative:International Law Seminar');
  });

  it('guard: "the Seminar" with no International Law Seminar named before is nothing', () => {
    const text = 'Encourages Member States to consider ways to improve the structure and content of the Seminar;';
    expect(relations(text)).toEqual([]);
  });
});
