// Session-40 audit aud40b: entities per kind (Organization, Event, Initiative, Framework, Place, Document, action lines, dates) on
// a fresh random sample of corpus-ga (A/RES/78/139, 79/312, 80/32, 78/209, 80/40, 78/203, 79/131, 80/100, 79/258, 79/34), plus
// the open misses of the last session. Fixed: a staff grade in parentheses after a post's title ("One post of Military Adviser
// (P-4)", A/RES/79/258 VIII.OP28) is no acronym, and the post's bare title after "post of" no Organization (every later "P-4" had
// become an edge to "Military Adviser"); an amendment's footnote mark glued to "Amendment" ("the Amendment2 to the Convention on
// the Physical Protection of Nuclear Material", A/RES/79/42 PP7; "the Doha Amendment112 to the Kyoto Protocol", A/RES/80/110
// OP198) no longer cuts the amendment's name: one Framework, named without its mark. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' };
const { keys, relations, extract } = oneParagraph({ ctx: GA79, kind: 'operative' });

describe('a post and its staff grade are no body', () => {
  it('A/RES/79/258 VIII.OP28: "(e) One post of Military Adviser (P-4)": no Organization "Military Adviser", the Special Envoy still one', () => {
    const text =
      'Decides to abolish the following long-vacant posts in the Office of the Special Envoy of the Secretary-General for Syria: (a) One post of Chief Security Officer (P-4); (b) One post of Political Affairs Officer (P-3); (c) One post of Administrative Assistant (General Service (Other level)); (d) One post of Field Security Assistant (Local level); (e) One post of Military Adviser (P-4);';
    const orgs = keys(text, 'Organization:');
    expect(orgs).not.toContain('Organization:Military Adviser');
    expect(orgs).toContain('Organization:Special Envoy of the Secretary-General for Syria');
  });

  it('A/RES/79/258 VIII.OP28 then OP30: a grade defined in one paragraph is no acronym in the next ("one post of Finance and Budget Officer at the P-4 level")', () => {
    const ctx: RecognizeContext = { ...GA79 };
    extract('Decides to abolish one post of Military Adviser (P-4);', 'operative', ctx);
    const text =
      'Takes note of paragraph 13 of the report of the Advisory Committee, and decides to establish one post of Finance and Budget Officer at the P-4 level in the Office of the Personal Envoy of the Secretary-General for the Sudan;';
    const rel = relations(text, 'operative', ctx);
    expect(rel.filter((r) => r.includes('Military Adviser'))).toEqual([]);
    expect(rel).toContain('DECIDES Organization:Personal Envoy of the Secretary-General for the Sudan');
  });

  it('guard: A/RES/79/258 X.OP7: "the Office of the Secretary-General\'s Envoy on Technology ... the new Office for Digital and Emerging Technologies": the offices stay', () => {
    const text =
      'Also approves, effective 1 January 2025, the conversion of six posts (1 Under-Secretary-General, 1 P-5, 1 P-4, 1 P-2, 1 P-1 and 1 General Service (Other level)) from the Office of the Secretary-General’s Envoy on Technology that are funded from extrabudgetary resources to regular budget funding under the new Office for Digital and Emerging Technologies under section 1, Overall policymaking, direction and coordination, of the proposed programme budget for 2025;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Office for Digital and Emerging Technologies');
    expect(orgs).toContain("Organization:Office of the Secretary-General's Envoy on Technology");
  });

  it('guard: an acronym in parentheses after a body (no staff grade) is still learnt: "the Office of Information and Communications Technology (OICT)"', () => {
    const ctx: RecognizeContext = { ...GA79 };
    extract('Requests the Secretary-General to strengthen the Office of Information and Communications Technology (OICT);', 'operative', ctx);
    expect(keys('Also requests OICT to report on its progress;', 'Organization:', 'operative', ctx)).toEqual(['Organization:Office of Information and Communications Technology']);
  });
});

describe('an amendment across its glued footnote mark is one instrument', () => {
  it('A/RES/79/42 PP7 (80/41): "the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3": the Amendment, named without its mark', () => {
    const text =
      'Recalling further the adoption, by consensus of the States parties, of the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3 by the International Atomic Energy Agency on 8 July 2005, and its entry into force on 8 May 2016,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain('RECALLS Framework:Amendment to the Convention on the Physical Protection of Nuclear Material');
    expect(rel).not.toContain('RECALLS Framework:Convention on the Physical Protection of Nuclear Material');
    expect(rel).toContain('RECALLS Organization:International Atomic Energy Agency');
  });

  it('A/RES/80/110 OP198: "notes the entry into force of the Doha Amendment112 to the Kyoto Protocol113 on 31 December 2020": the Doha Amendment, not its cut name', () => {
    const text =
      'Welcomes the Paris Agreement and its early entry into force on 4 November 2016, and notes the entry into force of the Doha Amendment112 to the Kyoto Protocol113 on 31 December 2020;';
    const fw = keys(text, 'Framework:');
    expect(fw).toContain('Framework:Doha Amendment to the Kyoto Protocol');
    expect(fw).not.toContain('Framework:Doha Amendment');
  });

  it('guard: A/RES/79/129 OP14: the same amendment printed with no mark is the same node', () => {
    const text = 'Calls upon all States parties to the Convention on the Physical Protection of Nuclear Material to ratify the Amendment to the Convention on the Physical Protection of Nuclear Material;';
    expect(keys(text, 'Framework:')).toEqual(expect.arrayContaining(['Framework:Amendment to the Convention on the Physical Protection of Nuclear Material']));
  });

  it('guard: A/RES/80/110 OP198: a mark glued to another name still ends it ("the United Nations Framework Convention on Climate Change111 that have not yet done so")', () => {
    const text =
      'Welcomes the Paris Agreement 110 and its early entry into force on 4 November 2016, encourages all its Parties to fully implement the Agreement and Parties to the United Nations Framework Convention on Climate Change111 that have not yet done so to deposit their instruments of ratification, acceptance, approval or accession, as appropriate, as soon as possible, notes the entry into force of the Doha Amendment112 to the Kyoto Protocol113 on 31 December 2020, and recognizes the importance of raising awareness of the adverse impact of climate change on the marine environment, marine biodiversity and sea level;';
    const rel = relations(text);
    expect(rel).toContain('ENCOURAGES Framework:United Nations Framework Convention on Climate Change');
    expect(rel).toContain('ENCOURAGES Framework:Paris Agreement');
    expect(rel).toContain('NOTES Framework:Doha Amendment to the Kyoto Protocol');
  });
});
