// Session-34 audit aud34j (frameworks and identity): "the Final Documents of the 2000 and 2010 Review Conferences" (and "the
// outcome documents of ..." of the NPT's review conferences) named the conferences only, not the Final Document Framework nodes
// the singular form gives. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_40: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' };
const GA_78_42: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/42', date: '2023-12-04' };
const GA_80_193: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/193', date: '2025-12-15' };

const NPT = 'Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
const FD_2000 = `Framework:Final Document of the 2000 ${NPT}`;
const FD_2010 = `Framework:Final Document of the 2010 ${NPT}`;
const SIXTH = 'Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
const EIGHTH = 'Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';

describe('"the Final Documents of the 2000 and 2010 Review Conferences": one Final Document per conference', () => {
  it('A/RES/78/40 PP14 (79/41 PP15, 80/48 PP15): both Final Documents get the verb edge, each adopted by its conference', () => {
    const { relations, attributions } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text =
      'Recognizing also the importance of the decisions and the resolution on the Middle East of the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the Final Documents of the 2000 and 2010 Review Conferences, reaffirming its support for the establishment of a Middle East zone free of nuclear weapons,';
    const r = relations(text);
    expect(r).toContain(`RECOGNIZES ${FD_2000}`);
    expect(r).toContain(`RECOGNIZES ${FD_2010}`);
    // (the conferences keep their own mentions and edges)
    expect(r).toContain(`RECOGNIZES ${SIXTH}`);
    expect(r).toContain(`RECOGNIZES ${EIGHTH}`);
    const adopted = attributions(text).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted).toEqual([`ADOPTED ${SIXTH} -> ${FD_2000}`, `ADOPTED ${EIGHTH} -> ${FD_2010}`]);
  });

  it('A/RES/78/42 OP6 (OP7, 79/35 OP9, 80/39 OP9): "the outcome documents of the 2000 and 2010 Review Conferences" are their Final Documents', () => {
    const { relations, attributions } = oneParagraph({ ctx: GA_78_42, kind: 'operative' });
    const text =
      'Urges the nuclear-weapon States to fulfil their commitment to undertaking further efforts to reduce and eliminate all types of nuclear weapons, deployed and non-deployed, including through unilateral, bilateral, regional and multilateral measures, as agreed by the parties to the Treaty on the Non-Proliferation of Nuclear Weapons in the outcome documents of the 2000 and 2010 Review Conferences;';
    const r = relations(text);
    expect(r).toContain(`URGES ${FD_2000}`);
    expect(r).toContain(`URGES ${FD_2010}`);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([`ADOPTED ${SIXTH} -> ${FD_2000}`, `ADOPTED ${EIGHTH} -> ${FD_2010}`]);
  });

  it('A/RES/78/40 PP4 (79/41, 80/48): "the outcome document of the 2000 Review Conference" is its Final Document', () => {
    const { relations } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text =
      'Noting that the States parties to the Treaty on the Non-Proliferation of Nuclear Weapons reaffirm the validity of all existing commitments undertaken, including those contained in the decisions and resolution of the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, the outcome document of the 2000 Review Conference, especially the unequivocal undertaking by the nuclear-weapon States,';
    const r = relations(text);
    expect(r).toContain(`NOTES ${FD_2000}`);
    expect(r).toContain(`NOTES ${SIXTH}`);
  });

  it('guard: A/RES/78/42 OP3 (79/35, 80/39): "commitments as agreed to at the 1995, 2000 and 2010 Review Conferences" names the conferences, no document', () => {
    const { keys } = oneParagraph({ ctx: GA_78_42, kind: 'operative' });
    const text =
      'Reaffirms the continued validity of the decisions, resolutions and commitments as agreed to at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;';
    expect(keys(text, 'Framework:Final Document')).toEqual([]);
    expect(keys(text, 'Event:')).toContain(SIXTH);
  });

  it('guard: A/RES/80/193 OP59: "the outcome documents of the Durban Review Conferences" are not Final Documents (not the NPT\'s)', () => {
    const { keys } = oneParagraph({ ctx: GA_80_193, kind: 'operative' });
    const text =
      'Acknowledges the guidance and leadership role of the Human Rights Council, and encourages it to continue to oversee the implementation of the Durban Declaration and Programme of Action and the outcome documents of the Durban Review Conferences;';
    expect(keys(text, 'Framework:Final Document')).toEqual([]);
  });
});

describe('a generic sitting keyed with its resolution is the one sitting named in full that starts that day', () => {
  const PP10_79_154 =
    'Recalling the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018 and endorsed by the General Assembly in its resolution 73/195 of 19 December 2018, which addresses, inter alia, the issue of trafficking in persons in the context of international migration,';
  const OP_79_217 =
    'Recalls the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration, held in Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly in its resolution 73/195 of 19 December 2018;';
  const conferences = (g: ReturnType<typeof graphOf>) => g.filterNodes((k) => k.startsWith('Event:Intergovernmental Conference')).sort();

  it('A/RES/79/154 PP10 with A/RES/79/217 OP4: "the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018" is the conference to adopt the Compact', () => {
    const g = graphOf(gaResolution('A/RES/79/154', '2024-12-17', [para('PP10', PP10_79_154)]), gaResolution('A/RES/79/217', '2024-12-19', [para('OP4', OP_79_217)]));
    const full = 'Event:Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration @ 2018';
    expect(conferences(g)).toEqual([full]);
    expect(g.hasEdge('Resolution:A/RES/79/154', full)).toBe(true);
  });

  it('guard: the same words dated another day stay a sitting of their own', () => {
    const g = graphOf(
      gaResolution('A/RES/79/154', '2024-12-17', [para('PP10', PP10_79_154.replace('10 December 2018', '12 December 2018'))]),
      gaResolution('A/RES/79/217', '2024-12-19', [para('OP4', OP_79_217)]),
    );
    expect(conferences(g)).toHaveLength(2);
  });
});

describe('the same day\'s two sittings of one kind whose names differ only by words one adds are one sitting', () => {
  const events = (g: ReturnType<typeof graphOf>, has: string) => g.filterNodes((k) => k.startsWith('Event:') && k.includes(has)).sort();
  const PP_78_140 = 'Recalling the third International Expert Meeting on the Return of Stolen Assets, held in Nairobi on 28 and 29 November 2022,';
  const PP_79_190 =
    'Noting the efforts of regional organizations and international forums to combat corruption, including the second International Expert Meeting on the Return of Stolen Assets, held in Addis Ababa from 7 to 9 May 2019, as well as the third International Expert Meeting on Asset Return and the 2030 Agenda for Sustainable Development, held in Nairobi on 28 and 29 November 2022,';

  it('A/RES/79/190 PP ("the third International Expert Meeting on Asset Return ..., held in Nairobi on 28 and 29 November 2022") and A/RES/78/140 PP: one meeting', () => {
    const g = graphOf(gaResolution('A/RES/78/140', '2023-12-19', [para('PP5', PP_78_140)]), gaResolution('A/RES/79/190', '2024-12-17', [para('PP20', PP_79_190)]));
    expect(events(g, 'Third International Expert Meeting')).toEqual(['Event:Third International Expert Meeting on the Return of Stolen Assets']);
  });

  it('guard: the third meeting and "the fourth meeting" of the same series on other days stay apart, as do the third and the second', () => {
    const g = graphOf(
      gaResolution('A/RES/78/140', '2023-12-19', [para('PP5', PP_78_140)]),
      gaResolution('A/RES/79/234', '2024-12-19', [
        para('PP5', 'Recalling the Fourth International Expert Meeting on the Return of Stolen Assets, held in Addis Ababa from 11 to 13 December 2024,'),
      ]),
      gaResolution('A/RES/79/190', '2024-12-17', [para('PP20', PP_79_190)]),
    );
    expect(events(g, 'International Expert Meeting on the Return')).toEqual([
      'Event:Fourth International Expert Meeting on the Return of Stolen Assets',
      'Event:Second International Expert Meeting on the Return of Stolen Assets',
      'Event:Third International Expert Meeting on the Return of Stolen Assets',
    ]);
  });

  it('guard: two high-level meetings of the same day on different topics stay apart', () => {
    const g = graphOf(
      gaResolution('A/RES/78/3', '2023-10-05', [
        para('PP5', 'Recalling the high-level meeting on universal health coverage, held in New York on 21 September 2023,'),
        para('PP6', 'Recalling also the high-level meeting on the fight against tuberculosis, held in New York on 21 September 2023,'),
      ]),
    );
    expect(events(g, 'high-level meeting on')).toHaveLength(2);
  });
});
