// Session-36 audit aud36h (event leftovers): a segment or meeting of another sitting ("the high-level segment of the Fourteenth
// United Nations Congress ...", "the high-level segment of UNISPACE+50") is PART_OF that sitting, as a summit's phase is; a day
// printed after "adopted at the <ordinal> Meeting of States Parties ... on <day>" is the adoption's (ADOPTED_ON), not the
// meeting's start; "its organizational session" is a session of the body named before it, keyed and owned as its numbered
// sessions are. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-18' };
const { keys, attributions } = oneParagraph({ ctx: GA80, kind: 'operative' });

const partOf = (xs: string[]) => xs.filter((a) => a.startsWith('PART_OF'));

describe('a segment of a sitting is PART_OF the sitting', () => {
  it('A/RES/80/229 OP3 (78/229 OP4): "the Kyoto Declaration, adopted at the high-level segment of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto": the segment is part of the Congress', () => {
    const text =
      'Calls upon all Member States, when appropriate, to take into consideration the Kyoto Declaration, adopted at the high-level segment of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021, when formulating legislation and policy directives;';
    expect(partOf(attributions(text))).toEqual([
      'PART_OF Event:high-level segment of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice -> Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice',
    ]);
  });

  it('A/RES/73/6 OP1 after PP2: "the preparatory process and the high-level segment of UNISPACE+50 resulted in documents": the segment is part of UNISPACE+50 (printed by the acronym PP2 gave it)', () => {
    const pp2 =
      'Recognizing that the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE+50) offers a unique opportunity for Member States to reflect on more than 50 years of achievement in space exploration,';
    const text =
      'Notes with appreciation that the preparatory process and the high-level segment of UNISPACE+50 resulted in documents aimed at articulating a comprehensive, inclusive and strategically oriented vision on strengthening international cooperation in the exploration and peaceful uses of outer space;';
    // (one context for both paragraphs, as the pipeline reads one resolution)
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/6', date: '2018-10-26' };
    attributions(pp2, 'preambular', ctx);
    expect(partOf(attributions(text, 'operative', ctx))).toEqual([
      'PART_OF Event:high-level segment of the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space -> Event:fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space',
    ]);
  });

  it('A/RES/73/6 PP25 after PP2: "Welcoming the UNISPACE+50 high-level segment, held in Vienna on 20 and 21 June 2018": part of UNISPACE+50, dated by its own days', () => {
    const pp2 =
      'Recognizing that the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE+50) offers a unique opportunity for Member States to reflect on more than 50 years of achievement in space exploration,';
    const text = 'Welcoming the UNISPACE+50 high-level segment, held in Vienna on 20 and 21 June 2018 to commemorate the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/6', date: '2018-10-26' };
    attributions(pp2, 'preambular', ctx);
    const att = attributions(text, 'preambular', ctx);
    const segment = 'Event:high-level segment of the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space';
    expect(partOf(att)).toEqual([`PART_OF ${segment} -> Event:fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space`]);
    expect(att).toContain(`STARTS_ON ${segment} -> Date:2018-06-20`);
  });

  it('guard: A/RES/78/131 PP18 "to convene in 2024 a high-level segment of the Commission": a body\'s segment is the body\'s (SESSION_OF), not PART_OF it', () => {
    const text =
      'Bearing in mind that Member States decided, in Commission on Narcotic Drugs resolution 66/1 of 17 March 2023, to convene in 2024 a high-level segment of the Commission on Narcotic Drugs to take stock of the implementation of all international drug policy commitments,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/131', date: '2023-12-19' };
    const att = attributions(text, 'preambular', ctx);
    // conv42a: the Commission named in the segment's name makes it its segment (SESSION_OF); Member States, not it, decided to convene it
    expect(att).toContain('SESSION_OF Event:high-level segment of the Commission on Narcotic Drugs -> Organization:Commission on Narcotic Drugs');
    expect(partOf(att)).toEqual([]);
  });
});

describe('a day printed after "adopted at the <ordinal> Meeting of States Parties" is the adoption\'s, not the meeting\'s start', () => {
  const FIRST_MSP = 'Event:First Meeting (Treaty on the Prohibition of Nuclear Weapons)';
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/240', date: '2023-12-22' };

  it('A/RES/78/240 PP16 (79/60 PP18 prints 23 June): "the Vienna Action Plan, adopted at the First Meeting of States Parties to the Treaty ... on 22 June 2022": ADOPTED_ON for the plan, no STARTS_ON for the meeting (held 21 to 23 June)', () => {
    const text =
      'Noting the references to these humanitarian provisions contained in the Vienna Action Plan, adopted at the First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons on 22 June 2022,';
    const att = attributions(text, 'preambular', GA78);
    expect(att).toContain('ADOPTED_ON Framework:Vienna Action Plan -> Date:2022-06-22');
    expect(att).toContain(`ADOPTED ${FIRST_MSP} -> Framework:Vienna Action Plan`);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${FIRST_MSP}`))).toEqual([]);
  });

  it('guard: A/RES/79/60 PP18 "the decisions adopted at the Second Meeting of States Parties to the Treaty, held from 27 November to 1 December 2023": the days it was held date it', () => {
    const text =
      'Noting the Vienna Action Plan, adopted at the First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons on 23 June 2022, and the decisions adopted at the Second Meeting of States Parties to the Treaty, held from 27 November to 1 December 2023,';
    const att = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/60', date: '2024-12-02' });
    expect(att).toContain('STARTS_ON Event:Second Meeting (Treaty on the Prohibition of Nuclear Weapons) -> Date:2023-11-27');
    expect(att).toContain('ENDS_ON Event:Second Meeting (Treaty on the Prohibition of Nuclear Weapons) -> Date:2023-12-01');
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${FIRST_MSP}`))).toEqual([]);
  });

  it('guard: A/RES/78/27 PP12 "the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022": dated by the days held', () => {
    const text =
      'Noting the adoption of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017, its entry into force on 22 January 2021 and the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022,';
    expect(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/27', date: '2023-12-04' })).toContain(`STARTS_ON ${FIRST_MSP} -> Date:2022-06-21`);
  });
});

describe('"its organizational session" is a session of the body named before it', () => {
  const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
  const ORG_SESSION = `Event:organizational session of the ${OEWG.slice('Organization:'.length)}`;

  it('A/RES/80/16 PP1 (79/237 PP1): "the open-ended working group ... held its organizational session and its first substantive session in 2021": the working group\'s organizational session', () => {
    const text =
      'Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to resolution 75/240 held its organizational session and its first substantive session in 2021, its second and third substantive sessions in 2022,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/16', date: '2025-12-01' };
    expect(keys(text, 'Event:organizational', 'preambular', ctx)).toEqual([ORG_SESSION]);
    // conv42a: "held its organizational session" names whose session it is (SESSION_OF), as "its" sessions are read
    expect(attributions(text, 'preambular', ctx)).toContain(`SESSION_OF ${ORG_SESSION} -> ${OEWG}`);
  });

  it('guard: A/RES/78/231 OP34 "the intergovernmental preparatory committee, during its organizational session ..., will ... make recommendations to the General Assembly": no organizational session of the Assembly', () => {
    const text =
      'Decides that the intergovernmental preparatory committee, during its organizational session in the first quarter of 2024, will adopt decisions and, as appropriate, make recommendations to the General Assembly on the dates of the sessions of the intergovernmental preparatory committee;';
    expect(keys(text, 'Event:organizational', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/231', date: '2023-12-22' })).toEqual([]);
  });

  it('guard: A/RES/80/66 "to hold an organizational session at the beginning of 2026": no owner printed, none read (as before)', () => {
    // (the words as A/RES/80/66 OP prints them, aud38c: the paraphrase "Decides that the Disarmament Commission shall hold an
    // organizational session ..." printed its owner right before, and that owner's organizational session is now read)
    const text =
      'Requests the Disarmament Commission to hold a substantive session for a period not exceeding three weeks during 2026, namely from 6 to 24 April, and an organizational session at the beginning of 2026 before the substantive session, to elect its Bureau;';
    expect(keys(text, 'Event:organizational', 'operative', { body: 'General Assembly', symbol: 'A/RES/80/66', date: '2025-12-01' })).toEqual([]);
  });
});
