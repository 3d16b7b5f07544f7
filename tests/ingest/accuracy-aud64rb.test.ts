// Session-64 audit aud64rb: residual faults of earlier gold sets (aud64r 80/50, aud64e 79/317). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { keys, relations, attributions } = oneParagraph({
  ctx: ctxOf('A/RES/80/50', '2025-12-01', 'Humanitarian consequences of nuclear weapons'),
  kind: 'preambular',
});
const MOVEMENT = 'Organization:International Red Cross and Red Crescent Movement';
const COUNCIL_OF_DELEGATES = `Organization:Council of Delegates of the International Red Cross and Red Crescent Movement`;

describe('an organ printed with its owner: the organ PART_OF the owner, both targets of the verb (session 50)', () => {
  it('A/RES/80/50 PP8 (78/34, 79/37): "the resolutions ... of the Council of Delegates of the International Red Cross and Red Crescent Movement"', () => {
    const text =
      'Noting the resolutions of 26 November 2011 and 22 June 2022 of the Council of Delegates of the International Red Cross and Red Crescent Movement entitled “Working towards the elimination of nuclear weapons”,';
    expect(relations(text)).toEqual(expect.arrayContaining([`NOTES ${COUNCIL_OF_DELEGATES}`, `NOTES ${MOVEMENT}`]));
    expect(attributions(text)).toContain(`PART_OF ${COUNCIL_OF_DELEGATES} -> ${MOVEMENT}`);
    // (no bare "Council of Delegates" of no one)
    expect(keys(text, 'Organization:Council of Delegates').sort()).toEqual([COUNCIL_OF_DELEGATES]);
  });

  it('guard: A/RES/78/119 PP31 "the Health Care in Danger project of the International Red Cross and Red Crescent Movement": the Movement LEADS it, no PART_OF', () => {
    const text = 'Recalling the Health Care in Danger project of the International Red Cross and Red Crescent Movement,';
    expect(relations(text)).toContain(`RECALLS ${MOVEMENT}`);
    expect(attributions(text)).toEqual([`LEADS ${MOVEMENT} -> Initiative:Health Care in Danger`]);
  });
});

describe('a body whose act dates the clause: a time, no target of the verb (session 63, as "years after the convening of")', () => {
  const afghanistan = ctxOf('A/RES/79/317', '2025-07-07', 'The situation in Afghanistan');
  const TALIBAN = 'Organization:Taliban';
  it('A/RES/79/317 OP1: "abuses of human rights ... since the takeover by the Taliban"', () => {
    const text =
      'Expresses deep concern over the dire economic, humanitarian and social conditions, persistent violence and the presence of terrorist groups, the absence of political inclusivity and representative decision-making, as well as violations and abuses of human rights, including those of women, girls and persons belonging to minorities since the takeover by the Taliban;';
    expect(keys(text, TALIBAN, 'operative', afghanistan)).toEqual([TALIBAN]);
    expect(relations(text, 'operative', afghanistan).filter((r) => r.endsWith(TALIBAN))).toEqual([]);
  });

  it('A/RES/79/317 OP40: "subsequent to the Taliban’s edicts" a time; "the primary responsibility of the Taliban" a target', () => {
    const text =
      'Strongly welcomes initiatives of regional and international actors that aim to provide quality education for the Afghan population, especially for women and girls, subsequent to the Taliban’s edicts, and encourages all relevant actors to consider further activities in this regard, while recalling the primary responsibility of the Taliban to ensure equal, adequate and quality education in Afghanistan;';
    const rels = relations(text, 'operative', afghanistan).filter((r) => r.endsWith(TALIBAN));
    expect(rels).toEqual([`RECALLS ${TALIBAN}`]);
  });

  it('guard: A/RES/79/317 OP24 "Welcomes steps taken by the Taliban": a target', () => {
    const text = 'Welcomes steps taken by the Taliban to reduce the cultivation of opium poppy;';
    expect(relations(text, 'operative', afghanistan)).toContain(`WELCOMES ${TALIBAN}`);
  });

  it('guard: A/RES/79/317 PP12 "Noting the Taliban’s efforts to reduce the cultivation of opium": a possessive with no time word, a target', () => {
    const text = 'Noting the Taliban’s efforts to reduce the cultivation of opium,';
    expect(relations(text, 'preambular', afghanistan)).toContain(`NOTES ${TALIBAN}`);
  });
});

describe('a framework printed in lower case with its period: the framework, endorsed by the body printed before it', () => {
  const sport = ctxOf('A/RES/79/8', '2024-11-04', 'Sport: a global accelerator of sustainable development and peace');
  const PLAN = 'Framework:Global Action Plan on Physical Activity 2018-2030'; // (keyed with a hyphen)
  it('A/RES/79/8 OP4: "the endorsement by the World Health Assembly of the global action plan on physical activity 2018–2030"', () => {
    const text =
      'Welcomes the growing attention by the international community to exploring and leveraging the role of sport and physical activity in the attainment of development objectives and the enjoyment of human rights, and in this regard acknowledges the endorsement by the General Conference of the United Nations Educational, Scientific and Cultural Organization of the Kazan Action Plan and its sport policy follow-up framework, adopted at the sixth International Conference of Ministers and Senior Officials Responsible for Physical Education and Sport, as a voluntary, overarching reference for fostering international convergence among policymakers in the fields of physical education, physical activity and sports, as well as a potential tool for aligning international and national policy in these fields, and the endorsement by the World Health Assembly of the global action plan on physical activity 2018–2030;';
    expect(relations(text, 'operative', sport)).toContain(`ACKNOWLEDGES ${PLAN}`);
    expect(attributions(text, 'operative', sport)).toContain(`ENDORSES Organization:World Health Assembly -> ${PLAN}`);
  });

  it('guard: "the global action plan on antimicrobial resistance" stays its own framework', () => {
    const text = 'Welcomes the global action plan on antimicrobial resistance;';
    expect(keys(text, 'Framework:', 'operative', sport)).toEqual(['Framework:Global Action Plan on Antimicrobial Resistance']);
  });
});
