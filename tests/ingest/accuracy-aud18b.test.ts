// Misses found by the session-18 audit aud18b: A/RES/79/51 and A/RES/79/18 (outer space), A/RES/79/129 (measures to
// eliminate international terrorism), A/RES/79/286 (appraisal of the Global Plan of Action to Combat Trafficking in Persons),
// and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/129', date: '2024-12-04' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('an amendment to a treaty is a framework', () => {
  it('A/RES/79/129 OP14: "the Amendment to the Convention on the Physical Protection of Nuclear Material"', () => {
    const text =
      'Recalls the adoption of the International Convention for the Suppression of Acts of Nuclear Terrorism,11 the Amendment to the Convention on the Physical Protection of Nuclear Material,12 the Protocol of 2005 to the Convention for the Suppression of Unlawful Acts against the Safety of Maritime Navigation13 and the Protocol of 2005 to the Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf,14 and urges all States to consider, as a matter of priority, becoming parties to these instruments;';
    expect(relations(text)).toContain('RECALLS Framework:Amendment to the Convention on the Physical Protection of Nuclear Material');
  });

  it('A/RES/79/206 OP36: "the Doha Amendment to the Kyoto Protocol"', () => {
    const text =
      'Recalls that 147 countries and one regional economic integration organization have accepted or ratified the Doha Amendment to the Kyoto Protocol, 40 welcomes the entry into force of the Amendment on 31 December 2020, which was the end date of the second commitment period of the Kyoto Protocol, and strongly urges countries that have accepted or ratified the Amendment to implement their pre-2020 commitments to the fullest extent as soon as possible;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/206' })).toContain('RECALLS Framework:Doha Amendment to the Kyoto Protocol');
  });

  it('A/RES/79/206 PP5: "the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", in full', () => {
    const text =
      'Recalling also the entry into force on 1 January 2019 of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer, 3 welcoming its ratification by 162 countries and one regional economic integration organization, while encouraging further ratifications as soon as possible,';
    // "welcoming its ratification": the Amendment, the one framework of the clause before, takes the second verb (session 57's
    // pronoun ruling, accuracy-aud57m)
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/79/206' })).toEqual([
      'RECALLS Framework:Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer',
      'WELCOMES Framework:Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer',
    ]);
  });

  it('guard: an amendment printed lowercase names no framework', () => {
    const text = 'Urges States to consider ratifying the amendment to the Convention adopted at the conference;';
    expect(keys(text, 'Framework:Amendment')).toEqual([]);
  });
});

describe('the United Nations voluntary trust funds printed lowercase', () => {
  it('A/RES/79/286 OP13: "the United Nations voluntary trust fund for victims of trafficking in persons, especially women and children"', () => {
    const text =
      'Encourages Member States and other stakeholders to continue to contribute to the United Nations voluntary trust fund for victims of trafficking in persons, especially women and children, which was established by the Global Plan of Action to Combat Trafficking in Persons.';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/286' })).toContain(
      'ENCOURAGES Organization:United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children',
    );
  });

  it('A/RES/80/229 OP32: both funds in one list', () => {
    const text =
      'Invites States and other interested parties to make further voluntary contributions to the United Nations voluntary trust fund for victims of trafficking in persons, especially women and children, and to the United Nations voluntary trust fund on contemporary forms of slavery;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/80/229' })).toEqual([
      'INVITES Organization:United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children',
      'INVITES Organization:United Nations Voluntary Trust Fund on Contemporary Forms of Slavery',
    ]);
  });

  it('guard: another trust fund printed lowercase is not taken for them', () => {
    const text = 'Urges States to contribute to the trust fund for the participation of the least developed countries;';
    expect(keys(text, 'Organization:United Nations Voluntary')).toEqual([]);
  });
});

describe('"by which it adopted A 1 and B": a footnote mark after A does not end the list adopted', () => {
  const ctx = { ...GA, symbol: 'A/RES/79/286', date: '2025-04-29' };
  it('A/RES/79/286 PP3: the Convention against Transnational Organized Crime and the trafficking Protocol', () => {
    const text =
      'Recalling further its resolution 55/25 of 15 November 2000, by which it adopted the United Nations Convention against Transnational Organized Crime 1  and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime,2';
    expect(attributions(text, 'preambular', { ...ctx })).toEqual([
      'ADOPTED Resolution:A/RES/55/25 -> Framework:United Nations Convention against Transnational Organized Crime',
      'ADOPTED Resolution:A/RES/55/25 -> Framework:Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
      // the Protocol ", supplementing the" Convention is one of its instruments (shr46a)
      'PART_OF Framework:Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children -> Framework:United Nations Convention against Transnational Organized Crime',
    ]);
  });

  it('guard: a framework after the mark and other words is not adopted', () => {
    const text =
      'Recalling further its resolution 55/25 of 15 November 2000, by which it adopted the United Nations Convention against Transnational Organized Crime 1  and recalling the Paris Agreement,';
    expect(attributions(text, 'preambular', { ...ctx }).filter((a) => a.includes('Paris'))).toEqual([]);
  });
});

describe('a generic name that starts the name of a body named before is that body', () => {
  const ctx = { ...GA, symbol: 'A/RES/79/18', date: '2024-12-02' };
  it('A/RES/79/18 PP16: "the report of the Group of Governmental Experts" after the Group on Further Practical Measures', () => {
    const text =
      'Welcoming the discussions of the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space established pursuant to resolution 77/250 and of the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours established pursuant to resolution 76/231 of 24 December 2021, and taking note of the adoption of the report of the Group of Governmental Experts6 on 16 August 2024,';
    // (keyed with the resolution that established it since aud32g: 72/250 set up a group of the same title)
    expect(relations(text, 'preambular', { ...ctx })).toContain(
      'NOTES Organization:Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space (A/RES/77/250)',
    );
    expect(keys(text, 'Organization:Group of Governmental Experts (', 'preambular', { ...ctx })).toEqual([]);
  });

  it('A/RES/78/69 OP318: "the nineteenth meeting" of "the Ad Hoc Working Group" is organized by the Working Group of the Whole', () => {
    const text =
      'Recalls that the Regular Process shall be overseen and guided by the Ad Hoc Working Group of the Whole, and that the Ad Hoc Working Group shall facilitate the delivery of the outputs of the third cycle of the Regular Process as outlined in the programme of work for the third cycle, and endorses the recommendations adopted by the Ad Hoc Working Group at its nineteenth meeting on the progress in the implementation of the programme of work for the third cycle;';
    const c = { ...GA, symbol: 'A/RES/78/69', date: '2023-12-05' };
    expect(keys(text, 'Organization:Ad Hoc', 'operative', { ...c }).every((k) => k === 'Organization:Ad Hoc Working Group of the Whole')).toBe(true);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    const sessionOf = attributions(text, 'operative', { ...c }).filter((a) => a.startsWith('SESSION_OF'));
    expect(sessionOf.length).toBeGreaterThan(0);
    for (const a of sessionOf) expect(a).toMatch(/ -> Organization:Ad Hoc Working Group of the Whole$/);
  });

  it('guard: the generic name alone stays keyed with the resolution', () => {
    const text = 'Taking note of the adoption of the report of the Group of Governmental Experts on 16 August 2024,';
    expect(keys(text, 'Organization:Group', 'preambular', { ...ctx })).toEqual(['Organization:Group of Governmental Experts (A/RES/79/18)']);
  });
});
