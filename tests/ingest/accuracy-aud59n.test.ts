// Session-59 audit aud59n: residual faults session 58's gold sets left (A/RES/78/330, 78/270, 78/201, 78/204). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/330', '2024-06-14'), kind: 'operative' });
const UN = 'Organization:United Nations';

describe('item 1: "multilingualism, as a core value of the Organization": the Organization owns the value and takes no verb', () => {
  it('A/RES/78/330 OP2: "Supports the approach presented by the Secretary-General to integrate multilingualism, as a core value of the Organization, ..."', () => {
    const text =
      'Supports the approach presented by the Secretary-General to integrate multilingualism, as a core value of the Organization, into the activities of the Secretariat, on an equitable basis;';
    expect(relations(text).filter((r) => r.endsWith(UN))).toEqual([]);
    // (still mentioned)
    expect(keys(text, UN)).toEqual([UN]);
    expect(relations(text)).toContain('SUPPORTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/78/330 OP5: "... requests the Secretary-General to continue to make efforts to ensure that multilingualism, as a fundamental value of the Organization, is not undermined"', () => {
    const text =
      'Notes with concern the impact of the measures taken by the Secretary-General in response to the current liquidity situation and the residual impact of the coronavirus disease (COVID-19) on the provision of language services and the management of meetings, including the recruitment of new staff to fill vacant posts in the six official language services, and requests the Secretary-General to continue to make efforts to ensure that multilingualism, as a fundamental value of the Organization, is not undermined;';
    expect(relations(text).filter((r) => r.endsWith(UN))).toEqual([]);
    expect(relations(text)).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/79/331 OP40: "obstacles to multilingualism, a core value of the United Nations"', () => {
    const text =
      'Invites the United Nations and the International Organization of la Francophonie to strengthen their cooperation and dialogue for the removal of obstacles to multilingualism, a core value of the United Nations, within existing resources;';
    // (the Organization invited at the head keeps its verb; the value's owner adds none)
    expect(relations(text).filter((r) => r.endsWith(UN))).toEqual([`INVITES ${UN}`]);
  });

  it('guard: A/RES/78/330 OP21 "to increase their cooperation with the United Nations": a partner keeps the verb', () => {
    const text =
      'Welcomes the efforts made by international organizations based on a shared language to increase their cooperation with the United Nations;';
    expect(relations(text)).toContain(`WELCOMES ${UN}`);
  });
});

describe('item 5: a body whose work the second subject of reports covers takes no verb when the subject goes on past it', () => {
  const ALLIANCE = 'Organization:Global Alliance of National Human Rights Institutions';
  const ctx204 = ctxOf('A/RES/78/204', '2023-12-19');

  it('A/RES/78/204 PP19: "the reports of the Secretary-General on national institutions ... and on the activities of the Global Alliance ... in accrediting ..."', () => {
    const text =
      'Taking note with appreciation of the reports of the Secretary-General on national institutions for the promotion and protection of human rights and on the activities of the Global Alliance of National Human Rights Institutions in accrediting national institutions in compliance with the principles relating to the status of institutions for the promotion and protection of human rights (Paris Principles),';
    expect(relations(text, 'preambular', ctx204).filter((r) => r.endsWith(ALLIANCE))).toEqual([]);
    expect(keys(text, ALLIANCE, 'preambular', ctx204)).toEqual([ALLIANCE]);
    expect(relations(text, 'preambular', ctx204)).toContain('NOTES Organization:Secretary-General of the United Nations');
  });

  it('guard: the same reports with the Alliance as the whole second subject ("and on the Global Alliance ...;") keep NOTES', () => {
    const text =
      'Taking note with appreciation of the reports of the Secretary-General on national institutions for the promotion and protection of human rights and on the activities of the Global Alliance of National Human Rights Institutions,';
    expect(relations(text, 'preambular', ctx204)).toContain(`NOTES ${ALLIANCE}`);
  });
});

describe('item 6: a report\'s subject ends before a purpose clause "to <verb>"', () => {
  const docs = (text: string): string[] => relations(text).filter((r) => r.includes('Document:'));

  it('A/RES/78/330 OP51: "the report of the Secretary-General on multilingualism to achieve full parity among the six official languages"', () => {
    const text =
      'Welcomes the efforts of the Secretary-General to conduct a comprehensive review of the United Nations websites, including content discrepancies among the official languages, and notes with appreciation the innovative ideas, potential synergies and other measures proposed in the report of the Secretary-General on multilingualism to achieve full parity among the six official languages;';
    expect(docs(text)).toEqual(['NOTES Document:report of the secretary-general on multilingualism (A/78)']);
  });

  it('A/RES/78/330 OP52: "... on multilingualism to reinforce the broader multilingual development and enrichment of the United Nations websites"', () => {
    const text =
      'Also welcomes the renewed efforts of the Secretary-General to conduct a comprehensive review of the United Nations websites, presenting the status of content in non-official languages, and notes with appreciation the innovative ideas, potential synergies and other cost-neutral measures proposed in the report of the Secretary-General on multilingualism to reinforce the broader multilingual development and enrichment of the United Nations websites, as appropriate;';
    expect(docs(text)).toEqual(['NOTES Document:report of the secretary-general on multilingualism (A/78)']);
  });

  it('guard: "on follow-up to the Antigua and Barbuda Agenda" keeps its "to" (A/RES/78/... SIDS texts)', () => {
    const text = 'Takes note of the report of the Secretary-General on follow-up to the Antigua and Barbuda Agenda for Small Island Developing States;';
    expect(docs(text).some((d) => d.includes('on follow-up to the antigua and barbuda agenda'))).toBe(true);
  });

  it('guard: "on measures to ensure ..." keeps its purpose as the subject (the noun takes its own "to")', () => {
    const text = 'Takes note of the report of the Secretary-General on measures to ensure the safety and security of humanitarian personnel;';
    expect(docs(text).some((d) => d.includes('on measures to ensure the safety'))).toBe(true);
  });
});

describe('item 3: the sittings listed by their ordinals after "the high-level meetings of the General Assembly" are the Assembly\'s', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/201', '2023-12-19'), kind: 'preambular' });
  const TENTH = 'Event:high-level meeting to commemorate the tenth anniversary of the adoption of the Durban Declaration and Programme of Action';
  const TWENTIETH = 'Event:high-level meeting to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action';

  it('A/RES/78/201 PP7: "the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the adoption of the Durban Declaration ..."', () => {
    const att = attributions(
      'Recalling further the contribution of the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, held in Durban, South Africa, from 31 August to 8 September 2001, the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the adoption of the Durban Declaration and Programme of Action, held on 22 September 2011 and 2021, respectively, to the promotion of respect for cultural diversity,',
    );
    expect(att).toContain(`SESSION_OF ${TENTH} -> Organization:General Assembly`);
    expect(att).toContain(`SESSION_OF ${TWENTIETH} -> Organization:General Assembly`);
  });

  it('guard: the singular "the high-level meeting of the General Assembly ..., on 22 September 2021, commemorating the twentieth anniversary" (A/RES/78/234 OP41) keeps its one SESSION_OF', () => {
    const att = attributions(
      'Notes the political declaration adopted at the high-level meeting of the General Assembly, on 22 September 2021, commemorating the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action;',
      'operative',
      ctxOf('A/RES/78/234', '2023-12-22'),
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual([`SESSION_OF ${TWENTIETH} -> Organization:General Assembly`]);
  });
});
