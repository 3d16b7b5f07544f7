// Misses found by the session-18 audit aud18c: A/RES/78/90 (Cayman Islands), A/RES/78/98 (Turks and Caicos Islands),
// A/RES/79/105 (Guam), A/RES/78/74 (assistance to Palestine refugees), and the same forms in other texts. Each case
// quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/105', date: '2024-12-04' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the Special Rapporteurs on A, on B and on C": one known mandate each', () => {
  const ENV = 'Organization:Special Rapporteur on the human right to a clean, healthy and sustainable environment';
  const INDIGENOUS = 'Organization:Special Rapporteur on the rights of Indigenous Peoples';
  const TOXICS =
    'Organization:Special Rapporteur on the implications for human rights of the environmentally sound management and disposal of hazardous substances and wastes';

  it('A/RES/79/105 PP9 (78/92, 80/96): "the joint letter ... from the Special Rapporteurs on the issue of human rights obligations ..., on the rights of Indigenous Peoples and on the implications ..."', () => {
    const text =
      'Recalling the joint letter dated 29 January 2021 addressed to the administering Power from the Special Rapporteurs on the issue of human rights obligations relating to the enjoyment of a safe, clean, healthy and sustainable environment, on the rights of Indigenous Peoples and on the implications for human rights of the environmentally sound management and disposal of hazardous substances and wastes,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual([ENV, INDIGENOUS, TOXICS]);
    const rel = relations(text, 'preambular');
    for (const k of [ENV, INDIGENOUS, TOXICS]) expect(rel).toContain(`RECALLS ${k}`);
  });

  it('A/RES/78/188 OP33: "the Special Rapporteurs on violence against women, its causes and consequences, and on trafficking in persons, especially women and children"', () => {
    const text =
      'Urges States to give attention to the recommendations relating to the girl child of the Special Rapporteurs on violence against women, its causes and consequences, and on trafficking in persons, especially women and children, and of the Special Representative of the Secretary-General on Violence against Children;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:Special Rapporteur on violence against women and girls, its causes and consequences');
    expect(orgs).toContain('Organization:Special Rapporteur on trafficking in persons, especially women and children');
  });

  it('the old title of the environment mandate is the mandate ("the Special Rapporteur on the issue of human rights obligations relating to the enjoyment of a safe, clean, healthy and sustainable environment")', () => {
    const text =
      'Welcoming the work of the Special Rapporteur on the issue of human rights obligations relating to the enjoyment of a safe, clean, healthy and sustainable environment,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual([ENV]);
  });

  it('guard: an unknown topic ends the run ("the Special Rapporteurs on the situation of human rights in Ruritania and on the right to food")', () => {
    const text = 'Recalling the reports of the Special Rapporteurs on the situation of human rights in Ruritania and on the right to food,';
    expect(keys(text, 'Organization:Special Rapporteur on the right to food', 'preambular')).toEqual([]);
  });

  it('guard: "the Special Rapporteurs of the Human Rights Council" with no topic names no mandate', () => {
    const text = 'Inviting the Special Rapporteurs of the Human Rights Council to continue their work,';
    expect(keys(text, 'Organization:Special Rapporteur', 'preambular')).toEqual([]);
  });
});

describe('"the seminar" printed alone is the regional seminar the resolution named last', () => {
  const WELCOMING =
    'Welcoming the Pacific regional seminar on the theme “Innovative steps to ensure the attainment of the Sustainable Development Goals in the Non-Self-Governing Territories”, held by the Special Committee in Bali, Indonesia, and hosted by the Government of Indonesia from 24 to 26 May 2023, as a significant and forward-looking event, which enabled the participants to assess progress made and address challenges faced in the decolonization process, review the existing working methods of the Committee and renew its commitment to implementing its historic task,';
  const RECALLING =
    'Recalling the importance of the conclusions and recommendations adopted by the seminar, which are annexed to the report of the Special Committee and which outline the findings of the seminar, including, especially, the way forward for the decolonization process within the context of the proclamation by the General Assembly of the period 2021–2030 as the Fourth International Decade for the Eradication of Colonialism,';
  const CAYMAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/90', date: '2023-12-07' };

  it('A/RES/78/90 PP15-16 (and each territory text of 78, 79, 80): "the conclusions and recommendations adopted by the seminar"', () => {
    const [welcomed, recalled] = relationsByParagraph({ ...CAYMAN }, [
      { text: WELCOMING, kind: 'preambular' },
      { text: RECALLING, kind: 'preambular' },
    ]);
    const seminar = welcomed!.find((r) => r.startsWith('WELCOMES Event:Pacific regional seminar'))!.slice('WELCOMES '.length);
    expect(recalled!.filter((r) => r.includes('regional seminar'))).toEqual([`RECALLS ${seminar}`]);
  });

  it('guard: with no regional seminar named before, "the seminar" names none', () => {
    const [recalled] = relationsByParagraph({ ...CAYMAN }, [{ text: RECALLING, kind: 'preambular' }]);
    expect(recalled!.filter((r) => r.includes('seminar'))).toEqual([]);
  });

  it('guard: "the seminars" and "the seminar in 2017" are not the one named before (A/RES/78/94 PP: "the recommendations adopted by the seminar in 2017")', () => {
    const [, plural, dated] = relationsByParagraph({ ...CAYMAN }, [
      { text: WELCOMING, kind: 'preambular' },
      { text: 'Noting that the seminars alternate between the Caribbean and the Pacific,', kind: 'preambular' },
      { text: 'Recalling the recommendations adopted by the seminar in 2017,', kind: 'preambular' },
    ]);
    expect(plural!.filter((r) => r.includes('seminar'))).toEqual([]);
    expect(dated!.filter((r) => r.includes('seminar'))).toEqual([]);
  });
});
