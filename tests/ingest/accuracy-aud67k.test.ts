// Session-67 audit aud67k: A/RES/78/188 (The girl child, Third Committee). Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/188', '2023-12-19'), kind: 'operative' });
const SG = 'Organization:Secretary-General of the United Nations';
const COMPACT = 'Framework:Voluntary Compact on Preventing and Addressing Sexual Exploitation and Abuse';

describe('what a body "introduced" it leads, as what it launched', () => {
  it('A/RES/78/188 OP38: "takes note of the voluntary compact on preventing and addressing sexual exploitation and abuse introduced by the Secretary-General"', () => {
    const text =
      'Deplores all acts of sexual exploitation and abuse of and trafficking in women and children, including in humanitarian crises and by humanitarian workers and peacekeepers, including military, police and civilian personnel involved in United Nations operations, takes note of the voluntary compact on preventing and addressing sexual exploitation and abuse introduced by the Secretary-General, welcomes the efforts undertaken by United Nations agencies and peacekeeping operations to implement a zero-tolerance policy in this regard, and requests the Secretary-General or the Member States from which those humanitarian workers originate and personnel-contributing countries to continue to take all appropriate action necessary to combat such abuses and exploitation by such personnel;';
    expect(attributions(text)).toContain(`LEADS ${SG} -> ${COMPACT}`);
    // (the verbs are unchanged: the compact and its author are noted, the Secretary-General requested)
    expect(relations(text)).toEqual(expect.arrayContaining([`NOTES ${COMPACT}`, `NOTES ${SG}`, `REQUESTS ${SG}`]));
  });

  it('guard: a text States "introduced" (A/RES/78/21 PP, 80/46 OP2) leads to no State: a proposer is no agent', () => {
    const treaty = attributions(
      'Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects, introduced by China and the Russian Federation at the Conference on Disarmament in 2008, and the submission of its updated version in 2014,',
      'preambular',
      ctxOf('A/RES/78/21', '2023-12-04'),
    );
    expect(treaty.filter((a) => a.startsWith('LEADS'))).toEqual([]);
    const declaration = attributions(
      'Recalls the political declaration for the next decade of the Treaty, introduced by the United Kingdom of Great Britain and Northern Ireland and endorsed by the relevant States Parties;',
      'operative',
      ctxOf('A/RES/80/46', '2025-12-01'),
    );
    expect(declaration.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "measures introduced by the Secretary-General" (no name before the participle) give no attribution', () => {
    expect(attributions('Notes that other related measures introduced by the Secretary-General cannot solve the problem;').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
