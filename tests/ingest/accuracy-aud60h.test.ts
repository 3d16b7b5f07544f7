// Session-60 helper aud60h: faults found annotating A/RES/79/267 (Education for democracy). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA79_267 = ctxOf('A/RES/79/267', '2025-03-04');
const { keys, relations, attributions } = oneParagraph({ ctx: GA79_267, kind: 'preambular' });
const UNESCO = 'United Nations Educational, Scientific and Cultural Organization';

describe('names with commas and plural series names the capitalised reading cuts or misses (gazetteer)', () => {
  const RECOMMENDATION =
    'Framework:Recommendation on Education for Peace and Human Rights, International Understanding, Cooperation, Fundamental Freedoms, Global Citizenship and Sustainable Development';
  const PP5 = `Taking note of the Recommendation on Education for Peace and Human Rights, International Understanding, Cooperation, Fundamental Freedoms, Global Citizenship and Sustainable Development adopted on 20 November 2023 by the General Conference of the ${UNESCO} at its forty-second session in its resolution 16,`;

  it('A/RES/79/267 PP5: UNESCO\'s 2023 Recommendation, a list with commas in its name, is read whole, adopted by the General Conference on its day', () => {
    expect(relations(PP5)).toContain(`NOTES ${RECOMMENDATION}`);
    expect(relations(PP5).filter((r) => r.includes('Framework:'))).toEqual([`NOTES ${RECOMMENDATION}`]);
    const att = attributions(PP5);
    expect(att).toContain(`ADOPTED Organization:General Conference of the ${UNESCO} -> ${RECOMMENDATION}`);
    expect(att).toContain(`ADOPTED_ON ${RECOMMENDATION} -> Date:2023-11-20`);
  });

  it('A/RES/79/267 PP15: "the Global Education Monitoring Reports", the series named in the plural, is the report series', () => {
    const text =
      'Taking note also of the Global Education Monitoring Reports, which monitor progress towards the education targets within the Sustainable Development Goals framework, and affirming that education can encourage constructive and inclusive political participation,';
    expect(relations(text)).toContain('NOTES Initiative:Global Education Monitoring Report');
  });

  it('guard: the singular series name keeps its node; a plain "Recommendation on ..." with no list keeps its own reading', () => {
    expect(keys('Taking note of the Global Education Monitoring Report, which monitors progress,', 'Initiative:')).toEqual(['Initiative:Global Education Monitoring Report']);
    expect(keys('Recalling the Recommendation on the Ethics of Artificial Intelligence,', 'Framework:')).toEqual([
      'Framework:Recommendation on the Ethics of Artificial Intelligence',
    ]);
  });
});

describe('"<sitting> ... and its <Declaration>" with no comma before "and its": the sitting adopted it', () => {
  it('A/RES/79/267 PP14: "the Global Education Meeting held in Fortaleza, Brazil, on 31 October and 1 November 2024 and its Fortaleza Declaration"', () => {
    const att = attributions(
      'Taking note of the Global Education Meeting held in Fortaleza, Brazil, on 31 October and 1 November 2024 and its Fortaleza Declaration, which, inter alia, calls for integrating education for peace, human rights, democratic citizenship and sustainable development into school curricula, teacher education and community-level actions, in accordance with national contexts, towards building peaceful and resilient societies,',
    );
    expect(att).toContain('ADOPTED Event:Global Education Meeting @ 2024 -> Framework:Fortaleza Declaration');
    expect(att).toContain('HELD_IN Event:Global Education Meeting @ 2024 -> Place:Fortaleza');
  });

  it('guard: A/RES/79/151 PP14, the comma printed, keeps its edge; an organization before "and its" adopts nothing', () => {
    expect(
      attributions(
        'Taking note of the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil, and its “Fortaleza Declaration”,',
        'preambular',
        ctxOf('A/RES/79/151', '2024-12-17'),
      ).filter((a) => a.startsWith('ADOPTED ')),
    ).toEqual(['ADOPTED Event:Global Education Meeting @ 2024 -> Framework:Fortaleza Declaration']);
    expect(
      attributions('Recalling the work of the Food and Agriculture Organization of the United Nations and its Committee on Fisheries,').filter((a) =>
        a.startsWith('ADOPTED '),
      ),
    ).toEqual([]);
  });
});

describe('an initiative "proclaimed by the General Assembly in its resolution N": the resolution adopted it, as it does a framework', () => {
  const PROGRAMME = 'Initiative:World Programme for Human Rights Education';

  it('A/RES/79/267 PP17: "the World Programme for Human Rights Education proclaimed by the General Assembly in its resolution 59/113 A of 10 December 2004"', () => {
    const att = attributions(
      'Mindful of the Vienna Declaration and Programme of Action of the World Conference on Human Rights, the World Programme for Human Rights Education proclaimed by the General Assembly in its resolution 59/113 A of 10 December 2004 and the United Nations Declaration on Human Rights Education and Training,',
    );
    expect(att).toContain(`ADOPTED Resolution:A/RES/59/113A -> ${PROGRAMME}`);
  });

  it('guard: the initiative and a resolution side by side, no word of adoption between: no ADOPTED', () => {
    const att = attributions('Recalling the World Programme for Human Rights Education and its resolution 59/113 A of 10 December 2004,');
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('another body\'s numbered text "adopted on <day> by the <organ> at its <session>": the organ adopted it (session-59 ruling)', () => {
  const CONFERENCE = `Organization:General Conference of the ${UNESCO}`;

  it('A/RES/79/267 PP4: "resolution 1 adopted on 20 November 2013 by the General Conference of [UNESCO] at its thirty-seventh session"', () => {
    const att = attributions(
      `Recalling also section VII, entitled “Supporting the global citizenship agenda through education for democracy”, of resolution 1 adopted on 20 November 2013 by the General Conference of the ${UNESCO} at its thirty-seventh session,`,
    );
    expect(att).toContain(`ADOPTED ${CONFERENCE} -> Resolution:UNESCO General Conference resolution 37 C/1`);
    expect(att.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
    expect(att).toContain(`SESSION_OF Event:thirty-seventh session of the General Conference of the ${UNESCO} -> ${CONFERENCE}`);
  });

  it('guard: A/RES/78/29 PP5 "decisions ... of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session" keeps its adopter', () => {
    const att = attributions(
      'Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session,',
      'preambular',
      ctxOf('A/RES/78/29', '2023-12-04'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED ')).length).toBe(2);
    expect(att.filter((a) => a.startsWith('ADOPTED Event:twenty-fourth'))).toEqual([]);
  });
});
