// Session-39 audit aud39k: small Event leftovers of this session's audits, each form's siblings grepped in corpus-ga first.
// Fixed: a sitting's name that ends "of <Place> and the <Place>" keeps the second region ("the twenty-second Forum for the
// Development of Tourism Integration of Central America and the Caribbean", A/RES/80/134 PP32, 78/145 PP29), so its venue and
// date hang on the whole name; the Doha process's first meeting printed ", initiated in May 2023 in Doha" (A/RES/79/317 PP6) is
// the same sitting as OP63's "initially met in May 2023 in Doha". Checked already right on main: the first NWFZ conference
// (A/RES/79/30 PP12, a series alias). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/134', date: '2025-12-15' };
const { keys, attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const TOURISM_FORUM = 'Event:Twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean';

describe('a sitting named "of <Place> and the <Place>" keeps both regions', () => {
  it('A/RES/80/134 PP32 (78/145 PP29): "the twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean, held in San Salvador on 28 September 2022": one Event, its venue and day', () => {
    const text =
      'Taking note of the outcomes of the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba, Honduras, the outcomes adopted at the 126th meeting of the Central American Tourism Council, held in San Salvador on 30 August 2023, the twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean, held in San Salvador on 28 September 2022, the declaration of the fifteenth forum on the development of tourism and on the harmonization of efforts to promote tourism in Central America and the Dominican Republic, held in Guatemala City on 27 August 2014, and the third Social, Solidarity and Sustainable Tourism Forum, held in Tela, Honduras on 12 and 13 June 2024, with the support of the International Social Tourism Organization,';
    expect(keys(text, 'Event:Twenty-second')).toEqual([TOURISM_FORUM]);
    const attrs = attributions(text);
    expect(attrs).toContain(`HELD_IN ${TOURISM_FORUM} -> Place:San Salvador`);
    expect(attrs).toContain(`STARTS_ON ${TOURISM_FORUM} -> Date:2022-09-28`);
  });

  it('guard: A/RES/80/134 PP32 "the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba": one region, the name unchanged', () => {
    const text = 'Taking note of the outcomes of the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba, Honduras,';
    expect(keys(text, 'Event:')).toEqual(['Event:Forum on Sustainable Tourism and Climate Change in Central America @ 2023']);
  });

  it('guard: "the Sixth Summit of Central America and the Caribbean Community": the second name is a body, not a region, and "and the" still parts them', () => {
    const text = 'Noting the Sixth Summit of Central America and the Caribbean Community, held in Lima on 3 May 2022,';
    expect(keys(text, 'Event:').some((k) => k.includes('Caribbean'))).toBe(false);
  });
});

describe('the Doha process\'s first meeting printed ", initiated in <month year> in <city>"', () => {
  const DOHA_FIRST = 'Event:first meeting of the Doha process';
  it('A/RES/79/317 PP6: "the meetings convened under the United Nations-led Doha process, initiated in May 2023 in Doha": the first meeting, dated and placed', () => {
    const text =
      'Taking note with satisfaction of the independent assessment on Afghanistan and the meetings convened under the United Nations-led Doha process, initiated in May 2023 in Doha, and encouraging Member States and all other relevant stakeholders to consider increasing international engagement in a more coherent, coordinated and structured manner in order to achieve an Afghanistan at peace with itself and its neighbours, fully reintegrated into the international community and meeting its international obligations,';
    expect(keys(text, 'Event:')).toEqual([DOHA_FIRST]);
    const attrs = attributions(text);
    expect(attrs).toContain(`STARTS_ON ${DOHA_FIRST} -> Date:2023-05`);
    expect(attrs).toContain(`HELD_IN ${DOHA_FIRST} -> Place:Doha`);
  });

  it('guard: a programme "initiated in 2019 in Geneva" is no sitting (only a process\'s start is)', () => {
    const text = 'Welcoming the Global Programme against Money-Laundering, initiated in May 2019 in Geneva, and its work,';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});
