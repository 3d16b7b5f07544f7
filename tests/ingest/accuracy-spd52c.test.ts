// Session-52 speed helper spd52c (the entities worker's cold cost: TurboFan recompiles). No change to the graph (golden dump
// cmp-identical). The entities stage alone on one thread over corpus-ga's dumped wires (--trace-opt --trace-deopt, file marks)
// still recompiled its largest functions when a file took a branch the warm-up had not: findAttributions (7.9 KB of bytecode,
// its costliest compile) at A/RES/80/108 PP ("..., which are integral parts of ...": frameworkJoinedBefore), chunkSegments at
// A/RES/78/69 OP226 (bodyThenPlan's split), scanNamedEntities at A/RES/78/67 (" a commission") and 78/73 PP21 (sittings hosted on
// two days), register at 78/68 OP179 (an "Agreement for the Establishment of the ...") and 80/198 OP50 (a fund's board), registerKept
// at 78/321 OP1 (a decade proclaimed), bareOrdinalEditions at 79/331 OP43 (one edition found twice), and extractParagraphWithReferences
// deoptimised at 80/173 (a resolution that adopts an outcome document) and ran its last 160 files in baseline code. The entities
// worker's warm-up sample (ingest/warm-up.ts) now takes those branches: the tests below pin that it does (each fails without its
// paragraph). Two code changes pin behaviour only (a deopt is not visible to a test): ownerNamedWithAttributions reads no code
// unit past the text (A/RES/79/215 OP8, "out of bounds"), and bareOrdinalEditions looks for an edition found before with a loop,
// not findIndex (whose callback never got a feedback vector of its own).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import type { ParagraphExtraction, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { sharedDir } from '../helpers/env.js';
import { entitiesSampleParagraph } from '../helpers/warm-up-sample.js';

const ga = sharedDir('corpus-ga');

const keysOf = (p: ParagraphExtraction): string[] => p.mentions.map((m) => m.key);
const attributionsOf = (p: ParagraphExtraction): string[] => p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe("the entities worker's warm-up sample takes the branches corpus-ga met after their functions were compiled", () => {
  it('A/RES/80/108 PP: "its resolutions 79/323 ... on the Sevilla Commitment ... and 69/313 ... on the Addis Ababa Action Agenda ..., which are integral parts of the 2030 Agenda" (findAttributions, frameworkJoinedBefore)', () => {
    const p = entitiesSampleParagraph('Reaffirming its resolutions 79/323 of 25 August 2025 on the Sevilla Commitment');
    expect(attributionsOf(p)).toEqual(
      expect.arrayContaining([
        'PART_OF Framework:Sevilla Commitment -> Framework:2030 Agenda for Sustainable Development',
        'PART_OF Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development -> Framework:2030 Agenda for Sustainable Development',
      ]),
    );
    // (and " a commission": scanNamedEntities' forgetCommissionOnNewOne, A/RES/78/67)
    expect(p.paragraph.text).toContain('to set up a commission');
  });

  it('A/RES/78/69 OP226: "the effective implementation by member States of the Indian Ocean Rim Association of the Strategic Framework" (chunkSegments, bodyThenPlan): two names', () => {
    const p = entitiesSampleParagraph('Encourages the effective implementation by member States of the Indian Ocean Rim Association');
    expect(keysOf(p)[0]).toBe('Organization:Indian Ocean Rim Association');
    expect(keysOf(p)[1]).toMatch(/^Framework:Strategic Framework/);
  });

  it('A/RES/80/173: "Adopts the following outcome document of the high-level meeting ..." (extractParagraphWithReferences, adoptedOutcomeDocument)', () => {
    const p = entitiesSampleParagraph('Adopts the following outcome document of the high-level meeting');
    expect(attributionsOf(p).filter((a) => a.startsWith('ADOPTED Resolution:A/RES/79/901 -> Document:outcome document of the high-level meeting'))).toHaveLength(1);
  });

  it('A/RES/78/73 PP21: "the most recent ministerial meetings held on 22 September 2022 and 21 September 2023, hosted by Jordan and Sweden" (scanNamedEntities\' hostedAt), and UNRWA\'s Commissioner-General (register)', () => {
    const p = entitiesSampleParagraph('Noting the most recent ministerial meetings held on 22 September 2022');
    expect(attributionsOf(p).filter((a) => a.startsWith('HOSTS Place:Jordan'))).toEqual([
      'HOSTS Place:Jordan -> Event:ministerial meeting hosted by Jordan and Sweden @ 2022',
      'HOSTS Place:Jordan -> Event:ministerial meeting hosted by Jordan and Sweden @ 2023',
    ]);
    expect(keysOf(p)).toContain('Organization:Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East');
  });

  it('A/RES/78/68 OP179: "the Agreement for the Establishment of the General Fisheries Commission for the Mediterranean" (register, bodyOfEstablishingInstrument)', () => {
    const p = entitiesSampleParagraph('Welcoming the endorsement of the Agreement for the Establishment of the General Fisheries Commission');
    expect(keysOf(p)).toEqual(expect.arrayContaining(['Framework:Agreement for the Establishment of the General Fisheries Commission for the Mediterranean', 'Organization:General Fisheries Commission for the Mediterranean']));
  });

  it('A/RES/79/331 OP43: "as reaffirmed at the nineteenth Summit of la Francophonie, ... as agreed at the nineteenth Summit" after the Summit named before (bareOrdinalEditions finds the edition twice)', () => {
    const p = entitiesSampleParagraph('Notes the commitment to sustainable development, as reaffirmed at the nineteenth Summit');
    expect(keysOf(p).filter((k) => k === 'Event:Nineteenth Summit of la Francophonie')).toHaveLength(2);
    // (and the editions named by their ordinal alone in the paragraph before it: "the third Conference and the fourth Conference")
    const editions = entitiesSampleParagraph('Recalling the first, second, third and fourth Conferences on the Humanitarian Impact');
    expect(editions.mentions.filter((m) => m.phrase === 'third Conference' || m.phrase === 'fourth Conference')).toHaveLength(2);
  });

  it('A/RES/78/321 OP1 and 80/198 OP50: a decade proclaimed (registerKept), "the Special Fund established by the Optional Protocol" and a fund\'s Board of Trustees (register, fundOfOrgan)', () => {
    const op = entitiesSampleParagraph('Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric Sciences');
    expect(keysOf(op)).toEqual(expect.arrayContaining(['Event:Decade of Action for Cryospheric Sciences', 'Organization:Special Fund of the Optional Protocol']));
    const board = entitiesSampleParagraph('Stressing the importance of the work of the Board of Trustees');
    // (the Fund printed inside the Board's name is an entity of its own since aud66a's gazetteer entry: the Board PART_OF it)
    expect(keysOf(board)).toEqual(['Organization:Board of Trustees of the United Nations Voluntary Fund for Victims of Torture', 'Organization:United Nations Voluntary Fund for Victims of Torture']);
  });
});

describe.skipIf(!ga)('bareOrdinalEditions: an edition found twice at one place is kept once (a loop now, not findIndex)', () => {
  it('A/RES/79/331 OP43: "as reaffirmed at the nineteenth Summit of la Francophonie, ... as agreed at the nineteenth Summit": both read as the Summit', async () => {
    const [resolution] = extractFileReferences(await readFileReferences(join(ga!, 'A_RES_79_331.txt')));
    const op43 = resolution!.paragraphs.find((p) => p.paragraph.id === 'OP43')!;
    const summits = op43.mentions.filter((m) => m.kind === 'Event').map((m) => `${m.key} ${m.phrase} @${m.start}`);
    expect(summits).toEqual(['Event:Nineteenth Summit of la Francophonie nineteenth Summit of la Francophonie @356', 'Event:Nineteenth Summit of la Francophonie nineteenth Summit @531']);
  });
});

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/215', date: '2024-12-19' };
const { attributions, keys } = oneParagraph({ ctx: GA79, kind: 'operative' });

describe('ownerNamedWithAttributions reads no code unit past the text (an initiative that ends the paragraph)', () => {
  it('A/RES/79/215 OP8: "... and to reinvigorate the Global Partnership for Sustainable Development;": the initiative, no owner', () => {
    const text =
      'Calls for the fulfilment of the commitment to pursue policy coherence and an enabling environment for sustainable development at all levels and by all actors and to reinvigorate the Global Partnership for Sustainable Development;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Global Partnership for Sustainable Development']);
    expect(attributions(text)).toEqual([]);
    // (the same, printed without its semicolon: the name ends the text)
    expect(attributions(text.slice(0, -1))).toEqual([]);
  });

  it('guard: A/RES/78/226 PP19, "the Global Programme on Preventing and Countering Terrorism (2022–2027) of the United Nations Office on Drugs and Crime": the owner after the period in brackets still LEADS it', () => {
    const text = 'Taking note of the Global Programme on Preventing and Countering Terrorism (2022–2027) of the United Nations Office on Drugs and Crime,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual(['LEADS Organization:United Nations Office on Drugs and Crime -> Initiative:Global Programme on Preventing and Countering Terrorism']);
  });
});
