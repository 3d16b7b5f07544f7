// Session-36 audit aud36j (attributions on a fresh sample of ten GA texts): a sitting convened by States named bare, each
// with its own dates ("convened by Norway, on 4 and 5 March 2013, Mexico, on ..., and Austria, on ..."), is organized by each
// of them. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/37', date: '2024-12-02' };
const { attributions } = oneParagraph({ ctx: GA79, kind: 'preambular' });

const CONFERENCES = 'Event:Conferences on the Humanitarian Impact of Nuclear Weapons';

describe('a sitting convened by States named bare, each with its dates', () => {
  const pp10 =
    'Welcoming the facts-based discussions on the effects of a nuclear weapon detonation that were held at the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014, and, most recently, on 20 June 2022,';

  it('A/RES/79/37 PP10 (78/34, 78/240, 79/60, 80/50): "convened by Norway, on 4 and 5 March 2013, Mexico, on ..., and Austria, on ...": each State ORGANIZES its conference', () => {
    const rel = attributions(pp10);
    // (aud37a: the series named with its sittings' days is read as those sittings, each organized by the State that convened it)
    expect(rel).toContain('ORGANIZES Place:Norway -> Event:First Conference on the Humanitarian Impact of Nuclear Weapons');
    expect(rel).toContain('ORGANIZES Place:Mexico -> Event:Second Conference on the Humanitarian Impact of Nuclear Weapons');
    expect(rel).toContain('ORGANIZES Place:Austria -> Event:Third Conference on the Humanitarian Impact of Nuclear Weapons');
  });

  it('guard: "organized by Norway" (another participle): a bare State is no organizer of it, as before', () => {
    const text = 'Welcoming the conferences on the humanitarian impact of nuclear weapons, organized by Norway, on 4 and 5 March 2013,';
    expect(attributions(text).filter((r) => r.startsWith('ORGANIZES Place:'))).toEqual([]);
  });

  it('guard: "convened by Norway in Oslo, and Mexico": a State after another gap than its dates is not read into the list', () => {
    const text = 'Welcoming the conferences on the humanitarian impact of nuclear weapons, convened by Norway, in Oslo, and by the United Nations Office for Disarmament Affairs in Mexico,';
    expect(attributions(text)).not.toContain(`ORGANIZES Place:Mexico -> ${CONFERENCES}`);
  });
});

describe('a State named after a "by" that is not the participle\'s own', () => {
  it('guard: A/RES/80/71 PP14 "convened at the Palais des Nations, Geneva, on 26 August 2022 and reconvened ... with regard to outstanding questions by the Russian Federation": no ORGANIZES from the Russian Federation', () => {
    const text =
      'Noting also the Formal Consultative Meeting of the States Parties to the 1972 Biological Weapons Convention requested by the Russian Federation pursuant to article V of the Convention and convened at the Palais des Nations, Geneva, on 26 August 2022 and reconvened from 5 to 9 September 2022 with regard to outstanding questions by the Russian Federation to the United States of America and Ukraine concerning the fulfilment of their respective obligations under the Convention,';
    expect(attributions(text, undefined, { body: 'General Assembly', symbol: 'A/RES/80/71', date: '2025-12-01' }).filter((r) => r.startsWith('ORGANIZES Place:'))).toEqual([]);
  });
});
