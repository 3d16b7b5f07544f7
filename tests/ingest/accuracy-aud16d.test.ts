// Misses found by the session-16 audit aud16d: A/RES/79/321 (culture of peace), A/RES/78/226 (UNODC technical assistance
// against terrorism), and the same forms in other texts (A/RES/78/277, 78/180, 79/190, 79/313, 78/129, 79/316). Each case
// quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/321', date: '2025-07-25' };

function extract(text: string, ctx: RecognizeContext = GA) {
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const keys = (text: string, prefix: string, ctx: RecognizeContext = GA): string[] =>
  extract(text, ctx).mentions.filter((m) => m.key.startsWith(prefix)).map((m) => m.key);
const attributions = (text: string, ctx: RecognizeContext = GA): string[] => extract(text, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const para = (id: string, text: string): ParagraphText => ({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] });
/** relations per paragraph of a made-up resolution with these paragraphs, in order */
function run(paragraphs: ParagraphText[]): Record<string, string[]> {
  const r: ResolutionText = { symbol: 'A/RES/79/321', body: 'General Assembly', date: '2025-07-25', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] };
  return Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
}

const DPOA = 'Framework:Declaration and Programme of Action on a Culture of Peace';
const MILLENNIUM = 'Framework:United Nations Millennium Declaration';

describe('"the Declaration and Programme of Action" printed alone is the one instrument named with both words', () => {
  // A/RES/79/321 PP3, PP5 then PP26 (78/277 the same)
  const PP3 =
    'Recognizing the importance of the Declaration and Programme of Action on a Culture of Peace, adopted by the General Assembly on 13 September 1999, which serve as the universal mandate for the international community,';
  const PP5 = 'Recalling also the United Nations Millennium Declaration and the 2030 Agenda for Sustainable Development, which call for the active promotion of a culture of peace,';

  it('A/RES/79/321 PP26: "on the occasion of the twentieth anniversary of the adoption of the Declaration and Programme of Action" is not the Millennium Declaration', () => {
    const PP26 =
      'Recalling the General Assembly High-level Forum on the Culture of Peace, held on 13 September 2019 on the occasion of the twentieth anniversary of the adoption of the Declaration and Programme of Action, and the Chair’s summary of the meeting,';
    const r = run([para('PP3', PP3), para('PP5', PP5), para('PP26', PP26)]);
    expect(r.PP26).toContain(`RECALLS ${DPOA}`);
    expect(r.PP26).not.toContain(`RECALLS ${MILLENNIUM}`);
  });

  it('A/RES/79/321 OP16: "in line with the Declaration and Programme of Action" after the Declaration of the Seventh Congress was named', () => {
    const PP28 =
      'Taking note of the outcome document of the international conference, held in Ashgabat on 11 December 2022, and the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, held in Astana on 14 and 15 September 2022,';
    const OP16 =
      'Encourages civil society and non-governmental organizations to further strengthen their efforts to promote a culture of peace, in line with the Declaration and Programme of Action;';
    const r = run([para('PP3', PP3), para('PP28', PP28), para('OP16', OP16)]);
    expect(r.OP16).toEqual([`ENCOURAGES ${DPOA}`]);
  });

  it('guard: "the Declaration and Plan of Action" is not that instrument (the words after "and" differ)', () => {
    const PP6 = 'Recalling the adoption of the Declaration and Plan of Action, and welcoming the efforts of Member States,';
    const r = run([para('PP3', PP3), para('PP5', PP5), para('PP6', PP6)]);
    expect(r.PP6).not.toContain(`RECALLS ${DPOA}`);
  });

  it('guard: "the Declaration" printed alone is still the declaration named last', () => {
    const PP6 = 'Recalling paragraph 6 of the Declaration, and welcoming the efforts of Member States,';
    const r = run([para('PP3', PP3), para('PP5', PP5), para('PP6', PP6)]);
    expect(r.PP6).toContain(`RECALLS ${MILLENNIUM}`);
  });
});

describe('"the adoption by the <sitting> of the <instrument>": two names, the sitting adopted the instrument', () => {
  const CONGRESS14 = 'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice';
  const KYOTO = 'Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law';

  it('A/RES/78/226 PP10 (79/313 PP34): "Welcoming the adoption by the Fourteenth United Nations Congress ... of the Kyoto Declaration ..."', () => {
    const text =
      'Welcoming the adoption by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, and in particular the actions that Member States committed to taking,';
    const ctx = { ...GA, symbol: 'A/RES/78/226', date: '2023-12-22' };
    expect(keys(text, 'Event:', ctx)).toEqual([CONGRESS14]);
    expect(keys(text, 'Framework:', ctx)).toContain(KYOTO);
    expect(attributions(text, ctx)).toContain(`ADOPTED ${CONGRESS14} -> ${KYOTO}`);
  });

  it('A/RES/78/180 PP20: "the adoption by the International Labour Conference of the Domestic Workers Convention"', () => {
    const text = 'Taking note of the adoption by the International Labour Conference of the Domestic Workers Convention, 2011 (No. 189), and of the Domestic Workers Recommendation,';
    const ctx = { ...GA, symbol: 'A/RES/78/180', date: '2023-12-19' };
    expect(keys(text, 'Event:', ctx)).toEqual(['Event:International Labour Conference']);
    expect(keys(text, 'Framework:', ctx)).toContain('Framework:Domestic Workers Convention');
  });

  it('guard: "the Final Declaration adopted by the Sixth Review Conference of the Biological Weapons Convention" keeps the sitting\'s name', () => {
    const text = 'Recalling the Final Declaration adopted by the Sixth Review Conference of the Biological Weapons Convention,';
    expect(extract(text).mentions.find((m) => m.key.startsWith('Event:'))?.phrase).toBe('Sixth Review Conference of the Biological Weapons Convention');
  });

  it('guard: "the adoption by the Sixth Review Conference of the Biological Weapons Convention of its final document": what it adopted follows', () => {
    const text = 'Welcoming the adoption by the Sixth Review Conference of the Biological Weapons Convention of its final document,';
    expect(extract(text).mentions.find((m) => m.key.startsWith('Event:'))?.phrase).toBe('Sixth Review Conference of the Biological Weapons Convention');
  });
});

describe('"the <Nth> United Nations Alliance of Civilizations (Global) Forum, held in ...": a sitting, not an initiative', () => {
  it('A/RES/79/321 PP25: "Taking note of the tenth United Nations Alliance of Civilizations Forum, held in Cascais, Portugal from 25 to 27 November 2024"', () => {
    const text =
      'Taking note of the tenth United Nations Alliance of Civilizations Forum, held in Cascais, Portugal from 25 to 27 November 2024 on the theme “United in peace: restoring trust, reshaping the future”,';
    // (keyed as the "... Global Forum" of A/RES/79/316, the same forum: aud33h)
    const ev = 'Event:Tenth United Nations Alliance of Civilizations Global Forum';
    expect(keys(text, 'Event:')).toEqual([ev]);
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${ev} -> Place:Cascais`, `STARTS_ON ${ev} -> Date:2024-11-25`, `ENDS_ON ${ev} -> Date:2024-11-27`]));
  });

  it('guard: "the United Nations Alliance of Civilizations" itself stays an initiative', () => {
    const text = 'Expressing its appreciation for the ongoing efforts of the United Nations Alliance of Civilizations in promoting a culture of peace,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:United Nations Alliance of Civilizations']);
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('a report of the Secretary-General in the title of a resolution of a list: the subject ends before the next resolution', () => {
  it('A/RES/79/321 PP6 (78/277 PP6): "72/276 of 26 April 2018 on the follow-up to the report of the Secretary-General on peacebuilding and sustaining peace and 76/305 of ..."', () => {
    const text =
      'Recalling further its resolutions 75/201 of 21 December 2020 and 70/262 of 27 April 2016 on the review of the United Nations peacebuilding architecture, 72/276 of 26 April 2018 on the follow-up to the report of the Secretary-General on peacebuilding and sustaining peace and 76/305 of 8 September 2022 on financing for peacebuilding,';
    // (session 34, aud34f: the report opens 72/276's title and has no footnote of its own: the title's words, no Document; it
    // had joined the citing session's report A/79/552. The next resolution of the list stays a citation.)
    expect(keys(text, 'Document:')).toEqual([]);
    expect(keys(text, 'Resolution:')).toContain('Resolution:A/RES/76/305');
  });

  it('guard: "on the implementation of resolutions 55/235 and 55/236" keeps both numbers in the subject', () => {
    const text = 'Taking note of the report of the Secretary-General on the implementation of resolutions 55/235 and 55/236,';
    const doc = extract(text, { ...GA, symbol: 'A/RES/79/293' }).mentions.find((m) => m.key.startsWith('Document:'));
    expect(doc?.attrs.subject).toBe('the implementation of resolutions 55/235 and 55/236');
  });
});

describe('a peacekeeping "Operation" is a body, as a "Mission" is, and "the Operation" is it again', () => {
  const UNOCI = 'Organization:United Nations Operation in Côte d\'Ivoire';

  it('A/RES/78/299 OP1, OP5: "the United Nations Operation in Côte d’Ivoire" then "obligations to the Operation"', () => {
    const OP1 = 'Takes note of the status of contributions to the United Nations Operation in Côte d’Ivoire as at 30 April 2024, and urges all other Member States to ensure payment of their outstanding assessed contributions;';
    const OP5 = 'Decides that Member States that have fulfilled their financial obligations to the Operation shall be credited with their respective share of the net cash available in the special account for the Operation;';
    const r = run([para('OP1', OP1), para('OP5', OP5)]);
    expect(r.OP1).toContain(`NOTES ${UNOCI}`);
    expect(r.OP5).toEqual([`DECIDES ${UNOCI}`]);
  });

  it('A/RES/78/308 PP2: "the African Union-United Nations Hybrid Operation in Darfur ... the mandate of the Operation" is the operation, not the African Union', () => {
    const text =
      'Recalling Security Council resolution 1769 (2007) of 31 July 2007, by which the Council established the African Union-United Nations Hybrid Operation in Darfur for an initial period of 12 months from 31 July 2007, and the subsequent resolutions by which the Council extended the mandate of the Operation,';
    const x = extract(text, { ...GA, symbol: 'A/RES/78/308', date: '2024-06-28' });
    const orgs = x.mentions.filter((m) => m.key.startsWith('Organization:')).map((m) => m.key);
    expect(orgs).toContain('Organization:African Union-United Nations Hybrid Operation in Darfur');
    expect(orgs).not.toContain('Organization:African Union');
    expect(x.mentions.find((m) => m.phrase === 'Operation')?.key).toBe('Organization:African Union-United Nations Hybrid Operation in Darfur');
  });

  it('guard: "the Operation" with no operation named stays unnamed', () => {
    const r = run([para('OP5', 'Decides that Member States that have fulfilled their financial obligations to the Operation shall be credited;')]);
    expect(r.OP5).toEqual([]);
  });
});

describe('"the Social, Humanitarian and Cultural Issues Committee (Third Committee)" is one committee', () => {
  it('A/RES/78/150 OP9', () => {
    const text =
      'Requests the Secretary-General to report on the topic of the resolution, within an existing report in the Social, Humanitarian and Cultural Issues Committee (Third Committee) of the General Assembly at its eightieth session.';
    const ctx = { ...GA, symbol: 'A/RES/78/150', date: '2023-12-19' };
    const orgs = keys(text, 'Organization:', ctx);
    expect(orgs).toContain('Organization:Third Committee');
    expect(orgs).not.toContain('Organization:Social, Humanitarian and Cultural Issues Committee');
  });
});

describe('a report of the Secretary-General cited again by its subject alone, after a paragraph footnoted its symbol', () => {
  const PP1 =
    'Having considered the report of the Secretary-General on the final performance of the United Nations Operation in Côte d’Ivoire 1 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 2';
  const notes = [
    { after: 'Côte d’Ivoire 1', mark: '1', text: 'A/74/711.' },
    { after: 'Questions, 2', mark: '2', text: 'A/74/785.' },
  ];
  const OP3 =
    'Takes note of the report of the Secretary-General on the final performance of the United Nations Operation in Côte d’Ivoire and the updated information on the net cash available in the special account;';
  const op = (text: string) => extractParagraph({ id: 'OP3', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  let ctx: RecognizeContext;

  it('A/RES/78/299 OP3 (78/303 OP3, 78/73 OP16): "Takes note of the report of the Secretary-General on the final performance of ..." is A/74/711', () => {
    ctx = { ...GA, symbol: 'A/RES/78/299', date: '2024-06-28' };
    extractWithNotes('PP1', PP1, notes, ctx);
    expect(op(OP3).relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:A/74/711');
  });

  it('guard: a report on another subject is not that one', () => {
    ctx = { ...GA, symbol: 'A/RES/78/299', date: '2024-06-28' };
    extractWithNotes('PP1', PP1, notes, ctx);
    const docs = op('Takes note of the report of the Secretary-General on the updated financial position of closed peacekeeping missions;').mentions.filter((m) => m.kind === 'Document');
    expect(docs.map((m) => m.key)).not.toContain('Document:A/74/711');
  });

  it('guard: in another resolution (no footnote seen) the subject stays scoped to the session', () => {
    ctx = { ...GA, symbol: 'A/RES/78/299', date: '2024-06-28' };
    expect(op(OP3).mentions.find((m) => m.kind === 'Document')?.key).not.toBe('Document:A/74/711');
  });
});

describe('"the Organization" after an organization so named in the same paragraph is that organization', () => {
  const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/79/321 OP4 (78/277 OP4): "Commends the United Nations Educational, Scientific and Cultural Organization ..., and invites the Organization to continue"', () => {
    const text =
      'Commends the United Nations Educational, Scientific and Cultural Organization for strengthening efforts to mobilize all relevant stakeholders within and outside the United Nations system in support of a culture of peace, and invites the Organization to continue to enhance communication and outreach, including through the culture of peace website;';
    const x = extractParagraph({ id: 'OP4', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, GA);
    expect(x.mentions.find((m) => m.phrase === 'Organization')?.key).toBe(UNESCO);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toEqual([`APPRECIATES ${UNESCO}`, `INVITES ${UNESCO}`]);
  });

  it('A/RES/78/69 OP157: "calls upon that Organization" after "the International Maritime Organization"', () => {
    const text =
      'Welcomes the work of the International Maritime Organization relating to the protection of shipping lanes of strategic importance and significance, and calls upon that Organization, States bordering straits and user States to continue their cooperation to keep such straits safe;';
    const x = extractParagraph({ id: 'OP157', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, { ...GA, symbol: 'A/RES/78/69', date: '2023-12-05' });
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('CALLS_UPON Organization:International Maritime Organization');
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).not.toContain('CALLS_UPON Organization:United Nations');
  });

  it('guard: with no such organization named before it, "the Organization" is the United Nations', () => {
    const text = 'Requests the Secretary-General to promote multilingualism within the Organization, in cooperation with the World Health Organization;';
    const x = extractParagraph({ id: 'OP2', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, GA);
    expect(x.mentions.find((m) => m.phrase === 'Organization')?.key).toBe('Organization:United Nations');
  });
});

describe('"the South Atlantic" is a region, as "the Indian Ocean" is', () => {
  it('A/RES/79/321 PP7: "Recalling its resolutions declaring zones of peace in Central Asia, the South Atlantic and the Indian Ocean"', () => {
    const text =
      'Recalling its resolutions declaring zones of peace in Central Asia, the South Atlantic and the Indian Ocean, and emphasizing the importance of these zones in maintaining stability and security in those regions,';
    expect(keys(text, 'Place:')).toEqual(['Place:Central Asia', 'Place:South Atlantic', 'Place:Indian Ocean']);
  });

  it('guard: "the Atlantic Ocean" stays itself', () => {
    expect(keys('Noting the importance of the Atlantic Ocean for the coastal States,', 'Place:')).toEqual(['Place:Atlantic Ocean']);
  });
});
