// Session-66 audit aud66k: residuals of the gold for A/RES/78/198 (the right to food, Third Committee). Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/198', '2023-12-19'), kind: 'preambular' });

const ICN2 = 'Event:Second International Conference on Nutrition';
const RDN = 'Framework:Rome Declaration on Nutrition';
const FFA = 'Framework:Framework for Action';

describe('a sitting printed with its hosts, then "and of its outcome documents, the X and the Y": the sitting ADOPTED both', () => {
  it('A/RES/78/198 PP41 (79/171, 80/210): "the Second International Conference on Nutrition, hosted by the World Health Organization and the Food and Agriculture Organization ... in Rome from 19 to 21 November 2014, and of its outcome documents, the Rome Declaration on Nutrition and the Framework for Action"', () => {
    const text =
      'Stressing the importance of the Second International Conference on Nutrition, hosted by the World Health Organization and the Food and Agriculture Organization of the United Nations in Rome from 19 to 21 November 2014, and of its outcome documents, the Rome Declaration on Nutrition and the Framework for Action,';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED ${ICN2} -> ${RDN}`);
    expect(atts).toContain(`ADOPTED ${ICN2} -> ${FFA}`);
    // (the hosts keep their HOSTS and their verb; no host adopts)
    expect(atts).toContain(`HOSTS Organization:World Health Organization -> ${ICN2}`);
    expect(atts.filter((a) => a.startsWith('ADOPTED Organization:'))).toEqual([]);
    expect(relations(text)).toEqual(expect.arrayContaining([`EMPHASIZES ${ICN2}`, `EMPHASIZES ${RDN}`, `EMPHASIZES ${FFA}`]));
  });

  it('guard: a body between the sitting and "its outcome document" that is not its host ("the initiative of the Office of the High Commissioner and its outcome document, the Rabat Plan of Action"): no sitting adopts', () => {
    const text =
      'Recalling the Second International Conference on Nutrition, held in Rome from 19 to 21 November 2014, and the initiative of the Office of the United Nations High Commissioner for Human Rights and its outcome document, the Rabat Plan of Action,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED ') && a.includes('Rabat'))).toEqual([]);
  });

  it('guard: a singular "its outcome document, the X" names one outcome: the text joined after it by "and the" is not adopted', () => {
    const text =
      'Recalling the Second International Conference on Nutrition, held in Rome from 19 to 21 November 2014, and its outcome document, the Rome Declaration on Nutrition and the Framework for Action,';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED ${ICN2} -> ${RDN}`);
    expect(atts).not.toContain(`ADOPTED ${ICN2} -> ${FFA}`);
  });
});
