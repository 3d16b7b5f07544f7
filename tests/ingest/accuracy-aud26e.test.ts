// Misses found by the session-26 audit aud26e: A/RES/80/198 (torture) and A/RES/78/161 (culture and sustainable
// development), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/161', date: '2023-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a plural "reports entitled “A”, “B” and “C”": each title is a report', () => {
  it('A/RES/78/161 PP30 (80/148): the second and third titles are documents too, noted as the first is', () => {
    const text =
      'Expressing its concern about the continued vulnerability of the cultural sector, and taking note of the reports entitled “Assessment of the impact of COVID-19 on cultural and creative industries”, “Culture in times of COVID-19: resilience, recovery and revival” and “Cultural and creative industries in the face of COVID-19: an economic impact outlook”, produced in 2021 and 2022 by the United Nations Educational, Scientific and Cultural Organization,';
    const rels = relations(text);
    expect(rels).toContain('NOTES Document:assessment of the impact of covid-19 on cultural and creative industries');
    expect(rels).toContain('NOTES Document:culture in times of covid-19: resilience, recovery and revival');
    expect(rels).toContain('NOTES Document:cultural and creative industries in the face of covid-19: an economic impact outlook');
  });

  it('A/RES/78/189 OP2: "reports of the Expert Mechanism ... entitled “A” 27 and “B”" (a footnote mark between)', () => {
    const text =
      'Takes note of the reports of the Expert Mechanism on the Rights of Indigenous Peoples entitled “Impact of militarization on the rights of Indigenous Peoples” 27 and “Efforts to implement the United Nations Declaration on the Rights of Indigenous Peoples: establishing effective monitoring mechanisms at the national and regional levels for implementation of the Declaration”;';
    const docs = keys(text, 'Document:', 'operative', { ...GA, symbol: 'A/RES/78/189' });
    expect(docs).toContain('Document:impact of militarization on the rights of indigenous peoples');
    expect(docs).toContain(
      'Document:efforts to implement the united nations declaration on the rights of indigenous peoples: establishing effective monitoring mechanisms at the national and regional levels for implementation of the declaration',
    );
  });

  it('guard: a singular report\'s title is one document; a quoted title after "and the" is not read as its list', () => {
    const text =
      'Taking note of the report entitled “Culture in times of COVID-19: resilience, recovery and revival”, and recalling the resolution entitled “Culture and sustainable development”,';
    expect(keys(text, 'Document:')).toEqual(['Document:culture in times of covid-19: resilience, recovery and revival']);
  });
});

describe('the International Criminal Tribunal for Rwanda under its statute\'s full title is one node with "ICTR"', () => {
  it('A/RES/80/198 PP9: "the statute of the International Criminal Tribunal for the Prosecution of Persons Responsible for Genocide ... 1994"', () => {
    const text =
      'Noting that, under the statute of the International Criminal Tribunal for the Prosecution of Persons Responsible for Genocide and Other Serious Violations of International Humanitarian Law Committed in the Territory of Rwanda and Rwandan Citizens Responsible for Genocide and Other Such Violations Committed in the Territory of Neighbouring States between 1 January and 31 December 1994 and the Rome Statute of the International Criminal Court, acts of torture can constitute crimes against humanity,';
    const rels = relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/198' });
    expect(rels).toContain('NOTES Organization:International Criminal Tribunal for Rwanda');
    expect(rels.filter((r) => r.includes('Territory of Rwanda'))).toEqual([]);
  });

  it('guard: the Yugoslav Tribunal under its full title stays its own node', () => {
    const text =
      'Noting that, under the statute of the International Tribunal for the Prosecution of Persons Responsible for Serious Violations of International Humanitarian Law Committed in the Territory of the Former Yugoslavia since 1991, acts of torture can constitute crimes against humanity,';
    const rels = relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/198' });
    expect(rels).toContain('NOTES Organization:International Criminal Tribunal for the former Yugoslavia');
    expect(rels).not.toContain('NOTES Organization:International Criminal Tribunal for Rwanda');
  });
});

describe('a Group of Governmental Experts "pursuant to resolution X" (no "established") is the group of resolution X', () => {
  it('A/RES/80/198 OP23: "the report of the Group of Governmental Experts pursuant to resolution 73/304 of 28 June 2019"', () => {
    const text =
      'Calls upon all States to take appropriate effective measures to prevent and prohibit the production, trade, export, import and use of equipment and technology that have no practical use other than for the purpose of torture, and in this regard takes note of the report of the Group of Governmental Experts pursuant to resolution 73/304 of 28 June 2019;';
    const orgs = keys(text, 'Organization:Group', 'operative', { ...GA, symbol: 'A/RES/80/198' });
    expect(orgs).toEqual(['Organization:Group of Governmental Experts (A/RES/73/304)']);
  });

  it('guard: a group named with no resolution after it is keyed with the resolution it is named in', () => {
    const text = 'Takes note of the report of the Group of Governmental Experts, and encourages States to consider its recommendations;';
    expect(keys(text, 'Organization:Group', 'operative', { ...GA, symbol: 'A/RES/80/198' })).toEqual(['Organization:Group of Governmental Experts (A/RES/80/198)']);
  });

  it('guard: "established pursuant to resolution 72/55" is still read (A/RES/78/47)', () => {
    const text = 'Welcoming the report of the Group of Governmental Experts established pursuant to resolution 72/55,';
    expect(keys(text, 'Organization:Group', 'preambular', { ...GA, symbol: 'A/RES/78/47' })).toEqual(['Organization:Group of Governmental Experts (A/RES/72/55)']);
  });
});

describe('", and in this regard, building upon X, invites ...": X is the later verb\'s', () => {
  const OP26 =
    'Encourages all countries and all other relevant stakeholders to give due consideration to the contribution of culture to the achievement of sustainable development, and in this regard, building upon the discussion at the previous high-level event on culture and sustainable development, invites the President of the General Assembly to host a one-day high-level interactive dialogue on this subject;';

  it('A/RES/78/161 OP26 (80/148): the high-level event is in the INVITES clause, not the ENCOURAGES one', () => {
    const rels = relations(OP26, 'operative');
    expect(rels.filter((r) => r.startsWith('INVITES Event:high-level event on culture and sustainable development'))).toHaveLength(1);
    expect(rels.filter((r) => r.startsWith('ENCOURAGES Event:'))).toEqual([]);
    expect(rels).toContain('INVITES Organization:President of the General Assembly');
  });

  it('guard: "and in this regard invites" with no "building" keeps the event before it in the first clause', () => {
    const text =
      'Encourages all countries to build upon the discussion at the previous high-level event on culture and sustainable development, and in this regard invites the President of the General Assembly to host a one-day high-level interactive dialogue on this subject;';
    const rels = relations(text, 'operative');
    expect(rels.filter((r) => r.startsWith('ENCOURAGES Event:high-level event on culture and sustainable development'))).toHaveLength(1);
    expect(rels.filter((r) => r.startsWith('INVITES Event:'))).toEqual([]);
  });
});

describe('a list item adopted at a lowercase sitting: the venue and days after it are not the sitting named before', () => {
  const FORUM = 'Event:Third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries';

  it('A/RES/78/161 PP26 (80/148): the World Forum is not held in Hangzhou in December 2015 (the conference that adopted the Hangzhou outcomes was)', () => {
    const text =
      'Taking note of the declaration adopted in Florence, Italy, on 4 October 2014, at the third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries, the Hangzhou outcomes, adopted at the conference on the theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12 December 2015, the Bali Declaration, adopted at the second World Culture Forum, held in Bali, Indonesia, from 10 to 14 October 2016,';
    const atts = attributions(text);
    // (its own venue and day, printed before its name, since aud42f: "adopted in Florence, Italy, on 4 October 2014, at the";
    // conv42a: the forum is UNESCO's by its name, a SESSION_OF that this filter leaves out)
    expect(atts.filter((a) => a.includes(`${FORUM} ->`) && !a.startsWith('SESSION_OF'))).toEqual([`HELD_IN ${FORUM} -> Place:Florence`, `STARTS_ON ${FORUM} -> Date:2014-10-04`]);
    expect(atts).toContain('HELD_IN Event:Second World Culture Forum -> Place:Bali');
    expect(atts).toContain('STARTS_ON Event:Second World Culture Forum -> Date:2016-10-10');
  });

  it('guard: a sitting followed by its own venue and days, then a list item, keeps them', () => {
    const text =
      'Taking note of the second World Culture Forum, held in Bali, Indonesia, from 10 to 14 October 2016, the Bali Declaration, adopted at the Forum, and the report of the Forum,';
    const atts = attributions(text);
    expect(atts).toContain('HELD_IN Event:Second World Culture Forum -> Place:Bali');
    expect(atts).toContain('STARTS_ON Event:Second World Culture Forum -> Date:2016-10-10');
  });
});
