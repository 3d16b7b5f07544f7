// Session-44 audit aud44b: two long pypdf-text resolutions annotated like the scorer before looking at the output
// (/tmp/lead/aud44b-gold: A/RES/73/3, the tuberculosis political declaration, OP0..OP30; A/RES/73/7, the ICC report, all).
// Fixed: the sitting a declaration's title names ("the political declaration of the high-level meeting of the General
// Assembly on antimicrobial resistance") is mentioned by the clause that names the declaration (the older hand golds count
// it: A/RES/79/1 OP20, 78/259 PP4), not where the sitting is printed as the adopting agent ("adopted by", "approved by") nor
// under "Adopts"; an instrument a report's subject names after an article's number ("the report of the Secretary-General on the
// implementation of article 3 of the Relationship Agreement") is mentioned by the report's clause, as one named after lowercase
// words only already was; the Court's Prosecutor and Registrar are offices the gazetteer names (as the President of the
// Security Council). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA73_3: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/3', date: '2018-10-10' };
const GA80_3: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-09-15' };
const { relations, attributions } = oneParagraph({ ctx: GA73_3, kind: 'operative' });

/** the meeting as the paragraph keys it (graph/build.ts drops "of the General Assembly" from a meeting's key) */
const isAmrMeeting = (key: string) => key.startsWith('Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2016');
const isTbMeeting = (key: string) => key.startsWith('Event:high-level meeting') && key.includes('on the fight against tuberculosis');

describe('the sitting a declaration is named after is mentioned by the clause that names the declaration', () => {
  it('A/RES/73/3 OP2: "Further reaffirm the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, as reflected in its resolution 71/3 ...": REAFFIRMS the meeting as well as the declaration', () => {
    const text =
      'Further reaffirm the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, as reflected in its resolution 71/3 of 5 October 2016, the 2016 political declaration on HIV and AIDS, adopted in its resolution 70/266 of 8 June 2016, and its resolution 72/139 of 12 December 2017;';
    const rel = relations(text, 'operative', { ...GA73_3 });
    expect(rel.filter((r) => r.startsWith('REAFFIRMS ') && isAmrMeeting(r.slice('REAFFIRMS '.length)))).toHaveLength(1);
    expect(rel).toContain('REAFFIRMS Framework:Political declaration of the high-level meeting on antimicrobial resistance (2016)');
    // (the meeting still adopted the declaration its title names; the Assembly inside the meeting's name is no target)
    const adopted = attributions(text, 'operative', { ...GA73_3 }).filter((a) => a.startsWith('ADOPTED ') && isAmrMeeting(a.slice('ADOPTED '.length)));
    expect(adopted.map((a) => a.slice(a.indexOf(' -> ')))).toEqual([' -> Framework:Political declaration of the high-level meeting on antimicrobial resistance (2016)']);
    expect(rel.filter((r) => r.endsWith('Organization:General Assembly'))).toEqual([]);
  });

  it('guard: A/RES/73/3 OP0 "Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018": the meeting is the approving agent, no verb relation to it', () => {
    const text =
      'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018: We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations in New York on 26 September 2018, reaffirm our commitment to ending the tuberculosis epidemic globally by 2030 in line with the Sustainable Development Goals target;';
    const rel = relations(text, 'operative', { ...GA73_3 });
    expect(rel.filter((r) => isTbMeeting(r.slice(r.indexOf(' ') + 1)))).toEqual([]);
    expect(attributions(text, 'operative', { ...GA73_3 }).filter((a) => a.startsWith('ADOPTED ') && isTbMeeting(a.slice('ADOPTED '.length)))).toHaveLength(1);
  });

  it('guard: A/RES/80/3 OP1 "Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries": the conference adopted it, the Assembly endorses the declaration only (aud43b gold)', () => {
    const text =
      'Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries, held in Awaza, Turkmenistan, from 5 to 8 August 2025, as contained in the annex to the present resolution;';
    const rel = relations(text, 'operative', { ...GA80_3 });
    expect(rel.filter((r) => r.includes('Third United Nations Conference on Landlocked Developing Countries'))).toEqual([]);
    expect(rel.some((r) => r.startsWith('ENDORSES Framework:'))).toBe(true);
  });
});

const GA73_7: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-10-29' };
const RELATIONSHIP_AGREEMENT = 'Framework:Relationship Agreement between the United Nations and the International Criminal Court';

describe('an instrument named in a report\'s subject after an article\'s number', () => {
  it('A/RES/73/7 OP13 (78/6 OP13, 79/6 OP14, 80/6 OP14): "takes note of the information included in the report of the Secretary-General on the implementation of article 3 of the Relationship Agreement": NOTES the Agreement', () => {
    // (the resolution named the Agreement in full before: PP9 "in accordance with the Relationship Agreement between the United
    // Nations and the International Criminal Court"; one context for both paragraphs, as for one file)
    const ctx = { ...GA73_7 };
    relations('Expressing its appreciation to the Secretary-General for providing effective and efficient assistance to the International Criminal Court in accordance with the Relationship Agreement between the United Nations and the International Criminal Court,', 'preambular', ctx);
    const text =
      'Recalls the guidance issued by the Secretary-General on contacts with persons who are the subject of arrest warrants or summonses issued by the International Criminal Court, and in this regard takes note of the information included in the report of the Secretary-General on the implementation of article 3 of the Relationship Agreement;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain(`NOTES ${RELATIONSHIP_AGREEMENT}`);
    expect(rel).not.toContain(`RECALLS ${RELATIONSHIP_AGREEMENT}`);
  });

  it('guard: the same report keeps its one node, keyed by its whole subject (the numeral does not cut it)', () => {
    const text = 'Takes note of the report of the Secretary-General on the implementation of article 3 of the Relationship Agreement between the United Nations and the International Criminal Court;';
    const docs = relations(text, 'operative', { ...GA73_7 }).filter((r) => r.startsWith('NOTES Document:'));
    expect(docs).toEqual(['NOTES Document:report of the secretary-general on the implementation of article 3 of the relationship agreement between the united nations and the international criminal court (A/73)']);
  });

  it('guard: A/RES/73/7 OP25 "Acknowledges the report of the Secretary-General on the work of the Organization": the report and its author, no instrument', () => {
    const rel = relations('Acknowledges the report of the Secretary-General on the work of the Organization;', 'operative', { ...GA73_7 });
    expect(rel.filter((r) => r.includes('Framework:'))).toEqual([]);
    expect(rel).toContain('ACKNOWLEDGES Organization:Secretary-General of the United Nations');
  });
});

describe('the International Criminal Court\'s Prosecutor and Registrar', () => {
  it('A/RES/73/7 PP7 (78/6, 79/6, 80/6): "cases ... which the Prosecutor of the Court has initiated proprio motu, in accordance with the Rome Statute": ACKNOWLEDGES the Prosecutor', () => {
    const text =
      'Acknowledging the fact that the International Criminal Court has achieved considerable progress in its investigations and judicial proceedings in various situations and cases which were referred to it by States parties to the Rome Statute and by the Security Council, and which the Prosecutor of the Court has initiated proprio motu, in accordance with the Rome Statute,';
    const rel = relations(text, 'preambular', { ...GA73_7 });
    expect(rel).toContain('ACKNOWLEDGES Organization:Prosecutor of the International Criminal Court');
    expect(rel).toContain('ACKNOWLEDGES Organization:International Criminal Court');
  });

  it('A/RES/73/7 OP17: "by declaration lodged with the Registrar of the International Criminal Court, accept the exercise of jurisdiction by the Court": RECALLS the Registrar', () => {
    const text =
      'Recalls that, by virtue of article 12, paragraph 3, of the Rome Statute, if the acceptance of a State which is not a party to the Rome Statute is required under article 12, paragraph 2, of the Rome Statute, that State may, by declaration lodged with the Registrar of the International Criminal Court, accept the exercise of jurisdiction by the Court with respect to the crime in question;';
    const rel = relations(text, 'operative', { ...GA73_7 });
    expect(rel).toContain('RECALLS Organization:Registrar of the International Criminal Court');
    expect(rel).toContain('RECALLS Framework:Rome Statute of the International Criminal Court');
  });

  it('guard: the International Court of Justice\'s "Registrar of the Court" is no office of the Criminal Court', () => {
    const text = 'Takes note of the report of the International Court of Justice, and requests the Registrar of the Court to continue to publish its judgments;';
    // (aud44j: the ICJ's own Registrar, printed by the Court's short form after its full name, is read as that office)
    expect(relations(text, 'operative', { ...GA73_7 }).filter((r) => r.includes('Registrar'))).toEqual(['REQUESTS Organization:Registrar of the International Court of Justice']);
  });
});
