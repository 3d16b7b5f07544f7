// Audit aud54i (session 54): faults found annotating A/RES/78/91 (Question of French Polynesia), 80/80 (Work of the Special
// Committee to Investigate Israeli Practices) and 79/86 (International Year of Asteroid Awareness and Planetary Defence), Fourth
// Committee texts, from their raw texts (tests/gold/aud54i-*.gold.tsv). Each case quotes the file and paragraph it comes from;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const GA78_91: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/91', date: '2023-12-07' };
const GA80_80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/80', date: '2025-12-05' };
const { relations, keys } = oneParagraph({ ctx: GA78_91, kind: 'operative' });
const ASSEMBLY = 'Organization:General Assembly';
const ISRAEL = 'Place:Israel';

describe('the Assembly as agent of its own act named as a noun with what it acted on between: "the reinscription of the Territory by the General Assembly"', () => {
  it('A/RES/78/91 OP7 (79/104, 80/95): "since the reinscription of the Territory by the General Assembly in 2013": no REGRETS of the Assembly', () => {
    const op7 =
      'Regrets that the administering Power has not responded to the request to submit information on French Polynesia under Article 73 e of the Charter since the reinscription of the Territory by the General Assembly in 2013;';
    const rel = relations(op7);
    expect(rel).not.toContain(`REGRETS ${ASSEMBLY}`);
    expect(rel).toContain('REGRETS Framework:Charter of the United Nations');
    // the paragraph still mentions it
    expect(keys(op7, ASSEMBLY)).toEqual([ASSEMBLY]);
  });

  it('A/RES/78/15 OP4: "all documents relating to the consideration of this item by the General Assembly at its seventy-eighth session": the session stays, the Assembly goes', () => {
    const op4 =
      'Requests the Secretary-General to transmit to the Conference on Disarmament all documents relating to the consideration of this item by the General Assembly at its seventy-eighth session;';
    const rel = relations(op4, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/15', date: '2023-12-04' });
    expect(rel).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(rel).toContain('REQUESTS Event:seventy-eighth session of the General Assembly');
  });

  it('guard: another body as the agent of the same noun keeps the verb ("the consideration of this item by the Security Council")', () => {
    const t = 'Requests the Secretary-General to transmit all documents relating to the consideration of this item by the Security Council;';
    expect(relations(t)).toContain('REQUESTS Organization:Security Council');
  });

  it('guard (78/91 OP13): the Assembly addressed ("to report thereon to the General Assembly at its seventy-ninth session") keeps REQUESTS', () => {
    const op13 =
      'Requests the Special Committee to continue to examine the question of the Non-Self-Governing Territory of French Polynesia and to report thereon to the General Assembly at its seventy-ninth session.';
    expect(relations(op13)).toContain(`REQUESTS ${ASSEMBLY}`);
  });
});

describe('the State a renewed call addresses: "Reiterates its call upon Israel to ..." (as "its request ... to the Government of Israel to")', () => {
  it('A/RES/78/73 OP42: "Reiterates its call upon Israel to fully lift the restrictions ...": Israel addressed', () => {
    const op42 = 'Reiterates its call upon Israel to fully lift the restrictions impeding or delaying the import of necessary construction materials and supplies for the reconstruction of refugee shelters in the Gaza Strip;';
    expect(relations(op42, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-06' })).toContain(`REITERATES ${ISRAEL}`);
  });

  it('A/RES/79/183 OP22 (80/222 OP23): "Reiterates its call upon the Islamic Republic of Iran, including the judicial and security branches, to create ..."', () => {
    const op22 = 'Reiterates its call upon the Islamic Republic of Iran, including the judicial and security branches, to create and maintain, in law and in practice, a safe and enabling environment;';
    expect(relations(op22, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/183', date: '2024-12-17' })).toContain('REITERATES Place:Iran (Islamic Republic of)');
  });

  it('guard: a State the renewed call only names ("its call upon all States to respect the sovereignty of Israel", "its concern that Israel has") takes no verb', () => {
    expect(relations('Reiterates its call upon all States to respect the sovereignty of Israel;', 'operative', GA80_80)).not.toContain(`REITERATES ${ISRAEL}`);
    expect(relations('Reiterates its concern that Israel has not cooperated with the Special Committee;', 'operative', GA80_80)).not.toContain(`REITERATES ${ISRAEL}`);
  });

  it('guard (aud28d convention, A/RES/80/80 OP2): "Reiterates its demand that Israel, the occupying Power, cooperate ...": the demand a noun, Israel no target', () => {
    const op2 =
      'Reiterates its demand that Israel, the occupying Power, cooperate, in accordance with its obligations as a State Member of the United Nations, with the Special Committee in implementing its mandate;';
    expect(relations(op2, 'operative', GA80_80)).not.toContain(`REITERATES ${ISRAEL}`);
  });
});

describe('a team of a body named by its task and topic, printed with its owner: "the Action Team on Near-Earth Objects of the Committee ..."', () => {
  const GA79_86: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/86', date: '2024-12-04' };
  const COPUOS = 'Organization:Committee on the Peaceful Uses of Outer Space';
  const { attributions: atts } = oneParagraph({ ctx: GA79_86, kind: 'preambular' });

  it('A/RES/79/86 PP4: "... of the Action Team on Near-Earth Objects of the Committee on the Peaceful Uses of Outer Space, and of the Working Group ...": PART_OF the Committee', () => {
    const pp4 =
      'Noting the establishment, in response to a recommendation of the Third United Nations Conference on the Exploration and Peaceful Uses of Outer Space, of the Action Team on Near-Earth Objects of the Committee on the Peaceful Uses of Outer Space, and of the Working Group on Near-Earth Objects of the Scientific and Technical Subcommittee, to consider international procedures for handling the near-Earth object impact hazard,';
    const att = atts(pp4);
    expect(att).toContain(`PART_OF Organization:Action Team on Near-Earth Objects -> ${COPUOS}`);
    expect(att).toContain('PART_OF Organization:Working Group on Near-Earth Objects -> Organization:Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space');
    // the owner keeps the clause's verb (session 50)
    expect(relations(pp4, 'preambular', GA79_86)).toContain(`NOTES ${COPUOS}`);
  });

  it('A/RES/79/87 OP24 (80/76 OP22): "the establishment of the Action Team on Lunar Activities Consultation of the Committee" after the Committee is named: PART_OF it', () => {
    const op =
      'Notes with satisfaction the work of the Committee on the Peaceful Uses of Outer Space and the establishment of the Action Team on Lunar Activities Consultation of the Committee to facilitate international consultations;';
    expect(atts(op, 'operative')).toContain(`PART_OF Organization:Action Team on Lunar Activities Consultation -> ${COPUOS}`);
  });

  it('guard: a team followed by " of the " and a State (not a body) is part of nothing: "the Action Team on Lunar Activities Consultation of the Russian Federation"', () => {
    const t = 'Noting the work of the Action Team on Lunar Activities Consultation of the Russian Federation,';
    expect(atts(t).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('the President of a Non-Self-Governing Territory is its post, as its Premier or Governor is: "the President of French Polynesia"', () => {
  const PRESIDENT = 'Organization:President of French Polynesia';

  it('A/RES/78/91 PP18 (79/104, 80/95): "the statement made by the representative of the President of French Polynesia ... and of the statement made by the representative of the new President of French Polynesia": the post, NOTES', () => {
    const pp18 =
      'Taking note of the statement made by the representative of the President of French Polynesia in the Special Political and Decolonization Committee (Fourth Committee), at the seventy-seventh session of the General Assembly, in October 2022, and of the statement made by the representative of the new President of French Polynesia in the Special Committee in June 2023,';
    const rel = relations(pp18, 'preambular');
    expect(rel).toContain(`NOTES ${PRESIDENT}`);
    expect(keys(pp18, 'Organization:President of', 'preambular')).toEqual([PRESIDENT, PRESIDENT]);
  });

  it('A/RES/78/91 PP19: "the invitation extended by the President of French Polynesia to the Special Committee": RECALLS the post', () => {
    const pp19 =
      'Recalling the invitation extended by the President of French Polynesia to the Special Committee to send a visiting mission to the Territory, as reiterated in the Fourth Committee at the seventy-sixth session of the General Assembly,';
    expect(relations(pp19, 'preambular')).toContain(`RECALLS ${PRESIDENT}`);
  });

  it('A/RES/78/91 OP3: "the representative of the President of the Territory": the Territory named again, its post keyed as PP18 keys it', () => {
    const pp = 'Recalling the admission of French Polynesia as a full member of the Pacific Islands Forum,';
    const op3 =
      'Recalls the previously made calls for the delisting of the Territory, and takes note of the statement made by the representative of the President of the Territory in June 2023 that the Territorial government fully supports a proper decolonization process;';
    const [, op] = relationsByParagraph({ ...GA78_91, title: 'Question of French Polynesia' }, [{ text: pp, kind: 'preambular' }, { text: op3 }]);
    expect(op).toContain(`NOTES ${PRESIDENT}`);
    expect(op!.filter((r) => r.includes('President of the'))).toEqual([]);
  });

  it('guard: the President of a State stays the State, a mention the verb does not take ("the statement by the President of the Russian Federation", "the President of Brazil")', () => {
    const t = 'Taking note of the statement made by the President of the Russian Federation and of the address by the President of Brazil,';
    expect(keys(t, 'Organization:President of', 'preambular')).toEqual([]);
    expect(keys(t, 'Place:', 'preambular')).toEqual(['Place:Russian Federation', 'Place:Brazil']);
  });
});
