// Session-60 audit aud60p: residual faults left by the session's gold sets (aud60f, aud60c, aud60h). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/143', '2024-12-17'), kind: 'preambular' });

const PP9_TAIL =
  'Taking note with appreciation of regional initiatives for range State cooperation, including the Global Snow Leopard and Ecosystem Protection Programme, the Samarkand Resolution of 2024 for snow leopard conservation and climate adaptation, adopted at the eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme, the Jaguar 2030 road map, the North-East Asian Subregional Programme for Environmental Cooperation Nature Conservation Strategy on conservation of flagship species that include the amur tiger, the amur leopard and the snow leopard, and the International Tiger Forum,';

describe('item 1: a programme\'s whole name before its instrument\'s own words: the last head, the instrument, decides the kind', () => {
  it('A/RES/79/143 PP9: "the North-East Asian Subregional Programme for Environmental Cooperation Nature Conservation Strategy" is a Framework', () => {
    const frameworks = keys(PP9_TAIL, 'Framework:');
    expect(frameworks).toContain('Framework:North-East Asian Subregional Programme for Environmental Cooperation Nature Conservation Strategy');
    expect(keys(PP9_TAIL, 'Initiative:').filter((k) => k.includes('North-East Asian'))).toEqual([]);
  });

  it('guard: A/RES/79/143 PP9 "the Global Snow Leopard and Ecosystem Protection Programme" stays an Initiative', () => {
    expect(keys(PP9_TAIL, 'Initiative:')).toContain('Initiative:Global Snow Leopard and Ecosystem Protection Programme');
  });

  it('guard: "the Marrakech Partnership for Global Climate Action" (no instrument head last) stays an Initiative', () => {
    const text = 'Welcoming the work of the Marrakech Partnership for Global Climate Action,';
    expect(keys(text, 'Initiative:')).toContain('Initiative:Marrakech Partnership for Global Climate Action');
  });
});

describe('item 2: "<instrument> of <year> for <lower-case topic>, adopted at <sitting>": the sitting ADOPTED it', () => {
  it('A/RES/79/143 PP9: "the Samarkand Resolution of 2024 for snow leopard conservation and climate adaptation, adopted at the eighth Steering Committee Meeting of ..."', () => {
    const att = attributions(PP9_TAIL);
    expect(att).toContain('ADOPTED Event:Eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme -> Framework:Samarkand Resolution');
    expect(att).toContain('ADOPTED_ON Framework:Samarkand Resolution -> Date:2024');
  });

  it('guard: a capitalised name cut before its "on the ..." is not read as a topic tail (no ADOPTED across a second name)', () => {
    const text =
      'Recalling the Samarkand Resolution of 2024 for snow leopard conservation, the Jaguar 2030 road map and other texts on the conservation of large cats, adopted at the eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED ') && a.endsWith('Framework:Samarkand Resolution'))).toEqual([]);
  });
});
