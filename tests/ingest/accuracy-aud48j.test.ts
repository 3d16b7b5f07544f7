// Session-48 audit aud48j: residual faults in organizations the annotation helpers reported (tests/gold aud48c files), each
// checked across corpus-ga with the golden dump. Fixed, each with the file and paragraph it was found in and a guard:
// - a numbered working group keyed with its owner ("its Working Group III", the Commission's) is PART_OF that owner, and so is
//   one printed "Working Group III of the <body>" (A/RES/78/104 PP3, PP8).
// - a department and an office named before one "of the Secretariat" are both its units, as two departments are (A/RES/78/322
//   OP13; 78/234 OP28, 79/161, 80/193: OHCHR and the Department of Global Communications).
// - "the Special Rapporteur of the International Law Commission on <topic>" is a post, read as "the Special Rapporteur of the
//   Human Rights Council on <mandate>" is: the verb's target, the Commission inside its name taking none (A/RES/80/169 OP11,
//   79/122 OP19); no PART_OF, as officerPosts.ts gives a post none.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_104: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/104', date: '2023-12-07' };
const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';
const WG3 = 'Organization:Working Group III (United Nations Commission on International Trade Law)';

const { attributions } = oneParagraph({ ctx: GA78_104, kind: 'preambular' });

describe('a numbered working group is PART_OF the body it is keyed with', () => {
  it('A/RES/78/104 PP3: "the Commission ... entrusted its Working Group III (Investor-State Dispute Settlement Reform)"', () => {
    // (the Commission named in full: one paragraph alone has no earlier paragraph to say which "the Commission" is)
    const text =
      'Noting that the United Nations Commission on International Trade Law, at its fiftieth session, in 2017, entrusted its Working Group III (Investor-State Dispute Settlement Reform) with a broad mandate to work on the possible reform of investor-State dispute settlement and to develop relevant solutions,';
    expect(attributions(text, 'preambular', { ...GA78_104 })).toContain(`PART_OF ${WG3} -> ${UNCITRAL}`);
  });

  it('A/RES/78/104 PP8: "Working Group III of the Commission" (the owner printed right after it)', () => {
    const text =
      'Mindful that Working Group III of the United Nations Commission on International Trade Law is continuing to make progress with regard to a number of investor-State dispute settlement reform elements to be recommended to the Commission,';
    expect(attributions(text, 'preambular', { ...GA78_104 })).toContain(`PART_OF ${WG3} -> ${UNCITRAL}`);
  });

  it('guard: a numbered group no owner was found for (keyed by the resolution) is PART_OF nothing', () => {
    const text = 'Noting the progress made by Working Group III,';
    const att = attributions(text, 'preambular', { ...GA78_104 });
    expect(att.filter((a) => a.startsWith('PART_OF '))).toEqual([]);
  });

  it('guard: a working group "in the" body\'s calendar is no part of it (only " of the ")', () => {
    const text =
      'Noting that Working Group III in the United Nations Commission on International Trade Law calendar meets twice a year,';
    const att = attributions(text, 'preambular', { ...GA78_104 });
    expect(att.filter((a) => a.startsWith(`PART_OF ${WG3}`) || a.startsWith('PART_OF Organization:Working Group III'))).toEqual([]);
  });
});

const GA78_322: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/322', date: '2024-08-12' };
const SECRETARIAT = 'Organization:Secretariat of the United Nations';
const DESA = 'Organization:Department of Economic and Social Affairs';

describe('a department and an office named before one Secretariat are both its units', () => {
  it('A/RES/78/322 OP13: "the Department of Economic and Social Affairs and the Office of the High Representative ... of the Secretariat"', () => {
    const text =
      'Also decides that the Department of Economic and Social Affairs and the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States of the Secretariat, within their respective mandates, should continue to act as interim secretariat for the multidimensional vulnerability index;';
    const att = attributions(text, 'operative', { ...GA78_322 });
    expect(att).toContain(`PART_OF ${DESA} -> ${SECRETARIAT}`);
    expect(att).toContain(
      `PART_OF Organization:Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States -> ${SECRETARIAT}`,
    );
  });

  it('guard: with no "of the Secretariat" after the second, neither is made a unit of it', () => {
    const text =
      'Also decides that the Department of Economic and Social Affairs and the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States, within their respective mandates, should continue to act as interim secretariat;';
    expect(attributions(text, 'operative', { ...GA78_322 }).filter((a) => a.startsWith('PART_OF '))).toEqual([]);
  });

  it('guard: a programme named before a department of the Secretariat is no unit of it', () => {
    const text =
      'Requests the United Nations Development Programme and the Department of Global Communications of the Secretariat to continue awareness-raising efforts;';
    const att = attributions(text, 'operative', { ...GA78_322 });
    expect(att).toContain(`PART_OF Organization:Department of Global Communications -> ${SECRETARIAT}`);
    expect(att.filter((a) => a.startsWith('PART_OF Organization:United Nations Development Programme'))).toEqual([]);
  });
});

const GA80_169: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/169', date: '2025-12-15' };
const ILC = 'Organization:International Law Commission';

describe('the Special Rapporteur of the International Law Commission on a topic is a post of its own', () => {
  const { relations: opRelations } = oneParagraph({ ctx: GA80_169, kind: 'operative' });

  it('A/RES/80/169 OP11: "the attendance ..., as an expert, of the Special Rapporteur of the International Law Commission on the protection of persons ..."', () => {
    const text =
      'Requests the Secretary-General to arrange for the attendance at the Conference, as an expert, of the Special Rapporteur of the International Law Commission on the protection of persons in the event of disasters;';
    const r = opRelations(text);
    expect(r).toContain('REQUESTS Organization:Special Rapporteur of the International Law Commission on the protection of persons in the event of disasters');
    expect(r).not.toContain(`REQUESTS ${ILC}`);
  });

  it('guard: "the report of the International Law Commission on the work of its ... session" still names the Commission', () => {
    const text = 'Takes note of the report of the International Law Commission on the work of its seventy-sixth session;';
    expect(opRelations(text)).toContain(`NOTES ${ILC}`);
  });
});
