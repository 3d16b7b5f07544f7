// Session-38 audit aud38d: names, documents and citations left open by session 37. Covered: a citation list whose first item
// is a full symbol; office holders and bodies cut short or missed (a Board of Advisers to the President of the Assembly, the
// Executive Director of an Office, an Office of a Special Envoy, the World Health Assembly, the African Commission on Human
// and Peoples' Rights, the Chair of a Special Committee); reports whose symbol stands in a footnote; report titles with
// commas. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC_1454: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' };
const GA_80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-22' };
const GA_79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/233', date: '2024-12-24' };
const { relations } = oneParagraph({ ctx: GA_79, kind: 'operative' });
const keysOf = (text: string, ctx: RecognizeContext): string[] => findResolutionRefs(text, ctx).map((m) => m.key);

describe('a list whose first item is a full symbol goes on with the numbers after it', () => {
  it('"its resolutions S/RES/687 (1991) and 1284 (1999)" (the form of S/RES/1454 (2002) PP2 "resolutions 687 (1991) of 3 April 1991 and 1284 (1999)", printed with the symbol): both resolutions', () => {
    expect(keysOf('Recalling its resolutions S/RES/687 (1991) and 1284 (1999),', SC_1454)).toEqual(['Resolution:S/RES/687(1991)', 'Resolution:S/RES/1284(1999)']);
  });

  it('dated items: "S/RES/687 (1991) of 3 April 1991, 1284 (1999) of 17 December 1999 and 1409 (2002)": three, the second with its day', () => {
    const ms = findResolutionRefs('Recalling its resolutions S/RES/687 (1991) of 3 April 1991, 1284 (1999) of 17 December 1999 and 1409 (2002),', SC_1454);
    expect(ms.map((m) => m.key)).toEqual(['Resolution:S/RES/687(1991)', 'Resolution:S/RES/1284(1999)', 'Resolution:S/RES/1409(2002)']);
    expect(ms[1]!.phrase).toBe('1284 (1999) of 17 December 1999');
  });

  it('an Assembly symbol goes on with session/number: "resolutions A/RES/70/1 and 70/125"', () => {
    expect(keysOf('Recalling resolutions A/RES/70/1 and 70/125,', GA_80)).toEqual(['Resolution:A/RES/70/1', 'Resolution:A/RES/70/125']);
  });

  it('guard: what follows a symbol in another numbering is no item ("A/RES/79/194, 9/18", a Council symbol then "15 July 2015")', () => {
    expect(keysOf('Recalling resolution A/RES/79/194, 9/18 and 12 December 2024,', GA_80)).toEqual(['Resolution:A/RES/79/194']);
    expect(keysOf('Recalling Security Council resolution S/RES/2231 (2015), 15 July 2015, and 70/125,', GA_80)).toEqual(['Resolution:S/RES/2231(2015)']);
  });
});

describe('a body named for the three groups of countries keeps the list in its name', () => {
  const BOARD = 'Organization:Board of Advisers to the President of the General Assembly on Least Developed Countries, Landlocked Developing Countries and Small Island Developing States';
  it('A/RES/79/233 annex para 341: "We recall the Board of Advisers to the President of the General Assembly on Least Developed Countries, Landlocked Developing Countries and Small Island Developing States": the whole name', () => {
    const text =
      'We recall the Board of Advisers to the President of the General Assembly on Least Developed Countries, Landlocked Developing Countries and Small Island Developing States and call for leveraging the mechanism to share experiences and mobilize resources for landlocked developing countries.';
    expect(relations(text)).toContain(`RECALLS ${BOARD}`);
  });

  it('guard: A/RES/79/233 annex para 343 "the Office of the High Representative for the Least Developed Countries, ...": the Office, not the Board', () => {
    const text =
      'We invite the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States to prepare a comprehensive road map for the accelerated implementation of the Programme of Action.';
    const rel = relations(text);
    expect(rel).toContain('INVITES Organization:Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States');
    expect(rel).not.toContain(`INVITES ${BOARD}`);
  });
});

describe('a report\'s subject "between X and the Y" goes on past its "and the"', () => {
  const GA_79_329: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-28' };
  const docs = (text: string, ctx: RecognizeContext) => oneParagraph({ ctx, kind: 'preambular' }).relations(text).filter((r) => r.includes('Document:'));
  it('A/RES/79/329 PP5: "the reports of the Secretary-General on strengthening the partnership between the United Nations and the African Union on issues of peace and security in Africa, ...": the whole subject', () => {
    const text =
      'Taking note of the reports of the Secretary-General on strengthening the partnership between the United Nations and the African Union on issues of peace and security in Africa, including the work of the United Nations Office to the African Union, submitted pursuant to the Security Council presidential statement dated 16 December 2014,';
    expect(docs(text, GA_79_329)).toEqual([
      'NOTES Document:report of the secretary-general on strengthening the partnership between the united nations and the african union on issues of peace and security in africa (A/79)',
    ]);
  });

  it('A/RES/79/284 PP12: "the report of the Secretary-General on cooperation between the United Nations and the Council of Europe": the partner is what the report is about, NOTES it too', () => {
    const text = 'Taking note with appreciation of the report of the Secretary-General on cooperation between the United Nations and the Council of Europe,';
    expect(oneParagraph({ ctx: GA_79_329, kind: 'preambular' }).relations(text)).toContain('NOTES Organization:Council of Europe');
  });

  it('guard: a body inside a subject, neither the whole subject nor the partner ("on the activities of the Council of Europe in the field of statistics"): no edge', () => {
    const text = 'Taking note of the report of the Secretary-General on the activities of the Council of Europe in the field of statistics,';
    expect(oneParagraph({ ctx: GA_79_329, kind: 'preambular' }).relations(text)).not.toContain('NOTES Organization:Council of Europe');
  });

  it('guard: a subject without "between" still ends at "and the" ("the report of the Secretary-General on the safety of journalists and the issue of impunity")', () => {
    const text = 'Taking note of the report of the Secretary-General on the safety of journalists and the issue of impunity,';
    expect(docs(text, GA_79_329)).toEqual(['NOTES Document:report of the secretary-general on the safety of journalists (A/79)']);
  });
});

describe('a report\'s footnote mark after a title quoted in its subject is the report\'s', () => {
  const GA_80_190: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/190', date: '2025-12-15' };
  const targets = (text: string, at: string, mark: string, note: string): string[] => {
    const offset = text.indexOf(at) + at.length;
    const x = extractParagraph(
      { id: 'PP17', kind: 'preambular', text: text.slice(0, offset) + text.slice(offset), footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] },
      GA_80_190,
    );
    return x.relations.map((r) => `${r.type} ${r.target}`).filter((r) => r.includes('Document:'));
  };
  it('A/RES/80/190 PP17: "the reports of the Secretary-General on progress made towards achieving the commitments set out in the outcome document of the twenty-seventh special session of the General Assembly on children, entitled “A world fit for children”,33" with "33 A/79/274-E/2025/3.": the report is that symbol', () => {
    const text =
      'Taking note further of the reports of the Secretary-General on progress made towards achieving the commitments set out in the outcome document of the twenty-seventh special session of the General Assembly on children, entitled “A world fit for children”, and on the status of the Convention on the Rights of the Child,';
    expect(targets(text, '“A world fit for children”,', '33', 'A/79/274-E/2025/3.')).toEqual(['NOTES Document:A/79/274-E/2025/3']);
  });

  it('guard: a mark after another document named in the gap stays that one\'s ("..., entitled “X”, and the report of the Special Rapporteur,5")', () => {
    const text =
      'Taking note of the report of the Secretary-General on the rights of the child, entitled “A world fit for children”, and the report of the Special Rapporteur on the sale and sexual exploitation of children,';
    const t = targets(text, 'exploitation of children,', '5', 'A/80/166.');
    expect(t).toEqual(['NOTES Document:a world fit for children', 'NOTES Document:A/80/166']);
  });
});

describe('the volumes of an IPCC assessment, listed unquoted with commas in their titles', () => {
  const GA_78_168: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' };
  it('A/RES/78/168 PP7: "entitled Climate Change 2021: The Physical Science Basis, Climate Change 2022: Impacts, Adaptation and Vulnerability and Climate Change 2022: Mitigation of Climate Change, and the special reports ...": three volumes, whole', () => {
    const text =
      'Highlighting the synergies between the implementation of the 2030 Agenda and the Paris Agreement, and noting with concern the scientific findings contained in the contributions of Working Groups I, II and III to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2021: The Physical Science Basis, Climate Change 2022: Impacts, Adaptation and Vulnerability and Climate Change 2022: Mitigation of Climate Change, and the special reports of the Intergovernmental Panel on Climate Change entitled Global Warming of 1.5°C, The Ocean and Cryosphere in a Changing Climate and Climate Change and Land,';
    const rel = oneParagraph({ ctx: GA_78_168, kind: 'preambular' }).relations(text);
    expect(rel).toContain('NOTES Document:climate change 2021: the physical science basis');
    expect(rel).toContain('NOTES Document:climate change 2022: impacts, adaptation and vulnerability');
    expect(rel).toContain('NOTES Document:climate change 2022: mitigation of climate change');
    expect(rel).toContain('NOTES Document:climate change and land');
  });

  it('guard: A/RES/78/159 "the Synthesis Report ..., entitled Climate Change 2023: Synthesis Report, as well as the findings of ...": ends at the comma; a strategy "on Climate Change 2022-2031" is no volume', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/159', date: '2023-12-19' };
    const text =
      'Noting with concern the findings of the Synthesis Report of the Intergovernmental Panel on Climate Change, entitled Climate Change 2023: Synthesis Report, as well as the findings of the second World Ocean Assessment, and the Strategy on Climate Change 2022-2031,';
    const docs = oneParagraph({ ctx, kind: 'preambular' }).relations(text).filter((r) => r.includes('Document:'));
    expect(docs).toEqual(['NOTES Document:climate change 2023: synthesis report']);
  });
});

describe('the Agreed Minutes of 1963: a bilateral treaty, a Framework as the other treaties', () => {
  const SC_687: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' };
  const AGREED = 'Framework:Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding the restoration of friendly relations, recognition and related matters';
  it('S/RES/687 (1991) OP2: "Demands that Iraq and Kuwait respect ... the allocation of islands set out in the "Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding ...""', () => {
    const text =
      'Demands that Iraq and Kuwait respect the inviolability of the international boundary and the allocation of islands set out in the "Agreed Minutes between the State of Kuwait and the Republic of Iraq regarding the restoration of friendly relations, recognition and related matters", signed by them in the exercise of their sovereignty at Baghdad on 4 October 1963 and registered with the United Nations;';
    expect(oneParagraph({ ctx: SC_687, kind: 'operative' }).relations(text)).toContain(`DEMANDS ${AGREED}`);
  });

  it('guard: minutes of a meeting are no treaty ("the agreed minutes of the meeting of the Joint Commission")', () => {
    const text = 'Notes the agreed minutes of the meeting of the Joint Commission held in 2022;';
    expect(oneParagraph({ ctx: SC_687, kind: 'operative' }).relations(text).filter((r) => r.includes('Agreed Minutes'))).toEqual([]);
  });
});

describe('the office of a post printed without whose post: one node per owner or text, not one for all', () => {
  const GA_78_219: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };
  const GA_78_253: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/253', date: '2023-12-22' };
  const offices = (text: string, ctx: RecognizeContext, kind: 'preambular' | 'operative') =>
    oneParagraph({ ctx, kind }).relations(text).filter((r) => r.includes('Office of the Special'));
  it('A/RES/78/219 PP22: "the work of the Chair of ASEAN, through its Office of the Special Envoy": the office of ASEAN\'s envoy', () => {
    const text =
      'Acknowledging the work of the Chair of ASEAN, through its Office of the Special Envoy, in establishing inclusive engagements with all relevant stakeholders in Myanmar towards establishing a national inclusive dialogue,';
    expect(offices(text, GA_78_219, 'preambular')).toEqual(['ACKNOWLEDGES Organization:Office of the Special Envoy (Association of Southeast Asian Nations)']);
  });

  it('A/RES/78/253 XII.OP10: "coordination of the Office of the Special Adviser with other United Nations offices": this text\'s', () => {
    const text =
      'Requests the Secretary-General to make every effort to further strengthen cooperation and coordination of the Office of the Special Adviser with other United Nations offices;';
    expect(offices(text, GA_78_253, 'operative')).toEqual(['REQUESTS Organization:Office of the Special Adviser (A/RES/78/253)']);
  });

  it('guard: an office named with its post in full stays the one node (A/RES/78/263 "the Office of the Special Adviser on Africa")', () => {
    const text = 'Requests the Office of the Special Adviser on Africa to continue its work;';
    expect(offices(text, GA_78_253, 'operative')).toEqual(['REQUESTS Organization:Office of the Special Adviser on Africa']);
  });
});

describe('the head of an office is a post of its own', () => {
  const GA_79_226: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/226', date: '2024-12-19' };
  const OFFICE = 'Organization:United Nations Sustainable Development Group System-wide Evaluation Office';
  it('A/RES/79/226 OP95: "requests that the Executive Director of the System-wide Evaluation Office, beginning in 2025, present the annual report": the Executive Director is asked, not the Office', () => {
    const text =
      'Welcomes the establishment of the United Nations Sustainable Development Group System-wide Evaluation Office, re-emphasizes the need to ensure its independence, credibility and effectiveness, and requests that the Executive Director of the System-wide Evaluation Office, beginning in 2025, present the annual report to the Economic and Social Council at its operational activities for development segment;';
    const rel = oneParagraph({ ctx: GA_79_226, kind: 'operative' }).relations(text);
    expect(rel).toContain(`WELCOMES ${OFFICE}`);
    expect(rel).toContain('REQUESTS Organization:Executive Director of the United Nations Sustainable Development Group System-wide Evaluation Office');
    expect(rel).not.toContain(`REQUESTS ${OFFICE}`);
  });

  it('guard: the Office asked by its short name stays the Office ("requests the System-wide Evaluation Office to ...")', () => {
    const text = 'Requests the System-wide Evaluation Office to present its first annual report in 2025;';
    expect(oneParagraph({ ctx: GA_79_226, kind: 'operative' }).relations(text)).toContain(`REQUESTS ${OFFICE}`);
  });
});
