// Misses found by the session-52 hand audit aud52a (gold set aud52a: A/RES/78/49, the prohibition of the dumping of radioactive
// wastes; A/RES/78/61, the report of the Conference on Disarmament; A/RES/80/25, the relationship between disarmament and
// development; all First Committee texts). Each case quotes the file and paragraph named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, markedParagraph } from '../helpers/footnoted-paragraph.js';

const GA78_49: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/49', date: '2023-12-04' };

function extract(text: string, ctx: RecognizeContext = GA78_49, id = 'PP2') {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const keys = (text: string, prefix: string, ctx?: RecognizeContext, id?: string): string[] =>
  extract(text, ctx, id).mentions.map((m) => m.key).filter((k) => k.startsWith(prefix));
const relations = (text: string, ctx?: RecognizeContext, id?: string): string[] => extract(text, ctx, id).relations.map((r) => `${r.type} ${r.target}`);

const IAEA_GC_RES = 'Resolution:General Conference of the International Atomic Energy Agency resolution';

describe('a resolution of the IAEA General Conference numbered by a session in Roman numerals', () => {
  it('A/RES/78/49 PP2 (80/26): "Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice ..., adopted on 21 September 1990 by the General Conference of the International Atomic Energy Agency"', () => {
    const text =
      'Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International Transboundary Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference of the International Atomic Energy Agency at its thirty-fourth regular session,';
    expect(keys(text, 'Resolution:')).toEqual([`${IAEA_GC_RES} GC(XXXIV)/RES/530`]);
    expect(relations(text)).toContain(`RECALLS ${IAEA_GC_RES} GC(XXXIV)/RES/530`);
  });

  it('guard: the Arabic-numbered form still reads as before (A/RES/78/49 PP7: "resolution GC(45)/RES/10")', () => {
    const text =
      'Recalling also resolution GC(45)/RES/10, adopted by consensus on 21 September 2001 by the General Conference of the International Atomic Energy Agency at its forty-fifth regular session,';
    expect(keys(text, 'Resolution:', GA78_49, 'PP7')).toEqual([`${IAEA_GC_RES} GC(45)/RES/10`]);
  });

  it('guard: Roman numerals that are no session ("GC(MMXX)/RES/1", "GC(XXXIV)" alone) cite nothing', () => {
    expect(keys('Recalling document GC(XXXIV) of the Agency,', 'Resolution:')).toEqual([]);
    expect(keys('Recalling resolution GC(MMXX)/RES/1,', 'Resolution:')).toEqual([]);
  });
});

function extractWithNote(text: string, at: string, mark: string, note: string, ctx: RecognizeContext = GA78_49, id = 'PP4') {
  const offset = text.indexOf(at) + at.length;
  return extractParagraph(
    { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] },
    ctx,
  );
}

describe('"the Conference of the Committee on Disarmament", the Conference on Disarmament\'s name from 1969 to 1978', () => {
  const PP4 =
    'Considering its resolution 2602 C (XXIV) of 16 December 1969, in which the General Assembly requested the Conference of the Committee on Disarmament, 4 inter alia, to consider effective methods of control against the use of radiological methods of warfare,';
  const NOTE4 =
    'The Conference of the Committee on Disarmament became the Committee on Disarmament as from the tenth special session of the General Assembly. The Committee on Disarmament was redesignated the Conference on Disarmament as from 7 February 1984.';
  const CCD = 'Organization:Conference of the Committee on Disarmament';

  it('A/RES/78/49 PP4 (80/26): a body (Organization), not a sitting, and the target of "Considering"', () => {
    const x = extractWithNote(PP4, 'Disarmament,', '4', NOTE4);
    expect(x.mentions.map((m) => m.key)).toContain(CCD);
    expect(x.mentions.map((m) => m.key)).not.toContain('Event:Conference of the Committee on Disarmament');
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`CONSIDERS ${CCD}`);
  });

  it('A/RES/78/49 PP4: "the General Assembly" of its footnote is not its owner (the note\'s offsets are not the text\'s)', () => {
    const x = extractWithNote(PP4, 'Disarmament,', '4', NOTE4);
    expect(x.attributions.filter((a) => a.type === 'PART_OF' && a.source === CCD)).toEqual([]);
  });

  it('guard: an organ printed with its owner in the text keeps its PART_OF ("the Board of Governors of the International Atomic Energy Agency", with a note)', () => {
    const text = 'Noting the resolution adopted by the Board of Governors of the International Atomic Energy Agency, 1 on the question,';
    const x = extractWithNote(text, 'Agency,', '1', 'GOV/2024/18 of the Board of Governors of the Agency.', GA78_49, 'PP9');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(
      'PART_OF Organization:Board of Governors of the International Atomic Energy Agency -> Organization:International Atomic Energy Agency',
    );
  });

  it('guard: "the Committee on Disarmament" (its name from 1979 to 1984) stays a body of its own, not the Conference\'s organ', () => {
    const x = extract('Noting that the Committee on Disarmament was redesignated the Conference on Disarmament as from 7 February 1984,', GA78_49, 'PP5');
    expect(x.mentions.map((m) => m.key)).toEqual(expect.arrayContaining(['Organization:Committee on Disarmament', 'Organization:Conference on Disarmament']));
    expect(x.attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });
});

describe('the Declaration of the IAEA Ministerial Conference on Nuclear Safety', () => {
  const DECLARATION = 'Framework:Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear Safety';
  const CONFERENCE = 'Event:Ministerial Conference on Nuclear Safety @ 2011';

  it('A/RES/78/49 OP2 (80/26): "Also takes note of the Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear Safety, ...": a Framework its Conference (the Vienna sitting of 2011) ADOPTED', () => {
    const text =
      'Also takes note of the Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear Safety, the Action Plan on Nuclear Safety and the high-level meeting on nuclear safety and security convened by the Secretary-General;';
    const x = extract(text, GA78_49, 'OP2');
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toEqual(expect.arrayContaining([`NOTES ${DECLARATION}`, `NOTES ${CONFERENCE}`]));
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED ${CONFERENCE} -> ${DECLARATION}`);
  });

  it('A/RES/78/49 PP9: "the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear Safety, in Vienna from 20 to 24 June 2011, and its outcome, the Declaration of ...": one sitting, its outcome RECALLED', () => {
    const text =
      'Recalling the convening by the International Atomic Energy Agency of the Ministerial Conference on Nuclear Safety, in Vienna from 20 to 24 June 2011, and its outcome, the Declaration of the International Atomic Energy Agency Ministerial Conference on Nuclear Safety, as well as the Action Plan on Nuclear Safety, endorsed by the General Conference of the Agency at its fifty-fifth regular session,';
    const x = extract(text, GA78_49, 'PP9');
    expect(x.mentions.filter((m) => m.kind === 'Event' && m.name.includes('Ministerial')).map((m) => m.key)).toEqual([CONFERENCE]);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${DECLARATION}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ORGANIZES Organization:International Atomic Energy Agency -> ${CONFERENCE}`);
  });

  it('guard: another ministerial conference of the Agency is not this one ("the International Conference on Nuclear Security: Shaping the Future", 2024)', () => {
    const text = 'Welcomes the International Conference on Nuclear Security: Shaping the Future, convened by the International Atomic Energy Agency in Vienna from 20 to 24 May 2024;';
    expect(keys(text, 'Event:', GA78_49, 'OP3').some((k) => k.startsWith('Event:Ministerial Conference on Nuclear Safety'))).toBe(false);
    expect(keys(text, 'Framework:', GA78_49, 'OP3')).not.toContain(DECLARATION);
  });
});

describe('the year alone a cited resolution is dated by is a date of the paragraph', () => {
  it('A/RES/78/49 PP1 (80/26): "resolutions CM/Res.1153 (XLVIII) of 19881 and CM/Res.1225 (L) of 1989,2 adopted by the Council of Ministers of the Organization of African Unity"', () => {
    const text =
      'Bearing in mind resolutions CM/Res.1153 (XLVIII) of 19881 and CM/Res.1225 (L) of 1989,2 adopted by the Council of Ministers of the Organization of African Unity, concerning the dumping of nuclear and industrial wastes in Africa,';
    expect(keys(text, 'Date:', GA78_49, 'PP1')).toEqual(expect.arrayContaining(['Date:1988', 'Date:1989']));
  });

  it('A/RES/78/49 OP7: "Takes note of resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers ..."', () => {
    const text =
      'Takes note of resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers of the Organization of African Unity, on the Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa;';
    expect(keys(text, 'Date:', GA78_49, 'OP7')).toEqual(['Date:1991']);
  });

  it('guard: an instrument\'s year stays no date ("the Convention on Psychotropic Substances of 1971", the acc14/aud48e convention)', () => {
    expect(keys('Reaffirming the Convention on Psychotropic Substances of 1971,', 'Date:', GA78_49, 'PP3')).toEqual([]);
  });
});

describe('an event a footnote dates to the day is not dated again by the year a later paragraph prints', () => {
  const ICRDD = 'International Conference on the Relationship between Disarmament and Development';
  const PP2 = `Recalling also the provisions of the Final Document of the Tenth Special Session of the General Assembly concerning the relationship between disarmament and development,1 as well as the adoption on 11 September 1987 of the Final Document of the ${ICRDD},2`;
  const NOTES_PP2: [string, string][] = [
    ['1', 'See resolution S-10/2.'],
    ['2', `See Report of the ${ICRDD}, New York, 24 August–11 September 1987 (A/CONF.130/39).`],
  ];
  const PP9 = `Bearing in mind the importance of following up on the implementation of the action programme adopted at the 1987 ${ICRDD},`;
  const starts = (paragraphs: ReturnType<typeof markedParagraph>[]): string[] =>
    extractResolution(gaResolution('A/RES/80/25', '2025-12-01', paragraphs))
      .paragraphs.flatMap((p) => p.attributions.filter((a) => a.type === 'STARTS_ON').map((a) => `${p.paragraph.id} ${a.target}`));

  it('A/RES/80/25 PP2 (note 2: "New York, 24 August–11 September 1987") and PP9 ("the 1987 International Conference ..."; 78/23, 79/43): one STARTS_ON, the day', () => {
    expect(starts([markedParagraph('PP2', PP2, NOTES_PP2), markedParagraph('PP9', PP9)])).toEqual(['PP2 Date:1987-08-24']);
  });

  it('guard: printed alone, the year still dates the Conference', () => {
    expect(starts([markedParagraph('PP9', PP9)])).toEqual(['PP9 Date:1987']);
  });
});

describe('the Organization of African Unity owns its organs printed with it', () => {
  const COUNCIL = 'Organization:Council of Ministers of the Organization of African Unity';
  const OAU = 'Organization:Organization of African Unity';

  it('A/RES/78/49 OP7 (80/26): "resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers of the Organization of African Unity": the Council PART_OF the OAU; the Council is the text\'s author (aud52d) and so no target, nor is its owner (lead, session 52)', () => {
    const text =
      'Takes note of resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers of the Organization of African Unity, on the Bamako Convention on the Ban of the Import into Africa and the Control of Transboundary Movement and Management of Hazardous Wastes within Africa;';
    const x = extract(text, GA78_49, 'OP7');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${COUNCIL} -> ${OAU}`);
    const targets = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(targets).toContain('NOTES Resolution:Council of Ministers of the Organization of African Unity resolution CM/Res.1356(LIV)');
    expect(targets).not.toContain(`NOTES ${COUNCIL}`);
    expect(targets).not.toContain(`NOTES ${OAU}`);
  });

  it('guard: A/RES/78/316 PP7: the author named again after as a target ("as well as relevant resolutions of the General Conference of the Agency"): its owner keeps the verb', () => {
    const text =
      'Taking note of decision GC(53)/DEC/13 of 18 September 2009 of the General Conference of the International Atomic Energy Agency, entitled “Prohibition of armed attack or threat of attack against nuclear installations, during operation or under construction”, as well as relevant resolutions of the General Conference of the Agency,';
    const targets = extract(text, { body: 'General Assembly', symbol: 'A/RES/78/316', date: '2024-07-11' }, 'PP7').relations.map((r) => `${r.type} ${r.target}`);
    expect(targets).toContain('NOTES Organization:International Atomic Energy Agency');
    expect(targets).toContain('NOTES Organization:General Conference of the International Atomic Energy Agency');
  });

  it('guard: the OAU\'s conventions stay instruments, no organ ("the Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa")', () => {
    const text = 'Recalling the Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa,';
    const x = extract(text, GA78_49, 'PP2');
    expect(x.mentions.map((m) => m.key)).toContain('Framework:Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa');
    expect(x.attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });

  it('guard: its successor\'s double name stays the African Union ("the Organization of African Unity/African Union", A/RES/78/263 OP38)', () => {
    expect(keys('Welcomes the fiftieth anniversary of the Organization of African Unity/African Union;', 'Organization:', GA78_49, 'OP38')).toEqual(['Organization:African Union']);
  });
});

describe('a session printed with its year alone is the one of that year the resolution named before with its body', () => {
  const PP6 =
    'Noting with renewed concern that, despite the intensive efforts by States members and Presidents of the Conference on Disarmament at its 2023 session to reach consensus on a programme of work on the basis of relevant proposals and suggestions, the Conference did not succeed in commencing its substantive work by means of negotiations or agree to a programme of work, although the Conference did hold substantive thematic discussions on its agenda items,';
  const PP10 = 'Noting with appreciation the efforts and contributions made at the 2023 session to promote substantive discussions on issues on the agenda,';
  const SESSION = 'Event:2023 session of the Conference on Disarmament';
  const relationsOf = (paragraphs: ReturnType<typeof markedParagraph>[], id: string): string[] =>
    extractResolution(gaResolution('A/RES/78/61', '2023-12-04', paragraphs))
      .paragraphs.filter((p) => p.paragraph.id === id)
      .flatMap((p) => p.relations.map((r) => `${r.type} ${r.target}`));

  it('A/RES/78/61 PP10 "made at the 2023 session", after PP6 "the Conference on Disarmament at its 2023 session": NOTES that session', () => {
    expect(relationsOf([markedParagraph('PP6', PP6), markedParagraph('PP10', PP10)], 'PP10')).toEqual([`NOTES ${SESSION}`]);
  });

  it('guard: with no session of that year named before, the bare one names nothing (A/RES/78/174: "the priority theme for the 2024 session")', () => {
    expect(relationsOf([markedParagraph('PP10', PP10)], 'PP10')).toEqual([]);
    expect(relationsOf([markedParagraph('PP6', PP6), markedParagraph('PP10', PP10.replace('2023', '2024'))], 'PP10')).toEqual([]);
  });

  it('guard: two bodies\' sessions of that year named before: no guess', () => {
    const ecosoc = 'Recalling the high-level segment of the 2023 session of the Economic and Social Council,';
    expect(relationsOf([markedParagraph('PP6', PP6), markedParagraph('PP7', ecosoc), markedParagraph('PP10', PP10)], 'PP10')).toEqual([]);
  });
});
