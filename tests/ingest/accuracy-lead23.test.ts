// Misses left open by the session-23 audits and fixed by the lead: A/RES/80/180 PP18 (youth). Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const YOUTH: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/180', date: '2025-12-15' };

const { keys, relations } = oneParagraph({ ctx: YOUTH, kind: 'preambular' });

describe('Model United Nations is the simulation programme, not the Organization', () => {
  it('A/RES/80/180 PP18 (78/179): "the important contribution of Model United Nations to diplomacy"', () => {
    const PP18 =
      'Recognizing the important contribution of Model United Nations to diplomacy and international cooperation and to building the capacities of young people in the field of international affairs,';
    expect(keys(PP18, 'Organization:')).toEqual([]);
    expect(relations(PP18)).toEqual(['RECOGNIZES Initiative:Model United Nations']);
  });

  it('guard: "the United Nations" printed alone is still the Organization', () => {
    const text = 'Recognizing the important contribution of the United Nations to diplomacy and international cooperation,';
    expect(relations(text)).toContain('RECOGNIZES Organization:United Nations');
  });
});
