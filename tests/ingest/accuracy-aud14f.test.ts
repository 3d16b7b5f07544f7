// Misses found by the session-14 audit aud14f: A/RES/78/77 (the occupied Syrian Golan), 79/113 (dissemination of
// information on decolonization), 79/119 (Model Law on Automated Contracting), 78/242 (financial reports and audited
// financial statements). Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/77', date: '2023-12-07' };
const extract = (text: string, id = 'PP11') =>
  extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, GA);
const heldIn = (text: string, id?: string): string[] =>
  extract(text, id)
    .attributions.filter((a) => a.type === 'HELD_IN')
    .map((a) => `${a.source} -> ${a.target}`);
const docKeys = (text: string): string[] => findDocumentRefs(text, GA).map((m) => m.key);

describe('"the convening at <place> of <event>": the venue printed before the sitting', () => {
  it('A/RES/78/77 PP11: "Welcoming the convening at Madrid of the Peace Conference on the Middle East"', () => {
    const text =
      'Welcoming the convening at Madrid of the Peace Conference on the Middle East on the basis of Security Council resolutions 242 (1967) of 22 November 1967 and 338 (1973) of 22 October 1973 aimed at the realization of a just, comprehensive and lasting peace, and expressing grave concern about the stalling of the peace process on all tracks,';
    expect(heldIn(text)).toEqual(['Event:Peace Conference on the Middle East -> Place:Madrid']);
  });

  it('A/RES/78/161 OP16: "welcomes the convening in Saudi Arabia of the forty-fifth session of the World Heritage Committee"', () => {
    const text =
      'Welcomes the convening in Saudi Arabia of the forty-fifth session of the World Heritage Committee, from 10 to 25 September 2023;';
    expect(heldIn(text, 'OP16')).toEqual(['Event:forty-fifth session of the World Heritage Committee -> Place:Saudi Arabia']);
  });

  it('negative: a place printed before "of" without the sitting noun is no venue', () => {
    const text = 'Welcoming the efforts of Spain of the Peace Conference on the Middle East,';
    expect(heldIn(text)).toEqual([]);
  });

  it('negative: "the convening at Madrid" with no event after "of" gives nothing', () => {
    const text = 'Recalling the convening at Madrid of the parties concerned, and the efforts of the peace process on all tracks,';
    expect(heldIn(text)).toEqual([]);
  });
});

describe('a volume of a report is its own document', () => {
  it('A/RES/78/242 PP3 footnotes 1-3: "A/78/5 (Vol. I)", "(Vol. III)", "(Vol. IV)" are three Board of Auditors reports, not one A/78/5', () => {
    expect(docKeys('Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 5, vol. I (A/78/5 (Vol. I)).')).toEqual([
      'Document:A/78/5 (Vol. I)',
    ]);
    expect(docKeys('Ibid., vol. III (A/78/5 (Vol. III)).')).toEqual(['Document:A/78/5 (Vol. III)']);
    expect(docKeys('Ibid., vol. IV (A/78/5 (Vol. IV)).')).toEqual(['Document:A/78/5 (Vol. IV)']);
  });

  it('A/RES/78/63 footnote 4: "Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II) and NPT/CONF.2010/50 (Vol. III))"', () => {
    const text =
      '2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50 (Vol. II) and NPT/CONF.2010/50 (Vol. III)).';
    expect(docKeys(text)).toEqual(['Document:NPT/CONF.2010/50 (Vol. I)', 'Document:NPT/CONF.2010/50 (Vol. II)', 'Document:NPT/CONF.2010/50 (Vol. III)']);
  });

  // (a part, "(Part I)", is the symbol's since acc15, as a volume is: "A/78/205 (Part I)" and "A/78/205 (Part II)" are two
  // reports, A/RES/78/17 and A/RES/78/63; see accuracy-acc15)
  it('negative: other brackets after a space stay outside ("(chap. III)", "(vol. 2)", A/RES/78/242 footnote 4 "Supplement No. 5A (A/78/5/Add.1)")', () => {
    expect(docKeys('Ibid., Supplement No. 5A (A/78/5/Add.1).')).toEqual(['Document:A/78/5/Add.1']);
    expect(docKeys('See A/CONF.157/24 (chap. III) and A/78/5 (vol. 2).')).toEqual(['Document:A/CONF.157/24', 'Document:A/78/5']);
  });
});
