// Session-44 audit aud44b: two long pypdf-text resolutions annotated like the scorer before looking at the output
// (/tmp/lead/aud44b-gold: A/RES/73/3, the tuberculosis political declaration, OP0..OP30; A/RES/73/7, the ICC report, all).
// Fixed: the sitting a declaration's title names ("the political declaration of the high-level meeting of the General
// Assembly on antimicrobial resistance") is mentioned by the clause that names the declaration (the older hand golds count
// it: A/RES/79/1 OP20, 78/259 PP4), not where the sitting is printed as the adopting agent ("adopted by", "approved by") nor
// under "Adopts". Each case quotes the file and paragraph; each fix has a guard.
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
