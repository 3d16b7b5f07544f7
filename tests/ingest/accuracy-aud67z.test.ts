// Session-67 audit aud67z: A/RES/80/28 (Transparency in armaments) and A/RES/79/72 (Report of the Disarmament Commission), First
// Committee. Each case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';

const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/80/28', date: '2025-12-01', title: 'Transparency in armaments' });
const PP2 =
  'Continuing to take the view that an enhanced level of transparency in armaments contributes greatly to confidence-building and security among States and that the establishment of the United Nations Register of Conventional Arms constitutes an important step forward in the promotion of transparency in military matters,';
const REGISTER = /^[A-Z_]+ Initiative:United Nations Register of Conventional Arms$/;

describe('"the Register" printed bare after "the United Nations Register of Conventional Arms": the register named last', () => {
  it('A/RES/80/28 PP3 "Welcoming the consolidated reports of the Secretary-General on the Register", PP10 "Stressing that ... the Register"', () => {
    const [, pp3, pp10] = relationsByParagraph(ctx(), [
      { text: PP2, kind: 'preambular' },
      { text: 'Welcoming the consolidated reports of the Secretary-General on the Register, which include the returns of Member States for 2021,', kind: 'preambular' },
      {
        text: 'Stressing that the continuing operation of the Register and its further development should be reviewed in order to secure a Register that is capable of attracting the widest possible participation,',
        kind: 'preambular',
      },
    ]);
    expect(pp3).toContain('WELCOMES Initiative:United Nations Register of Conventional Arms');
    expect(pp10).toContain('EMPHASIZES Initiative:United Nations Register of Conventional Arms');
  });

  it('A/RES/80/28 OP5 "... military holdings to the Register in addition to information on imports and exports of conventional arms"', () => {
    const [, op] = relationsByParagraph(ctx(), [
      { text: PP2, kind: 'preambular' },
      {
        text: 'Calls upon Member States in a position to do so to voluntarily provide information on procurement through national production and military holdings to the Register in addition to information on imports and exports of conventional arms;',
      },
    ]);
    expect(op).toContain('CALLS_UPON Initiative:United Nations Register of Conventional Arms');
  });

  it('guard: "the Register" with no register named before is no entity (no reference back)', () => {
    const [op] = relationsByParagraph(ctx(), [
      { text: 'Calls upon Member States to provide the Secretary-General, by 31 May annually, with the requested data and information for the Register;' },
    ]);
    expect(op.filter((r) => r.includes('Register'))).toEqual([]);
  });

  it('guard: the full name is read as before', () => {
    const [pp2] = relationsByParagraph(ctx(), [{ text: `Recalling ${PP2.slice('Continuing to take the view that '.length)}`, kind: 'preambular' }]);
    expect(pp2.filter((r) => REGISTER.test(r))).toEqual(['RECALLS Initiative:United Nations Register of Conventional Arms']);
  });
});
