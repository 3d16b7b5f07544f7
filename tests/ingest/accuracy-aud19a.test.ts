// Misses found by the session-19 audit aud19a of A/RES/79/243 (the United Nations Convention against Cybercrime) and the
// same forms in other texts of the crime-prevention and trade-law families. Each case quotes the file named; each fix has
// a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/227', date: '2025-12-15' };
const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const UNTOC = 'Framework:United Nations Convention against Transnational Organized Crime';
const UNTOC_COP = 'Event:Conference of the Parties to the United Nations Convention against Transnational Organized Crime';

describe('"the Organized Crime Convention" is the United Nations Convention against Transnational Organized Crime', () => {
  it('A/RES/80/227 OP9: "in accordance with their national legislation and article 2 (b) of the Organized Crime Convention"', () => {
    const text =
      'Calls upon Member States to establish illicit trafficking in protected species of wild fauna and flora and other crimes that affect the environment, such as trafficking in wildlife, timber and hazardous wastes, involving an organized criminal group as serious crimes, in accordance with their national legislation and article 2 (b) of the Organized Crime Convention;';
    expect(keys(text, 'Framework:')).toEqual([UNTOC]);
    expect(relations(text)).toContain(`CALLS_UPON ${UNTOC}`);
  });

  it('A/RES/80/227 OP20: "the Conference of the Parties to the Organized Crime Convention at its thirteenth session"', () => {
    const text =
      'Also encourages Member States to continue considering all aspects of the fight against crimes that affect the environment, including possible responses to those crimes, in the appropriate forums, giving due consideration to the work of the open-ended intergovernmental expert group on crimes that affect the environment and to the summary that is to be submitted to the Conference of the Parties to the Organized Crime Convention at its thirteenth session;';
    const events = keys(text, 'Event:');
    expect(events).toContain(UNTOC_COP);
    expect(events).toContain('Event:thirteenth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime');
    expect(events.filter((k) => k.includes('Organized Crime Convention'))).toEqual([]);
  });

  it('guard: the full title, and the Convention against Corruption beside it, keep their keys (A/RES/80/227 OP15)', () => {
    const text =
      'Urges States, in that regard, to adopt concrete and effective measures to recover and return, in appropriate cases, the proceeds of and assets derived from such crimes, in accordance with the United Nations Convention against Transnational Organized Crime and the United Nations Convention against Corruption, and emphasizes the importance of enhancing measures for the recovery and return of those assets and proceeds;';
    expect(keys(text, 'Framework:')).toEqual([UNTOC, 'Framework:United Nations Convention against Corruption']);
  });
});

describe('a unit named after the body it belongs to is not that body’s short form', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/117', date: '2024-12-04' });
  const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';
  const CENTRE = 'Organization:United Nations Commission on International Trade Law Regional Centre for Asia and the Pacific';
  const OP16 =
    'Welcomes the activities of the United Nations Commission on International Trade Law Regional Centre for Asia and the Pacific, in the Republic of Korea, towards providing capacity-building and technical assistance services to States in the Asia-Pacific region, including to international and regional organizations, expresses its appreciation to the Republic of Korea and China, whose contributions enabled continuing operation of the Regional Centre, notes that the continuation of the regional presence relies entirely on extrabudgetary resources, including but not limited to voluntary contributions from States, and requests the Secretary-General to keep the General Assembly informed of developments regarding the Regional Centre;';

  it('A/RES/79/117 OP16-OP17 (78/103 OP12-OP25): "the Commission" after "the ... Commission on International Trade Law Regional Centre ..." is UNCITRAL', () => {
    const [pp1, op16, op17] = relationsByParagraph(ctx(), [
      {
        kind: 'preambular',
        text: 'Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law with a mandate to further the progressive harmonization and unification of the law of international trade,',
      },
      { text: OP16 },
      {
        text: 'Notes with appreciation the work of the Secretariat on the system for the collection and dissemination of case law on Commission texts, in this regard welcomes the renewed efforts by the Commission and its secretariat towards building partnerships with interested institutions;',
      },
    ]);
    expect(pp1).toContain(`RECALLS ${UNCITRAL}`);
    expect(op16).toContain(`WELCOMES ${CENTRE}`);
    expect(op17).toContain(`WELCOMES ${UNCITRAL}`);
    expect(op17).not.toContain(`WELCOMES ${CENTRE}`);
  });

  it('A/RES/79/117 OP16: "whose contributions enabled continuing operation of the Regional Centre" is the centre, named before in the paragraph', () => {
    const [op16] = relationsByParagraph(ctx(), [{ text: OP16 }]);
    expect(op16.filter((r) => r.startsWith('EXPRESSES') && r.includes('Regional Centre'))).toEqual([`EXPRESSES ${CENTRE}`]);
  });

  it('guard: a body whose name has a preposition is still its own head ("the Commission" after the Commission on Science and Technology for Development)', () => {
    const [, op2] = relationsByParagraph({ body: 'Economic and Social Council', symbol: 'E/RES/2024/9', date: '2024-07-23' }, [
      { text: 'Takes note of the report of the Commission on Science and Technology for Development on its twenty-seventh session;' },
      { text: 'Requests the Commission to continue its work on the follow-up to the World Summit on the Information Society;' },
    ]);
    expect(op2).toContain('REQUESTS Organization:Commission on Science and Technology for Development');
  });
});

describe('"its <ordinal> session" after a body named after a High Commissioner is that body’s session', () => {
  const { keys: keysOf, attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/184', date: '2023-12-19' }, kind: 'operative' });
  const EXCOM = 'Executive Committee of the Programme of the United Nations High Commissioner for Refugees';

  it('A/RES/78/184 OP2 (79/156 OP2, 80/187 OP3): "the report of the Executive Committee ... on the work of its seventy-fourth session"', () => {
    const text = `Endorses the report of the ${EXCOM} on the work of its seventy-fourth session;`;
    expect(keysOf(text, 'Event:')).toEqual([`Event:seventy-fourth session of the ${EXCOM}`]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF Event:seventy-fourth session of the ${EXCOM} -> Organization:${EXCOM}`);
  });

  it('guard: a commission still holds its sessions (A/RES/79/164 PP5: "adopted by the Commission on Human Rights at its sixty-first session")', () => {
    const text = 'Recalling all relevant resolutions adopted by the Commission on Human Rights at its sixty-first session,';
    expect(keysOf(text, 'Event:', 'preambular')).toEqual(['Event:sixty-first session of the Commission on Human Rights']);
  });
});
