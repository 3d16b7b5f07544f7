// Misses left open by the session-23 audits and fixed by the lead: A/RES/80/180 PP18 (youth), A/RES/78/156 PP7 (education). Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const YOUTH: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/180', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: YOUTH, kind: 'preambular' });

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

describe('"its Pre-Summit" after a summit is a sitting of its own', () => {
  const EDU: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
  const PP7 =
    'Noting the Transforming Education Summit, convened by the Secretary-General in New York from 16 to 19 September 2022, as well as its Pre-Summit, hosted by the United Nations Educational, Scientific and Cultural Organization in Paris from 28 to 30 June 2022,';
  const PRE = 'Event:Pre-Summit of the Transforming Education Summit @ 2022';
  it('A/RES/78/156 PP7: the host, venue and dates after "its Pre-Summit" are the pre-summit\'s', () => {
    expect(keys(PP7, 'Event:', 'preambular', { ...EDU })).toEqual(['Event:Transforming Education Summit @ 2022', PRE]);
    const found = attributions(PP7, 'preambular', { ...EDU });
    expect(found).toEqual(
      expect.arrayContaining([`HELD_IN ${PRE} -> Place:Paris`, `STARTS_ON ${PRE} -> Date:2022-06-28`, `ENDS_ON ${PRE} -> Date:2022-06-30`]),
    );
    expect(found).not.toContain('HELD_IN Event:Transforming Education Summit @ 2022 -> Place:Paris');
  });

  it('A/RES/79/227 PP19 form: "the United Nations Food Systems Summit ..., as well as its pre-Summit, held from 26 to 28 July 2021 in Rome"', () => {
    const text =
      'Recalling the United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021, as well as its pre-Summit, held from 26 to 28 July 2021 in Rome,';
    const found = attributions(text, 'preambular', { ...EDU });
    expect(found).toContain('HELD_IN Event:Pre-Summit of the United Nations Food Systems Summit @ 2021 -> Place:Rome');
    expect(found).not.toContain('HELD_IN Event:United Nations Food Systems Summit @ 2021 -> Place:Rome');
  });

  it('guard: with no summit named before, "its pre-Summit" makes no sitting', () => {
    expect(keys('Noting the work of the Secretary-General and its pre-Summit consultations,', 'Event:', 'preambular', { ...EDU })).toEqual([]);
  });
});
