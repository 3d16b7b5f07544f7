// Misses found by the session-19 audit aud19b: corpus/ A/RES/80/1, 80/2, 80/3 (railcar Markdown). Each case quotes
// the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-19' };

const { relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const typed = (text: string, target: string, ctx?: RecognizeContext): string[] =>
  relations(text, 'operative', ctx).filter((r) => r.includes(target)).map((r) => r.split(' ')[0]!);

describe('a stance participle set off inside the main clause ends at the comma before the main verb\'s "that"', () => {
  const OP1 =
    'Decides, without setting a precedent for future general debates and mandated high-level meetings and while stressing that the representatives of the State of Palestine should be able to participate in person in the relevant meetings at the United Nations in New York, that: (a) The State of Palestine may submit a pre‑recorded statement of its President, which will be played in the General Assembly Hall during the general debate of the Assembly at its eightieth session after introduction by its representative who is physically present in the Assembly Hall; (b) The State of Palestine may deliver statements by means of videoconference or submit a pre‑recorded statement at the meetings of the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution; (c) The State of Palestine may submit a pre‑recorded statement of its President or other high-level representative at any high-level meeting or United Nations conference and at international conferences and meetings convened under the auspices of the General Assembly or, as appropriate, under the auspices of other organs of the United Nations, if representatives of the State of Palestine are prevented from participating in the meetings of the United Nations;';

  it('A/RES/80/1 OP1: what the Assembly decides in (a)-(c) is DECIDES, not EMPHASIZES', () => {
    expect(typed(OP1, 'High-level International Conference')).toEqual(['DECIDES']);
    // (the session and, in (a), its general debate: aud44a)
    expect(typed(OP1, 'eightieth session')).toEqual(['DECIDES', 'DECIDES']);
    // the Assembly only in "the General Assembly Hall" (a room: ruling of session 55, accuracy-aud55k), in the general debate's
    // name and in "under the auspices of the General Assembly" (its own act): no target (was DECIDES, from the Hall)
    expect(typed(OP1, 'Organization:General Assembly')).toEqual([]);
    // in (c) the United Nations is in what the Assembly decides; "the relevant meetings at the United Nations in New York" in what it
    // stresses names where the meetings are held, no target (convention changed in session 52, aud52i: was EMPHASIZES too)
    expect(typed(OP1, 'Organization:United Nations').sort()).toEqual(['DECIDES']);
  });

  it('guard: the participle\'s own "that" after a comma, and an infinitive of a noun inside the adjunct, stay in the adjunct', () => {
    // "while noting, in particular, that ...": the comma right after the participle; its object is the "that" clause
    expect(typed('Decides, while noting, in particular, that the World Trade Organization has a role, to hold a meeting;', 'World Trade Organization')).toEqual(['NOTES']);
    // A/RES/78/134 OP20: ", to fully utilize" is the infinitive of "the right of countries"
    const op20 =
      'Emphasizes the need to continue combating protectionism in all its forms and to rectify any trade-distorting measures, including trade barriers, that are inconsistent with World Trade Organization rules, recognizing the right of countries, in particular developing countries, to fully utilize flexibilities consistent with their World Trade Organization commitments and obligations, and emphasizes that the work of the World Trade Organization shall continue to promote sustainable economic development with provisions for special and differential treatment remaining integral;';
    expect(typed(op20, 'World Trade Organization').sort()).toEqual(['EMPHASIZES', 'EMPHASIZES', 'RECOGNIZES']);
    // a participle whose own object may be a clause ("while urging States, ..., that") is not closed there
    expect(typed('Decides to hold a meeting, while urging the World Trade Organization, as a matter of priority, that its members contribute;', 'World Trade Organization')).toEqual(['URGES']);
  });
});

const segment = segmentLines;
const ids = paragraphIds;

describe('one unnumbered operative paragraph right after "n. ...;" is paragraph n+1, its number lost in extraction', () => {
  it('A/RES/80/3 (railcar): "1. Endorses ...;" then "Expresses its profound gratitude ... ." is OP2, not OP1.1', () => {
    const [r] = segment(
      [
        'A/RES/80/3', '', '80/3. Awaza Political Declaration', '', 'The General Assembly,', '',
        'Recalling its resolutions 76/217 of 17 December 2021, 77/246 of 30 December 2022, 77/329 of 25 August 2023, 78/315 of 10 July 2024 and 79/279 of 11 April 2025 on the convening of the Third United Nations Conference on Landlocked Developing Countries,', '',
        '1. Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries, which is contained in the annex to the present resolution;', '',
        'Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting the Third United Nations Conference on Landlocked Developing Countries, from 5 to 8 August 2025, and for providing all the necessary support.', '',
        '18th plenary meeting 14 October 2025',
      ],
      'A_RES_80_3.txt',
    );
    expect(ids(r!)).toBe('PP1 OP1 OP2');
  });

  it('guard: after a paragraph that ends with ":" (a table follows), or a preamble between, it stays OP<n>.1', () => {
    // A/RES/79/253 OP19: "19. Approves the changes to the staffing table as set out in the table below:"
    const [a] = segment(
      [
        'A/RES/79/253', '', '79/253. United Nations Joint Staff Pension Fund', '', 'The General Assembly,', '',
        'Recalling its resolution 78/253,', '',
        '19. Approves the changes to the staffing table as set out in the table below:', '',
        'Approves also the budget of the Fund for 2025.', '',
      ],
      'A_RES_79_253.txt',
    );
    expect(ids(a!)).toBe('PP1 OP19 OP19.1');
    // A/RES/79/281: "19. Encourages the Unit ...;" then a section with "Having considered ..." and "Takes note of the notes by the Secretary-General."
    const [b] = segment(
      [
        'A/RES/79/281', '', '79/281. Joint Inspection Unit', '', 'The General Assembly,', '',
        'Recalling its resolution 78/257,', '',
        '19. Encourages the Unit to continue its efforts to maximize the efficiency of limited resources within the Unit;', '',
        'Having considered the note by the Secretary-General,', '',
        'Takes note of the notes by the Secretary-General.', '',
      ],
      'A_RES_79_281.txt',
    );
    expect(ids(b!)).toBe('PP1 OP19 PP2 OP19.1');
  });
});
