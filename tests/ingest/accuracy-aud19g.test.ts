// Misses found by the session-19 audit aud19g: A/RES/80/200 (combating intolerance based on religion or belief) and the
// peacekeeping financing texts A/RES/79/312, 79/304, 79/301, and the same forms in other texts. Each case quotes the file
// named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/200', date: '2025-12-18' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const UN_SG = 'Organization:Secretary-General of the United Nations';

describe('"the Secretary-General of the <organization>" is that organization’s, not the United Nations’', () => {
  it('A/RES/80/200 OP7 (79/180, 78/214): "as called for by the Secretary-General of the Organization of Islamic Cooperation"', () => {
    const text =
      'Calls upon all States to take the following actions, as called for by the Secretary-General of the Organization of Islamic Cooperation, to foster a domestic environment of religious tolerance, peace and respect by:';
    expect(keys(text, 'Organization:')).toEqual([
      'Organization:Secretary-General of the Organization of Islamic Cooperation',
      'Organization:Organization of Islamic Cooperation',
    ]);
    expect(relations(text)).not.toContain(`CALLS_UPON ${UN_SG}`);
  });

  it('A/RES/79/220 OP12: "Recalls the invitation of the Secretary-General of the World Tourism Organization to Member States"', () => {
    const text =
      'Recalls the invitation of the Secretary-General of the World Tourism Organization to Member States, international agencies and other relevant organizations to mainstream biodiversity conservation in the tourism sector and in climate change plans and strategies;';
    expect(relations(text)).toContain('RECALLS Organization:Secretary-General of the World Tourism Organization');
    expect(relations(text)).toContain('RECALLS Organization:World Tourism Organization');
    expect(relations(text)).not.toContain(`RECALLS ${UN_SG}`);
  });

  it('A/RES/79/295 OP2: "consultations between the Secretary-General of the United Nations and the Secretary-General of the Gulf Cooperation Council": one each', () => {
    const text =
      'Emphasizes the importance of high-level consultations between the Secretary-General of the United Nations and the Secretary-General of the Gulf Cooperation Council in the areas of conflict prevention and resolution and mediation;';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(UN_SG);
    expect(orgs).toContain('Organization:Secretary-General of the Gulf Cooperation Council');
  });

  it('guard: "Requests the Secretary-General of the United Nations to submit" stays the United Nations’ (A/RES/79/11 OP4)', () => {
    const text = 'Requests the Secretary-General of the United Nations to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;';
    expect(relations(text)).toContain(`REQUESTS ${UN_SG}`);
  });

  it('guard: "the establishment by the Secretary-General of the Leadership Panel of the Forum" (A/RES/80/173 OP97): the United Nations’ Secretary-General established it', () => {
    const text =
      'We also welcome the work of the Multi-stakeholder Advisory Group of the Forum and the establishment by the Secretary-General of the Leadership Panel of the Internet Governance Forum.';
    expect(keys(text, 'Organization:Secretary-General')).toEqual([UN_SG]);
  });

  it('guard: "the Secretary-General of the Conference" is still the sitting’s officer only', () => {
    const text = 'Requests the Secretary-General of the Conference to prepare a report on the preparations;';
    expect(keys(text, 'Organization:')).not.toContain('Organization:Secretary-General of the Conference of the Parties');
    expect(keys(text, 'Organization:')).not.toContain(UN_SG);
  });
});

describe('names a capitalised chunk cannot join', () => {
  const PP25 =
    'Recalling its resolution 72/241, entitled “A world against violence and violent extremism”, adopted by consensus on 20 December 2017, welcoming the leading role of the United Nations Educational, Scientific and Cultural Organization in promoting intercultural dialogue, the work of the United Nations Alliance of Civilizations, the work of the Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures in Alexandria, Egypt, and the work of the King Abdullah Bin Abdulaziz International Centre for Interreligious and Intercultural Dialogue in Vienna,';
  const ANNA_LINDH = 'Organization:Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures';

  it('A/RES/80/200 PP25 (79/180, 78/214): "the Anna Lindh Euro-Mediterranean Foundation for the Dialogue between Cultures in Alexandria, Egypt"', () => {
    expect(keys(PP25, 'Organization:Anna')).toEqual([ANNA_LINDH]);
    expect(relations(PP25, 'preambular')).toContain(`WELCOMES ${ANNA_LINDH}`);
    expect(keys(PP25, 'Place:', 'preambular')).toEqual(['Place:Alexandria', 'Place:Egypt', 'Place:Vienna']);
  });

  it('A/RES/78/129 PP26: "Welcoming also the work of the Anna Lindh Foundation": the same body', () => {
    const text =
      'Welcoming also the work of the Anna Lindh Foundation and the ongoing work of the King Abdullah Bin Abdulaziz International Centre for Interreligious and Intercultural Dialogue in Lisbon,';
    expect(relations(text, 'preambular')).toContain(`WELCOMES ${ANNA_LINDH}`);
  });

  const ISTANBUL = 'Initiative:Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief';

  it('A/RES/80/200 PP26 (79/180, 78/214, 79/9): "the Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief"', () => {
    const text =
      'Welcoming in this regard all international, regional and national initiatives aimed at promoting interreligious, intercultural and interfaith harmony, and recalling the initiative of the Special Adviser to the Secretary-General on the Prevention of Genocide on the role of religious leaders in preventing incitement that could lead to atrocity crimes, the Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief, the announcement on 6 October 2016 of the establishment by the United Arab Emirates of the International Institute for Tolerance,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([ISTANBUL]);
    expect(relations(text, 'preambular')).toContain(`RECALLS ${ISTANBUL}`);
  });

  it('A/RES/80/200 PP27: "within the framework of the Istanbul Process ..., in particular the sixth implementation meeting of the Process, hosted by Singapore": Singapore hosts the meeting, not the Process', () => {
    const text =
      'Taking note with appreciation of the continuation of the organization of workshops and meetings within the framework of the Istanbul Process and the promotion of effective implementation of Human Rights Council resolution 16/18 to counter global violence, religious discrimination and intolerance, in particular the sixth implementation meeting of the Process, hosted by Singapore on 20 and 21 July 2016,';
    expect(relations(text, 'preambular')).toContain(`NOTES ${ISTANBUL}`);
    // (the meeting is named since aud22a: "the Process" is the Istanbul Process, and Singapore hosts that meeting)
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('HOSTS'))).toEqual([
      'HOSTS Place:Singapore -> Event:sixth implementation meeting of the Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief',
    ]);
  });

  it('guard: a body hosted right after its name still is ("the Agricultural Market Information System, hosted by the Food and Agriculture Organization")', () => {
    const text =
      'Notes the work of the Agricultural Market Information System, hosted by the Food and Agriculture Organization of the United Nations, to enhance food market transparency;';
    expect(attributions(text)).toContain('HOSTS Organization:Food and Agriculture Organization of the United Nations -> Initiative:Agricultural Market Information System');
  });
});
