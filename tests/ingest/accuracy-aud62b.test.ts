// Session-62 audit aud62b: faults found annotating A/RES/78/42 (Towards a nuclear-weapon-free world: accelerating the
// implementation of nuclear disarmament commitments). Each case quotes the file and paragraph it comes from; each fix has a guard
// for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/42', '2023-12-04'), kind: 'operative' });

describe('item 1: "work towards the full implementation of <framework> adopted at <sitting>": the Assembly\'s "towards" is no title tail', () => {
  const CONFERENCE_1995 = 'Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995';
  const MIDDLE_EAST_1995 = 'Framework:1995 resolution on the Middle East';

  it('A/RES/78/42 OP17 (79/35 OP22, 80/39 OP22): "... to work towards the full implementation of the resolution on the Middle East adopted at the 1995 Review and Extension Conference ..."', () => {
    const att = attributions(
      'Calls upon all States parties to the Treaty on the Non-Proliferation of Nuclear Weapons to work towards the full implementation of the resolution on the Middle East adopted at the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, which is inextricably linked to the indefinite extension of the Treaty, and which remains valid until fully implemented;',
    );
    expect(att).toContain(`ADOPTED ${CONFERENCE_1995} -> ${MIDDLE_EAST_1995}`);
  });

  it('A/RES/78/63 PP9 (79/74 PP9, 80/67 PP9): "little progress has been achieved towards the implementation of the resolution on the Middle East adopted by the 1995 ... Conference" (PP5 names the Conference in full)', () => {
    const extracted = extractResolution(
      gaResolution('A/RES/78/63', '2023-12-04', [
        notedParagraph(
          'PP5',
          'Recalling the decision on principles and objectives for nuclear non-proliferation and disarmament adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons on 11 May 1995, in which the Conference urged universal adherence to the Treaty on the Non-Proliferation of Nuclear Weapons as an urgent priority and called upon all States not yet parties to the Treaty to accede to it at the earliest date, particularly those States that operate unsafeguarded nuclear facilities,',
        ),
        notedParagraph(
          'PP9',
          'Expressing regret and concern that the conference was not convened in 2012 as mandated and that little progress has been achieved towards the implementation of the resolution on the Middle East adopted by the 1995 Review and Extension Conference of the Parties to the Treaty,',
        ),
      ]),
    );
    const att = extracted.paragraphs[1]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`ADOPTED ${CONFERENCE_1995} -> ${MIDDLE_EAST_1995}`);
  });

  it('guard: A/RES/79/186 PP6 "the Kyoto Declaration ...: Towards the Achievement of the 2030 Agenda ..., adopted by the Fourteenth Congress": the Agenda ends the title, not adopted', () => {
    const att = attributions(
      'Recalling its resolution 76/181 of 16 December 2021, in which it endorsed the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted by the Fourteenth Congress, and requested the Commission on Crime Prevention and Criminal Justice to review the implementation of the Kyoto Declaration under the standing item on its agenda entitled “Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice”,',
      'preambular',
      ctxOf('A/RES/79/186', '2024-12-17'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.includes('2030 Agenda'))).toEqual([]);
    expect(att).toContain('ADOPTED Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice -> Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law');
  });

  it('guard: A/RES/79/10 PP11 "the Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy ..., adopted by the General Assembly": a "towards" inside the name', () => {
    const att = attributions(
      'Welcoming the practical contribution of the Collective Security Treaty Organization to the implementation of the Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem, adopted by the General Assembly at its sixty-fourth session, for the period 2009–2019,',
      'preambular',
      ctxOf('A/RES/79/10', '2024-11-18'),
    );
    expect(att).toContain(
      'ADOPTED Organization:General Assembly -> Framework:Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem',
    );
  });
});

describe('item 2: a participle right after the day a text was issued says what that text does, not the Assembly\'s act', () => {
  const PP2_78_42 =
    'Noting the twenty-fifth anniversary of the launch of the New Agenda Coalition and the joint declaration outlining a new agenda for disarmament adopted in Dublin on 9 June 1998, and the press release issued on the occasion of the commemoration by senior officials of the New Agenda Coalition, held in Brasilia on 19 June 2023,';
  const PP7_78_42 =
    'Recalling the joint statement on preventing nuclear war and avoiding arms races issued by China, France, the Russian Federation, the United Kingdom of Great Britain and Northern Ireland and the United States of America on 3 January 2022, affirming that “a nuclear war cannot be won and must never be fought”, and the statement by the New Agenda Coalition issued on 25 January 2022,4 calling for the five nuclear-weapon States to pursue tangible steps towards the total elimination of their nuclear arsenals in accordance with their obligations under article VI of the Treaty on the Non-Proliferation of Nuclear Weapons,5';

  it('A/RES/78/42 PP7 (79/35, 80/39): "... on 3 January 2022, affirming that ...", "... issued on 25 January 2022,4 calling for ...": all is recalled', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/42', '2023-12-04', [
        notedParagraph('PP2', PP2_78_42),
        notedParagraph('PP7', PP7_78_42, [
          ['4', 'CD/2226, annex.', 'January 2022,4'],
          ['5', 'United Nations, Treaty Series, vol. 729, No. 10485.', 'Nuclear Weapons,5'],
        ]),
      ]),
    );
    expect(byId.PP7!.filter((r) => !r.startsWith('RECALLS '))).toEqual([]);
    expect(byId.PP7).toContain('RECALLS Framework:Treaty on the Non-Proliferation of Nuclear Weapons');
    expect(byId.PP7).toContain('RECALLS Initiative:New Agenda Coalition');
    expect(byId.PP7).toContain('RECALLS Document:CD/2226');
  });

  it('guard: A/RES/78/53 PP17 "the advisory opinion ..., issued on 8 July 1996,9 and welcoming the unanimous reaffirmation by all judges of the Court": the Assembly welcomes', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/53', '2023-12-04', [
        notedParagraph(
          'PP17',
          'Recalling the advisory opinion of the International Court of Justice on the legality of the threat or use of nuclear weapons, issued on 8 July 1996,9 and welcoming the unanimous reaffirmation by all judges of the Court that there exists an obligation for all States to pursue in good faith and bring to a conclusion negotiations leading to nuclear disarmament in all its aspects under strict and effective international control,',
          [['9', 'A/51/218, annex.', '1996,9']],
        ),
      ]),
    );
    expect(byId.PP17).toContain('WELCOMES Organization:International Court of Justice');
  });
});

describe('item 3: "the Secretary-General’s disarmament agenda, Securing Our Common Future: ...": the title in apposition is his, as after a bare possessive', () => {
  const SG_LEADS_AGENDA = 'LEADS Organization:Secretary-General of the United Nations -> Framework:Securing Our Common Future: An Agenda for Disarmament';
  const pp = oneParagraph({ ctx: ctxOf('A/RES/78/42', '2023-12-04'), kind: 'preambular' });

  it('A/RES/78/42 PP3 (79/35, 80/39): "..., and recalling the importance of the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament"', () => {
    const att = pp.attributions(
      'Welcoming the report of the Secretary-General entitled “Our Common Agenda”, especially the reiteration by the Secretary-General of the commitment to achieve a world free of nuclear weapons and other weapons of mass destruction, and the disarmament recommendations of policy brief 9, entitled “A New Agenda for Peace”, presented by the Secretary-General on 20 July 2023, in particular the recognition that the existential threat that nuclear weapons pose to humanity must motivate us to work towards their total elimination and the recommendation to States to recommit urgently to the pursuit of a world free of nuclear weapons and reverse the erosion of international norms against the spread and use of nuclear weapons, and recalling the importance of the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament,',
    );
    expect(att).toContain(SG_LEADS_AGENDA);
  });

  it('A/RES/78/48 PP11: "Recalling the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament, in particular the section ..."', () => {
    const att = pp.attributions(
      'Recalling the Secretary-General’s disarmament agenda, Securing Our Common Future: An Agenda for Disarmament, in particular the section of the agenda entitled “Disarmament that saves lives”,',
      'preambular',
      ctxOf('A/RES/78/48', '2023-12-04'),
    );
    expect(att).toContain(SG_LEADS_AGENDA);
  });

  it('guard: A/RES/78/31 PP12 "action 38 of the disarmament agenda put forward by the Secretary-General": no possessive, no apposed title, no LEADS', () => {
    const att = pp.attributions(
      'Noting also action 38 of the disarmament agenda put forward by the Secretary-General, in which he describes the young generation as the ultimate force for change and proposes actions to promote youth engagement,',
      'preambular',
      ctxOf('A/RES/78/31', '2023-12-04'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
