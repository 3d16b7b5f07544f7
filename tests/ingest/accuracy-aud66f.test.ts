// Session-66 audit aud66f: residuals of the gold for A/RES/79/172 (human rights in the administration of justice, Third
// Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not
// change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
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

/** A preambular paragraph of 79/172 with one footnote, its mark at its last place in the text: the ADOPTED attributions. */
function adoptedWithNote(text: string, mark: string, note: string, ctx: RecognizeContext = ctxOf('A/RES/79/172', '2024-12-17')): string[] {
  const footnoteRefs = [{ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }];
  return extractParagraph({ id: 'PP10', kind: 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx)
    .attributions.filter((a) => a.type === 'ADOPTED')
    .map((a) => `${a.source} -> ${a.target}`);
}

describe('"the adoption of <framework>,<mark> adopted at the <sitting>" with a note "Resolution N, annex": the sitting adopted it, not the note', () => {
  const KYOTO = 'Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law';
  it('A/RES/79/172 PP10: "the adoption of the Kyoto Declaration ...: Towards the Achievement of the 2030 Agenda for Sustainable Development, 24 adopted at the Fourteenth United Nations Congress ..." with "24 Resolution 76/181, annex."', () => {
    const text =
      'Recalling also the adoption of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, 24 adopted at the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021,';
    const att = adoptedWithNote(text, '24', 'Resolution 76/181, annex.');
    expect(att).toContain(`Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice -> ${KYOTO}`);
    expect(att).not.toContain(`Resolution:A/RES/76/181 -> ${KYOTO}`);
  });

  it('guard: "the adoption of the Kyoto Declaration ...,24 and looking forward": no sitting named, the note\'s resolution stays the adopter (as accuracy-aud64v)', () => {
    const text =
      'Welcoming the adoption of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, 24 and looking forward to its implementation,';
    expect(adoptedWithNote(text, '24', 'Resolution 76/181, annex.')).toContain(`Resolution:A/RES/76/181 -> ${KYOTO}`);
  });
});
