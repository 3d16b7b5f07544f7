// Session-58 audit aud58c: faults found annotating A/RES/80/125 (financial inclusion for sustainable development) and A/RES/79/84
// (University for Peace) of corpus-ga. Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const UPEACE = 'Organization:University for Peace';

describe('item 1: "the University" printed alone after "the University for Peace" refers back to it', () => {
  const byId = relationsById(
    gaResolution(
      'A/RES/79/84',
      '2024-12-04',
      [
        notedParagraph(
          'PP2',
          'Recalling also that, in its resolution 35/55 of 5 December 1980, the General Assembly approved the establishment of the University for Peace in conformity with the International Agreement for the Establishment of the University for Peace, contained in the annex to that resolution,',
        ),
        notedParagraph('PP3', 'Recognizing that in 2025 the University will celebrate 45 years of executing the mandate given to it by the General Assembly of educating and training leaders for peace,'),
        notedParagraph('PP9', 'Acknowledging the University’s global presence and global reach as an international institution of higher education,'),
        notedParagraph(
          'OP2',
          'Requests the University, given its role in developing innovative concepts and approaches to peace and security through education, training and research in order to respond effectively to emerging threats to peace and security, to find viable ways to further strengthen cooperation with the United Nations system;',
        ),
        notedParagraph(
          'OP7',
          'Invites the University to further strengthen and broaden the outreach of its programmes and activities for cooperation with and capacity-building for Member States in the areas of conflict prevention, conflict resolution, peacebuilding and sustaining peace;',
        ),
      ],
      'University for Peace',
    ),
  );

  it('A/RES/79/84 PP3, PP9, OP2, OP7: the University for Peace takes each verb', () => {
    expect(byId.PP3).toContain(`RECOGNIZES ${UPEACE}`);
    expect(byId.PP9).toContain(`ACKNOWLEDGES ${UPEACE}`);
    expect(byId.OP2).toContain(`REQUESTS ${UPEACE}`);
    expect(byId.OP7).toContain(`INVITES ${UPEACE}`);
  });

  it('guard: A/RES/79/84 PP2: the constituent Agreement keeps its whole name beside the University the gazetteer now knows', () => {
    expect(byId.PP2).toContain('RECALLS Framework:International Agreement for the Establishment of the University for Peace');
    expect(byId.PP2).toContain(`RECALLS ${UPEACE}`);
  });

  it('guard: A/RES/78/69 OP29-OP30: after "the University of the Faroe Islands", "the University’s Endowment Fund" is the World Maritime University\'s', () => {
    const r = relationsById(
      gaResolution('A/RES/78/69', '2023-12-05', [
        notedParagraph(
          'OP29',
          'Welcomes the work of the Law of the Sea Institute of Iceland, jointly organized by the African Institute of International Law and the University of the Faroe Islands, and their continuing important contributions;',
        ),
        notedParagraph(
          'OP30',
          'Further recognizes the importance of the World Maritime University of the International Maritime Organization, as a centre of excellence for maritime education and research, and urges States, intergovernmental organizations and other bodies to make voluntary financial contributions to the University’s Endowment Fund;',
        ),
      ]),
    );
    expect(r.OP30!.filter((x) => x.includes('Faroe'))).toEqual([]);
  });
});

describe('item 2: "the mandate given to it by the General Assembly": the Assembly as agent of its own act, no target', () => {
  const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/84', date: '2024-12-04' }, kind: 'preambular' });

  it('A/RES/79/84 PP3: "Recognizing that in 2025 the University will celebrate 45 years of executing the mandate given to it by the General Assembly ..."', () => {
    const rel = relations('Recognizing that in 2025 the University will celebrate 45 years of executing the mandate given to it by the General Assembly of educating and training leaders for peace,');
    expect(rel).not.toContain('RECOGNIZES Organization:General Assembly');
  });

  it('guard: A/RES/78/290 PP22 "the mandate conferred upon it by the General Assembly" stays no target; another body\'s mandate given to it stays one', () => {
    expect(relations('Recognizing its role in implementing the mandate conferred upon it by the General Assembly,')).not.toContain('RECOGNIZES Organization:General Assembly');
    expect(relations('Recognizing the mandate given to it by the Human Rights Council,')).toContain('RECOGNIZES Organization:Human Rights Council');
  });
});

describe('item 3: "them" after a list of organizations and initiatives stands for the whole list', () => {
  const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/125', date: '2025-12-15' }, kind: 'operative' });

  it('A/RES/80/125 OP17: "such as the Alliance for Financial Inclusion, the Better Than Cash Alliance, ... and the Group of 20 Global Partnership for Financial Inclusion, urges them to engage"', () => {
    const rel = relations(
      'Further acknowledges the efforts and actions on financial inclusion for sustainable development undertaken by a wide range of stakeholders working in partnership, such as the Alliance for Financial Inclusion, the Better Than Cash Alliance, the Special Advocate of the Secretary-General for Financial Health and the Group of 20 Global Partnership for Financial Inclusion, urges them to engage in an inclusive and transparent manner with Member States in their work, in order to ensure that their initiatives complement or strengthen the United Nations system, including the United Nations Capital Development Fund and the regional commissions, and encourages enhanced coordination and cooperation with the Inter-Agency Task Force on Financing for Development;',
    );
    expect(rel).toContain('URGES Organization:Alliance for Financial Inclusion');
    expect(rel).toContain('URGES Initiative:Better Than Cash Alliance');
    expect(rel).toContain('URGES Organization:Special Advocate of the Secretary-General for Financial Health');
    expect(rel).toContain('URGES Initiative:Global Partnership for Financial Inclusion');
    // (the third clause is no pronoun's)
    expect(rel.filter((r) => r.startsWith('ENCOURAGES'))).toEqual(['ENCOURAGES Organization:Inter-Agency Task Force on Financing for Development']);
  });

  it('guard: a framework in the clause before still leaves "them" unread', () => {
    const rel = relations('Welcomes the Global Partnership for Sustainable Development and the Paris Agreement, and encourages them to continue;');
    expect(rel.filter((r) => r.startsWith('ENCOURAGES'))).toEqual([]);
  });
});

describe('item 4: "its" after a clause naming one organization beside the United Nations it works for stands for that organization', () => {
  const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/84', date: '2024-12-04' }, kind: 'preambular' });

  it('A/RES/79/84 PP13: "Taking note of the commitment of the University for Peace in its support to the work of the United Nations, and recognizing its contribution"', () => {
    const rel = relations(
      'Taking note of the commitment of the University for Peace in its support to the work of the United Nations, and recognizing its contribution through programmes focused on peacebuilding and sustaining peace,',
    );
    expect(rel).toContain(`RECOGNIZES ${UPEACE}`);
    expect(rel).not.toContain('RECOGNIZES Organization:United Nations');
  });

  it('guard: the United Nations alone in the clause before leaves "its" unread', () => {
    const rel = relations('Taking note of the work of the United Nations in this field, and recognizing its contribution to peace,');
    expect(rel.filter((r) => r.startsWith('RECOGNIZES'))).toEqual([]);
  });
});
