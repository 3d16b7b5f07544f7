import { describe, expect, it } from 'vitest';
import { ENTITIES_SAMPLE, REFERENCES_SAMPLE, SAMPLE, warmUpStages } from '../../ingest/warm-up.js';
import { cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution, recognizeReferences } from '../../ingest/extract.js';
import { planResolution } from '../../graph/plan.js';
import type { SourceText } from '../../ingest/models.js';

const plansOf = (src: SourceText): unknown[] => segmentResolutions(cleanText({ ...src }), { ...src }).map((r) => planResolution(extractResolution(r)));

describe('worker warm-up', () => {
  it('the sample still reads as one resolution with operative paragraphs and attributions (else it warms little)', () => {
    expect(warmUpStages(1)).toBe(1);
    const [resolution] = segmentResolutions(cleanText({ ...SAMPLE }), { ...SAMPLE });
    expect(resolution?.paragraphs.some((p) => p.kind === 'operative')).toBe(true);
    expect(resolution?.paragraphs.some((p) => p.footnoteRefs.some((f) => f.footnote))).toBe(true);
    const ex = extractResolution(resolution!);
    expect(ex.paragraphs.some((p) => p.attributions.length > 0)).toBe(true);
  });

  it('leaves no state behind: a file extracts the same before and after it', () => {
    const before = plansOf(SAMPLE);
    warmUpStages(2);
    expect(plansOf(SAMPLE)).toEqual(before);
  });

  it("the references worker's sample adds its paragraphs inside the resolution (their anchors in the sample still exist)", () => {
    expect(warmUpStages(1, 'references')).toBe(1);
    const [resolution] = segmentResolutions(cleanText({ ...REFERENCES_SAMPLE }), { ...REFERENCES_SAMPLE });
    const texts = resolution!.paragraphs.map((p) => `${p.id} ${p.text}`);
    expect(texts.some((t) => t.startsWith('PP') && t.includes('Economic and Social Council resolutions 2023/3'))).toBe(true);
    expect(texts.some((t) => /^OP\d+ Continues to encourage/.test(t))).toBe(true);
    const cited = JSON.stringify(recognizeReferences(resolution!));
    expect(cited).toContain('E/RES/2023/3');
    expect(resolution!.paragraphs.length).toBeGreaterThan(segmentResolutions(cleanText({ ...SAMPLE }), { ...SAMPLE })[0]!.paragraphs.length);
  });

  it("the entities worker's sample adds its paragraphs inside the resolution, and they name what they are there for", () => {
    expect(warmUpStages(1, 'entities')).toBe(1);
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    expect(resolution!.paragraphs.length).toBeGreaterThan(segmentResolutions(cleanText({ ...SAMPLE }), { ...SAMPLE })[0]!.paragraphs.length);
    const names = extractResolution(resolution!).paragraphs.flatMap((p) => p.mentions.map((m) => `${m.kind}:${m.name}`));
    // the numbered sittings named after the treaty before them, a decade with its years, an acronym with "+20"
    expect(names.some((n) => n.startsWith('Event:') && n.includes('States Parties to the African Nuclear-Weapon-Free Zone Treaty'))).toBe(true);
    expect(names.some((n) => n.startsWith('Event:Second International Decade for People of African Descent'))).toBe(true);
    expect(names.some((n) => n.includes('Conference on Agrarian Reform and Rural Development'))).toBe(true);
  });

  it("the entities worker's sample gives findAttributions and footnoteMentionsOf nested mentions (body and footnote) and chunkSegments its rarer splits", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const mentions = paragraphs.flatMap((p) => p.mentions);
    // the bare "report of the Secretary-General" linked to the footnoted report: the Secretary-General inside comes back nested
    const bare = paragraphs.find((p) => p.paragraph.text.startsWith('Takes note with appreciation of the report of the Secretary-General,'));
    expect(bare?.mentions.some((m) => m.nested && !m.footnote && m.name === 'Secretary-General of the United Nations')).toBe(true);
    expect(bare?.attributions.length).toBeGreaterThan(0);
    // a nested organization read from a footnote
    expect(mentions.some((m) => m.nested && m.footnote && m.name === 'World Trade Organization')).toBe(true);
    // nested mentions share the one literal of inFootnote (kind ... end, footnote, nested)
    for (const m of mentions.filter((x) => x.nested)) expect(Object.keys(m)).toEqual(['kind', 'key', 'name', 'attrs', 'phrase', 'start', 'end', 'footnote', 'nested']);
    const names = mentions.map((m) => `${m.kind}:${m.name}`);
    for (const n of ['Organization:European Centre for Social Welfare Policy and Research', 'Initiative:Global Wastewater Initiative', 'Organization:Panama Congress', 'Framework:Model Law on Secured Transactions'])
      expect(names).toContain(n);
  });

  it("the entities worker's sample takes the branches of findAttributions, agentsOfParticiples, instrumentsOfSittings ... first met in corpus-ga", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const adopted = paragraphs.flatMap((p) => p.attributions).filter((a) => a.type === 'ADOPTED').map((a) => `${a.source} ${a.target}`);
    // "entitled “The Pact for the Future”, including the annex thereto entitled “Global Digital Compact”" (findAttributions)
    // (conv42c: a resolution's title states no adoption: that branch is gone, no ADOPTED from it)
    expect(adopted).not.toContain('Resolution:A/RES/79/1 Framework:Global Digital Compact');
    // "the Final Declaration adopted by the fourteenth Conference on Facilitating ..." (instrumentsOfSittings)
    expect(adopted).toContain(
      'Event:Fourteenth Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty Framework:Final Declaration (Fourteenth Conference on Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty)',
    );
    const names = paragraphs.flatMap((p) => p.mentions).map((m) => `${m.kind}:${m.name}`);
    for (const n of [
      'Framework:Regional Stabilization Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region', // agentsOfParticiples
      'Organization:Expert Mechanism on the Rights of Indigenous Peoples', // computeHeadOf
      'Event:United Nations International Day in Support of Victims of Torture', // eventKey
      'Event:First Meeting of the Conference of the Parties to the Agreement', // keyCase
      'Organization:Working Group I', // namesToOtherNames
      'Framework:Constitutive Act of the African Union', // headKind
      'Event:fifth meeting of the Inter-Agency Coordination Group',
      // an event's name with ", particularly in Africa" printed lowercase (keyCase)
      'Event:sixteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, particularly in Africa',
    ])
      expect(names).toContain(n);
    // read early (computeHeadOf): the second paragraph
    expect(paragraphs[1]!.mentions.map((m) => `${m.kind}:${m.name}`)).toEqual(['Organization:Assembly of States Parties to the Rome Statute of the International Criminal Court']);
    // a place opening a name, with names after it (withoutPlacesOpeningNames): "Marrakesh" is no place mention there
    const marrakesh = paragraphs.find((p) => p.paragraph.text.includes('the Marrakesh Ministerial Decision, the Working Group'));
    expect(marrakesh?.mentions.some((m) => m.name === 'Marrakesh')).toBe(false);
    expect(marrakesh?.mentions.map((m) => m.name)).toContain('Constitutive Act of the African Union');
    // "Adopts the following Pact for the Future" (adoptedHere): the one ADOPTED edge, no ADOPTS twin (aud44f)
    expect(paragraphs.flatMap((p) => p.attributions).some((a) => a.type === 'ADOPTED' && a.target === 'Framework:Pact for the Future')).toBe(true);
    expect(paragraphs.flatMap((p) => p.relations).some((r) => r.type === 'ADOPTS' && r.target === 'Framework:Pact for the Future')).toBe(false);
  });

  it("the entities worker's sample takes the branches corpus-ga first met after compiling scanNamedEntities, extractParagraphWithReferences, enrichEvents, findAttributions (session 14)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const names = paragraphs.flatMap((p) => p.mentions).map((m) => `${m.kind}:${m.name}`);
    // specialSessionsToReview (scanNamedEntities)
    expect(names).toContain('Event:Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention');
    // a decade extended "to 2030" (enrichEvents cuts the year off its name)
    expect(names).toContain('Event:United Nations Decade of Action on Nutrition');
    // decades named again in a later paragraph (enrichEvents drops the earlier paragraph's details)
    expect(paragraphs.some((p) => p.paragraph.text.startsWith('Reaffirms that the objective of the Third Decade') && p.mentions.some((m) => m.name === 'Third United Nations Decade for the Eradication of Poverty'))).toBe(true);
    const attributions = paragraphs.flatMap((p) => p.attributions).map((a) => `${a.type} ${a.source} ${a.target}`);
    // the meeting a declaration is named after, with a nested body, a venue and two days (extractParagraphWithReferences)
    const meeting = 'Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2024';
    // (conv42a: the Assembly named in the meeting's name makes it the Assembly's meeting, SESSION_OF, no stated ORGANIZES)
    for (const a of [`SESSION_OF ${meeting} Organization:General Assembly`, `HELD_IN ${meeting} Place:New York`, `ENDS_ON ${meeting} Date:2024-09-27`]) expect(attributions).toContain(a);
    // "to facilitate the observance of" (findAttributions' facilitators)
    expect(attributions).toContain('LEADS Organization:United Nations Environment Programme Event:International Day of Clean Air for Blue Skies');
    // a resolution, then the author nested in a footnoted report (findAttributions' frameworks after resolutions)
    const op1 = paragraphs.find((p) => p.paragraph.text.startsWith('Takes note, in accordance with paragraph 7 of resolution 46/30'));
    expect(op1?.mentions.slice(0, 2).map((m) => `${m.kind}:${m.name}${m.nested ? ' nested' : ''}`)).toEqual(['Resolution:A/RES/46/30', 'Organization:Secretary-General of the United Nations nested']);
    // "the General Assembly high-level meeting on ...": two nested mentions that start together (findAttributions' sort compares their ends)
    const tb = paragraphs.find((p) => p.paragraph.text.includes('General Assembly high-level meeting on the fight against tuberculosis'));
    const nested = tb?.mentions.filter((m) => m.nested) ?? [];
    expect(nested.map((m) => m.kind).sort()).toEqual(['Event', 'Organization']);
    expect(nested[0]!.start).toBe(nested[1]!.start);
  });

  it("the entities worker's sample takes the branches corpus-ga first met after compiling verbRelations, keyCase, scanNamedEntities, dropAssembliesOfOthers (session 15)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const bearing = paragraphs.find((p) => p.paragraph.text.startsWith('Bearing in mind its resolution 77/109'))!;
    // a resolution cited in an untyped clause (citedUntyped), both series of "the Olympic and Paralympic Games", another
    // body's General Assembly (dropAssembliesOfOthers), a Division PART_OF its department, "High-Level" respelled (keyCase),
    // "the Secretary-General's <framework>", "the Unit" (the unit named before)
    expect(bearing.relations.map((r) => `${r.type} ${r.target}`)).toContain('CITES Resolution:A/RES/77/109');
    expect(bearing.mentions.map((m) => m.key)).toEqual([
      'Resolution:A/RES/77/109', 'Date:2022-12-07', 'Event:Olympic Games', 'Event:Paralympic Games', 'Organization:Organization of American States',
      'Organization:Division for Inclusive Social Development', 'Organization:Department of Economic and Social Affairs',
      // (convention changed in session 50: the owner Secretariat takes the verb, as every other owner; it is a mention)
      'Organization:Secretariat of the United Nations',
      'Organization:High-level Panel on Digital Cooperation', 'Organization:Secretary-General of the United Nations', 'Framework:New Agenda for Peace',
      'Organization:Joint Inspection Unit', 'Organization:Joint Inspection Unit',
    ]);
    // (and the department "of the Secretariat": PART_OF it)
    expect(bearing.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toEqual([
      'PART_OF Organization:Division for Inclusive Social Development -> Organization:Department of Economic and Social Affairs',
      'PART_OF Organization:Department of Economic and Social Affairs -> Organization:Secretariat of the United Nations',
      // (the Secretary-General's possessive before his own agenda: he LEADS it, session 58, aud58m)
      'LEADS Organization:Secretary-General of the United Nations -> Framework:New Agenda for Peace',
    ]);
    // a list of sittings with a venue and dates printed for each (scanNamedEntities' paired venues: its Map made anew per paragraph)
    const held = paragraphs.flatMap((p) => p.attributions).filter((a) => a.type === 'HELD_IN' && a.source.includes('ministerial meeting of the United Nations Standing'));
    expect(held.map((a) => `${a.source.slice(6, 18)} ${a.target}`)).toEqual(['fifty-second Place:Libreville', 'fifty-third  Place:São Tomé']);
  });

  it("the entities worker's sample takes the branches corpus-ga first met after compiling register, scanNamedEntities, chunkSegments (session 16)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const treaties = paragraphs.find((p) => p.paragraph.text.startsWith('Recalling the Treaty on a Nuclear-Weapon-Free Zone in Central Asia'))!;
    // a treaty named alone, then another inside a sitting's name and "the Treaty" after it (register's treaty of the sitting,
    // which scanNamedEntities undoes at the paragraph's end), and a sitting that adopts an instrument (chunkSegments' split)
    expect(treaties.mentions.map((m) => `${m.key} | ${m.phrase}`)).toEqual([
      'Framework:Treaty on a Nuclear-Weapon-Free Zone in Central Asia | Treaty on a Nuclear-Weapon-Free Zone in Central Asia',
      'Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) | 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
      'Framework:Treaty on the Non-Proliferation of Nuclear Weapons | Treaty',
      'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice | Fourteenth United Nations Congress on Crime Prevention and Criminal Justice',
      'Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law | Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law',
      // the year that dates the sitting is a date the paragraph mentions (accuracy-aud48e)
      'Date:2026 | 2026',
    ]);
    // (the "2026 Review Conference" is dated by the year in its name: accuracy-aud32k)
    expect(treaties.attributions.map((a) => `${a.type} ${a.target}`)).toEqual([
      'STARTS_ON Date:2026',
      'ADOPTED Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law',
    ]);
  });

  it("the references worker's sample has a paragraph opened by \"The\" and a range of days after \"namely\" (readOpening, scanDates)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...REFERENCES_SAMPLE }), { ...REFERENCES_SAMPLE });
    expect(resolution!.paragraphs.some((p) => p.kind === 'operative' && p.text.startsWith('The Working Capital Fund shall be established'))).toBe(true);
    const dates = JSON.stringify(recognizeReferences(resolution!));
    expect(dates).toContain('2025-04-07');
    expect(dates).toContain('2025-04-25');
  });
  it("the entities worker's sample takes the branches of scanNamedEntities the session-18 audit added (session 18)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const recalling = paragraphs.find((p) => p.paragraph.text.startsWith('Recalling the conclusions and recommendations adopted by the seminar'))!;
    const keys = recalling.mentions.map((m) => m.key);
    // seminarsNamedBefore ("the seminar": the regional seminar named in the paragraph before) and pluralMandates
    expect(keys.filter((k) => k.startsWith('Event:Caribbean regional seminar'))).toHaveLength(1);
    expect(keys).toContain('Organization:Special Rapporteur on the rights of Indigenous Peoples');
    expect(keys).toContain('Organization:Special Rapporteur on the right to food');
  });

  it("the entities worker's sample takes the branches corpus-ga first met after compiling scanNamedEntities, chunkSegments, segmentCandidate, unOfficesAtCities (session 19)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const keys = paragraphs.flatMap((p) => p.mentions).map((m) => m.key);
    for (const k of [
      // anniversarySittingsListed ("the high-level meetings ... to commemorate the tenth and twentieth anniversaries of")
      'Event:high-level meeting to commemorate the tenth anniversary of the adoption of the Durban Declaration and Programme of Action',
      'Event:high-level meeting to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action',
      // unOfficesAtCities, a sitting of States parties "to the Treaty" (qualifyGenericNames), a mark glued to a Roman numeral (segmentCandidate)
      'Organization:United Nations Office at Vienna',
      'Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons)',
      'Framework:Montevideo Protocol III',
      // chunkSegments' splits of long body names
      'Organization:Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa',
      'Organization:Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
    ])
      expect(keys).toContain(k);
    // a decade proclaimed near the start of an operative paragraph (scanNamedEntities' proclaimedHere)
    const proclaimed = paragraphs.find((p) => p.paragraph.text.startsWith('Decides to proclaim the United Nations Decade of Sustainable Transport'));
    expect(proclaimed?.attributions.map((a) => `${a.type} ${a.target}`)).toEqual(['STARTS_ON Date:2026', 'ENDS_ON Date:2035']);
  });

  it("the samples take the branches corpus-ga first met after compiling knownNameCandidates, chunkSegments, scanNamedEntities, readResolutionRefs, dateEndingAt, register (session 21)", () => {
    const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
    const paragraphs = extractResolution(resolution!).paragraphs;
    const keysOf = (start: string) => paragraphs.find((p) => p.paragraph.text.startsWith(start))!.mentions.map((m) => m.key);
    const noting = keysOf('Noting the work of the Rome-based agencies');
    // a place before "-based" is no place mention (knownNameCandidates); a body named for two regions (chunkSegments' regionPairAt)
    expect(noting.filter((k) => k.startsWith('Place:'))).toEqual([]);
    expect(noting).toContain('Organization:Regional Office for Europe and Central Asia');
    // "the open-ended working group" after the Open-ended Working Group named in full (openEndedWorkingGroupNamedBefore)
    expect(keysOf('Takes note of the final report of the open-ended working group')).toEqual([noting.find((k) => k.startsWith('Organization:Open-ended Working Group'))]);
    // a declaration on the occasion of an anniversary (anniversaryDeclarations); the High Commissioner after the Office (register)
    const recalling = keysOf('Recalling the political declaration on the occasion of the twentieth anniversary');
    expect(recalling).toContain('Framework:Political declaration on the occasion of the twentieth anniversary of the World Summit on the Information Society');
    expect(recalling).toContain('Organization:Office of the United Nations High Commissioner for Human Rights');
    // two days across a month's end joined by "and" (dateEndingAt), the meeting's own dates after "approved by" (extract.ts)
    const approved = paragraphs.find((p) => p.paragraph.text.startsWith('Welcoming the political declaration approved by'))!;
    expect(approved.attributions.map((a) => `${a.type} ${a.target}`)).toEqual(expect.arrayContaining(['STARTS_ON Date:2026-11-30', 'ENDS_ON Date:2026-12-01']));
    // dated resolutions cited without commas between them (readResolutionRefs' UNSEPARATED_DATED_ITEM_AT_RE)
    const [refs] = segmentResolutions(cleanText({ ...REFERENCES_SAMPLE }), { ...REFERENCES_SAMPLE });
    const cited = JSON.stringify(recognizeReferences(refs!));
    for (const symbol of ['A/RES/74/911', 'A/RES/76/912', 'A/RES/78/913']) expect(cited).toContain(symbol);
  });
});
