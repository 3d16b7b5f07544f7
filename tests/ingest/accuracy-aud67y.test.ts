// Session-67 audit aud67y: new gold sets A/RES/79/5 (Zone of peace, trust and cooperation of Central Asia) and A/RES/80/69
// (Strengthening of security and cooperation in the Mediterranean region). The graph needed no fix; these cases pin the
// readings the golds rely on, each quoting the file and paragraph, with the near sentence the graph leaves unread.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CENTRAL_ASIA: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/5',
  date: '2024-10-24',
  title: 'Zone of peace, trust and cooperation of Central Asia',
};
const MEDITERRANEAN: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/69',
  date: '2025-12-01',
  title: 'Strengthening of security and cooperation in the Mediterranean region',
};
const SERIES = 'Event:Consultative Meeting of the Heads of State of Central Asia';

describe('A/RES/79/5: the consultative meetings of the Central Asian Heads of State, the sidelines, "its significance"', () => {
  const { keys, relations } = oneParagraph({ ctx: CENTRAL_ASIA, kind: 'preambular' });

  it('PP14 "consultative meetings of the Heads of State of Central Asian countries": the series Event takes the verb', () => {
    const text =
      'Reaffirming the importance of holding regular consultative meetings of the Heads of State of Central Asian countries, and in this regard welcoming the results of the previous consultative meetings,';
    expect(relations(text)).toContain(`REAFFIRMS ${SERIES}`);
  });

  it('guard: OP5 "the format of consultative meetings of Heads of State" (no Central Asia printed) keys no series (gold: doubt)', () => {
    const text =
      'Welcomes the decision of the Central Asian States to further improve the format of consultative meetings of Heads of State by establishing the Council of National Coordinators;';
    expect(keys(text, 'Event:', 'operative')).toEqual([]);
    expect(relations(text, 'operative')).toContain('WELCOMES Organization:Council of National Coordinators');
  });

  it('OP11 "their annual meetings on the sidelines of the General Assembly": the Assembly stays a target (session 65)', () => {
    const text =
      'Encourages the convening of meetings of the Ministers for Foreign Affairs of Central Asian States on a regular basis, as well as their annual meetings on the sidelines of the General Assembly by prior agreement;';
    expect(relations(text, 'operative')).toContain('ENCOURAGES Organization:General Assembly');
  });

  it('OP10 "Recognizes the importance of the Treaty ..., emphasizing its significance": "its" the one framework (session 57)', () => {
    const text =
      'Recognizes the importance of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, emphasizing its significance in the attainment of peace and security;';
    const rels = relations(text, 'operative');
    expect(rels).toContain('RECOGNIZES Framework:Treaty on a Nuclear-Weapon-Free Zone in Central Asia');
    expect(rels).toContain('EMPHASIZES Framework:Treaty on a Nuclear-Weapon-Free Zone in Central Asia');
  });
});

describe('A/RES/80/69: the Union for the Mediterranean, "calls for" as a second verb', () => {
  const { keys, relations } = oneParagraph({ ctx: MEDITERRANEAN, kind: 'preambular' });

  it('PP5 "a reinforced partnership, named the “Barcelona Process: Union for the Mediterranean”": the Organization', () => {
    const text =
      'Recalling, in this regard, the adoption on 13 July 2008 of the Joint Declaration of the Paris Summit for the Mediterranean, which launched a reinforced partnership, named the “Barcelona Process: Union for the Mediterranean”, and the common political will to revive efforts to transform the Mediterranean into an area of peace, democracy, cooperation and prosperity,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Union for the Mediterranean']);
    expect(relations(text)).toContain('RECALLS Framework:Joint Declaration of the Paris Summit for the Mediterranean');
  });

  it('OP2 "..., and therefore calls for full adherence ... in accordance with the Charter": CALLS_UPON the Charter', () => {
    const text =
      'Invites Mediterranean countries to consolidate their efforts in order to contribute actively to the elimination of all causes of tension in the region, and therefore calls for full adherence to the principles of non-interference, non-intervention, non-use of force or threat of use of force and the inadmissibility of the acquisition of territory by force, in accordance with the Charter and the relevant resolutions of the United Nations;';
    const rels = relations(text, 'operative');
    expect(rels).toContain('CALLS_UPON Framework:Charter of the United Nations');
    expect(rels).not.toContain('INVITES Framework:Charter of the United Nations');
  });
});
