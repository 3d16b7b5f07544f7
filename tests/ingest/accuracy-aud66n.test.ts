// Session-66 audit aud66n: A/RES/80/192 (Combating glorification of Nazism, neo-Nazism and other practices ..., Third Committee)
// and its sister texts (79/160, 78/190). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/192',
  date: '2025-12-15',
  title: 'Combating glorification of Nazism, neo-Nazism and other practices that contribute to fuelling contemporary forms of racism, racial discrimination, xenophobia and related intolerance',
};
const { keys, relations } = oneParagraph({ ctx, kind: 'preambular' });
const JUDGMENT = 'Document:judgment of the nuremberg tribunal';

describe('the Judgment of the Nuremberg Tribunal: a Document, printed bare right after the Tribunal is named', () => {
  // A/RES/80/192 PP4 (79/160 PP4, 78/190 PP4 print it alike)
  const PP4 =
    'Recalling the Charter of the Nuremberg Tribunal, and the Judgment of the Tribunal which recognized as criminal, inter alia, the SS organization and its integral parts, including the Waffen SS, through its officially accepted members implicated in or with knowledge of the commission of war crimes and crimes against humanity connected with the Second World War, as well as other relevant provisions of the Charter and the Judgment,';

  it('A/RES/80/192 PP4: "the Charter of the Nuremberg Tribunal, and the Judgment of the Tribunal": RECALLS the Judgment too', () => {
    const rels = relations(PP4);
    expect(rels).toContain(`RECALLS ${JUDGMENT}`);
    // (the rest of the clause unchanged: the war and the Waffen SS the Judgment names)
    expect(rels).toContain('RECALLS Organization:Waffen SS');
    expect(rels).toContain('RECALLS Event:Second World War');
    expect(keys(PP4, 'Document:')).toEqual([JUDGMENT]);
  });

  it('the Judgment named in full is the same Document', () => {
    expect(relations('Recalling the Judgment of the Nuremberg Tribunal,')).toContain(`RECALLS ${JUDGMENT}`);
  });

  it('guard: A/RES/78/217 PP "the Judgment of the International Court of Justice of 31 March 2004": not this Document', () => {
    const text =
      'Taking note also of the Judgment of the International Court of Justice of 31 March 2004 in the case concerning Avena and Other Mexican Nationals,';
    expect(keys(text, 'Document:judgment')).toEqual([]);
  });

  it('guard: "the Judgment of the Tribunal" with no Nuremberg Tribunal named just before it: no Document', () => {
    const text = 'Recalling the Statute of the International Residual Mechanism for Criminal Tribunals, and the Judgment of the Tribunal in the case,';
    expect(keys(text, 'Document:judgment')).toEqual([]);
  });
});
