// Misses found by the session-29 audit aud29h: A/RES/80/205 (human rights and cultural diversity), A/RES/78/99 (Question of the
// United States Virgin Islands) and A/RES/80/92 (Question of Bermuda), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/205', date: '2025-12-18' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const UNESCO_GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';

describe('"the adoption, by its resolution X, of the Y": the resolution adopted Y', () => {
  it('A/RES/80/205 PP6: "Recalling also the adoption, by its resolution 56/6 of 9 November 2001, of the Global Agenda for Dialogue among Civilizations"', () => {
    const text = 'Recalling also the adoption, by its resolution 56/6 of 9 November 2001, of the Global Agenda for Dialogue among Civilizations,';
    expect(attributions(text, 'preambular', { ...GA })).toContain('ADOPTED Resolution:A/RES/56/6 -> Framework:Global Agenda for Dialogue among Civilizations');
    expect(relations(text, 'preambular', { ...GA })).toEqual(['RECALLS Resolution:A/RES/56/6', 'RECALLS Framework:Global Agenda for Dialogue among Civilizations']);
  });

  it('A/RES/78/229 PP28: "Welcoming the twentieth anniversary of the adoption, by its resolution 58/4 of 31 October 2003, of the United Nations Convention against Corruption"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text =
      'Welcoming the twentieth anniversary of the adoption, by its resolution 58/4 of 31 October 2003, of the United Nations Convention against Corruption, and celebrating 20 years since the United Nations Convention against Transnational Organized Crime entered into force on 29 September 2003,';
    const got = attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED '));
    expect(got).toEqual(['ADOPTED Resolution:A/RES/58/4 -> Framework:United Nations Convention against Corruption']);
  });

  it('A/RES/80/118 PP56: "Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of United Nations Convention against Cybercrime"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-09' };
    const text = 'Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of United Nations Convention against Cybercrime,';
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED Resolution:A/RES/79/243 -> Framework:United Nations Convention against Cybercrime');
  });

  it('guard: another noun before "by its resolution" states no adoption ("the follow-up, by its resolution 56/6 ..., of the Global Agenda")', () => {
    const text = 'Recalling also the follow-up, by its resolution 56/6 of 9 November 2001, of the Global Agenda for Dialogue among Civilizations,';
    expect(attributions(text, 'preambular', { ...GA }).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: what follows "of the revision to the" is not what was adopted (A/RES/80/229 PP: "the adoption, by its resolution 70/175 ..., of the revision to the Standard Minimum Rules")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-15' };
    const text =
      'Welcoming the adoption, by its resolution 70/175 of 17 December 2015, of the revision to the Standard Minimum Rules for the Treatment of Prisoners, as the United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules),';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.includes('-> Framework:Standard Minimum Rules'))).toEqual([]);
  });
});

describe('"<instrument> ..., together with its Action Plan": the instrument\'s own action plan', () => {
  const UDCD = 'Framework:Universal Declaration on Cultural Diversity';
  const UDCD_PLAN = 'Framework:Action Plan of the Universal Declaration on Cultural Diversity';
  const PP8 =
    'Recalling the Universal Declaration on Cultural Diversity of the United Nations Educational, Scientific and Cultural Organization, 7 together with its Action Plan, 8 adopted on 2 November 2001 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-first session, in which member States invited the United Nations system and other intergovernmental and non‑governmental organizations concerned to cooperate with the United Nations Educational, Scientific and Cultural Organization in the promotion of the principles set forth in the Declaration and its Action Plan, with a view to enhancing the synergy of actions in favour of cultural diversity,';

  it('A/RES/80/205 PP8: "the Universal Declaration on Cultural Diversity of UNESCO, 7 together with its Action Plan" (and "the Declaration and its Action Plan" later)', () => {
    expect(keys(PP8, 'Framework:Action Plan', 'preambular', { ...GA })).toEqual([UDCD_PLAN, UDCD_PLAN]);
    expect(relations(PP8, 'preambular', { ...GA })).toContain(`RECALLS ${UDCD_PLAN}`);
  });

  it('A/RES/80/205 PP8: "..., together with its Action Plan, 8 adopted on 2 November 2001 by the General Conference": both adopted that day by it', () => {
    const got = attributions(PP8, 'preambular', { ...GA });
    expect(got).toEqual(
      expect.arrayContaining([
        `ADOPTED ${UNESCO_GC} -> ${UDCD}`,
        `ADOPTED ${UNESCO_GC} -> ${UDCD_PLAN}`,
        `ADOPTED_ON ${UDCD} -> Date:2001-11-02`,
        `ADOPTED_ON ${UDCD_PLAN} -> Date:2001-11-02`,
      ]),
    );
  });

  it('A/RES/79/330 OP31: "the 2025 Economic Cooperation Organization Regional Strategy ... and its Action Plan, ... in implementation of the Action Plan"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/330', date: '2025-08-12' };
    const text =
      'Takes note of the preparation of the 2025 Economic Cooperation Organization Regional Strategy for Information Society Development and its Action Plan, and invites the International Telecommunication Union to continue to extend its institutional guidance and assistance to the activities of the Organization in the action-oriented phase in implementation of the Action Plan;';
    const plan = 'Framework:Action Plan of the 2025 Economic Cooperation Organization Regional Strategy for Information Society Development';
    expect(keys(text, 'Framework:Action Plan', 'operative', ctx)).toEqual([plan, plan]);
    expect(relations(text, 'operative', { ...ctx })).toEqual(expect.arrayContaining([`NOTES ${plan}`, `INVITES ${plan}`]));
  });

  it('guard: "its Action Plan" after a verb, not an instrument, stays as printed (whose plan it is is not said)', () => {
    const text = 'Takes note of the Strategy for Information Society Development, and welcomes its Action Plan;';
    expect(keys(text, 'Framework:Action Plan', 'operative', { ...GA })).toEqual(['Framework:Action Plan']);
  });

  it('guard: a named action plan keeps its name ("the Action Plan on Nuclear Safety")', () => {
    const text = 'Recalling the Convention on Nuclear Safety and the Action Plan on Nuclear Safety,';
    expect(keys(text, 'Framework:Action Plan', 'preambular', { ...GA })).toEqual(['Framework:Action Plan on Nuclear Safety']);
  });
});

describe('a declaration "proclaimed on <day> by" a body: adopted by it that day', () => {
  const DPICC = 'Framework:Declaration of the Principles of International Culture Cooperation';

  it('A/RES/80/205 PP3: "the Declaration of the Principles of International Culture Cooperation proclaimed on 4 November 1966 by the General Conference of UNESCO"', () => {
    const text =
      'Noting that numerous instruments within the United Nations system promote cultural diversity, as well as the conservation and development of culture, in particular the Declaration of the Principles of International Culture Cooperation proclaimed on 4 November 1966 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its fourteenth session, 4';
    expect(attributions(text, 'preambular', { ...GA })).toEqual(expect.arrayContaining([`ADOPTED ${UNESCO_GC} -> ${DPICC}`, `ADOPTED_ON ${DPICC} -> Date:1966-11-04`]));
  });

  it('A/RES/79/8 PP19: "the revised International Charter of Physical Education, Physical Activity and Sport, as proclaimed by the General Conference of UNESCO"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-11-21' };
    const text =
      'Acknowledging the revised International Charter of Physical Education, Physical Activity and Sport, as proclaimed by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session, in November 2015,11 as well as the Declaration of Berlin,';
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED ${UNESCO_GC} -> Framework:International Charter of Physical Education, Physical Activity and Sport`);
  });

  it('guard: a day "proclaimed by the General Assembly" is no adopted instrument', () => {
    const text = 'Recalling the International Day for Dialogue among Civilizations, proclaimed by the General Assembly on 7 June 2024,';
    expect(attributions(text, 'preambular', { ...GA }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: "proclaimed by the General Assembly in its resolution 3281 (XXIX)": the resolution adopted it, not the Assembly', () => {
    const text = 'Recalling the Charter of Economic Rights and Duties of States proclaimed by the General Assembly in its resolution 3281 (XXIX) of 12 December 1974,';
    const got = attributions(text, 'preambular', { ...GA }).filter((a) => a.startsWith('ADOPTED '));
    expect(got).toEqual(['ADOPTED Resolution:A/RES/3281(XXIX) -> Framework:Charter of Economic Rights and Duties of States']);
  });
});

describe('A/RES/78/99: the United States Virgin Islands\' organic law and revision convention', () => {
  const VI: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/99', date: '2023-12-07' };
  const ROA = 'Framework:Revised Organic Act of the United States Virgin Islands';

  it('PP19: "the existing Revised Organic Act" is the law PP23 names in full ("the Revised Organic Act of the United States Virgin Islands")', () => {
    const pp19 =
      'Aware of the fifth attempt of the Territory to review the existing Revised Organic Act, which organizes its internal governance arrangements, as well as its requests to the administering Power and the United Nations system for assistance to its public education programme,';
    const pp23 =
      'Recalling the referendum held on 3 November 2020 on convening a constitutional convention to consider adopting the Revised Organic Act of the United States Virgin Islands, or portions of it, as the Constitution of the Territory,';
    expect(keys(pp19, 'Framework:', 'preambular', { ...VI })).toEqual([ROA]);
    expect(keys(pp23, 'Framework:', 'preambular', { ...VI })).toEqual([ROA]);
  });

  it('PP21: "the Fifth Revision Convention, established and convened in 2012" is a sitting (as a Constitutional Convention is), not a treaty', () => {
    const text =
      'Cognizant also that the Fifth Revision Convention, established and convened in 2012, was mandated to ratify and approve the final revised draft constitution,';
    expect(keys(text, 'Event:', 'preambular', { ...VI })).toEqual(['Event:Fifth Revision Convention']);
    expect(keys(text, 'Framework:', 'preambular', { ...VI })).toEqual([]);
  });

  it('guard: a convention of another word before "Convention" stays a treaty ("the Minamata Convention on Mercury")', () => {
    const text = 'Recalling the Minamata Convention on Mercury and the Basel Convention,';
    expect(keys(text, 'Event:', 'preambular', { ...VI })).toEqual([]);
    expect(keys(text, 'Framework:Minamata', 'preambular', { ...VI })).toEqual(['Framework:Minamata Convention on Mercury']);
  });
});
