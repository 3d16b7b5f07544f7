// Session-54 audit aud54k: attribution and entity residuals reported by the session's finished helpers. Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/115', '2023-12-19'), kind: 'preambular' });

describe('item 1: "the Final Document of the <Summit>, adopted in <place> on <day>": the day is the Document\'s ADOPTED_ON, not the Summit\'s STARTS_ON', () => {
  const SUMMIT18 = 'Event:Eighteenth Summit of Heads of State or Government of Non-Aligned Countries';
  const DOCUMENT18 = 'Framework:Final Document of the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries';
  const SUMMIT19 = 'Event:Nineteenth Summit of Heads of State or Government of Non-Aligned Countries';

  it('A/RES/78/115 PP32: "in the Final Document of the Eighteenth Summit ..., adopted in Baku on 26 October 2019,9 the Heads of State ..."', () => {
    const att = attributions(
      'Recalling also that, in the Final Document of the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in Baku on 26 October 2019, the Heads of State or Government reiterated the collective position of the Movement of Non-Aligned Countries on combating international terrorism,',
    );
    expect(att).toContain(`ADOPTED_ON ${DOCUMENT18} -> Date:2019-10-26`);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${SUMMIT18}`))).toEqual([]);
    // (the Summit still adopted it, where it sat)
    expect(att).toContain(`ADOPTED ${SUMMIT18} -> ${DOCUMENT18}`);
    expect(att).toContain(`HELD_IN ${SUMMIT18} -> Place:Baku`);
  });

  it('A/RES/80/171 PP32: the Kampala form', () => {
    const att = attributions(
      'Recalling also that, in the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in Kampala on 19 January 2024, the Heads of State or Government reiterated the collective position of the Movement of Non-Aligned Countries on combating international terrorism,',
      'preambular',
      ctxOf('A/RES/80/171', '2025-12-15'),
    );
    expect(att).toContain('ADOPTED_ON Framework:Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries -> Date:2024-01-19');
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${SUMMIT19}`))).toEqual([]);
  });

  it('guard: A/RES/80/25 PP4 "the Final Document of the Nineteenth Summit ..., held in Kampala on 19 and 20 January 2024": the Summit\'s own days', () => {
    const att = attributions(
      'Bearing in mind the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Kampala on 19 and 20 January 2024,',
      'preambular',
      ctxOf('A/RES/80/25', '2025-12-01'),
    );
    expect(att).toContain(`STARTS_ON ${SUMMIT19} -> Date:2024-01-19`);
    expect(att).toContain(`ENDS_ON ${SUMMIT19} -> Date:2024-01-20`);
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: A/RES/78/202 PP6 "the Final Document of the Eighteenth Summit ..., held in Baku, Azerbaijan, on 25 and 26 October 2019" keeps the Summit\'s days', () => {
    const att = attributions(
      'Recalling the Final Document of the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, held in Baku, Azerbaijan, on 25 and 26 October 2019, and the documents adopted at previous summits and conferences,',
      'preambular',
      ctxOf('A/RES/78/202', '2023-12-19'),
    );
    expect(att).toContain(`STARTS_ON ${SUMMIT18} -> Date:2019-10-25`);
    expect(att).toContain(`ENDS_ON ${SUMMIT18} -> Date:2019-10-26`);
  });
});

describe('item 2: a framework whose implementation is the topic of the text adopted is not what the sitting adopted', () => {
  it('A/RES/78/161 PP26 (80/148 PP30): "the new strategy for ... in the implementation of the 2030 Agenda ..., adopted at the eleventh annual meeting of the Creative Cities Network"', () => {
    const att = attributions(
      'Taking note of the new strategy for the integration of culture and creativity in the implementation of the 2030 Agenda for Sustainable Development, adopted at the eleventh annual meeting of the Creative Cities Network, held in Enghien-les-Bains, France, from 30 June to 2 July 2017,',
      'preambular',
      ctxOf('A/RES/78/161', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
    expect(att).toContain('HELD_IN Event:eleventh meeting of the Creative Cities Network -> Place:Enghien-les-Bains');
  });

  it('A/RES/78/182 PP7: "the political declaration on the implementation of the United Nations Global Plan of Action ..., adopted at the high-level meeting of the General Assembly held in New York on 27 and 28 September 2017"', () => {
    const att = attributions(
      'Reaffirming the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, adopted at the high-level meeting of the General Assembly held in New York on 27 and 28 September 2017,',
      'preambular',
      ctxOf('A/RES/78/182', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith('-> Framework:United Nations Global Plan of Action to Combat Trafficking in Persons'))).toEqual([]);
  });

  it('guard: A/RES/78/46 PP2 "the continued and full implementation of the Programme of Action ..., adopted by the United Nations Conference ..." (the framework itself adopted)', () => {
    const att = attributions(
      'Emphasizing the importance of the continued and full implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, adopted by the United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, and recognizing its important contribution to international efforts on this matter,',
      'preambular',
      ctxOf('A/RES/78/46', '2023-12-04'),
    );
    expect(att.some((a) => a.startsWith('ADOPTED Event:United Nations Conference on the Illicit Trade in Small Arms') && a.endsWith('Framework:Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects'))).toBe(true);
  });
});

describe('item 3: a bare "Leaders\' Declaration" is not the leaders\' declaration named in full before it', () => {
  const OP354 =
    'Notes the adoption of the Leaders’ Declaration on the Solidarity of the Archipelagic and Island States Forum at the convening of the first High-Level Meeting of the Archipelagic and Island States Forum in Bali, Indonesia, on 11 October 2023, that expresses the commitment of archipelagic and island nations to collaborate in addressing common maritime and ocean issues;';
  const OP360 =
    'Recalls, in this regard, the endorsement of the Pacific Islands Forum leaders on 6 August 2021 at the fifty-first Pacific Islands Forum of a declaration on preserving maritime zones in the face of climate change-related sea level rise, and of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the Leaders’ Declaration addressing, inter alia, the relationship between climate change-related sea level rise and Forum and Alliance members’ maritime zones;';
  const AIS = "Framework:Leaders' Declaration on the Solidarity of the Archipelagic and Island States Forum";
  const attributionsById = (paragraphs: [string, string][]) =>
    Object.fromEntries(
      extractResolution(gaResolution('A/RES/79/144', '2024-12-12', paragraphs.map(([id, text]) => notedParagraph(id, text)))).paragraphs.map((p) => [
        p.paragraph.id,
        { keys: p.mentions.map((m) => m.key), attributions: p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) },
      ]),
    );

  it('A/RES/79/144 OP360 (80/110 OP346), after OP354: the Alliance ENDORSES the "Leaders\' Declaration" it adopted, not the Forum\'s', () => {
    const byId = attributionsById([
      ['OP354', OP354],
      ['OP360', OP360],
    ]);
    expect(byId.OP354!.keys).toContain(AIS);
    expect(byId.OP360!.keys).not.toContain(AIS);
    expect(byId.OP360!.attributions).toContain("ENDORSES Organization:Alliance of Small Island States -> Framework:Leaders' Declaration");
  });

  it('guard: A/RES/78/69 OP15 "the Criteria and Guidelines" after "the Criteria and Guidelines on the Transfer of Marine Technology" is still that instrument', () => {
    const byId = attributionsById([
      ['OP14', 'Encourages States to use the Criteria and Guidelines on the Transfer of Marine Technology adopted by the Assembly of the Intergovernmental Oceanographic Commission;'],
      ['OP15', 'Recalls the important role of the secretariat of that Commission in the implementation and promotion of the Criteria and Guidelines;'],
    ]);
    expect(byId.OP15!.keys).toContain('Framework:Criteria and Guidelines on the Transfer of Marine Technology');
  });
});

describe('item 4: a State chairing a body LEADS it (no officer), as "under the chairmanship of" a State reads', () => {
  const AHLC = 'Organization:Ad Hoc Liaison Committee for the Coordination of the International Assistance to Palestinians';

  it('A/RES/80/72 PP28 (79/81 PP26): "the Ad Hoc Liaison Committee ..., chaired by Norway"', () => {
    const att = attributions(
      'Welcoming the ongoing efforts of the Ad Hoc Liaison Committee for the Coordination of the International Assistance to Palestinians, chaired by Norway, and noting its recent meeting held at the ministerial level in New York on 25 September 2025,',
      'preambular',
      ctxOf('A/RES/80/72', '2025-12-10'),
    );
    expect(att).toContain(`LEADS Place:Norway -> ${AHLC}`);
  });

  it('guard: A/RES/79/325 OP6 "... in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly": no LEADS', () => {
    const att = attributions(
      'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly;',
      'operative',
      ctxOf('A/RES/79/325', '2025-08-26'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: A/RES/78/217 PP15 "the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France" keeps its LEADS', () => {
    const att = attributions(
      'Looking forward to the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France and to be held in Geneva from 23 to 25 January 2024,',
      'preambular',
      ctxOf('A/RES/78/217', '2023-12-19'),
    );
    expect(att).toContain('LEADS Place:France -> Event:fourteenth summit meeting of the Global Forum on Migration and Development');
  });
});

describe('item 5: "the adoption by <sitting>, held in <place> ..., of its revised / the amended <text>": the sitting ADOPTED the text', () => {
  const ctx79 = ctxOf('A/RES/79/9', '2024-11-19');

  it('A/RES/79/9 PP22: "the adoption by the sixth Ministerial Conference ..., held in Istanbul from 1 to 3 November 2016, of its revised Plan of Action for the Advancement of Women"', () => {
    const att = attributions(
      'Noting the adoption by the sixth Ministerial Conference on the Role of Women in the Development of Member States of the Organization of Islamic Cooperation, held in Istanbul from 1 to 3 November 2016, of its revised Plan of Action for the Advancement of Women and its implementation mechanism, and the establishment of the Advisory Women Council,',
      'preambular',
      ctx79,
    );
    expect(att).toContain('ADOPTED Event:Sixth Ministerial Conference on the Role of Women in the Development of Member States of the Organization of Islamic Cooperation -> Framework:Plan of Action for the Advancement of Women');
  });

  it('A/RES/79/9 PP4: "the adoption on 14 March 2008 by the Islamic Summit Conference at its eleventh session, held in Dakar on 13 and 14 March 2008, of the amended Charter ..."', () => {
    const att = attributions(
      'Noting the adoption by the Islamic Summit Conference at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016, of the Organization of Islamic Cooperation 2025 Programme of Action and the adoption on 14 March 2008 by the Islamic Summit Conference at its eleventh session, held in Dakar on 13 and 14 March 2008, of the amended Charter of the Organization of the Islamic Conference and its registration with the United Nations Secretariat,',
      'preambular',
      ctx79,
    );
    expect(att).toContain('ADOPTED Event:Islamic Summit Conference -> Framework:Charter of the Organization of the Islamic Conference');
    expect(att).toContain('ADOPTED_ON Framework:Charter of the Organization of the Islamic Conference -> Date:2008-03-14');
    // (the Programme of Action, as before)
    expect(att).toContain('ADOPTED Event:Islamic Summit Conference -> Framework:Organization of Islamic Cooperation 2025 Programme of Action');
  });

  it('guard: a participle between "of its" and the text ("of its recently adopted Plan of Action") is no such gap', () => {
    const att = attributions(
      'Noting the adoption by the sixth Ministerial Conference on the Role of Women in the Development of Member States of the Organization of Islamic Cooperation, held in Istanbul from 1 to 3 November 2016, of its widely discussed Plan of Action for the Advancement of Women,',
      'preambular',
      ctx79,
    );
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('item 5: "the endorsement by the General Assembly, in its decision <N>, of <text>": the decision ENDORSES the text', () => {
  const OP2 =
    'Welcomes the convening of the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution, held at the ministerial level in July 2025 and at the summit level in September 2025, and the endorsement by the General Assembly, in its decision 80/506 of 12 September 2025, of the New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution, and mandates the Co-Chairs of the Conference to continue their efforts;';
  const NYD = 'Framework:New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution';
  const attributionsOf = (text: string): string[] =>
    extractResolution(gaResolution('A/RES/80/72', '2025-12-10', [notedParagraph('OP2', text)])).paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/80/72 OP2: Resolution A/DEC/80/506 ENDORSES the New York Declaration (as "the adoption, by its resolution 56/6 ..., of" gives ADOPTED)', () => {
    expect(attributionsOf(OP2)).toContain(`ENDORSES Resolution:A/DEC/80/506 -> ${NYD}`);
  });

  it('guard: "the endorsement by the General Assembly, in its decision 80/506 of 12 September 2025, and the call ... of the New York Declaration": no text right after the decision, no ENDORSES', () => {
    const att = attributionsOf(OP2.replace('2025, of the New York', '2025, and the efforts in support of the New York'));
    expect(att.filter((a) => a.startsWith('ENDORSES'))).toEqual([]);
  });
});
