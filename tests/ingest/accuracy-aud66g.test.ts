// Session-66 audit aud66g: A/RES/80/184 (Improvement of the situation of women and girls in rural areas, Third Committee) and its
// sister text 78/181. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/184', date: '2025-12-15', title: 'Improvement of the situation of women and girls in rural areas' };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

const WOMEN_2000 = 'Framework:Women 2000: gender equality, development and peace for the twenty-first century';
const SPECIAL_SESSION = 'Event:twenty-third special session of the General Assembly';

describe('an outcome "of <named sitting> entitled “...”" with no comma: the title is the outcome\'s', () => {
  it('A/RES/80/184 PP3 (78/181): "the outcome of the twenty-third special session of the General Assembly entitled “Women 2000: ...”8"', () => {
    const text =
      'Reaffirming also the commitment made to gender equality and the empowerment of all women and girls, including those in rural areas, contained in the outcome documents of relevant international conferences and summits, in particular the Beijing Declaration and Platform for Action adopted at the Fourth World Conference on Women,7 the outcome of the twenty-third special session of the General Assembly entitled “Women 2000: gender equality, development and peace for the twenty-first century”8 and the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples,9 and recalling other instruments, as appropriate, such as the United Nations Declaration on the Right to Development,10';
    expect(relations(text)).toContain(`REAFFIRMS ${WOMEN_2000}`);
    expect(relations(text)).toContain(`REAFFIRMS ${SPECIAL_SESSION}`);
    expect(attributions(text)).toContain(`ADOPTED ${SPECIAL_SESSION} -> ${WOMEN_2000}`);
  });

  it('guard: A/RES/79/153 PP4 ", entitled “Women 2000: ...”" with the comma reads as before', () => {
    const text =
      'Reaffirming further the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,15 and the Programme of Action of the International Conference on Population and Development,';
    expect(attributions(text)).toContain(`ADOPTED ${SPECIAL_SESSION} -> ${WOMEN_2000}`);
  });

  it('guard: A/RES/78/277 PP28 "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”": the title is the conference\'s', () => {
    const text = 'Taking note of the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11 December 2022,24';
    // (the outcome keyed by the titled sitting, session 60; no Framework of the title's own name)
    expect(keys(text, 'Framework:')).toEqual(['Framework:Outcome document of Dialogue is a Guarantee of Peace']);
    expect(keys(text, 'Event:Dialogue is a Guarantee of Peace')).toEqual(['Event:Dialogue is a Guarantee of Peace @ 2022']);
  });
});

describe('a pair, each with its own note, then ", <mark> endorsed by <body>": the body endorsed both', () => {
  const CFS = 'Organization:Committee on World Food Security';
  const VGGT = 'Framework:Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security';
  const RAI = 'Framework:Principles for Responsible Investment in Agriculture and Food Systems';

  it('A/RES/80/184 PP20 (78/181): "the Voluntary Guidelines ... 14 and the Principles ..., 15 endorsed by the Committee on World Food Security"', () => {
    const text =
      'Recognizing also the Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security 14 and the Principles for Responsible Investment in Agriculture and Food Systems, 15 endorsed by the Committee on World Food Security, which embrace gender equality as one of the main guiding principles of implementation in order to help to address the ongoing disparities with regard to access to and control of land and other natural resources,';
    const atts = attributions(text);
    expect(atts).toContain(`ENDORSES ${CFS} -> ${VGGT}`);
    expect(atts).toContain(`ENDORSES ${CFS} -> ${RAI}`);
    expect(relations(text)).toContain(`RECOGNIZES ${CFS}`);
  });

  it('guard: A/RES/79/315 PP2 "... Indigenous Peoples 3 and the Convention ... adopted by UNESCO 4" (no comma): the Convention alone', () => {
    const text =
      'Reaffirming also the Universal Declaration of Human Rights1 and the Declaration and Programme of Action on a Culture of Peace, 2 and recalling the United Nations Declaration on the Rights of Indigenous Peoples 3 and the Convention on the Protection and Promotion of the Diversity of Cultural Expressions adopted by the United Nations Educational, Scientific and Cultural Organization 4 as applicable to Member States that are Parties to that Convention,';
    const adopted = attributions(text).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted.filter((a) => a.includes('Rights of Indigenous Peoples'))).toEqual([]);
    expect(adopted.some((a) => a.includes('Diversity of Cultural Expressions'))).toBe(true);
  });

  it('guard: A/RES/78/198 PP40 "the Principles ...,13 which were endorsed by the Committee on World Food Security at its forty-first session": the one framework', () => {
    const text =
      'Recalling also the Principles for Responsible Investment in Agriculture and Food Systems,13 which were endorsed by the Committee on World Food Security at its forty-first session,';
    expect(attributions(text).filter((a) => a.startsWith('ENDORSES ') || a.startsWith('ADOPTED '))).toEqual([`ENDORSES ${CFS} -> ${RAI}`]);
  });
});
