// Session-59 audit aud59d: A/RES/78/277 (Follow-up to the Declaration and Programme of Action on a Culture of Peace), annotated
// from the raw text (tests/gold/aud59d-A_RES_78_277.gold.tsv). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const PP3_78_277 =
  'Recognizing the importance of the Declaration and Programme of Action on a Culture of Peace, adopted by the General Assembly on 13 September 1999, which serve as the universal mandate for the international community, particularly the United Nations system, for the promotion of a culture of peace and non-violence that benefits humanity, in particular future generations,';

describe('"and encourages them": the list the clause before names first, though the clause names a framework after it', () => {
  const UNICEF = "Organization:United Nations Children's Fund";
  const UN_WOMEN = 'Organization:United Nations Entity for Gender Equality and the Empowerment of Women';
  const UPEACE = 'Organization:University for Peace';

  it('A/RES/78/277 OP5 (79/321 OP5): "Commends the practical initiatives and actions by relevant United Nations bodies, including ... the University for Peace, ... identified in the Programme of Action, and encourages them to continue"', () => {
    const OP5 =
      'Commends the practical initiatives and actions by relevant United Nations bodies, including the United Nations Children’s Fund, the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and the University for Peace, as well as their activities in further promoting a culture of peace and non-violence, in particular the promotion of peace education and activities related to specific areas identified in the Programme of Action, and encourages them to continue and further strengthen and expand their efforts;';
    const r = relationsById(gaResolution('A/RES/78/277', '2024-05-02', [notedParagraph('PP3', PP3_78_277), notedParagraph('OP5', OP5)]));
    // (the Programme is what the clause before names last; it is still commended)
    expect(r.OP5).toContain('APPRECIATES Framework:Declaration and Programme of Action on a Culture of Peace');
    expect(r.OP5).toEqual(expect.arrayContaining([`ENCOURAGES ${UNICEF}`, `ENCOURAGES ${UN_WOMEN}`, `ENCOURAGES ${UPEACE}`]));
    expect(r.OP5).not.toContain('ENCOURAGES Framework:Declaration and Programme of Action on a Culture of Peace');
  });

  it('guard A/RES/80/70 PP8: "the sustained efforts by the Executive Secretary ... to promote the universalization of the Treaty, and encouraging their continuation": the efforts, no body', () => {
    const PP8 =
      'Recognizing the sustained efforts by the Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization to promote the universalization of the Treaty, and encouraging their continuation,';
    const PP1 = 'Reaffirming its commitment to the Comprehensive Nuclear-Test-Ban Treaty,';
    const r = relationsById(gaResolution('A/RES/80/70', '2025-12-01', [notedParagraph('PP1', PP1), notedParagraph('PP8', PP8)]));
    expect(r.PP8).toContain('RECOGNIZES Framework:Comprehensive Nuclear-Test-Ban Treaty');
    expect(r.PP8!.filter((x) => x.startsWith('ENCOURAGES'))).toEqual([]);
  });

  it('guard A/RES/78/151 PP11: "and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their ... implementation": the Framework, not the meeting', () => {
    const PP11 =
      'Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties to the Convention, held in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation,';
    const r = relationsById(gaResolution('A/RES/78/151', '2023-12-19', [notedParagraph('PP11', PP11)]));
    expect(r.PP11).toContain('URGES Framework:Kunming-Montreal Global Biodiversity Framework');
    expect(r.PP11!.filter((x) => x.startsWith('URGES Event:'))).toEqual([]);
  });
});

describe('"the high-level plenary meeting of the General Assembly, known as the <name>": one sitting, with the comma too', () => {
  const PP30 =
    'Recalling the high-level plenary meeting of the General Assembly, known as the Nelson Mandela Peace Summit, convened by the President of the Assembly on 24 September 2018, and the adoption of its political declaration,';
  const SUMMIT = 'Event:Nelson Mandela Peace Summit';

  it('A/RES/78/277 PP30 (79/321): the Summit is the meeting, a sitting of the Assembly; no "high-level plenary meeting" node of its own', () => {
    const x = extractResolution(gaResolution('A/RES/78/277', '2024-05-02', [notedParagraph('PP30', PP30)])).paragraphs[0]!;
    // (the key carries the year the paragraph dates it by, " @ 2018", which the graph joins to the Summit's name)
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(rel).toContain(`RECALLS ${SUMMIT} @ 2018`);
    expect(rel.filter((r) => r.includes('high-level plenary meeting'))).toEqual([]);
    expect(att).toContain(`SESSION_OF ${SUMMIT} @ 2018 -> Organization:General Assembly`);
    expect(att).toContain(`ORGANIZES Organization:President of the General Assembly -> ${SUMMIT} @ 2018`);
    expect(att).toContain(`STARTS_ON ${SUMMIT} @ 2018 -> Date:2018-09-24`);
  });

  it('guard A/RES/78/277 PP9: "the 2005 World Summit Outcome adopted at the high-level plenary meeting of the General Assembly" keeps its sitting', () => {
    const PP9 = 'Recalling further the 2005 World Summit Outcome adopted at the high-level plenary meeting of the General Assembly,';
    const x = extractResolution(gaResolution('A/RES/78/277', '2024-05-02', [notedParagraph('PP9', PP9)])).paragraphs[0]!;
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(
      'ADOPTED Event:high-level plenary meeting of the General Assembly (A/RES/78/277) -> Framework:2005 World Summit Outcome',
    );
  });
});

describe('"the Chair\'s summary of the meeting on the theme “...”": the meeting the paragraph named before, no sitting of its own', () => {
  it('A/RES/78/277 PP26 (79/321): "Recalling the General Assembly High-level Forum held on 13 September 2019 ... and the Chair\'s summary of the meeting on the theme “The Culture of Peace: ...”"', () => {
    const PP26 =
      'Recalling the General Assembly High-level Forum held on 13 September 2019 on the occasion of the twentieth anniversary of the adoption of the Declaration and Programme of Action and the Chair’s summary of the meeting on the theme “The Culture of Peace: empowering and transforming humanity”,';
    const x = extractResolution(gaResolution('A/RES/78/277', '2024-05-02', [notedParagraph('PP3', PP3_78_277), notedParagraph('PP26', PP26)])).paragraphs[1]!;
    const events = x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
    expect(events.filter((k) => k.includes('on the theme'))).toEqual([]);
    expect(events.some((k) => k.startsWith('Event:General Assembly High-level Forum'))).toBe(true);
  });

  it('guard A/RES/78/277 PP26 form: the Hangzhou "conference on the theme “Culture for sustainable cities”" is a sitting of its own', () => {
    const PP = 'Recalling the Hangzhou outcomes, adopted at the conference on the theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12 December 2015,';
    const x = extractResolution(gaResolution('A/RES/78/166', '2023-12-19', [notedParagraph('PP5', PP)])).paragraphs[0]!;
    expect(x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key).some((k) => k.includes('conference on the theme'))).toBe(true);
  });
});

describe('"the adoption of <framework> by <body> at <sitting> in <year>": the year is the adoption\'s', () => {
  const DECLARATION = 'Framework:Declaration on a Culture of Peace';
  const adoptedOn = (id: string, text: string): string[] =>
    extractResolution(gaResolution('A/RES/78/277', '2024-05-02', [notedParagraph(id, text)]))
      .paragraphs[0]!.attributions.filter((a) => a.type === 'ADOPTED_ON' || a.type === 'STARTS_ON')
      .map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/78/277 OP18 (79/321): "the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly in 1999"', () => {
    expect(
      adoptedOn('OP18', 'Notes that 2024 will mark the twenty-fifth anniversary of the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly in 1999;'),
    ).toEqual([`ADOPTED_ON ${DECLARATION} -> Date:1999`]);
  });

  it('guard: "the adoption of the Declaration ... by the United Nations at the fifty-third session, held in New York in 1999": a sitting held in that year is dated, not the text', () => {
    expect(
      adoptedOn('OP18', 'Notes the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly, held in New York in 1999;').filter((a) => a.startsWith('ADOPTED_ON')),
    ).toEqual([]);
  });
});
