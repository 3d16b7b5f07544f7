// Session-68 audit aud68x: A/RES/79/244 (investigation into the death of Dag Hammarskjöld) and A/RES/80/115 (International Year
// of Legal Literacy, 2027). Each case quotes the file and paragraph it comes from; the fix has a guard for the near name that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/244',
  date: '2024-12-24',
  title: 'Investigation into the conditions and circumstances resulting in the tragic death of Dag Hammarskjöld and of the members of the party accompanying him',
};
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const EMINENT = 'Organization:Eminent Person';

describe('"the Eminent Person" the Assembly has the Secretary-General appoint: an office, printed bare', () => {
  it('A/RES/79/244 OP1: "Requests the Secretary-General to reappoint the Eminent Person appointed pursuant to ... resolution 77/252"', () => {
    const rels = relations(
      'Requests the Secretary-General to reappoint the Eminent Person appointed pursuant to General Assembly resolution 77/252 to continue to review the information received;',
    );
    expect(rels).toContain(`REQUESTS ${EMINENT}`);
  });

  it('A/RES/79/244 OP3: "cooperate with and assist the Eminent Person fully ..., and encourages the Eminent Person to remain engaged"', () => {
    const rels = relations(
      'Calls upon those Member States referred to in the report to cooperate with and assist the Eminent Person fully, and encourages the Eminent Person to remain engaged with all high-ranking officials;',
    );
    expect(rels).toContain(`CALLS_UPON ${EMINENT}`);
    expect(rels).toContain(`ENCOURAGES ${EMINENT}`);
  });

  it('guard: "Panel of Eminent Persons" is another body, not the office', () => {
    const rels = relations('Welcomes the work of the Panel of Eminent Persons of the United Nations Conference on Trade and Development;');
    expect(rels).not.toContain(`WELCOMES ${EMINENT}`);
  });
});
