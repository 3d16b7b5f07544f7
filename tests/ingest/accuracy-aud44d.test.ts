// Session-44 audit aud44d: Security Council resolutions annotated as the scorer would (gold in /tmp/lead/aud44d-gold: S/RES/678
// (1990), 242 (1967), 82 (1950), 598 (1987), 827 (1993) whole, 687 (1991) OP1..OP14 = sections A-C), then compared with the output.
// Fixed: the State a decision binds ("Decides that Iraq shall ...", "Decides also, ..., the following: (a) Iraq shall ...") is what
// DECIDES acts on, as the State a demand addresses; the Assembly named as the author of its own cited resolution with "of" ("the
// finding of the General Assembly in its resolution 293 (IV)") is no verb target, as with "by"; "Calls upon the authorities in
// North Korea to withdraw" addresses the State, as "the Government of" does. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC687: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' };
const SC82: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/82(1950)', date: '1950-06-25' };
const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/3', date: '2024-10-07' };
const { relations } = oneParagraph({ ctx: SC687, kind: 'operative' });

const IRAQ = 'Place:Iraq';
const GA = 'Organization:General Assembly';

describe('the State a decision binds is what DECIDES acts on', () => {
  it('S/RES/687 (1991) OP8: "Decides that Iraq shall unconditionally accept the destruction ...": DECIDES Iraq', () => {
    const text =
      'Decides that Iraq shall unconditionally accept the destruction, removal, or rendering harmless, under international supervision, of: (a) All chemical and biological weapons and all stocks of agents and all related subsystems and components and all research, development, support and manufacturing facilities related thereto;';
    expect(relations(text)).toContain(`DECIDES ${IRAQ}`);
  });

  it('S/RES/687 (1991) OP10: "Decides further that Iraq shall unconditionally undertake ..., and requests the Secretary-General": DECIDES Iraq, the request is the Secretary-General\'s', () => {
    const text =
      'Decides further that Iraq shall unconditionally undertake not to use, develop, construct or acquire any of the items specified in paragraphs 8 and 9, and requests the Secretary-General, in consultation with the Special Commission, to develop a plan for the future ongoing monitoring and verification of Iraq’s compliance with the present paragraph, to be submitted to the Council for approval within one hundred and twenty days of the passage of the present resolution;';
    const rel = relations(text);
    expect(rel).toContain(`DECIDES ${IRAQ}`);
    expect(rel).not.toContain(`REQUESTS ${IRAQ}`);
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('S/RES/687 (1991) OP9: "Decides also, for the implementation of paragraph 8, the following: (a) Iraq shall submit to the Secretary-General": DECIDES Iraq', () => {
    const text =
      'Decides also, for the implementation of paragraph 8, the following: (a) Iraq shall submit to the Secretary-General, within fifteen days of the adoption of the present resolution, a declaration on the locations, amounts and types of all items specified in paragraph 8 and agree to urgent, on-site inspection as specified below;';
    expect(relations(text)).toContain(`DECIDES ${IRAQ}`);
  });

  it('S/RES/687 (1991) OP30: "Decides that, in furtherance of its commitment to facilitate the repatriation of all Kuwaiti and third-State nationals, Iraq shall extend ...": the aside after "that" is skipped', () => {
    const text =
      'Decides that, in furtherance of its commitment to facilitate the repatriation of all Kuwaiti and third-State nationals, Iraq shall extend all necessary cooperation to the International Committee of the Red Cross by providing lists of such persons;';
    const rel = relations(text);
    expect(rel).toContain(`DECIDES ${IRAQ}`);
    expect(rel).toContain('DECIDES Organization:International Committee of the Red Cross');
  });

  it('A/RES/79/3 OP6: "Decides that Sao Tome and Principe and Somalia shall be permitted to vote": both States listed', () => {
    const text = 'Decides that Sao Tome and Principe and Somalia shall be permitted to vote in the General Assembly until the end of its seventy-ninth session;';
    const rel = relations(text, 'operative', GA79);
    expect(rel).toContain('DECIDES Place:Sao Tome and Principe');
    expect(rel).toContain('DECIDES Place:Somalia');
  });

  it('guard: S/RES/678 (1990) OP1 "..., and decides, while maintaining all its decisions, to allow Iraq one final opportunity": Iraq is no subject of the decision; the demand still addresses it', () => {
    const text =
      'Demands that Iraq comply fully with resolution 660 (1990) and all subsequent relevant resolutions, and decides, while maintaining all its decisions, to allow Iraq one final opportunity, as a pause of goodwill, to do so;';
    const rel = relations(text, 'operative', { body: 'Security Council', symbol: 'S/RES/678(1990)', date: '1990-11-29' });
    expect(rel).toContain(`DEMANDS ${IRAQ}`);
    expect(rel).not.toContain(`DECIDES ${IRAQ}`);
  });

  it('guard: S/RES/687 (1991) OP14 "Notes that the actions to be taken by Iraq ...": a State a statement is about is not addressed', () => {
    const text =
      'Notes that the actions to be taken by Iraq in paragraphs 8 to 13 represent steps towards the goal of establishing in the Middle East a zone free from weapons of mass destruction and all missiles for their delivery and the objective of a global ban on chemical weapons;';
    expect(relations(text).filter((r) => r.endsWith(IRAQ))).toEqual([]);
  });

  it('guard: "Decides that the activities in Iraq shall ...": a State inside the subject, not the subject, takes no DECIDES', () => {
    const text = 'Decides that the activities of the Special Commission in Iraq shall continue until the Council decides otherwise;';
    expect(relations(text)).not.toContain(`DECIDES ${IRAQ}`);
  });
});

describe('the Assembly named as the author of its cited resolution with "of" is no verb target', () => {
  it('S/RES/82 (1950) PP1: "Recalling the finding of the General Assembly in its resolution 293 (IV) of 21 October 1949": RECALLS 293 (IV), not the Assembly', () => {
    const text =
      'Recalling the finding of the General Assembly in its resolution 293 (IV) of 21 October 1949 that the Government of the Republic of Korea is a lawfully established government having effective control and jurisdiction over that part of Korea where the United Nations Temporary Commission on Korea was able to observe and consult and in which the great majority of the people of Korea reside;';
    const rel = relations(text, 'preambular', SC82);
    expect(rel).toContain('RECALLS Resolution:A/RES/293(IV)');
    expect(rel).not.toContain(`RECALLS ${GA}`);
  });

  it('A/RES/80/224 PP17: "and reiterating the call of the General Assembly in its resolution 77/301 of 29 June 2023": no REITERATES to the Assembly', () => {
    const text =
      'Welcoming the efforts of the Independent Institution on Missing Persons, and reiterating the call of the General Assembly in its resolution 77/301 of 29 June 2023 for all States and other parties to cooperate with the Institution,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/224', date: '2025-12-15' });
    expect(rel).toContain('REITERATES Resolution:A/RES/77/301');
    expect(rel).not.toContain(`REITERATES ${GA}`);
  });

  it('guard: "... a high-level meeting of the General Assembly in its eightieth session": "of the Assembly in its" with no resolution after it; the office addressed keeps its verb', () => {
    const text = 'Requests the President of the General Assembly to convene a high-level meeting of the General Assembly in its eightieth session;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/3', date: '2024-10-07' })).toContain('REQUESTS Organization:President of the General Assembly');
  });

  it('guard: A/RES/78/207 PP21 "Recalling with appreciation also the decision of the General Assembly to declare 30 August ...": no cited resolution after the Assembly, so it keeps the verb', () => {
    const text =
      'Recalling with appreciation also the decision of the General Assembly to declare 30 August International Day of the Victims of Enforced Disappearances,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' })).toContain(`RECALLS ${GA}`);
  });
});

describe('a State\'s authorities addressed are the State addressed', () => {
  it('S/RES/82 (1950) OP3: "Calls upon the authorities in North Korea to withdraw forthwith their armed forces to the 38th parallel": CALLS_UPON the Democratic People\'s Republic of Korea', () => {
    const text = 'Calls upon the authorities in North Korea to withdraw forthwith their armed forces to the 38th parallel;';
    expect(relations(text, 'operative', SC82)).toContain("CALLS_UPON Place:Democratic People's Republic of Korea");
  });

  it('guard: A/RES/80/220 OP12 "Expresses its concern at the failure of the authorities of the Democratic People’s Republic of Korea to hold accountable ...": the authorities are not addressed', () => {
    const text =
      'Expresses its concern at the failure of the authorities of the Democratic People’s Republic of Korea to hold accountable those responsible for human rights violations, including violations which the commission of inquiry has said may amount to crimes against humanity;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/220', date: '2025-12-15' }).filter((r) => r.startsWith('EXPRESSES Place:'))).toEqual([]);
  });
});
