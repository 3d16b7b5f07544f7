// Session-56 audit aud56t: faults found annotating A/RES/78/140 (illicit financial flows, Second Committee). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/140', '2023-12-19'), kind: 'preambular' });

describe('"its resolution S-32/1 of <day> containing the political declaration entitled “...”": the declaration is PART_OF the resolution', () => {
  const DECLARATION =
    'Framework:Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation';

  it('A/RES/78/140 PP5: the declaration the resolution contains, named by its title', () => {
    const att = attributions(
      'Recalling its resolution S-32/1 of 2 June 2021 containing the political declaration entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”, and recalling also the resolutions and decisions adopted by the Conference of the States Parties to the United Nations Convention against Corruption at its ninth session, held in Sharm el-Sheikh, Egypt, from 13 to 17 December 2021,',
    );
    expect(att).toContain(`PART_OF ${DECLARATION} -> Resolution:A/RES/S-32/1`);
  });

  it('guard: A/RES/79/114 PP2 "its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence ..." (unchanged)', () => {
    const att = attributions(
      'Recalling its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial Countries and Peoples,',
      'preambular',
      ctxOf('A/RES/79/114', '2024-12-12'),
    );
    expect(att).toContain('PART_OF Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples -> Resolution:A/RES/1514(XV)');
  });

  it('guard: a title after "entitled" with no declaration named ("its resolution 70/1 ..., entitled “Transforming our world ...”") states no PART_OF', () => {
    const att = attributions(
      'Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,',
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"<Conference of the States Parties>, and in particular its <Working Group>": the working group is PART_OF the Conference', () => {
  const COSP = 'Event:Conference of the States Parties to the United Nations Convention against Corruption';

  it('A/RES/78/140 PP30: "the work carried out by the Conference of the States Parties ..., and in particular its Open-ended Intergovernmental Working Group on Asset Recovery"', () => {
    const att = attributions(
      'Recognizing the work carried out by the Conference of the States Parties to the United Nations Convention against Corruption, and in particular its Open-ended Intergovernmental Working Group on Asset Recovery, to advance the full and effective implementation of chapter V of the Convention,',
    );
    expect(att).toContain(`PART_OF Organization:Open-ended Intergovernmental Working Group on Asset Recovery -> ${COSP}`);
  });

  it('guard: A/RES/78/140 PP31 "the Working Group on International Cooperation established by the Conference of the Parties ...": no "its", no PART_OF', () => {
    const att = attributions(
      'Noting the efforts to promote the exchange of information and synergies between the open-ended intergovernmental expert meetings to enhance international cooperation under the United Nations Convention against Corruption and the Working Group on International Cooperation established by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"the joint <body>/<body> initiative, <Initiative>": both bodies LEAD the initiative named in apposition', () => {
  it('A/RES/78/140 PP35: "the joint Organisation for Economic Co-operation and Development/United Nations Development Programme initiative, Tax Inspectors Without Borders"', () => {
    const att = attributions(
      'Noting the ongoing efforts of the joint Organisation for Economic Co-operation and Development/United Nations Development Programme initiative, Tax Inspectors Without Borders, to support developing countries through targeted tax audit assistance programmes,',
    );
    expect(att).toContain('LEADS Organization:Organisation for Economic Co-operation and Development -> Initiative:Tax Inspectors Without Borders');
    expect(att).toContain('LEADS Organization:United Nations Development Programme -> Initiative:Tax Inspectors Without Borders');
  });

  it('guard: A/RES/78/140 PP20 "acknowledging the Riyadh initiative ... and its Global Operational Network ...": no body before "initiative", no LEADS', () => {
    const att = attributions(
      'Encouraging Member States to use and strengthen appropriate focal points to facilitate information exchange among one another, acknowledging the Riyadh initiative for enhancing international anti-corruption law enforcement cooperation and its Global Operational Network of Anti-Corruption Law Enforcement Authorities, as well as existing agreements, formal forums or networks,',
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
