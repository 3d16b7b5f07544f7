// Session-68 audit aud68h: residual faults of the session-67 gold sets, fixed for the genre (the same agenda items of sessions
// 78-80 print the same paragraphs). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SDGS = 'Framework:Sustainable Development Goals';
const AGENDA = 'Framework:2030 Agenda for Sustainable Development';
// (the Goals named in full before, as each of these texts does in its preamble)
const PP_SDGS = 'Reaffirming the 2030 Agenda for Sustainable Development, including its Sustainable Development Goals and targets,';

describe('a bare "Goals and targets of the 2030 Agenda" after an adjective or none: the Sustainable Development Goals', () => {
  const opsOf = (symbol: string, op: string) => relationsById(gaResolution(symbol, '2023-12-19', [notedParagraph('PP1', PP_SDGS), notedParagraph('OP1', op)])).OP1!;

  it('A/RES/78/174 OP17 (79/146, 80/178): "the inherent interlinkages between different Goals and targets of the 2030 Agenda"', () => {
    const r = opsOf(
      'A/RES/78/174',
      'Acknowledges that inequalities persist within and among countries, reaffirms that the reduction of inequality is fundamental to achieving sustainable development for all, and that this requires collective efforts to leave no one behind, and adapt institutions and policies to take into account the multidimensional nature of inequality and poverty and the inherent interlinkages between different Goals and targets of the 2030 Agenda;',
    );
    expect(r).toContain(`REAFFIRMS ${SDGS}`);
    expect(r).toContain(`REAFFIRMS ${AGENDA}`);
  });

  it('A/RES/78/134 OP15 (78/231, 79/195, 79/199, 80/121, 80/129): "the ambitious Goals and targets of the 2030 Agenda"', () => {
    const r = opsOf(
      'A/RES/78/134',
      'Reiterates that States will not be able to achieve the ambitious Goals and targets of the 2030 Agenda for Sustainable Development without a revitalized and enhanced global partnership;',
    );
    expect(r).toContain(`REITERATES ${SDGS}`);
    expect(r).toContain(`REITERATES ${AGENDA}`);
  });

  it('guard: "different Goals and targets" of no agenda named after them: not read', () => {
    const r = opsOf('A/RES/78/174', 'Reaffirms the inherent interlinkages between different Goals and targets of national plans;');
    expect(r).not.toContain(`REAFFIRMS ${SDGS}`);
  });

  it('guard: "the Sustainable Development Goals and targets of the 2030 Agenda" (79/222 OP2): the Goals named in full, once', () => {
    const r = opsOf('A/RES/79/222', 'Reaffirms the indivisible and inclusive nature of the Sustainable Development Goals and targets of the 2030 Agenda for Sustainable Development;');
    expect(r.filter((x) => x === `REAFFIRMS ${SDGS}`)).toHaveLength(1);
    expect(r).toContain(`REAFFIRMS ${AGENDA}`);
  });
});

describe('a proclaimed period "commencing on <day> and ending on <day>": its STARTS_ON and ENDS_ON', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/193', date: '2024-12-17', title: 'Second International Decade for People of African Descent' }, kind: 'operative' });
  const DECADE = 'Event:Second International Decade for People of African Descent';

  it('A/RES/79/193 OP1: "commencing on 1 January 2025 and ending on 31 December 2034"', () => {
    const a = attributions(
      'Proclaims the Second International Decade for People of African Descent, commencing on 1 January 2025 and ending on 31 December 2034, with the theme “People of African descent: recognition, justice and development”;',
    );
    expect(a).toContain(`STARTS_ON ${DECADE} -> Date:2025-01-01`);
    expect(a).toContain(`ENDS_ON ${DECADE} -> Date:2034-12-31`);
  });

  it('A/RES/78/323 PP7: the first Decade ends on the day printed, not its known year only', () => {
    const a = attributions(
      'Recalling its resolution 68/237 of 23 December 2013, in which it proclaimed the International Decade for People of African Descent, commencing on 1 January 2015 and ending on 31 December 2024, with the theme “People of African descent: recognition, justice and development”,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/323', date: '2024-09-05', title: 'International Day of Women and Girls of African Descent' },
    );
    expect(a).toContain('ENDS_ON Event:International Decade for People of African Descent -> Date:2024-12-31');
  });

  it('guard: a later day in another clause ("..., and requests ... by 31 December 2034") ends nothing', () => {
    const a = attributions(
      'Proclaims the Second International Decade for People of African Descent, commencing on 1 January 2025, and requests the Secretary-General to report on its implementation by 31 December 2034;',
    );
    expect(a).toContain(`STARTS_ON ${DECADE} -> Date:2025-01-01`);
    expect(a.filter((x) => x.startsWith('ENDS_ON'))).toEqual([]);
  });
});

describe('"the Office for <remit> of the <organization>": an organ of that organization (PART_OF)', () => {
  const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/221', date: '2023-12-19', title: 'Situation of human rights in the temporarily occupied territories of Ukraine' }, kind: 'operative' });
  const ODIHR = 'Organization:Office for Democratic Institutions and Human Rights';

  it('A/RES/78/221 OP12 (79/184, 80/223): "the Ukraine Monitoring Initiative of the Office for Democratic Institutions and Human Rights of the OSCE"', () => {
    const a = attributions(
      'Calls upon the Russian Federation to grant unimpeded access to established regional and international human rights monitoring mechanisms, in particular the human rights monitoring Mission in Ukraine and the Ukraine Monitoring Initiative of the Office for Democratic Institutions and Human Rights of the Organization for Security and Cooperation in Europe;',
    );
    expect(a).toContain(`PART_OF ${ODIHR} -> Organization:Organization for Security and Cooperation in Europe`);
    expect(a).toContain(`LEADS ${ODIHR} -> Initiative:Ukraine Monitoring Initiative`);
  });

  it('guard: "the Office of the United Nations High Commissioner for Human Rights" (an officer\'s office) is no part of the United Nations', () => {
    const a = attributions('Requests the Office of the United Nations High Commissioner for Human Rights to continue its work;');
    expect(a.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });

  it('guard: "the Office for Disarmament Affairs of the Secretariat": a unit of the Secretariat, once', () => {
    const a = attributions('Requests the Office for Disarmament Affairs of the Secretariat to continue its work;');
    expect(a.filter((x) => x.startsWith('PART_OF'))).toEqual(['PART_OF Organization:Office for Disarmament Affairs -> Organization:Secretariat of the United Nations']);
  });
});
