// Session-60 audit aud60c: faults found annotating A/RES/78/237 (information and telecommunications in the context of international
// security) and A/RES/78/286 (International Day for Dialogue among Civilizations). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
const PP15_78_237 =
  'Underlining the importance for the global community of shaping a system of international information security and continuing a democratic, inclusive, transparent and results-oriented negotiation process within the Open-ended Working Group on security of and in the use of information and communications technologies 2021–2025, while recognizing its centrality as the mechanism within the United Nations for dialogue on security in the use of information and communications technologies,';
const OP3_78_237 =
  'Welcomes the adoption by consensus of the second annual progress report of the Open-ended Working Group,1 and takes note of the compendium of statements in explanation of position on its adoption;2';
const OP3_78_237_NOTES: [string, string, string][] = [
  ['1', 'See A/78/265.', 'Working Group,1'],
  ['2', 'A/AC.292/2023/INF/5.', 'adoption;2'],
];
const OP4_78_237 =
  'Also welcomes the establishment of the global intergovernmental points of contact directory as the first universal confidence-building measure, and calls upon States to use this instrument in good faith to develop practical cooperation, including through the computer emergency response teams channels, as well as to continue discussing at the Open-ended Working Group possible ways to continuously improve the directory in an incremental and step-by-step manner, as set out in annex A to the second annual progress report of the Open-ended Working Group, inter alia, through communication protocols and required capacity-building measures;';
const OP7_78_237 =
  'Invites Member States to share within the Open-ended Working Group their views on capacity-building needs, including for the implementation of practical measures recommended by the Open-ended Working Group, as well as possible inclusive mechanisms to meet them, including funding, taking into account the agreed principles of capacity-building, as set out in annex C to the second annual progress report of the Open-ended Working Group, in particular that capacity-building activities should correspond to nationally identified needs and priorities and should be undertaken with full respect for the principle of State sovereignty;';

describe('fix 1: a body\'s footnoted report printed again with the words that singled it out ("the second annual progress report of the <body>") is that report', () => {
  it('A/RES/78/237 OP4, OP7: "as set out in annex A (C) to the second annual progress report of the Open-ended Working Group" after OP3 footnoted it (A/78/265)', () => {
    const rel = relationsById(
      gaResolution('A/RES/78/237', '2023-12-22', [
        notedParagraph('PP15', PP15_78_237),
        notedParagraph('OP3', OP3_78_237, OP3_78_237_NOTES),
        notedParagraph('OP4', OP4_78_237),
        notedParagraph('OP7', OP7_78_237),
      ]),
    );
    expect(rel.OP3).toContain('WELCOMES Document:A/78/265');
    expect(rel.OP4).toContain('CALLS_UPON Document:A/78/265');
    expect(rel.OP7).toContain('INVITES Document:A/78/265');
    // (the group keeps its own verb: the author of a body's report is not nested in it)
    expect(rel.OP4).toContain(`CALLS_UPON ${OEWG}`);
    expect(rel.OP7).toContain(`INVITES ${OEWG}`);
  });

  it('guard: other words ("the first annual progress report of the Open-ended Working Group") name another report, left alone', () => {
    const rel = relationsById(
      gaResolution('A/RES/78/237', '2023-12-22', [
        notedParagraph('PP15', PP15_78_237),
        notedParagraph('OP3', OP3_78_237, OP3_78_237_NOTES),
        notedParagraph('OP4', OP4_78_237.replace('annex A to the second annual', 'annex A to the first annual')),
      ]),
    );
    expect(rel.OP4!.filter((r) => r.includes('Document:'))).toEqual([]);
    expect(rel.OP4).toContain(`CALLS_UPON ${OEWG}`);
  });
});

describe('fix 2: "<declaration or agenda> and the Programme of Action" with no programme of action named before is that instrument\'s programme', () => {
  const GLOBAL_AGENDA_POA = 'Framework:Programme of Action of the Global Agenda for Dialogue among Civilizations';
  const PP2_78_286 =
    'Recalling previous resolutions of the General Assembly on promoting understanding, development and exchange among civilizations and cultures, in particular its resolution 53/22 of 4 November 1998, by which the Assembly proclaimed the year 2001 as the United Nations Year of Dialogue among Civilizations, and its resolution 56/6 of 9 November 2001 on the Global Agenda for Dialogue among Civilizations and the Programme of Action and its objectives, principles and participants, contained therein,';

  it('A/RES/78/286 PP2: "on the Global Agenda for Dialogue among Civilizations and the Programme of Action ..., contained therein"', () => {
    const rel = relationsById(gaResolution('A/RES/78/286', '2024-06-07', [notedParagraph('PP2', PP2_78_286)]));
    expect(rel.PP2).toContain(`RECALLS ${GLOBAL_AGENDA_POA}`);
    expect(rel.PP2).toContain('RECALLS Framework:Global Agenda for Dialogue among Civilizations');
  });

  it('guard: A/RES/78/286 PP12 "reaffirmed the Global Agenda for Dialogue among Civilizations and its Programme of Action" reads as before', () => {
    const rel = relationsById(
      gaResolution('A/RES/78/286', '2024-06-07', [
        notedParagraph(
          'PP12',
          'Recalling also the 2005 World Summit Outcome, in which the Heads of State and Government reaffirmed the Global Agenda for Dialogue among Civilizations and its Programme of Action and the value of different initiatives on dialogue among cultures and civilizations,',
        ),
      ]),
    );
    expect(rel.PP12).toContain(`RECALLS ${GLOBAL_AGENDA_POA}`);
  });

  it('guard: a number-led agenda has no programme of its own ("the 2030 Agenda for Sustainable Development and the Programme of Action")', () => {
    const rel = relationsById(
      gaResolution('A/RES/78/286', '2024-06-07', [
        notedParagraph('PP1', 'Recalling the 2030 Agenda for Sustainable Development and the Programme of Action, and the commitments made therein,'),
      ]),
    );
    expect(rel.PP1!.filter((r) => r.includes('Programme of Action of the'))).toEqual([]);
  });
});

describe('fix 3: "under United Nations auspices" names the Organization, as "under the auspices of the United Nations" does', () => {
  const UN = 'Organization:United Nations';
  const OP6_78_237 =
    'Encourages Member States to continue exchanging views at the Open-ended Working Group on intergovernmental regular institutional dialogue on security in the use of information and communications technologies, with the objective of elaborating a common understanding on the most effective format for future regular institutional dialogue with the broad participation of States under United Nations auspices to be established upon conclusion of the work of the Open-ended Working Group, and confirms that, in considering different proposals on regular institutional dialogue, the views, concerns and interests of all States should be taken into account, and recommends that these proposals be further elaborated within the Open-ended Working Group;';

  it('A/RES/78/237 OP6: "with the broad participation of States under United Nations auspices"', () => {
    const rel = relationsById(gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('OP6', OP6_78_237)]));
    expect(rel.OP6).toContain(`ENCOURAGES ${UN}`);
  });

  it('guard: "United Nations entities" stays an adjective, no Organization', () => {
    const rel = relationsById(
      gaResolution('A/RES/78/237', '2023-12-22', [notedParagraph('OP6', 'Encourages United Nations entities to continue to support the dialogue under United Nations leadership;')]),
    );
    expect(rel.OP6!.filter((r) => r.endsWith(UN))).toEqual([]);
  });
});
