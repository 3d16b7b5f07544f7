// Session-62 audit aud62w: A/RES/78/101 (Implementation of the Declaration on the Granting of Independence to Colonial Countries
// and Peoples, Fourth Committee). Each case quotes the file and paragraph it comes from; the fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';

const SPECIAL_COMMITTEE = 'Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
const CHAIR = `Organization:Chair of the ${SPECIAL_COMMITTEE}`;
const BUREAU = `Organization:Bureau of the ${SPECIAL_COMMITTEE}`;
/** A/RES/78/101 OP5: the paragraph that names the Special Committee in full before the short forms of OP18 */
const OP5 =
  'Calls upon the administering Power of each Territory on the agenda of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples to cooperate fully in the work of the Special Committee and to participate formally in its future sessions and seminars;';

/** the relations and attributions of each paragraph, after the paragraphs before it */
const extractedById = (symbol: string, date: string, paragraphs: [string, string][]) =>
  Object.fromEntries(
    extractResolution(gaResolution(symbol, date, paragraphs.map(([id, text]) => notedParagraph(id, text)))).paragraphs.map((p) => [
      p.paragraph.id,
      { relations: p.relations.map((r) => `${r.type} ${r.target}`), attributions: p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) },
    ]),
  );

describe('"with the Chair and the Bureau of the Committee": the officer printed before the bureau shares its owner', () => {
  it('corpus-ga/A_RES_78_101.txt OP18 (79/114, 80/105): the Chair of the Special Committee is addressed beside its Bureau', () => {
    const byId = extractedById('A/RES/78/101', '2023-12-07', [
      ['OP5', OP5],
      [
        'OP18',
        'Requests the Secretary-General, President pro tempore of the Special Committee, to meet informally at least once a year with the Chair and the Bureau of the Committee during the intersessional period, in order to explore innovative ways of using his good offices to help to advance the decolonization agenda on a case-by-case basis;',
      ],
    ]);
    const op18 = byId.OP18!;
    expect(op18.relations).toContain(`REQUESTS ${CHAIR}`);
    expect(op18.relations).toContain(`REQUESTS ${BUREAU}`);
    expect(op18.relations).toContain(`REQUESTS Organization:${SPECIAL_COMMITTEE}`);
    expect(op18.attributions).toContain(`PART_OF ${BUREAU} -> Organization:${SPECIAL_COMMITTEE}`);
    // (an officer: no PART_OF of the body it presides, session 53)
    expect(op18.attributions.filter((a) => a.startsWith(`PART_OF ${CHAIR}`))).toEqual([]);
  });

  it('guard: the Bureau alone names no post (the wording of 80/98 PP36, "consultations with the Bureau of the Special Committee", with the short form)', () => {
    const byId = extractedById('A/RES/78/101', '2023-12-07', [
      ['OP5', OP5],
      ['PP1', 'Noting the consultations held between the administering Power and the Special Committee, and the consultations with the Bureau of the Committee,'],
    ]);
    expect(byId.PP1!.relations).toContain(`NOTES ${BUREAU}`);
    expect(byId.PP1!.relations.filter((r) => r.includes('Chair of the'))).toEqual([]);
  });
});

describe('"both the February 2006 and the October 2007 referendums to determine the future status of Tokelau": two referendums of the Territory the words name', () => {
  const OP7 =
    'Recalls with satisfaction the professional, open and transparent conduct of both the February 2006 and the October 2007 referendums to determine the future status of Tokelau, monitored by the United Nations;';

  it('corpus-ga/A_RES_78_101.txt OP7 (79/114): one referendum per month, keyed as 79/110 keys them, each RECALLED', () => {
    const op7 = extractedById('A/RES/78/101', '2023-12-07', [['OP7', OP7]]).OP7!;
    expect(op7.relations.filter((r) => r.startsWith('RECALLS Event:referendum in Tokelau')).sort()).toEqual([
      'RECALLS Event:referendum in Tokelau @ 2006',
      'RECALLS Event:referendum in Tokelau @ 2007',
    ]);
    expect(op7.attributions).toContain('STARTS_ON Event:referendum in Tokelau @ 2006 -> Date:2006-02');
    expect(op7.attributions).toContain('STARTS_ON Event:referendum in Tokelau @ 2007 -> Date:2007-10');
    expect(op7.relations).toContain('RECALLS Organization:United Nations');
  });

  it('guard: a place that is no Non-Self-Governing Territory gives no referendum', () => {
    const op7 = extractedById('A/RES/78/101', '2023-12-07', [['OP7', OP7.replace('Tokelau', 'Scotland')]]).OP7!;
    expect(op7.relations.filter((r) => r.includes('referendum'))).toEqual([]);
  });
});
