// Session-60 audit aud60p: residual faults left by the session's gold sets (aud60f, aud60c, aud60h). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
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

describe('item 3: "the adoption by consensus of the <words> report of the <body>,<mark>": the body ADOPTED its footnoted report', () => {
  const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
  const PP15 =
    'Underlining the importance for the global community of shaping a system of international information security and continuing a democratic, inclusive, transparent and results-oriented negotiation process within the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025, while recognizing its centrality as the mechanism within the United Nations for dialogue on security in the use of information and communications technologies,';
  const OP3 =
    'Welcomes the adoption by consensus of the second annual progress report of the Open-ended Working Group,1 and takes note of the compendium of statements in explanation of position on its adoption;2';
  const OP3_NOTES: [string, string, string][] = [
    ['1', 'See A/78/265.', 'Working Group,1'],
    ['2', 'A/AC.292/2023/INF/5.', 'adoption;2'],
  ];
  const attributionsOf = (op3: string, notes: [string, string, string][]): string[] =>
    extractResolution(gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('PP15', PP15), notedParagraph('OP3', op3, notes)]))
      .paragraphs.find((p) => p.paragraph.id === 'OP3')!
      .attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/78/237 OP3: "Welcomes the adoption by consensus of the second annual progress report of the Open-ended Working Group,1" ("1 See A/78/265.")', () => {
    expect(attributionsOf(OP3, OP3_NOTES)).toContain(`ADOPTED ${OEWG} -> Document:A/78/265`);
  });

  it('guard: "the consideration of the ... report of the Open-ended Working Group,1" states no adoption', () => {
    const op3 = OP3.replace('the adoption by consensus of', 'the consideration of');
    expect(attributionsOf(op3, OP3_NOTES).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('item 5: a body\'s short form with no article, qualifying the lowercase noun after it, takes no verb of the clause', () => {
  const INSTITUTE = 'Organization:United Nations African Institute for the Prevention of Crime and the Treatment of Offenders';
  const TITLE = 'United Nations African Institute for the Prevention of Crime and the Treatment of Offenders';
  const PP1 = 'Recalling its resolution 77/234 of 15 December 2022 and all other relevant resolutions,';
  const PP19 = 'Recognizing the ongoing efforts by the Governing Board of the Institute to revitalize the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders,';
  const relationsOf = (id: string, text: string): string[] =>
    extractResolution(gaResolution('A/RES/79/242', '2024-12-24', [notedParagraph('PP1', PP1), notedParagraph('PP19', PP19), notedParagraph(id, text)], TITLE))
      .paragraphs.find((p) => p.paragraph.id === id)!
      .relations.map((r) => `${r.type} ${r.target}`);
  const boardRelations = (rel: string[]): string[] => rel.filter((r) => r.includes('Governing Board'));

  it('A/RES/79/242 PP21: "including the visit of the Chair to the secretariat for Governing Board duties": the Institute, not the Board', () => {
    const rel = relationsOf(
      'PP21',
      'Commending the interactive sessions that the Institute has developed with Member States and stakeholders, including the visit of the Chair to the secretariat for Governing Board duties, and recognizing the attendant benefit that such sessions have for easing consultations with Member States,',
    );
    expect(rel).toContain(`APPRECIATES ${INSTITUTE}`);
    expect(boardRelations(rel)).toEqual([]);
  });

  it('guard: "Commending the efforts of the Governing Board to restructure the Institute" (with its article) keeps the verb', () => {
    const rel = relationsOf('PP20', 'Commending the efforts of the Governing Board to restructure the Institute,');
    expect(boardRelations(rel).length).toBe(1);
  });
});
