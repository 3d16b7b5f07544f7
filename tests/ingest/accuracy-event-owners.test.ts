// Sittings and organs named by the body they belong to ("... of the <organization>"), and names inside a
// headless phrase ("the Final Document of the <event>"): sentences as the GA corpus prints them.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string) {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/999', date: '2024-12-20' };
  return extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
// names as settled (organizations nested in them come back as extra mentions: accuracy-nested.test.ts)
const keys = (text: string, kind: string): string[] => extract(text).mentions.filter((m) => m.kind === kind && !m.nested).map((m) => m.key);
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('an event name goes on with "of the <organization>" that holds it', () => {
  it('A/RES/79/170 PP23: "Nineteenth Summit of Heads of State and Government of the Non-Aligned Movement"', () => {
    const text = 'Recalling the Nineteenth Summit of Heads of State and Government of the Non-Aligned Movement, held in Kampala on 19 and 20 January 2024, and the';
    // (keyed as the summit's other printings are, "... or Government of Non-Aligned Countries": one node per summit, aud33h)
    const summit = 'Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries';
    expect(keys(text, 'Event')).toEqual([summit]);
    expect(attributions(text)).toEqual(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect.arrayContaining([`SESSION_OF ${summit} -> Organization:Movement of Non-Aligned Countries`, `HELD_IN ${summit} -> Place:Kampala`, `STARTS_ON ${summit} -> Date:2024-01-19`]),
    );
  });

  it('A/RES/78/88: "the Twelfth Ministerial Conference of the World Trade Organization" is the WTO\'s Ministerial Conference\'s (SESSION_OF), the series the WTO\'s', () => {
    const text = 'Welcoming the outcome of the Twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022,';
    const mc12 = 'Event:Twelfth Ministerial Conference of the World Trade Organization';
    expect(keys(text, 'Event')).toEqual([mc12]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states; a numbered
    // session of a named organ is SESSION_OF the organ, a series Event SESSION_OF its owner (ruling, session 53; aud54d)
    const series = 'Event:Ministerial Conference of the World Trade Organization';
    expect(attributions(text)).toEqual(
      expect.arrayContaining([`SESSION_OF ${mc12} -> ${series}`, `SESSION_OF ${series} -> Organization:World Trade Organization`, `HELD_IN ${mc12} -> Place:Geneva`]),
    );
  });

  it('the name ends with the body: "... of the World Trade Organization for the Trade Facilitation Committee"', () => {
    const text = 'Notes the decision of the Twelfth Ministerial Conference of the World Trade Organization for the Trade Facilitation Committee to continue its work,';
    expect(keys(text, 'Event')).toEqual(['Event:Twelfth Ministerial Conference of the World Trade Organization']);
    // (the WTO committee by its official name, the Committee on Trade Facilitation: aud39b)
    expect(keys(text, 'Organization')).toEqual(['Organization:Committee on Trade Facilitation']);
  });

  it('"the General Conference of the International Atomic Energy Agency" is the Agency\'s organ (an organ, not a sitting; session 18)', () => {
    const text = 'Taking note of resolution GC(67)/RES/9 adopted by the General Conference of the International Atomic Energy Agency,';
    expect(keys(text, 'Event')).toEqual([]);
    expect(keys(text, 'Organization')).toContain('Organization:General Conference of the International Atomic Energy Agency');
  });
});

describe('"the Council of Ministers of X" is not "the Council" named before', () => {
  it('A/RES/79/265 OP13: a meeting of the CPLP Council of Ministers, not of the Security Council', () => {
    const text =
      'Also notes the admission as new consultative observers of the Brazilian Institute of Family Law and the Institute of Social, Political and Economic Research of Brazil, during the twenty-ninth ordinary meeting of the Council of Ministers of the Community of Portuguese-speaking Countries, held in Sao Tome on 19 July 2024;';
    const meeting = 'Event:twenty-ninth ordinary meeting of the Council of Ministers of the Community of Portuguese-speaking Countries';
    expect(keys(text, 'Event')).toEqual([meeting]);
    expect(attributions(text)).toEqual(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect.arrayContaining([`SESSION_OF ${meeting} -> Organization:Council of Ministers of the Community of Portuguese-speaking Countries`, `HELD_IN ${meeting} -> Place:São Tomé`]),
    );
    expect(attributions(text).some((a) => a.includes('Security Council'))).toBe(false);
  });

  it('A/RES/78/275: organs every organization has are named with it ("Executive Council of the African Union", "Board of Governors of the IAEA")', () => {
    const text = 'Welcoming the decision of the Executive Council of the African Union and the report of the Board of Governors of the International Atomic Energy Agency,';
    expect(keys(text, 'Organization')).toEqual(['Organization:Executive Council of the African Union', 'Organization:Board of Governors of the International Atomic Energy Agency']);
  });

  it('A/RES/79/161: "the adoption by the Committee of Ministers of the Gender Equality Strategy for 2024–2029": the organ and the instrument', () => {
    const text = 'Welcoming the work of the Council of Europe, notes in this context the adoption by the Committee of Ministers of the Gender Equality Strategy for 2024–2029,';
    expect(keys(text, 'Organization')).toEqual(['Organization:Council of Europe', 'Organization:Committee of Ministers']);
    expect(keys(text, 'Framework')).toEqual(['Framework:Gender Equality Strategy for 2024-2029']);
  });
});

describe('a name after a headless "X of the"', () => {
  it('A/RES/79/104 PP6: "the Final Document of the Nineteenth Summit ..." names the Summit, with its venue and dates', () => {
    const text =
      'Taking note of the section related to French Polynesia of the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024,3';
    const summit = 'Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries';
    expect(keys(text, 'Event')).toEqual([summit]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${summit} -> Place:Kampala`, `ENDS_ON ${summit} -> Date:2024-01-20`]));
  });

  it('A/RES/78/39: "the Final Document of the International Conference on the Relationship between Disarmament and Development"', () => {
    const text = 'Recalling the adoption on 11 September 1987 of the Final Document of the International Conference on the Relationship between Disarmament and Development,';
    expect(keys(text, 'Event').length).toBe(1);
    expect(keys(text, 'Event')[0]).toMatch(/^Event:International Conference on the Relationship/);
  });

  it('"Official Records of the General Assembly, Seventy-eighth Session" is a publication: no body', () => {
    expect(keys('Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 23 (A/78/23).', 'Organization')).toEqual([]);
  });

  it('"the Office of the High Commissioner": the short form before "of" is not dropped for the words after it', () => {
    const text = 'Recalling the work of the United Nations High Commissioner for Refugees, encourages the Office of the High Commissioner, in coordination with the Special Adviser on Solutions to Internal Displacement, to contribute';
    expect(keys(text, 'Organization')).not.toContain('Organization:High Commissioner');
  });
});

describe('a short head followed by "of the <known organization>" starts a longer name', () => {
  it('A/RES/79/196 PP10: "the Summit of the Group of 20 held in Osaka" after the Summit of the Future is not that Summit', () => {
    const text =
      'Recalling the Summit of the Future, and recalling further that the Summit of the Group of 20 held in Osaka, Japan, on 28 and 29 June 2019 endorsed the Osaka Update';
    const g20 = 'Event:Summit of the Group of 20 @ 2019';
    expect(keys(text, 'Event')).toEqual(['Event:Summit of the Future @ 2024', g20]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toEqual(expect.arrayContaining([`SESSION_OF ${g20} -> Organization:Group of 20`, `HELD_IN ${g20} -> Place:Osaka`]));
  });

  it('A/RES/78/69: "the Assembly of the International Maritime Organization" is not the General Assembly', () => {
    const text = 'Welcomes the adoption by the Assembly of the International Maritime Organization of the revised guidelines, and invites the General Assembly to take note';
    expect(keys(text, 'Organization')).toEqual(['Organization:Assembly of the International Maritime Organization', 'Organization:General Assembly']);
  });

  it('A/RES/78/60 PP3: "the Charter of the Association of Southeast Asian Nations" is not the Charter of the United Nations', () => {
    const text = 'Noting the entry into force on 15 December 2008 of the Charter of the Association of Southeast Asian Nations,1 in which the member States';
    expect(keys(text, 'Framework')).toEqual(['Framework:Charter of the Association of Southeast Asian Nations']);
  });
});

describe('"summit meeting" of a body is one of its sittings', () => {
  it('A/RES/79/330 OP5: "the sixteenth summit meeting of the Economic Cooperation Organization, held in Tashkent"', () => {
    const text = 'Welcomes the declaration adopted at the sixteenth summit meeting of the Economic Cooperation Organization, held in Tashkent on 9 November 2023;';
    const meeting = 'Event:sixteenth summit meeting of the Economic Cooperation Organization';
    expect(keys(text, 'Event')).toEqual([meeting]);
    expect(attributions(text)).toEqual(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect.arrayContaining([`SESSION_OF ${meeting} -> Organization:Economic Cooperation Organization`, `HELD_IN ${meeting} -> Place:Tashkent`, `STARTS_ON ${meeting} -> Date:2023-11-09`]),
    );
  });
});
