// Session-63 audit aud63s: residual faults of the Convention on Certain Conventional Weapons texts (A/RES/78/64, 79/75, 80/68) and
// the mine action texts (78/70, 80/74). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CCW_TITLE =
  'Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects';
const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/64', date: '2023-12-04', title: CCW_TITLE };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const APII = 'Framework:Amended Protocol II';
const GROUP_APII = 'Organization:Group of Experts of the High Contracting Parties to Amended Protocol II';

describe('"the High Contracting Parties to Amended Protocol II": the instrument printed with no "the" after who is party to it', () => {
  it('A/RES/78/64 OP13: "the annual conferences ... of the High Contracting Parties to Amended Protocol II and Protocol V"', () => {
    const r = gaResolution('A/RES/78/64', '2023-12-04', [
      notedParagraph('PP1', 'Recalling with satisfaction the adoption and entry into force of the Protocol on Explosive Remnants of War (Protocol V),'),
      notedParagraph(
        'OP1',
        'Requests the Secretary-General to render the assistance necessary and to provide such services as may be required for the annual conferences and expert meetings of the High Contracting Parties to the Convention and of the High Contracting Parties to Amended Protocol II and Protocol V, as well as for any continuation of the work after the meetings;',
      ),
    ], CCW_TITLE);
    const op = relationsById(r).OP1!;
    expect(op).toContain(`REQUESTS ${APII}`);
    expect(op).toContain('REQUESTS Framework:Protocol on Explosive Remnants of War');
  });

  it('"Contracting Parties to Amended Protocol II" read the same (the qualifiers before "Parties" are not the name)', () => {
    expect(relations('Requests services for the Contracting Parties to Amended Protocol II;')).toContain(`REQUESTS ${APII}`);
  });

  it('guard: A/RES/80/15 OP4 "States Parties to Additional Protocols I and II to the Treaty of Tlatelolco": a known name after "to", read as before', () => {
    const rels = relations(
      'Encourages once again States Parties to Additional Protocols I and II to the Treaty of Tlatelolco to review their interpretative declarations thereto;',
      'operative',
      { body: 'General Assembly', symbol: 'A/RES/80/15', date: '2025-12-01', title: 'Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)' },
    );
    expect(rels).toEqual(['ENCOURAGES Framework:Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean']);
  });

  it('guard: A/RES/78/64 OP8 (iv) "The Twenty-fifth Annual Conference of the High Contracting Parties to Amended Protocol II": a sitting\'s instrument takes no verb', () => {
    expect(relations('Recalls the Twenty-fifth Annual Conference of the High Contracting Parties to Amended Protocol II on 14 November 2023;')).toEqual([
      'RECALLS Event:Twenty-fifth Annual Conference (Amended Protocol II)',
    ]);
  });
});

describe('the Group of Experts of the High Contracting Parties to Amended Protocol II: one node, PART_OF the Protocol (lead, session 63)', () => {
  it('A/RES/78/64 OP8 (i): the short form; the Protocol, its owner, takes the clause\'s verb (session 50)', () => {
    const text =
      'Recalls the Group of Experts of the High Contracting Parties to Amended Protocol II, from 9 to 10 November 2023, in accordance with the relevant decisions;';
    expect(relations(text)).toEqual([`RECALLS ${GROUP_APII}`, `RECALLS ${APII}`]);
    expect(attributions(text)).toContain(`PART_OF ${GROUP_APII} -> ${APII}`);
  });

  it('A/RES/80/74 PP30 (78/70 PP30): the Protocol printed in full "as amended on 3 May 1996 (Amended Protocol II)" gives the same node', () => {
    const text =
      'Noting the discussions on the issue of improvised explosive devices of the Group of Experts of the High Contracting Parties to the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended on 3 May 1996 (Amended Protocol II), to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects,';
    expect(keys(text, 'Organization:Group of Experts', 'preambular')).toEqual([GROUP_APII]);
    expect(relations(text, 'preambular')).toContain(`NOTES ${APII}`);
    expect(attributions(text, 'preambular')).toContain(`PART_OF ${GROUP_APII} -> ${APII}`);
  });

  it('guard: A/RES/78/64 PP2 "the Protocol on ... Mines, Booby Traps and Other Devices (Protocol II)" is still Protocol II', () => {
    const text =
      'Recalling with satisfaction the adoption and entry into force of the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices (Protocol II),';
    // (the name and its short form in brackets: two mentions of one node)
    expect([...new Set(keys(text, 'Framework:', 'preambular'))]).toEqual(['Framework:Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices']);
  });
});
