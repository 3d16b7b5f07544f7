// Session-64 audit aud64n: A/RES/78/306 (Financing of the United Nations Mission in South Sudan) and A/RES/79/301 (Financing of the
// United Nations Interim Security Force for Abyei), Fifth Committee texts, and the financing texts of the same drafting. Each case
// quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const IRMCT = 'Financing of the International Residual Mechanism for Criminal Tribunals';
const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/249', '2023-12-22', IRMCT), kind: 'operative' });
const UN = 'Organization:United Nations';

describe('"peacekeeping operations of the United Nations": the operations it runs, as its programmes (session 63); no verb target', () => {
  it('A/RES/78/249 OP18 (79/255 OP23, 80/239 OP5): "the scale of assessments applicable to peacekeeping operations of the United Nations"', () => {
    const text =
      'Further decides to apportion the amount of 27,553,750 dollars gross (25,176,900 dollars net) among Member States in accordance with the scale of assessments applicable to peacekeeping operations of the United Nations for 2024;';
    expect(relations(text)).not.toContain(`DECIDES ${UN}`);
    // the paragraph still mentions the Organization
    expect(keys(text, UN)).toEqual([UN]);
  });

  it('guard: A/RES/79/232 PP "to interfere with or obstruct the presence and operations of the United Nations": its own acts, a target', () => {
    const text =
      'Expressing grave concern about plans and measures, including legislation adopted, by Israel to interfere with or obstruct the presence and operations of the United Nations and United Nations entities and organizations,';
    expect(relations(text, 'preambular', ctxOf('A/RES/79/232', '2024-12-19', 'Request for an advisory opinion of the International Court of Justice'))).toContain(
      `EXPRESSES ${UN}`,
    );
  });

  it('guard: A/RES/79/301 OP21 "personnel participating in the Force under the auspices of the United Nations": the sponsor, a target', () => {
    const text =
      'Encourages the Secretary-General to continue to take additional measures to ensure the safety and security of all personnel participating in the Force under the auspices of the United Nations, bearing in mind paragraphs 5 and 6 of Security Council resolution 1502 (2003) of 26 August 2003;';
    expect(relations(text, 'operative', ctxOf('A/RES/79/301', '2025-06-30', 'Financing of the United Nations Interim Security Force for Abyei'))).toContain(
      `ENCOURAGES ${UN}`,
    );
  });
});

describe('A/RES/79/301: the gold\'s readings of the drafting, kept', () => {
  const ctx = ctxOf('A/RES/79/301', '2025-06-30', 'Financing of the United Nations Interim Security Force for Abyei');
  it('OP1 "Requests the Secretary General" (printed without the hyphen): the Secretary-General', () => {
    const text =
      'Requests the Secretary General to entrust the Head of Mission with the task of formulating future budget proposals in full accordance with the provisions of its resolutions 59/296 of 22 June 2005, 60/266 of 30 June 2006 and 76/274 of 29 June 2022, as well as other relevant resolutions;';
    expect(relations(text, 'operative', ctx)).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('OP16 "subject to a decision of the Security Council to extend the mandate of the Force": the Council as decider to come', () => {
    const text =
      'Further decides to apportion among Member States the amount of 213,568,400 dollars for the period from 16 November 2025 to 30 June 2026, at a monthly rate of 28,475,787 dollars, in accordance with the levels updated in its resolution 79/250, taking into account the scale of assessments for 2025 and 2026, as set out in its resolution 79/249, subject to a decision of the Security Council to extend the mandate of the Force;';
    expect(relations(text, 'operative', ctx)).toContain('DECIDES Organization:Security Council');
  });
});
