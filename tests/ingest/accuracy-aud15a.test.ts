// Misses found by the session-15 audit aud15a: A/RES/78/235 (Subregional Centre for Human Rights and Democracy in
// Central Africa), 79/102 (British Virgin Islands), 79/126 (rule of law), 79/148 (volunteerism), 78/301 (MONUSCO
// financing), 79/213 (social and solidarity economy). Each case quotes the file and paragraph named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/235', date: '2023-12-22' };
const extract = (text: string, id = 'PP7', ctx: RecognizeContext = GA) =>
  extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
const attributions = (text: string, type: string, id?: string, ctx?: RecognizeContext): string[] =>
  extract(text, id, ctx)
    .attributions.filter((a) => a.type === type)
    .map((a) => `${a.source.replace(/^Event:(\S+) .*$/, '$1')} -> ${a.target}`)
    .sort();

describe('a list of sittings with a venue and dates printed for each, in order', () => {
  const SAC = 'ministerial meeting of the United Nations Standing Advisory Committee on Security Questions in Central Africa';
  it('A/RES/78/235 PP7: "in Libreville from ..., in Yaoundé from ..., in Kintélé, Congo, from ..., and in Sao Tome from ..."', () => {
    const text =
      'Noting the holding of the fifty-second, fifty-third, fifty-fourth and fifty-fifth ministerial meetings of the United Nations Standing Advisory Committee on Security Questions in Central Africa, in Libreville from 22 to 26 November 2021, in Yaoundé from 30 May to 4 June 2022, in Kintélé, Congo, from 12 to 16 January 2023, and in Sao Tome from 15 to 19 May 2023,';
    expect(attributions(text, 'HELD_IN')).toEqual([
      'fifty-fifth -> Place:São Tomé',
      'fifty-fourth -> Place:Kintélé',
      'fifty-second -> Place:Libreville',
      'fifty-third -> Place:Yaoundé',
    ]);
    expect(attributions(text, 'STARTS_ON')).toEqual([
      'fifty-fifth -> Date:2023-05-15',
      'fifty-fourth -> Date:2023-01-12',
      'fifty-second -> Date:2021-11-22',
      'fifty-third -> Date:2022-05-30',
    ]);
    const m = extract(text).mentions.find((x) => x.key === `Event:fifty-third ${SAC}`);
    expect(m?.attrs.location).toBe('Yaoundé');
  });

  it('A/RES/78/59 PP38: "held in Kintélé, Congo, from ... and in Sao Tome from ..., respectively"', () => {
    const text =
      'Recalling the conclusions of the fifty-fourth and fifty-fifth ministerial meetings of the Standing Advisory Committee, held in Kintélé, Congo, from 12 to 16 January 2023 and in Sao Tome from 15 to 19 May 2023, respectively,';
    const held = attributions(text, 'HELD_IN', 'PP38', { ...GA, symbol: 'A/RES/78/59', date: '2023-12-04' });
    expect(held).toContain('fifty-fifth -> Place:São Tomé');
    expect(held).not.toContain('fifty-fifth -> Place:Kintélé');
  });

  it('A/RES/78/69 OP220: "its first, second and third sessions in Punta del Este, Uruguay, ..., in Paris ..., and in Nairobi ..., respectively"', () => {
    const text =
      'Welcomes the decision of the United Nations Environment Assembly to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, with the ambition of completing its work by the end of 2024, and notes that the committee held its first, second and third sessions in Punta del Este, Uruguay, from 28 November to 2 December 2022, in Paris from 29 May to 2 June 2023, and in Nairobi from 13 to 19 November 2023, respectively;';
    const held = attributions(text, 'HELD_IN', 'OP220', { ...GA, symbol: 'A/RES/78/69', date: '2023-12-05' });
    expect(held.filter((h) => h.startsWith('third'))).toEqual(['third -> Place:Nairobi']);
    expect(held.filter((h) => h.startsWith('second'))).toEqual(['second -> Place:Paris']);
  });

  it('guard: one venue printed once for a list stays every listed sitting\'s ("held in Beijing from ... and from ..., respectively")', () => {
    const text =
      'Recalling the XXIV Olympic Winter Games and the XIII Paralympic Winter Games, held in Beijing from 4 to 20 February and from 4 to 13 March 2022, respectively,';
    const held = attributions(text, 'HELD_IN', 'PP7', { ...GA, symbol: 'A/RES/78/10', date: '2023-11-21' });
    expect(held.length).toBe(2);
    for (const h of held) expect(h).toMatch(/-> Place:Beijing$/);
  });

  it('guard: A/RES/78/327 PP12: one venue printed after a list of three sessions ("..., held in Dubai, United Arab Emirates,") is every one\'s', () => {
    const text =
      'Welcoming the decisions adopted at the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the eighteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, held in Dubai, United Arab Emirates, including the decisions adopted under the United Arab Emirates consensus,';
    const held = attributions(text, 'HELD_IN', 'PP12', { ...GA, symbol: 'A/RES/78/327', date: '2024-08-21' });
    expect(held.length).toBe(3);
    for (const h of held) expect(h).toMatch(/-> Place:Dubai$/);
  });
});

describe('"its resolution 79/1 of 22 September 2024, adopting the Pact for the Future"', () => {
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/126', date: '2024-12-04' };
  it('A/RES/79/126 PP13: the resolution adopted the framework it is said to adopt', () => {
    const text =
      'Taking note of its resolution 79/1 of 22 September 2024, adopting the Pact for the Future, which reaffirms the importance of upholding and promoting the rule of law, in accordance with the principles of the Charter of the United Nations,';
    expect(attributions(text, 'ADOPTED', 'PP13', CTX)).toEqual(['Resolution:A/RES/79/1 -> Framework:Pact for the Future']);
  });

  it('guard: another participle between them adopts nothing ("..., welcoming the Pact for the Future")', () => {
    const text = 'Recalling its resolution 78/112 of 7 December 2023, welcoming the Pact for the Future,';
    expect(attributions(text, 'ADOPTED', 'PP1', CTX)).toEqual([]);
  });
});

describe('"the Olympic and Paralympic Games": two series sharing their head', () => {
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/148', date: '2024-12-17' };
  const eventKeys = (text: string, ctx = CTX): string[] =>
    extract(text, 'OP4', ctx)
      .mentions.filter((m) => m.kind === 'Event')
      .map((m) => m.key);
  it('A/RES/79/148 OP4: "major sports events, inter alia, the Olympic and Paralympic Games" names both', () => {
    const text =
      'Commends the increasing link between volunteerism and sport, which, through the invaluable contributions of national and international volunteers to the preparation and delivery of major sports events, inter alia, the Olympic and Paralympic Games, contributes to the promotion of the ideal of peace and inclusive society;';
    expect(eventKeys(text)).toEqual(['Event:Olympic Games', 'Event:Paralympic Games']);
    expect(extract(text, 'OP4', CTX).relations.map((r) => `${r.type} ${r.target}`)).toContain('APPRECIATES Event:Olympic Games');
  });

  it('A/RES/78/10 OP6: "Recognizes that sport and the Olympic and Paralympic Games can be used to promote human rights"', () => {
    const text = 'Recognizes that sport and the Olympic and Paralympic Games can be used to promote human rights and strengthen universal respect for such rights;';
    expect(eventKeys(text, { ...CTX, symbol: 'A/RES/78/10', date: '2023-11-21' })).toContain('Event:Olympic Games');
  });

  it('guard: "the Olympic and Paralympic Winter Games" stays the one name; "national Olympic and Paralympic Committees" names no Games', () => {
    const text = 'Encourages the national Olympic and Paralympic Committees to contribute to the Olympic and Paralympic Winter Games;';
    expect(eventKeys(text)).toEqual(['Event:Olympic and Paralympic Winter Games']);
  });
});

describe('"the General Assembly of the Organization of American States": another body\'s assembly, not the United Nations\'', () => {
  const orgKeys = (text: string, symbol: string): string[] =>
    extract(text, 'PP41', { body: 'General Assembly', symbol, date: '2023-12-19' })
      .mentions.filter((m) => m.kind === 'Organization')
      .map((m) => m.key);
  it('A/RES/78/228 PP41: "adopted by the General Assembly of the Organization of American States at its fifty-third regular session"', () => {
    const text =
      'Taking note also of the Third Work Plan for a Comprehensive Response to Trafficking in Persons in the Western Hemisphere 2023–2028, adopted by the General Assembly of the Organization of American States at its fifty-third regular session, held in Washington, D.C., from 21 to 23 June 2023,';
    const keys = orgKeys(text, 'A/RES/78/228');
    expect(keys).not.toContain('Organization:General Assembly');
    expect(keys).toContain('Organization:Organization of American States');
  });

  it('A/RES/78/69 OP335: "established by the General Assembly of the Organization of American States in 2000"', () => {
    const text =
      'Notes once again the Fund for Peace: Peaceful Settlement of Territorial Disputes, established by the General Assembly of the Organization of American States in 2000 as a primary mechanism, given its broader regional scope, for the prevention, management and resolution of pending territorial disputes;';
    expect(orgKeys(text, 'A/RES/78/69')).not.toContain('Organization:General Assembly');
  });

  it('guard: A/RES/78/60 PP5: "the establishment by the General Assembly of the United Nations Regional Centre ..." is the Assembly\'s act', () => {
    const text =
      'Recalling that the thirtieth anniversary of the establishment by the General Assembly of the United Nations Regional Centre for Peace and Disarmament in Africa, the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific and the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean was celebrated in 2016 and in 2017,';
    expect(orgKeys(text, 'A/RES/78/60')).toContain('Organization:General Assembly');
  });

  it('guard: "the General Assembly of the United Nations" is the Assembly', () => {
    const text = 'Recalling the role of the General Assembly of the United Nations in the progressive development of international law,';
    expect(orgKeys(text, 'A/RES/78/60')).toContain('Organization:General Assembly');
  });
});

describe('a resolution footnoted after "the implementation of the <framework>,6" adopted the framework', () => {
  function withFootnote(id: string, text: string, mark: string, footnote: string, symbol = 'A/RES/79/126') {
    const offset = text.lastIndexOf(mark);
    return extractParagraph(
      { id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] },
      { body: 'General Assembly', symbol, date: '2024-12-04' },
    );
  }
  const adopted = (x: ReturnType<typeof extractParagraph>): string[] => x.attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/79/126 OP8: "the full implementation of the 2030 Agenda for Sustainable Development,6" with "6 Resolution 70/1."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Reaffirms its commitment to working tirelessly for the full implementation of the 2030 Agenda for Sustainable Development,6 and recalls that the goals and targets are integrated and indivisible and balance the three dimensions of sustainable development;';
    expect(adopted(withFootnote('OP8', text, '6', 'Resolution 70/1.'))).toEqual([]);
  });

  it('guard: a review or declaration on the implementation of a framework is what the footnote cites ("the political declaration on the implementation of ...,7")', () => {
    const text =
      'Recalling the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons,7';
    expect(adopted(withFootnote('PP3', text, '7', 'Resolution 72/1.', 'A/RES/78/228'))).toEqual([]);
  });
});

describe('"the Lake Chad basin" is the basin, not the country', () => {
  const places = (text: string): string[] =>
    extract(text, 'PP9')
      .mentions.filter((m) => m.kind === 'Place')
      .map((m) => m.key);
  it('A/RES/78/235 PP9: "in many countries of the Central African subregion and in the Lake Chad basin countries"', () => {
    const text =
      'Noting further the security and humanitarian situation in the subregion, and in particular the challenges created by indiscriminate attacks and massive abuses of human rights by terrorist groups, including Boko Haram, against the civilian population in many countries of the Central African subregion and in the Lake Chad basin countries,';
    expect(places(text)).toEqual(['Place:Lake Chad basin']);
  });

  it('guard: "Chad" alone is the country', () => {
    expect(places('Welcoming the efforts of Chad and Cameroon to strengthen regional cooperation,')).toEqual(['Place:Chad', 'Place:Cameroon']);
  });
});
