// Misses found by the session-18 audit aud18n: A/RES/79/55 (radioactive sources), A/RES/80/18 (negative security
// assurances), A/RES/79/66 (the Lima Regional Centre), A/RES/80/194 (mercenaries), and the same forms in other texts.
// Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/55', date: '2024-12-02' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const JOINT = 'Framework:Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management';

describe('treaties and guidance of the radioactive-sources texts are named in full', () => {
  it('A/RES/79/55 PP16 (78/49 PP8, 80/26 PP8): "the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management"', () => {
    const text =
      'Noting further the importance of the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management 4 with respect to its provisions on the safe management of disused sealed sources,';
    expect(keys(text, 'Framework:')).toEqual([JOINT]);
    expect(relations(text)).toContain(`NOTES ${JOINT}`);
  });

  it('guard: "the Joint Convention" alone, with no full name before it in the resolution, is not taken for it', () => {
    const text = 'Noting with satisfaction that the Joint Convention entered into force on 18 June 2001,';
    expect(keys(text, 'Framework:')).not.toContain(JOINT);
  });

  it('A/RES/79/55 OP8: "the ... Code of Conduct ... and its supplementary Guidance on the Import and Export of Radioactive Sources and Guidance on the Management of Disused Radioactive Sources"', () => {
    const text =
      'Urges all States to maintain effective security of radioactive sources, including of storage facilities, that may pose a significant risk to individuals, society and the environment throughout their life cycle, and encourages all States to make political commitments to the non-legally binding and voluntary Code of Conduct on the Safety and Security of Radioactive Sources and its supplementary Guidance on the Import and Export of Radioactive Sources and Guidance on the Management of Disused Radioactive Sources, and to implement these, as appropriate, in order to maintain effective security of radioactive sources throughout their life cycle;';
    const r = relations(text, 'operative');
    expect(r).toContain('ENCOURAGES Framework:Guidance on the Import and Export of Radioactive Sources');
    expect(r).toContain('ENCOURAGES Framework:Guidance on the Management of Disused Radioactive Sources');
    expect(r).toContain('ENCOURAGES Framework:Code of Conduct on the Safety and Security of Radioactive Sources');
  });
});

describe('a list of the Atomic Energy Agency’s resolutions goes on past a subject with "and" inside', () => {
  it('A/RES/79/55 OP7: "General Conference resolutions GC(68)/RES/8, on nuclear and radiation safety, and GC(68)/RES/9, on nuclear security"', () => {
    const text =
      'Invites Member States, in particular those producing and distributing radioactive sources, to support and endorse the efforts of the International Atomic Energy Agency to enhance the safety and security of radioactive sources, as described in General Conference resolutions GC(68)/RES/8, on nuclear and radiation safety, and GC(68)/RES/9, on nuclear security, and to enhance the security of radioactive sources, as described in the Nuclear Security Plan 2022–2025;';
    const res = keys(text, 'Resolution:', 'operative');
    expect(res.filter((k) => k.endsWith('GC(68)/RES/8')).length).toBe(1);
    expect(res.filter((k) => k.endsWith('GC(68)/RES/9')).length).toBe(1);
    expect(relations(text, 'operative').filter((r) => r.startsWith('INVITES Resolution:')).length).toBe(2);
  });

  it('guard: the list stops where no Agency number follows ("GC(68)/RES/8, on nuclear and radiation safety, and the Code of Conduct")', () => {
    const text =
      'Invites Member States to support the efforts of the International Atomic Energy Agency, as described in General Conference resolution GC(68)/RES/8, on nuclear and radiation safety, and the Code of Conduct on the Safety and Security of Radioactive Sources;';
    expect(keys(text, 'Resolution:', 'operative').length).toBe(1);
  });
});
