import { describe, expect, it } from 'vitest';
import { SAMPLE, warmUpStages } from '../../ingest/warm-up.js';
import { cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution } from '../../ingest/extract.js';
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
});
