// Session-53 speed helper spd53b (the deopts left). No change to the graph (golden dump cmp-identical). The one-thread harness
// of bench:instructions over all of corpus-ga (the ingest flags, --single-threaded, --trace-opt --trace-deopt-verbose, a mark
// per file) deoptimised 47 times: besides tiny functions, buildParagraphs twice (A/RES/78/20's meeting line right after the
// last paragraph; A/RES/78/153's "pre-\n2020", a letter test behind the hyphen test run there first), yearSessionsNamedBefore
// twice (A/RES/78/61 PP10's "at the 2023 session"; 79/72's two bodies' sessions of one year), possessorEnd twice ("Member
// States’" at 78/69, "a Member State’s Permanent Mission" at 80/172) and once more when those were warmed ("the Agency’s
// Secretariat", 78/8), authorOfTextsNamed on a read past the text's end (78/69 PP33) and segmentResolutions on a spread copy's
// map (79/243's convention annex), after which it ran its last files uncompiled. The warm-up samples (ingest/warm-up.ts) now
// take those branches: the first tests below pin that they do (each fails without its sample paragraph). The code changes
// (clean.ts, extract.ts, segment.ts) pin behaviour only: a deopt is not visible to a test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCES_SAMPLE } from '../../ingest/warm-up.js';
import { cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution } from '../../ingest/extract.js';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import type { ParagraphExtraction } from '../../ingest/models.js';
import { sharedDir } from '../helpers/env.js';
import { entitiesSampleParagraph } from '../helpers/warm-up-sample.js';

const ga = sharedDir('corpus-ga');

const relationsOf = (p: ParagraphExtraction): string[] => p.relations.map((r) => `${r.type} ${r.target}`);

describe('the warm-up samples take the branches corpus-ga met after their functions were compiled', () => {
  it('A/RES/78/61 PP6 and PP10: "the Conference on Disarmament at its 2023 session", then "the efforts ... made at the 2023 session" (yearSessionsNamedBefore)', () => {
    const p = entitiesSampleParagraph('Notes with appreciation the efforts made at the 2023 session');
    expect(relationsOf(p)).toContain('NOTES Event:2023 session of the Conference on Disarmament');
  });

  it('A/RES/79/72: a year\'s session of a second body (the Disarmament Commission\'s 2024 session after the Council\'s), and possessorEnd\'s "a Member State’s Permanent Mission" (80/172 OP6) and "the Agency’s Secretariat" (78/8 OP2)', () => {
    const p = entitiesSampleParagraph('Appreciates the support expressed for the Conference on Disarmament at its 2023 session');
    expect(relationsOf(p)).toEqual(expect.arrayContaining(['APPRECIATES Event:2024 session of the Disarmament Commission', 'APPRECIATES Event:2023 session of the Conference on Disarmament']));
    expect(p.paragraph.text).toContain('at a Member State’s Permanent Mission');
    expect(p.paragraph.text).toContain('the Agency’s Secretariat');
    // (the ECOSOC session of the same year, named in a preambular paragraph before it)
    expect(entitiesSampleParagraph('Recalling the Treaty on the Non-Proliferation of Nuclear Weapons').mentions.map((m) => m.key)).toContain('Event:2024 session of the Economic and Social Council');
  });

  it('A/RES/78/20 OP10: the meeting line right after the last paragraph, with no blank line between them (buildParagraphs\' MEETING_LINE_START close)', () => {
    expect(REFERENCES_SAMPLE.text).toContain('States to participate; \n46th plenary meeting');
    const [resolution] = segmentResolutions(cleanText({ ...REFERENCES_SAMPLE }), { ...REFERENCES_SAMPLE });
    const op14 = resolution!.paragraphs.find((p) => p.id === 'OP14');
    expect(op14?.text.endsWith('invites Member States to participate;')).toBe(true);
  });

  it('A/RES/79/276: "the report “...”" (findDocumentRefs\' quotedReportMentions) and A/RES/79/301: pypdf\'s space before a comma (cleanInline)', () => {
    const [resolution] = segmentResolutions(cleanText({ ...REFERENCES_SAMPLE }), { ...REFERENCES_SAMPLE });
    const op13 = resolution!.paragraphs.find((p) => p.id === 'OP13');
    expect(op13?.text).toBe('Takes note of the report “Our Common Agenda” of the Secretary-General, and of its resolutions 47/19, 48/16;');
    const mentions = extractResolution(resolution!).paragraphs.find((p) => p.paragraph.id === 'OP13')?.mentions.map((m) => `${m.key} «${m.phrase}»`);
    expect(mentions).toEqual(expect.arrayContaining(['Document:our common agenda «report “Our Common Agenda”»', 'Resolution:A/RES/48/16 «48/16»']));
  });
});

describe('reads and shapes changed for the compiled code, the same output', () => {
  it('A/RES/78/153: "their pre-\\n2020 commitments": a compound broken after its hyphen before a number keeps the hyphen (buildParagraphs)', async () => {
    const [resolution] = (await readFileReferences(join(ga!, 'A_RES_78_153.txt'))).resolutions;
    expect(resolution!.paragraphs.some((p) => p.text.includes('to implement their pre-2020 commitments'))).toBe(true);
  });

  it('guard: "low-\\nand lower-middle-income countries": a letter after the hyphen is no number, the words stay apart', () => {
    const src = { file: 'x.txt', format: 'pdftext' as const, text: 'Recalling the needs of low-\nand lower-middle-income countries, \n' };
    expect(cleanText(src).text).toContain('Recalling the needs of low- and lower-middle-income countries,');
  });

  it('A/RES/78/69 PP33: "... and accountable to the General Assembly," a body right before the text\'s last character stays its verb\'s target (authorOfTextsNamed reads inside the text)', async () => {
    const [resolution] = extractFileReferences(await readFileReferences(join(ga!, 'A_RES_78_69.txt')));
    const pp33 = resolution!.paragraphs.find((p) => p.paragraph.id === 'PP33');
    expect(pp33!.paragraph.text.endsWith('accountable to the General Assembly,')).toBe(true);
    expect(relationsOf(pp33!)).toContain('RECALLS Organization:General Assembly');
  });

  it('A/RES/79/243: the convention annexed, its preamble kept as the annex\'s paragraphs (annexParts, no title)', async () => {
    const [resolution] = (await readFileReferences(join(ga!, 'A_RES_79_243.txt'))).resolutions;
    const ids = resolution!.paragraphs.map((p) => p.id);
    expect(ids).toContain('Annex.PP1');
    expect(resolution!.annexTitles).toBeUndefined();
  });
});
