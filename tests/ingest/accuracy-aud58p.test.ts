// Session-58 audit aud58p: residual faults reported by the session's helpers. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/121', '2023-12-07'), kind: 'operative' });

describe('item 1: a body the gazetteer does not know, printed in the possessive before a programme it owns', () => {
  const PEGASE = 'Initiative:Palestinian-European Mechanism for the Management of Socioeconomic Aid';

  it('A/RES/78/121 OP12 (79/141 OP12): "the European Commission’s Palestinian-European Mechanism ...": the owner, the programme, LEADS', () => {
    const text =
      'Stresses the role that all funding instruments, including the European Commission’s Palestinian-European Mechanism for the Management of Socioeconomic Aid and the World Bank trust fund, have been playing in directly assisting the Palestinian people;';
    const rel = relations(text);
    expect(rel).toContain('EMPHASIZES Organization:European Commission');
    expect(rel).toContain(`EMPHASIZES ${PEGASE}`);
    expect(rel).toContain('EMPHASIZES Organization:World Bank');
    expect(rel.filter((r) => r.includes("Commission's"))).toEqual([]);
    expect(attributions(text)).toContain(`LEADS Organization:European Commission -> ${PEGASE}`);
  });

  it('A/RES/78/54 PP10 (79/31, 80/36): "the Economic Community’s Small Arms Control Programme": the programme without its owner\'s possessive', () => {
    const rel = relations(
      'Recalling further the decision taken by the Economic Community to establish the Small Arms Unit, responsible for advocating appropriate policies and developing and implementing programmes, as well as the establishment of the Economic Community’s Small Arms Control Programme, launched on 6 June 2006 in Bamako, in replacement of the Programme for Coordination and Assistance for Security and Development,',
      'preambular',
      ctxOf('A/RES/78/54', '2023-12-04'),
    );
    expect(rel).toContain('RECALLS Initiative:Small Arms Control Programme');
    expect(rel.filter((r) => r.includes("Community's"))).toEqual([]);
  });

  it('guard: a known owner in the possessive keeps its reading ("the African Union’s Agenda 2063")', () => {
    const rel = relations('Welcomes the African Union’s Agenda 2063;');
    expect(rel).toContain('WELCOMES Organization:African Union');
    expect(rel).toContain('WELCOMES Framework:Agenda 2063: The Africa We Want');
  });

  it('guard: a possessive inside a name is no owner ("the United Nations Children’s Fund Joint Monitoring Programme")', () => {
    const rel = relations('Welcomes the work of the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme for Water Supply, Sanitation and Hygiene;');
    expect(rel.filter((r) => r === 'WELCOMES Organization:United Nations Children' || r.startsWith('WELCOMES Organization:United Nations Children’'))).toEqual([]);
  });
});

describe('item 2: "the occupied Palestinian territory" printed in lower case is the Place', () => {
  const { keys } = oneParagraph({ ctx: ctxOf('A/RES/78/121', '2023-12-07'), kind: 'preambular' });

  it('A/RES/78/121 PP4 (79/141 PP4): "throughout the occupied Palestinian territory, particularly in the Gaza Strip"', () => {
    expect(
      keys(
        'Gravely concerned at the difficult living conditions and humanitarian situation affecting the Palestinian people, in particular women and children, throughout the occupied Palestinian territory, particularly in the Gaza Strip where economic recovery and vast infrastructure repair, rehabilitation and development are urgently needed, especially in the aftermath of the conflict of July and August 2014,',
        'Place:',
      ),
    ).toEqual(['Place:Occupied Palestinian Territory', 'Place:Gaza Strip']);
  });

  it('guard: the capitalised name and "the occupied territory" as before', () => {
    expect(keys('Stressing the need to preserve the territorial integrity of all the Occupied Palestinian Territory, including East Jerusalem,', 'Place:')).toContain('Place:Occupied Palestinian Territory');
    expect(keys('Conscious of the urgent need for improvement in the economic and social infrastructure of the occupied territory,', 'Place:')).toEqual([]);
  });
});

describe('item 3: the body a report is about "on the status of" / "on the operations of", named again in another clause', () => {
  const { relations: rel80 } = oneParagraph({ ctx: ctxOf('A/RES/80/191', '2025-12-15'), kind: 'operative' });
  const FUND = 'Organization:United Nations Voluntary Fund for Indigenous Peoples';

  it('A/RES/80/191 OP12 (78/189, 79/159): "Recalls the report of the Secretary-General on the status of the United Nations Voluntary Fund ..., encourages ... the United Nations Voluntary Fund ..."', () => {
    const rel = rel80(
      'Recalls the report of the Secretary-General on the status of the United Nations Voluntary Fund for Indigenous Peoples, encourages Governments and intergovernmental and non‑governmental organizations to continue to contribute to the trust fund on Indigenous issues and the United Nations Voluntary Fund for Indigenous Peoples and invites Indigenous organizations and private institutions and individuals to do likewise, and notes the importance of accessibility, accountability, transparency and balanced geographical distribution in the management of those funds;',
    );
    expect(rel).toContain(`RECALLS ${FUND}`);
    expect(rel).toContain(`ENCOURAGES ${FUND}`);
  });

  it('the same report alone in its paragraph', () => {
    expect(rel80('Recalls the report of the Secretary-General on the status of the United Nations Voluntary Fund for Indigenous Peoples;')).toContain(`RECALLS ${FUND}`);
  });

  it('guard: a body only named inside the subject\'s lowercase words is no subject ("on the status of women in the United Nations system")', () => {
    const rel = rel80('Takes note of the report of the Secretary-General on the improvement in the status of women in the United Nations system, and encourages the United Nations Entity for Gender Equality and the Empowerment of Women to continue its work;');
    expect(rel.filter((r) => r.startsWith('NOTES Organization:United Nations Entity'))).toEqual([]);
  });
});
