// Session-52 audit aud52g (gold set aud52g: A/RES/78/319, 80/9, 79/331, plenary resolutions adopted without reference to a Main
// Committee). Each case quotes the file and paragraph it comes from; each fix has a guard.
// - la Francophonie's short name: "the Secretary-General of la Francophonie" (A/RES/79/331 PP7, PP21, PP23, PP24, OP54, OP55) is
//   the Organization's Secretary-General, not the United Nations' (as "the Secretary-General of the Organization of Islamic
//   Cooperation" already is), and "the actions taken by la Francophonie" (OP16) names the Organization.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_79_331: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-09-05' };
const { relations, keys } = oneParagraph({ ctx: RES_79_331, kind: 'preambular' });

const OIF = 'Organization:International Organization of la Francophonie';
const OIF_SG = 'Organization:Secretary-General of the International Organization of la Francophonie';
const UN_SG = 'Organization:Secretary-General of the United Nations';

describe('la Francophonie by its short name, and its Secretary-General', () => {
  it('A/RES/79/331 PP21: "Welcoming the advocacy by the Secretary-General of la Francophonie": the Organization\'s Secretary-General (and the Organization, its owner), not the United Nations\'', () => {
    const rel = relations('Welcoming the advocacy by the Secretary-General of la Francophonie for taking multidimensional vulnerability into account in the allocation of development funding,');
    expect(rel).toContain(`WELCOMES ${OIF_SG}`);
    expect(rel).toContain(`WELCOMES ${OIF}`);
    expect(rel).not.toContain(`WELCOMES ${UN_SG}`);
  });

  it('A/RES/79/331 PP7: "the continued transformation of the International Organization of la Francophonie undertaken by the Secretary-General of la Francophonie"', () => {
    const rel = relations(
      'Welcoming the continued transformation of the International Organization of la Francophonie undertaken by the Secretary-General of la Francophonie to make it more flexible and efficient,',
    );
    expect(rel).toContain(`WELCOMES ${OIF_SG}`);
    expect(rel).not.toContain(`WELCOMES ${UN_SG}`);
  });

  it('A/RES/79/331 OP16: "Notes the actions taken by la Francophonie": the Organization', () => {
    expect(relations('Notes the actions taken by la Francophonie to prevent and counter terrorism and violent extremism conducive to terrorism;', 'operative')).toEqual([`NOTES ${OIF}`]);
  });

  it('guard, A/RES/79/331 OP55: "Invites the Secretary-General of the United Nations ..., in collaboration with the Secretary-General of la Francophonie": both Secretaries-General', () => {
    const rel = relations(
      'Invites the Secretary-General of the United Nations to take the steps necessary, in collaboration with the Secretary-General of la Francophonie, to continue to promote cooperation between the two organizations;',
      'operative',
    );
    expect(rel).toContain(`INVITES ${UN_SG}`);
    expect(rel).toContain(`INVITES ${OIF_SG}`);
  });

  it('guard, A/RES/79/331 OP4: the 2006 Ministerial Conference keeps its topic in its name; PP13: the Summit stays a sitting of its own', () => {
    expect(
      keys(
        'Commends the initiatives taken in accordance with the commitments set forth in its Bamako Declaration, and reaffirmed at the Ministerial Conference of la Francophonie on Conflict Prevention and Human Security, held on 13 and 14 May 2006 in Saint-Boniface, Canada;',
        'Event:',
        'operative',
      ),
    ).toEqual(['Event:Ministerial Conference of la Francophonie on Conflict Prevention and Human Security @ 2006']);
    const rel = relations('Welcoming the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris, on 4 and 5 October 2024,');
    expect(rel).toContain('WELCOMES Event:Nineteenth Summit of la Francophonie');
    expect(rel).not.toContain(`WELCOMES ${OIF}`);
  });

  it('guard, A/RES/79/331 OP21: "the Institute for Sustainable Development of la Francophonie" stays one body', () => {
    expect(keys('Welcomes the action taken by the International Organization of la Francophonie and the Institute for Sustainable Development of la Francophonie to promote greater inclusiveness;', 'Organization:Institute', 'operative')).toEqual([
      'Organization:Institute for Sustainable Development of la Francophonie',
    ]);
  });

  it('guard, A/RES/80/200 OP7: "the Secretary-General of the Organization of Islamic Cooperation" as before', () => {
    const rel = relations('Calls upon all States to take the following actions, as called for by the Secretary-General of the Organization of Islamic Cooperation;', 'operative');
    expect(rel).toContain('CALLS_UPON Organization:Secretary-General of the Organization of Islamic Cooperation');
    expect(rel).not.toContain(`CALLS_UPON ${UN_SG}`);
  });
});

// - "the eighteenth and twenty-first meetings, respectively, of the [Informal Consultative Process], in 2017 and 2021" (A/RES/78/319
//   PP10; 78/69 OP202, OP308, 79/144, 80/110): the "respectively" between the plural noun and "of the" no longer hides the owner,
//   so the two sittings are read as "the eighteenth and twenty-first meetings of ..." is; the years after the list are theirs in
//   order (the last sitting's window read only the first).
const ICP = 'United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea';
const RES_78_319: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/319', date: '2024-08-01' };
const RES_78_69: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
const { attributions } = oneParagraph({ ctx: RES_78_319, kind: 'preambular' });

describe('listed sittings with "respectively" before their owner, and their years in order', () => {
  const PP10 =
    'Recognizing the importance of improving understanding of the impacts of climate change on oceans and seas, and noting the attention paid to the themes of “The effects of climate change on oceans” and “Sea level rise and its impacts” at the eighteenth and twenty-first meetings, respectively, of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea, in 2017 and 2021, which, inter alia, highlighted the urgency of sea level rise for small island developing States,';

  it('A/RES/78/319 PP10: NOTES the two meetings, each a sitting of the Process, dated 2017 and 2021', () => {
    const rel = relations(PP10, 'preambular', { ...RES_78_319 });
    expect(rel).toContain(`NOTES Event:eighteenth meeting of the ${ICP}`);
    expect(rel).toContain(`NOTES Event:twenty-first meeting of the ${ICP}`);
    const att = attributions(PP10);
    expect(att).toContain(`SESSION_OF Event:twenty-first meeting of the ${ICP} -> Organization:${ICP}`);
    expect(att).toContain(`STARTS_ON Event:eighteenth meeting of the ${ICP} -> Date:2017`);
    expect(att).toContain(`STARTS_ON Event:twenty-first meeting of the ${ICP} -> Date:2021`);
    expect(att).not.toContain(`STARTS_ON Event:twenty-first meeting of the ${ICP} -> Date:2017`);
  });

  it('A/RES/78/69 OP308: "at the twentieth and twenty-second meetings, respectively, of the Informal Consultative Process in 2019 and 2022"', () => {
    const text =
      'Recognizes the attention paid to the themes of ocean science and ocean observing at the twentieth and twenty-second meetings, respectively, of the Informal Consultative Process in 2019 and 2022, and welcomes the steps taken;';
    const att = attributions(text, 'operative', { ...RES_78_69 });
    expect(att).toContain(`STARTS_ON Event:twentieth meeting of the ${ICP} -> Date:2019`);
    expect(att).toContain(`STARTS_ON Event:twenty-second meeting of the ${ICP} -> Date:2022`);
  });

  it('guard: "the sixth and seventh meetings of the Inter-Agency Task Force ..., held in New York on 2 December 2022" shares its one date as before', () => {
    const text = 'Noting the sixth and seventh meetings of the Inter-Agency Task Force on Financing for Development, held in New York on 2 December 2022,';
    const att = attributions(text);
    expect(att).toContain('STARTS_ON Event:sixth meeting of the Inter-Agency Task Force on Financing for Development -> Date:2022-12-02');
    expect(att).toContain('STARTS_ON Event:seventh meeting of the Inter-Agency Task Force on Financing for Development -> Date:2022-12-02');
  });

  it('guard: three years after two sittings pair none ("in 2017, 2019 and 2021")', () => {
    const text = 'Noting the eighteenth and twenty-first meetings of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea, in 2017, 2019 and 2021,';
    expect(attributions(text)).not.toContain(`STARTS_ON Event:twenty-first meeting of the ${ICP} -> Date:2021`);
  });
});

// - "the synthesis report of the Sixth Assessment Report and the special reports entitled Global Warming of 1.5°C, ..." (A/RES/78/319
//   PP8, 78/232 PP8): the titled special reports' match no longer opens at the synthesis report and swallows the Assessment Report as
//   their "author"; the Assessment Report is noted (and LEADS from the Panel, as where it is printed alone).
const AR6 = 'Initiative:Sixth Assessment Report of the Intergovernmental Panel on Climate Change';
const { extract } = oneParagraph({ ctx: RES_78_319, kind: 'preambular' });

describe('a titled report list does not take the report named before it as its author', () => {
  it('A/RES/78/319 PP8: NOTES the Sixth Assessment Report beside the three special reports', () => {
    const text =
      'Taking note with concern of the findings contained in the recent reports of the Intergovernmental Panel on Climate Change, including the synthesis report of the Sixth Assessment Report and the special reports entitled Global Warming of 1.5°C, Climate Change and Land, and The Ocean and Cryosphere in a Changing Climate, and also noting, among other things, that increasing warming amplifies the exposure of small islands,';
    const rel = relations(text, 'preambular', { ...RES_78_319 });
    expect(rel).toContain(`NOTES ${AR6}`);
    expect(rel).toContain('NOTES Document:global warming of 1.5°c');
    expect(rel).toContain('NOTES Document:the ocean and cryosphere in a changing climate');
    const special = extract(text).mentions.find((m) => m.key === 'Document:global warming of 1.5°c');
    expect(special?.phrase).toBe('special reports entitled Global Warming of 1.5°C');
  });

  it('guard, A/RES/78/154 PP13: "the special report of the Panel entitled Global Warming of 1.5°C" still reads the report with its author phrase', () => {
    const text = 'Noting with concern the special report of the Intergovernmental Panel on Climate Change entitled Global Warming of 1.5°C,';
    const special = extract(text).mentions.find((m) => m.key === 'Document:global warming of 1.5°c');
    expect(special?.phrase).toBe('special report of the Intergovernmental Panel on Climate Change entitled Global Warming of 1.5°C');
  });
});

// - "the Senghor University in Alexandria, Egypt" (A/RES/79/331 OP10) and "the International French Language University for
//   African Development (Senghor University in Alexandria, Egypt)" (OP22): one body (a gazetteer entry with its short name);
//   Alexandria is its town, no word of its name.
describe('the Senghor University is the International French Language University for African Development', () => {
  const SENGHOR = 'Organization:International French Language University for African Development';
  it('A/RES/79/331 OP10: "in partnership with the Senghor University in Alexandria, Egypt"', () => {
    const text =
      'Recognizes the interest in intensifying efforts; and welcomes in this respect the training developed by the International Organization of la Francophonie, in partnership with the Senghor University in Alexandria, Egypt, with a view to the promotion and ownership of the women and peace and security agenda;';
    const rel = relations(text, 'operative');
    expect(rel).toContain(`WELCOMES ${SENGHOR}`);
    expect(rel.filter((r) => r.includes('Senghor'))).toEqual([]);
    expect(keys(text, 'Place:', 'operative')).toEqual(['Place:Alexandria', 'Place:Egypt']);
  });

  it('A/RES/79/331 OP22: the full name with the short one in brackets is one body', () => {
    const text =
      'Further welcomes the action taken by the International Organization of la Francophonie in promoting education and training, and recalls in this regard the primary and effective role of the International French Language University for African Development (Senghor University in Alexandria, Egypt) in training African country executives;';
    expect([...new Set(keys(text, 'Organization:International French', 'operative'))]).toEqual([SENGHOR]);
    expect(keys(text, 'Organization:Senghor', 'operative')).toEqual([]);
  });
});
