// Session-38 audit aud38j: verb relations clause by clause on a fresh random sample of corpus-ga (A/RES/79/143, 79/43, 78/236,
// 79/131, 80/100, 79/75, 79/44: about 310 verb edges, one wrong before: 78/236 PP2, left alone, see the report). The sample
// was clean, so the siblings of its one doubtful verb ("requesting" inside a preamble) were read across corpus-ga. Fixed:
// "requesting" as the adjective of the law of mutual assistance ("requested and requesting States") or as a gerund after
// "consider" opens no REQUESTS clause; in a preamble, a participle after a plain "and" inside a that- or relative clause goes
// on with that clause's subject ("the Russian Federation submitted a letter ... lodging a complaint ... and requesting ...").
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' };
const { relations } = oneParagraph({ ctx: GA79, kind: 'preambular' });
const relationsOf = (text: string, kind: 'operative' | 'preambular' = 'preambular') => splitClauses(text, kind).map((c) => c.relation ?? null);
const UNODC = 'Organization:United Nations Office on Drugs and Crime';

describe('"requesting" as an adjective or a gerund opens no REQUESTS clause', () => {
  it('A/RES/79/190 PP54: "Calling upon all States parties to the Convention and, in particular, requested and requesting States, to cooperate": one CALLS_UPON clause', () => {
    const text =
      'Calling upon all States parties to the Convention and, in particular, requested and requesting States, to cooperate to recover the proceeds of corruption and demonstrate strong commitment to ensure the return or disposal of such proceeds in accordance with article 57 of the Convention,';
    expect(relationsOf(text)).toEqual(['CALLS_UPON']);
    expect(relations(text).filter((r) => r.startsWith('REQUESTS'))).toEqual([]);
  });

  it('A/RES/79/190 PP16: "invited States parties to consider, as appropriate, requesting the assistance of the United Nations Office on Drugs and Crime": what the recalled resolution invited, RECALLS UNODC', () => {
    const text =
      'Recalling resolution 9/8 of 17 December 2021 of the Conference of the States Parties to the United Nations Convention against Corruption on anti-corruption education, awareness-raising and training, in which the Conference recognized the fundamental role of education in the prevention of and fight against corruption, urged States parties to implement or improve, as may be necessary, their efforts to implement anti-corruption educational programmes for young people, and invited States parties to consider, as appropriate, requesting the assistance of the United Nations Office on Drugs and Crime in that regard,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${UNODC}`);
    expect(rel.filter((r) => r.startsWith('REQUESTS'))).toEqual([]);
  });

  it('guard: A/RES/78/115 OP16 "expert advice is provided to those States requiring and requesting assistance in becoming parties": one URGES clause (an operative participle after a plain "and" never opened one)', () => {
    const text =
      'Urges States to cooperate with the Secretary-General and with one another, as well as with interested intergovernmental organizations, with a view to ensuring, where appropriate within existing mandates, that technical and other expert advice is provided to those States requiring and requesting assistance in becoming parties to and implementing the conventions and protocols referred to in paragraph 15 above;';
    expect(relationsOf(text, 'operative')).toEqual(['URGES']);
  });

  it('guard: A/RES/78/222 PP23 "..., and requesting that the Commission of Inquiry continue to brief the General Assembly": the body requests', () => {
    const text =
      'Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab Republic, welcoming its reports, strongly condemning the continued lack of cooperation by the Syrian regime with the Commission of Inquiry, reiterating its decision to transmit the reports of the Commission of Inquiry to the Security Council, expressing its appreciation to the Commission of Inquiry for its briefings to members of the Security Council, and requesting that the Commission of Inquiry continue to brief the General Assembly and members of the Security Council,';
    expect(relationsOf(text)).toEqual(['EXPRESSES', 'WELCOMES', 'CONDEMNS', 'REITERATES', 'EXPRESSES', 'REQUESTS']);
  });

  it('guard: a verb with its object and infinitive: "..., and requesting States to submit their views" still opens REQUESTS', () => {
    expect(relationsOf('Noting the report of the Secretary-General, and requesting States to submit their views to the Secretary-General,')).toEqual(['NOTES', 'REQUESTS']);
  });
});

describe('a participle after a plain "and" inside a that-clause of a preamble is that clause\'s', () => {
  it('A/RES/78/67 PP15 (79/78 PP15): "the Russian Federation submitted a letter ... lodging a complaint, ... and requesting the consideration of a proposed draft resolution": NOTES the Security Council, no REQUESTS', () => {
    const text =
      'Noting further that, on 24 October 2022, the Russian Federation submitted a letter to the President of the Security Council lodging a complaint, pursuant to article VI of the Convention, regarding outstanding questions by the Russian Federation to the United States of America and Ukraine concerning the fulfilment of their respective obligations under the Convention in the context of the operation of biological laboratories in Ukraine and requesting the consideration of a proposed draft resolution to set up a commission to investigate its claims against the United States of America and Ukraine, that on 27 October 2022 the Security Council considered this complaint, and that on 2 November 2022 the Council took action on the draft resolution submitted by the Russian Federation and that it was not adopted,';
    expect(relationsOf(text)).toEqual(['NOTES']);
    expect(relations(text).filter((r) => r.startsWith('REQUESTS'))).toEqual([]);
  });

  it('A/RES/80/180 PP27: "young people are ... active actors in shaping the development of artificial intelligence and calling for inclusive governance, and that ... the Sustainable Development Goals": ACKNOWLEDGES the Goals', () => {
    const text =
      'Acknowledging that young people are not only users but active actors in shaping the development of artificial intelligence and calling for inclusive governance and the ethical use of artificial intelligence, and that youth-led initiatives in climate monitoring, healthcare, disaster response, water, agriculture and civic engagement demonstrate the potential of artificial intelligence to accelerate progress on the Sustainable Development Goals, while underscoring the importance of safeguarding their rights, safety and meaningful participation in the digital context,';
    const rel = relations(text);
    expect(rel).toContain('ACKNOWLEDGES Framework:Sustainable Development Goals');
    expect(rel.filter((r) => r.startsWith('CALLS_UPON'))).toEqual([]);
  });

  it('guard: A/RES/79/75 PP8 "Recalling the role played by the International Committee of the Red Cross ..., and welcoming the particular efforts": a comma sets the body\'s participle off', () => {
    const text =
      'Recalling the role played by the International Committee of the Red Cross in the elaboration of the Convention and the Protocols thereto, and welcoming the particular efforts of various international, non-governmental and other organizations in raising awareness of the humanitarian consequences of various categories of conventional weapons which may be deemed to be excessively injurious or to have indiscriminate effects,';
    expect(relationsOf(text)).toEqual(['RECALLS', 'WELCOMES']);
  });

  it('guard: no that-clause before it: "Recalling its resolution 78/64 and welcoming the report of the Secretary-General" opens WELCOMES', () => {
    expect(relationsOf('Recalling its resolution 78/64 of 4 December 2023 and welcoming the report of the Secretary-General,')).toEqual(['RECALLS', 'WELCOMES']);
  });
});
