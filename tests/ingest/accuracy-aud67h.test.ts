// Session-67 audit aud67h: the residual faults of four session-66 gold sets, A/RES/78/228 (trafficking in persons), 80/216
// (water and sanitation), 78/184 (UNHCR) and 80/198 (torture). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/228', '2023-12-22'), kind: 'preambular' });

describe('an office named for its officer: the officer printed inside the office\'s name is no mention of its own', () => {
  const SRSG_CAAC = 'Organization:Special Representative of the Secretary-General for Children and Armed Conflict';
  const OFFICE_CAAC = 'Organization:Office of the Special Representative of the Secretary-General for Children and Armed Conflict';
  const SRSG_SVC = 'Organization:Special Representative of the Secretary-General on Sexual Violence in Conflict';
  const OFFICE_SVC = 'Organization:Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict';

  it('A/RES/78/228 PP19 (80/228 PP19): "the Office of the Special Representative of the Secretary-General for Children and Armed Conflict, the Office of the Special Representative ... on Sexual Violence in Conflict"', () => {
    const text =
      'Recognizing also the important role of the Inter-Agency Coordination Group against Trafficking in Persons, including the Office of the Special Representative of the Secretary-General for Children and Armed Conflict, the Office of the Special Representative of the Secretary-General on Sexual Violence in Conflict and the Office of the Special Representative of the Secretary-General on Violence against Children,';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(OFFICE_CAAC);
    expect(orgs).toContain(OFFICE_SVC);
    expect(orgs).not.toContain(SRSG_CAAC);
    expect(orgs).not.toContain(SRSG_SVC);
    expect(orgs).not.toContain('Organization:Special Representative of the Secretary-General on Violence against Children');
    expect(relations(text)).toContain(`RECOGNIZES ${OFFICE_CAAC}`);
  });

  it('guard: A/RES/78/263 OP35 the Special Representative printed alone stays the officer, a verb target', () => {
    const text = 'Encourages the Special Representative of the Secretary-General on Sexual Violence in Conflict to continue to assist Member States;';
    expect(keys(text, 'Organization:', 'operative')).toContain(SRSG_SVC);
    expect(relations(text, 'operative')).toContain(`ENCOURAGES ${SRSG_SVC}`);
  });

  it('guard: an owner printed after " of the " in a body\'s name that is no office of an officer still comes back ("the Office of the President of the General Assembly" keeps its reading)', () => {
    const text = 'Welcoming the support of the Office of the President of the General Assembly and the Office of the United Nations High Commissioner for Refugees,';
    const rel = relations(text);
    expect(rel).toContain('WELCOMES Organization:Office of the President of the General Assembly');
    expect(rel).toContain('WELCOMES Organization:Office of the United Nations High Commissioner for Refugees');
  });
});

describe('trafficking in persons (A/RES/78/228, 80/228): names the capitals reader could not read', () => {
  const EU_ATC = 'Organization:European Union Anti-Trafficking Coordinator';
  const OP12 =
    'Welcomes the fourth and fifth meetings of the Inter-Agency Coordination Group at the level of principals, held in virtual format on 2 December 2022 and on 8 November 2023, which reinforced the vital role of inter-agency partnership in tackling trafficking in persons, and requests the United Nations Office on Drugs and Crime, as coordinator of the Coordination Group, to continue to convene such meetings of the Coordination Group at the level of principals on a regular basis, and in this context takes note of the engagement of the European Union Anti-Trafficking Coordinator with the Coordination Group, and encourages the Coordination Group to engage with relevant regional and international organizations from other regions;';

  it('A/RES/78/228 OP12: "takes note of the engagement of the European Union Anti-Trafficking Coordinator with the Coordination Group": the post and the Union it serves', () => {
    const rel = relations(OP12, 'operative');
    expect(rel).toContain(`NOTES ${EU_ATC}`);
    expect(rel).toContain('NOTES Organization:European Union');
    expect(rel).toContain('REQUESTS Organization:United Nations Office on Drugs and Crime');
    expect(oneParagraph({ ctx: ctxOf('A/RES/78/228', '2023-12-22'), kind: 'operative' }).attributions(OP12).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: A/RES/80/211 OP16 "the Emergency Relief Coordinator" names no organization it serves', () => {
    const text = 'Requests the Emergency Relief Coordinator to continue to report on the coordination of humanitarian assistance;';
    const rel = relations(text, 'operative');
    expect(rel).toContain('REQUESTS Organization:Emergency Relief Coordinator');
    expect(rel).toHaveLength(1);
  });

  it('A/RES/78/228 PP30 footnote 23: "Such as, inter alia, Alliance 8.7; Finance Against Slavery and Trafficking; ... and the Bali Process ..."', () => {
    const text = 'Noting the initiatives of Member States against trafficking in persons promoted in the United Nations,23';
    const fn =
      'Such as, inter alia, Alliance 8.7; Finance Against Slavery and Trafficking; the call to action to end forced labour, modern slavery and human trafficking; the principles to guide government action to combat human trafficking in global supply chains; and the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime.';
    const x = extractParagraph(
      { id: 'PP30', kind: 'preambular', text, footnoteRefs: [{ mark: '23', offset: text.length - 2, footnote: { mark: '23', text: fn } }], subparagraphs: [] },
      ctxOf('A/RES/78/228', '2023-12-22'),
    );
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain('NOTES Initiative:Finance against Slavery and Trafficking');
    expect(rel).toContain('NOTES Initiative:Alliance 8.7');
    // (the lower-case call to action and principles stay no names)
    expect(rel).toHaveLength(3);
  });
});

describe('an "Update" edition of a flagship report, its subject printed after the year', () => {
  const SPU = 'document:summary progress update 2021 on sustainable development goal 6';
  it('A/RES/80/216 PP12 (78/206): "as shown in the Summary Progress Update 2021 on Sustainable Development Goal 6, the world is off track"', () => {
    const text =
      'Stressing the importance of monitoring and reporting on the implementation of the internationally agreed Sustainable Development Goals and targets, including the Goal on ensuring the availability and sustainable management of water and sanitation for all, in particular since, as shown in the Summary Progress Update 2021 on Sustainable Development Goal 6, the world is off track to ensure by 2030 sustainable management of water and sanitation for all, which also serves as a crucial enabler for achieving other Sustainable Development Goals,';
    const docs = keys(text, 'Document:');
    expect(docs.map((k) => k.toLowerCase())).toEqual([SPU]);
    expect(relations(text).some((r) => r.toLowerCase() === `emphasizes ${SPU}`)).toBe(true);
  });

  it('guard: A/RES/79/145 OP124 "its Global Report on Trafficking in Persons 2022" keeps its subject before the year', () => {
    const text = 'Takes note of its Global Report on Trafficking in Persons 2022, and encourages Member States to continue to share data;';
    const docs = keys(text, 'Document:', 'operative').map((k) => k.toLowerCase());
    expect(docs).toEqual(['document:global report on trafficking in persons 2022']);
  });
});
