// Session-65 audit aud65v: A/RES/80/188 (Assistance to refugees, returnees and displaced persons in Africa, Third Committee) and its
// sister text 78/185. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/188', date: '2025-12-15', title: 'Assistance to refugees, returnees and displaced persons in Africa' };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const EXCOM = 'Organization:Executive Committee of the Programme of the United Nations High Commissioner for Refugees';

describe('an Executive Committee conclusion named by its lowercase topic before "adopted by the Executive Committee": a Framework the Committee adopted', () => {
  it('A/RES/80/188 OP20 (78/185): "Reaffirms the conclusion on civil registration adopted by the Executive Committee of the Programme ..."', () => {
    const text =
      'Reaffirms the conclusion on civil registration adopted by the Executive Committee of the Programme of the United Nations High Commissioner for Refugees at its sixty-fourth session, held in Geneva from 30 September to 4 October 2013, and recognizes the importance of early registration and effective registration systems and censuses as a tool of protection;';
    expect(relations(text)).toContain('REAFFIRMS Framework:conclusion on civil registration');
    expect(attributions(text)).toContain(`ADOPTED ${EXCOM} -> Framework:conclusion on civil registration`);
  });

  it('A/RES/80/188 OP21: "the conclusion on registration of refugees and asylum-seekers adopted by the Executive Committee of the Programme of the High Commissioner"', () => {
    const text =
      'Also reaffirms the conclusion on registration of refugees and asylum-seekers adopted by the Executive Committee of the Programme of the High Commissioner at its fifty-second session, notes the many forms of harassment faced by refugees and asylum-seekers who remain without any form of documentation attesting to their status, and calls upon the Office, as appropriate, to help States to conduct this procedure;';
    expect(relations(text)).toContain('REAFFIRMS Framework:conclusion on registration of refugees and asylum-seekers');
    expect(attributions(text)).toContain(`ADOPTED ${EXCOM} -> Framework:conclusion on registration of refugees and asylum-seekers`);
  });

  it('A/RES/80/188 OP22: "the conclusion on machine-readable travel documents for refugees and stateless persons adopted by the Executive Committee at its sixty-eighth session"', () => {
    const text =
      'Appreciates the ongoing efforts undertaken by Member States to implement the conclusion on machine-readable travel documents for refugees and stateless persons adopted by the Executive Committee at its sixty-eighth session;';
    expect(relations(text)).toContain('APPRECIATES Framework:conclusion on machine-readable travel documents for refugees and stateless persons');
  });

  it('guard: A/RES/80/187 "the conclusions on international protection": no adopter printed, no one text (not read)', () => {
    const text =
      'Welcomes the important work of the Executive Committee in the adoption of conclusions on international protection, and encourages the Executive Committee to continue the process of adopting conclusions;';
    expect(keys(text, 'Framework:conclusion')).toEqual([]);
  });
});

describe('"<framework> (<short form>) of <year>": the year the framework was adopted, as "<framework> of <year>"', () => {
  const OP5 =
    'Welcomes the important outcomes of the six continental consultative meetings, and the ratification and implementation of the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa of 1969 and the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa (Kampala Convention) of 2009;';
  it('A/RES/80/188 OP5 (78/185): "the African Union Convention ... in Africa (Kampala Convention) of 2009"', () => {
    expect(attributions(OP5)).toContain('ADOPTED_ON Framework:African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa -> Date:2009');
  });
  it('guard: the same paragraph\'s "the Organization of African Unity Convention ... of 1969" keeps its year, and no year crosses to the other', () => {
    const atts = attributions(OP5).filter((a) => a.startsWith('ADOPTED_ON'));
    expect(atts).toContain('ADOPTED_ON Framework:Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa -> Date:1969');
    expect(atts).toHaveLength(2);
  });
});
