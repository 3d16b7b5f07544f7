// Session-57 audit aud57b: A/RES/78/1 (the political declaration of the high-level political forum convened under the auspices of
// the General Assembly, the SDG Summit of September 2023; its annex speaks as "We") annotated before looking at the graph
// (tests/gold/aud57b-A_RES_78_1.gold.tsv), then scored. Fixed, each with the file and paragraph it was found in and a guard:
// - the Assembly as agent of its own act (the lead's ruling, session 54) also its deciding or agreeing named as a noun ("agreement
//   by the General Assembly on its modalities", "in the absence of a decision by the General Assembly itself"): no verb target
//   ("endorsed by the General Assembly," with no note stays the verb's: accuracy-aud41f asserts it; left to the lead);
// - an edition's year printed with "United Nations" around the gazetteer's name ("the 2022 United Nations Transforming Education
//   Summit", "the UN 2023 Water Conference"): its STARTS_ON, as "the 2026 United Nations Water Conference" has.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA = 'Organization:General Assembly';
const ctx781: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/1', date: '2023-09-29' };
/** a paragraph of 78/1's annexed declaration (the graph numbers them Annex.OP1..), extracted in its voice */
const annex = (id: string, text: string) => extractParagraph(notedParagraph(id, text), { ...ctx781 });
const relationsOf = (x: ReturnType<typeof annex>) => x.relations.map((r) => `${r.type} ${r.target}`);
const attributionsOf = (x: ReturnType<typeof annex>) => x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('item 1: the Assembly deciding or agreeing is the agent of its own act, no verb target (session 54)', () => {
  it('A/RES/78/1 Annex.OP37: "the proposed world social summit in 2025, subject to discussion and agreement by the General Assembly on its modalities"', () => {
    const x = annex(
      'Annex.OP37',
      'We look forward to the proposed world social summit in 2025, subject to discussion and agreement by the General Assembly on its modalities, and emphasize that the possible summit outcome should have a social development approach and give momentum towards the implementation of the 2030 Agenda.',
    );
    const rel = relationsOf(x);
    expect(rel.filter((r) => r.endsWith(GA))).toEqual([]);
    expect(rel).toContain('LOOKS_FORWARD_TO Event:Second World Summit for Social Development');
    expect(rel).toContain('EMPHASIZES Framework:2030 Agenda for Sustainable Development');
  });

  it('A/RES/78/81 OP1 (79/94, 80/85; 78/94 OP16): "in the absence of a decision by the General Assembly itself that a Non-Self-Governing Territory has attained ..."', () => {
    const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/81', date: '2023-12-05' }, kind: 'operative' });
    const rel = relations(
      'Reaffirms that, in the absence of a decision by the General Assembly itself that a Non-Self-Governing Territory has attained a full measure of self-government in terms of Chapter XI of the Charter of the United Nations, the administering Power concerned should continue to transmit information under Article 73 e of the Charter with respect to that Territory;',
    );
    expect(rel).not.toContain(`REAFFIRMS ${GA}`);
    expect(rel).toContain('REAFFIRMS Framework:Charter of the United Nations');
  });

  it('guard: A/RES/78/230 PP: "the decision by the Assembly of the African Union at its thirty-sixth ordinary session" is another body\'s act', () => {
    const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/230', date: '2023-12-22' }, kind: 'preambular' });
    const rel = relations(
      'Noting also the work of the African Union, in collaboration with other pan-African institutions, in promoting international cooperation to fight illicit financial flows, including the decision by the Assembly of the African Union at its thirty-sixth ordinary session, held in Addis Ababa on 18 and 19 February 2023, to curb illicit financial flows that drain substantial financial resources from Africa,',
    );
    expect(rel).toContain('NOTES Organization:African Union');
    expect(rel).toContain('NOTES Organization:Assembly of Heads of State and Government of the African Union');
  });
});

describe('item 2: an edition\'s year printed with "United Nations" around the gazetteer\'s name dates the edition (STARTS_ON)', () => {
  it('A/RES/78/1 Annex.OP38 (d): "We also take note of the 2022 United Nations Transforming Education Summit."', () => {
    const x = annex('Annex.OP38', 'We will address barriers to girls’ education. We also take note of the 2022 United Nations Transforming Education Summit.');
    expect(relationsOf(x)).toContain('NOTES Event:Transforming Education Summit @ 2022');
    expect(attributionsOf(x)).toContain('STARTS_ON Event:Transforming Education Summit @ 2022 -> Date:2022');
    expect(x.mentions.map((m) => m.key)).toContain('Date:2022');
  });

  it('A/RES/78/1 Annex.OP38 (f): "and we commend the convening of the UN 2023 Water Conference."', () => {
    const x = annex(
      'Annex.OP38',
      'We note the importance of the mid-term comprehensive review of the implementation of the International Decade for Action, “Water for Sustainable Development”, 2018–2028 and the water-related goals and targets of the 2030 Agenda, and we commend the convening of the UN 2023 Water Conference.',
    );
    expect(relationsOf(x)).toContain('APPRECIATES Event:United Nations Water Conference @ 2023');
    expect(attributionsOf(x)).toContain('STARTS_ON Event:United Nations Water Conference @ 2023 -> Date:2023');
  });

  it('guard: the Summit named with no year printed gets no date of a printed year', () => {
    const x = annex('Annex.OP38', 'We also take note of the United Nations Transforming Education Summit.');
    expect(x.mentions.map((m) => m.key)).not.toContain('Date:2022');
  });
});
