// Session-42 speed helper spd42a. No change to the graph (golden dump cmp-identical). Audit: where the CPU of a whole
// corpus-ga ingest goes now (perf with --perf-basic-prof over bench:ingest, per thread; --cpu-prof; one-thread native runs;
// bench:instructions). What these tests pin down:
// - headKind (ingest/recognize/entityScan.ts), which tells a name's kind by its head word, keeps its answers by the words it
//   was asked about (headKinds): a name read again (in the same paragraph read twice, or in a later one) gets the kind it got
//   the first time, and names that share a head word but not their words keep their own kinds (a name's words joined with
//   spaces are the key: a word list with a spaced word is read afresh, never looked up).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { headKind } from '../../ingest/recognize/entityScan.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_62: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/62', date: '2025-12-01' };
const GA78_18: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/18', date: '2023-12-04' };
const { relations } = oneParagraph({ ctx: GA80_62, kind: 'preambular' });

// A/RES/80/62 PP3 (corpus-ga A_RES_80_62.txt), as printed, footnote marks and all
const PP3 =
  'Taking note of the report of the Secretary-General, 1 and expressing its appreciation to the Regional Centre for its important work in promoting dialogue and confidence-building measures through the organization of meetings, conferences and workshops in the region, including the twenty-third United Nations-Republic of Korea Joint Conference on Disarmament and Non-Proliferation Issues and national and subregional workshops on awareness-raising and promoting the full and universal implementation of the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction2 and the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction 3 and the implementation of the Global Framework for Through-life Conventional Ammunition Management, 4 as well as preparations for the open-ended working group on the prevention of an arms race in outer space in all its aspects,';
const PP3_RELATIONS = [
  'NOTES Organization:Secretary-General of the United Nations',
  'EXPRESSES Event:Twenty-third United Nations-Republic of Korea Joint Conference on Disarmament and Non-Proliferation Issues',
  'EXPRESSES Framework:Biological Weapons Convention',
  'EXPRESSES Framework:Chemical Weapons Convention',
  'EXPRESSES Framework:Global Framework for Through-life Conventional Ammunition Management',
  'EXPRESSES Organization:open-ended working group on the prevention of an arms race in outer space in all its aspects',
];
// A/RES/80/62 PP4
const PP4 =
  'Expressing its appreciation to the Regional Centre for its capacity-building training for States of Asia and the Pacific on fostering gender-responsive arms control, formulating national policies on small arms and light weapons control and promoting the responsible innovation and application of new technologies, its activities under the Saving Lives Entity initiative carried out jointly with the United Nations Development Programme, its activities to promote transparency and confidence-building measures among States in Asia and the Pacific, its initiatives to promote the voices of young people in the region on issues related to disarmament, arms control and non‑proliferation and its activities to strengthen partnership with civil society organizations, universities and schools in the region on disarmament issues, the linkages between gender and peace and disarmament, and the nexus between disarmament and the 2030 Agenda for Sustainable Development, 5';
const PP4_RELATIONS = ['EXPRESSES Initiative:Saving Lives Entity', 'EXPRESSES Organization:United Nations Development Programme', 'EXPRESSES Framework:2030 Agenda for Sustainable Development'];
// A/RES/78/18 PP12
const PP12_78_18 =
  'Noting the in-depth negotiations undertaken in the Conference on Disarmament and its Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons, 6 with a view to reaching agreement on this question,';

describe('headKind answers kept by the words asked about', () => {
  it('A/RES/80/62 PP3, read twice: the joint conference is an Event and the Global Framework a Framework (their heads), the second reading as the first', () => {
    expect(relations(PP3)).toEqual(PP3_RELATIONS);
    expect(relations(PP3)).toEqual(PP3_RELATIONS);
  });

  it('A/RES/80/62 PP4 between two readings of PP3: "the Saving Lives Entity initiative" is an Initiative, PP3 unchanged after it', () => {
    expect(relations(PP3)).toEqual(PP3_RELATIONS);
    expect(relations(PP4)).toEqual(PP4_RELATIONS);
    expect(relations(PP4)).toEqual(PP4_RELATIONS);
    expect(relations(PP3)).toEqual(PP3_RELATIONS);
  });

  it('guard: A/RES/78/18 PP12 after A/RES/80/62 PP3: "the Conference on Disarmament" (its head word that of the joint conference, other words) stays the body, its Ad Hoc Committee an Organization', () => {
    expect(relations(PP3)).toEqual(PP3_RELATIONS);
    expect(relations(PP12_78_18, 'preambular', GA78_18)).toEqual([
      'NOTES Organization:Conference on Disarmament',
      'NOTES Organization:Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons',
    ]);
  });
});

describe('headKind: an answer kept is the answer for those words only', () => {
  it('A/RES/78/290 PP5 and OP2: "the Decade of Action for Road Safety" (a decade) and "the Fourth Global Ministerial Conference on Road Safety" (a conference) end alike and keep their own kinds, asked in turn', () => {
    const decade = ['Decade', 'of', 'Action', 'for', 'Road', 'Safety'];
    const conference = ['Fourth', 'Global', 'Ministerial', 'Conference', 'on', 'Road', 'Safety'];
    for (let round = 0; round < 2; round++) {
      expect(headKind(decade)).toEqual({ kind: 'Event', eventKind: 'decade' });
      expect(headKind(conference)).toEqual({ kind: 'Event', eventKind: 'conference' });
    }
  });

  it('guard: a word that holds a space is not taken for two words ("Ministerial Conference" as one word has no head), before or after the two words were asked', () => {
    expect(headKind(['Ministerial Conference'])).toBeUndefined();
    expect(headKind(['Ministerial', 'Conference'])).toEqual({ kind: 'Event', eventKind: 'conference' });
    expect(headKind(['Ministerial Conference'])).toBeUndefined();
    expect(headKind(['Ministerial', 'Conference'])).toEqual({ kind: 'Event', eventKind: 'conference' });
  });
});
