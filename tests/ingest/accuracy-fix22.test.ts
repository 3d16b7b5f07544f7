// Recurring misses left by the session-21 auditors, fixed by fix22 as rules about the drafting style: sittings of a
// treaty's Conference of the Parties (long and short names), sittings named after an organization in lower case, "the
// Agreement" after a later-named agreement, and event dates printed before and after the event. Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { extractParagraph } from '../../ingest/extract.js';
import { gaResolution, graphOf } from '../helpers/graph-of.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/264', date: '2024-12-20' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

/** Paragraphs of one resolution extracted in order with one shared context, as the pipeline does. */
function extractResolution(ctx: RecognizeContext, paragraphs: { id: string; kind: 'preambular' | 'operative'; text: string }[]) {
  const shared = { ...ctx };
  return paragraphs.map(({ id, kind, text }) => {
    const px = extractParagraph({ id, kind, text, footnoteRefs: [], subparagraphs: [] }, shared);
    return { id, keys: px.mentions.map((m) => m.key), relations: px.relations.map((r) => `${r.type} ${r.target}`) };
  });
}

const UNFCCC = 'Conference of the Parties to the United Nations Framework Convention on Climate Change';
const UNCCD =
  'Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';

describe('one node per numbered sitting of a treaty’s Conference of the Parties', () => {
  it('A/RES/78/152 OP33: "the twenty-seventh Conference of the Parties to the UNFCCC" (no sitting noun) is its twenty-seventh session', () => {
    const text =
      'Calls upon all relevant entities of the United Nations system to ensure a coordinated and integrated approach in the implementation of the early warning action plan presented at the twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change;';
    expect(keys(text, 'Event:')).toContain(`Event:twenty-seventh session of the ${UNFCCC}`);
  });

  it('A/RES/79/208 OP23: "the fifteenth session of the Conference of the Parties" to the CBD is its fifteenth meeting', () => {
    const text =
      'Recalls the Kunming-Montreal Global Biodiversity Framework adopted at the fifteenth session of the Conference of the Parties to the Convention on Biological Diversity;';
    expect(keys(text, 'Event:')).toContain('Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity');
  });

  it('A/RES/79/233 annex OP262: "the Convention on Biodiversity" names the CBD in a sitting’s name too', () => {
    const text = 'Welcomes the fifteenth meeting of the Conference of the Parties to the Convention on Biodiversity;';
    expect(keys(text, 'Event:')).toEqual(['Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity']);
  });

  it('A/RES/79/331 OP53: the Desertification Convention cut short of its title ("... Serious Drought and/or") is the full title', () => {
    const text =
      'Welcomes the sixteenth session of the Conference of the Parties to the Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, held in Riyadh, Saudi Arabia, from 2 to 13 December 2024;';
    expect(keys(text, 'Event:')).toEqual([`Event:sixteenth session of the ${UNCCD}`]);
    const short = 'Welcomes the sixteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification;';
    expect(keys(short, 'Event:')).toEqual([`Event:sixteenth session of the ${UNCCD}`]);
  });

  it('A/RES/79/143 PP14: "the fourteenth meeting of the Conference of the Parties to the Convention on Migratory Species" is the CMS’s', () => {
    const text = 'Welcomes the fourteenth meeting of the Conference of the Parties to the Convention on Migratory Species;';
    expect(keys(text, 'Event:')).toEqual(['Event:fourteenth meeting of the Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals']);
  });

  it('guard: a sitting of the Conference serving as the meeting of the Parties to the Paris Agreement keeps its own key', () => {
    // (A/RES/78/153 PP, the CMA's fifth session listed after the COP's twenty-eighth)
    const text =
      'Welcomes the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, from 30 November to 12 December 2023;';
    expect(keys(text, 'Event:')).toEqual([`Event:twenty-eighth session of the ${UNFCCC}`, 'Event:fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement']);
  });

  it('guard: a treaty not numbered by its COP keeps the printed sitting ("the eighth session of the Conference of the States Parties to the United Nations Convention against Corruption")', () => {
    const text = 'Welcomes the eighth session of the Conference of the States Parties to the United Nations Convention against Corruption;';
    expect(keys(text, 'Event:')).toEqual(['Event:eighth session of the Conference of the States Parties to the United Nations Convention against Corruption']);
  });
});

describe('a Conference of the Parties’ sitting by its short name ("COP 28", "COP28", "CBD COP15")', () => {
  const L =
    'We stress the urgency of enhancing ambition for climate action in the implementation of the UNFCCC and the Paris Agreement in relation to climate mitigation, adaptation and the provision of the means of implementation, especially finance to developing countries. We urge the implementation of the decisions adopted at COP 27 held in Sharm El-Sheikh. We will take concrete steps toward the operationalization of the new funding arrangements for responding to loss and damage by COP 28. We commit to continuing our work to accelerate our action to address climate change. In this regard, we also look forward to the first global stock take of the Paris Agreement to take place at COP 28.';

  it('A/RES/78/1 annex (l): "at COP 27 held in Sharm El-Sheikh", "by COP 28" are the UNFCCC’s sessions, the venue the first’s', () => {
    const ev = keys(L, 'Event:', 'preambular');
    expect(ev).toContain(`Event:twenty-seventh session of the ${UNFCCC}`);
    expect(ev).toContain(`Event:twenty-eighth session of the ${UNFCCC}`);
  });

  it('A/RES/78/1 annex (m): "the CBD COP15" is the fifteenth meeting of the CBD’s Conference of the Parties', () => {
    const text =
      'We welcome the CBD COP15 and its outcomes, including the Kunming-Montreal Global Biodiversity Framework and call for the timely implementation of these outcomes.';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity']);
  });

  it('A/RES/79/264 PP: "(COP28)" after the name in full is no second mention', () => {
    const text =
      'Welcoming the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP28), held in Dubai, United Arab Emirates, in December 2023,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([`Event:twenty-eighth session of the ${UNFCCC}`]);
  });

  it('guard: a document symbol with COP in it is no sitting ("document CBD/COP/15/17, decision 15/4")', () => {
    const text = 'Recalls the Kunming-Montreal Global Biodiversity Framework, adopted in document CBD/COP/15/17, decision 15/4, annex;';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('a numbered sitting named in lower case after the organization that holds it', () => {
  it('A/RES/78/263 OP21 (79/264): "welcomes the sixteenth extraordinary African Union summit on terrorism, held on 28 May 2022"', () => {
    const text =
      'Welcomes the sixteenth extraordinary African Union summit on terrorism, held on 28 May 2022 in Equatorial Guinea, and takes note of its conclusions;';
    const ev = 'Event:sixteenth extraordinary summit of the African Union';
    expect(keys(text, 'Event:')).toEqual([ev]);
    expect(relations(text)).toContain(`WELCOMES ${ev}`);
    expect(relations(text)).not.toContain('WELCOMES Organization:African Union');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF ${ev} -> Organization:African Union`);
  });

  it('A/RES/79/329 PP8: "the eighth United Nations-African Union annual conference" is one sitting of both', () => {
    const text =
      'Welcoming in this regard the convening of the eighth United Nations-African Union annual conference at the level of the Secretary-General and the Chairperson of the African Union Commission, held in Addis Ababa on 21 October 2024,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:eighth United Nations-African Union annual conference']);
    expect(relations(text, 'preambular')).toContain('WELCOMES Event:eighth United Nations-African Union annual conference');
  });

  it('A/RES/79/329 PP22: "the first African Union policy conference on promoting the peace-security-development nexus"', () => {
    const text =
      'Welcoming further the first African Union policy conference on promoting the peace-security-development nexus in Africa (Tangier Process), held in October 2022 in Tangier, Morocco,';
    expect(keys(text, 'Event:', 'preambular')).toContain('Event:first policy conference of the African Union');
  });

  it('guard: no ordinal before the organization ("the African Union summit") is no numbered sitting', () => {
    const text = 'Welcomes the decisions of the African Union summit on terrorism;';
    expect(keys(text, 'Event:').filter((k) => k.includes('of the African Union'))).toEqual([]);
  });

  it('guard: an ordinal before an organization that numbers something else ("the first African Union Commission report") is no sitting', () => {
    const text = 'Takes note of the first African Union Commission report on terrorism;';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('"the Agreement" is the agreement printed nearest before it', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };
  const PP7 =
    'Reaffirming the Paris Agreement and encouraging all its parties to fully implement the Agreement, and parties to the United Nations Framework Convention on Climate Change that have not yet done so to deposit their instruments of ratification,';
  const OP18 =
    'Recalls the special needs of Africa, and welcomes the ongoing efforts to fully operationalize the African Continental Free Trade Area and the commencement of actual trading under the Agreement with a view to achieving the Sustainable Development Goals;';

  it('A/RES/80/156 OP18 (after PP7 named the Paris Agreement): "the African Continental Free Trade Area and ... trading under the Agreement"', () => {
    const r = extractResolution(GA80, [
      { id: 'PP7', kind: 'preambular', text: PP7 },
      { id: 'OP18', kind: 'operative', text: OP18 },
    ]);
    const op18 = r.find((p) => p.id === 'OP18')!;
    expect(op18.keys).toContain('Framework:Agreement Establishing the African Continental Free Trade Area');
    expect(op18.keys).not.toContain('Framework:Paris Agreement');
  });

  it('guard: A/RES/80/156 PP7 "Reaffirming the Paris Agreement and encouraging all its parties to fully implement the Agreement"', () => {
    const r = extractResolution(GA80, [{ id: 'PP7', kind: 'preambular', text: PP7 }]);
    expect(r[0]!.relations).toContain('REAFFIRMS Framework:Paris Agreement');
  });

  it('A/RES/80/127 PP45: after "the Investment Facilitation for Development Agreement" (a name not known) it is not the Paris Agreement', () => {
    const PP45 =
      'Noting also the finalization of the Investment Facilitation for Development Agreement on the occasion of the World Trade Organization Thirteenth Ministerial Conference, and recognizing that a core objective of this Agreement is to facilitate the flow of foreign direct investment, as well as the technical assistance necessary for the implementation of the Agreement,';
    const r = extractResolution(GA80, [
      { id: 'PP7', kind: 'preambular', text: PP7 },
      { id: 'PP45', kind: 'preambular', text: PP45 },
    ]);
    expect(r.find((p) => p.id === 'PP45')!.keys).not.toContain('Framework:Paris Agreement');
  });
});

describe('an event’s dates as a text adopted after it reports them win over those printed before it', () => {
  const WTO = 'Event:Thirteenth Ministerial Conference of the World Trade Organization';
  const planned = gaResolution('A/RES/78/134', '2023-12-19', [
    {
      id: 'OP19',
      kind: 'operative',
      text: 'Looks forward to the Thirteenth Ministerial Conference of the World Trade Organization, to be held in Abu Dhabi from 26 to 29 February 2024;',
      footnoteRefs: [],
      subparagraphs: [],
    },
  ]);
  const held = gaResolution('A/RES/79/195', '2024-12-17', [
    {
      id: 'OP22',
      kind: 'operative',
      text: 'Takes note of the Thirteenth Ministerial Conference of the World Trade Organization, held in Abu Dhabi from 26 February to 2 March 2024;',
      footnoteRefs: [],
      subparagraphs: [],
    },
  ]);

  it('A/RES/78/134 OP19 ("to be held ... from 26 to 29 February 2024") then A/RES/79/195 OP22 ("held ... from 26 February to 2 March 2024")', () => {
    const g = graphOf(planned, held);
    expect(g.getNodeAttribute(WTO, 'startDate')).toBe('2024-02-26');
    expect(g.getNodeAttribute(WTO, 'endDate')).toBe('2024-03-02');
  });

  it('the same read the other way round', () => {
    const g = graphOf(held, planned);
    expect(g.getNodeAttribute(WTO, 'endDate')).toBe('2024-03-02');
  });

  it('guard: two texts adopted before the event keep the first date printed', () => {
    const later = gaResolution('A/RES/78/138', '2023-12-20', [
      { id: 'OP14', kind: 'operative', text: 'Looks forward to the Thirteenth Ministerial Conference of the World Trade Organization, to be held in Abu Dhabi from 26 February to 1 March 2024;', footnoteRefs: [], subparagraphs: [] },
    ]);
    const g = graphOf(planned, later);
    expect(g.getNodeAttribute(WTO, 'endDate')).toBe('2024-02-29');
  });
});
