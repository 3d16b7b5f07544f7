// Audit aud18l (session 18): A/RES/80/152 (care economy), 80/176 (rare diseases), 80/10 (International Day of the World's
// Indigenous Women and Girls), 79/274 (permanent neutrality of Turkmenistan). Every input is quoted from the named file.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/274', date: '2025-03-21' };
const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a sitting "on the theme “...”" is one sitting named by its quoted theme', () => {
  it('A/RES/79/274 PP10: the international conference on a quoted theme, followed by its outcome document\'s short title', () => {
    const text =
      'Recalling the outcome document of the international conference on the theme “Policy of neutrality and its significance in ensuring international peace, security and sustainable development” (Ashgabat outcome document), adopted on 12 December 2020,';
    expect(relations(text)).toContain(
      'RECALLS Event:international conference on the theme "Policy of neutrality and its significance in ensuring international peace, security and sustainable development" @ 2020',
    );
  });

  it('A/RES/78/161 PP20: an ordinal before the qualifiers ("the fourth international conference on the theme “...”, held under the auspices of ...")', () => {
    const text =
      'Noting the fourth international conference on the theme “Preservation of world languages and development of linguistic diversity in cyberspace: context, policy, practice”, held under the auspices of the United Nations Educational, Scientific and Cultural Organization Information for All Programme in Yakutsk, Russian Federation, from 1 to 5 July 2019,';
    expect(keys(text, 'Event:')).toEqual([
      'Event:fourth international conference on the theme "Preservation of world languages and development of linguistic diversity in cyberspace: context, policy, practice"',
    ]);
  });

  it('A/RES/79/228 OP25 and A/RES/78/185 PP12: a high-level meeting or segment on a quoted theme takes the theme into its name (not "on the theme" alone)', () => {
    const op25 =
      'Notes the convening of the high-level meeting on the theme “Ocean for the future”, the annual meeting of the Water Resilience Coalition initiative,';
    expect(keys(op25, 'Event:', 'operative')).toContain('Event:high-level meeting on the theme "Ocean for the future"');
    expect(keys(op25, 'Event:', 'operative')).not.toContain('Event:high-level meeting on the theme');
    const pp12 =
      'Recalling the high-level segment on the theme “Enhancing international cooperation, solidarity, local capacities and humanitarian action for refugees in Africa” of the sixty-fifth session of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees,';
    expect(keys(pp12, 'Event:high-level')).toEqual([
      'Event:high-level segment on the theme "Enhancing international cooperation, solidarity, local capacities and humanitarian action for refugees in Africa"',
    ]);
  });

  it('guards: a lowercase sitting on a topic (no quoted theme) still needs something after it that makes it one sitting', () => {
    // (made-up sentences: "the theme of ..." is no quoted theme; an ordinal alone makes no sitting one sitting)
    expect(keys('Recalling the debate on the theme of the present resolution and the conference on climate matters,', 'Event:')).toEqual([]);
    expect(keys('Encourages the second international conference on ocean science to consider the matter;', 'Event:', 'operative')).toEqual([]);
  });
});

describe('"entitled" ends a meeting\'s topic', () => {
  it('A/RES/78/182 PP8: "the political declaration of the high-level meeting on universal health coverage entitled “...”, held on 21 September 2023"', () => {
    const text =
      'Noting with appreciation the political declaration of the high-level meeting on universal health coverage entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”, held on 21 September 2023,10 in which it was recognized that universal health coverage is fundamental for, inter alia, achieving gender equality and empowering all women and girls,';
    const events = keys(text, 'Event:');
    expect(events).toContain('Event:high-level meeting on universal health coverage @ 2023');
    expect(events.some((k) => k.includes('entitled'))).toBe(false);
  });
});
