// Session-45 audit aud45h: owners named in possessives and inside longer names (corpus-ga counts: "the United Nations
// Environment Assembly of the United Nations Environment Programme" 24 times in 11 files; "the Secretary-General's <organ>"
// ~18 times; "the Commission's <group>" and a framework's name swallowing its committee, rarer). Fixed: an organ printed
// by a gazetteer alias that holds its owner's name (UNEA "of the United Nations Environment Programme", the ASEAN Regional
// Forum "of the Association of Southeast Asian Nations", the Multi-stakeholder Advisory Group "of the Internet Governance
// Forum") names the owner too: a verb target of the clause and the organ PART_OF it (aud41f's rule; aud45e gold 80/135
// OP3). And an organ named with its owner's possessive ("the Secretary-General’s Advisory Board of Eminent Persons on Zero
// Waste", "the Secretary-General’s High-level Panel on ...") names the owner as a verb target, the organ PART_OF it (aud45e
// gold 80/135 PP18); not an officer ("the Secretary-General’s Envoy on Technology") nor an instrument or programme so named
// ("the Secretary-General’s follow-up Action Agenda"). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };
const { relations, attributions } = oneParagraph({ ctx: GA80, kind: 'operative' });

const UNEA = 'Organization:United Nations Environment Assembly';
const UNEP = 'Organization:United Nations Environment Programme';
const ASEAN = 'Organization:Association of Southeast Asian Nations';

describe('an organ printed by an alias that holds its owner: the owner is named too, the organ PART_OF it', () => {
  it('A/RES/80/135 OP3: "resolution 6/8 ..., adopted by the United Nations Environment Assembly of the United Nations Environment Programme at its sixth session": RECALLS UNEP, UNEA PART_OF UNEP', () => {
    const text =
      'Reaffirms the commitment made in the 2030 Agenda to ensuring that people everywhere have the relevant information and awareness for sustainable development and lifestyles in harmony with nature, recalls in this regard resolution 6/8 of 1 March 2024 on promoting sustainable lifestyles, adopted by the United Nations Environment Assembly of the United Nations Environment Programme at its sixth session, and encourages Member States to create the necessary evidence-based enabling conditions, foster public and private collaboration, and pursue education at all levels and awareness-raising initiatives in support of empowering citizens to make informed choices about sustainable lifestyles, while recognizing that each country is best positioned to understand its own national circumstances and priorities to encourage more sustainable lifestyles;';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${UNEA}`);
    expect(rel).toContain(`RECALLS ${UNEP}`);
    expect(attributions(text)).toContain(`PART_OF ${UNEA} -> ${UNEP}`);
  });

  it('A/RES/79/209 PP4: "the attendant change of its designation to the United Nations Environment Assembly of the United Nations Environment Programme": UNEA PART_OF UNEP (as the Governing Council before it)', () => {
    const text =
      'Recalling also the establishment of universal membership in the Governing Council of the United Nations Environment Programme, as well as other measures to strengthen its governance and its responsiveness and accountability to Member States, the attendant change of its designation to the United Nations Environment Assembly of the United Nations Environment Programme and the evolution in the periodicity of its sessions,';
    const att = attributions(text, 'preambular');
    expect(att).toContain(`PART_OF ${UNEA} -> ${UNEP}`);
    expect(att).toContain(`PART_OF Organization:Governing Council of the United Nations Environment Programme -> ${UNEP}`);
  });

  it('A/RES/80/41 PP9: "the Group of Eight, the European Union, the Regional Forum of the Association of Southeast Asian Nations and others": RECALLS ASEAN as well as its Forum', () => {
    const text =
      'Recalling also that the Group of Eight, the European Union, the Regional Forum of the Association of Southeast Asian Nations and others have taken into account in their deliberations the dangers posed by the likely acquisition by terrorists of weapons of mass destruction and the need for international cooperation in combating it, and that the Global Initiative to Combat Nuclear Terrorism was launched jointly by the Russian Federation and the United States of America,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain('RECALLS Organization:ASEAN Regional Forum');
    expect(rel).toContain(`RECALLS ${ASEAN}`);
    expect(attributions(text, 'preambular')).toContain(`PART_OF Organization:ASEAN Regional Forum -> ${ASEAN}`);
  });

  it('guard: A/RES/79/209 OP2 "the seventh session of the United Nations Environment Assembly, to be held in Nairobi": the short name holds no owner, no UNEP', () => {
    const text =
      'Looks forward to the seventh session of the United Nations Environment Assembly, to be held in Nairobi from 8 to 12 December 2025 and to be chaired by Oman, and recommends the participation of the President of the General Assembly and the President of the Economic and Social Council at the seventh session, in line with the spirit of integration and universality of the 2030 Agenda for Sustainable Development;';
    expect(relations(text).filter((r) => r.endsWith(UNEP))).toEqual([]);
    expect(attributions(text).filter((a) => a.endsWith(UNEP))).toEqual([]);
  });

  it('guard: an organ printed by its own name with " of the United Nations" (the Organization is never read from an alias tail): no PART_OF the United Nations', () => {
    const text = 'Welcomes the work of the United Nations Environment Assembly and of the Economic and Social Commission for Asia and the Pacific of the United Nations;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF') && a.endsWith('Organization:United Nations'))).toEqual([]);
  });

  it('guard: A/RES/79/209 OP1 "the sixth session of the United Nations Environment Assembly of the United Nations Environment Programme in Nairobi": the sitting\'s owner in its name gets no verb edge', () => {
    const text =
      'Welcomes the holding of the sixth session of the United Nations Environment Assembly of the United Nations Environment Programme in Nairobi from 26 February to 1 March 2024, takes note of the report on the sixth session and welcomes the resolutions and decisions contained therein, and calls for their full implementation;';
    const rel = relations(text);
    expect(rel).toContain('WELCOMES Event:sixth session of the United Nations Environment Assembly');
    expect(rel.filter((r) => r.endsWith(UNEA) || r.endsWith(UNEP))).toEqual([]);
  });
});

const SG = 'Organization:Secretary-General of the United Nations';

describe('an organ named with its owner\'s possessive: the owner is a verb target, the organ PART_OF it', () => {
  it('A/RES/80/135 PP18: "Noting with appreciation the work of the Secretary-General’s Advisory Board of Eminent Persons on Zero Waste": NOTES the Secretary-General, the Board PART_OF him', () => {
    const text =
      'Noting with appreciation the work of the Secretary-General’s Advisory Board of Eminent Persons on Zero Waste for contributing to sustainable consumption and production and advancing the 2030 Agenda for Sustainable Development,';
    const board = "Organization:Secretary-General's Advisory Board of Eminent Persons on Zero Waste";
    const rel = relations(text, 'preambular');
    expect(rel).toContain(`NOTES ${board}`);
    expect(rel).toContain(`NOTES ${SG}`);
    expect(attributions(text, 'preambular')).toContain(`PART_OF ${board} -> ${SG}`);
  });

  it('A/RES/78/182 PP15: "Taking note of the Secretary-General’s High-level Panel on Women’s Economic Empowerment": a panel, not an officer (no "High Commissioner")', () => {
    const text = 'Taking note of the Secretary-General’s High-level Panel on Women’s Economic Empowerment,';
    expect(relations(text, 'preambular')).toContain(`NOTES ${SG}`);
    expect(attributions(text, 'preambular')).toContain(`PART_OF Organization:Secretary-General's High-level Panel on Women's Economic Empowerment -> ${SG}`);
  });

  it('guard: A/RES/78/119 OP82 "recognizes the importance of the Secretary-General’s follow-up Action Agenda on Internal Displacement": an instrument so named is no organ, nothing PART_OF the Secretary-General but the Panel', () => {
    const text =
      'Notes with appreciation the report of the Secretary-General’s High-level Panel on Internal Displacement, acknowledges that increased efforts on addressing the root causes as well as prevention, protection and improved assistance to internally displaced persons and durable solutions for internal displacement are critically important, and encourages the Secretary-General to work with Member States, the United Nations system and relevant actors, as appropriate, on these efforts, and recognizes the importance of the Secretary-General’s follow-up Action Agenda on Internal Displacement;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF') && a.endsWith(SG))).toEqual([`PART_OF Organization:Secretary-General's High-level Panel on Internal Displacement -> ${SG}`]);
  });

  it('guard: A/RES/78/132 PP20 "the establishment of the Office of the Secretary-General’s Envoy on Technology": an office serving an officer, no PART_OF the Secretary-General', () => {
    const text =
      'Taking note of the road map for digital cooperation presented on 11 June 2020, as well as the establishment of the Office of the Secretary-General’s Envoy on Technology, and further taking note of the work of the Office,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('PART_OF') && a.endsWith(SG))).toEqual([]);
  });
});
