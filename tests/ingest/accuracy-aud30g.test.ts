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
