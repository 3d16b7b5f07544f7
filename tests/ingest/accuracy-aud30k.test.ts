// Misses found by the session-30 audit aud30k: A/RES/80/80, 80/40 and 78/146 (chemical munitions dumped at sea), and the same
// forms in the law-of-the-sea texts (A/RES/78/69, 79/144, 80/110). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/146', date: '2023-12-19' };
const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const LONDON = 'Framework:Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter';
const LONDON_PROTOCOL = 'Framework:1996 Protocol to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter';
const BARCELONA = 'Framework:Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean';

describe('regional seas and dumping treaties named in full: "by Dumping" and "and the Coastal Region" do not end the name', () => {
  it('A/RES/78/146 PP16: the London and Barcelona Conventions in a list of instruments, whole', () => {
    const text =
      'Recalling relevant international and regional instruments such as the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction, the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter, the Convention for the Protection and Development of the Marine Environment of the Wider Caribbean Region, the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean, the Convention on the Protection of the Marine Environment of the Baltic Sea Area and the Convention for the Protection of the Marine Environment of the North-East Atlantic,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${LONDON}`);
    expect(rel).toContain(`RECALLS ${BARCELONA}`);
    expect(rel).not.toContain('RECALLS Framework:Convention on the Prevention of Marine Pollution');
    expect(rel).not.toContain('RECALLS Framework:Convention for the Protection of the Marine Environment');
    // guard: the neighbours whose names were already whole stay as they were
    expect(rel).toContain('RECALLS Framework:Convention on the Protection of the Marine Environment of the Baltic Sea Area');
    expect(rel).toContain('RECALLS Framework:Convention for the Protection of the Marine Environment of the North-East Atlantic');
  });

  it('A/RES/78/69 OP253: "..., 1972 (the London Convention)" is one convention, and its meeting carries the full name', () => {
    const text =
      'Recalls the resolution of the thirtieth Consultative Meeting of Contracting Parties to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter, 1972 (the London Convention) and the third Meeting of Contracting Parties to the London Protocol, held from 27 to 31 October 2008, on the regulation of ocean fertilization;';
    const rel = relations(text, 'operative');
    expect(rel).toContain(`RECALLS ${LONDON}`);
    expect(rel).not.toContain('RECALLS Framework:London Convention');
    expect(keys(text, 'Event:', 'operative')).toContain(
      'Event:Thirtieth Consultative Meeting of Contracting Parties to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter',
    );
  });

  it('A/RES/78/69 OP252: "the 1996 Protocol ... (the London Protocol)" is one protocol', () => {
    const rel = relations(
      'Encourages States that have not yet done so to become parties to the 1996 Protocol to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter, 1972 (the London Protocol);',
      'operative',
    );
    expect(rel).toEqual([`ENCOURAGES ${LONDON_PROTOCOL}`]);
  });

  it('A/RES/78/69 OP224: "... and the Coastal Region of the Mediterranean (Barcelona Convention)" is one convention', () => {
    const rel = relations(
      'Notes the Regional Plan on Marine Litter Management in the Mediterranean adopted at the twenty-second Meeting of the Contracting Parties to the Convention for the Protection of the Marine Environment and the Coastal Region of the Mediterranean (Barcelona Convention) and its Protocols in December 2021 in Antalya, Türkiye;',
      'operative',
    );
    expect(rel).toContain(`NOTES ${BARCELONA}`);
    expect(rel).not.toContain('NOTES Framework:Barcelona Convention');
  });

  it('guard, A/RES/79/144 OP251: "the London Convention and Protocol" names both instruments and stays whole', () => {
    const rel = relations(
      'Notes the continued work of the Contracting Parties to the London Convention and Protocol towards a global, transparent and effective control and regulatory mechanism for ocean fertilization activities;',
      'operative',
    );
    expect(rel).toEqual(['NOTES Framework:London Convention and Protocol']);
  });
});
