// Misses found by the session-30 audit aud30g: A/RES/80/42 and 79/27 (regional confidence-building measures), 80/82, 78/11
// and 80/73 (the Syrian Golan), 78/106 (UNCITRAL guide), 78/291 (peacekeeping), 79/163, 79/282, 79/157, and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/42', date: '2025-12-01' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const ASSEMBLY = 'Organization:General Assembly';
const COUNCIL = 'Organization:Security Council';

describe('a body named only as the actor of what a cited text did gets no verb edge (settled policy), its mention stays', () => {
  it('A/RES/80/42 PP3 (79/27 PP3): "its resolution 57/337 ..., in which the General Assembly calls upon Member States"', () => {
    const text =
      'Recalling also its resolution 57/337 of 3 July 2003 on the prevention of armed conflict, in which the General Assembly calls upon Member States to settle their disputes by peaceful means, as set out in Chapter VI of the Charter, inter alia, by any procedures adopted by the parties,';
    expect(relations(text)).toEqual(['RECALLS Resolution:A/RES/57/337', 'RECALLS Framework:Charter of the United Nations']);
    expect(keys(text, ASSEMBLY)).toEqual([ASSEMBLY]);
  });

  it('A/RES/80/82 OP1: "Security Council resolution 497 (1981), in which the Council, inter alia, decided"', () => {
    const text =
      'Calls upon Israel, the occupying Power, to comply with the relevant resolutions on the occupied Syrian Golan, in particular Security Council resolution 497 (1981), in which the Council, inter alia, decided that the Israeli decision to impose its laws, jurisdiction and administration on the occupied Syrian Golan was null and void and without international legal effect and demanded that Israel, the occupying Power, rescind forthwith its decision;';
    expect(relations(text, 'operative')).not.toContain(`CALLS_UPON ${COUNCIL}`);
    expect(relations(text, 'operative')).toContain('CALLS_UPON Resolution:S/RES/497(1981)');
  });

  it('A/RES/78/300 PP2: "the subsequent resolutions by which the Council extended the mandate of the Force"', () => {
    const text =
      'Recalling Security Council resolution 186 (1964) of 4 March 1964 regarding the establishment of the United Nations Peacekeeping Force in Cyprus and the subsequent resolutions by which the Council extended the mandate of the Force, the latest of which was resolution 2723 (2024) of 30 January 2024,';
    expect(relations(text)).not.toContain(`RECALLS ${COUNCIL}`);
  });

  it('A/RES/78/189 OP51: "recalls General Assembly resolution 70/232, whereby the Assembly requested the President of the General Assembly"', () => {
    const text = 'Recalls General Assembly resolution 70/232, whereby the Assembly requested the President of the General Assembly to convene a meeting;';
    const r = relations(text, 'operative');
    expect(r).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(r).toContain('RECALLS Organization:President of the General Assembly');
  });

  it('A/RES/78/11 OP2 (80/73 OP2): "as confirmed by the Security Council in its resolution 497 (1981)"', () => {
    const text =
      'Also declares that the Israeli decision of 14 December 1981 to impose its laws, jurisdiction and administration on the occupied Syrian Golan is null and void and has no validity whatsoever, as confirmed by the Security Council in its resolution 497 (1981), and calls upon Israel to rescind it;';
    expect(relations(text, 'operative')).toEqual(['DECLARES Resolution:S/RES/497(1981)', 'CALLS_UPON Place:Israel']);
    expect(keys(text, COUNCIL, 'operative')).toEqual([COUNCIL]);
  });

  it('A/RES/78/171 PP2: the General Assembly as any passive\'s agent ("adopted by the General Assembly at its twenty-fourth special session")', () => {
    const text =
      'Reaffirming the commitments made at the World Summit for Social Development and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session,';
    expect(relations(text).filter((r) => r.endsWith(ASSEMBLY))).toEqual([]);
  });

  it('guard: a body acted upon in the cited text keeps its edge ("in which the Inter-Parliamentary Union was invited")', () => {
    const text = 'Recalling its resolution 57/32 of 19 November 2002, in which the Inter-Parliamentary Union was invited to participate in the work of the Assembly,';
    expect(relations(text)).toContain('RECALLS Organization:Inter-Parliamentary Union');
  });

  it('guard: a relative clause on no cited text keeps its body ("the ways in which the Kimberley Process contributes")', () => {
    const text = 'Further notes the complex environment in which the United Nations Interim Force in Lebanon operates;';
    expect(relations(text, 'operative')).toContain('NOTES Organization:United Nations Interim Force in Lebanon');
    expect(relations('Notes the ways in which the Security Council contributes to peacebuilding;', 'operative')).toContain(`NOTES ${COUNCIL}`);
  });

  it('guard: another body as a passive\'s agent with no resolution named keeps its edge ("the report prepared by the Secretariat")', () => {
    const text = 'Welcomes the report prepared by the Secretariat of the United Nations;';
    expect(relations(text, 'operative')).toContain('WELCOMES Organization:Secretariat of the United Nations');
  });
});

const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a session named by its year starts in that year', () => {
  const DC_1993 = 'Event:1993 session of the Disarmament Commission';

  it('A/RES/80/42 OP3 (79/27 OP3): "the report of the Disarmament Commission on its 1993 session"', () => {
    const text =
      'Reaffirms the ways and means regarding confidence- and security-building measures set out in the report of the Disarmament Commission on its 1993 session;';
    expect(attributions(text)).toContain(`STARTS_ON ${DC_1993} -> Date:1993`);
  });

  it('A/RES/79/71 (the same form): "the 2024 session of the Conference on Disarmament"', () => {
    const text = 'Welcomes the decision of the Conference on Disarmament at its 2024 session to continue the work of the subsidiary bodies;';
    expect(attributions(text)).toContain('STARTS_ON Event:2024 session of the Conference on Disarmament -> Date:2024');
  });

  it('guard: the Economic and Social Council\'s "2024 session" (the cycle opens in July 2023) is not dated by its year', () => {
    const text = 'Invites the Economic and Social Council to consider the matter at its 2024 session;';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('"the convening in <place> on <day> of the <sitting>": the venue and day printed before the name', () => {
  const MADRID = 'Event:Peace Conference on the Middle East';

  it('A/RES/78/11 PP8 (80/73 PP8, 79/83): "the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East"', () => {
    const text =
      'Noting with satisfaction the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East, on the basis of Security Council resolutions 242 (1967) of 22 November 1967, 338 (1973) of 22 October 1973 and 425 (1978) of 19 March 1978 and the formula of land for peace,';
    const a = attributions(text, 'preambular');
    expect(a).toContain(`HELD_IN ${MADRID} -> Place:Madrid`);
    expect(a).toContain(`STARTS_ON ${MADRID} -> Date:1991-10-30`);
  });

  it('guard: a day printed after the venue with no "convening" before it dates nothing ("the meeting in Madrid on 30 October 1991 of the Peace Conference")', () => {
    const text = 'Noting the statement made in Madrid on 30 October 1991 of the Peace Conference on the Middle East,';
    const a = attributions(text, 'preambular');
    expect(a.filter((x) => x.startsWith('STARTS_ON') || x.startsWith('HELD_IN'))).toEqual([]);
  });
});
