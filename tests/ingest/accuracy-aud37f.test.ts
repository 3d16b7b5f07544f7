// Session-37 audit aud37f: leftovers of this session's audits. Standards named after two owners glued by a hyphen ("the
// International Organization for Standardization-United Nations Development Programme Management System Standards") are an
// instrument, not the first owner's organization; "the Organization of African Unity/African Union" is the African Union; "the
// Office of the High Representative and United Nations country teams" keeps the office's words; a bare generic body after
// "relevant" before a noun ("relevant Executive Board processes") and a country category's "Partnership champions" are no
// names; a footnote naming a report of the Secretary-General with its symbol in brackets gives the one symbol-keyed document.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAuthors } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' };
const { keys, relations, extract } = oneParagraph({ ctx: GA79, kind: 'operative' });

describe('an instrument named after two owners glued by a hyphen', () => {
  const ISO_UNDP = 'International Organization for Standardization-United Nations Development Programme';

  it('A/RES/79/323 annex OP34 (b): "the forthcoming International Organization for Standardization-United Nations Development Programme Management System Standards" is a Framework, not an Organization', () => {
    const text = `We note ongoing efforts, including the ${ISO_UNDP} Guidelines for the Sustainable Development Goals and the forthcoming ${ISO_UNDP} Management System Standards. We also note the development of benchmarks.`;
    expect(keys(text, 'Framework:')).toContain(`Framework:${ISO_UNDP} Management System Standards`);
    expect(keys(text, 'Organization:').filter((k) => k.includes('Management System'))).toEqual([]);
    expect(keys(text, 'Framework:')).toContain(`Framework:${ISO_UNDP} Guidelines for the Sustainable Development Goals`);
  });

  it('guard: "the International Sustainability Standards Board" (A/RES/79/323 annex OP34 (e)) stays a body: its own head follows "Standards"', () => {
    const text = 'we will consider utilizing standards, such as those of the International Sustainability Standards Board and the Global Reporting Initiative, among others.';
    expect(keys(text, 'Organization:')).toContain('Organization:International Sustainability Standards Board');
  });

  it('guard: a body named after a glued pair ("... Migration-United Nations Development Programme Joint Office") stays an Organization', () => {
    const text = 'Welcomes the work of the International Organization for Migration-United Nations Development Programme Joint Office in the region;';
    expect(keys(text, 'Framework:')).toEqual([]);
    expect(keys(text, 'Organization:').some((k) => k.endsWith('Joint Office'))).toBe(true);
  });
});

describe('the African Union printed with its predecessor\'s name before a slash', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/263', date: '2024-06-04' };

  it('A/RES/78/263 OP38 (79/264): "the fiftieth anniversary of the Organization of African Unity/African Union" is the African Union, one node', () => {
    const text =
      'Notes the commitment of African leaders to end all wars in Africa, as affirmed in the solemn declaration adopted on 26 May 2013 on the occasion of the fiftieth anniversary of the Organization of African Unity/African Union, expresses its readiness to contribute;';
    expect(keys(text, 'Organization:', undefined, { ...GA78 })).toEqual(['Organization:African Union']);
    expect(relations(text, undefined, { ...GA78 })).toContain('NOTES Organization:African Union');
  });

  it('guard: A/RES/79/15 "the historical birthplace of the Organization of African Unity and the African Union": the predecessor named alone stays its own body', () => {
    const text = 'Recalling that Addis Ababa is the historical birthplace of the Organization of African Unity and the African Union,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Organization of African Unity', 'Organization:African Union']);
  });
});

describe('"the Office of the High Representative and United Nations country teams"', () => {
  const GA79_233: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/233', date: '2024-12-19' };
  const OHRLLS = 'Organization:Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States';
  const op339 =
    'We acknowledge with appreciation the work of the Inter-Agency Consultative Group for Landlocked Developing Countries, led by the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, and call for its further strengthening.';
  const phraseOf = (text: string, ctx: RecognizeContext, key: string): string[] => extract(text, 'operative', ctx).mentions.filter((m) => m.key === key).map((m) => m.phrase);

  it('A/RES/79/233 annex OP340, after OP339 named the office in full: the mention runs over "Office of the High Representative", not "Office" alone', () => {
    const ctx = { ...GA79_233 };
    extract(op339, 'operative', ctx);
    const text = 'We call for closer coordination between the Office of the High Representative and United Nations country teams in landlocked developing countries, as an important tool for follow-up to and review of the implementation of provisions of the Programme of Action.';
    expect(phraseOf(text, ctx, OHRLLS)).toEqual(['Office of the High Representative']);
  });

  it('the same words with nothing named before: no body named "Office of the High Representative and United Nations"', () => {
    const text = 'We call for closer coordination between the Office of the High Representative and United Nations country teams in landlocked developing countries.';
    expect(keys(text, 'Organization:', undefined, { ...GA79_233 }).filter((k) => k.includes('and United Nations'))).toEqual([]);
  });

  it('guard: "and the United Nations" after the office is the Organization, a second name', () => {
    const ctx = { ...GA79_233 };
    extract(op339, 'operative', ctx);
    const text = 'We call for closer coordination between the Office of the High Representative and the United Nations in landlocked developing countries.';
    const k = extract(text, 'operative', ctx).mentions.map((m) => m.key);
    expect(k).toContain(OHRLLS);
    expect(k).toContain('Organization:United Nations');
  });
});

describe('a body named by generic words only, as a modifier after "relevant"', () => {
  const GA79_226: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/226', date: '2024-12-19' };

  it('A/RES/79/226 OP85: "in line with relevant Executive Board processes and timelines" names no Executive Board', () => {
    const text =
      'Recognizes the progress made by the reinvigorated resident coordinator system, requests all United Nations development system entities to strengthen their efforts to prepare and finalize their entity-specific country development programme documents, in line with relevant Executive Board processes and timelines;';
    expect(keys(text, 'Organization:Executive Board', undefined, { ...GA79_226 })).toEqual([]);
  });

  it('guard: "Requests the Executive Board to consider ..." still names the board (keyed with the resolution)', () => {
    expect(relations('Requests the Executive Board to consider the report and to present its findings;', undefined, { ...GA79_226 })).toContain('REQUESTS Organization:Executive Board (A/RES/79/226)');
  });
});

describe('a category of countries before a bare head and a lowercase noun', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/136', date: '2025-12-15' };

  it('A/RES/80/136 OP21: "the designation of Small Island Developing State Partnership champions" names no initiative; the Partnership Framework stays', () => {
    const text =
      'Encourages the Steering Committee to increase its stakeholder engagement and awareness of the Small Island Developing States Partnership Framework, as appropriate, including exploring the designation of Small Island Developing State Partnership champions to raise awareness of and advocacy for partnerships aligned with the Antigua and Barbuda Agenda for Small Island Developing States;';
    expect(keys(text, 'Initiative:', undefined, { ...GA80 })).toEqual([]);
    expect(relations(text, undefined, { ...GA80 })).toContain('ENCOURAGES Framework:Small Island Developing States Partnership Framework');
  });

  it('guard: A/RES/78/232 OP26 "the United Nations Small Island Developing States Partnerships Awards" stays an Initiative', () => {
    const text = 'Encourages the launch of new, genuine and durable partnerships, and in this regard welcomes the United Nations Small Island Developing States Partnerships Awards, which recognize and reward the most noteworthy partnerships;';
    expect(keys(text, 'Initiative:', undefined, { ...GA80 })).toEqual(['Initiative:United Nations Small Island Developing States Partnerships Awards']);
  });
});

describe('a footnote that names a report of the Secretary-General and its symbol in brackets', () => {
  const GA79_226: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/226', date: '2024-12-19' };
  const op77 =
    'Also emphasizes that adequate, predictable and sustainable funding of the resident coordinator system is essential for a coherent, effective, efficient and accountable response, and takes note of the report of the Secretary-General33 in this regard;';

  it('A/RES/79/226 OP77, footnote 33 "Report of the Secretary-General on revised estimates ... under section 1, ..., Department of Operational Support (A/78/753).": one document, A/78/753, by the Secretary-General', () => {
    const note =
      'Report of the Secretary-General on revised estimates relating to the proposed programme budget for 2024 under section 1, Overall policymaking, direction and coordination, and section 29B, Department of Operational Support (A/78/753).';
    expect(footnotedAuthors('OP77', op77, [{ after: 'Secretary-General33', mark: '33', text: note }], GA79_226)).toEqual(['A/78/753 Secretary-General']);
  });

  it('guard: another report between the subject and the bracket ("... and the related report of the Advisory Committee (A/78/7)") keeps the subject\'s own document', () => {
    const note = 'Report of the Secretary-General on revised estimates relating to the proposed programme budget for 2024 and the related report of the Advisory Committee (A/78/7).';
    const docs = footnotedAuthors('OP77', op77, [{ after: 'Secretary-General33', mark: '33', text: note }], GA79_226);
    expect(docs.some((d) => d.startsWith('Report of the Secretary-General on revised estimates'))).toBe(true);
  });
});
