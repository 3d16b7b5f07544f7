// Session-56 audit aud56h: two Fifth Committee financing texts annotated before looking at the output (gold in
// tests/gold/aud56h-*.gold.tsv: A/RES/78/303 Financing of the United Nations Mission in Liberia, A/RES/79/308 Financing of the
// United Nations Interim Force in Lebanon, all paragraphs). Fixed: a closed mission's "report of the Secretary-General on the
// final performance of <the mission>" names the mission as the budget-performance report does (the clause's verb takes it);
// Qana, the place of the 1996 incident the UNIFIL texts print, is a place the gazetteer knows. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const UNMIL = 'Organization:United Nations Mission in Liberia';
const UNIFIL_308: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/308', date: '2025-06-30', title: 'Financing of the United Nations Interim Force in Lebanon' };

describe('"the report of the Secretary-General on the final performance of <mission>": the mission is named, the verb takes it', () => {
  const PP1 =
    'Having considered the report of the Secretary-General on the final performance of the United Nations Mission in Liberia 1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2';
  const OP3 = 'Takes note of the report of the Secretary-General on the final performance of the United Nations Mission in Liberia;';
  const resolution = (op3: string) =>
    relationsById(
      gaResolution(
        'A/RES/78/303',
        '2024-06-28',
        [notedParagraph('PP1', PP1, [['1', 'A/75/684.', 'Liberia 1'], ['2', 'A/75/823.', 'Questions,2']]), notedParagraph('OP3', op3)],
        'Financing of the United Nations Mission in Liberia',
      ),
    );

  it('A/RES/78/303 OP3: NOTES the report PP1 footnoted (A/75/684), the Secretary-General and the Mission', () => {
    const op3 = resolution(OP3).OP3!;
    expect(op3).toContain('NOTES Document:A/75/684');
    expect(op3).toContain('NOTES Organization:Secretary-General of the United Nations');
    expect(op3).toContain(`NOTES ${UNMIL}`);
  });

  it('A/RES/78/299 OP3: "... on the final performance of the United Nations Operation in Côte d’Ivoire and the updated information ...": NOTES the Operation', () => {
    const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/299', date: '2024-06-28' }, kind: 'operative' });
    const rel = relations(
      'Takes note of the report of the Secretary-General on the final performance of the United Nations Operation in Côte d’Ivoire and the updated information on the net cash available in the special account;',
    );
    expect(rel).toContain("NOTES Organization:United Nations Operation in Côte d'Ivoire");
  });

  it('A/RES/79/311 OP3 (78/308): "... on the final performance of the African Union-United Nations Hybrid Operation in Darfur": NOTES the Operation, not the African Union its name begins with', () => {
    const { relations, keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/311', date: '2025-06-30' }, kind: 'operative' });
    const text = 'Takes note of the report of the Secretary-General on the final performance of the African Union-United Nations Hybrid Operation in Darfur;';
    const rel = relations(text);
    expect(rel).toContain('NOTES Organization:African Union-United Nations Hybrid Operation in Darfur');
    expect(rel).not.toContain('NOTES Organization:African Union');
    // (still mentioned, as before: part of the Operation's printed name)
    expect(keys(text, 'Organization:African Union')).toContain('Organization:African Union');
  });

  it('guard: "the report of the Secretary-General on the budget performance of the Force for the period ...": the Force, as before', () => {
    const { relations } = oneParagraph({ ctx: UNIFIL_308, kind: 'operative' });
    const rel = relations('Takes note of the report of the Secretary-General on the budget performance of the United Nations Interim Force in Lebanon for the period from 1 July 2023 to 30 June 2024;');
    expect(rel).toContain('NOTES Organization:United Nations Interim Force in Lebanon');
  });

  it('guard: "the report on the outcome of the twenty-fifth session of the Commission" still names the session, not its owner', () => {
    const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/303', date: '2024-06-28' }, kind: 'operative' });
    const rel = relations('Takes note of the report of the Secretary-General on the outcome of the twenty-fifth session of the Commission on Science and Technology for Development;');
    expect(rel.filter((r) => r === 'NOTES Organization:Commission on Science and Technology for Development')).toEqual([]);
  });
});

describe('Qana, the place of the 1996 incident the UNIFIL financing texts print, is a place', () => {
  const { keys, relations } = oneParagraph({ ctx: UNIFIL_308, kind: 'operative' });
  const STRESSES = 'Stresses once again that Israel shall pay the amount of 1,117,005 dollars resulting from the incident at Qana on 18 April 1996;';

  it('A/RES/79/308 OP14 (78/305): "... the incident at Qana on 18 April 1996": Qana and Israel named, neither addressed (no verb edge)', () => {
    expect(keys(STRESSES, 'Place:')).toEqual(['Place:Israel', 'Place:Qana']);
    expect(relations(STRESSES).filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('guard: Lebanon in the Force\'s name stays inside it', () => {
    expect(keys('Invites voluntary contributions to the United Nations Interim Force in Lebanon;', 'Place:')).toEqual([]);
  });
});
