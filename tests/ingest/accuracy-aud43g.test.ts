// Session-43 audit aud43g: dates and attributions (LEADS, HOSTS, HELD_IN, PART_OF, ADOPTED, STARTS_ON/ENDS_ON, adoption
// dates) in a fresh sample of corpus-ga: A/RES/80/43, 79/232, 79/159, 78/63, 79/148, 78/125, 80/44, 79/182, every date printed
// and every attribution stated judged. Fixed, each with the file and paragraph it was found in and a guard:
// - a generic name printed after its year ("the Chair-designate of the 2027 Meeting of States", A/RES/80/43 OP6, after OP5
//   "Decides to convene the Meeting of States in New York from 12 to 23 July 2027") was a second node, "Meeting of States @
//   2027", shared by every text; it is keyed with the resolution as the dated mention is (entityScan.ts qualifyGenericName);
// - a day and month each printed with "of" ("77/203 of 15 of December of 2022", A/RES/79/159 PP2, 78/189 PP1, 80/191 PP2) were
//   no date: the citation's day (its ADOPTED_ON when no other text dates it) and the Date mention (dates.ts dateEndingAt,
//   DAY_OF_MONTH_OF_YEAR_SOURCE; resolutions.ts readTail).
// Code notes (golden dump identical): documentLinks.ts rememberSessionReport and rememberYearReport share one loop
// (rememberModifiedReport); attributions.ts uses keys.ts dateKey and summitPhases.ts WSIS_KEY (its copies removed);
// extract.ts venuesOfHeldEvents skips an event keyed by a gazetteer series' own name (isSeriesNode) instead of WSIS_KEY alone.
// Sample counts, distinct edges (dates: ADOPTED_ON, STARTS_ON, ENDS_ON right/wrong/missed; attributions: LEADS, HOSTS, HELD_IN,
// ORGANIZES, PART_OF, ADOPTED right/wrong/missed), before -> after: dates 142/1/3 -> 143/0/2 (the missed two: the 1995 NPT
// conference's decision and resolution "adopted ... on 11 May 1995", A/RES/78/63 PP5, PP7, have no node of their own);
// attributions 20/0/1 -> 20/0/1 (the one missed: "the Group of Governmental Experts ..., which was convened by the
// Secretary-General", A/RES/80/44 PP15, an organ convened, not an event; left).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_43: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/43', date: '2025-12-01' };
const GA79_159: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/159', date: '2024-12-17' };
const { extract, keys } = oneParagraph({ ctx: GA80_43, kind: 'operative' });

describe('a generic name printed after its year is the dated sitting the resolution names so', () => {
  const OP5 =
    'Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to review the implementation of the Global Framework, in line with section V, paragraph 31, thereof, with the participation, as observers, of relevant international and regional organizations and other relevant stakeholders, including non‑governmental organizations and civil society, academia, research institutions and industry, and further recalls its decision that the Chair may hold informal consultations ahead of the Meeting of States;';
  const OP6 =
    'Encourages the Chair-designate of the 2027 Meeting of States to conduct discussions during the intersessional period, as set out in the report of the Preparatory Meeting of States on the Global Framework for Through-life Conventional Ammunition Management;';

  it('A/RES/80/43 OP6: "the Chair-designate of the 2027 Meeting of States" is the meeting OP5 convenes "in New York from 12 to 23 July 2027", one node', () => {
    const dated = keys(OP5, 'Event:Meeting of States');
    expect(dated[0]).toBe('Event:Meeting of States (A/RES/80/43) @ 2027');
    expect(keys(OP6, 'Event:Meeting of States')).toEqual([dated[0]]);
    expect(extract(OP6).relations.map((r) => `${r.type} ${r.target}`)).toContain('ENCOURAGES Event:Meeting of States (A/RES/80/43) @ 2027');
  });

  it('guard: a named conference printed after its year keeps its own key, no resolution in it ("the 2025 United Nations Ocean Conference")', () => {
    expect(keys('Recalls the convening of the 2025 United Nations Ocean Conference in Nice;', 'Event:')).toEqual(['Event:United Nations Ocean Conference @ 2025']);
  });

  it('guard: a parties\' sitting printed after its year is its instrument\'s ("the 2026 Meeting of States Parties to the Convention on Cluster Munitions")', () => {
    expect(keys('Looks forward to the 2026 Meeting of States Parties to the Convention on Cluster Munitions;', 'Event:')).toEqual(['Event:Meeting of States Parties to the Convention on Cluster Munitions @ 2026']);
  });
});

describe('a day and a month each printed with "of": one date', () => {
  const { extract: extract79 } = oneParagraph({ ctx: GA79_159, kind: 'preambular' });
  const resolutionDates = (text: string): Record<string, unknown> =>
    Object.fromEntries(extract79(text).mentions.filter((m) => m.kind === 'Resolution').map((m) => [m.key, m.attrs.date]));
  const dateKeys = (text: string): string[] => extract79(text).mentions.filter((m) => m.kind === 'Date').map((m) => m.key);

  it('A/RES/79/159 PP2 (78/189 PP1, 80/191 PP2): "76/148 of 16 December 2021, 77/203 of 15 of December of 2022 and 78/189 of 19 December 2023": 77/203 of 15 December 2022', () => {
    const text = 'reaffirming its resolutions 76/148 of 16 December 2021, 77/203 of 15 of December of 2022 and 78/189 of 19 December 2023,';
    expect(resolutionDates(text)).toEqual({ 'Resolution:A/RES/76/148': '2021-12-16', 'Resolution:A/RES/77/203': '2022-12-15', 'Resolution:A/RES/78/189': '2023-12-19' });
    expect(dateKeys(text)).toEqual(['Date:2021-12-16', 'Date:2022-12-15', 'Date:2023-12-19']);
    expect(extract79(text).relations.find((r) => r.target === 'Resolution:A/RES/77/203')?.phrase).toBe('77/203 of 15 of December of 2022');
  });

  it('guard: "the end of December of 2022" names no day, and "resolution 77/203 of the General Assembly" no date', () => {
    expect(dateKeys('Noting the report submitted at the end of December of 2022,').filter((k) => k.length > 'Date:2022'.length)).toEqual([]);
    expect(resolutionDates('Recalling resolution 77/203 of the General Assembly,')).toEqual({ 'Resolution:A/RES/77/203': undefined });
  });
});
