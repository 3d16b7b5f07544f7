// Session-46 short task shr46a: instruments printed as supplementing another. Audit: every corpus-ga paragraph that says
// "supplementing" (25 files, 55 paragraphs) or "its supplementary" (A/RES/78/51, 79/55), against the aud46b gold's reading of
// A/RES/80/46 PP8 (PART_OF Firearms Protocol -> UNTOC). Fixed: a protocol printed ", supplementing the <convention>" is PART_OF
// the convention (PART_OF_GAP_RE, attributions.ts); an instrument's own supplement printed right after it ("as well as its
// supplementing Protocol", "its supplementary Guidance") is PART_OF it, a second supplement in the list the same instrument's
// (itsSupplementAttributions). Also: "Decides to admit, upon its request, Iraq, ..., as a member of the Advisory Commission" (A/RES/79/88
// OP6, the one "Decides to admit" in corpus-ga) is DECIDES the State admitted (extract.ts addressedPlace, ADMITTED_STATE_GAP_RE).
// Each case quotes its file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/46', date: '2025-12-01' };
const { attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const UNTOC = 'Framework:United Nations Convention against Transnational Organized Crime';
const FIREARMS = 'Framework:Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition';
const TRAFFICKING = 'Framework:Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children';
const SMUGGLING = 'Framework:Protocol against the Smuggling of Migrants by Land, Sea and Air';
const CODE = 'Framework:Code of Conduct on the Safety and Security of Radioactive Sources';
const IMPORT_GUIDANCE = 'Framework:Guidance on the Import and Export of Radioactive Sources';
const DISUSED_GUIDANCE = 'Framework:Guidance on the Management of Disused Radioactive Sources';
const partOf = (text: string) => attributions(text).filter((a) => a.startsWith('PART_OF '));

describe('a protocol printed ", supplementing the <convention>" is PART_OF the convention', () => {
  it('A/RES/80/46 PP8: "the Protocol against the Illicit Manufacturing of and Trafficking in Firearms ..., supplementing the United Nations Convention against Transnational Organized Crime": PART_OF', () => {
    const text =
      'Recalling the contribution made by the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, as well as the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime, and the International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons,';
    expect(partOf(text)).toEqual([`PART_OF ${FIREARMS} -> ${UNTOC}`]);
  });

  it('A/RES/78/229 PP28: three protocols, each ", supplementing the United Nations Convention ...": each PART_OF it', () => {
    const text =
      'Welcoming the twentieth anniversary of the adoption, by its resolution 58/4 of 31 October 2003, of the United Nations Convention against Corruption, and celebrating 20 years since the United Nations Convention against Transnational Organized Crime entered into force on 29 September 2003, followed by the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, on 25 December 2003, the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime, on 28 January 2004, and the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime, on 3 July 2005,';
    const rows = partOf(text);
    expect(rows).toContain(`PART_OF ${TRAFFICKING} -> ${UNTOC}`);
    expect(rows).toContain(`PART_OF ${SMUGGLING} -> ${UNTOC}`);
    expect(rows).toContain(`PART_OF ${FIREARMS} -> ${UNTOC}`);
  });

  it('guard: A/RES/78/187 PP10 "the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto, the United Nations Convention against Transnational Organized Crime and the Protocol ..., supplementing ...": only the Trafficking Protocol is the UNTOC\'s', () => {
    const text =
      'Recalling the International Covenant on Civil and Political Rights, the International Covenant on Economic, Social and Cultural Rights, the 1951 Convention relating to the Status of Refugees and the 1967 Protocol thereto, the United Nations Convention against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, the Convention on the Elimination of All Forms of Discrimination against Women and the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment,';
    expect(partOf(text).filter((a) => a.endsWith(`-> ${UNTOC}`))).toEqual([`PART_OF ${TRAFFICKING} -> ${UNTOC}`]);
  });
});

describe('an instrument\'s own supplement printed right after it ("its supplementing", "its supplementary") is PART_OF it', () => {
  it('A/RES/78/228 PP6: "the United Nations Convention against Transnational Organized Crime, 5 as well as its supplementing Protocol to Prevent, Suppress and Punish Trafficking in Persons ...": PART_OF', () => {
    const text =
      'Recalling also the United Nations Convention against Transnational Organized Crime, 5 as well as its supplementing Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, which provided the definition of the crime of trafficking in persons, welcoming the twentieth anniversary of the entry into force of each instrument,';
    expect(partOf(text)).toEqual([`PART_OF ${TRAFFICKING} -> ${UNTOC}`]);
  });

  it('A/RES/79/55 PP18: "the Code of Conduct ..., of its supplementary Guidance on the Import and Export ... and of its supplementary Guidance on the Management ...": both Guidances PART_OF the Code, not one of the other', () => {
    const text =
      'Highlighting the importance of the Code of Conduct on the Safety and Security of Radioactive Sources, of its supplementary Guidance on the Import and Export of Radioactive Sources and of its supplementary Guidance on the Management of Disused Radioactive Sources as valuable instruments for enhancing the safety and security of radioactive sources,';
    expect(partOf(text)).toEqual([`PART_OF ${IMPORT_GUIDANCE} -> ${CODE}`, `PART_OF ${DISUSED_GUIDANCE} -> ${CODE}`]);
  });

  it('guard: A/RES/78/43 PP14 "the Code of Conduct ..., approved by the Board of Governors ..., and the supplementary Guidance on the Management ...": no "its", no PART_OF between them', () => {
    const text =
      'Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the International Atomic Energy Agency on 8 September 2003, and the supplementary Guidance on the Management of Disused Radioactive Sources, approved by the Board of Governors of the Agency on 11 September 2017,';
    expect(partOf(text).filter((a) => a.includes('Guidance'))).toEqual([]);
  });

  it('guard: A/RES/78/228 PP6 ", and further acknowledging the Optional Protocol ... and the Supplementary Convention on the Abolition of Slavery ...": a "Supplementary" name is no supplement of the instrument before', () => {
    const text =
      'Recalling also the United Nations Convention against Transnational Organized Crime, and further acknowledging the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography and the Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery,';
    expect(partOf(text)).toEqual([]);
  });
});

describe('"Decides to admit <State> ... as a member of <body>": DECIDES the State admitted', () => {
  const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/88', date: '2024-12-04' };
  const op = oneParagraph({ ctx: GA79, kind: 'operative' });

  it('A/RES/79/88 OP6: "Decides to admit, upon its request, Iraq, in accordance with the criterion set forth in General Assembly decision 60/522 ..., as a member of the Advisory Commission of ...": DECIDES Iraq', () => {
    const text =
      'Decides to admit, upon its request, Iraq, in accordance with the criterion set forth in General Assembly decision 60/522 of 8 December 2005, as a member of the Advisory Commission of the United Nations Relief and Works Agency for Palestine Refugees in the Near East.';
    expect(op.relations(text)).toContain('DECIDES Place:Iraq');
  });

  it('guard: "Decides to allow Iraq to use ..." (aud44d): no admission, no edge to the State', () => {
    const text = 'Decides to allow Iraq to use the funds of the escrow account for the purchase of medicine;';
    expect(op.relations(text).filter((r) => r.startsWith('DECIDES Place:'))).toEqual([]);
  });

  it('guard: "Decides to admit to the meetings ... observers ..., held in Amman, Jordan": a place named later in the clause is no State admitted', () => {
    const text = 'Decides to admit to the meetings of the Advisory Commission observers from the regional organizations, as agreed at the meeting held in Amman, Jordan;';
    expect(op.relations(text).filter((r) => r.startsWith('DECIDES Place:'))).toEqual([]);
  });
});
