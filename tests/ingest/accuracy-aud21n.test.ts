// Misses found by the session-21 audit aud21n: A/RES/80/76 (peaceful uses of outer space), A/RES/78/134 (international trade
// and development), A/RES/78/76 (Special Committee on Israeli practices), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/134', date: '2023-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const WTO13 = 'Event:Thirteenth Ministerial Conference of the World Trade Organization';

describe('an edition of a series named just before with its own lowercase ordinal', () => {
  const OP19 =
    'Welcomes the successful conclusion of the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan, and looks forward to the convening of the thirteenth Ministerial Conference, to be held from 26 to 29 February 2024 in Abu Dhabi, United Arab Emirates;';

  it('A/RES/78/134 OP19 (78/138 OP14): "the thirteenth Ministerial Conference, to be held ... in Abu Dhabi" is the thirteenth of the WTO, with its dates and place', () => {
    expect(keys(OP19, 'Event:')).toEqual(['Event:Twelfth Ministerial Conference of the World Trade Organization', WTO13]);
    expect(relations(OP19)).toContain(`LOOKS_FORWARD_TO ${WTO13}`);
    const a = attributions(OP19);
    expect(a).toContain(`HELD_IN ${WTO13} -> Place:Abu Dhabi`);
    expect(a).toContain(`STARTS_ON ${WTO13} -> Date:2024-02-26`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states; the body is
    // the WTO's Ministerial Conference, the series, SESSION_OF the WTO (ruling, session 53; aud54d)
    expect(a).toContain(`SESSION_OF ${WTO13} -> Event:Ministerial Conference of the World Trade Organization`);
    expect(a).toContain('SESSION_OF Event:Ministerial Conference of the World Trade Organization -> Organization:World Trade Organization');
  });

  it('A/RES/78/233 OP28: "... and looks forward to concrete and positive results at the thirteenth Ministerial Conference"', () => {
    const text =
      'Welcomes the convening of the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, and the adoption of its ministerial declarations, and looks forward to concrete and positive results at the thirteenth Ministerial Conference;';
    expect(keys(text, 'Event:')).toContain(WTO13);
    expect(keys(text, 'Event:Ministerial Conference')).toEqual([]);
  });

  it('guard: a sitting of another series after a numbered one keeps its own name ("the fifteenth session of the United Nations Conference on Trade and Development")', () => {
    const text =
      'Welcomes the convening of the twelfth Ministerial Conference of the World Trade Organization, held in Geneva, and also welcomes the convening of the fifteenth session of the United Nations Conference on Trade and Development, held in Barbados from 3 to 7 October 2021;';
    expect(keys(text, 'Event:')).toEqual([
      'Event:Twelfth Ministerial Conference of the World Trade Organization',
      'Event:fifteenth session of the United Nations Conference on Trade and Development',
    ]);
  });
});

describe('the WTO\'s ministerial conferences numbered alone, the WTO named in the paragraph', () => {
  it('A/RES/78/134 OP9: "continuing the World Trade Organization negotiations ... at the thirteenth Ministerial Conference"', () => {
    const text =
      'Notes with concern that certain forms of support for agricultural producers are either trade-distorting or harmful to nature and health, and looks forward to continuing the World Trade Organization negotiations consistent with existing mandates to further reform agricultural trade rules, with a view to achieving concrete and positive results at the thirteenth Ministerial Conference;';
    expect(keys(text, 'Event:')).toEqual([WTO13]);
    expect(relations(text)).toContain(`LOOKS_FORWARD_TO ${WTO13}`);
  });

  it('A/RES/78/68 OP148: "the World Trade Organization shall continue negotiations ... at its thirteenth Ministerial Conference", after another ministerial conference was named', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/68' };
    keys('Recalls the Ministerial Conference on Fishing Vessel Safety and Illegal, Unreported and Unregulated Fishing, held in Torremolinos, Spain, from 21 to 23 October 2019;', 'Event:', 'operative', ctx);
    const text =
      'Notes that the World Trade Organization shall continue negotiations on the outstanding issues on fisheries subsidies with a view to making recommendations at its thirteenth Ministerial Conference for additional provisions that would achieve a comprehensive agreement on fisheries subsidies;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([WTO13]);
  });

  it('A/RES/79/145 OP151 (80/109 OP156): "members of the World Trade Organization should advance negotiations ... by its Fourteenth Ministerial Conference"', () => {
    const text =
      'Notes that members of the World Trade Organization should advance negotiations on the outstanding issues for a comprehensive agreement on fisheries subsidies as soon as possible and by its Fourteenth Ministerial Conference, recognizing that appropriate and effective special and differential treatment should be an integral part of these negotiations;';
    expect(keys(text, 'Event:')).toEqual(['Event:Fourteenth Ministerial Conference of the World Trade Organization']);
  });

  it('guard: with no WTO in the paragraph, a numbered ministerial conference is not given to it', () => {
    expect(keys('Looks forward to the thirteenth Ministerial Conference;', 'Event:')).toEqual(['Event:Thirteenth Ministerial Conference']);
  });

  it('guard: another movement\'s ministerial conference after its series is named stays that series\' (A/RES/79/30 PP11)', () => {
    const text =
      'Welcomes the Sixteenth Ministerial Conference and Commemorative Meeting of the Movement of Non-Aligned Countries, and the Seventeenth Ministerial Conference, and notes the statements of the World Trade Organization;';
    expect(keys(text, 'Event:')).not.toContain('Event:Seventeenth Ministerial Conference of the World Trade Organization');
  });
});

describe('"the Committee" is the committee the text is about, not a Main Committee named in passing', () => {
  const OUTER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/76', date: '2025-12-05' };
  const COPUOS = 'Organization:Committee on the Peaceful Uses of Outer Space';
  const PP3 =
    'Recognizing, in that regard, the unique platform at the global level for international cooperation in space activities represented by the Committee on the Peaceful Uses of Outer Space and its Scientific and Technical Subcommittee and Legal Subcommittee and assisted by the Office for Outer Space Affairs of the Secretariat,';
  const OP20 =
    'Decides to convene a joint half-day panel discussion of the Disarmament and International Security Committee (First Committee) and the Special Political and Decolonization Committee (Fourth Committee) to address possible challenges to space security and sustainability;';

  it('A/RES/80/76 OP21 (79/87 OP24, 78/72 OP24): "the Committee ... at its sixty-ninth session" after OP20 named the First and Fourth Committees', () => {
    const ctx = { ...OUTER };
    keys(PP3, 'Organization:', 'preambular', ctx);
    keys(OP20, 'Organization:', 'operative', ctx);
    const OP21 =
      'Recalls that the Committee should carry out a midterm review of progress made in implementing the “Space2030” Agenda, and notes that Member States and organizations having observer status with the Committee will continue to be invited to submit reports on the implementation of the “Space2030” Agenda for consideration by the Committee at its sixty-ninth session;';
    const k = keys(OP21, '', 'operative', ctx);
    expect(k).toContain(COPUOS);
    expect(k).toContain('Event:sixty-ninth session of the Committee on the Peaceful Uses of Outer Space');
    expect(k).not.toContain('Organization:Special Political and Decolonization Committee');
  });

  it('guard, A/RES/78/245 OP64: a Main Committee named in the same paragraph is "the Committee" there, whatever committee was named before', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/245' };
    keys('Takes note of the report of the Advisory Committee on Administrative and Budgetary Questions;', '', 'operative', ctx);
    const OP64 =
      'Notes that accurate, timely and consistent information provided by the Secretariat to the Fifth Committee during its informal consultations facilitates the decision-making process in the Committee;';
    expect(keys(OP64, 'Organization:', 'operative', ctx).filter((x) => x.includes('Committee'))).toEqual(['Organization:Fifth Committee', 'Organization:Fifth Committee']);
  });

  it('guard: with no other committee named before, a Main Committee is "the Committee" in the next paragraphs (A/RES/79/192 OP12)', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/192' };
    keys('Recalls the working methods of the Third Committee;', '', 'operative', ctx);
    expect(keys('Encourages the Committee to continue to review its methods of work;', 'Organization:', 'operative', ctx)).toEqual(['Organization:Third Committee']);
  });
});

describe('the regional groups printed as "<region> States" are no place mentions', () => {
  const OUTER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/76', date: '2025-12-05' };

  it('A/RES/80/76 OP46 (79/87 OP46, 78/72 OP43, 78/107 OP28, 78/128 OP8): "the Asia-Pacific States, ..., the Latin American and Caribbean States"', () => {
    const OP46 =
      'Urges the African States, the Asia-Pacific States, the Eastern European States, the Latin American and Caribbean States and the Western European and other States to nominate their candidates for the offices of Chair of the Scientific and Technical Subcommittee, for the period 2028–2029;';
    expect(keys(OP46, 'Place:', 'operative', { ...OUTER })).toEqual([]);
  });

  it('guard: the region named as such stays a place ("in Latin America and the Caribbean", "the Asia-Pacific region", "between Caribbean States")', () => {
    expect(keys('Welcomes the work of the regional centres in Latin America and the Caribbean;', 'Place:', 'operative', { ...OUTER })).toEqual(['Place:Latin America and the Caribbean']);
    expect(keys('Welcomes the cooperation in the Asia-Pacific region;', 'Place:', 'operative', { ...OUTER })).toEqual(['Place:Asia and the Pacific']);
    expect(keys('Welcomes the delimitation negotiations between Caribbean States;', 'Place:', 'operative', { ...OUTER })).toEqual(['Place:Caribbean']);
  });
});
