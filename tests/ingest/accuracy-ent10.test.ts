// Misses found by the session-10 entity/attribution audit (ent10): a hand audit of A/RES/78/160 (science, technology and
// innovation for sustainable development: the CSTD, the Technology Facilitation Mechanism), A/RES/80/118 (ICTs for
// sustainable development: WSIS follow-up through the CSTD and ECOSOC) and A/RES/79/334 (impact of rapid technological
// change). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/160', date: '2023-12-19' };

function extract(text: string, ctx: RecognizeContext = GA) {
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string): string[] => extract(text).mentions.map((m) => m.key);
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const adopted = (text: string): string[] => attributions(text).filter((a) => a.startsWith('ADOPTED '));

describe('a framework adopted by a body that is not a sitting', () => {
  it('A/RES/78/160 PP45: "the Declaration of Sharm el-Sheikh, adopted by the African Union in October 2019"', () => {
    const text =
      'Recalling the importance of supporting the African Union’s Agenda 2063, as well as its 10-year plan of action, as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years, and its continental programme embedded in the resolutions of the General Assembly on the New Partnership for Africa’s Development and regional initiatives, and in this context noting the Declaration of Sharm el-Sheikh, adopted by the African Union in October 2019, which commits to work towards an integrated and inclusive Digital Society and Economy in Africa that improves the quality of life of Africa’s citizens, as well as the Science, Technology and Innovation Strategy for Africa 2024 of the African Union,';
    expect(adopted(text)).toEqual(['ADOPTED Organization:African Union -> Framework:Declaration of Sharm el-Sheikh']);
  });

  it('A/RES/78/68 PP36: "the International Plan of Action for the Management of Fishing Capacity adopted by the Food and Agriculture Organization"', () => {
    const text =
      'Concerned that only a limited number of States have taken measures to implement, individually and through regional fisheries management organizations and arrangements, the International Plan of Action for the Management of Fishing Capacity adopted by the Food and Agriculture Organization of the United Nations,';
    expect(adopted(text)).toEqual([
      'ADOPTED Organization:Food and Agriculture Organization of the United Nations -> Framework:International Plan of Action for the Management of Fishing Capacity',
    ]);
  });

  it('negative, A/RES/78/6 OP26: what the Assembly of States Parties adopted is the amendments, not the Rome Statute', () => {
    const text =
      'Further recalls the amendments to articles 124 and 8 of the Rome Statute adopted by the Assembly of States Parties at the fourteenth, and sixteenth and eighteenth sessions, respectively, and calls upon all States parties to consider ratifying or accepting them;';
    expect(mentions(text)).toContain('Framework:Rome Statute of the International Criminal Court');
    expect(adopted(text)).toEqual([]);
  });

  it('negative: a body adopting in a resolution the text cites leaves the resolution the adopter (A/RES/80/118 PP5)', () => {
    const text =
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025,';
    const all = extract(text, { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' }).attributions;
    const pairs = all.filter((x) => x.type === 'ADOPTED').map((x) => `${x.source} -> ${x.target}`);
    // (conv43a: "endorsed": the resolution ENDORSES it)
    expect(all.filter((x) => x.type === 'ENDORSES').map((x) => `${x.source} -> ${x.target}`)).toEqual(['Resolution:A/RES/79/323 -> Framework:Sevilla Commitment']);
    expect(pairs).not.toContain('Organization:General Assembly -> Framework:Sevilla Commitment');
  });
});

describe('a framework adopted "during" a sitting', () => {
  it('A/RES/78/160 OP4: "the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on the Least Developed Countries"', () => {
    const text =
      'Reaffirms its commitment to the actions agreed upon by the least developed countries and development partners on science, technology and innovation, as outlined in the Doha Programme of Action for the Least Developed Countries, and takes note of the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on the Least Developed Countries, held in Doha, from 5 to 9 March 2023;';
    // (aud38g: the second part is a sitting of its own, part of the Conference, and the declaration its adoption)
    expect(adopted(text)).toEqual(['ADOPTED Event:second part of the Fifth United Nations Conference on the Least Developed Countries -> Framework:Doha Political Declaration']);
  });
});

describe('"<sitting> ..., at which <framework> was adopted"', () => {
  it('A/RES/79/334 PP3: the Summit of the Future adopted the Pact for the Future and the Global Digital Compact', () => {
    const text =
      'Welcoming the convening of the Summit of the Future on 22 and 23 September 2024 at the United Nations Headquarters in New York, at which resolution 79/1 entitled “The Pact for the Future” and its annexes, including the Global Digital Compact,2 were adopted,';
    const a = adopted(text);
    expect(a).toContain('ADOPTED Event:Summit of the Future @ 2024 -> Framework:Pact for the Future');
    expect(a).toContain('ADOPTED Event:Summit of the Future @ 2024 -> Framework:Global Digital Compact');
  });

  // (aud24j: the summit's declaration, keyed apart from the Fifth Conference on the Least Developed Countries' "Doha Political Declaration")
  it('A/RES/80/141 PP18: "the Second World Summit for Social Development ..., at which the Doha Political Declaration was adopted"', () => {
    const text =
      'Welcoming the convening of the “World Social Summit” under the title “the Second World Summit for Social Development”, in Qatar from 4 to 6 November 2025, at which the Doha Political Declaration was adopted,';
    expect(adopted(text)).toEqual(['ADOPTED Event:Second World Summit for Social Development -> Framework:Doha Political Declaration of the Second World Summit for Social Development']);
  });

  it('A/RES/78/233 OP28: "the fifteenth session of the United Nations Conference on Trade and Development, held in Barbados ..., at which the Bridgetown Covenant was adopted"', () => {
    const text =
      'Welcomes the convening of the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, and the adoption of its ministerial declarations, and looks forward to concrete and positive results at the thirteenth Ministerial Conference; and also welcomes the convening of the fifteenth session of the United Nations Conference on Trade and Development, held in Barbados from 3 to 7 October 2021, at which the Bridgetown Covenant20 was adopted;';
    expect(adopted(text)).toContain('ADOPTED Event:fifteenth session of the United Nations Conference on Trade and Development -> Framework:Bridgetown Covenant');
  });

  // (aud17a: the summit is recognised now, and is what adopted the 2030 Agenda; the conference named before it still is not)
  it('negative, A/RES/79/223 OP58: the summit before "at which" adopted the 2030 Agenda, not the conference named before it', () => {
    const text =
      'Encourages the international community to continue to provide the financial resources necessary to assist Governments in their efforts to meet the development targets and benchmarks agreed upon at the World Summit for Social Development, the United Nations Conference on Sustainable Development, the United Nations summit for the adoption of the post-2015 development agenda, at which the outcome document entitled “Transforming our world: the 2030 Agenda for Sustainable Development” was adopted, and other relevant United Nations conferences and summits;';
    expect(adopted(text)).toEqual(['ADOPTED Event:United Nations summit for the adoption of the post-2015 development agenda -> Framework:2030 Agenda for Sustainable Development']);
  });

  it('A/RES/79/211 PP7: the misprint "The Pact of the Future" is the Pact for the Future', () => {
    const text =
      'Welcoming the convening of the Summit of the Future on 22-23 Sept 2024 at the United Nations Headquarters in New York at which resolution 79/1 entitled “The Pact of the Future” and its annexes were adopted,';
    expect(mentions(text)).toContain('Framework:Pact for the Future');
    expect(mentions(text)).not.toContain('Framework:Pact of the Future');
  });
});

describe('a numbered sitting of a standing forum', () => {
  const sti = 'multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals';

  it('A/RES/78/231 OP18: "the eighth annual multi-stakeholder forum ... in New York on 3 and 4 May 2023" is that sitting, with its venue and dates', () => {
    const text =
      'Recalls the convening of the eighth annual multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in New York on 3 and 4 May 2023, whose Co-Chairs’ summary14 served as an input to the high-level political forum on sustainable development;';
    expect(mentions(text)).toContain(`Event:eighth ${sti}`);
    expect(mentions(text)).not.toContain(`Organization:${sti}`);
    const a = attributions(text);
    expect(a).toContain(`HELD_IN Event:eighth ${sti} -> Place:New York`);
    expect(a).toContain(`STARTS_ON Event:eighth ${sti} -> Date:2023-05-03`);
    expect(a).toContain(`ENDS_ON Event:eighth ${sti} -> Date:2023-05-04`);
  });

  it('A/RES/79/334 PP4: "its tenth multi-stakeholder forum ..."', () => {
    const text =
      'Recalling its resolutions 69/313 of 27 July 2015 and 70/1 of 25 September 2015, in which it established and launched a Technology Facilitation Mechanism to support the Sustainable Development Goals, whose updated findings on this topic, as well as those of the Commission on Science and Technology for Development, were presented and discussed at its tenth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals,';
    expect(mentions(text)).toContain(`Event:tenth ${sti}`);
  });

  it('negative, A/RES/80/118 OP73: the forum named without an ordinal is no sitting: its Co-Chairs\' post (aud46f) is the mention', () => {
    const text =
      'Invites the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in 2026 to include an update on the midterm reviews of science, technology and innovation for the Sustainable Development Goals in the Co-Chairs’ summary;';
    expect(mentions(text)).toContain(`Organization:Co-Chair of the ${sti}`);
    expect(mentions(text).filter((k) => k.startsWith('Event:'))).toEqual([]);
  });
});

describe('names of the science, technology and innovation texts', () => {
  it('A/RES/78/160 PP33: the United Nations Technology Innovation Labs', () => {
    const text = 'Taking note with appreciation of the United Nations Technology Innovation Labs, in their efforts to facilitate and stimulate innovation for the implementation of the 2030 Agenda,';
    expect(mentions(text)).toContain('Initiative:United Nations Technology Innovation Labs');
  });

  it('A/RES/78/160 OP34 and PP42: the Global Pilot Programme is one programme (with or without "the"), not the Partnership in Action', () => {
    const op34 =
      'Continues to encourage the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals to further refine and update its mapping of science, technology and innovation activities in the United Nations system, including through scaling up the Global Pilot Programme on Science, Technology and Innovation for Sustainable Development Goals Road Maps;';
    const pp42 =
      'Welcoming the convening of the first to eighth annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, noting with appreciation the ongoing work of the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals, including the Global Pilot Programme on Science, Technology and Innovation for the Sustainable Development Goals Road Maps (STI for SDGs road maps),';
    const pilot = 'Initiative:Global Pilot Programme on Science, Technology and Innovation for Sustainable Development Goals Road Maps';
    expect(mentions(op34)).toContain(pilot);
    expect(mentions(pp42)).toContain(pilot);
    expect([...mentions(op34), ...mentions(pp42)].some((k) => k.startsWith('Initiative:Partnership in Action'))).toBe(false);
  });

  it('A/RES/80/118 OP17: "a Global Fund on AI" is not the Global Fund to Fight AIDS, Tuberculosis and Malaria', () => {
    const text =
      'Takes note of the report of the Secretary-General on “Innovative voluntary financing options for artificial intelligence capacity-building”, which was developed in line with the request contained in resolution 79/1 and that took into account, inter alia, the recommendation on a Global Fund on AI;';
    expect(mentions(text)).toContain('Initiative:Global Fund for Artificial Intelligence');
    expect(mentions(text)).not.toContain('Organization:Global Fund to Fight AIDS, Tuberculosis and Malaria');
  });
});

describe('who initiated an initiative leads it', () => {
  it('A/RES/78/160 OP12: "the Partnership in Action on STI for SDGs Road Maps, initiated by the United Nations inter-agency task team ..."', () => {
    const text =
      'Requests the Technology Facilitation Mechanism and the Commission on Science and Technology for Development, through the Economic and Social Council, to continue to consider the impact of rapid technological changes and frontier technologies on the achievement of the Sustainable Development Goals and targets, including through forging partnerships with other relevant stakeholders, organizations, initiatives and forums, such as the Partnership in Action on STI for SDGs Road Maps, initiated by the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals, and the dissemination of advances and best practices to facilitate cooperation towards this end;';
    expect(attributions(text)).toContain(
      'LEADS Organization:Inter-Agency Task Team on Science, Technology and Innovation for the Sustainable Development Goals -> Initiative:Partnership in Action on Science, Technology and Innovation for Sustainable Development Goals Road Maps',
    );
  });

  it('A/RES/80/118 PP38: "the Global Partnership for Gender Equality in the Digital Age, known as the Equals Partnership" is one initiative', () => {
    const text =
      'Noting with great concern the fact that a gender digital divide persists in women’s access to and use and development of information and communications technologies, and in this regard welcoming the many initiatives that focus on access, skills and leadership to promote the equal participation and empowerment of women and girls in the digital age, such as the International Girls in ICT Day of the International Telecommunication Union and the Global Partnership for Gender Equality in the Digital Age, known as the Equals Partnership,';
    const keys = mentions(text).filter((k) => k.startsWith('Initiative:'));
    expect(new Set(keys)).toEqual(new Set(['Initiative:Global Partnership for Gender Equality in the Digital Age']));
  });
});

describe('a serial comma inside a name', () => {
  it('A/RES/78/160 OP13: "the Coalition on Science, Technology, and Innovation for Africa’s Development" is one name, keyed without the serial comma', () => {
    const text =
      'Welcomes the support by the Department of Economic and Social Affairs of the Secretariat and the Economic Commission for Africa for the establishment of the Coalition on Science, Technology, and Innovation for Africa’s Development during the eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals to create pathways for African countries to develop, deploy and expand their use of science, technology and innovation in the context of the Sustainable Development Goals;';
    const keys = mentions(text);
    expect(keys).toContain("Initiative:Coalition on Science, Technology and Innovation for Africa's Development");
    expect(keys).not.toContain('Initiative:Coalition on Science');
  });

  it('A/RES/80/109 OP118: "Illegal, Unreported, and Unregulated Fishing" ends the recommendation\'s name', () => {
    const text =
      'Notes the Recommendation on Eliminating Government Support to Illegal, Unreported, and Unregulated Fishing adopted on 29 April 2025, which sets out how Organisation for Economic Co-operation and Development members and non‑members having adhered to the Recommendation will work towards eliminating government support to illegal, unreported, and unregulated fishing;';
    expect(mentions(text)).toContain('Framework:Recommendation on Eliminating Government Support to Illegal, Unreported and Unregulated Fishing');
  });
});

describe('"<sitting> ..., and its outcome document, <framework>"', () => {
  it('A/RES/80/118 PP5: "the Fourth International Conference on Financing for Development ..., and reaffirming its outcome document, the Sevilla Commitment"', () => {
    const text =
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025,';
    const a = extract(text, { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' }).attributions.filter((x) => x.type === 'ADOPTED');
    expect(a.map((x) => `${x.source} -> ${x.target}`).sort()).toEqual(['Event:Fourth International Conference on Financing for Development -> Framework:Sevilla Commitment']);
  });

  it('negative, A/RES/78/214: "the initiative of the Office of the High Commissioner and its outcome document, the Rabat Plan of Action": "its" is not the Congress named before', () => {
    const text =
      'Recalling the seventh Congress of Leaders of World and Traditional Religions, held in Astana on 14 and 15 September 2022, as well as the initiative of the Office of the United Nations High Commissioner for Human Rights and its outcome document, the Rabat Plan of Action on the prohibition of advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence, adopted in Rabat on 5 October 2012,';
    expect(adopted(text).filter((a) => a.includes('Congress'))).toEqual([]);
  });
});
