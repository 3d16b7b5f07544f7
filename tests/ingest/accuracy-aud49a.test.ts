// Session-49 audit aud49a: gold set of four Security Council resolutions (tests/gold/aud49a-*: S/RES/242 (1967), 598 (1987),
// 687 (1991) PP1-PP26 OP1-OP14, 1454 (2002)), annotated from the raw texts before reading the output. Fixed: the Council's
// committees keyed with the resolution that set them up are named so ("Security Council Committee established pursuant to
// resolution 661 (1990)"), not all "Security Council Committee"; "the (permanent) members of the Security Council" are the States
// the clause means, the Council only mentioned (as "States Members of the United Nations" are). Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC1454: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' };
const { extract } = oneParagraph({ ctx: SC1454, kind: 'operative' });
const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/250', date: '2024-12-24' };
const ga = oneParagraph({ ctx: GA, kind: 'operative' });
const COUNCIL = 'Organization:Security Council';

/** the Organization mention keyed `key` in the paragraph */
const organization = (text: string, key: string): EntityMention | undefined => extract(text).mentions.find((m) => m.key === key);

describe("the Council's committees are named with the resolution that set them up", () => {
  it('S/RES/1454 (2002) OP2: "requests the Committee established by resolution 661 (1990) to review the Goods Review List": named "... established pursuant to resolution 661 (1990)", the printed word an alias, the key unchanged', () => {
    const text =
      'Decides to conduct a thorough review of the Goods Review List and the procedures for its implementation both 90 days after commencement of the period as defined in paragraph 1 of resolution 1447 (2002) and prior to the end of the 180-day period so defined and thereafter to conduct regular, thorough reviews, and, in this connection, requests the Committee established by resolution 661 (1990) to review the Goods Review List and the procedures for its implementation as part of its regular agenda and recommend to the Security Council necessary additions to, and/or deletions from, the Goods Review List and procedures;';
    const committee = organization(text, 'Organization:Security Council Committee (S/RES/661(1990))');
    expect(committee?.name).toBe('Security Council Committee established pursuant to resolution 661 (1990)');
    expect(committee?.attrs.aliases).toEqual(['Committee']);
    expect(extract(text).relations.map((r) => `${r.type} ${r.target}`)).toContain('REQUESTS Organization:Security Council Committee (S/RES/661(1990))');
  });

  it('S/RES/883 (1993) OP9: "the Committee of the Security Council established by resolution 748 (1992)": its own resolution in its name', () => {
    const text =
      'Instructs the Committee of the Security Council established by resolution 748 (1992) to draw up expeditiously guidelines for the implementation of paragraphs 3 to 7 above;';
    const committee = organization(text, 'Organization:Security Council Committee (S/RES/748(1992))');
    expect(committee?.name).toBe('Security Council Committee established pursuant to resolution 748 (1992)');
    expect(committee?.attrs.aliases).toEqual(['Committee of the Security Council']);
  });

  it('A/RES/78/115 (as printed in GA texts): "the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism": the printed name is the alias', () => {
    const text =
      'Noting the role of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism in monitoring the implementation of that resolution,';
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/115', date: '2023-12-07' };
    const committee = extract(text, 'preambular', ga).mentions.find((m) => m.key === 'Organization:Security Council Committee (S/RES/1373(2001))');
    expect(committee?.name).toBe('Security Council Committee established pursuant to resolution 1373 (2001)');
    expect(committee?.attrs.aliases).toEqual(['Security Council Committee']);
  });

  it('guard: a generic name keyed with whose it is, but no Council committee ("the Commission of Experts established pursuant to resolution 780 (1992)", S/RES/827 (1993) PP10), keeps its printed name', () => {
    const text =
      'Considering that, pending the appointment of the Prosecutor of the International Tribunal, the Commission of Experts established pursuant to resolution 780 (1992) should continue on an urgent basis the collection of information,';
    const sc827: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/827(1993)', date: '1993-05-25' };
    const commission = extract(text, 'preambular', sc827).mentions.find((m) => m.key === 'Organization:Commission of Experts (S/RES/780(1992))');
    expect(commission?.name).toBe('Commission of Experts');
  });
});

describe('"the members of the Security Council": the States are meant, the Council is mentioned', () => {
  it('A/RES/79/250 OP6: "Reaffirms that the permanent members of the Security Council should form a separate level ...": no REAFFIRMS of the Council, its mention stays', () => {
    const text =
      'Reaffirms that the permanent members of the Security Council should form a separate level and that, consistent with their special responsibilities for the maintenance of peace and security, they should be assessed at a higher rate than for the regular budget;';
    expect(ga.relations(text)).not.toContain(`REAFFIRMS ${COUNCIL}`);
    expect(ga.keys(text, COUNCIL)).toEqual([COUNCIL]);
  });

  it('A/RES/78/13 OP2 (80/13): "Reiterates its conviction that the participation of all permanent members of the Security Council and the major maritime users ...": no REITERATES of the Council', () => {
    const text =
      'Reiterates its conviction that the participation of all permanent members of the Security Council and the major maritime users of the Indian Ocean in the work of the Ad Hoc Committee is important and would greatly facilitate the development of a mutually beneficial dialogue to advance peace, security and stability in the Indian Ocean region;';
    expect(ga.relations(text).filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('S/RES/1 (1946) OP1: "The Security Council requests the permanent members of the Security Council to direct their Chiefs of Staff to meet ...": the members are requested, not the Council', () => {
    const sc1: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1(1946)', date: '1946-01-25' };
    const text =
      'The Security Council requests the permanent members of the Security Council to direct their Chiefs of Staff to meet, or to appoint representatives who shall meet at London on 1 February 1946;';
    expect(extract(text, 'operative', sc1).relations.map((r) => `${r.type} ${r.target}`)).not.toContain(`REQUESTS ${COUNCIL}`);
  });

  it('A/RES/78/222 PP23 (79/185 PP26), with its guard: "reiterating its decision to transmit the reports ... to the Security Council" keeps REITERATES; "its briefings to members of the Security Council" and "brief the General Assembly and members of the Security Council" take no EXPRESSES or REQUESTS of the Council', () => {
    const text =
      'Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab Republic, welcoming its reports, strongly condemning the continued lack of cooperation by the Syrian regime with the Commission of Inquiry, reiterating its decision to transmit the reports of the Commission of Inquiry to the Security Council, expressing its appreciation to the Commission of Inquiry for its briefings to members of the Security Council, and requesting that the Commission of Inquiry continue to brief the General Assembly and members of the Security Council,';
    const ga78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' };
    const council = ga.relations(text, 'preambular', ga78).filter((r) => r.endsWith(COUNCIL));
    expect(council).toEqual([`REITERATES ${COUNCIL}`]);
    expect(ga.relations(text, 'preambular', ga78)).toContain('REQUESTS Organization:General Assembly');
  });

  it('guard: A/RES/79/329 PP20 "... as a tool for projecting the interests of Africa in the Council": the Council itself keeps the verb', () => {
    const text =
      'Welcoming the efforts of the three African non-permanent members of the Security Council as a tool for projecting the interests of Africa in the Council, acknowledging the efforts of their coordination with the Member States in the Caribbean region,';
    const ga79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-06-23' };
    expect(ga.relations(text, 'preambular', ga79)).toContain(`WELCOMES ${COUNCIL}`);
  });
});
