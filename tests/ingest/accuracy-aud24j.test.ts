// Misses found by the session-24 audit aud24j: A/RES/80/5 (Doha Political Declaration of the World Social Summit) and
// A/RES/78/131 (synthetic drugs), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const DOHA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/5', date: '2025-11-04' };
const DRUGS: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/131', date: '2023-12-18' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: DOHA, kind: 'operative' });

describe('"the first <event>" of a one-off event the gazetteer dates is that event', () => {
  it('A/RES/80/5 annex OP5: "30 years after the first World Summit for Social Development" is the 1995 summit', () => {
    const text =
      'We meet 30 years after the first World Summit for Social Development and days after the commemoration of the eightieth anniversary of the United Nations, with a determination to promote social development.';
    // (the commemoration of the eightieth anniversary of the United Nations is a sitting of its own: aud26k)
    expect(keys(text, 'Event:')).toEqual(['Event:World Summit for Social Development @ 1995', 'Event:commemoration of the eightieth anniversary of the United Nations']);
  });

  it('A/RES/78/205 PP34 (80/211 PP34): "Taking note of the first World Humanitarian Summit, held in Istanbul, Turkey, on 23 and 24 May 2016"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/205', date: '2023-12-19' };
    const text =
      'Taking note of the first World Humanitarian Summit, held in Istanbul, Turkey, on 23 and 24 May 2016, and taking note also of the report of the Secretary-General on the outcome of the World Humanitarian Summit,';
    // (named twice: the summit and the subject of the report on its outcome, aud58p)
    expect([...new Set(keys(text, 'Event:', 'preambular', ctx))]).toEqual(['Event:World Humanitarian Summit @ 2016']);
    expect(relations(text, 'preambular', ctx)).toContain('NOTES Event:World Humanitarian Summit @ 2016');
    expect(attributions(text, 'preambular', ctx)).toContain('HELD_IN Event:World Humanitarian Summit @ 2016 -> Place:Istanbul');
  });

  it('A/RES/79/149 PP: "launched during the first World Humanitarian Summit" (no dates printed) is the same summit', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/149', date: '2024-12-17' };
    const text = 'Recalling the Charter on Inclusion of Persons with Disabilities in Humanitarian Action, launched during the first World Humanitarian Summit,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:World Humanitarian Summit @ 2016']);
  });

  it('guard: the first edition of a series stays its own edition ("the first Global Refugee Forum", "the first SDG Summit in 2019")', () => {
    expect(keys('Welcomes the first Global Refugee Forum, held in Geneva in December 2019;', 'Event:')).toEqual(['Event:First Global Refugee Forum']);
    expect(keys('Recalls the first SDG Summit in 2019;', 'Event:')[0]).toMatch(/^Event:First Sustainable Development Goals Summit/);
  });

  it('guard: "the Second World Summit for Social Development" is still the second', () => {
    expect(keys('We have gathered in Doha at the Second World Summit for Social Development.', 'Event:')).toEqual(['Event:Second World Summit for Social Development']);
  });
});

describe('"the <year> Convention" after a convention printed with "of <year>"', () => {
  const PP5 =
    'Underscoring that the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, the Convention on Psychotropic Substances of 1971, the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988 and other relevant international instruments constitute the cornerstone of the international drug control system,';
  const PP17 =
    'Taking note of the report on precursors of the International Narcotics Control Board for 2022, in which the Board expressed its readiness to fully support Governments in their efforts to implement articles 12 and 13 of the 1988 Convention, with regard to precursors under international control,';
  const TRAFFIC = 'Framework:United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances';

  it('A/RES/78/131 PP17 after PP5: "articles 12 and 13 of the 1988 Convention"', () => {
    const ctx = { ...DRUGS };
    extract(PP5, 'preambular', ctx);
    expect(keys(PP17, 'Framework:', 'preambular', ctx)).toEqual([TRAFFIC]);
    expect(relations(PP17, 'preambular', ctx)).toContain(`NOTES ${TRAFFIC}`);
  });

  it('A/RES/79/191 OP32 (78/284 PP16): "in conformity with the 1988 Convention" after the convention named with its year', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/191', date: '2024-12-17' };
    extract(PP5, 'preambular', ctx);
    const text = 'Urges Member States to strengthen their capacities to effectively address and counter the world drug problem, in conformity with the 1988 Convention;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([TRAFFIC]);
  });

  it('guard: the conventions keep their names without the year, and "the 1961 Convention" is the one of 1961', () => {
    const ctx = { ...DRUGS };
    expect(keys(PP5, 'Framework:', 'preambular', ctx)).toEqual([
      'Framework:Single Convention on Narcotic Drugs',
      'Framework:Protocol amending the Single Convention on Narcotic Drugs, 1961',
      'Framework:Convention on Psychotropic Substances',
      TRAFFIC,
    ]);
    expect(keys('Calls upon States to implement the 1961 Convention;', 'Framework:', 'operative', ctx)).toEqual(['Framework:Single Convention on Narcotic Drugs']);
  });

  it('guard: with no convention of that year named before, "the 1988 Convention" stays as printed', () => {
    const ctx = { ...DRUGS };
    expect(keys('Calls upon States to implement the 1988 Convention;', 'Framework:', 'operative', ctx)).toEqual(['Framework:1988 Convention']);
  });
});

describe('a declaration\'s next sentence opened by a connector without its comma', () => {
  const OP43 =
    'We reiterate our commitment to the full implementation of the social development agenda, as established under the Copenhagen Declaration and Programme of Action. In this regard we decide to: (a) Proceed to a five-year follow-up process on the Doha Political Declaration, starting in 2031, and convene a high-level plenary meeting under the auspices of the General Assembly; (b) Request the Secretary-General, in consultation with Member States, to prepare a report.';
  const CDPA = 'Framework:Copenhagen Declaration on Social Development and Programme of Action of the World Summit for Social Development';

  it('A/RES/80/5 annex OP43: ". In this regard we decide to: (a) Proceed ..." is a decision', () => {
    const rels = relations(OP43);
    expect(rels).toContain(`REITERATES ${CDPA}`);
    expect(rels).toContain('DECIDES Framework:Doha Political Declaration');
    // ("convene a high-level plenary meeting under the auspices of the General Assembly": no edge: the Assembly convening under its own auspices is the agent of its own act (ruling, session 54))
    expect(rels).not.toContain('DECIDES Organization:General Assembly');
    expect(rels).not.toContain('REITERATES Framework:Doha Political Declaration');
    expect(rels).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('guard: a sentence opened by a connector and another subject stays in the clause before', () => {
    const text =
      'We reiterate our commitment to the Copenhagen Declaration and Programme of Action. In this regard the Commission for Social Development has the primary responsibility for the follow-up.';
    expect(relations(text)).toContain('REITERATES Organization:Commission for Social Development');
  });
});

describe('a footnote citing a resolution and "see also" another: the first adopted the framework', () => {
  const TEXT =
    'We commit to support and implement the relevant development agendas, including the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–203412 and the Antigua and Barbuda Agenda for Small Island Developing States, 13 and reaffirm our support.';
  const AWAZA = 'Framework:Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034';
  function para(note12: string) {
    const o12 = TEXT.indexOf('12 and');
    const o13 = TEXT.indexOf('13 and');
    return extractParagraph(
      {
        id: 'OP20',
        kind: 'operative',
        text: TEXT,
        footnoteRefs: [
          { mark: '12', offset: o12, footnote: { mark: '12', text: note12 } },
          { mark: '13', offset: o13, footnote: { mark: '13', text: 'Resolution 78/317, annex.' } },
        ],
        subparagraphs: [],
      },
      { ...DOHA },
    ).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
  }

  it('A/RES/80/5 annex OP20 (80/118 PP19, 15 texts): "2024–203412" with "12 Resolution 79/233, annex; see also resolution 79/279."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const adopted = para('Resolution 79/233, annex; see also resolution 79/279.');
    expect(adopted).not.toContain(`ADOPTED Resolution:A/RES/79/233 -> ${AWAZA}`);
    expect(adopted.filter((a) => a.includes('79/279'))).toEqual([]);
  });

  it('guard: a footnote citing two resolutions otherwise says no adopter', () => {
    const adopted = para('Resolutions 79/233 and 79/279.');
    expect(adopted.filter((a) => a.startsWith('ADOPTED') && a.endsWith(AWAZA))).toEqual([]);
  });
});

describe('"the <year> Convention" after the year printed with a footnote mark against it', () => {
  it('A/RES/78/284 PP16 after PP2 "... Psychotropic Substances of 19883 and other relevant international instruments"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/284', date: '2024-04-02' };
    extract(
      'Underscoring that the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 19883 and other relevant international instruments constitute the cornerstone of the international drug control system,',
      'preambular',
      ctx,
    );
    const PP16 =
      'Recognizing that transit States continue to face multifaceted challenges, and reaffirming the continuing need for cooperation, in conformity with the 1988 Convention,';
    expect(keys(PP16, 'Framework:', 'preambular', ctx)).toEqual(['Framework:United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances']);
  });

  it('guard: a number of more digits after "of" is no year ("... Substances of 1988123")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/284', date: '2024-04-02' };
    extract('Recalling the Convention on Psychotropic Substances of 1988123,', 'preambular', ctx);
    expect(keys('Calls upon States to implement the 1988 Convention;', 'Framework:', 'operative', ctx)).toEqual(['Framework:1988 Convention']);
  });
});

describe('"the Doha Political Declaration": the conference\'s or the summit\'s, by the sitting named', () => {
  const SUMMIT = 'Framework:Doha Political Declaration of the Second World Summit for Social Development';

  it('A/RES/80/153 PP (80/141, 80/152, 80/154): "... Second World Summit for Social Development”, in Qatar ..., at which the Doha Political Declaration was adopted"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/154', date: '2025-12-15' };
    const text =
      'Welcoming also the convening of the “World Social Summit” under the title “the Second World Summit for Social Development” in Doha from 4 to 6 November 2025, at which the Doha Political Declaration was adopted,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([SUMMIT]);
  });

  it('A/RES/80/5 OP1 and annex OP44: the declaration the resolution adopts, then printed bare in a later paragraph', () => {
    const ctx = { ...DOHA };
    const OP1 =
      'Adopts the Doha Political Declaration of the “World Social Summit” under the title “the Second World Summit for Social Development”, as contained in the annex to the present resolution.';
    expect(keys(OP1, 'Framework:', 'operative', ctx)).toEqual([SUMMIT]);
    expect(attributions(OP1, 'operative', ctx)).toContain(`ADOPTED Resolution:A/RES/80/5 -> ${SUMMIT}`);
    const OP44 = 'We commit with united efforts, political will and firm actions to implement the Doha Political Declaration and achieve social development for all.';
    expect(keys(OP44, 'Framework:', 'operative', ctx)).toEqual([SUMMIT]);
  });

  it('A/RES/80/182 PP8: the name printed in full stays the same node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/182', date: '2025-12-15' };
    expect(keys('Looking forward to the adoption of the Doha Political Declaration of the Second World Summit for Social Development,', 'Framework:', 'preambular', ctx)).toEqual([SUMMIT]);
  });

  it('guard: the Fifth Conference on the Least Developed Countries\' declaration keeps its name (A/RES/78/233 PP1, 78/262 PP)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/233', date: '2023-12-22' };
    expect(
      keys(
        'Recalling the Doha Programme of Action for the Least Developed Countries, and the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on the Least Developed Countries, held in Doha from 5 to 9 March 2023,',
        'Framework:Doha Political',
        'preambular',
        ctx,
      ),
    ).toEqual(['Framework:Doha Political Declaration']);
    expect(keys('Welcoming the Doha Political Declaration, and reaffirming the Doha Programme of Action for the Least Developed Countries,', 'Framework:Doha Political', 'preambular', ctx)).toEqual([
      'Framework:Doha Political Declaration',
    ]);
  });
});
