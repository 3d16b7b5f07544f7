// Session-60 audit aud60f: A/RES/79/242 (United Nations African Institute for the Prevention of Crime and the Treatment of
// Offenders) and A/RES/79/143 (International Day of the Snow Leopard). Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/242', '2024-12-24'), kind: 'operative' });

describe('the Commission of the Economic Community of West African States, its executive body named whole', () => {
  const OP9 =
    'Notes the efforts of the Institute to establish contacts with organizations in those countries that are promoting crime prevention programmes and its maintenance of close links with regional and subregional political entities, such as the African Union Commission, the East African Community, the Commission of the Economic Community of West African States, the Intergovernmental Authority on Development and the Southern African Development Community;';

  it('A/RES/79/242 OP9: the Commission is an Organization PART_OF the Community, and both take the verb (session 50)', () => {
    expect(keys(OP9, 'Organization:')).toContain('Organization:Commission of the Economic Community of West African States');
    const rel = relations(OP9);
    expect(rel).toContain('NOTES Organization:Commission of the Economic Community of West African States');
    expect(rel).toContain('NOTES Organization:Economic Community of West African States');
    expect(attributions(OP9)).toContain('PART_OF Organization:Commission of the Economic Community of West African States -> Organization:Economic Community of West African States');
  });

  it('guard: the Community named alone stays itself ("the Economic Community of West African States and the Gulf of Guinea Commission")', () => {
    const text = 'Welcomes the cooperation of the Economic Community of West African States and the Gulf of Guinea Commission;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Economic Community of West African States');
    expect(orgs).not.toContain('Organization:Commission of the Economic Community of West African States');
  });
});

describe('the State named "as host country" of the body seated on its land HOSTS it (session 59 ruling)', () => {
  const INSTITUTE = 'Organization:United Nations African Institute for the Prevention of Crime and the Treatment of Offenders';
  const OP17 =
    'Commends the continued support provided by the Government of Uganda as host country, including resolving the issue of the ownership of the land on which the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders is located and facilitating the collaboration of the Institute with other stakeholders within Uganda and the region and with international partners;';

  it('A/RES/79/242 OP17: "the Government of Uganda as host country, including ... the land on which the Institute is located"', () => {
    expect(attributions(OP17)).toContain(`HOSTS Place:Uganda -> ${INSTITUTE}`);
    // (a hosting Government takes HOSTS, not the clause's verb: aud58c 79/84 PP8)
    expect(relations(OP17)).not.toContain('APPRECIATES Place:Uganda');
  });

  it('guard: a State "as host country" with no body seated on its land hosts nothing (A/RES/80/243: "... the Government of Ethiopia, as the host country, for its continued support for the project")', () => {
    const text =
      'Welcomes the progress made in the renovation of Africa Hall at the Economic Commission for Africa, and expresses its appreciation to the Government of Ethiopia, as the host country, for its continued support for the project;';
    expect(attributions(text).filter((a) => a.startsWith('HOSTS'))).toEqual([]);
  });
});

describe('the United Nations crime prevention and criminal justice programme network, printed without "programme"', () => {
  const NETWORK = 'Organization:United Nations Crime Prevention and Criminal Justice Programme Network';

  it('A/RES/79/242 PP23: "the Institute is an important component of the United Nations crime prevention and criminal justice network"', () => {
    const text =
      'Bearing in mind that the Institute is an important component of the United Nations crime prevention and criminal justice network and that, without the necessary funds, the Institute will fail to accomplish its vital goals of combating drug trafficking, cybercrime and environmental crimes,';
    expect(keys(text, 'Organization:', 'preambular')).toContain(NETWORK);
  });

  it('guard: A/RES/79/242 OP2 "fellow institutes of the United Nations crime prevention and criminal justice programme network" stays the network', () => {
    const text =
      'Also commends the Institute for its efforts to promote the exchange of experts with fellow institutes of the United Nations crime prevention and criminal justice programme network, the United Nations Interregional Crime and Justice Research Institute;';
    expect(relations(text)).toContain(`APPRECIATES ${NETWORK}`);
  });
});
