// Session 56 (aud56s): lead's rulings carried out, residual faults mended.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { footnotedAttributions } from '../helpers/one-paragraph.js';

describe('a records note annexing a text to a session\'s resolutions: the session ADOPTED the text (lead\'s ruling, session 56)', () => {
  const SESSION41 = 'Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/213', date: '2023-12-22' };
  const NOTE41 =
    'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.';

  it('corpus-ga/A_RES_78_213.txt PP4: "the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization, 12"', () => {
    const text = 'Taking note with appreciation of the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12';
    expect(footnotedAttributions('PP4', text, '12', 'Organization,12', NOTE41, ctx)).toContain(`ADOPTED ${SESSION41} -> Framework:Recommendation on the Ethics of Artificial Intelligence`);
  });

  it('guard: the organization after the framework must be the one whose records the note cites ("... of the World Health Organization,12")', () => {
    const text = 'Taking note with appreciation of the Recommendation on the Ethics of Artificial Intelligence of the World Health Organization,12';
    expect(footnotedAttributions('PP4', text, '12', 'Organization,12', NOTE41, ctx).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: records citing a resolution without an annex adopt nothing ("Resolutions, sect. IV, resolution 43")', () => {
    const text = 'Recalling the Recommendation on the Ethics of Artificial Intelligence,11';
    const note = 'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Thirty-eighth Session, Paris, 3–18 November 2015, vol. 1, Resolutions, sect. IV, resolution 43.';
    expect(footnotedAttributions('PP19', text, '11', 'Intelligence,11', note, ctx).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('a records note names the session\'s organ: an entity of the paragraph, no target of its verb (lead\'s ruling, session 56)', () => {
  const ORGAN = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/213', date: '2023-12-22' };
  const paragraph = (text: string, mark: string, at: string, note: string) => {
    const offset = text.indexOf(at) + at.indexOf(mark);
    return extractParagraph({ id: 'PP4', kind: 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: note } }], subparagraphs: [] }, { ...ctx });
  };

  it('corpus-ga/A_RES_78_213.txt PP4 note 12: "..., Records of the General Conference, Forty-first Session, ..., Resolutions, annex VII."', () => {
    const text = 'Taking note with appreciation of the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12';
    const x = paragraph(text, '12', 'Organization,12', 'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.');
    expect(x.mentions.map((m) => m.key)).toContain(ORGAN);
    expect(x.relations.map((r) => r.target)).not.toContain(ORGAN);
  });

  it('guard: the Official Records of the General Assembly name no session organ of their own ("Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 27")', () => {
    const text = 'Taking note of the report of the Special Committee,12';
    const x = paragraph(text, '12', 'Committee,12', 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 27 (A/79/27).');
    expect(x.mentions.filter((m) => m.key.startsWith('Organization:General Assembly of')).map((m) => m.key)).toEqual([]);
  });
});
