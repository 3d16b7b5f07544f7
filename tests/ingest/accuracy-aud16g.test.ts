// Misses found by the session-16 audit aud16g: A/RES/80/209 (human rights and unilateral coercive measures), A/RES/79/25
// (regional disarmament), A/RES/79/43 (relationship between disarmament and development). Each case quotes the file named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/209', date: '2025-12-18' };

function extract(text: string, ctx: RecognizeContext = GA) {
  return extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const events = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a lowercase sitting named by its topic or body: panel discussions, annual and first sittings', () => {
  const UCM =
    'Also recalls the contribution of the first biennial panel discussion on the issue of unilateral coercive measures and human rights organized by the Human Rights Council in 2015 to increase awareness of the negative impact that unilateral coercive measures have on the enjoyment of human rights in the targeted and non‑targeted countries, and invites the Council to follow up on the discussion at the biennial panel discussion, held at the sixtieth session of the Council, on the impact of unilateral coercive measures and overcompliance on the right to food and food security;';
  const PANEL = 'Event:first biennial panel discussion on the issue of unilateral coercive measures and human rights';

  it('A/RES/80/209 OP26: "the first biennial panel discussion on the issue of ... organized by the Human Rights Council in 2015"', () => {
    expect(events(UCM)).toContain(PANEL);
    expect(attributions(UCM)).toContain(`ORGANIZES Organization:Human Rights Council -> ${PANEL}`);
    const recalls = extract(UCM).relations.filter((r) => r.type === 'RECALLS').map((r) => r.target);
    expect(recalls).toContain(PANEL);
  });

  // (session 57, aud57k: the second panel is named by the topic printed after its aside, "..., held at the sixtieth session of the
  // Council, on the impact of ...", as the aud56n gold reads it; it was read as naming none)
  it('same paragraph: "the biennial panel discussion, held at the sixtieth session of the Council, on the impact of ..." is a second panel, named by that topic', () => {
    expect(events(UCM).filter((k) => k.includes('panel discussion'))).toEqual([
      PANEL,
      'Event:biennial panel discussion on the impact of unilateral coercive measures and overcompliance on the right to food and food security',
    ]);
  });

  it('A/RES/79/144 OP222: "adopted at the annual meeting of the OSPAR Commission in Copenhagen on 24 April 2022"', () => {
    const text =
      'Notes the activities carried out by organizations at the regional level to develop and implement regional action plans and other joint prevention and recovery programmes for marine debris, and further notes in this regard the revised Regional Action Plan on Marine Litter adopted at the Ministerial Meeting of the Baltic Marine Environment Protection Commission (Helsinki Commission) in October 2021, the amendments to the Regional Plan on Marine Litter Management in the Mediterranean adopted at the twenty-second Meeting of the Contracting Parties to the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean (Barcelona Convention) and its Protocols in December 2021 in Antalya, Türkiye, the Second Regional Action Plan for the Prevention and Management of Marine Litter in the North-East Atlantic (2022–2030), adopted at the annual meeting of the OSPAR Commission in Copenhagen on 24 April 2022, and a regional plan for integrated management of marine litter in the South-East Pacific, adopted in April 2022 within the framework of the Protocol for the Protection of the South-East Pacific against Pollution from Land-based Sources;';
    const key = 'Event:annual meeting of the OSPAR Commission @ 2022';
    expect(events(text)).toContain(key);
    expect(attributions(text)).toEqual(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect.arrayContaining([`HELD_IN ${key} -> Place:Copenhagen`, `STARTS_ON ${key} -> Date:2022-04-24`, `SESSION_OF ${key} -> Organization:OSPAR Commission`]),
    );
  });

  it('negative, A/RES/79/121 PP13: plural "panel discussions" in general are no sitting', () => {
    const text =
      'Welcoming initiatives to hold interactive debates, panel discussions and question time in the Sixth Committee, as envisaged in General Assembly resolution 58/316 of 1 July 2004 on further measures for the revitalization of the work of the Assembly,';
    expect(events(text)).toEqual([]);
  });

  it('negative, A/RES/78/319 OP4: "the four multi-stakeholder thematic panel discussions", held at hours of the day, are no named sitting', () => {
    const text =
      'Decides that the organizational arrangements for the four multi-stakeholder thematic panel discussions will be as follows: (a) Two multi-stakeholder panels will be held consecutively from 10.30 to 11.45 a.m. and from 11.45 a.m. to 1 p.m. and two multi-stakeholder panels will be held consecutively from 3 to 4.15 p.m. and from 4.15 to 5.30 p.m., in parallel with the plenary meeting;';
    expect(events(text).filter((k) => k.includes('panel'))).toEqual([]);
  });
});

describe('a framework adopted at a phase of a summit', () => {
  it('A/RES/80/209 OP19: "the Declaration of Principles adopted at the first phase of the World Summit on the Information Society"', () => {
    const text =
      'Recognizes that, in the Declaration of Principles adopted at the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003, 27 States were strongly urged to avoid and refrain from any unilateral measure not in accordance with international law and the Charter of the United Nations in building the information society;';
    const a = attributions(text);
    expect(a).toContain('ADOPTED Event:World Summit on the Information Society -> Framework:Geneva Declaration of Principles');
    // the Summit was held there (flipped by conv42b: one event held in Geneva and Tunis, no phase entities)
    expect(a).toContain('HELD_IN Event:World Summit on the Information Society -> Place:Geneva');
  });

  it('negative, A/RES/78/132 OP7: "the outcomes of the Geneva and Tunis phases of the World Summit" adopts nothing', () => {
    const text =
      'Encourages strengthened and continuing cooperation between and among stakeholders from both developed and developing countries, within their respective roles and responsibilities, to ensure the effective implementation of the outcomes of the Geneva and Tunis phases of the World Summit on the Information Society, through, inter alia, the promotion of national, regional and international multi-stakeholder partnerships, including public-private partnerships, and the promotion of national and regional multi-stakeholder thematic platforms in a joint effort and dialogue with developing countries, including the least developed countries, development partners and actors in the information and communications technologies sector;';
    expect(attributions(text).filter((x) => x.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('a generic body printed as "its <name>" belongs to the body named right before', () => {
  // (since aud51b "its Advisory Committee" after the Council takes the name the gazetteer knows, "Human Rights Council Advisory
  // Committee": one node with the texts that print it so)
  const orgs = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Organization').map((m) => m.key);

  it('A/RES/80/209 OP25: "the Human Rights Council took note of the research-based progress report of its Advisory Committee"', () => {
    const text =
      'Recalls that the Human Rights Council took note of the research-based progress report of its Advisory Committee containing recommendations on mechanisms to assess the negative impact of unilateral coercive measures on the enjoyment of human rights and to promote accountability;30';
    expect(orgs(text)).toContain('Organization:Human Rights Council Advisory Committee');
  });

  it('A/RES/78/234 OP50: "the Human Rights Council, through its Advisory Committee" is the same node', () => {
    const text =
      'Also welcomes the efforts undertaken by the Human Rights Council, through its Advisory Committee, in preparing a study on appropriate ways and means of assessing the situation regarding racial equality, while identifying possible gaps and overlaps;';
    expect(orgs(text)).toContain('Organization:Human Rights Council Advisory Committee');
  });

  it('negative: a semicolon between the body and "its" leaves the generic name the resolution\'s own', () => {
    const text =
      'Welcomes the work of the Human Rights Council; and looks forward to the report of its Advisory Committee on the question;';
    expect(orgs(text)).toContain('Organization:Advisory Committee (A/RES/80/209)');
  });
});
