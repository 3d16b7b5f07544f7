// Session-61 audit aud61t: residual faults and the lead's rulings of session 61. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/277', '2024-03-21'), kind: 'preambular' });
const SECRETARY_GENERAL = 'Organization:Secretary-General of the United Nations';

describe('item 1: "the Secretary-General’s <plan>" names a plan he LEADS, keyed without the possessive; he takes the clause verb (ruling, session 61)', () => {
  const PP8 =
    'Recalling also its resolutions on terrorism and violent extremism, as and when conducive to terrorism, including resolutions 72/241 of 20 December 2017 on a world against violence and violent extremism and 77/298 of 30 June 2023 on the eighth review of the United Nations Global Counter-Terrorism Strategy, the Secretary-General’s Plan of Action to Prevent Violent Extremism and the establishment of the Office of Counter-Terrorism under resolution 71/291 of 15 June 2017,';
  const PLAN = 'Framework:Plan of Action to Prevent Violent Extremism';

  it('A/RES/78/277 PP8 "the Secretary-General’s Plan of Action to Prevent Violent Extremism": one key without the possessive, his LEADS and his RECALLS', () => {
    expect(attributions(PP8)).toContain(`LEADS ${SECRETARY_GENERAL} -> ${PLAN}`);
    const rel = relations(PP8);
    expect(rel).toContain(`RECALLS ${PLAN}`);
    expect(rel).toContain(`RECALLS ${SECRETARY_GENERAL}`);
    expect(rel.filter((r) => r.includes('Secretary-General\'s Plan'))).toEqual([]);
  });

  it('guard: the same paragraph\'s "United Nations Global Counter-Terrorism Strategy" takes no LEADS', () => {
    expect(attributions(PP8).filter((a) => a.startsWith('LEADS') && !a.endsWith(PLAN))).toEqual([]);
  });
});

describe('item 3: "the fund" in lower case after the one fund the paragraph named before it', () => {
  const SALIENT = 'Initiative:Saving Lives Entity';
  const ctx46 = ctxOf('A/RES/78/46', '2023-12-04');

  it('A/RES/78/46 OP26: "the Saving Lives Entity fund ..., and encourages States ... to make voluntary financial contributions to the fund"', () => {
    const rel = relations(
      'Welcomes the establishment of the Saving Lives Entity fund to ensure sustained financing for coordinated, integrated small arms control measures in countries most affected by the illicit trade in small arms and light weapons, and encourages States in a position to do so to make voluntary financial contributions to the fund;',
      'operative',
      ctx46,
    );
    expect(rel).toContain(`WELCOMES ${SALIENT}`);
    expect(rel).toContain(`ENCOURAGES ${SALIENT}`);
  });

  it('A/RES/79/52 OP15 "the voluntary trust fund for the implementation and universalization of the Treaty, and encourages ... to contribute to the fund": the Arms Trade Treaty fund named before (since aud61r a gazetteer body)', () => {
    const rel = relations(
      'Welcomes the continued support through the voluntary trust fund for the implementation and universalization of the Treaty, and encourages all States parties in a position to do so to contribute to the fund;',
      'operative',
      ctxOf('A/RES/79/52', '2024-12-02'),
    );
    expect(rel.filter((r) => r.startsWith('ENCOURAGES'))).toEqual(['ENCOURAGES Organization:Arms Trade Treaty Voluntary Trust Fund']);
  });

  it('guard: two funds named before "the fund": neither is read', () => {
    const rel = relations(
      'Welcomes the contributions to the Saving Lives Entity fund and to the United Nations Voluntary Fund for Victims of Torture, and encourages States to contribute to the fund;',
      'operative',
      ctx46,
    );
    expect(rel.filter((r) => r.startsWith('ENCOURAGES'))).toEqual([]);
  });
});

describe('item 4: "the Global Protection Cluster" is an Organization (gazetteer)', () => {
  it('A/RES/78/70 PP22: "... through the mine action area of responsibility within the Global Protection Cluster"', () => {
    const rel = relations(
      'Noting with appreciation the efforts of the Inter-Agency Coordination Group on Mine Action in cooperating and coordinating with non-governmental organizations and other stakeholders and the strengthening of United Nations coordination at the global level through the mine action area of responsibility within the Global Protection Cluster, and encouraging further enhancement of that cooperation,',
      'preambular',
      ctxOf('A/RES/78/70', '2023-12-04'),
    );
    expect(rel).toContain('NOTES Organization:Global Protection Cluster');
    // (guard: the Group before it is still read)
    expect(rel).toContain('NOTES Organization:Inter-Agency Coordination Group on Mine Action');
  });
});
