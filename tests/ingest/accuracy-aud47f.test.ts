// Session-47 audit aud47f: open entity and event items left by session 46 (aud41f..aud46d gold READMEs), judged on the text and
// the golds. Fixed: "the Commission" after "the Agreement for the Establishment of the General Fisheries Commission for the
// Mediterranean" is the body the agreement establishes, not the North Pacific Fisheries Commission named a paragraph before
// (A/RES/78/68 OP179, 79/145, 80/109; gazetteer: the Agreement); the Zone of Peace and Cooperation of the South Atlantic is an
// Organization (78/69 OP343, 79/144: its ministerial meeting is read with it); "to convene, during ..., a meeting on <topic>" is one
// sitting (80/147 OP54 as the aud45c gold keys it, 78/160 OP45), its topic a noun series up to its noun and not "with a special
// focus on ..."; "under the chairmanship/presidency of <State|body>" after a sitting is LEADS (aud46d gold 79/332 PP18, PP30; aud47b
// gold 78/263 OP14). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA78, kind: 'operative' });

const GFCM = 'Organization:General Fisheries Commission for the Mediterranean';
const NPFC = 'Organization:North Pacific Fisheries Commission';
const P78_68_OP178 =
  'Further encourages further accessions to the Convention on the Conservation and Management of High Seas Fisheries Resources in the North Pacific Ocean, and notes the ongoing efforts by the North Pacific Fisheries Commission to develop and implement conservation and management measures and to strengthen cooperation to eliminate illegal, unreported and unregulated fishing within the area of that Convention;';
const P78_68_OP179 =
  'Welcomes the endorsement of the Agreement for the Establishment of the General Fisheries Commission for the Mediterranean, as amended, by the Commission at its thirty-eighth session, held in Rome from 19 to 24 May 2014, and urges those Contracting Parties to the Commission that need to accept the amended Agreement to do so with a view to its early entry into force;';

describe('"the Commission" after the agreement establishing it', () => {
  it('A/RES/78/68 OP179 (after OP178 named the North Pacific Fisheries Commission): "the Agreement for the Establishment of the General Fisheries Commission for the Mediterranean, as amended, by the Commission at its thirty-eighth session": the GFCM and its session', () => {
    const ctx: RecognizeContext = { ...GA78 };
    relations(P78_68_OP178, 'operative', ctx);
    const rel = relations(P78_68_OP179, 'operative', ctx);
    expect(rel).toContain(`URGES ${GFCM}`);
    expect(rel).toContain('WELCOMES Event:thirty-eighth session of the General Fisheries Commission for the Mediterranean');
    expect(rel.filter((r) => r.includes('North Pacific'))).toEqual([]);
    expect(attributions(P78_68_OP179, 'operative', ctx)).toContain(
      `SESSION_OF Event:thirty-eighth session of the General Fisheries Commission for the Mediterranean -> ${GFCM}`,
    );
  });

  it('guard: with no establishing agreement in the paragraph, "the Commission" is still the one named before ("urges those Contracting Parties to the Commission")', () => {
    const ctx: RecognizeContext = { ...GA78 };
    relations(P78_68_OP178, 'operative', ctx);
    const rel = relations('Welcomes the progress made, and urges those Contracting Parties to the Commission that need to accept the amended Agreement to do so;', 'operative', ctx);
    expect(rel).toContain(`URGES ${NPFC}`);
    expect(rel).not.toContain(`URGES ${GFCM}`);
  });
});

describe('the Zone of Peace and Cooperation of the South Atlantic', () => {
  const ZPCSA = 'Organization:Zone of Peace and Cooperation of the South Atlantic';
  const MEETING = 'Event:eighth ministerial meeting of the Zone of Peace and Cooperation of the South Atlantic';
  it('A/RES/78/69 OP343 (79/144): "the cooperation among the members of the Zone of Peace and Cooperation of the South Atlantic ... the eighth ministerial meeting of the Zone ..., held in Cabo Verde on 17 and 18 April 2023": the body and its meeting', () => {
    const text =
      'Acknowledges the cooperation among the members of the Zone of Peace and Cooperation of the South Atlantic and the principles enshrined under that initiative, and notes the adoption of the Mindelo Declaration and the Mindelo Plan of Action during the eighth ministerial meeting of the Zone of Peace and Cooperation of the South Atlantic, held in Cabo Verde on 17 and 18 April 2023;';
    const rel = relations(text);
    expect(rel).toContain(`ACKNOWLEDGES ${ZPCSA}`);
    expect(rel).toContain(`NOTES ${MEETING}`);
    expect(rel).toContain('NOTES Framework:Mindelo Declaration');
    const att = attributions(text);
    expect(att).toContain(`SESSION_OF ${MEETING} -> ${ZPCSA}`);
    expect(att).toContain(`HELD_IN ${MEETING} -> Place:Cabo Verde`);
  });

  it('guard: A/RES/78/50 PP "the role of the zone of peace and cooperation of the South Atlantic as a forum" (lower case, the zone as a region): no Organization', () => {
    const text =
      'Recalling resolution 75/312 of 29 July 2021, in which it stressed the role of the zone of peace and cooperation of the South Atlantic as a forum for increased interaction, coordination and cooperation among its member States,';
    expect(keys(text, 'Organization:', 'preambular')).not.toContain(ZPCSA);
  });
});

describe('"to convene ... a meeting on <topic>": one sitting', () => {
  const STI_MEETING = 'Event:meeting on science, technology and innovation for development';
  it('A/RES/80/147 OP54: "Requests the President of the General Assembly to convene, during the eightieth session of the Assembly, a meeting on science, technology and innovation for development with a special focus on ...": REQUESTS it, the President ORGANIZES it (aud45c gold)', () => {
    const text =
      'Requests the President of the General Assembly to convene, during the eightieth session of the Assembly, a meeting on science, technology and innovation for development with a special focus on actions to address the needs of developing countries in those fields, in conjunction with the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, and requests the Secretary-General to consider these discussions in the drafting of his report on the implementation of the present resolution;';
    expect(relations(text)).toContain(`REQUESTS ${STI_MEETING}`);
    expect(attributions(text)).toContain(`ORGANIZES Organization:President of the General Assembly -> ${STI_MEETING}`);
  });

  it('A/RES/78/160 OP45: "Invites the President of the General Assembly to consider convening, during the eightieth session of the Assembly, a meeting on ...": INVITES it', () => {
    const text =
      'Invites the President of the General Assembly to consider convening, during the eightieth session of the Assembly, a meeting on science, technology and innovation for development with a special focus on actions to address the needs of developing countries in those fields, and requests the Secretary-General to consider these discussions in the drafting of his report on the implementation of the present resolution;';
    expect(relations(text)).toContain(`INVITES ${STI_MEETING}`);
  });

  it('guard: A/RES/79/62 OP11 "be conducted, if possible, after a meeting of the Group of Governmental Experts": the Group, no sitting of it', () => {
    const text =
      'Requests that the open informal consultations be conducted, if possible, after a meeting of the Group of Governmental Experts for the purpose of complementarity and enriching its discussions;';
    expect(keys(text, 'Event:')).toEqual([]);
  });

  it('guard: a meeting on a topic with no "convene" before it is no sitting ("the outcome of a meeting on ..." in general)', () => {
    expect(keys('Takes note of the outcome of a meeting on science, technology and innovation for development;', 'Event:')).toEqual([]);
  });
});

describe('"under the chairmanship/presidency of <State>" after a sitting: LEADS', () => {
  it('A/RES/79/332 PP30: "the Shanghai Cooperation Organization Tianjin Summit, held on 31 August and 1 September 2025 under the chairmanship of China": LEADS China (aud46d gold)', () => {
    const text =
      'Welcoming also the Shanghai Cooperation Organization Tianjin Summit, held on 31 August and 1 September 2025 under the chairmanship of China, and the Tianjin Declaration of the Council of Heads of State of the Shanghai Cooperation Organization,';
    expect(attributions(text, 'preambular')).toContain('LEADS Place:China -> Event:Shanghai Cooperation Organization Tianjin Summit @ 2025');
  });

  it('A/RES/78/134 OP19: "the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan": LEADS Kazakhstan, not the thirteenth', () => {
    const text =
      'Welcomes the successful conclusion of the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan, and looks forward to the convening of the thirteenth Ministerial Conference, to be held from 26 to 29 February 2024 in Abu Dhabi;';
    const leads = attributions(text).filter((a) => a.startsWith('LEADS'));
    expect(leads).toEqual(['LEADS Place:Kazakhstan -> Event:Twelfth Ministerial Conference of the World Trade Organization']);
  });

  it('guard: A/RES/78/263 OP14 "the second part of the fifteenth meeting of the Conference of the Parties to the Convention under the presidency of China": the part was chaired, not the whole meeting the mention names', () => {
    const text =
      'Also welcomes the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties to the Convention under the presidency of China, in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework;';
    expect(attributions(text).filter((a) => a.startsWith('LEADS Place:China -> Event:fifteenth meeting'))).toEqual([]);
  });

  it('guard: A/RES/79/290 PP "the fiftieth anniversary of the Association of Southeast Asian Nations in 2017, under the chairmanship of the Philippines": no sitting named, no LEADS', () => {
    const text =
      'Recalling also the fiftieth anniversary of the Association of Southeast Asian Nations in 2017, under the chairmanship of the Philippines, and its resolution 71/317 of 19 July 2017 on the commemoration of the fiftieth anniversary of the Association,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
