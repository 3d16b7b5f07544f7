// Session-68 audit aud68k: A/RES/78/317, the Antigua and Barbuda Agenda for Small Island Developing States (the annexed outcome
// document of the fourth International Conference on Small Island Developing States). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/317',
  date: '2024-07-16',
  title: 'The Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const ECLAC = 'Organization:Economic Commission for Latin America and the Caribbean';

describe('a declaration\'s paragraph opened by a short adverbial, then "we <verb>"', () => {
  it('A/RES/78/317 annex 41: "Beginning in 2026, we call upon the Economic Commission for Latin America and the Caribbean ..."', () => {
    const rels = relations(
      'Beginning in 2026, we call upon the Economic Commission for Latin America and the Caribbean, the Economic and Social Commission for Asia and the Pacific and the Economic Commission for Africa to conduct a comprehensive biennial review of progress in each small island developing State in their respective regions, which should inform the report of the Secretary-General on follow-up to the Antigua and Barbuda Agenda for Small Island Developing States.',
    );
    expect(rels).toContain(`CALLS_UPON ${ECLAC}`);
    expect(rels).toContain('CALLS_UPON Organization:Economic Commission for Africa');
    expect(rels).toContain('CALLS_UPON Framework:Antigua and Barbuda Agenda for Small Island Developing States');
  });

  it('the same opening of contrast: "However, we note ..." (A/RES/79/233 annex 8 opens so)', () => {
    expect(relations('However, we note the work of the Economic Commission for Latin America and the Caribbean.')).toContain(`NOTES ${ECLAC}`);
  });

  it('guard: a long fronted clause with its own verb ("While these problems are global ..., we ...") opens no declaration', () => {
    const text =
      'While these problems are global in character and affect all countries, we recall the work of the Economic Commission for Latin America and the Caribbean.';
    expect(relations(text)).toEqual([]);
  });

  it('guard: a resolution\'s paragraph with no "we" keeps its fronted date untyped', () => {
    expect(relations('Beginning in 2026, the Economic Commission for Latin America and the Caribbean will conduct a review.')).toEqual([]);
  });
});

describe('"<framework> of <year>" after its short form in brackets or a footnote mark: the year it was adopted (session 57)', () => {
  // A/RES/78/317 annex 13 (marks 1-3 kept in the paragraph's text, as the segmenter leaves them)
  const OP13 =
    'We reaffirm the continued applicability of the Programme of Action for the Sustainable Development of Small Island Developing States (Barbados Programme of Action)1 adopted in 1994, the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States (Mauritius Strategy)2 of 2005 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway 3 of 2014 as blueprints setting out the sustainable development priorities of small island developing States.';
  const MAURITIUS = 'Framework:Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States';
  const SAMOA = 'Framework:SIDS Accelerated Modalities of Action (SAMOA) Pathway';

  it('A/RES/78/317 annex 13: "(Mauritius Strategy)2 of 2005", "(SAMOA) Pathway 3 of 2014 as blueprints"', () => {
    const atts = attributions(OP13);
    expect(atts).toContain(`ADOPTED_ON ${MAURITIUS} -> Date:2005`);
    expect(atts).toContain(`ADOPTED_ON ${SAMOA} -> Date:2014`);
    expect(atts).toContain('ADOPTED_ON Framework:Programme of Action for the Sustainable Development of Small Island Developing States -> Date:1994');
  });

  it('guard: "as amended" after the year keeps the year ("the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol")', () => {
    expect(attributions('Recalls the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol;')).toContain(
      'ADOPTED_ON Framework:Single Convention on Narcotic Drugs -> Date:1961',
    );
  });

  it('guard: a proclamation after the year ("... of 2014 as the International Year ...") dates no adoption', () => {
    const atts = attributions('Recalls the SIDS Accelerated Modalities of Action (SAMOA) Pathway of 2014 as the International Year of Small Island Developing States;');
    expect(atts.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('names printed otherwise than the gazetteer had them', () => {
  it('A/RES/78/317 annex 32 B (a)(xi): "the new fund for responding to loss and damage", in lower case', () => {
    expect(keys('Urgently operationalizing and further capitalizing the new fund for responding to loss and damage, ensuring that priorities are considered;', 'Organization:Fund')).toEqual([
      'Organization:Fund for Responding to Loss and Damage',
    ]);
  });

  it('guard: "a fund for responding to loss and damage", the arrangements still to be made (A/RES/78/232 OP15), names no Fund', () => {
    const text = 'Looks forward to the full operationalization of the new funding arrangements and a fund for responding to loss and damage;';
    expect(keys(text, 'Organization:Fund')).toEqual([]);
    expect(keys('Welcomes the new funding arrangements, including a fund, for responding to loss and damage;', 'Organization:Fund')).toEqual([]);
  });

  it('A/RES/78/317 annex 30 (d)(iii): "through initiatives such as Early Warnings for All and Climate Risk and Early Warning Systems"', () => {
    const k = keys('Strengthening disaster preparedness, through initiatives such as Early Warnings for All and Climate Risk and Early Warning Systems, timely evacuation planning;', 'Initiative:');
    expect(k).toContain('Initiative:Early Warnings for All');
    expect(k).toContain('Initiative:Climate Risk and Early Warning Systems');
  });

  it('A/RES/78/317 annex 32 D (a)(ii): the BBNJ Agreement printed "in Areas Beyond National Jurisdiction"', () => {
    const text =
      'Building the capacity of small island developing States to ratify and implement the provisions of the Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity in Areas Beyond National Jurisdiction;';
    expect(keys(text, 'Framework:Agreement')).toEqual([
      'Framework:Agreement under the United Nations Convention on the Law of the Sea on the Conservation and Sustainable Use of Marine Biological Diversity of Areas beyond National Jurisdiction',
    ]);
  });
});

describe('a lettered section heading inside a numbered paragraph, too long for a heading, before its first item', () => {
  const para = (r: ResolutionText, id: string) => r.paragraphs.find((p) => p.id === id);
  const lines = (heading: string, item: string): string[] => [
    'A/RES/78/317', '', '78/317. The Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity', '', 'The General Assembly,', '',
    'Endorses the outcome document of the Conference, entitled “The Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity”, which is annexed to the present resolution.', '',
    '100th plenary meeting', '16 July 2024', '',
    'Annex', '', 'III. How do small island developing States get there?', '',
    '32. Therefore, to realize the Antigua and Barbuda Agenda for Small Island Developing States by 2034, we, the international community, commit to the following actions:', '',
    'A. Build economic resilience', '',
    '(a) Increase investments in small island developing States;', '',
    heading, '',
    item, '',
    '33. We value the role of the United Nations system in supporting small island developing States.', '',
  ];

  it('A/RES/78/317 annex 32: "B. Scale up climate action and support, ... and the Paris Agreement", then "(a) ...": still paragraph 32', () => {
    const [r] = segmentLines(
      lines(
        'B. Scale up climate action and support, including climate finance, in line with existing commitments and obligations under the United Nations Framework Convention on Climate Change and the Paris Agreement',
        '(a) Accelerated actions towards full and effective implementation of the United Nations Framework Convention on Climate Change and the Paris Agreement;',
      ),
      'A_RES_78_317.txt',
    );
    expect(paragraphIds(r!)).toBe('OP1 Annex.OP32 Annex.OP33');
    expect(para(r!, 'Annex.OP32')!.text).toContain('(a) Accelerated actions towards full and effective implementation');
  });

  it('guard: a lettered line that ends a sentence is a paragraph of its own ("A. ... Paris Agreement." before its items)', () => {
    const [r] = segmentLines(
      lines(
        'B. Scale up climate action and support, including climate finance, in line with existing commitments and obligations under the United Nations Framework Convention on Climate Change and the Paris Agreement.',
        '(a) Accelerated actions towards full and effective implementation of the United Nations Framework Convention on Climate Change and the Paris Agreement;',
      ),
      'A_RES_78_317.txt',
    );
    expect(paragraphIds(r!)).toBe('OP1 Annex.OP32 Annex.OP32.1 Annex.OP33');
  });
});
