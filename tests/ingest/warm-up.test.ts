import { describe, expect, it } from 'vitest';
import { REFERENCES_SAMPLE, SAMPLE, warmUpStages } from '../../ingest/warm-up.js';
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
});
