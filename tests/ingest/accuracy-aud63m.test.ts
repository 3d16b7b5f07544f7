// Session-63 audit aud63m: A/RES/79/189 (organ trafficking; Third Committee, crime prevention and criminal justice). Each case
// quotes the file and paragraph it comes from; the fix has guards for the near sentences that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/189',
  date: '2024-12-17',
  title: 'Strengthening and promoting effective measures and international cooperation on organ donation and transplantation',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

describe('an organization\'s General Assembly printed after its owner, with an ordinal: that organ\'s numbered session', () => {
  const SESSION = 'Event:seventy-first session of the World Medical Association General Assembly';
  // A/RES/79/189 PP14
  const PP14 =
    'Welcoming the statement issued by the World Medical Association on measures for the prevention and fight against transplant-related crimes, adopted by the seventy-first World Medical Association General Assembly, in Córdoba, Spain, in October 2020, acknowledging that healthcare professionals may play a key role in preventing and combating trafficking in persons for the purpose of organ removal and trafficking in human organs,';

  it('A/RES/79/189 PP14: "adopted by the seventy-first World Medical Association General Assembly, in Córdoba, Spain, in October 2020"', () => {
    const rels = relations(PP14);
    expect(rels).toContain(`WELCOMES ${SESSION}`);
    expect(rels).toContain('WELCOMES Organization:World Medical Association');
    expect(rels).not.toContain('WELCOMES Organization:World Medical Association General Assembly');
    const atts = attributions(PP14);
    expect(atts).toContain(`SESSION_OF ${SESSION} -> Organization:World Medical Association General Assembly`);
    expect(atts).toContain(`HELD_IN ${SESSION} -> Place:Córdoba`);
    expect(atts).toContain(`STARTS_ON ${SESSION} -> Date:2020-10`);
  });

  it('guard: the organ printed with no ordinal stays the Organization', () => {
    const text = 'Welcoming the statement adopted by the World Medical Association General Assembly,';
    expect(keys(text, 'Organization:World Medical Association General Assembly')).toEqual(['Organization:World Medical Association General Assembly']);
    expect(keys(text, 'Event:')).toEqual([]);
  });

  it('guard: the United Nations General Assembly and its numbered sessions do not change', () => {
    expect(keys('Recalling the seventy-ninth United Nations General Assembly,', 'Organization:General Assembly')).toEqual(['Organization:General Assembly']);
    expect(relations('Requests the Secretary-General to submit to the General Assembly at its eighty-first session a comprehensive report,', 'operative')).toContain(
      'REQUESTS Event:eighty-first session of the General Assembly',
    );
  });

  it('guard: A/RES/79/189 PP9 "endorsed by the sixty-third World Health Assembly in its resolution 63.22" keeps its session', () => {
    const text =
      'Taking note with appreciation of the World Health Organization guiding principles on human cell, tissue and organ transplantation, endorsed by the sixty-third World Health Assembly in its resolution 63.22 of 21 May 2010,';
    expect(keys(text, 'Event:')).toEqual(['Event:sixty-third session of the World Health Assembly']);
  });
});
