import { describe, expect, it } from 'vitest';
import { SAMPLES, warmUpStages } from '../../ingest/warm-up.js';
import { cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution } from '../../ingest/extract.js';
import { planResolution } from '../../graph/plan.js';
import type { SourceText } from '../../ingest/models.js';

const plansOf = (src: SourceText): unknown[] => segmentResolutions(cleanText({ ...src }), { ...src }).map((r) => planResolution(extractResolution(r)));

describe('worker warm-up', () => {
  it('each sample still reads as one resolution with operative paragraphs (else it warms nothing)', () => {
    expect(warmUpStages(1)).toBe(SAMPLES.length);
    for (const sample of SAMPLES) {
      const [resolution] = segmentResolutions(cleanText({ ...sample }), { ...sample });
      expect(resolution?.paragraphs.some((p) => p.kind === 'operative')).toBe(true);
    }
  });

  it('leaves no state behind: a file extracts the same before and after it', () => {
    const before = plansOf(SAMPLES[0]!);
    warmUpStages(2);
    expect(plansOf(SAMPLES[0]!)).toEqual(before);
  });
});
