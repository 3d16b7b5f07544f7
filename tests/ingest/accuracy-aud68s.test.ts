// Session-68 audit aud68s: A/RES/78/142 (the Semipalatinsk region of Kazakhstan, Second Committee) and A/RES/79/61 (the system of
// arms control, disarmament and non-proliferation treaties and agreements, First Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SEMIPALATINSK = 'International cooperation and coordination for the human and ecological rehabilitation and economic development of the Semipalatinsk region of Kazakhstan';
const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/142', date: '2023-12-19', title: SEMIPALATINSK };
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });

describe('Semey, the administrative centre of the Abai region, is a Place of Kazakhstan (gazetteer row)', () => {
  const PP6 =
    'Recognizing the important role of national development policies and strategies in the rehabilitation of the Semipalatinsk region, including the newly established Abai region with the city of Semey as its administrative centre,';

  it('A/RES/78/142 PP6: "the newly established Abai region with the city of Semey as its administrative centre"', () => {
    expect(keys(PP6, 'Place:')).toContain('Place:Semey');
    // a Place the text names, not one it addresses: no verb
    expect(relations(PP6)).not.toContain('RECOGNIZES Place:Semey');
  });

  it('guard: the Semipalatinsk region stays the Place Semipalatinsk, and Kazakhstan named with its Government is not addressed', () => {
    expect(keys(PP6, 'Place:')).toContain('Place:Semipalatinsk');
    const pp8 = relations(
      'Recognizing also the challenges that Kazakhstan faces in the rehabilitation of the Semipalatinsk region, in particular in the context of the efforts by the Government of Kazakhstan to ensure the effective and timely achievement of the Sustainable Development Goals,',
    );
    expect(pp8.filter((r) => r.includes('Place:'))).toEqual([]);
  });
});
