// Misses found by the session-28 audit aud28b: A/RES/79/221 (Third United Nations Decade for the Eradication of Poverty) and
// A/RES/78/95 (Question of Pitcairn), and the same forms in other texts. Each case quotes the file and paragraph; each fix has
// a guard.
import { describe, expect, it } from 'vitest';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/221', date: '2024-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const BAPA40 = 'Event:Second High-level United Nations Conference on South-South Cooperation';
const BUENOS_AIRES_OUTCOME = 'Framework:Buenos Aires outcome document';
const CRISIS = 'Conference on the World Financial and Economic Crisis and Its Impact on Development';

describe('"<sitting> and its outcome document": the outcome the gazetteer knows for that sitting', () => {
  it('A/RES/79/221 OP14: "recalls the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires ..., and its outcome document,15"', () => {
    const text =
      'Welcomes the contributions of South-South cooperation to poverty eradication and sustainable development, in this regard recalls the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires from 20 to 22 March 2019, and its outcome document,15 reaffirms that South-South cooperation is an important element of international cooperation for development as a complement to, not a substitute for, North-South cooperation, recognizes that South-South and triangular cooperation contribute to the implementation of the 2030 Agenda;';
    expect(keys(text, 'Framework:Buenos', 'operative', { ...GA })).toEqual([BUENOS_AIRES_OUTCOME]);
    expect(relations(text, 'operative', { ...GA })).toContain(`RECALLS ${BUENOS_AIRES_OUTCOME}`);
    expect(relations(text, 'operative', { ...GA })).toContain(`RECALLS ${BAPA40}`);
    expect(attributions(text, 'operative', { ...GA })).toContain(`ADOPTED ${BAPA40} -> ${BUENOS_AIRES_OUTCOME}`);
  });

  it('A/RES/79/236 OP1: "Recalls the convening of the second High-level ... Conference ... in Buenos Aires from 20 to 22 March 2019 and its outcome document,5"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/236', date: '2024-12-19' };
    const text =
      'Recalls the convening of the second High-level United Nations Conference on South-South Cooperation in Buenos Aires from 20 to 22 March 2019 and its outcome document,5 and calls upon the international community to support the full implementation of the outcome document of the second High-level Conference;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain(`RECALLS ${BUENOS_AIRES_OUTCOME}`);
    expect(rel).toContain(`CALLS_UPON ${BUENOS_AIRES_OUTCOME}`);
  });

  it('A/RES/78/137 PP6: "Recalling the Conference on the World Financial and Economic Crisis and Its Impact on Development and its outcome document,3"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/137', date: '2023-12-19' };
    const text = `Recalling the ${CRISIS} and its outcome document,3`;
    const outcome = `Framework:Outcome of the ${CRISIS}`;
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([outcome]);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`RECALLS ${outcome}`);
    expect(attributions(text, 'preambular', { ...ctx })).toContain(`ADOPTED Event:${CRISIS} -> ${outcome}`);
  });

  it('A/RES/78/217 PP16: the outcome printed by its title keeps its key', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/217', date: '2023-12-19' };
    const text = `Recalling the outcome documents of major United Nations conferences and summits, including the Outcome of the ${CRISIS},22`;
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([`Framework:Outcome of the ${CRISIS}`]);
  });

  it('guard: a sitting whose outcome has no known name stays alone ("the World Conference on Indigenous Peoples and its outcome document", A/RES/78/203 PP14)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' };
    const text =
      'Recalling the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples and its outcome document, 10 as well as the convening of the twenty-second session of the Permanent Forum on Indigenous Issues,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([]);
  });

  it('guard: "its" after another mention is that one\'s ("the Conference ..., the Global South-South Development Expo and its outcome document")', () => {
    const text = 'Recalls the second High-level United Nations Conference on South-South Cooperation, the Global South-South Development Expo and its outcome document;';
    expect(keys(text, BUENOS_AIRES_OUTCOME, 'operative', { ...GA })).toEqual([]);
  });
});

const para = (id: string, text: string): ParagraphText => ({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] });

describe('an edition keyed with its host town before the series name is the edition held there', () => {
  const NFG_2021 = 'Event:Nutrition for Growth Summit @ 2021';
  const tokyo = gaResolution('A/RES/78/168', '2023-12-19', [
    para(
      'OP19',
      'Takes note of the Tokyo Nutrition for Growth Summit, convened by the Government of Japan on 7 and 8 December 2021, and the Tokyo Compact on Global Nutrition for Growth, which includes 396 new commitments;',
    ),
  ]);
  const heldIn = gaResolution('A/RES/79/171', '2024-12-17', [
    para('PP45', 'Taking note with appreciation of the United Nations Food Systems Summit and of the Nutrition for Growth Summit, held in Tokyo on 7 and 8 December 2021,'),
  ]);
  const undated = gaResolution('A/RES/79/221', '2024-12-19', [
    para('OP8', 'Takes note of the Tokyo Compact on Global Nutrition for Growth of the Tokyo Nutrition for Growth Summit;'),
  ]);

  it('A/RES/78/168 OP19, 79/221 OP8 "the Tokyo Nutrition for Growth Summit" and A/RES/79/171 PP45 "the Nutrition for Growth Summit, held in Tokyo on 7 and 8 December 2021": one event', () => {
    const g = graphOf(tokyo, heldIn, undated);
    expect(g.filterNodes((key) => key.includes('Nutrition for Growth Summit')).sort()).toEqual([NFG_2021]);
    expect(g.filterInEdges(NFG_2021, (_e, a, source) => a.type === 'NOTES' && source === 'Resolution:A/RES/79/221')).toHaveLength(1);
    expect(g.filterInEdges(NFG_2021, (_e, a, source) => a.type === 'ORGANIZES' && source === 'Place:Japan')).toHaveLength(1);
  });

  it('guard: the town-named edition alone keeps its name', () => {
    const g = graphOf(tokyo);
    expect(g.filterNodes((key) => key.includes('Nutrition for Growth Summit'))).toEqual(['Event:Tokyo Nutrition for Growth Summit @ 2021']);
  });

  it('guard: an edition held elsewhere is not the town-named one ("the Nutrition for Growth Summit, held in Paris on 27 and 28 March 2025", A/RES/80/210 PP48)', () => {
    const paris = gaResolution('A/RES/80/210', '2025-12-15', [para('PP48', 'Taking note of the Nutrition for Growth Summit, held in Paris on 27 and 28 March 2025,')]);
    const g = graphOf(tokyo, paris);
    expect(g.filterNodes((key) => key.includes('Nutrition for Growth Summit')).sort()).toEqual(['Event:Nutrition for Growth Summit @ 2025', 'Event:Tokyo Nutrition for Growth Summit @ 2021']);
  });
});

describe('the Busan Partnership, an outcome of the forums on aid effectiveness, is a framework', () => {
  it('A/RES/79/221 OP33: "the high-level forums on aid effectiveness, which produced ... the Paris Declaration on Aid Effectiveness, the Accra Agenda for Action 17 and the Busan Partnership for Effective Development Cooperation"', () => {
    const text =
      'Welcomes the increasing efforts to improve the quality of official development assistance and to increase its development impact, recognizes the Development Cooperation Forum of the Economic and Social Council, notes other initiatives, such as the high-level forums on aid effectiveness, which produced, inter alia, the Paris Declaration on Aid Effectiveness, the Accra Agenda for Action 17 and the Busan Partnership for Effective Development Cooperation, which make important contributions to the efforts of the countries that have made commitments to them;';
    const rel = relations(text, 'operative', { ...GA });
    expect(rel).toContain('NOTES Framework:Busan Partnership for Effective Development Cooperation');
    expect(rel).toContain('NOTES Framework:Accra Agenda for Action');
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual([]);
  });

  it('guard: a partnership named so elsewhere stays an initiative ("the Global Partnership for Effective Development Cooperation")', () => {
    const text = 'Notes the work of the Global Partnership for Effective Development Cooperation;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual([]);
  });
});

describe('the IPCC special report of 2018 named by its subtitle', () => {
  const SR15 = 'Document:global warming of 1.5°c';

  it('A/RES/79/221 PP5: "noting with concern the findings contained in the special report of the Intergovernmental Panel on Climate Change on the impacts of global warming of 1.5 degrees Celsius ..."', () => {
    const text =
      'Highlighting the synergies between the implementation of the 2030 Agenda for Sustainable Development, the Addis Ababa Action Agenda and the Paris Agreement, and noting with concern the findings contained in the special report of the Intergovernmental Panel on Climate Change on the impacts of global warming of 1.5 degrees Celsius above pre-industrial levels and related global greenhouse gas emission pathways, in the context of strengthening the global response to the threat of climate change,';
    expect(keys(text, 'Document:', 'preambular', { ...GA })).toEqual([SR15]);
    const rel = relations(text, 'preambular', { ...GA });
    expect(rel).toContain(`NOTES ${SR15}`);
    expect(rel).toContain('NOTES Organization:Intergovernmental Panel on Climate Change');
  });

  it('guard: the impacts of warming of 1.5 degrees named without the report are no document', () => {
    const text = 'Noting with concern the impacts of global warming of 1.5 degrees Celsius above pre-industrial levels on small island developing States,';
    expect(keys(text, 'Document:', 'preambular', { ...GA })).toEqual([]);
  });
});

describe('a report\'s author printed as a head alone is no author', () => {
  const { extract } = oneParagraph({ ctx: GA, kind: 'preambular' });
  const authorOf = (text: string, key: string): unknown => extract(text).mentions.find((m) => m.key === key)?.attrs?.author;

  it('A/RES/78/154 PP13: "the findings contained in the special report of the Panel entitled Global Warming of 1.5°C" names no author "Panel"', () => {
    const text =
      'Noting the findings of the Intergovernmental Panel on Climate Change contained in its special report on climate change, desertification, land degradation, sustainable land management, food security, and greenhouse gas fluxes in terrestrial ecosystems, as well as the findings contained in the special report of the Panel entitled Global Warming of 1.5°C,';
    expect(authorOf(text, 'Document:global warming of 1.5°c')).toBeUndefined();
  });

  it('guard: the author named in full stays ("the special report of the Intergovernmental Panel on Climate Change entitled Global Warming of 1.5°C", A/RES/78/158 PP5)', () => {
    const text = 'Noting with concern the findings contained in the special report of the Intergovernmental Panel on Climate Change entitled Global Warming of 1.5°C,';
    expect(authorOf(text, 'Document:global warming of 1.5°c')).toBe('Intergovernmental Panel on Climate Change');
  });
});
