// Misses found by the session-30 audit aud30f: A/RES/79/37, 80/64, 80/85, 80/32, 79/299, 78/114, 80/245, 80/195, 79/280,
// 79/262, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/64', date: '2025-12-01' };
const { relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const GA_KEY = 'Organization:General Assembly';
const gaEdges = (text: string, kind?: 'preambular' | 'operative'): string[] => relations(text, kind).filter((r) => r.endsWith(` ${GA_KEY}`));

describe('the General Assembly named only as the actor of what it did before takes no verb edge (settled policy)', () => {
  it('A/RES/79/177 PP4: "welcomed by the General Assembly in its resolution 48/134" (the policy\'s own example)', () => {
    const text =
      'Recalling the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993,';
    const rel = relations(text);
    expect(rel).toContain('RECALLS Framework:Paris Principles');
    expect(rel).toContain('RECALLS Resolution:A/RES/48/134');
    expect(gaEdges(text)).toEqual([]);
  });

  it('A/RES/80/64 PP5: "the establishment by the General Assembly of the United Nations Regional Centre ..."', () => {
    const text =
      'Recalling that the thirtieth anniversary of the establishment by the General Assembly of the United Nations Regional Centre for Peace and Disarmament in Africa, the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific and the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean was celebrated in 2016 and in 2017,';
    expect(relations(text)).toContain('RECALLS Organization:United Nations Regional Centre for Peace and Disarmament in Africa');
    expect(gaEdges(text)).toEqual([]);
  });

  it('A/RES/80/32 PP5: "welcomed the adoption by the General Assembly, without a vote, of resolution 78/25"', () => {
    const text =
      'Noting that the Nineteenth Summit of Heads of State or Government of Non‑Aligned Countries, held in Kampala on 19 and 20 January 2024, welcomed the adoption by the General Assembly, without a vote, of resolution 78/25 on the observance of environmental norms in the drafting and implementation of agreements on disarmament and arms control,';
    expect(relations(text)).toContain('NOTES Resolution:A/RES/78/25');
    expect(gaEdges(text)).toEqual([]);
  });

  it('A/RES/80/85 OP1: "in the absence of a decision by the General Assembly itself"', () => {
    const text =
      'Reaffirms that, in the absence of a decision by the General Assembly itself that a Non-Self-Governing Territory has attained a full measure of self-government in terms of Chapter XI of the Charter of the United Nations, the administering Power concerned should continue to transmit information under Article 73 e of the Charter with respect to that Territory;';
    expect(relations(text, 'operative')).toContain('REAFFIRMS Framework:Charter of the United Nations');
    expect(gaEdges(text, 'operative')).toEqual([]);
  });

  it('A/RES/79/37 PP5: "in 1978, the Assembly stressed that ..." (the subject of a past act)', () => {
    const text =
      'Recalling also that at the first special session of the General Assembly devoted to disarmament, in 1978, the Assembly stressed that nuclear weapons posed the greatest danger to mankind and to the survival of civilization,';
    expect(relations(text)).toContain('RECALLS Event:tenth special session of the General Assembly');
    expect(gaEdges(text)).toEqual([]);
  });

  it('A/RES/78/120 PP12: "its resolution 71/1 of 19 September 2016, in which the General Assembly adopted the New York Declaration"', () => {
    const text =
      'Recalling its resolution 71/1 of 19 September 2016, in which the General Assembly adopted the New York Declaration for Refugees and Migrants,';
    expect(relations(text)).toContain('RECALLS Resolution:A/RES/71/1');
    expect(gaEdges(text)).toEqual([]);
  });

  it('guard: the Assembly as addressee keeps its edge ("to submit a report ... to the General Assembly at its eighty-first session", A/RES/80/32 OP4)', () => {
    const text =
      'Invites all Member States to communicate to the Secretary-General information on the measures that they have adopted to promote the objectives envisaged in the present resolution, and requests the Secretary-General to submit a report containing that information to the General Assembly at its eighty-first session;';
    expect(gaEdges(text, 'operative')).toEqual([`REQUESTS ${GA_KEY}`]);
  });

  it('guard: "to keep the General Assembly informed" (A/RES/78/103 OP4) is an addressee, not a past act', () => {
    expect(gaEdges('Requests the Secretary-General to keep the General Assembly informed of developments regarding the establishment of regional centres;', 'operative')).toEqual([
      `REQUESTS ${GA_KEY}`,
    ]);
  });

  it('guard: the agent and an addressee in one clause: the addressee keeps the clause\'s edge (A/RES/78/228 PP48)', () => {
    const text =
      'Recalling the request made to the Secretary-General by the General Assembly in its resolution 64/293 to include, within existing reporting obligations to the Assembly under the item on crime prevention and criminal justice, a section on trafficking in persons,';
    expect(gaEdges(text)).toEqual([`RECALLS ${GA_KEY}`]);
  });
});

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
