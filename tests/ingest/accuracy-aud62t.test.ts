// Session-62 audit aud62t: faults found annotating A/RES/78/236 (strengthening and promoting the international treaty framework)
// and A/RES/79/124 (protection, security and safety of diplomatic and consular missions), both of the Sixth Committee. Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/124', date: '2024-12-04' };
const { keys, relations } = oneParagraph({ ctx: GA79, kind: 'operative' });
const UN = 'Organization:United Nations';

describe('"the United Nations" before a conjunction ("where appropriate") is the Organization, not a modifier of a noun', () => {
  it('A/RES/79/124 OP4: "and to ensure, with the participation of the United Nations where appropriate, that such acts are fully investigated"', () => {
    const text =
      'Also urges States to take all appropriate measures at the national and international levels to prevent any acts of violence against the missions, representatives and officials mentioned in paragraph 2 above, including during a period of armed conflict, and to ensure, with the participation of the United Nations where appropriate, that such acts are fully investigated with a view to bringing offenders to justice;';
    expect(keys(text, UN)).toEqual([UN]);
    expect(relations(text)).toContain(`URGES ${UN}`);
  });

  it('guard: "United Nations" before a lowercase noun stays its modifier ("the United Nations electronic treaty database", A/RES/78/236 OP7)', () => {
    const text =
      'Also welcomes the efforts made to develop and enhance the United Nations electronic treaty database, which provides online access to comprehensive information on the depositary functions of the Secretary-General;';
    expect(keys(text, UN, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/236', date: '2023-12-22' })).toEqual([]);
  });

  it('A/RES/78/83 OP23 (79/96, 80/87): "the international institutions associated with the United Nations so that those bodies may take the measures"', () => {
    const text =
      'Requests the Secretary-General to transmit the present resolution to the governing bodies of the appropriate specialized agencies and international institutions associated with the United Nations so that those bodies may take the measures necessary to implement it;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/83', date: '2023-12-06' };
    expect(keys(text, UN, 'operative', ctx)).toEqual([UN]);
  });

  it('guard: "the United Nations, where appropriate" (a comma) was already the Organization', () => {
    expect(relations('Urges States to cooperate with the United Nations, where appropriate;')).toContain(`URGES ${UN}`);
  });
});
