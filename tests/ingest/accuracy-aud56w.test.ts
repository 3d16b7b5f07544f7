// Session-56 audit aud56w: faults found annotating A/RES/79/161 (elimination of racism, Third Committee). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/161', date: '2024-12-17' };
const { relations } = oneParagraph({ ctx, kind: 'operative' });

describe('item 1: the Decades for Action to Combat Racism and Racial Discrimination (the series, and the first Decade of the trust fund)', () => {
  const SERIES = 'Event:Decades for Action to Combat Racism and Racial Discrimination';
  const FIRST = 'Event:Decade for Action to Combat Racism and Racial Discrimination';

  it('A/RES/79/161 PP23: "Recalling also the three Decades for Action to Combat Racism and Racial Discrimination previously declared by the General Assembly"', () => {
    const rel = relations(
      'Recalling also the three Decades for Action to Combat Racism and Racial Discrimination previously declared by the General Assembly, and regretting that the Programmes of Action for those Decades were not fully implemented and that their objectives have yet to be attained,',
      'preambular',
    );
    expect(rel).toContain(`RECALLS ${SERIES}`);
    // (the Assembly that declared them stays no target)
    expect(rel).not.toContain('RECALLS Organization:General Assembly');
  });

  it('A/RES/79/161 OP36: "the trust fund for the Programme for the Decade for Action ... the three Decades for Action ... declared by the General Assembly"', () => {
    const rel = relations(
      'Recalls the establishment by the Secretary-General, in 1973, of the trust fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination as a funding mechanism that has been utilized for the implementation of the activities of the three Decades for Action to Combat Racism and Racial Discrimination declared by the General Assembly, and in this regard appreciates the fact that the trust fund has also been utilized for the subsequent programmes and operational activities transcending the three Decades;',
    );
    expect(rel).toContain(`RECALLS ${FIRST}`);
    expect(rel).toContain(`RECALLS ${SERIES}`);
  });

  it('guard: A/RES/79/161 OP11 "the International Decade for People of African Descent": its own Decade, not the racism Decades', () => {
    const rel = relations(
      'Recalls the proclamation of the International Decade for People of African Descent, as contained in its resolution 68/237 of 23 December 2013, and the celebratory launch of the Decade on 10 December 2014;',
    );
    expect(rel).toContain('RECALLS Event:International Decade for People of African Descent');
    expect(rel.filter((r) => r.includes('Combat Racism'))).toEqual([]);
  });
});

describe('item 2: "an evaluation ... shall be carried out by the General Assembly": the Assembly\'s own act gives it no edge', () => {
  it('A/RES/79/161 OP17: "after four annual sessions ..., an evaluation of its modalities shall be carried out by the General Assembly on the basis of an evaluation made by the Human Rights Council"', () => {
    const rel = relations(
      'Recalls its decision in its resolution 75/314 on the establishment of the Permanent Forum on People of African Descent that, after four annual sessions of the Permanent Forum, an evaluation of its modalities shall be carried out by the General Assembly on the basis of an evaluation made by the Human Rights Council in the light of the experience gained;',
    );
    expect(rel).not.toContain('RECALLS Organization:General Assembly');
    // (the Council, whose evaluation it rests on, and the Forum stay)
    expect(rel).toContain('RECALLS Organization:Human Rights Council');
    expect(rel).toContain('RECALLS Organization:Permanent Forum on People of African Descent');
  });

  it('guard: "the work carried out by the Statistical Commission": another body carrying out work stays a target', () => {
    const rel = relations(
      'Welcomes the work carried out by the Statistical Commission on the database on the trade in creative goods and services;',
    );
    expect(rel).toContain('WELCOMES Organization:Statistical Commission');
  });
});
