// Misses found by the session-21 audit aud21j: A/RES/78/263 (promotion of durable peace through sustainable development in
// Africa), A/RES/78/47 (through-life conventional ammunition management), A/RES/78/48 (the Arms Trade Treaty), and the same
// forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/263', date: '2024-02-26' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a gulf is the place, not the country in its name; the African Union Peace and Security Council is not the Security Council', () => {
  const OP28 =
    'Expresses concern over the threat of piracy and armed robbery at sea in the Gulf of Guinea to security and economic activities in the region and the continent at large, in this regard welcomes the adoption of Security Council resolution 2634 (2022) of 31 May 2022 on maritime security in the Gulf of Guinea, and commends the countries of the Gulf of Guinea region and regional bodies, including the Economic Community of Central African States, the Economic Community of West African States and the Gulf of Guinea Commission, for the collective efforts undertaken to address and prevent piracy;';

  it('A/RES/78/263 OP28 (79/264, 78/59, 78/69, 80/63): "piracy and armed robbery at sea in the Gulf of Guinea"', () => {
    expect(keys(OP28, 'Place:')).toContain('Place:Gulf of Guinea');
    expect(keys(OP28, 'Place:Guinea')).toEqual([]);
  });

  it('A/RES/78/263 OP28: "regional bodies, including ... the Gulf of Guinea Commission" is commended', () => {
    expect(relations(OP28)).toContain('APPRECIATES Organization:Gulf of Guinea Commission');
  });

  it('A/RES/78/69 OP142, A/RES/79/144 OP365: "the Gulf of Aden", "the Gulf of Mexico"', () => {
    const text = 'Notes the Code of Conduct for the Western Indian Ocean and the Gulf of Aden and the Gulf of Mexico Large Marine Ecosystem;';
    expect(keys(text, 'Place:')).toEqual(['Place:Gulf of Aden', 'Place:Gulf of Mexico']);
  });

  it('guard: the country alone is still the country ("the Government of Guinea", "Equatorial Guinea")', () => {
    const text = 'Welcomes the efforts of the Government of Guinea and of Equatorial Guinea;';
    expect(keys(text, 'Place:')).toEqual(['Place:Guinea', 'Place:Equatorial Guinea']);
  });

  const OP30 =
    'Welcomes the ongoing efforts of the African Union and subregional organizations to strengthen their capacity in peacekeeping operations on the continent, in accordance with Chapter VIII of the Charter of the United Nations and in close coordination with the United Nations, through the Peace and Security Council of the African Union, and in this regard takes note of the Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit that was endorsed by the Peace and Security Council of the African Union;';

  it('A/RES/78/263 OP30 (79/264 OP30, 80/63 PP35): "through the Peace and Security Council of the African Union"', () => {
    expect(relations(OP30)).toContain('WELCOMES Organization:Peace and Security Council of the African Union');
    expect(keys(OP30, 'Organization:Security Council')).toEqual([]);
  });

  it('A/RES/79/329 PP15: "the African Union Peace and Security Council ... pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union"', () => {
    const text =
      'Recognizing that cooperation with regional and subregional organizations can improve collective security, and acknowledging the mandate of the African Union Peace and Security Council for the promotion of peace, security and stability in Africa pursuant to the Protocol Relating to the Establishment of the Peace and Security Council of the African Union,';
    expect(relations(text, 'preambular')).toEqual(
      expect.arrayContaining([
        'ACKNOWLEDGES Organization:Peace and Security Council of the African Union',
        'ACKNOWLEDGES Framework:Protocol Relating to the Establishment of the Peace and Security Council of the African Union',
      ]),
    );
    expect(keys(text, 'Organization:Security Council', 'preambular')).toEqual([]);
  });

  it('guard: "between the Peace and Security Council and the Security Council" names both (A/RES/79/329)', () => {
    const text = 'Encourages closer cooperation between the Peace and Security Council and the Security Council;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Peace and Security Council of the African Union', 'Organization:Security Council']);
  });

  it('A/RES/80/63 PP15: "the headquarters of the Gulf of Guinea Intelligence and Security Services Forum in Libreville" is a body', () => {
    const text = 'Welcoming also the inauguration of the headquarters of the Gulf of Guinea Intelligence and Security Services Forum in Libreville on 3 October 2025,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Gulf of Guinea Intelligence and Security Services Forum']);
    expect(keys(text, 'Event:', 'preambular')).toEqual([]);
  });
});
