// Session-67 audit aud67w: A/RES/78/85 (Question of Western Sahara, Fourth Committee; its sisters 79/98 and 80/89) and A/RES/79/274
// (Permanent neutrality of Turkmenistan). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const WS = 'Question of Western Sahara';
const ENVOY = 'Organization:Personal Envoy of the Secretary-General for Western Sahara';
const SG = 'Organization:Secretary-General of the United Nations';
const PP8 =
  'Expressing its satisfaction that the parties met on 18 and 19 June 2007, on 10 and 11 August 2007, from 7 to 9 January 2008 and from 16 to 18 March 2008 under the auspices of the Personal Envoy of the Secretary-General for Western Sahara and in the presence of the neighbouring countries and that they have agreed to continue the negotiations,';
const PP9 =
  'Also expressing its satisfaction at the holding of nine informal meetings convened by the Personal Envoy of the Secretary-General on 9 and 10 August 2009 in Dürnstein, Austria, on 10 and 11 February 2010 in Westchester County, New York, United States of America, from 7 to 10 November 2010, from 16 to 18 December 2010 and from 21 to 23 January 2011, all on Long Island, New York, from 7 to 9 March 2011 in Mellieha, Malta, from 5 to 7 June 2011 and from 19 to 21 July 2011, both on Long Island, and from 11 to 13 March 2012 in Manhasset, New York, to prepare for the fifth round of negotiations,';
const PP10 = 'Calling upon all the parties and the States of the region to cooperate fully with the Secretary-General and his Personal Envoy and with each other,';

describe('an envoy\'s short form "the Personal Envoy of the Secretary-General": the Secretary-General inside the post takes no verb', () => {
  const r = relationsById(gaResolution('A/RES/78/85', '2023-12-07', [notedParagraph('PP8', PP8), notedParagraph('PP9', PP9), notedParagraph('PP10', PP10)], WS));

  it('A/RES/78/85 PP9 (79/98, 80/89): "nine informal meetings convened by the Personal Envoy of the Secretary-General on 9 and 10 August 2009"', () => {
    expect(r.PP9).toContain(`EXPRESSES ${ENVOY}`);
    expect(r.PP9).not.toContain(`EXPRESSES ${SG}`);
  });

  it('guard: PP8, the full post "the Personal Envoy of the Secretary-General for Western Sahara", as before', () => {
    expect(r.PP8).toContain(`EXPRESSES ${ENVOY}`);
    expect(r.PP8).not.toContain(`EXPRESSES ${SG}`);
  });

  it('guard: PP10, "the Secretary-General and his Personal Envoy": both take the verb', () => {
    expect(r.PP10).toContain(`CALLS_UPON ${SG}`);
    expect(r.PP10).toContain(`CALLS_UPON ${ENVOY}`);
  });
});

describe('guard: the Secretary-General of another body after a bare post keeps its verb', () => {
  it('A/RES/79/284 OP20: "the Special Representative of the Secretary-General of the Council of Europe on Migration and Refugees"', () => {
    const op =
      'Notes with interest the results of the activities of the Special Representative of the Secretary-General of the Council of Europe on Migration and Refugees;';
    // (OP16 named the Special Representative of the Secretary-General on Violence against Children before)
    const op16 = 'Welcomes the close collaboration among the United Nations Children’s Fund, the Special Representative of the Secretary-General on Violence against Children and the Council of Europe;';
    const r = relationsById(gaResolution('A/RES/79/284', '2025-04-07', [notedParagraph('OP16', op16), notedParagraph('OP20', op)], 'Cooperation between the United Nations and the Council of Europe'));
    expect(r.OP20).toContain('NOTES Organization:Secretary-General of the Council of Europe');
  });
});
