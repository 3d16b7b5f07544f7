// Session-61 audit aud61m: residual faults left by session 60's gold sets (aud60f, aud60r, aud60e, aud60p). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/159', '2023-12-19'), kind: 'preambular' });

describe('item 1: "resolutions ... adopted by the <body>, including resolution N": the body is the author, ADOPTED each number', () => {
  const UNEA = 'Organization:United Nations Environment Assembly';
  const UNEP = 'Organization:United Nations Environment Programme';
  const R2_10 = 'Resolution:United Nations Environment Assembly resolution 2/10';
  const R4_11 = 'Resolution:United Nations Environment Assembly resolution 4/11';

  it('A/RES/78/159 PP16: the Environment Assembly of UNEP adopted 2/10 and 4/11; neither it nor its owner is recalled', () => {
    const text =
      'Recalling resolutions related to integrated coastal zone management adopted by the United Nations Environment Assembly of the United Nations Environment Programme, including resolution 2/10 on oceans and seas16 and resolution 4/11 on the protection of the marine environment from land-based activities,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${R2_10}`);
    expect(rel).toContain(`RECALLS ${R4_11}`);
    expect(rel).not.toContain(`RECALLS ${UNEA}`);
    expect(rel).not.toContain(`RECALLS ${UNEP}`);
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R2_10}`);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R4_11}`);
    expect(att).toContain(`PART_OF ${UNEA} -> ${UNEP}`);
  });

  it('A/RES/80/145 PP20: the same list with its marks after the commas, "seas,19 resolution 4/11 ...20 and resolution 6/15"', () => {
    const text =
      'Recalling resolutions related to integrated coastal zone management adopted by the United Nations Environment Assembly of the United Nations Environment Programme, including resolution 2/10 on oceans and seas,19 resolution 4/11 on the protection of the marine environment from land-based activities20 and resolution 6/15 on strengthening ocean action,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/80/145', '2025-12-15'));
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R2_10}`);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R4_11}`);
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 6/15`);
  });

  it('guard: A/RES/78/263 OP34 "decision Assembly/AU/Dec.729(XXXII) ... of the Assembly of Heads of State and Government of the African Union on revitalizing ... the African Union Policy": the owner inside the name of the author is no target (aud61j, sessions 52-54 ruling)', () => {
    const rel = relations(
      'Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government of the African Union on revitalizing and operationalizing the African Union Policy on Post-Conflict Reconstruction and Development,',
      'operative',
      ctxOf('A/RES/78/263', '2024-02-05'),
    );
    expect(rel).not.toContain('RECALLS Organization:African Union');
    expect(rel).toContain('RECALLS Framework:African Union Policy on Post-Conflict Reconstruction and Development');
  });

  it('A/RES/80/201 PP4: "relevant resolutions adopted by the Human Rights Council, including resolutions 36/6 ...": the Council is their author', () => {
    const rel = relations(
      'Recalling its resolutions 70/160 of 17 December 2015 and 78/207 of 19 December 2023, as well as relevant resolutions adopted by the Human Rights Council, including resolutions 36/6 of 28 September 2017, 45/3 of 6 October 2020 and 54/14 of 11 October 2023,',
      'preambular',
      ctxOf('A/RES/80/201', '2025-12-15'),
    );
    expect(rel).toContain('RECALLS Resolution:A/HRC/RES/36/6');
    expect(rel).toContain('RECALLS Resolution:A/HRC/RES/54/14');
    expect(rel).not.toContain('RECALLS Organization:Human Rights Council');
  });

  it('guard: "resolutions adopted by the Commission" with no number of its own after it leaves the body a target (aud42e)', () => {
    const rel = relations(
      'Recalling the resolutions adopted by the United Nations Environment Assembly of the United Nations Environment Programme on integrated coastal zone management,',
    );
    expect(rel).toContain(`RECALLS ${UNEA}`);
  });
});

describe('item 4: "its" after a clause naming the Assembly\'s own resolution, or a framework and the sitting that adopted it', () => {
  const ctx210 = ctxOf('A/RES/79/210', '2024-12-19');
  const DAY = 'Event:International Mother Earth Day';

  it('A/RES/79/210 PP3: "its resolution 63/278 ..., by which it designated 22 April as International Mother Earth Day, and recognizing its importance": the Day', () => {
    const rel = relations(
      'Recalling also its resolution 63/278 of 22 April 2009, by which it designated 22 April as International Mother Earth Day, and recognizing its importance,',
      'preambular',
      ctx210,
    );
    expect(rel).toContain(`RECOGNIZES ${DAY}`);
    expect(rel).not.toContain('RECOGNIZES Resolution:A/RES/63/278');
  });

  it('A/RES/79/210 PP14: "the New Urban Agenda, adopted at ... (Habitat III), ..., and recognizing that its implementation can contribute": the Agenda', () => {
    const rel = relations(
      'Reaffirming further the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016, and recognizing that its implementation can contribute to achieving environmental sustainability by protecting ecosystems and biodiversity,',
      'preambular',
      ctx210,
    );
    expect(rel).toContain('RECOGNIZES Framework:New Urban Agenda');
    expect(rel).not.toContain('RECOGNIZES Event:United Nations Conference on Housing and Sustainable Urban Development');
  });

  it('A/RES/78/69 OP348: "notes the Agreement ..., negotiated under the auspices of the Arctic Council, and notes that its implementation will increase": the Agreement', () => {
    const { extract } = oneParagraph({ ctx: ctxOf('A/RES/78/69', '2023-12-05'), kind: 'operative' });
    const pronoun = extract('Further notes the Agreement on Enhancing International Arctic Scientific Cooperation, negotiated under the auspices of the Arctic Council, and notes that its implementation will increase the development of scientific knowledge about the region;').relations.filter((r) => r.phrase === 'its');
    expect(pronoun.map((r) => `${r.type} ${r.target}`)).toEqual(['NOTES Framework:Agreement on Enhancing International Arctic Scientific Cooperation']);
  });

  it('A/RES/78/232 OP30: "Looks forward to the fourth International Conference ..., and notes that its overarching theme shall be ...": the Conference', () => {
    const rel = relations(
      'Looks forward to the fourth International Conference on Small Island Developing States, to be held in Antigua and Barbuda from 27 to 30 May 2024, and notes that its overarching theme shall be “Charting the course toward resilient prosperity”;',
      'operative',
      ctxOf('A/RES/78/232', '2023-12-22'),
    );
    expect(rel).toContain('NOTES Event:Fourth International Conference on Small Island Developing States');
  });

  it('A/RES/78/232 OP16: "the adoption of the ... Framework at the fifteenth meeting of the Conference of the Parties ..., supports its implementation by 2030": the Framework', () => {
    const rel = relations(
      'Recognizes the unique opportunity offered for small island developing States’ degraded ecosystems and environmental resilience with the adoption of the landmark Kunming-Montreal Global Biodiversity Framework at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, supports its implementation by 2030;',
      'operative',
      ctxOf('A/RES/78/232', '2023-12-22'),
    );
    expect(rel).toContain('SUPPORTS Framework:Kunming-Montreal Global Biodiversity Framework');
    expect(rel).not.toContain('SUPPORTS Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity');
  });

  it('guard: two candidates and a word other than "implementation" stay unresolved ("... adopted at the ..., and welcoming its outcomes")', () => {
    const rel = relations(
      'Reaffirming further the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016, and welcoming its outcomes,',
      'preambular',
      ctx210,
    );
    expect(rel.filter((r) => r.startsWith('WELCOMES '))).toEqual([]);
  });

  it('guard: the Assembly\'s own resolution with no act naming another thing stays a blocker ("its resolution 63/278, and recognizing its importance")', () => {
    const rel = relations('Recalling also its resolution 63/278 of 22 April 2009 on International Mother Earth Day, and recognizing its importance,', 'preambular', ctx210);
    expect(rel.filter((r) => r.startsWith('RECOGNIZES '))).toEqual([]);
  });
});

describe('item 5: a sitting whose name prints "Meeting" capitalised is SESSION_OF the Initiative the paragraph names', () => {
  it('A/RES/79/143 PP9: "adopted at the eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme"', () => {
    const att = attributions(
      'Taking note with appreciation of regional initiatives, including the Global Snow Leopard and Ecosystem Protection Programme and the Samarkand Resolution of 2024 for snow leopard conservation and climate adaptation, adopted at the eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme,',
      'preambular',
      ctxOf('A/RES/79/143', '2024-12-19'),
    );
    expect(att).toContain('SESSION_OF Event:Eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem Protection Programme -> Initiative:Global Snow Leopard and Ecosystem Protection Programme');
  });

  it('A/RES/79/144 OP277: "the thirty-eighth General Meeting of the International Coral Reef Initiative was convened in Jeddah"', () => {
    const att = attributions(
      'Reiterates its support for the International Coral Reef Initiative, notes that the thirty-eighth General Meeting of the International Coral Reef Initiative was convened in Jeddah, Saudi Arabia, from 10 to 13 September 2024;',
      'operative',
      ctxOf('A/RES/79/144', '2024-12-12'),
    );
    expect(att).toContain('SESSION_OF Event:Thirty-eighth General Meeting of the International Coral Reef Initiative -> Initiative:International Coral Reef Initiative');
  });

  it('guard: the owner not named as an Initiative in the paragraph gives no SESSION_OF ("the eighth Steering Committee Meeting of the Snow Leopard Programme")', () => {
    const att = attributions('Noting the eighth Steering Committee Meeting of the Snow Leopard Programme,', 'preambular', ctxOf('A/RES/79/143', '2024-12-19'));
    expect(att.filter((a) => a.startsWith('SESSION_OF '))).toEqual([]);
  });
});
