// Audit of A/RES/78/330 (Multilingualism), A/RES/79/75 (Convention on Certain Conventional Weapons) and A/RES/79/219
// (Follow-up to the Third United Nations Conference on Landlocked Developing Countries): venues and dates printed after a
// list of sittings, and "in <place>" read past the clause it belongs to. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/75', date: '2024-12-02' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const of = (rows: string[], source: string) => rows.filter((r) => r.split(' -> ')[0]!.includes(source));

describe('a footnote glued to a full sitting name closes it: the venue and dates after the next name are not its', () => {
  const PP3 =
    'Welcoming the results of the Sixth Review Conference9 and the Meeting of the High Contracting Parties to the Convention, held in Geneva from 15 to 17 November 2023, and the adoption of its final document,10';
  const REVIEW = 'Event:Sixth Review Conference';
  const MEETING = 'Event:Meeting of the High Contracting Parties';

  it('A/RES/79/75 PP3 (78/64, 80/68 PP3): the Sixth Review Conference gets neither the Meeting\u2019s dates nor its venue', () => {
    const rows = attributions(PP3);
    expect(of(rows, REVIEW).filter((r) => /^(?:STARTS_ON|ENDS_ON|HELD_IN) /.test(r))).toEqual([]);
  });

  it('A/RES/79/75 PP3: the Meeting keeps them (Geneva, 15 to 17 November 2023)', () => {
    const rows = of(attributions(PP3), MEETING);
    expect(rows.some((r) => r.startsWith('HELD_IN ') && r.endsWith('-> Place:Geneva'))).toBe(true);
    expect(rows.some((r) => r.startsWith('STARTS_ON ') && r.endsWith('-> Date:2023-11-15'))).toBe(true);
    expect(rows.some((r) => r.startsWith('ENDS_ON ') && r.endsWith('-> Date:2023-11-17'))).toBe(true);
  });

  it('guard: with no note between them, the two sittings share the venue and dates printed after the second', () => {
    const text =
      'Welcoming the results of the Sixth Review Conference and the Meeting of the High Contracting Parties to the Convention, held in Geneva from 15 to 17 November 2023,';
    const rows = of(attributions(text), REVIEW);
    expect(rows.some((r) => r.startsWith('HELD_IN ') && r.endsWith('-> Place:Geneva'))).toBe(true);
    expect(rows.some((r) => r.startsWith('STARTS_ON ') && r.endsWith('-> Date:2023-11-15'))).toBe(true);
  });

  it('guard: A/RES/78/59 PP13, a note after an ordinal ("the forty-eighth 3 and forty-ninth ministerial meetings ...") still shares the venues', () => {
    const text =
      'Recalling the communiqués of the forty-eighth 3 and forty-ninth ministerial meetings of the Standing Advisory Committee, held from 27 to 31 May and from 25 to 29 November 2019 in Kinshasa and Luanda, respectively,';
    const held = attributions(text, 'preambular', { ...GA, symbol: 'A/RES/78/59', date: '2023-12-05' }).filter((r) => r.startsWith('HELD_IN '));
    expect(held.some((r) => r.includes('forty-eighth') && r.endsWith('-> Place:Kinshasa'))).toBe(true);
    expect(held.some((r) => r.includes('forty-ninth') && r.endsWith('-> Place:Luanda'))).toBe(true);
  });
});

describe('"in <place>" after a participle that opens another clause is not the venue of a sitting named before it', () => {
  const LLDC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/219', date: '2024-12-19' };
  const PP5 =
    'Recalling further the meetings of the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries held from 5 to 8 February 2024 and on 3 June 2024 and taking note with appreciation of its outcomes, and taking note of the outcomes of the three regional review meetings of the landlocked developing countries, with one meeting in Africa, held in Gaborone on 29 and 30 May 2023, one meeting in Latin America, held in Asunción on 27 and 28 July 2023, and one meeting in Europe and Asia, held in Bangkok on 22 and 23 August 2023,';

  it('A/RES/79/219 PP5: the third Conference on Landlocked Developing Countries is not held in Africa (nor Gaborone, Bangkok)', () => {
    const rows = attributions(PP5, 'preambular', LLDC);
    expect(of(rows, 'Landlocked Developing Countries').filter((r) => r.startsWith('HELD_IN '))).toEqual([]);
  });

  it('guard: a venue printed after the verb and its dates is still the sitting\u2019s ("held from 5 to 8 February 2024 in Bangkok")', () => {
    const text =
      'Recalling the Ministerial Conference on Transport, held from 5 to 8 February 2024 in Bangkok, and taking note of its outcomes,';
    expect(attributions(text, 'preambular', LLDC).some((r) => r.startsWith('HELD_IN ') && r.endsWith('-> Place:Bangkok'))).toBe(true);
  });

  it('guard: a participle after the venue does not undo it ("held in Vienna from 3 to 5 November 2014, and recognizing ...")', () => {
    const text =
      'Welcoming the Second United Nations Conference on Landlocked Developing Countries, held in Vienna from 3 to 5 November 2014, and recognizing its outcomes in Africa,';
    expect(attributions(text, 'preambular', LLDC).some((r) => r.startsWith('HELD_IN ') && r.endsWith('-> Place:Vienna'))).toBe(true);
  });
});

describe('Secretariat posts and networks printed without a capitalised head', () => {
  const ML: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/330', date: '2024-09-06' };
  const ml = oneParagraph({ ctx: ML, kind: 'operative' });

  it('A/RES/78/330 OP17: "requests the Coordinator for Multilingualism and all Secretariat entities" requests the Coordinator', () => {
    const text =
      'Emphasizes the importance of the strategic vision for multilingualism and the areas of action presented in the United Nations Strategic Framework on Multilingualism, and requests the Coordinator for Multilingualism and all Secretariat entities to contribute to the implementation of the Framework;';
    expect(ml.relations(text)).toContain('REQUESTS Organization:Coordinator for Multilingualism');
  });

  it('guard: A/RES/78/330 OP14, "the Office of the Coordinator for Multilingualism" is the Office, not its head', () => {
    const text =
      'Recognizes the need to strengthen the human resources capacity of the Office of the Coordinator for Multilingualism in order to facilitate successful implementation of the United Nations Strategic Framework on Multilingualism;';
    expect(ml.keys(text, 'Organization:')).toEqual(['Organization:Office of the Coordinator for Multilingualism']);
  });

  it('A/RES/78/330 OP38: "the importance of the network of United Nations information centres"', () => {
    const text =
      'Emphasizes the importance of the network of United Nations information centres in enhancing the public image of the United Nations, in disseminating messages on the United Nations to local populations;';
    expect(ml.relations(text)).toContain('EMPHASIZES Organization:United Nations information centres');
  });

  it('guard: A/RES/78/330 OP36, the United Nations Regional Information Centre stays its own body', () => {
    const text =
      'Welcomes the work done by the network of United Nations information centres, including the United Nations Regional Information Centre, in favour of the publication of United Nations information materials;';
    const k = ml.keys(text, 'Organization:United Nations ');
    expect(k).toContain('Organization:United Nations information centres');
    expect(k).toContain('Organization:United Nations Regional Information Centre');
  });
});

describe('a framework whose own footnote names the resolution that adopted it', () => {
  const ML: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/330', date: '2024-09-06' };
  const adopted = (text: string, notes: { after: string; mark: string; text: string }[]) =>
    extractWithNotes('PP14', text, notes, { ...ML })
      .attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);
  const PP14 =
    'Recalling its resolution 47/135 of 18 December 1992, by which it adopted the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities, and the International Covenant on Civil and Political Rights, 5 in particular article 27 thereof, concerning the rights of persons belonging to ethnic, religious or linguistic minorities,';
  const ICCPR = 'Framework:International Covenant on Civil and Political Rights';

  it('A/RES/78/330 PP14: the Covenant was adopted by resolution 2200 A (XXI) (its note), not by resolution 47/135', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const a = adopted(PP14, [{ after: 'Rights, 5', mark: '5', text: 'See resolution 2200 A (XXI), annex.' }]);
    expect(a).not.toContain(`Resolution:A/RES/2200(XXI)A -> ${ICCPR}`);
    expect(a).not.toContain(`Resolution:A/RES/47/135 -> ${ICCPR}`);
    expect(a).toContain('Resolution:A/RES/47/135 -> Framework:Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities');
  });

  it('guard: with no note of its own, a framework listed after "by which it adopted" is adopted by that resolution', () => {
    expect(adopted(PP14.replace('Rights, 5 in', 'Rights, in'), [])).toContain(`Resolution:A/RES/47/135 -> ${ICCPR}`);
  });
});

describe('UNESCO instruments named with "concerning"', () => {
  it('A/RES/78/330 OP24: "recalls the Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace"', () => {
    const ml = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/330', date: '2024-09-06' }, kind: 'operative' });
    const text =
      'Reaffirms that linguistic diversity is an important element of cultural diversity, stresses the importance of the full and effective implementation of the Convention on the Protection and Promotion of the Diversity of Cultural Expressions, 8 which entered into force on 18 March 2007, and recalls the Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace of 15 October 2003;';
    expect(ml.relations(text)).toContain('RECALLS Framework:Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace');
  });
});

describe('a generic body named for the sitting it prepares', () => {
  const lldc = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/219', date: '2024-12-19' }, kind: 'preambular' });

  it('A/RES/79/219 PP5: "the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries" is that conference\u2019s', () => {
    const text =
      'Recalling further the meetings of the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries held from 5 to 8 February 2024 and on 3 June 2024 and taking note with appreciation of its outcomes,';
    expect(lldc.keys(text, 'Organization:')).toEqual(['Organization:Preparatory Committee for the Third United Nations Conference on Landlocked Developing Countries']);
  });

  it('guard: a bare "Preparatory Committee" is still keyed with the resolution that names it', () => {
    const text = 'Recalling the work of the Preparatory Committee, and taking note of its report,';
    expect(lldc.keys(text, 'Organization:')).toEqual(['Organization:Preparatory Committee (A/RES/79/219)']);
  });

  it('guard: a sitting named later, not right after "for the", is not the one prepared', () => {
    const text =
      'Recalling that the Preparatory Committee for the Conference met before the Third United Nations Conference on Landlocked Developing Countries,';
    const k = lldc.keys(text, 'Organization:');
    expect(k.length).toBe(1);
    expect(k[0]).not.toContain('Landlocked');
  });
});
