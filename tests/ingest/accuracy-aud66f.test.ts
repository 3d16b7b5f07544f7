// Session-66 audit aud66f: residuals of the gold for A/RES/79/172 (human rights in the administration of justice, Third
// Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/172', '2024-12-17'), kind: 'preambular' });

const HRCTTEE = 'Organization:Human Rights Committee';
const CRCTTEE = 'Organization:Committee on the Rights of the Child';
const CERD = 'Organization:Committee on the Elimination of Racial Discrimination';
const gc = (n: number, body: string) => `Document:general comment no. ${n} of the ${body.toLowerCase()}`;

describe('a committee printed after a list of its general comments adopted each of them', () => {
  it('A/RES/79/172 PP7: "general comments No. 21 (1992) ..., No. 32 (2007) ... and No. 35 (2014) ..., adopted by the Human Rights Committee, general comments No. 13 (2011) ... and No. 24 (2019) ..., adopted by the Committee on the Rights of the Child, general recommendation No. 31 (2005) ..., adopted by the [CERD]"', () => {
    const text =
      'Taking note of the work of the human rights treaty body mechanisms on human rights in the administration of justice, inter alia, of general comments No. 21 (1992) on humane treatment of persons deprived of their liberty, No. 32 (2007) on the right to equality before courts and tribunals and to a fair trial and No. 35 (2014) on liberty and security of person, adopted by the Human Rights Committee, general comments No. 13 (2011) on the right of the child to freedom from all forms of violence and No. 24 (2019) on children’s rights in the child justice system, adopted by the Committee on the Rights of the Child, general recommendation No. 31 (2005) on the prevention of racial discrimination in the administration and functioning of the criminal justice system, adopted by the Committee on the Elimination of Racial Discrimination,';
    const adopted = attributions(text).filter((a) => a.startsWith('ADOPTED '));
    expect(adopted).toEqual(
      expect.arrayContaining([
        `ADOPTED ${HRCTTEE} -> ${gc(21, 'Human Rights Committee')}`,
        `ADOPTED ${HRCTTEE} -> ${gc(32, 'Human Rights Committee')}`,
        `ADOPTED ${HRCTTEE} -> ${gc(35, 'Human Rights Committee')}`,
        `ADOPTED ${CRCTTEE} -> ${gc(13, 'Committee on the Rights of the Child')}`,
        `ADOPTED ${CRCTTEE} -> ${gc(24, 'Committee on the Rights of the Child')}`,
        `ADOPTED ${CERD} -> Document:general recommendation no. 31 of the committee on the elimination of racial discrimination`,
      ]),
    );
    // (each committee its own comments only)
    expect(adopted).toHaveLength(6);
    // (the verbs unchanged: the comments and the committees are noted)
    expect(relations(text)).toEqual(expect.arrayContaining([`NOTES ${gc(21, 'Human Rights Committee')}`, `NOTES ${HRCTTEE}`, `NOTES ${CERD}`]));
  });

  it('A/RES/79/172 PP7: one comment with its footnote mark before "adopted by" ("No. 33 (2015) on women’s access to justice,20 adopted by the ...")', () => {
    const text =
      'Taking note of general recommendation No. 33 (2015) on women’s access to justice,20 adopted by the Committee on the Elimination of Discrimination against Women,';
    expect(attributions(text)).toContain(
      'ADOPTED Organization:Committee on the Elimination of Discrimination against Women -> Document:general recommendation no. 33 of the committee on the elimination of discrimination against women',
    );
  });

  it('guard: A/RES/78/187 PP15 "general comment No. 25 (2021) of the Committee on the Rights of the Child regarding ...": the committee printed before adopts nothing', () => {
    const text =
      'Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child regarding the implementation of the Convention on the Rights of the Child in relation to the digital environment, adopted by consensus,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: a ";" between the comment and a later "adopted by" of its committee ("general comment No. 24 (2019) of the Committee ...; and the guidelines adopted by the Committee ...") gives the comment nothing', () => {
    const text =
      'Recalling general comment No. 24 (2019) of the Committee on the Rights of the Child; and the guidelines adopted by the Committee on the Rights of the Child,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED ') && a.includes('general comment'))).toEqual([]);
  });
});
