// Session-56 audit aud56g: residuals of the gold of A/RES/78/47 (Through-life conventional ammunition management) and A/RES/80/12
// (Objective information on military matters). Each case quotes the file and paragraph it comes from; each fix has a guard for
// the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/47', '2023-12-04'), kind: 'preambular' });

describe('item 1: a protocol printed "<Protocol> (<short form>) to the <Convention>" is PART_OF the convention', () => {
  const PROTOCOL_V = 'Framework:Protocol on Explosive Remnants of War';
  const CCW = 'Framework:Convention on Certain Conventional Weapons';

  it('A/RES/78/47 PP13: "Protocol V on Explosive Remnants of War (Protocol V) to the Convention on Prohibitions or Restrictions ..."', () => {
    const att = attributions(
      'Taking note of discussions with regard to the issue of conventional ammunition in the framework of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects and the International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons, Protocol V on Explosive Remnants of War (Protocol V) to the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects, and of the requirement of the Arms Trade Treaty that States parties thereto shall designate competent national authorities in order to have an effective and transparent national control system to regulate the transfer of relevant ammunition and munitions, as well as the work and measures pursued at the regional and subregional levels,',
    );
    expect(att).toContain(`PART_OF ${PROTOCOL_V} -> ${CCW}`);
    // (the other instruments of the list are no parts: the Instrument before the Protocol, the Treaty after the Convention)
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([`PART_OF ${PROTOCOL_V} -> ${CCW}`]);
  });

  it('guard: A/RES/79/50 PP31: "the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia": a protocol named in full with its treaty', () => {
    const att = attributions(
      'Recalling also the signing by the nuclear-weapon States, namely, China, France, the Russian Federation, the United Kingdom of Great Britain and Northern Ireland and the United States of America, of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, in New York on 6 May 2014,',
    );
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('item 2: "convene a meeting of States in <year> ..., in <place>, ... the Meeting of States": the sitting named later sits there', () => {
  const { attributions: operative } = oneParagraph({ ctx: ctxOf('A/RES/78/47', '2023-12-04'), kind: 'operative' });

  it('A/RES/78/47 OP7: "Decides to convene a meeting of States in 2027 for two weeks (20 meetings), in New York, ..."', () => {
    const att = operative(
      'Decides to convene a meeting of States in 2027 for two weeks (20 meetings), in New York, to review the implementation of the Global Framework for Through-life Conventional Ammunition Management, in line with section V, paragraph 31 thereof, with the participation, as observers, of relevant international and regional organizations and other relevant stakeholders, including non-governmental organizations and civil society, academia, research institutions and industry, and further decides that the Chair may hold informal consultations ahead of the Meeting of States;',
    );
    expect(att.filter((a) => a.startsWith('HELD_IN Event:Meeting of States') && a.endsWith('-> Place:New York'))).toHaveLength(1);
  });

  it('guard: A/RES/78/47 OP8: "convene a preparatory meeting of States in 2025 ..., in New York, ... for the Meeting of States in 2027": the Meeting sits elsewhere in time', () => {
    const att = operative(
      'Also decides to convene a preparatory meeting of States in 2025 for five days (10 meetings), in New York, to explore possible options for the development of the process and modalities for the effective implementation of the Global Framework for Through-life Conventional Ammunition Management and to prepare for the Meeting of States in 2027, with the participation, as observers, of relevant international and regional organizations and other relevant stakeholders, including non-governmental organizations and civil society, academia, research institutions and industry;',
    );
    expect(att.filter((a) => a.startsWith('HELD_IN Event:Meeting of States'))).toEqual([]);
    // (the preparatory meeting, named by the gazetteer's alias, still sits in New York)
    expect(att.filter((a) => a.startsWith('HELD_IN Event:Preparatory Meeting of States') && a.endsWith('-> Place:New York'))).toHaveLength(1);
  });
});
