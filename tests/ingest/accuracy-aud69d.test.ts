// Session-69 audit aud69d: A/RES/80/225 (follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice
// and preparations for the Fifteenth) and A/RES/79/187 (reducing reoffending through rehabilitation and reintegration), Third
// Committee. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/225',
  date: '2025-12-18',
  title:
    'Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice',
};
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const CONGRESS_14 = 'Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice';
const KYOTO = 'Framework:Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law';

const ASSEMBLY = 'Organization:General Assembly';
const SESSION_81 = 'Event:eighty-first session of the General Assembly';
const CCPCJ = 'Organization:Commission on Crime Prevention and Criminal Justice';

describe('"follow-up by the General Assembly": the Assembly\'s own act, no edge; its session stays a target', () => {
  const OP11 =
    'Requests the Commission on Crime Prevention and Criminal Justice to give high priority at its thirty-fifth session to considering the outcome of the Fifteenth Congress, with a view to recommending, through the Economic and Social Council, appropriate follow-up by the General Assembly at its eighty-first session;';

  it('A/RES/80/225 OP11: "appropriate follow-up by the General Assembly at its eighty-first session"', () => {
    const rels = relations(OP11);
    expect(rels).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(rels).toEqual(expect.arrayContaining([`REQUESTS ${CCPCJ}`, 'REQUESTS Organization:Economic and Social Council', `REQUESTS ${SESSION_81}`]));
  });

  it('guard: the Assembly as the recipient of a report keeps the verb (A/RES/80/225 OP12)', () => {
    const rels = relations(
      'Requests the Secretary-General to ensure proper preparations for the Fifteenth Congress through the Commission on Crime Prevention and Criminal Justice at its thirty-fifth session and to submit a report to the General Assembly at its eighty-first session;',
    );
    expect(rels).toEqual(expect.arrayContaining([`REQUESTS ${ASSEMBLY}`, `REQUESTS ${SESSION_81}`]));
  });

  it('guard: "the follow-up to ... by" another body keeps that body a target', () => {
    const rels = relations('Takes note of the follow-up by the Commission on Crime Prevention and Criminal Justice to the Kyoto Declaration;');
    expect(rels).toContain(`NOTES ${CCPCJ}`);
  });
});

describe('"the development, under the auspices of <body>, of <text>": the body under whose auspices a text is made takes no verb', () => {
  const ctx187: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/187', date: '2024-12-17', title: 'Reducing reoffending through rehabilitation and reintegration' };
  const PP4 =
    'Noting also the discussions held at the workshop on the topic “Reducing reoffending: identifying risks and developing solutions” and the three subtopics, as reflected in the report of Committee II of the Fourteenth Congress, in particular the encouragement given by some participants to Member States to share information on promising practices and consider the development, under the auspices of the Commission on Crime Prevention and Criminal Justice and with the support of the United Nations Office on Drugs and Crime, of model strategies to reduce reoffending that reflect, inter alia, the good practices discussed during the workshop,';

  it('A/RES/79/187 PP4 (78/224 PP4): "the development, under the auspices of the Commission ..., of model strategies"', () => {
    const rels = relations(PP4, 'preambular', { ...ctx187 });
    expect(rels).not.toContain(`NOTES ${CCPCJ}`);
    // the Office as a source of support stays a target (session 54), and so does the Committee whose report is noted
    expect(rels).toEqual(expect.arrayContaining(['NOTES Organization:United Nations Office on Drugs and Crime', 'NOTES Organization:Committee II of the Fourteenth Congress']));
  });

  it('guard: a body named after "the development of" with no auspices keeps the verb', () => {
    const rels = relations('Noting the development by the Commission on Crime Prevention and Criminal Justice of model strategies to reduce reoffending,', 'preambular', { ...ctx187 });
    expect(rels).toContain(`NOTES ${CCPCJ}`);
  });

  it('guard: "processes held under the auspices of the United Nations" keep the Organization a target (aud51m, aud58e)', () => {
    expect(relations('Noting the development, under the auspices of the United Nations, of model strategies to reduce reoffending,', 'preambular', { ...ctx187 })).toContain(
      'NOTES Organization:United Nations',
    );
  });
});

describe('"the outcome of <sitting>, ..., as reflected in ... <framework>": the sitting ADOPTED the framework', () => {
  const ctx187: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/187', date: '2024-12-17', title: 'Reducing reoffending through rehabilitation and reintegration' };
  const { attributions } = oneParagraph({ ctx: ctx187, kind: 'preambular' });

  it('A/RES/79/187 PP1 (78/224 PP1): "the outcome of the Fourteenth ... Congress ..., held in Kyoto, Japa, from 7 to 12 March 2021, as reflected in the report of the Congress and in the Kyoto Declaration ..."', () => {
    const att = attributions(
      'Recalling the outcome of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japa, from 7 to 12 March 2021, as reflected in the report of the Congress and in the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development,',
    );
    expect(att).toContain(`ADOPTED ${CONGRESS_14} -> ${KYOTO}`);
    expect(att).toContain(`HELD_IN ${CONGRESS_14} -> Place:Kyoto`);
  });

  it('guard: a framework listed after the report the outcome is reflected in is another item, adopted by no one', () => {
    const att = attributions(
      'Recalling the outcome of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021, as reflected in the report of the Congress, and the United Nations Standard Minimum Rules for the Treatment of Prisoners,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: "the outcome of the Congress, as reflected in" a resolution gives no ADOPTED of a framework named later in another clause', () => {
    const att = attributions(
      'Recalling the outcome of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, as reflected in its resolution 76/181, and reaffirming the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law,',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('"the open-ended intergovernmental expert group meeting on <topic>, which was convened with the support of <State> on <days>, ..., and reconvened from <days>": one sitting, from its first day to its second part\'s last', () => {
  const ctx187: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/187', date: '2024-12-17', title: 'Reducing reoffending through rehabilitation and reintegration' };
  const pp = oneParagraph({ ctx: ctx187, kind: 'preambular' });
  const MEETING = 'Event:open-ended intergovernmental expert group meeting on model strategies on reducing reoffending @ 2023';
  const PP9 =
    'Taking note of the discussions and progress made at the open-ended intergovernmental expert group meeting on model strategies on reducing reoffending, which was convened with the support of the Government of Japan on 4 and 5 September 2023, on the basis of the working paper prepared by the Secretariat, and reconvened from 25 to 28 March 2024, on the basis of the working paper prepared by the Chair, in all official languages of the United Nations, at which the expert group recommended, inter alia, continuing to take into consideration in its work relevant provisions in existing United Nations standards and norms in crime prevention and criminal justice,';

  it('A/RES/79/187 PP9: the meeting is a sitting the clause notes, 4 September 2023 to 28 March 2024', () => {
    expect(pp.relations(PP9)).toContain(`NOTES ${MEETING}`);
    const att = pp.attributions(PP9);
    expect(att).toEqual(expect.arrayContaining([`STARTS_ON ${MEETING} -> Date:2023-09-04`, `ENDS_ON ${MEETING} -> Date:2024-03-28`]));
    expect(att).not.toContain(`ENDS_ON ${MEETING} -> Date:2023-09-05`);
  });

  it('guard: with no "reconvened" after the aside the later days are not the sitting\'s', () => {
    const att = pp.attributions(
      'Taking note of the open-ended intergovernmental expert group meeting on model strategies on reducing reoffending, which was convened with the support of the Government of Japan on 4 and 5 September 2023, on the basis of the working paper prepared by the Secretariat, and of the discussions from 25 to 28 March 2024,',
    );
    expect(att).toContain(`ENDS_ON ${MEETING} -> Date:2023-09-05`);
    expect(att.filter((a) => a.includes('2024-03-28') && a.startsWith('ENDS_ON'))).toEqual([]);
  });

  it('guard: an open-ended expert meeting named by its purpose only is no sitting of its own (A/RES/79/190)', () => {
    const ks = pp.keys(
      'Encourages the continued work of the Implementation Review Group and of the open-ended intergovernmental expert meeting to enhance international cooperation under the United Nations Convention against Corruption,',
      'Event:',
    );
    expect(ks.filter((k) => k.includes('expert meeting'))).toEqual([]);
  });
});
