// Session-56 helper aud56r: the lead's rulings of session 56, in code and in every gold of tests/gold. Each case quotes the file
// and paragraph it comes from; each change has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/147', '2025-12-19'), kind: 'operative' });

const UN = 'Organization:United Nations';
const onUN = (rel: string[]): string[] => rel.filter((r) => r.endsWith(` ${UN}`));

describe('ruling 1: "within the United Nations" is a setting, as "at", "throughout", "discussions in" the United Nations are: no target', () => {
  it('A/RES/80/147 OP17 (corpus-ga/A_RES_80_147.txt): "Welcomes the establishment, within the United Nations, of the multidisciplinary Independent International Scientific Panel ..."', () => {
    const rel = relations(
      'Welcomes the establishment, within the United Nations, of the multidisciplinary Independent International Scientific Panel on Artificial Intelligence and of the Global Dialogue on Artificial Intelligence Governance, in accordance with resolution 79/325, in which their terms of reference and modalities were set out, and looks forward to progress towards the fulfilment of their mandates;',
    );
    expect(onUN(rel)).toEqual([]);
    // (the bodies set up keep the verb)
    expect(rel).toContain('WELCOMES Organization:Independent International Scientific Panel on Artificial Intelligence');
    expect(rel).toContain('WELCOMES Resolution:A/RES/79/325');
  });

  it('A/RES/79/325 OP4 (corpus/A_RES_79_325.txt): "Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, ..."', () => {
    const rel = relations(
      'Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, involving Governments and all relevant stakeholders, as a platform to discuss international cooperation, share best practices and lessons learned, and to facilitate open, transparent and inclusive discussions on artificial intelligence governance with a view to enabling artificial intelligence to contribute to the implementation of the Sustainable Development Goals and to closing the digital divides between and within countries, including with regard to:',
      'operative',
      ctxOf('A/RES/79/325', '2025-08-26'),
    );
    expect(onUN(rel)).toEqual([]);
    expect(rel.some((r) => r.startsWith('DECIDES ') && r.includes('Global Dialogue on Artificial Intelligence Governance'))).toBe(true);
  });

  it('A/RES/79/239 OP5 (corpus/A_RES_79_239.txt; 80/58 OP7): "Encourages States to convene exchanges ..., including within the United Nations, in cooperation with States, ..."', () => {
    const rel = relations(
      'Encourages States to convene exchanges on responsible application of artificial intelligence in the military domain, including within the United Nations, in cooperation with States, academia, civil society, international and regional organizations and the private sector, while promoting the complementarity between these exchanges and the relevant efforts and processes;',
      'operative',
      ctxOf('A/RES/79/239', '2024-12-24'),
    );
    expect(onUN(rel)).toEqual([]);
  });

  it('A/RES/78/22 PP10 (corpus-ga/A_RES_78_22.txt; 79/23, 80/22): "Noting also the discussions within the United Nations and the specialized agencies on developments ..."', () => {
    const rel = relations(
      'Noting also the discussions within the United Nations and the specialized agencies on developments in the field of information and communications technologies, including in the context of international security,',
      'preambular',
      ctxOf('A/RES/78/22', '2023-12-04'),
    );
    expect(onUN(rel)).toEqual([]);
  });

  it('guard: A/RES/78/330 OP21 (corpus-ga/A_RES_78_330.txt): "... to increase their cooperation with the United Nations regarding multilingualism": the partner stays a target', () => {
    const rel = relations(
      'Welcomes the efforts made by international organizations based on a shared language to increase their cooperation with the United Nations regarding multilingualism;',
      'operative',
      ctxOf('A/RES/78/330', '2024-08-02'),
    );
    expect(rel).toContain(`WELCOMES ${UN}`);
  });

  it('guard: A/RES/78/330 OP82: "... promoting multilingualism within the United Nations, supporting the language needs of the Organization ...": the Organization named again as the one whose needs are served stays a target', () => {
    const rel = relations(
      'Recognizes the key contribution of the Language and Communications Training Unit to promoting multilingualism within the United Nations, supporting the language needs of the Organization at Headquarters and in the field, in collaboration with other Secretariat entities, requests the Secretary-General to ensure full implementation of the existing mandate on linguistic training to continue the delivery of an offer adapted to the need of the United Nations, and also requests the Secretary-General to provide further information in this regard at the eightieth session of the General Assembly;',
      'operative',
      ctxOf('A/RES/78/330', '2024-08-02'),
    );
    expect(rel).toContain(`RECOGNIZES ${UN}`);
  });
});

describe('ruling 2: "(relevant) resolutions adopted by the (General) Assembly": the Assembly is the author of its own resolutions, no target (as accuracy-aud52e)', () => {
  it('A/RES/78/86 PP31 (corpus-ga/A_RES_78_86.txt; 78/88 PP24, 78/91 PP22): "Recalling relevant resolutions adopted by the General Assembly in connection with the coronavirus disease (COVID-19) pandemic,"', () => {
    const rel = relations(
      'Recalling relevant resolutions adopted by the General Assembly in connection with the coronavirus disease (COVID-19) pandemic,',
      'preambular',
      ctxOf('A/RES/78/86', '2023-12-05'),
    );
    expect(rel.filter((r) => r.includes('General Assembly'))).toEqual([]);
  });

  it('guard: A/RES/80/207 OP11 (corpus-ga/A_RES_80_207.txt): "... the resolutions adopted by the General Assembly and the Commission on Human Rights ...": the other author stays a target', () => {
    const rel = relations(
      'Encourages the Human Rights Council to continue to consider how to ensure follow-up to the work of the former Subcommission on the Promotion and Protection of Human Rights on the right to development, in accordance with the relevant provisions of the resolutions adopted by the General Assembly and the Commission on Human Rights and in compliance with decisions to be taken by the Council;',
      'operative',
      ctxOf('A/RES/80/207', '2025-12-22'),
    );
    expect(rel).toContain('ENCOURAGES Organization:Commission on Human Rights');
    expect(rel).not.toContain('ENCOURAGES Organization:General Assembly');
  });
});

describe('ruling 3: the standing multi-stakeholder forum on science, technology and innovation for the SDGs named alone is the Organization; its numbered meetings are Events', () => {
  const MSF = 'multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals';
  const op6 = oneParagraph({ ctx: ctxOf('A/RES/79/325', '2025-08-26'), kind: 'operative' });
  const OP6 =
    'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly, and further decides that the Global Dialogue on Artificial Intelligence Governance will initially be held back-to-back in the margins of the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026, and of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in New York, in 2027;';

  it('A/RES/79/325 OP6 (corpus/A_RES_79_325.txt): "... and of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in New York, in 2027": the body, no 2027 sitting', () => {
    expect(op6.relations(OP6)).toContain(`DECIDES Organization:${MSF}`);
    expect(op6.relations(OP6).filter((r) => r.startsWith('DECIDES Event:multi-stakeholder'))).toEqual([]);
    expect(op6.attributions(OP6).filter((a) => a.includes(MSF))).toEqual([]);
  });

  it('guard: the same paragraph, "the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026": a summit series\' edition stays dated and placed', () => {
    expect(op6.attributions(OP6)).toContain('HELD_IN Event:AI for Good Global Summit @ 2026 -> Place:Geneva');
    expect(op6.attributions(OP6)).toContain('STARTS_ON Event:AI for Good Global Summit @ 2026 -> Date:2026');
  });

  it('guard: A/RES/78/160 OP13 (corpus-ga/A_RES_78_160.txt): "during the eighth multi-stakeholder forum on ...": the numbered meeting stays an Event', () => {
    const rel = relations(
      'Welcomes the support by the Department of Economic and Social Affairs of the Secretariat and the Economic Commission for Africa for the establishment of the Coalition on Science, Technology, and Innovation for Africa’s Development during the eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals to create pathways for African countries to develop, deploy and expand their use of science, technology and innovation in the context of the Sustainable Development Goals;',
      'operative',
      ctxOf('A/RES/78/160', '2023-12-19'),
    );
    expect(rel).toContain(`WELCOMES Event:eighth ${MSF}`);
    expect(rel).not.toContain(`WELCOMES Organization:${MSF}`);
  });

  it('guard: A/RES/80/149 OP19 (corpus-ga/A_RES_80_149.txt): "during the 2025 high-level political forum on sustainable development": the year printed before names the sitting', () => {
    const rel = relations(
      'Welcomes the convening by the President of the Economic and Social Council of a specific segment on accelerating achievement of the Sustainable Development Goals in middle-income countries during the 2025 high-level political forum on sustainable development, and encourages the upcoming presidencies of the Council to continue this good practice;',
      'operative',
      ctxOf('A/RES/80/149', '2025-12-19'),
    );
    expect(rel.some((r) => r.startsWith('WELCOMES Event:high-level political forum on sustainable development @ 2025'))).toBe(true);
  });
});

describe('ruling 4: a coarser date a paragraph states stays beside the finer one another paragraph gives (the golds list both: 2 of the 3 nodes that carry both in an annotated text)', () => {
  it('A/RES/80/25 PP2 "the adoption on 11 September 1987 of the Final Document ..." and PP5 "the adoption in 1987 of the Final Document ..." (corpus-ga/A_RES_80_25.txt): both ADOPTED_ON kept', () => {
    const FINAL_DOCUMENT = 'Framework:Final Document of the International Conference on the Relationship between Disarmament and Development';
    const g = graphOf(
      gaResolution('A/RES/80/25', '2025-12-01', [
        para(
          'PP2',
          'Recalling also the provisions of the Final Document of the Tenth Special Session of the General Assembly concerning the relationship between disarmament and development, as well as the adoption on 11 September 1987 of the Final Document of the International Conference on the Relationship between Disarmament and Development,',
        ),
        para(
          'PP5',
          'Mindful of the changes in international relations that have taken place since the adoption in 1987 of the Final Document of the International Conference on the Relationship between Disarmament and Development, including the development agenda that has emerged over the past decade,',
        ),
      ]),
    );
    const dates = g.filterOutEdges(FINAL_DOCUMENT, (_e, a) => a.type === 'ADOPTED_ON').map((e) => g.target(e));
    expect(dates).toContain('Date:1987-09-11');
    expect(dates).toContain('Date:1987');
  });
});
