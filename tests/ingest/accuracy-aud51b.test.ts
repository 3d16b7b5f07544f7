// Gold set aud51b (session 51): three Third Committee texts of corpus-ga, 78/224 (reducing reoffending), 78/209 (the Human
// Rights Training and Documentation Centre for South-West Asia and the Arab Region) and 78/227 (equal access to justice).
// Each case quotes the file and paragraph it comes from; each fix has a guard (a near sentence that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_224: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/224', date: '2023-12-19' };
const ASSEMBLY = 'Organization:General Assembly';
const MANDELA_RULES = 'Framework:United Nations Standard Minimum Rules for the Treatment of Prisoners';

const { relations, keys } = oneParagraph({ ctx: GA78_224, kind: 'preambular' });

describe('"recommended by the General Assembly": the Assembly as agent of its own act, no verb target', () => {
  it('A/RES/78/224 PP7 (79/187 PP5): "the standards and norms ... adopted or recommended by the General Assembly, including the ... Nelson Mandela Rules"', () => {
    const text =
      'Recalling also the standards and norms in crime prevention and criminal justice adopted or recommended by the General Assembly, including the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules), and at the same time acknowledging the need for standards and norms specifically focusing on reducing reoffending,';
    expect(relations(text)).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(relations(text)).toContain(`RECALLS ${MANDELA_RULES}`);
    // (the Assembly is still a mention of the paragraph)
    expect(keys(text, 'Organization:')).toContain(ASSEMBLY);
  });

  it('guard: another body that recommended a text keeps the verb (78/224 PP7 with "recommended by the Economic and Social Council")', () => {
    const text =
      'Recalling also the standards and norms in crime prevention and criminal justice recommended by the Economic and Social Council, including the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules),';
    expect(relations(text)).toContain('RECALLS Organization:Economic and Social Council');
  });

  it('guard: the Assembly a recommendation is addressed to keeps the verb (a near sentence to 78/224 PP7)', () => {
    const text = 'Recommends that the General Assembly consider the standards and norms in crime prevention and criminal justice at its eightieth session;';
    expect(relations(text, 'operative')).toContain(`RECOMMENDS ${ASSEMBLY}`);
  });
});
