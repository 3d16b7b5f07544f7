// Misses found by the session-21 audit aud21o: A/RES/80/156 (South-South cooperation), A/RES/79/199 (financing for
// development), A/RES/80/35 (the Anti-Personnel Mine Ban Convention), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const AFCFTA = 'Framework:Agreement Establishing the African Continental Free Trade Area';

describe('the African Continental Free Trade Area is the Agreement that establishes it', () => {
  const OP18 =
    'Recalls the special needs of Africa and recognizes that, while economic growth has improved, there is a need to sustain the recovery to face the ongoing adverse impacts of multiple crises on development, including Agenda 2063: The Africa We Want and the Sustainable Development Goals and the unfinished business of the Millennium Development Goals, and welcomes the ongoing efforts to fully operationalize the African Continental Free Trade Area and the commencement of actual trading under the Agreement with a view to achieving the Sustainable Development Goals;';

  it('A/RES/80/156 OP18: "to fully operationalize the African Continental Free Trade Area and ... actual trading under the Agreement" (after the Paris Agreement, PP7)', () => {
    const [, op18] = relationsByParagraph(GA, [
      { text: 'Reaffirming further the Paris Agreement and its early entry into force, encouraging all its Parties to fully implement the Agreement,', kind: 'preambular' },
      { text: OP18 },
    ]);
    expect(op18).toContain(`WELCOMES ${AFCFTA}`);
    expect(op18).not.toContain('WELCOMES Framework:Paris Agreement');
  });

  it('A/RES/79/323: "regional trade agreements, including the African Continental Free Trade Area"', () => {
    const text = 'Calls upon States to support regional trade agreements, including the African Continental Free Trade Area, and support the private sector;';
    expect(keys(text, 'Framework:')).toEqual([AFCFTA]);
  });
});

describe('"the Agreement Establishing ..." after another agreement is a name of its own, not that "Agreement"', () => {
  it('A/RES/80/121 PP15 and OP20: "the Agreement Establishing the African Continental Free Trade Area" after the Trade Facilitation Agreement (PP11)', () => {
    const [, op20] = relationsByParagraph({ ...GA, symbol: 'A/RES/80/121' }, [
      { text: 'Recalling the entry into force of the Trade Facilitation Agreement of the World Trade Organization on 22 February 2017,', kind: 'preambular' },
      {
        text: 'Reaffirms the importance of promoting regional economic integration of developing countries, and in this regard welcomes ongoing efforts to fully operationalize the Agreement Establishing the African Continental Free Trade Area, including the commencement of actual trading under the Agreement aimed at doubling intra-African trade;',
      },
    ]);
    expect(op20).toContain(`WELCOMES ${AFCFTA}`);
    expect(op20).not.toContain('WELCOMES Framework:Trade Facilitation Agreement');
  });

  it('guard: "the Agreement" alone still means the agreement named before it', () => {
    const [, second] = relationsByParagraph({ ...GA, symbol: 'A/RES/80/121' }, [
      { text: 'Recalling the entry into force of the Trade Facilitation Agreement of the World Trade Organization on 22 February 2017,', kind: 'preambular' },
      { text: 'Calls for the full implementation of the Agreement by all members;' },
    ]);
    expect(second).toContain('CALLS_UPON Framework:Trade Facilitation Agreement');
  });
});

describe('names the capitals reader cut at a place name', () => {
  it('A/RES/80/156 OP22: "the India, Brazil and South Africa Facility for Poverty and Hunger Alleviation" is one fund, not two countries', () => {
    const text =
      'Welcomes innovations that enhance and expand South-South and triangular cooperation, and in this regard recognizes the importance of resource mobilization, including contributions to the United Nations Fund for South-South Cooperation, third-party cost-sharing, parallel financing, in-kind contributions and special fund management arrangements such as those of the India-United Nations Development Partnership Fund, and the India, Brazil and South Africa Facility for Poverty and Hunger Alleviation;';
    expect(keys(text, 'Place:')).toEqual([]);
    expect(relations(text)).toContain('RECOGNIZES Organization:India, Brazil and South Africa Facility for Poverty and Hunger Alleviation');
  });

  it('guard: the three countries named as such stay places', () => {
    const text = 'Welcomes the contributions of India, Brazil and South Africa to the Fund;';
    expect(keys(text, 'Place:')).toEqual(['Place:India', 'Place:Brazil', 'Place:South Africa']);
  });

  it('A/RES/80/35 PP7: "the Siem Reap – Angkor Action Plan 2025–2029" is named whole, from its first place', () => {
    const text =
      'Recalling also that, at the Fifth Review Conference of the States Parties to the Convention, the States Parties adopted a declaration and an action plan for the period 2025–2029, and stressing the importance of implementing the Siem Reap – Angkor Action Plan 2025–2029,';
    expect(keys(text, 'Framework:Siem')).toEqual(['Framework:Siem Reap-Angkor Action Plan 2025-2029']);
    expect(keys(text, 'Framework:Angkor')).toEqual([]);
  });

  it('A/RES/80/35 PP6: the Fifth Review Conference "held in ... Siem Reap, Cambodia (2024)" has its venue', () => {
    const text =
      'Recalling the First, Second, Third, Fourth and Fifth Review Conferences of the States Parties to the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014), Oslo (2019) and Siem Reap, Cambodia (2024),';
    const fifth = 'Event:Fifth Review Conference (Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction)';
    expect(attributions(text, 'preambular')).toContain(`HELD_IN ${fifth} -> Place:Siem Reap`);
    expect(attributions(text, 'preambular')).toContain(`HELD_IN Event:Fourth Review Conference (Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction) -> Place:Oslo`);
  });
});
