// Session-62 audit aud62g: residual faults the session-61 gold sets left (aud61x, aud61r, aud61y). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/331', '2024-09-05'), kind: 'operative' });
const COUNCIL = 'Organization:Security Council';

describe('item 1: the Security Council as the source of a mandate of personnel or forces is a setting, no verb target (lead, session 62)', () => {
  it('A/RES/78/331 PP3: "non-United Nations personnel serving under a mandate of the Security Council"', () => {
    const rel = relations(
      'Strongly condemning, and expressing deep concern about, sexual exploitation and abuse by United Nations personnel throughout the system, as well as by non-United Nations personnel serving under a mandate of the Security Council, and underscoring the commitment of Member States to strengthening measures to address sexual exploitation and abuse,',
      'preambular',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('A/RES/78/331 OP11: "serving under a Security Council mandate"; the Secretary-General keeps REQUESTS', () => {
    const rel = relations(
      'Requests the Secretary-General and all relevant entities to continue to immediately inform the Member States concerned about allegations of sexual exploitation and abuse by United Nations personnel system-wide, as well as by non-United Nations personnel serving under a Security Council mandate, of which United Nations entities may become aware, and requests the Secretary-General to ensure that the Member States concerned receive all available information to allow for appropriate follow-up by their national authorities;',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/78/331 OP13: "non-United Nations forces authorized under a Security Council mandate" (twice)', () => {
    const rel = relations(
      'Calls upon Member States deploying non-United Nations forces authorized under a Security Council mandate to take appropriate steps to investigate allegations of sexual exploitation and abuse and to hold perpetrators accountable, and urges all non-United Nations forces authorized under a Security Council mandate to take adequate measures to prevent, and combat impunity for, sexual exploitation and abuse by their personnel;',
    );
    expect(rel.filter((r) => r.endsWith(COUNCIL))).toEqual([]);
  });

  it('A/RES/79/258 VIII.OP23: "non-United Nations forces authorized by the Security Council"', () => {
    const rel = relations(
      'Calls upon the Secretary-General to continue his efforts to advance the implementation of the zero-tolerance policy on sexual exploitation and abuse throughout the United Nations system, including the agencies, funds and programmes, peacekeeping missions and non-United Nations forces authorized by the Security Council;',
      'operative',
      ctxOf('A/RES/79/258', '2024-12-24'),
    );
    expect(rel).toEqual(['CALLS_UPON Organization:Secretary-General of the United Nations']);
  });

  it('guard: A/RES/78/219 "while recalling the authority of the Security Council in this regard": the Council cited for itself keeps the verb', () => {
    const rel = relations(
      'Stressing the need to ensure that all those responsible for crimes involving violations of international law are held to account through credible and independent national, regional or international justice mechanisms, while recalling the authority of the Security Council in this regard,',
      'preambular',
      ctxOf('A/RES/78/219', '2023-12-19'),
    );
    expect(rel.some((r) => r.endsWith(COUNCIL))).toBe(true);
  });

  it('guard: "Calls upon the Security Council to consider ..." addresses the Council', () => {
    expect(relations('Calls upon the Security Council to consider a mandate for the personnel serving under it;')).toContain(`CALLS_UPON ${COUNCIL}`);
  });
});
