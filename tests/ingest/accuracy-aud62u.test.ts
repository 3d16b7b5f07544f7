// Session-62 audit aud62u: faults the gold of A/RES/78/199 (enhancement of international cooperation in the field of human rights)
// showed. Each case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/199', '2023-12-19'), kind: 'preambular' });

describe('"the adoption of resolution N ..., by <body> at its <session>": the body is the author, ADOPTED it, and is no target', () => {
  const SUBCOMMISSION = 'Organization:Subcommission on the Promotion and Protection of Human Rights';
  const ITS_RESOLUTION = 'Resolution:Subcommission on the Promotion and Protection of Human Rights resolution 2000/22';

  it('A/RES/78/199 PP15 (79/166, 80/204): "Recalling the adoption of resolution 2000/22 of 18 August 2000, on ..., by the Subcommission ..."', () => {
    const text =
      'Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${ITS_RESOLUTION}`);
    expect(rel).toContain('RECALLS Event:fifty-second session of the Subcommission on the Promotion and Protection of Human Rights');
    expect(rel).not.toContain(`RECALLS ${SUBCOMMISSION}`);
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${SUBCOMMISSION} -> ${ITS_RESOLUTION}`);
    expect(att).toContain(`SESSION_OF Event:fifty-second session of the Subcommission on the Promotion and Protection of Human Rights -> ${SUBCOMMISSION}`);
  });

  it('A/RES/79/313 PP37: "welcoming the adoption of resolution 31/1 of 20 May 2022, entitled “...”, by the Commission at its thirty-first session"', () => {
    const text =
      'Reaffirming the role of the Commission on Crime Prevention and Criminal Justice as the principal policymaking body of the United Nations for crime prevention and criminal justice matters, welcoming the adoption of resolution 31/1 of 20 May 2022, entitled “Strengthening the international legal framework for international cooperation to prevent and combat illicit trafficking in wildlife”, by the Commission at its thirty-first session,';
    const ctx = ctxOf('A/RES/79/313', '2025-07-24');
    const rel = relations(text, 'preambular', ctx);
    // (the Commission named in the first clause stays its target; the author of the welcomed text is none)
    expect(rel).toContain('REAFFIRMS Organization:Commission on Crime Prevention and Criminal Justice');
    expect(rel).not.toContain('WELCOMES Organization:Commission on Crime Prevention and Criminal Justice');
    expect(rel).toContain('WELCOMES Resolution:Commission on Crime Prevention and Criminal Justice resolution 31/1');
    expect(attributions(text, 'preambular', ctx)).toContain(
      'ADOPTED Organization:Commission on Crime Prevention and Criminal Justice -> Resolution:Commission on Crime Prevention and Criminal Justice resolution 31/1',
    );
  });

  it('guard: A/RES/78/199 PP16 "the adoption of the Vienna Declaration ... by the World Conference on Human Rights": a framework, the sitting a target', () => {
    const text =
      'Welcoming, in this regard, the fact that 25 June 2023 marked the thirtieth anniversary of the adoption of the Vienna Declaration and Programme of Action by the World Conference on Human Rights, and that 10 December 2023 will mark the seventy-fifth anniversary of the adoption of the Universal Declaration of Human Rights, and stressing the need to further strengthen efforts towards their implementation,';
    const rel = relations(text);
    // (the Conference keyed with its year in one paragraph's graph: "World Conference on Human Rights @ 1993")
    expect(rel.filter((r) => r.startsWith('WELCOMES Event:World Conference on Human Rights'))).toHaveLength(1);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED Event:World Conference on Human Rights') && a.endsWith('-> Framework:Vienna Declaration and Programme of Action'))).toHaveLength(1);
  });

  it('guard: "resolution 3/2023 of 7 July 2023, ..., adopted by the Conference of the FAO at its forty-third session" (A/RES/78/123 PP3) unchanged', () => {
    const text =
      'Welcoming resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session,';
    const ctx = ctxOf('A/RES/78/123', '2023-12-19');
    const CONFERENCE = 'Event:Conference of the Food and Agriculture Organization of the United Nations';
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED ${CONFERENCE} -> Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2023`);
    expect(relations(text, 'preambular', ctx)).not.toContain(`WELCOMES ${CONFERENCE}`);
  });
});
