// Session-47 speed helper spd47c (the entity-scan steps). No change to the graph (golden dump cmp-identical); what these tests
// pin down, for the two paths rewritten:
// - eventKey (recognize/entityScan.ts) remembers its keys by start date (or none) and name: a name keyed with one date, then
//   with another or with none, gets each its own key, as computed afresh;
// - chunkSegments (recognize/entityScan.ts) passes a known or capitalised word to the segment after one test: the splits at a
//   lowercase word ("and the", "in the", "with the") are still made, and a name with lowercase words inside stays one.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { eventKey } from '../../ingest/recognize/entityScan.js';
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
