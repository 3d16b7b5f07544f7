// Session-47 speed helper spd47c (the entity-scan steps). No change to the graph (golden dump cmp-identical); what these tests
// pin down, for the two paths rewritten:
// - eventKey (recognize/entityScan.ts) remembers its keys by start date (or none) and name: a name keyed with one date, then
//   with another or with none, gets each its own key, as computed afresh;
// - chunkSegments (recognize/entityScan.ts) passes a known or capitalised word to the segment after one test: the splits at a
//   lowercase word ("and the", "in the", "with the") are still made, and a name with lowercase words inside stays one;
// - patternsOutsideKnown (scanNamedEntities' filter of the pattern candidates, as indexed loops): a pattern name overlapping a
//   mandate holder with a lowercase topic ("Special Rapporteur on the right to food") is dropped, a name beside it kept.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { eventKey, patternsOutsideKnown } from '../../ingest/recognize/entityScan.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/177', date: '2023-12-19' };
const { keys } = oneParagraph({ ctx: GA78, kind: 'operative' });

describe('eventKey: keys remembered by start date and name', () => {
  it('one name keyed with a day, another year, no date, then the day again: each its own key', () => {
    const name = 'World Radiocommunication Conference';
    expect(eventKey(name, '2023-11-20')).toBe('Event:World Radiocommunication Conference @ 2023');
    expect(eventKey(name, '2019')).toBe('Event:World Radiocommunication Conference @ 2019');
    expect(eventKey(name)).toBe('Event:World Radiocommunication Conference');
    expect(eventKey(name, '2023-11-20')).toBe('Event:World Radiocommunication Conference @ 2023');
  });

  it('A/RES/78/182 PP7, 78/207 PP: the Assembly\'s topicless sittings dated to the day stay two keys, the undated name a third', () => {
    const name = 'high-level meeting of the General Assembly';
    expect(eventKey(name, '2017-02-17')).toBe('Event:high-level meeting of the General Assembly @ 2017-02-17');
    expect(eventKey(name, '2017-09-27')).toBe('Event:high-level meeting of the General Assembly @ 2017-09-27');
    expect(eventKey(name)).toBe('Event:high-level meeting of the General Assembly');
  });

  it('guard: a name printed two ways is one key, whichever is keyed first (the normalisation is still applied)', () => {
    expect(eventKey('High-Level Political Forum on Sustainable Development', '2024')).toBe(eventKey('High-level Political Forum on Sustainable Development', '2024'));
  });
});

describe('chunkSegments: splits at a lowercase word behind one test', () => {
  it('A/RES/78/177 OP58: "the International Institute on Ageing in Malta and the European Centre for Social Welfare Policy and Research in Vienna": two bodies', () => {
    const text =
      'Recognizes the important role of various international and regional organizations that deal with training, capacity-building, policy design and monitoring at the national and regional levels in promoting and facilitating the implementation of the Madrid Plan of Action, and acknowledges the work that is undertaken in various parts of the world, through the regional commissions and regional initiatives, as well as the work of institutes such as the International Institute on Ageing in Malta and the European Centre for Social Welfare Policy and Research in Vienna;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Institute on Ageing', 'Organization:European Centre for Social Welfare Policy and Research']);
  });

  it('A/RES/78/112 OP10: "the Rule of Law Unit in the Executive Office of the Secretary-General": the unit and the office, and "Rule of Law Coordination and Resource Group" one name', () => {
    const text =
      'Welcomes the dialogue initiated by the Rule of Law Coordination and Resource Group and the Rule of Law Unit in the Executive Office of the Secretary-General with Member States on the topic “Promoting the rule of law at the international level”, and calls for the continuation of this dialogue with a view to fostering the rule of law at the international level;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/112', date: '2023-12-07' };
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual([
      'Organization:Rule of Law Coordination and Resource Group',
      'Organization:Rule of Law Unit',
      'Organization:Executive Office of the Secretary-General',
    ]);
  });

  it('guard: A/RES/79/228 OP21 "the collaboration of the United Nations Global Compact with the Global Reporting Initiative and the World Business Council for Sustainable Development": three names', () => {
    const text =
      'Acknowledges the importance of corporate sustainability reporting, and welcomes in this context the collaboration of the United Nations Global Compact with the Global Reporting Initiative and the World Business Council for Sustainable Development;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/228', date: '2024-12-19' };
    const all = [...keys(text, 'Initiative:', 'operative', ctx), ...keys(text, 'Organization:', 'operative', ctx)];
    expect(all).toEqual(['Initiative:United Nations Global Compact', 'Initiative:Global Reporting Initiative', 'Organization:World Business Council for Sustainable Development']);
  });
});

describe('patternsOutsideKnown: pattern names against the specials and the known names', () => {
  it('A/RES/80/210 OP9: "the Special Rapporteur on the right to food" one mandate holder (no pattern "Special Rapporteur" beside it), the FAO kept', () => {
    const text =
      'Encourages the Special Rapporteur on the right to food to continue to mainstream a gender perspective in the fulfilment of his mandate, and encourages the Food and Agriculture Organization of the United Nations and all other United Nations bodies and mechanisms addressing the right to food and food insecurity and malnutrition to continue to integrate a gender perspective into their relevant policies, programmes and activities;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/210', date: '2025-12-15' };
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual(['Organization:Special Rapporteur on the right to food', 'Organization:Food and Agriculture Organization of the United Nations']);
  });

  it('spans: inside a known name or overlapping a special dropped; straddling a known name\'s end, or after all, kept (in order)', () => {
    const known = [{ start: 0, end: 30 }];
    const specials = [{ start: 40, end: 60 }];
    const patterns = [
      { start: 5, end: 20, name: 'inside' },
      { start: 0, end: 30, name: 'same span' },
      { start: 25, end: 35, name: 'straddles' },
      { start: 35, end: 45, name: 'overlaps special' },
      { start: 60, end: 70, name: 'after' },
    ];
    expect(patternsOutsideKnown(patterns, known, specials).map((p) => p.name)).toEqual(['straddles', 'after']);
    expect(patternsOutsideKnown(patterns, [], []).map((p) => p.name)).toEqual(patterns.map((p) => p.name));
  });
});
