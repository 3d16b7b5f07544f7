// Session-68 audit aud68f: gold for A/RES/78/26 (promotion of multilateralism in the area of disarmament and non-proliferation,
// First Committee) and A/RES/78/135 (unilateral economic measures as a means of political and economic coercion, Second
// Committee), with their sister texts 79/46, 80/40 and 80/120. The graph matched both first readings but for conventions; no
// ingest/ change. These cases pin the readings the two gold files rely on, each quoting the file and paragraph.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA78_26: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/26', date: '2023-12-04' };
const GA78_135: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/135', date: '2023-12-19' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA78_26, kind: 'preambular' });

const NAM18 = 'Event:Eighteenth Summit of Heads of State or Government of Non-Aligned Countries';
const UNCTAD15 = 'Event:fifteenth session of the United Nations Conference on Trade and Development';
const CHARTER = 'Framework:Charter of the United Nations';

describe('"Noting that <summit>, held in <city> on <days>, welcomed ... and underlined ...": the summit and what its clause names', () => {
  // A/RES/78/26 PP13 (79/46 and 80/40 print the Nineteenth Summit, Kampala, 19 and 20 January 2024)
  const PP13 =
    'Noting that the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Baku on 25 and 26 October 2019, welcomed the adoption of resolution 73/41 on the promotion of multilateralism in the area of disarmament and non-proliferation and underlined the fact that multilateralism and multilaterally agreed solutions, in accordance with the Charter, provide the only sustainable method of addressing disarmament and international security issues,';

  it('A/RES/78/26 PP13: NOTES the Summit, resolution 73/41 and the Charter; the Summit\'s own verbs give no relation', () => {
    expect(relations(PP13)).toEqual([`NOTES ${NAM18}`, 'NOTES Resolution:A/RES/73/41', `NOTES ${CHARTER}`]);
  });

  it('A/RES/78/26 PP13: the Summit is held in Baku on its two days', () => {
    expect(attributions(PP13)).toEqual([
      `HELD_IN ${NAM18} -> Place:Baku`,
      `STARTS_ON ${NAM18} -> Date:2019-10-25`,
      `ENDS_ON ${NAM18} -> Date:2019-10-26`,
    ]);
  });
});

describe('"<framework>, adopted at the <n> session of <conference>, held in <place> from <day> to <day>": the session adopts', () => {
  // A/RES/78/135 OP3 (80/120 OP3 "Recalls the Bridgetown Covenant, ...")
  const OP3 =
    'Takes note of the Bridgetown Covenant, adopted at the fifteenth session of the United Nations Conference on Trade and Development, held in Barbados from 3 to 7 October 2021, in which States are strongly urged to refrain from promulgating and applying any unilateral economic, financial or trade measures not in accordance with international law and the Charter of the United Nations, in the light of concerns over the constraining nature and development implications of such measures that negatively impact the well-being of the populations and can impede the full achievement of economic and social development in the concerned States, as well as impair their trade relations;';

  it('A/RES/78/135 OP3: NOTES the Covenant, the session that adopted it and the Charter; UNCTAD, owner in the session\'s name, no verb', () => {
    expect(relations(OP3, 'operative', GA78_135)).toEqual(['NOTES Framework:Bridgetown Covenant', `NOTES ${UNCTAD15}`, `NOTES ${CHARTER}`]);
    expect(keys(OP3, 'Organization:', 'operative', GA78_135)).toEqual(['Organization:United Nations Conference on Trade and Development']);
  });

  it('A/RES/78/135 OP3: the session ADOPTED the Covenant, is SESSION_OF UNCTAD, held in Barbados from 3 to 7 October 2021', () => {
    expect(attributions(OP3, 'operative', GA78_135)).toEqual([
      `ADOPTED ${UNCTAD15} -> Framework:Bridgetown Covenant`,
      `SESSION_OF ${UNCTAD15} -> Organization:United Nations Conference on Trade and Development`,
      `HELD_IN ${UNCTAD15} -> Place:Barbados`,
      `STARTS_ON ${UNCTAD15} -> Date:2021-10-03`,
      `ENDS_ON ${UNCTAD15} -> Date:2021-10-07`,
    ]);
  });
});

describe('a note that only names the resolution holding a text states no adoption and no containment (conv42c)', () => {
  it('A/RES/78/135 PP2: the Friendly Relations Declaration with "1 Resolution 2625 (XXV), annex.": no attribution', () => {
    const text =
      'Reaffirming the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations,1 which states, inter alia, that no State may use or encourage the use of unilateral economic, political or any other type of measures to coerce another State in order to obtain from it the subordination of the exercise of its sovereign rights,';
    expect(footnotedAttributions('PP2', text, '1', 'Nations,1', 'Resolution 2625 (XXV), annex.', GA78_135)).toEqual([]);
  });

  it('A/RES/78/26 PP4 (79/46, 80/40): the United Nations Millennium Declaration with "1 Resolution 55/2.": no ADOPTED', () => {
    const text =
      'Recalling further the United Nations Millennium Declaration,1 in which it is stated, inter alia, that the responsibility for managing worldwide economic and social development, as well as threats to international peace and security, must be shared among the nations of the world and should be exercised multilaterally and that, as the most universal and most representative organization in the world, the United Nations must play the central role,';
    expect(footnotedAttributions('PP4', text, '1', 'Declaration,1', 'Resolution 55/2.', GA78_26)).toEqual([]);
  });
});

describe('"Being gravely concerned ..., and recognizing that ...": the untyped lead opens its paragraph, the later verb its clause', () => {
  it('A/RES/78/26 PP12 (79/46, 80/40): "the foundations of the United Nations itself" is RECOGNIZES the Organization, nothing else typed', () => {
    const text =
      'Being gravely concerned at the continuous and progressive erosion of multilateralism in the field of arms regulation, non-proliferation and disarmament, and recognizing that the abrogation of major instruments of the arms control and non-proliferation architecture as a result of unilateral actions by Member States in resolving their security concerns would jeopardize international peace and security and undermine confidence in the international security system as well as the foundations of the United Nations itself,';
    expect(relations(text)).toEqual(['RECOGNIZES Organization:United Nations']);
  });
});
