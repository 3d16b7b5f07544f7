// Session-59 audit aud59a: faults found beside the gold set of A/RES/78/176 (thirtieth anniversary of the International Year of
// the Family), in sister texts of its agenda item (24 (b), social development). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/149', '2024-12-17'), kind: 'preambular' });
const CRPD = 'Framework:Convention on the Rights of Persons with Disabilities';

describe('a framework "which it adopted on <day>": the day the Assembly adopted it is its ADOPTED_ON, as ", which was adopted on" gives', () => {
  it('A/RES/79/149 PP2: "the Convention on the Rights of Persons with Disabilities, 1 which it adopted on 13 December 2006 and which entered into force on 3 May 2008"', () => {
    const att = attributions(
      'Reaffirming the Convention on the Rights of Persons with Disabilities, 1 which it adopted on 13 December 2006 and which entered into force on 3 May 2008, a landmark convention affirming the human rights and fundamental freedoms of persons with disabilities, recognizing that it is both a human rights and a development instrument, encouraging its ratification by Member States and its implementation by States parties, and taking note of the Optional Protocol to the Convention on the Rights of Persons with Disabilities,2',
    );
    expect(att).toContain(`ADOPTED_ON ${CRPD} -> Date:2006-12-13`);
    // (the entry into force is no adoption; the Assembly, agent of its own act, gets no edge)
    expect(att.filter((a) => a.includes('2008-05-03'))).toEqual([]);
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: the entry into force alone dates no adoption ("the Convention ..., which entered into force on 3 May 2008")', () => {
    const att = attributions('Reaffirming the Convention on the Rights of Persons with Disabilities, which entered into force on 3 May 2008,');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: ", which was adopted on" keeps its reading', () => {
    const att = attributions('Reaffirming the Convention on the Rights of Persons with Disabilities, which was adopted on 13 December 2006,');
    expect(att).toContain(`ADOPTED_ON ${CRPD} -> Date:2006-12-13`);
  });
});

describe('"the convening in <date> of <sitting>" with no commas dates the sitting, as "the convening, in <date>, of" does', () => {
  const FFD4 = 'Event:Fourth International Conference on Financing for Development';

  it('A/RES/79/228 PP8 (79/236 PP18): "Looking forward to the convening in 2025 of the Fourth International Conference on Financing for Development in Seville, Spain"', () => {
    const att = attributions(
      'Looking forward to the convening in 2025 of the Fourth International Conference on Financing for Development in Seville, Spain,',
      'preambular',
      ctxOf('A/RES/79/228', '2024-12-19'),
    );
    expect(att).toContain(`STARTS_ON ${FFD4} -> Date:2025`);
    expect(att).toContain(`HELD_IN ${FFD4} -> Place:Sevilla`);
  });

  it('A/RES/80/180 PP5: "welcoming the convening in September 2025 of a high-level plenary meeting during the general debate ..."', () => {
    const att = attributions(
      'Recalling further the World Programme of Action for Youth, adopted by the General Assembly in its resolutions 50/81 of 14 December 1995 and 62/126 of 18 December 2007, and in this regard welcoming the convening in September 2025 of a high-level plenary meeting during the general debate of the General Assembly at its eightieth session, to mark the thirtieth anniversary of the World Programme of Action for Youth,',
      'preambular',
      ctxOf('A/RES/80/180', '2025-12-15'),
    );
    expect(att).toContain(
      'STARTS_ON Event:high-level plenary meeting to commemorate the thirtieth anniversary of the World Programme of Action for Youth -> Date:2025-09',
    );
  });

  it('guard: A/RES/79/215 OP14 "welcomes the convening, in 2025, of the Fourth International Conference ..." keeps its date', () => {
    const att = attributions(
      'Stresses that urgent reforms are needed in the global international financial system, and in this regard welcomes the convening, in 2025, of the Fourth International Conference on Financing for Development,',
      'operative',
      ctxOf('A/RES/79/215', '2024-12-19'),
    );
    expect(att).toContain(`STARTS_ON ${FFD4} -> Date:2025`);
  });

  it('guard: another noun before the date ("the preparations in 2025 of the Fourth International Conference") dates nothing', () => {
    const att = attributions(
      'Welcoming the preparations in 2024 of the Fourth International Conference on Financing for Development,',
      'preambular',
      ctxOf('A/RES/79/228', '2024-12-19'),
    );
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${FFD4}`))).toEqual([]);
  });
});

describe('a measurement "Module" named with its owner is an Initiative the owner LEADS, as a toolkit or a survey is', () => {
  const MODULE = "Initiative:United Nations Children's Fund Module on Child Functioning";
  const UNICEF = "Organization:United Nations Children's Fund";
  const OP35 =
    'Encourages Member States to take appropriate steps to expedite the mainstreaming of data on disability into official statistics, including by collecting data disaggregated by sex, age and disability status using appropriate measurement tools, including, as appropriate, the United Nations Children’s Fund Module on Child Functioning and the tools produced by the Washington Group on Disability Statistics, by examining underlying concepts, purposes and advantages of existing relevant data-collection tools and instruments and urging all relevant stakeholders to work with the United Nations to provide urgently needed baseline data for monitoring progress in the implementation of the Sustainable Development Goals for persons with disabilities, to strengthen national capacities in that regard and to enhance capacity-building support for developing countries, including the least developed countries and small island developing States;';

  it('A/RES/79/149 OP35 (78/195 PP41, OP32; 80/197): "the United Nations Children’s Fund Module on Child Functioning and the tools produced by the Washington Group"', () => {
    const rel = relations(OP35, 'operative');
    expect(rel).toContain(`ENCOURAGES ${MODULE}`);
    // (the owner printed at the head of an initiative's name keeps the verb: accuracy-aud47g)
    expect(rel).toContain(`ENCOURAGES ${UNICEF}`);
    expect(rel).toContain('ENCOURAGES Organization:Washington Group on Disability Statistics');
    expect(attributions(OP35, 'operative')).toContain(`LEADS ${UNICEF} -> ${MODULE}`);
  });

  it('guard: A/RES/78/229 PP24 "the United Nations Development Programme Manual on Corruption Surveys" keeps its reading (UNDP and UNODC noted)', () => {
    const rel = relations(
      'Taking note of the United Nations Office on Drugs and Crime and the United Nations Development Programme Manual on Corruption Surveys and the development of methodological tools, standards and guidelines that can support countries in producing comparable and up-to-date statistics on corruption,',
      'preambular',
      ctxOf('A/RES/78/229', '2023-12-22'),
    );
    expect(rel).toContain('NOTES Organization:United Nations Development Programme');
    expect(rel).toContain('NOTES Organization:United Nations Office on Drugs and Crime');
  });
});
