// Misses found by the session-15 audit aud15c: A/RES/79/151, 79/120, 79/165, 78/276 (Joint Inspection Unit), 79/203,
// 78/310 (World Fair Play Day). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/276', date: '2024-04-24' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA, id?: string) {
  return extractParagraph({ id: id ?? (kind === 'operative' ? 'OP1' : 'PP1'), kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const rels = (x: ReturnType<typeof extract>): string[] => x.relations.map((r) => `${r.type} ${r.target}`);

describe('"the Unit" refers back to the unit named before', () => {
  it('A/RES/78/276 PP1 -> PP2, OP4: "the Unit" after "the Joint Inspection Unit" is the JIU', () => {
    const ctx: RecognizeContext = { ...GA };
    extract('Recalling its previous resolutions on the Joint Inspection Unit, in particular resolutions 31/192 of 22 December 1976, 50/233 of 7 June 1996,', 'preambular', ctx);
    const pp2 = extract('Reaffirming the statute of the Unit and the unique role of the Unit as the only external and independent system-wide inspection, evaluation and investigation body,', 'preambular', ctx, 'PP2');
    expect(rels(pp2)).toContain('REAFFIRMS Organization:Joint Inspection Unit');
    const op4 = extract('Recognizes that the effectiveness of the Unit system-wide is a shared responsibility of the Unit, the Member States and the secretariats of the participating organizations;', 'operative', ctx, 'OP4');
    expect(rels(op4)).toEqual(['RECOGNIZES Organization:Joint Inspection Unit']);
  });

  it('guard: "the Unit" with no unit named before it in the resolution names nothing', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/999' };
    const x = extract('Recognizes that the effectiveness of the Unit system-wide is a shared responsibility of the Member States;', 'operative', ctx);
    expect(x.mentions.filter((m) => m.key.startsWith('Organization:'))).toEqual([]);
  });
});

describe('"the Programme" refers back to the programme the text is about', () => {
  const PA = 'Initiative:United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law';
  const ctx0: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/120', date: '2024-12-04' };
  const pp1 =
    'Recalling its resolution 2099 (XX) of 20 December 1965, in which the General Assembly established the United Nations Programme of Assistance in the Teaching, Study, Dissemination and Wider Appreciation of International Law to contribute towards a better knowledge of international law as a means of strengthening international peace and security and promoting friendly relations and cooperation among States,';

  it('A/RES/79/120 PP2, PP3: "the Programme of Assistance", "the Programme" after the full name in PP1', () => {
    const ctx: RecognizeContext = { ...ctx0 };
    extract(pp1, 'preambular', ctx);
    const pp2 = extract('Reaffirming that the Programme of Assistance is a core activity of the United Nations and that it has provided the foundation for the efforts of the United Nations to promote a better knowledge of international law for more than half a century,', 'preambular', ctx, 'PP2');
    expect(rels(pp2)).toContain(`REAFFIRMS ${PA}`);
    const pp3 = extract('Recognizing the importance of ensuring the successful continuation of the Programme for the benefit of present and future generations of lawyers,', 'preambular', ctx, 'PP3');
    expect(rels(pp3)).toEqual([`RECOGNIZES ${PA}`]);
  });

  it('A/RES/79/120 OP25: a programme named later ("the International Law Fellowship Programme", OP2) does not take "the Programme" over', () => {
    const ctx: RecognizeContext = { ...ctx0 };
    extract(pp1, 'preambular', ctx);
    extract('Authorizes the Secretary-General to carry out the activities specified in his report in 2025, including the International Law Fellowship Programme, with a minimum of 20 fellowships;', 'operative', ctx, 'OP2');
    const op25 = extract(
      'Requests the Secretary-General to continue to publicize the Programme of Assistance and periodically to invite Member States, universities, philanthropic foundations and other interested national and international institutions and organizations, as well as individuals, to make voluntary contributions towards the financing of the Programme or otherwise to assist in its implementation and possible expansion;',
      'operative', ctx, 'OP25');
    expect(rels(op25)).toContain(`REQUESTS ${PA}`);
    expect(rels(op25)).not.toContain('REQUESTS Initiative:International Law Fellowship Programme');
  });

  it('A/RES/79/209 OP10: "the Programme" after "the United Nations Environment Programme" is UNEP (an Organization)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
    extract('Recognizing the key role of the United Nations Environment Programme in the implementation of the environmental dimension of sustainable development,', 'preambular', ctx);
    const op = extract('Welcomes the commemoration of the fiftieth anniversary, and acknowledges the 50-year contribution of the Programme in supporting a coherent implementation of the environmental dimension;', 'operative', ctx, 'OP10');
    expect(rels(op)).toContain('ACKNOWLEDGES Organization:United Nations Environment Programme');
  });

  it('guard: "the Programme of Action" after a programme is still the programme of action, not that programme', () => {
    const ctx: RecognizeContext = { ...ctx0, symbol: 'A/RES/79/999' };
    extract('Recalling the Istanbul Programme of Action for the Least Developed Countries and the United Nations Environment Programme,', 'preambular', ctx);
    const op = extract('Calls for the full implementation of the Programme of Action;', 'operative', ctx, 'OP1');
    expect(rels(op)).not.toContain('CALLS_UPON Organization:United Nations Environment Programme');
  });
});

describe('"the Academy" refers back to the academy named before', () => {
  it('A/RES/79/120 OP24: "the appeal of the Academy" after "the Hague Academy" (OP23) is called upon', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/120', date: '2024-12-04' };
    extract('Expresses its appreciation to the Hague Academy of International Law for the valuable contribution it continues to make;', 'operative', ctx, 'OP23');
    const op24 = extract(
      'Notes with appreciation the contributions of the Hague Academy to the teaching, study, dissemination and wider appreciation of international law, and calls upon Member States and interested organizations to give favourable consideration to the appeal of the Academy for a continuation of support;',
      'operative', ctx, 'OP24');
    expect(rels(op24)).toContain('CALLS_UPON Organization:Hague Academy of International Law');
  });
});

describe('two possessives joined by "and" inside a name', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/151', date: '2024-12-17' });
  it('A/RES/79/151 PP13: "the International Conference on Girls’ and Women’s Literacy and Education ... held in Dhaka"', () => {
    const x = extract(
      'Recalling the International Conference on Girls’ and Women’s Literacy and Education: Foundations for Sustainable Development, held in Dhaka and co-hosted by the Government of Bangladesh and the United Nations Educational, Scientific and Cultural Organization, in support of the Global Education First Initiative and on the occasion of International Literacy Day, on 8 September 2014,',
      'preambular', ctx());
    expect(rels(x)).toContain("RECALLS Event:International Conference on Girls' and Women's Literacy and Education");
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain("HELD_IN Event:International Conference on Girls' and Women's Literacy and Education -> Place:Dhaka");
  });

  it('A/RES/79/151 OP16: "its Global Partnership for Girls’ and Women’s Education and Global Network of Learning Cities": two initiatives', () => {
    const x = extract(
      'Requests the United Nations Educational, Scientific and Cultural Organization to continue its coordinating and catalysing role, creating synergies of action between the Alliance and other initiatives, including its Global Partnership for Girls’ and Women’s Education and Global Network of Learning Cities;',
      'operative', ctx());
    const keys = x.mentions.map((m) => m.key);
    expect(keys).toContain("Initiative:Global Partnership for Girls' and Women's Education");
    expect(keys).toContain('Initiative:Global Network of Learning Cities');
  });

  it('guard: a closing quote after a plural before "and" ends the quoted title ("‘Oceans’ and Member States")', () => {
    const x = extract('Welcomes the theme ‘Healthy Oceans’ and Member States’ efforts to protect the oceans;', 'operative', ctx());
    expect(x.mentions.map((m) => m.name).some((n) => n.includes('Oceans’ and') || n.includes("Oceans' and"))).toBe(false);
  });
});

describe('"the Secretary-General of the Conference" is the conference officer, not the Secretary-General', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/203', date: '2024-12-19' });
  it('A/RES/79/203 PP11: "to the Secretariat of the United Nations, including the Secretary-General of the Conference"', () => {
    const x = extract(
      'Expressing its appreciation to partners for their contributions in kind and to the trust fund for small island developing States, to the members of the Bureau of the Conference, to the Secretariat of the United Nations, including the Secretary-General of the Conference and the Special Adviser for the Conference, for their contributions to the success of the Conference,',
      'preambular', ctx());
    expect(rels(x)).not.toContain('EXPRESSES Organization:Secretary-General of the United Nations');
    expect(rels(x)).toContain('EXPRESSES Organization:Secretariat of the United Nations');
  });

  it('A/RES/78/128 OP24: "Requests the Secretary-General of the Conference to prepare ... concept papers"', () => {
    const x = extract('Requests the Secretary-General of the Conference to prepare, in coordination with the co-hosts of the Conference and the appointed Co-Chairs of each Ocean Action panel, concept papers on each of the themes of the Ocean Action panels;', 'operative', { ...ctx(), symbol: 'A/RES/78/128' });
    expect(rels(x)).not.toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('guard: "the Secretary-General of the United Nations and the President of the Conference" is the Secretary-General', () => {
    const x = extract('Requests the Secretary-General of the United Nations and the Secretary-General to convene the Conference;', 'operative', ctx());
    expect(rels(x)).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });
});

describe('the Alliance of Small Island States is an organization', () => {
  it('A/RES/79/203 OP15: "the partnership initiative between the Development Assistance Committee ... and the Alliance of Small Island States"', () => {
    const x = extract(
      'Notes with appreciation the partnership initiative between the Development Assistance Committee of the Organisation for Economic Co-operation and Development and the Alliance of Small Island States launched at the Fourth International Conference on Small Island Developing States;',
      'operative', { body: 'General Assembly', symbol: 'A/RES/79/203', date: '2024-12-19' });
    expect(rels(x)).toContain('NOTES Organization:Alliance of Small Island States');
  });
});

describe('a unit whose name starts with "Division" is PART_OF the office it is "of"', () => {
  const attrs = (x: ReturnType<typeof extract>): string[] => x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
  it('A/RES/78/310 OP2: "the Division for Inclusive Social Development of the Department of Economic and Social Affairs of the Secretariat"', () => {
    const x = extract(
      'Invites all Member States, the United Nations system and, in particular, the Division for Inclusive Social Development of the Department of Economic and Social Affairs of the Secretariat and the United Nations Educational, Scientific and Cultural Organization to cooperate, observe and raise awareness of World Fair Play Day;',
      'operative', { body: 'General Assembly', symbol: 'A/RES/78/310', date: '2024-07-01' });
    expect(attrs(x)).toContain('PART_OF Organization:Division for Inclusive Social Development -> Organization:Department of Economic and Social Affairs');
  });

  // (aud46a: a committee named before " of the <body>" is that body's organ, PART_OF it, as a group so named is (aud41f's owner
  // of an organ); the guard keeps what is no part of anything: the alliance named after "and")
  it('guard: "the Development Assistance Committee of the Organisation for Economic Co-operation and Development and the Alliance of Small Island States": the committee is the OECD\'s, the Alliance no part of either', () => {
    const x = extract(
      'Notes with appreciation the partnership initiative between the Development Assistance Committee of the Organisation for Economic Co-operation and Development and the Alliance of Small Island States;',
      'operative', { body: 'General Assembly', symbol: 'A/RES/79/203', date: '2024-12-19' });
    expect(attrs(x).filter((a) => a.startsWith('PART_OF'))).toEqual(['PART_OF Organization:Development Assistance Committee -> Organization:Organisation for Economic Co-operation and Development']);
  });
});

describe('a shorter name printed after the longer one it ends (in the same paragraph) is that one', () => {
  it('A/RES/79/120 OP23: "the International Law Fellowship Programme to attend and participate in the Fellowship Programme"', () => {
    const x = extract(
      'Expresses its appreciation to the Hague Academy of International Law for the valuable contribution it continues to make, which has enabled candidates under the International Law Fellowship Programme to attend and participate in the Fellowship Programme in conjunction with courses at the Academy;',
      'operative', { body: 'General Assembly', symbol: 'A/RES/79/120', date: '2024-12-04' });
    const keys = x.mentions.map((m) => m.key);
    expect(keys).toContain('Initiative:International Law Fellowship Programme');
    expect(keys).not.toContain('Initiative:Fellowship Programme');
  });

  it('A/RES/78/270 PP24: "in accordance with the Kimberley Process Certification Scheme core document, that supports the effectiveness of the Certification Scheme"', () => {
    const x = extract(
      'Welcoming the voluntary system of industry self-regulation through the System of Warranties, in accordance with the Kimberley Process Certification Scheme core document, that supports the effectiveness of the Certification Scheme,',
      'preambular', { body: 'General Assembly', symbol: 'A/RES/78/270', date: '2024-03-27' });
    const keys = x.mentions.map((m) => m.key);
    expect(keys).toContain('Initiative:Kimberley Process Certification Scheme');
    expect(keys).not.toContain('Initiative:Certification Scheme');
  });

  it('guard: "the third Ocean Conference" after "the 2022 United Nations Ocean Conference" is not that sitting', () => {
    const x = extract(
      'Recalling the 2022 United Nations Ocean Conference, held in Lisbon, and looking forward to the third Ocean Conference, to be held in Nice, France, in 2025,',
      'preambular', { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' });
    const events = x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
    expect(new Set(events).size).toBeGreaterThan(1);
  });
});

describe('"Asia-Pacific" is one region', () => {
  it('A/RES/79/120 PP9: "the United Nations Regional Courses in International Law, for Africa, for Asia-Pacific and for Latin America and the Caribbean"', () => {
    const x = extract(
      'Welcoming the organization, for the sixth time in the history of the Programme of Assistance, of all three of the United Nations Regional Courses in International Law, for Africa, for Asia-Pacific and for Latin America and the Caribbean, in the same calendar year,',
      'preambular', { body: 'General Assembly', symbol: 'A/RES/79/120', date: '2024-12-04' });
    const places = x.mentions.filter((m) => m.kind === 'Place').map((m) => m.key);
    expect(places).toContain('Place:Asia and the Pacific');
    expect(places).not.toContain('Place:Pacific');
  });

  it('guard: "the Network of Aquaculture Centres in Asia-Pacific" (A/RES/78/68) keeps its name and is held nowhere', () => {
    const x = extract(
      'Recalling the work of the Food and Agriculture Organization of the United Nations, the Network of Aquaculture Centres in Asia-Pacific and other relevant organizations,',
      'preambular', { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' });
    expect(x.mentions.map((m) => m.key)).toContain('Organization:Network of Aquaculture Centres in Asia-Pacific');
    expect(x.attributions.filter((a) => a.type === 'HELD_IN')).toEqual([]);
  });
});
