// Conventions ruled by the lead in session 50 (aud50k). The Secretariat printed as the owner of a unit ("the Department of
// Economic and Social Affairs of the Secretariat") follows the general convention for an organ printed with its owner: the
// unit is PART_OF the Secretariat, and the Secretariat is a mention of the paragraph and a target of the clause's verb (it
// was dropped from session 18 on: extract.ts withoutOwningSecretariat, now removed). In a footnote likewise, as another
// owner printed in a footnote is. Each case quotes the file and paragraph named; the guards hold the near sentences.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-12-02' };
const SECRETARIAT = 'Organization:Secretariat of the United Nations';
const DESA = 'Organization:Department of Economic and Social Affairs';
const OLA = 'Organization:Office of Legal Affairs';

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const at = (symbol: string, date: string): RecognizeContext => ({ ...GA, symbol, date });

describe('"<unit> of the Secretariat": the unit PART_OF the Secretariat, and the Secretariat takes the clause\'s verb', () => {
  it('A/RES/79/8 OP23: "Encourages the Department of Economic and Social Affairs of the Secretariat to continue its work"', () => {
    const text =
      'Encourages the Department of Economic and Social Affairs of the Secretariat to continue its work on sport for development and peace, including by updating the 2018 United Nations Action Plan on Sport for Development and Peace, and encourages Member States to support the Department in its efforts, including through voluntary contributions;';
    expect(keys(text, 'Organization:')).toContain(SECRETARIAT);
    expect(relations(text)).toContain(`ENCOURAGES ${DESA}`);
    expect(relations(text)).toContain(`ENCOURAGES ${SECRETARIAT}`);
    expect(attributions(text)).toContain(`PART_OF ${DESA} -> ${SECRETARIAT}`);
  });

  it('A/RES/79/120 OP4 (gold aud50c, the annotator\'s first reading): "Commends the Codification Division of the Office of Legal Affairs of the Secretariat"', () => {
    const ctx = at('A/RES/79/120', '2024-12-04');
    const text =
      'Commends the Codification Division of the Office of Legal Affairs of the Secretariat for its valuable contribution to the Programme of Assistance;';
    expect(relations(text, 'operative', ctx)).toEqual(expect.arrayContaining([`APPRECIATES ${OLA}`, `APPRECIATES ${SECRETARIAT}`]));
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF ${OLA} -> ${SECRETARIAT}`);
  });

  it('A/RES/78/322 OP13 (gold aud48b): two units "of the Secretariat", the Secretariat once under DECIDES', () => {
    const ctx = at('A/RES/78/322', '2024-08-13');
    const text =
      'Decides that the Department of Economic and Social Affairs and the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States of the Secretariat shall continue to support the work on the multidimensional vulnerability index;';
    const decided = relations(text, 'operative', ctx).filter((r) => r === `DECIDES ${SECRETARIAT}`);
    expect(decided).toHaveLength(1);
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF ${DESA} -> ${SECRETARIAT}`);
  });

  it('A/RES/78/205 OP44: "the Office for the Coordination of Humanitarian Affairs of the United Nations Secretariat" under "encourages"', () => {
    const ctx = at('A/RES/78/205', '2023-12-19');
    const text =
      'Requests the Secretary-General to continue to provide the Special Rapporteur with all assistance necessary, and encourages the Office of the United Nations High Commissioner for Human Rights, in close cooperation with the Emergency Relief Coordinator, the Office for the Coordination of Humanitarian Affairs of the United Nations Secretariat and the International Organization for Migration, to continue to support and cooperate with the Special Rapporteur;';
    expect(relations(text, 'operative', ctx)).toContain(`ENCOURAGES ${SECRETARIAT}`);
    expect(relations(text, 'operative', ctx)).not.toContain(`REQUESTS ${SECRETARIAT}`);
  });

  it('guard: a unit printed without its owner names no Secretariat (A/RES/79/113 OP1 form, "the Department of Global Communications")', () => {
    const ctx = at('A/RES/79/113', '2024-12-04');
    const text = 'Approves the programme of work of the Department of Global Communications, and requests the Secretary-General to continue to implement it;';
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain(SECRETARIAT);
  });

  it('guard: "other departments and offices of the Secretariat" (A/RES/78/118 OP27) still names the Secretariat once', () => {
    const ctx = at('A/RES/78/118', '2023-12-07');
    const text =
      'Notes with appreciation the adoption by the Department of Safety and Security, in collaboration with other departments and offices of the Secretariat, of standard operating procedures on the victims of violence registry for fatalities in service;';
    expect(relations(text, 'operative', ctx).filter((r) => r === `NOTES ${SECRETARIAT}`)).toHaveLength(1);
  });
});

describe('in a footnote: the owner Secretariat as any other owner printed in a footnote', () => {
  const ctx = at('A/RES/80/74', '2025-12-01');
  const pp14 =
    'Recognizing that the United Nations plays a significant role in the field of assistance in mine action, in particular through the implementation of the Strategy of the United Nations on Mine Action by members of the Inter-Agency Coordination Group on Mine Action,3 chaired by the Mine Action Service at the working level,';

  it('A/RES/80/74 PP14 note 3: "Consisting of the Mine Action Service of the Department of Peace Operations of the Secretariat, ..."', () => {
    const note =
      'Consisting of the Mine Action Service of the Department of Peace Operations of the Secretariat, the Office for Disarmament Affairs of the Secretariat, the United Nations Development Programme and the World Food Programme.';
    const x = extractWithNotes('PP14', pp14, [{ after: 'Mine Action,3', mark: '3', text: note }], ctx);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECOGNIZES ${SECRETARIAT}`);
    const parts = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(parts).toContain(`PART_OF Organization:Department of Peace Operations -> ${SECRETARIAT}`);
    expect(parts).toContain(`PART_OF Organization:Office for Disarmament Affairs -> ${SECRETARIAT}`);
  });

  it('guard (the same footing): an organ of the Economic and Social Council printed in a note makes the Council a target too', () => {
    const note = 'Consisting of the Statistical Commission of the Economic and Social Council and the United Nations Development Programme.';
    const x = extractWithNotes('PP14', pp14, [{ after: 'Mine Action,3', mark: '3', text: note }], ctx);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECOGNIZES Organization:Economic and Social Council');
  });
});

describe('"the overall review by the General Assembly": the Assembly the agent of its own review, no verb target', () => {
  it('A/RES/79/277 OP4: "Decides that the overall review by the General Assembly shall take stock of the progress made ..."', () => {
    const ctx = at('A/RES/79/277', '2025-03-31');
    const text =
      'Decides that the overall review by the General Assembly shall take stock of the progress made in the implementation of the outcomes of the World Summit on the Information Society and address potential information and communications technology gaps;';
    expect(relations(text, 'operative', ctx)).not.toContain('DECIDES Organization:General Assembly');
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain('Organization:General Assembly');
  });

  it('A/RES/78/132 OP55: "Looks forward to the comprehensive review by the General Assembly, in 2025, of the progress made ..."', () => {
    const ctx = at('A/RES/78/132', '2023-12-19');
    const text =
      'Looks forward to the comprehensive review by the General Assembly, in 2025, of the progress made since the World Summit on the Information Society;';
    expect(relations(text, 'operative', ctx)).not.toContain('LOOKS_FORWARD_TO Organization:General Assembly');
  });

  it('guard: another body\'s review keeps its body ("the review by the Economic and Social Council of ...")', () => {
    const ctx = at('A/RES/78/132', '2023-12-19');
    const text = 'Looks forward to the review by the Economic and Social Council of the progress made since the World Summit on the Information Society;';
    expect(relations(text, 'operative', ctx)).toContain('LOOKS_FORWARD_TO Organization:Economic and Social Council');
  });
});

describe('"the work of the General Assembly": the Assembly the topic, a target', () => {
  it('A/RES/80/169 OP8: "observers having received a standing invitation to participate in the sessions and the work of the General Assembly"', () => {
    const ctx = at('A/RES/80/169', '2025-12-04');
    const text =
      'Also decides that the Conference and the Preparatory Committee shall be open to observers having received a standing invitation to participate in the sessions and the work of the General Assembly;';
    expect(relations(text, 'operative', ctx)).toContain('DECIDES Organization:General Assembly');
  });
});
