// Session-36 audit aud36i: citations on a fresh sample (A/RES/79/227, 80/88, 80/25, 78/152, 80/242, 79/321, 78/113, 78/151,
// S/RES/687 (1991), S/RES/338 (1973)) and a wider scan of 100 more files found no generic miss to fix: every printed
// resolution reference had its edge, key and type. These tests pin the drafting patterns the audit checked, so a later change
// that breaks one fails here: a citation in a clause with no typed verb (CITES, once), a date shared by two numbers, a
// citation inside a report's "submitted pursuant to", footnoted resolutions under a description, "its" as the citing body's
// (and "the General Assembly in its resolutions" in a Council text as the Assembly's).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, markedParagraph, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/242', date: '2025-12-30' };
const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' };
const ga = oneParagraph({ ctx: GA80, kind: 'preambular' });
const sc = oneParagraph({ ctx: SC, kind: 'operative' });

describe('a resolution cited in a clause whose verb types no edge', () => {
  const pp2 = 'Having examined the report of the Secretary-General,1 prepared pursuant to its resolution 845 (IX) of 22 November 1954,';

  it('A/RES/80/88 PP2: "Having examined the report ..., prepared pursuant to its resolution 845 (IX) of 22 November 1954": CITES A/RES/845(IX)', () => {
    const r = relationsById(gaResolution('A/RES/80/88', '2025-12-05', [markedParagraph('PP2', pp2, [['1', 'A/80/71.']])]));
    expect(r.PP2).toContain('CITES Resolution:A/RES/845(IX)');
  });

  it('guard: the same resolution recalled in another paragraph: RECALLS there and no CITES (one citation)', () => {
    const r = relationsById(
      gaResolution('A/RES/80/88', '2025-12-05', [
        markedParagraph('PP1', 'Recalling its resolution 845 (IX) of 22 November 1954,'),
        markedParagraph('PP2', pp2, [['1', 'A/80/71.']]),
      ]),
    );
    expect(r.PP1).toContain('RECALLS Resolution:A/RES/845(IX)');
    expect(r.PP2).not.toContain('CITES Resolution:A/RES/845(IX)');
  });
});

describe('the verb of the clause types a resolution named inside its object', () => {
  it('A/RES/80/25 PP10: "Taking note of the report of the Secretary-General submitted pursuant to resolution 79/43": NOTES A/RES/79/43', () => {
    expect(ga.relations('Taking note of the report of the Secretary-General submitted pursuant to resolution 79/43,')).toContain('NOTES Resolution:A/RES/79/43');
  });

  it('A/RES/79/321 OP11: "Encourages ... as outlined in its resolutions 72/276 and 75/201": ENCOURAGES both', () => {
    const rel = ga.relations(
      'Encourages the United Nations peacebuilding architecture to continue to promote peacebuilding and sustaining peace activities, as outlined in its resolutions 72/276 and 75/201, and to advance a culture of peace and non-violence in post-conflict peacebuilding efforts at the country level,',
      'operative',
    );
    expect(rel).toContain('ENCOURAGES Resolution:A/RES/72/276');
    expect(rel).toContain('ENCOURAGES Resolution:A/RES/75/201');
  });
});

describe('a date printed once for two numbers', () => {
  it('A/RES/80/242 PP1: "58/269 and 58/270 of 23 December 2003": both REAFFIRMS, both dated 2003-12-23', () => {
    const text = 'Reaffirming its resolutions 56/253 of 24 December 2001, 58/269 and 58/270 of 23 December 2003, 59/276, section XI, of 23 December 2004,';
    const x = ga.extract(text);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toEqual(expect.arrayContaining(['REAFFIRMS Resolution:A/RES/58/269', 'REAFFIRMS Resolution:A/RES/58/270', 'REAFFIRMS Resolution:A/RES/59/276']));
    const dates = Object.fromEntries(x.mentions.filter((m) => m.kind === 'Resolution').map((m) => [m.key, m.attrs.date]));
    expect(dates['Resolution:A/RES/58/269']).toBe('2003-12-23');
    expect(dates['Resolution:A/RES/58/270']).toBe('2003-12-23');
    // guard: the next number keeps its own date
    expect(dates['Resolution:A/RES/59/276']).toBe('2004-12-23');
  });
});

describe('resolutions known only by their footnotes', () => {
  it('A/RES/79/321 PP7: "Recalling its resolutions declaring zones of peace in Central Asia,4 the South Atlantic5 and the Indian Ocean,6": RECALLS each footnoted resolution, the "(XXVI)" form too', () => {
    const text =
      'Recalling its resolutions declaring zones of peace in Central Asia,4 the South Atlantic5 and the Indian Ocean,6 and emphasizing the importance of these zones in maintaining stability and security in those regions,';
    const r = relationsById(
      gaResolution('A/RES/79/321', '2025-09-08', [
        notedParagraph('PP7', text, [
          ['4', 'Resolution 76/299.', 'Central Asia,4'],
          ['5', 'Resolution 41/11.', 'Atlantic5'],
          ['6', 'Resolution 2832 (XXVI).', 'Ocean,6'],
        ]),
      ]),
    );
    expect(r.PP7).toEqual(expect.arrayContaining(['RECALLS Resolution:A/RES/76/299', 'RECALLS Resolution:A/RES/41/11', 'RECALLS Resolution:A/RES/2832(XXVI)']));
  });
});

describe('whose resolution: the citing body, or the body the text names', () => {
  it('S/RES/338 (1973) OP2: "the implementation of Security Council resolution 242 (1967)": CALLS_UPON S/RES/242(1967)', () => {
    const text = 'Calls upon the parties concerned to start immediately after the cease-fire the implementation of Security Council resolution 242 (1967) in all of its parts;';
    expect(sc.relations(text, 'operative', { body: 'Security Council', symbol: 'S/RES/338(1973)', date: '1973-10-22' })).toContain('CALLS_UPON Resolution:S/RES/242(1967)');
  });

  it('S/RES/687 (1991) OP23: "the Security Council Committee established by resolution 661 (1990)" in a Council text: S/RES/661(1990)', () => {
    const text =
      'Decides further that, pending action by the Council under paragraph 22, the Security Council Committee established by resolution 661 (1990) concerning the situation between Iraq and Kuwait shall be empowered to approve exceptions to the prohibition against the import of commodities and products originating in Iraq;';
    expect(sc.relations(text)).toContain('DECIDES Resolution:S/RES/661(1990)');
  });

  it('guard: S/RES/82 (1950) PP2: "the General Assembly in its resolutions 195 (III) ... and 293 (IV)" in a Council text: the Assembly\'s, A/RES', () => {
    const text =
      'Mindful of the concern expressed by the General Assembly in its resolutions 195 (III) of 12 December 1948 and 293 (IV) of 21 October 1949 about the consequences which might follow unless Member States refrained from acts derogatory to the results sought to be achieved by the United Nations,';
    const keys = sc.keys(text, 'Resolution:', 'preambular', { body: 'Security Council', symbol: 'S/RES/82(1950)', date: '1950-06-25' });
    expect(keys).toEqual(expect.arrayContaining(['Resolution:A/RES/195(III)', 'Resolution:A/RES/293(IV)']));
    expect(keys.some((k) => k.startsWith('Resolution:S/RES/'))).toBe(false);
  });
});
