// Session-62 audit aud62b: faults found annotating A/RES/78/42 (Towards a nuclear-weapon-free world: accelerating the
// implementation of nuclear disarmament commitments). Each case quotes the file and paragraph it comes from; each fix has a guard
// for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
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
