// Recurring misses left open by the session-23 audits, fixed by fix23b. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-18' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"in the history of the United Nations" is no mention of the Organization as an actor', () => {
  const PP4 =
    'Recognizing that the coronavirus disease (COVID‑19) pandemic was one of the greatest global challenges in the history of the United Nations, and recognizing also that the disruption and devastation caused by the COVID‑19 pandemic has brought urgency to strengthening international cooperation,';

  it('A/RES/80/228 PP4: no RECOGNIZES edge to the United Nations, the paragraph still mentions it', () => {
    expect(relations(PP4)).not.toContain('RECOGNIZES Organization:United Nations');
    expect(keys(PP4, 'Organization:United Nations')).toEqual(['Organization:United Nations']);
  });

  it('A/RES/79/232: "at this critical juncture in the history of the United Nations"', () => {
    const text = 'Expresses its appreciation for the support that Member States may be able to provide at this critical juncture in the history of the United Nations;';
    expect(relations(text, 'operative')).not.toContain('EXPRESSES Organization:United Nations');
  });

  it('guard: the United Nations named as an actor keeps its edge ("Recognizing the role of the United Nations")', () => {
    expect(relations('Recognizing the central role of the United Nations in the fight against trafficking in persons,')).toContain(
      'RECOGNIZES Organization:United Nations',
    );
  });
});

describe('"the United Nations-led Doha process": an Initiative the United Nations LEADS', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07' };

  it('A/RES/79/317 OP55: "complementary efforts to the United Nations-led Doha process"', () => {
    const text = 'Welcomes regional diplomatic initiatives conducive to an Afghanistan at peace with itself and its neighbours as complementary efforts to the United Nations-led Doha process;';
    expect(relations(text, 'operative', { ...ctx })).toContain('WELCOMES Initiative:Doha process');
    expect(attributions(text, 'operative', { ...ctx })).toContain('LEADS Organization:United Nations -> Initiative:Doha process');
  });

  it('A/RES/79/317 PP6: "the meetings convened under the United Nations-led Doha process, initiated in May 2023 in Doha"', () => {
    const text =
      'Taking note with satisfaction of the independent assessment on Afghanistan and the meetings convened under the United Nations-led Doha process, initiated in May 2023 in Doha, and encouraging Member States to consider increasing international engagement,';
    expect(keys(text, 'Initiative:', 'preambular', { ...ctx })).toEqual(['Initiative:Doha process']);
    expect(attributions(text, 'preambular', { ...ctx })).toContain('LEADS Organization:United Nations -> Initiative:Doha process');
  });

  it('guard: "a United Nations-led intergovernmental process" names no initiative (A/RES/79/1 and others)', () => {
    const text = 'Recognizes the need for a United Nations-led intergovernmental process on this matter;';
    expect(keys(text, 'Initiative:', 'operative', { ...ctx })).toEqual([]);
    expect(attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: an initiative named with its owner before, no "-led", is still the owner\'s (ownerNamedWithAttributions)', () => {
    const text = 'Welcomes the International Telecommunication Union Partner2Connect Digital Coalition;';
    expect(attributions(text, 'operative', { ...ctx })).toContain('LEADS Organization:International Telecommunication Union -> Initiative:Partner2Connect Digital Coalition');
  });
});

describe('a footnote mark printed inside or glued to a name does not cut it', () => {
  it('A/RES/79/152 PP4: "the Beijing Declaration 10 and Platform for Action, 11" is one Framework', () => {
    const text =
      'Reaffirming further the Declaration on the Elimination of Violence against Women, 9 the Beijing Declaration 10 and Platform for Action, 11 the Programme of Action of the International Conference on Population and Development 12 and the outcomes of their review conferences,';
    const got = keys(text, 'Framework:');
    expect(got).toContain('Framework:Beijing Declaration and Platform for Action');
    expect(got).not.toContain('Framework:Beijing Declaration');
    expect(got).not.toContain('Framework:Platform for Action');
  });

  it('A/RES/79/153 PP4: "the Beijing Declaration13 and Platform for Action" (the mark glued)', () => {
    const text = 'Reaffirming the Vienna Declaration and Programme of Action,12 the Beijing Declaration13 and Platform for Action,14 and the outcome documents,';
    const got = keys(text, 'Framework:');
    expect(got).toContain('Framework:Beijing Declaration and Platform for Action');
    expect(got).not.toContain('Framework:Beijing Declaration');
  });

  it('A/RES/78/163 PP8: "the Paris Agreement4and its early entry into force" is the Agreement, not the place Paris', () => {
    const text = 'Reaffirming further the Paris Agreement4and its early entry into force, encouraging all its parties to fully implement the Agreement,';
    expect(keys(text, 'Framework:Paris')).toContain('Framework:Paris Agreement');
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('guard: names listed with marks between them stay two (A/RES/78/120 "the Sendai Declaration1 and the Sendai Framework ...")', () => {
    const text = 'Recalling the Sendai Declaration1 and the Sendai Framework for Disaster Risk Reduction 2015–2030,2';
    const got = keys(text, 'Framework:');
    expect(got).toContain('Framework:Sendai Declaration');
    expect(got).toContain('Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
  });

  it('guard: a number before a lowercase word that is not a mark word keeps the name as it was ("the Paris Agreement4bis")', () => {
    expect(keys('Recalling the Paris Agreement4bis,', 'Framework:Paris Agreement')).toEqual([]);
  });
});

describe('the ministerial declaration of the high-level political forum: one Framework a year', () => {
  const NAME = 'Framework:Ministerial declaration of the high-level political forum on sustainable development';

  it('A/RES/80/142 PP7: "... sustainable development5 held in 2022"', () => {
    const text =
      'Recalling the ministerial declaration of the high-level political forum on sustainable development5 held in 2022, which took note of the Secretary-General’s proposed global road map for accelerated Sustainable Development Goal 7 action,';
    expect(relations(text)).toContain(`RECALLS ${NAME} (2022)`);
  });

  it('A/RES/78/128: "the ministerial declaration of the 2022 high-level political forum on sustainable development"', () => {
    const text = 'Recalling that the ministerial declaration of the 2022 high-level political forum on sustainable development welcomed the outcome of the Conference,';
    expect(keys(text, NAME)).toEqual([`${NAME} (2022)`]);
  });

  it('A/RES/79/146: "adopted at the high-level segment of the 2024 session of the Economic and Social Council and the 2024 high-level political forum"', () => {
    const text =
      'Recalling the ministerial declaration adopted at the high-level segment of the 2024 session of the Economic and Social Council and the 2024 high-level political forum on sustainable development convened under the auspices of the Council,';
    expect(keys(text, NAME)).toEqual([`${NAME} (2024)`]);
    // the Council's session keeps its own mention
    expect(keys(text, 'Event:')).toContain('Event:2024 session of the Economic and Social Council');
  });

  it('A/RES/80/151 OP3: "adopted by the high-level political forum ... held in New York from 14 to 24 July 2025"', () => {
    const text =
      'Welcomes the ministerial declaration adopted by the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held in New York from 14 to 24 July 2025, and urges timely action to ensure its full implementation;';
    expect(relations(text, 'operative')).toContain(`WELCOMES ${NAME} (2025)`);
  });

  it('guard: with no year printed, no declaration is read (two years\' declarations are two things)', () => {
    const text = 'Recalling the ministerial declaration of the high-level political forum on sustainable development,';
    expect(keys(text, 'Framework:Ministerial')).toEqual([]);
  });
});

describe('"the Political Declaration" printed bare', () => {
  it('A/RES/78/177 OP1: with the Madrid International Plan of Action on Ageing, the Second World Assembly on Ageing\'s', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/177', date: '2023-12-19' };
    const text = 'Reaffirms the Political Declaration and the Madrid International Plan of Action on Ageing, 2002;';
    expect(keys(text, 'Framework:Political', 'operative', ctx)).toEqual(['Framework:Political Declaration of the Second World Assembly on Ageing']);
  });

  it('A/RES/80/9 annex OP20: the political declaration named in full before in the resolution', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/9', date: '2025-11-24' };
    const FULL = 'Framework:2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons';
    extract('Adopts the 2025 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, annexed to the present resolution.', 'operative', ctx);
    const text = 'We welcome the continued efforts of the special rapporteurs in implementing the Global Plan of Action and the present Political Declaration.';
    expect(keys(text, 'Framework:', 'operative', ctx)).toContain(FULL);
    expect(keys(text, 'Framework:Political Declaration', 'operative', ctx)).toEqual([]);
  });

  it('guard: with no declaration named before nor the Madrid Plan after, it stays as printed', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-19' };
    expect(keys('Recalls the Political Declaration;', 'Framework:Political', 'operative', ctx)).toEqual(['Framework:Political Declaration']);
  });

  it('guard: a lowercase meeting declaration named before does not take it ("the political declaration of the high-level meeting on ...")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/998', date: '2023-12-19' };
    extract('Recalling the political declaration of the high-level meeting on universal health coverage, held in New York on 21 September 2023,', 'preambular', ctx);
    expect(keys('Recalls the Political Declaration;', 'Framework:Political', 'operative', ctx)).toEqual(['Framework:Political Declaration']);
  });
});

describe('a footnote mark inside a name still says which resolution adopted it', () => {
  it('A/RES/78/168 PP5: "the Doha Programme of Action for the Least Developed Countries 12 for the decade 2022–2031" with "12 Resolution 76/258, annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' };
    const text = 'Recalling the Doha Programme of Action for the Least Developed Countries 12 for the decade 2022–2031,';
    const at = text.indexOf('12');
    const got = extractParagraph(
      { id: 'PP5', kind: 'preambular', text, footnoteRefs: [{ mark: '12', offset: at, footnote: { mark: '12', text: 'Resolution 76/258, annex.' } }], subparagraphs: [] },
      ctx,
    ).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(got).not.toContain('ADOPTED Resolution:A/RES/76/258 -> Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031');
  });
});
