// Session-46 audit aud46d: the institutional / cooperation family (plenary and Sixth Committee texts) annotated like the scorer
// before looking at the output (gold in /tmp/lead/aud46d-gold: A/RES/78/106 and 78/103, UNCITRAL, all paragraphs but 78/103 PP3;
// A/RES/79/332, cooperation with the Shanghai Cooperation Organization, all paragraphs). Fixed: the body that owns an organ whose
// gazetteer name ends with it ("the Council of Heads of State of the Shanghai Cooperation Organization", "the General Conference
// of the International Atomic Energy Agency", "the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization")
// takes the organ's clause verb, as an owner printed after an organ's own name does (aud41f) and one inside an alias (aud45h),
// also when the paragraph names it in another clause; the organ's full name read for its owner where the trie took the whole of
// it (PART_OF); a text "adopted [by the General Assembly] by consensus as resolution 67/1" is ADOPTED by that resolution, and the
// Assembly so printed is its author, no verb target. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SCO_CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/332', date: '2025-09-05' };
const UNCITRAL_CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/103', date: '2023-12-07' };
const sco = oneParagraph({ ctx: SCO_CTX, kind: 'preambular' });
const uncitral = oneParagraph({ ctx: UNCITRAL_CTX, kind: 'operative' });

const SCO = 'Organization:Shanghai Cooperation Organization';
const RATS = 'Organization:Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization';
const IAEA = 'Organization:International Atomic Energy Agency';
const GA = 'Organization:General Assembly';
const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
const ROL_DECLARATION = 'Framework:Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels';

describe('the owner at the end of an organ’s name takes the organ’s clause verb', () => {
  const PP15 =
    'Recognizing the efforts of the States members of the Shanghai Cooperation Organization to promote counter-terrorism cooperation, including through the Regional Anti-Terrorist Structure, and welcoming in this regard the protocol on cooperation between the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization and the United Nations Office on Drugs and Crime, signed on 22 July 2012, noting the cooperation between the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization and the Office of Counter-Terrorism,';

  it('A/RES/79/332 PP15: "the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization" (its full gazetteer name): WELCOMES and NOTES the Organization too, the Structure PART_OF it', () => {
    expect(sco.relations(PP15)).toEqual(expect.arrayContaining([`RECOGNIZES ${SCO}`, `WELCOMES ${RATS}`, `WELCOMES ${SCO}`, `NOTES ${RATS}`, `NOTES ${SCO}`]));
    expect(sco.attributions(PP15)).toContain(`PART_OF ${RATS} -> ${SCO}`);
  });

  it('A/RES/78/316 OP4: "the General Conference and the Board of Governors of the International Atomic Energy Agency": CONDEMNS the Agency too', () => {
    const text = 'Condemns the failure of the Russian Federation to implement relevant resolutions of the General Assembly and the General Conference and the Board of Governors of the International Atomic Energy Agency;';
    expect(uncitral.relations(text)).toEqual(expect.arrayContaining(['CONDEMNS Organization:Board of Governors of the International Atomic Energy Agency', `CONDEMNS ${IAEA}`]));
  });

  it('A/RES/79/186 OP21: "the extended Bureau of the Commission on Crime Prevention and Criminal Justice": REQUESTS the Commission too', () => {
    const text = 'Requests the Secretary-General to prepare a plan for the documentation for the Fifteenth Congress, in consultation with the extended Bureau of the Commission on Crime Prevention and Criminal Justice;';
    expect(uncitral.relations(text)).toContain('REQUESTS Organization:Commission on Crime Prevention and Criminal Justice');
  });

  it('guard: A/RES/79/327 OP15 "the Working Group on the Strengthening and Revitalizing of the Work of the General Assembly": the Assembly is the group’s topic, no target', () => {
    const text = 'Decides to establish the Working Group on the Strengthening and Revitalizing of the Work of the General Assembly, with the mandate and composition of the Ad Hoc Working Group on the Revitalization of the Work of the General Assembly;';
    expect(uncitral.relations(text)).not.toContain(`DECIDES ${GA}`);
  });

  it('guard: A/RES/78/6 OP29 "the Assembly of States Parties to the Rome Statute of the International Criminal Court": the Court is named inside the Statute’s name, no owner of the Assembly', () => {
    const text = 'Invites the Assembly of States Parties to the Rome Statute of the International Criminal Court to consider the matter;';
    expect(uncitral.attributions(text).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: an officer or office named after its body ("the Executive Office of the Secretary-General", A/RES/78/103 OP15): no owner read', () => {
    const text = 'Endorses the conviction of the Commission that the promotion of the rule of law should be part of the agenda, including through the Rule of Law Coordination and Resource Group, supported by the Rule of Law Unit in the Executive Office of the Secretary-General;';
    expect(uncitral.relations(text)).not.toContain('ENDORSES Organization:Secretary-General of the United Nations');
    expect(uncitral.attributions(text).filter((a) => a.includes('Executive Office of the Secretary-General ->'))).toEqual([]);
  });

  it('guard: a sitting’s owner stays without a verb edge ("the twenty-fourth meeting of the Council of Heads of State of the Shanghai Cooperation Organization, held in Astana")', () => {
    const text = 'Welcoming the twenty-fourth meeting of the Council of Heads of State of the Shanghai Cooperation Organization, held in Astana, Kazakhstan, on 4 July 2024,';
    const relations = sco.relations(text);
    expect(relations).toContain('WELCOMES Event:twenty-fourth meeting of the Council of Heads of State of the Shanghai Cooperation Organization');
    expect(relations).not.toContain('WELCOMES Organization:Council of Heads of State of the Shanghai Cooperation Organization');
  });
});

describe('a text adopted "by consensus as resolution N"', () => {
  it('A/RES/78/103 OP17 (79/117 OP25): "the declaration of the high-level meeting ..., adopted by consensus as resolution 67/1 of 24 September 2012": resolution 67/1 ADOPTED the declaration', () => {
    const text =
      'Notes with satisfaction that, in paragraph 8 of the declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels, adopted by consensus as resolution 67/1 of 24 September 2012, Member States recognized the importance of fair, stable and predictable legal frameworks;';
    expect(uncitral.attributions(text)).toContain(`ADOPTED Resolution:A/RES/67/1 -> ${ROL_DECLARATION}`);
  });

  it('A/RES/78/103 OP18 (79/117 OP26): "the Addis Ababa Action Agenda ..., adopted by the General Assembly by consensus as resolution 69/313 of 27 July 2015": 69/313 ADOPTED it; the Assembly is its author, no NOTES target', () => {
    const text =
      'Also notes with satisfaction that, in paragraph 89 of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the General Assembly by consensus as resolution 69/313 of 27 July 2015, States endorsed the efforts and initiatives of the Commission;';
    expect(uncitral.attributions(text)).toContain(`ADOPTED Resolution:A/RES/69/313 -> ${AAAA}`);
    expect(uncitral.relations(text)).toEqual(expect.arrayContaining([`NOTES ${AAAA}`, 'NOTES Resolution:A/RES/69/313']));
    expect(uncitral.relations(text)).not.toContain(`NOTES ${GA}`);
  });

  it('guard: "in conformity with resolutions of the General Assembly on documentation-related matters" (A/RES/78/103 OP19): the Assembly keeps its verb edge (aud42e)', () => {
    const text = 'Reiterates its request to the Secretary-General, in conformity with resolutions of the General Assembly on documentation-related matters, to bear in mind the particular characteristics of the mandate of the Commission;';
    expect(uncitral.relations(text)).toContain(`REITERATES ${GA}`);
  });

  it('guard: the Assembly that decides by consensus on something else ("recommended by the General Assembly by consensus at its session") stays a target', () => {
    const text = 'Recalls the guidelines recommended by the General Assembly by consensus at its seventy-eighth session;';
    expect(uncitral.relations(text)).toContain(`RECALLS ${GA}`);
  });
});
