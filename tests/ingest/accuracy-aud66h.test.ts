// Session-66 audit aud66h: A/RES/79/313 (tackling illicit trafficking in wildlife, plenary). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/313', date: '2025-06-30' };
const { relations } = oneParagraph({ ctx, kind: 'preambular' });
const citedKeys = (text: string): string[] => findResolutionRefs(text, { ...ctx }).map((m) => m.key);

const CTOC_COP = 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime';
const COSP = 'Conference of the States Parties to the United Nations Convention against Corruption';
const CBD_COP = 'Conference of the Parties to the Convention on Biological Diversity';

describe('fix 1: a numbered text after another body\'s, with its own author printed after its quoted title ("..., entitled “...”, of the <body>")', () => {
  const PP34 =
    'Noting with appreciation the adoption by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice of the Kyoto Declaration, and recalling resolution 8/12 of 20 December 2019, entitled “Preventing and combating corruption as it relates to crimes that have an impact on the environment”, of the Conference of the States Parties to the United Nations Convention against Corruption, 14 as well as resolution 10/6 of 16 October 2020, entitled “Preventing and combating crimes that affect the environment falling within the scope of the United Nations Convention against Transnational Organized Crime”, of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,15';

  it('A/RES/79/313 PP34: "as well as resolution 10/6 ..., entitled “...”, of the Conference of the Parties to the [UNTOC]": that Conference\'s, not the one before', () => {
    const keys = citedKeys(PP34);
    expect(keys).toContain(`Resolution:${COSP} resolution 8/12`);
    expect(keys).toContain(`Resolution:${CTOC_COP} resolution 10/6`);
    expect(keys).not.toContain(`Resolution:${COSP} resolution 10/6`);
    // (the author, part of the citation, is no target of the clause's verb)
    const rels = relations(PP34);
    expect(rels).toContain(`RECALLS Resolution:${CTOC_COP} resolution 10/6`);
    expect(rels).not.toContain(`RECALLS Event:${CTOC_COP}`);
  });

  it('guard: an inherited body with nothing printed after the title stays the one before ("Human Rights Council resolution 5/1 ... and resolution 5/2 ..., entitled “...”,")', () => {
    const keys = citedKeys(
      'Recalling Human Rights Council resolution 5/1 of 18 June 2007 and resolution 5/2 of 18 June 2007, entitled “Code of Conduct for Special Procedures Mandate-holders of the Human Rights Council”,',
    );
    expect(keys).toEqual(['Resolution:A/HRC/RES/5/1', 'Resolution:A/HRC/RES/5/2']);
  });

  it('guard: "entitled “...”, adopted by the Conference of the [FAO]" (A/RES/78/123) keeps its author and the ADOPTED reading', () => {
    const keys = citedKeys('Welcoming resolution 3/2023 of 7 July 2023, entitled “International Year of Camelids”, adopted by the Conference of the Food and Agriculture Organization of the United Nations,');
    expect(keys).toEqual(['Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2023']);
  });
});

describe('fix 2: a footnote mark printed between a cited text and its author after it ("decision 15/29 of 19 December 2022 2 of the Conference ...")', () => {
  it('A/RES/79/313 PP11: the Conference of the Parties is the decision\'s author, no target of "recalling"', () => {
    const rels = relations(
      'Recognizing that human, animal, plant and ecosystem health are interdependent, and therefore emphasizing that biodiversity and health linkages should be addressed holistically, recalling in this regard the Kunming-Montreal Global Biodiversity Framework, adopted in decision 15/4 of 19 December 2022,1 as well as decision 15/29 of 19 December 2022 2 of the Conference of the Parties to the Convention on Biological Diversity and resolutions 5/1 3 and 5/6 4 of 2 March 2022 of the United Nations Environment Assembly of the United Nations Environment Programme,',
    );
    expect(rels).toContain(`RECALLS Resolution:${CBD_COP} decision 15/29`);
    expect(rels).toContain('RECALLS Framework:Kunming-Montreal Global Biodiversity Framework');
    expect(rels).not.toContain(`RECALLS Event:${CBD_COP}`);
  });

  it('guard: a numbered meeting of the body after the mark is a sitting, not the author, and stays a target', () => {
    const rels = relations(`Recalling decision 15/4 of 19 December 2022,2 of the fifteenth meeting of the ${CBD_COP},`);
    expect(rels).toContain(`RECALLS Event:fifteenth meeting of the ${CBD_COP}`);
  });
});

describe('fix 3: "<framework> as the outcome of the <sitting>": the sitting ADOPTED it, as in ", the outcome statement of the <sitting>"', () => {
  const CMS_COP14 = 'Event:fourteenth meeting of the Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals';

  it('A/RES/79/313 PP29: "the Samarkand Declaration of 2024 as the outcome of the fourteenth meeting of the Conference of the Parties to the [CMS]"', () => {
    const { attributions } = oneParagraph({ ctx, kind: 'preambular' });
    const att = attributions(
      'Welcoming the efforts of and cooperation between Member States, and in this regard taking note of the Paris Declaration of 2013, the Gandhinagar Declaration of 2020, and the Samarkand Declaration of 2024 as the outcome of the fourteenth meeting of the Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals, as well as the Leaders Pledge for Nature of 2020,',
    );
    expect(att).toContain(`ADOPTED ${CMS_COP14} -> Framework:Samarkand Declaration of 2024`);
    // (only the text printed right before it: the earlier items of the list are not its outcome)
    expect(att.filter((a) => a.startsWith(`ADOPTED ${CMS_COP14}`))).toHaveLength(1);
  });

  it('guard: "the Berlin Declaration ..., the outcome statement of the World Conference ..." (A/RES/78/156 OP2) keeps its reading', () => {
    const { attributions } = oneParagraph({ ctx, kind: 'operative' });
    expect(
      attributions('Welcomes the Berlin Declaration on Education for Sustainable Development, the outcome statement of the World Conference on Education for Sustainable Development, held from 17 to 19 May 2021 online from Berlin;'),
    ).toContain('ADOPTED Event:World Conference on Education for Sustainable Development @ 2021 -> Framework:Berlin Declaration on Education for Sustainable Development');
  });

  it('guard: a framework "as the outcome of" negotiations (no sitting named) is adopted by no one', () => {
    const { attributions } = oneParagraph({ ctx, kind: 'preambular' });
    const att = attributions('Welcoming the adoption of the Paris Agreement as the outcome of the negotiations under the United Nations Framework Convention on Climate Change,');
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
