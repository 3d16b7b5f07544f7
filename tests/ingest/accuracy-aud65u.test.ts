// Session-65 audit aud65u: A/RES/78/216 (implementing the Declaration on Human Rights Defenders, Third Committee). Each case quotes
// the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/216', date: '2023-12-19' };
const { relations } = oneParagraph({ ctx: GA78, kind: 'operative' });
const SR_HRD = 'Organization:Special Rapporteur on the situation of human rights defenders';
const HRC = 'Organization:Human Rights Council';

describe('a bare "the work" before "and takes note of the report(s) of X": the first verb takes X too', () => {
  it('A/RES/78/216 OP8: "Welcomes the work and takes note of the reports of the Special Rapporteur ... presented to the Human Rights Council"', () => {
    const rels = relations(
      'Welcomes the work and takes note of the reports of the Special Rapporteur on the situation of human rights defenders presented to the Human Rights Council and the General Assembly, and encourages all States to consider implementing recommendations contained in the reports and to cooperate with and assist the Special Rapporteur;',
    );
    expect(rels).toContain(`WELCOMES ${SR_HRD}`);
    expect(rels).toContain(`NOTES ${SR_HRD}`);
    // (the reports' recipients are not the work's)
    expect(rels).toContain(`NOTES ${HRC}`);
    expect(rels).not.toContain(`WELCOMES ${HRC}`);
    expect(rels).not.toContain('WELCOMES Organization:General Assembly');
  });

  it('A/RES/80/139 PP29: "Recalling the work and taking note of the report of the Intergovernmental Working Group on Drought during ..."', () => {
    const rels = relations(
      'Recalling the work and taking note of the report of the Intergovernmental Working Group on Drought during the triennium 2022–2024, tasked with identifying and evaluating all options to effectively manage drought under the Convention,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/80/139', date: '2025-12-15' },
    );
    expect(rels).toContain('RECALLS Organization:Intergovernmental Working Group on Drought');
    expect(rels).toContain('NOTES Organization:Intergovernmental Working Group on Drought');
  });

  it('guard: "Welcomes the work of the Human Rights Council and takes note of the report of the Special Rapporteur": the first object has its own owner', () => {
    const rels = relations(
      'Welcomes the work of the Human Rights Council and takes note of the report of the Special Rapporteur on the situation of human rights defenders;',
    );
    expect(rels).toContain(`WELCOMES ${HRC}`);
    expect(rels).toContain(`NOTES ${SR_HRD}`);
    expect(rels).not.toContain(`WELCOMES ${SR_HRD}`);
  });

  it('guard: "Welcomes the work and takes note of the recommendations of the Special Rapporteur": no report, not read', () => {
    const rels = relations('Welcomes the work and takes note of the recommendations of the Special Rapporteur on the situation of human rights defenders;');
    expect(rels).toContain(`NOTES ${SR_HRD}`);
    expect(rels).not.toContain(`WELCOMES ${SR_HRD}`);
  });
});
