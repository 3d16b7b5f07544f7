// Misses found by the session-30 audit aud30f: A/RES/79/37, 80/64, 80/85, 80/32, 79/299, 78/114, 80/245, 80/195, 79/280,
// 79/262, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/64', date: '2025-12-01' };


describe('"the Final Document of the <sitting>": the sitting adopted it', () => {
  const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });
  const NAM19 = 'Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries';
  const NAM19_FD = 'Framework:Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries';

  it('A/RES/80/64 PP7: "in paragraph 329 of the Final Document of the Nineteenth Summit ..., held in Kampala on 19 and 20 January 2024"', () => {
    const text =
      'Noting that, in paragraph 329 of the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024, the Heads of State or Government emphasized the importance of United Nations activities at the regional level to increase the stability and security of its Member States,';
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${NAM19} -> ${NAM19_FD}`);
    expect(att).toContain(`HELD_IN ${NAM19} -> Place:Kampala`);
  });

  it('A/RES/80/45 PP8 form: "the Final Document of the 2000 Review Conference of the Parties to the Treaty ..." (the sixth NPT review conference)', () => {
    const text =
      'Recalling the practical steps agreed to in the Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([
      'ADOPTED Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) -> Framework:Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
    ]);
  });

  it('guard: the sitting named apart from a Final Document is not said to have adopted it (A/RES/80/32 PP5 form)', () => {
    const text =
      'Noting that the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024, welcomed the Final Document of the Tenth Special Session of the General Assembly,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED') && a.includes(NAM19))).toEqual([]);
  });
});

describe('"the Madrid terms of reference" is a framework of the peace process, not the place Madrid', () => {
  const { keys, relations } = oneParagraph({ ctx: { ...GA, symbol: 'A/RES/80/195', date: '2025-12-15' }, kind: 'preambular' });

  it('A/RES/80/195 PP5: "based on the relevant resolutions of the United Nations, the Madrid terms of reference, including the principle of land for peace"', () => {
    const text =
      'Stressing the urgency of achieving without delay an end to the Israeli occupation that began in 1967 and a just, lasting and comprehensive peace settlement between the Palestinian and Israeli sides, based on the relevant resolutions of the United Nations, the Madrid terms of reference, including the principle of land for peace, the Arab Peace Initiative and the Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict,';
    expect(relations(text)).toContain('EMPHASIZES Framework:Madrid terms of reference');
    expect(keys(text, 'Place:Madrid')).toEqual([]);
  });

  it('guard: Madrid as the venue stays a place ("the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East")', () => {
    const text = 'Noting with satisfaction the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East,';
    expect(keys(text, 'Place:Madrid')).toEqual(['Place:Madrid']);
    expect(keys(text, 'Framework:Madrid')).toEqual([]);
  });
});
