// Session-69 audit aud69e (A/RES/79/105 Question of Guam, A/RES/79/94 Information from Non-Self-Governing Territories transmitted
// under Article 73 e of the Charter): what the graph missed on them. Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const GUAM = ctxOf('A/RES/79/105', '2024-12-04', 'Question of Guam');
const { keys, relations } = oneParagraph({ ctx: GUAM, kind: 'preambular' });

describe('a programme printed with a lowercase head word: "the CHamoru Land Trust programme" (gazetteer, as the SaferGuard programme)', () => {
  it('A/RES/79/105 PP26 (78/92 PP27, 80/96 PP26): "the federal lawsuit by the administering Power over the CHamoru Land Trust programme"', () => {
    const text =
      'Aware that the federal lawsuit by the administering Power over the CHamoru Land Trust programme was filed in September 2017, and noting the ruling issued on 21 December 2018,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:CHamoru Land Trust programme']);
    // (an untyped "Aware" clause: a mention, no verb)
    expect(relations(text).filter((r) => r.includes('CHamoru'))).toEqual([]);
  });

  it('guard: A/RES/79/105 PP15 "in the context of a United Nations programme for ascertaining the political status": no programme named', () => {
    const text =
      'Mindful, in that connection, that the holding of regional seminars in the Caribbean and Pacific regions and at Headquarters provides a helpful means for the Special Committee to fulfil its mandate and that the regional nature of the seminars is a crucial element in the context of a United Nations programme for ascertaining the political status of the Territories,';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('a bare "Charter" before the duties it sets ("their Charter obligations") is the Charter of the United Nations', () => {
  const INFO = ctxOf('A/RES/79/94', '2024-12-04', 'Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the United Nations');
  const CHARTER = 'Framework:Charter of the United Nations';

  it('A/RES/79/94 OP3 (78/81, 80/85): "in accordance with their Charter obligations, to transmit ... to the Secretary-General"', () => {
    const rels = relations(
      'Also requests the administering Powers concerned, in accordance with their Charter obligations, to transmit or continue to transmit regularly to the Secretary-General for information purposes statistical and other information of a technical nature relating to the economic, social and educational conditions in the Territories for which they are respectively responsible;',
      'operative',
      INFO,
    );
    expect(rels).toContain(`REQUESTS ${CHARTER}`);
    expect(rels).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('guard: a charter named before it is not what the bare "Charter obligations" stands for', () => {
    const rels = relations(
      'Recalls the African Charter on Human and Peoples’ Rights, and requests States, in accordance with their Charter obligations, to cooperate;',
      'operative',
      INFO,
    );
    expect(rels).toContain(`REQUESTS ${CHARTER}`);
    expect(rels).toContain("RECALLS Framework:African Charter on Human and Peoples' Rights");
  });

  it('guard: a bare capitalised "Charter" before another noun names nothing ("Charter Research")', () => {
    const rels = relations('Requests the administering Powers concerned to support Charter research in the Territories;', 'operative', INFO);
    expect(rels.filter((r) => r.includes('Charter'))).toEqual([]);
  });
});

describe('the presiding officer of a Territory\'s legislature: "the Speaker of the thirty-third Guam legislature" (gazetteer, as the Governor of Guam)', () => {
  const GUAM80 = ctxOf('A/RES/80/96', '2025-12-10', 'Question of Guam');
  it('A/RES/80/96 PP34 (78/92 PP31): "Recalling also the statement made by the Speaker of the thirty-third Guam legislature before the Fourth Committee"', () => {
    const rels = relations(
      'Recalling also the statement made by the Speaker of the thirty-third Guam legislature before the Fourth Committee at the seventieth session of the General Assembly that the most acute threat to the legitimate exercise of the decolonization of Guam was the administering Power’s continued militarization,',
      'preambular',
      GUAM80,
    );
    expect(rels).toContain('RECALLS Organization:Speaker of the thirty-third Guam legislature');
    // (the Territory as topic, "the decolonization of Guam", is no target)
    expect(rels).not.toContain('RECALLS Place:Guam');
  });

  it('guard: A/RES/79/105 PP20 "the statement made by a representative of the Governor of Guam at the 2019 Caribbean regional seminar" unchanged', () => {
    const rels = relations(
      'Recalling, in this regard, the statement made by a representative of the Governor of Guam at the 2019 Caribbean regional seminar concerning the implications of the judicial case,',
    );
    expect(rels).toContain('RECALLS Organization:Governor of Guam');
    expect(rels.filter((r) => r.includes('Speaker'))).toEqual([]);
  });
});

describe('the United States officer a Territory\'s amendments go to: "the Secretary of the Interior of the United States of America" (gazetteer)', () => {
  const SAMOA = ctxOf('A/RES/78/86', '2023-12-05', 'Question of American Samoa');
  const SECRETARY = 'Organization:Secretary of the Interior of the United States of America';
  it('A/RES/78/86 OP5 (79/99, 80/90): "the transmittal of these amendments to the Secretary of the Interior of the United States of America"', () => {
    const rels = relations(
      'Also takes note of the 2022 constitutional convention, and the transmittal of these amendments to the Secretary of the Interior of the United States of America on 14 December 2022;',
      'operative',
      SAMOA,
    );
    expect(rels).toContain(`NOTES ${SECRETARY}`);
  });

  it('A/RES/80/90 PP30: "thereby enabling constitutional changes to be approved by the Secretary of the Interior"', () => {
    const rels = relations(
      'Noting that legislation passed by the United States Congress and signed into law on 4 January 2025 repeals the statute preventing the people of American Samoa from approving amendments to the constitution of the Territory without an act of Congress, thereby enabling constitutional changes to be approved by the Secretary of the Interior,',
      'preambular',
      ctxOf('A/RES/80/90', '2025-12-10', 'Question of American Samoa'),
    );
    expect(rels).toContain(`NOTES ${SECRETARY}`);
    expect(rels).toContain('NOTES Organization:United States Congress');
  });

  it('guard: the "Secretary-General" and the United States printed alone do not change', () => {
    const rels = relations('Requests the Secretary-General to report, and notes the statement of the United States of America;', 'operative', SAMOA);
    expect(rels).toContain('REQUESTS Organization:Secretary-General of the United Nations');
    expect(rels.filter((r) => r.includes('Interior'))).toEqual([]);
  });
});

describe('a State\'s law titled in lower case after "the Act": "the Act concerning the recognition and compensating of victims of nuclear tests" (gazetteer)', () => {
  const POLYNESIA = ctxOf('A/RES/78/91', '2023-12-05', 'Question of French Polynesia');
  it('A/RES/78/91 PP15 (79/104, 80/95): "in February 2017, the administering Power amended the Act concerning the recognition ..."', () => {
    const rels = relations(
      'Recalling also that, in February 2017, the administering Power amended the Act concerning the recognition and compensating of victims of nuclear tests in order to allow for the compensation of a larger number of victims,',
      'preambular',
      POLYNESIA,
    );
    expect(rels).toContain('RECALLS Framework:Act concerning the recognition and compensating of victims of nuclear tests');
  });

  it('guard: A/RES/79/105 PP22 "a draft Guam Commonwealth Act" unchanged', () => {
    const rels = relations(
      'Recalling that, in a referendum held in 1987, the registered and eligible voters of Guam endorsed a draft Guam Commonwealth Act that would establish a new framework for relations between the Territory and the administering Power,',
    );
    expect(rels.filter((r) => r.startsWith('RECALLS Framework:'))).toEqual(['RECALLS Framework:Guam Commonwealth Act']);
  });
});
