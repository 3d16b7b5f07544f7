// Accuracy cases of session 33 (aud33c): forms read in A/RES/79/256, 80/231 and their yearly twins. Each case quotes the
// file and paragraph; each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

function para(id: string, text: string): ParagraphText {
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] };
}
const resolution = (symbol: string, date: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date, instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** the verb relations of paragraph `id`, as 'TYPE target' */
function relationsOf(r: ResolutionText, id: string): string[] {
  return extractResolution(r).paragraphs.find((p) => p.paragraph.id === id)!.relations.map((x) => `${x.type} ${x.target}`);
}

const UNRWA = 'Organization:United Nations Relief and Works Agency for Palestine Refugees in the Near East';
const UNRWA_OP1 =
  'Recalls its resolution 302 (IV) of 8 December 1949, by which it established the United Nations Relief and Works Agency for Palestine Refugees in the Near East with a mandate to provide humanitarian assistance, protection and essential services to Palestine refugees, and affirms that no organization can replace or substitute the Agency’s capacity and mandate to serve Palestine refugees;';
const unrwa = (id: string, text: string) => relationsOf(resolution('A/RES/79/256', '2024-12-24', [para('OP1', UNRWA_OP1), para(id, text)]), id);

describe('"Agency staff", "Agency schools": the bare short form before a noun it qualifies names the Agency', () => {
  it('A/RES/79/256 OP4: "Condemns ... the killing of Agency staff" CONDEMNS UNRWA (78/251 OP3, 80/77 OP14)', () => {
    expect(unrwa('OP4', 'Condemns in the strongest possible terms the killing of Agency staff and all acts of violence against civilians, including all acts of terror and indiscriminate attacks;')).toContain(`CONDEMNS ${UNRWA}`);
  });

  it('A/RES/79/256 OP6: "including Agency schools sheltering displaced civilians" (78/73 PP43)', () => {
    expect(unrwa('OP6', 'Condemns in the strongest terms the destruction of installations, facilities and vehicles under the United Nations flag and bearing the United Nations emblem, including Agency schools sheltering displaced civilians;')).toContain(`CONDEMNS ${UNRWA}`);
  });

  it('A/RES/78/73 PP42: "any disruption caused to Agency operations by such violations"', () => {
    expect(unrwa('PP42', 'Deploring also the breaches of the inviolability of United Nations premises and any disruption caused to Agency operations by such violations,')).toContain(`CONDEMNS ${UNRWA}`);
  });

  it('guard: a bare "Agency" before another noun ("Agency mandates") names nothing', () => {
    expect(unrwa('OP5', 'Stresses Agency mandates and the needs of Palestine refugees;').filter((r) => r.includes('Agency'))).toEqual([]);
  });

  it('guard: "Agency staff" in a text that names no agency before it names nothing', () => {
    const r = resolution('A/RES/79/256', '2024-12-24', [para('OP4', 'Condemns in the strongest possible terms the killing of Agency staff and all acts of violence against civilians;')]);
    expect(relationsOf(r, 'OP4')).toEqual([]);
  });
});

describe('"the Acting Representative of the Secretary-General for ...": a person acting in a post, no body', () => {
  const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/243', date: '2025-12-24' }, kind: 'operative' });

  it('A/RES/80/243 XII.OP2 (80/231 PP3): no Organization "Acting Representative"', () => {
    const text =
      'Also takes note of the report of the Chief Executive of Pension Administration and the Acting Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors;';
    expect(keys(text, 'Organization:')).not.toContain('Organization:Acting Representative');
    expect(keys(text, 'Organization:')).toContain('Organization:Board of Auditors');
  });

  it('guard: a Special Representative of the Secretary-General with a mandate stays a post of its own', () => {
    expect(keys('Welcomes the work of the Special Representative of the Secretary-General for Children and Armed Conflict;', 'Organization:')).toContain(
      'Organization:Special Representative of the Secretary-General for Children and Armed Conflict',
    );
  });
});

describe('the Pension Fund’s two heads: "the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund"', () => {
  const CEO = 'Organization:Chief Executive of Pension Administration';
  const RSG = 'Organization:Representative of the Secretary-General for the investment of the assets of the United Nations Joint Staff Pension Fund';
  const FUND = 'Organization:United Nations Joint Staff Pension Fund';
  const OP3 =
    'Further takes note of the reports of the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors;';
  const pension = (paragraphs: ParagraphText[], id: string) => relationsOf(resolution('A/RES/79/253', '2024-12-24', paragraphs), id);

  it('A/RES/79/253 OP3 (78/253 VII.OP2, 80/243 XII.OP2; 78/242, 79/245, 80/231 PP3): NOTES each post, one node each', () => {
    const r = pension([para('OP1', 'Takes note of the report of the United Nations Joint Staff Pension Board;'), para('OP3', OP3)], 'OP3');
    expect(r).toContain(`NOTES ${CEO}`);
    expect(r).toContain(`NOTES ${RSG}`);
  });

  it('guard: "the Fund" after the Representative’s title is the Pension Fund, not the post (79/253 OP5)', () => {
    const r = pension(
      [para('OP1', 'Takes note of the report of the United Nations Joint Staff Pension Board and the financial statements of the United Nations Joint Staff Pension Fund;'), para('OP3', OP3), para('OP5', 'Emphasizes the importance of continuing to achieve the necessary annual real rate of return for the future solvency of the Fund;')],
      'OP5',
    );
    expect(r).toEqual([`EMPHASIZES ${FUND}`]);
  });

  it('guard: "the Pension Administration" alone stays the Administration, no Chief Executive (79/253 OP9)', () => {
    const r = pension([para('OP9', 'Requests the Pension Administration to provide an update on this;')], 'OP9');
    expect(r).not.toContain(`REQUESTS ${CEO}`);
  });
});
