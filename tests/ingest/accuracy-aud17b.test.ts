// Misses found by the session-17 audit aud17b: A/RES/80/98 (New Caledonia), A/RES/80/166 (Special Committee on the
// Charter), A/RES/79/308 (UNIFIL financing), A/RES/80/15 (Treaty of Tlatelolco), A/RES/80/78 (Palestine refugees),
// A/RES/79/279 (LLDC3 modalities), A/RES/78/117 (observer status), and the same forms in other texts. Each case quotes
// the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/98', date: '2025-12-05' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const SPECIAL_COMMITTEE =
  'Organization:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
const FULL_NAME =
  'the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';

describe('"the administering Power to the <body>": a State acting towards a body, not one name', () => {
  it('A/RES/80/98 PP28: "the transmission by the administering Power to the Special Committee of the final report"', () => {
    // (the short name stands for the full one printed before: here in the same paragraph)
    const text = `Recalling the report of ${FULL_NAME}, and recalling also the transmission by the administering Power to the Special Committee of the final report of the electoral expert mission to New Caledonia conducted in 2016,`;
    expect(keys(text, 'Organization:')).toEqual([SPECIAL_COMMITTEE, SPECIAL_COMMITTEE]);
  });

  it('A/RES/80/98 PP27: "the invitations from the administering Power to the Electoral Assistance Division of the former Department of Political Affairs"', () => {
    const text =
      'Recalling the invitations from the administering Power to the Electoral Assistance Division of the former Department of Political Affairs and the current Department of Political and Peacebuilding Affairs of the Secretariat to dispatch electoral expert missions to New Caledonia in May 2016,';
    expect(keys(text, 'Organization:')).toContain('Organization:Electoral Assistance Division');
    expect(relations(text)).toContain('RECALLS Organization:Electoral Assistance Division');
  });

  it('guard: a name that goes on with "to the" stays one name ("the Committee of Signatories to the Nouméa Accord", "the Permanent Observer to the United Nations")', () => {
    expect(keys('Recalling the request of the Committee of Signatories to the Nouméa Accord for an audit,', 'Organization:')[0]).toMatch(/^Organization:Committee of Signatories to the Nouméa Accord/);
    expect(keys('Recalling the Optional Protocol to the Convention on the Rights of the Child,', 'Framework:')[0]).toMatch(/^Framework:Optional Protocol to the Convention on the Rights of the Child/);
  });
});

describe('"the document entitled “<title>”" is a Document', () => {
  const GA166: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/166', date: '2025-12-15' };
  const DOC = 'Document:introduction and implementation of sanctions imposed by the united nations';

  it('A/RES/80/166 PP15: "its resolution 64/115 of 16 December 2009 and the document entitled “Introduction and implementation of sanctions imposed by the United Nations” annexed thereto"', () => {
    const text =
      'Recalling also its resolution 64/115 of 16 December 2009 and the document entitled “Introduction and implementation of sanctions imposed by the United Nations” annexed thereto,';
    expect(keys(text, 'Document:', 'preambular', GA166)).toEqual([DOC]);
    expect(relations(text, 'preambular', GA166)).toContain(`RECALLS ${DOC}`);
    // the United Nations is a word of the title, as in a report's title
    expect(relations(text, 'preambular', GA166)).not.toContain('RECALLS Organization:United Nations');
  });

  it('A/RES/80/101 PP9: "a document entitled “Joint statement of the principles of partnership”"', () => {
    const text =
      'Cognizant that New Zealand and Tokelau signed, on 21 November 2003, a document entitled “Joint statement of the principles of partnership”, which sets out the rights and responsibilities of the two partners,';
    expect(keys(text, 'Document:')).toEqual(['Document:joint statement of the principles of partnership']);
  });

  it('guard: an outcome document so titled is the framework it adopts (A/RES/80/113: "the outcome document entitled “New Urban Agenda”")', () => {
    const text =
      'Recalling the outcome document entitled “New Urban Agenda” adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III),';
    expect(keys(text, 'Document:')).toEqual([]);
    expect(keys(text, 'Framework:')).toEqual(['Framework:New Urban Agenda']);
  });
});

describe('a participle after a comma opens another clause: its "in <place>" is no venue of the sitting before', () => {
  const GA15: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/15', date: '2025-12-01' };
  it('A/RES/80/15 OP4: "... of the 2010 Review Conference ...,10 reaffirming and recognizing ... the nuclear-weapon-free zone in Latin America and the Caribbean"', () => {
    const text =
      'Encourages once again States Parties to Additional Protocols I and II to the Treaty of Tlatelolco to review their interpretative declarations thereto, in accordance with action 9 of the Final Document of the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,10 reaffirming and recognizing the legitimate interests of the States that comprise the nuclear-weapon-free zone in Latin America and the Caribbean in receiving full and unequivocal security assurances from the nuclear-weapon States;';
    expect(attributions(text, 'operative', GA15).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard: a venue verb still places the sitting however far ("the Pacific regional seminar, held in Dili")', () => {
    const text = 'Recalling the information presented to the Pacific regional seminar, held in Dili from 21 to 23 May 2025, and the relevant recommendations,';
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN'))).toEqual(['HELD_IN Event:Pacific regional seminar @ 2025 -> Place:Dili']);
  });
});

describe('"the <ordinal> Pacific Islands Forum" is a numbered sitting of the forum (an Event), as "the second Global Refugee Forum" is', () => {
  it('A/RES/80/98 PP16: "a full member of the Pacific Islands Forum at the forty-seventh Pacific Islands Forum, convened in Pohnpei, ..., from 8 to 10 September 2016"', () => {
    const text =
      'Recalling also the admission of New Caledonia as a full member of the Pacific Islands Forum at the forty-seventh Pacific Islands Forum, convened in Pohnpei, Federated States of Micronesia, from 8 to 10 September 2016,';
    expect(keys(text, 'Event:')).toEqual(['Event:Forty-seventh Pacific Islands Forum']);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Pacific Islands Forum']);
    expect(relations(text)).toEqual(['RECALLS Organization:Pacific Islands Forum', 'RECALLS Event:Forty-seventh Pacific Islands Forum']);
    expect(attributions(text)).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:Forty-seventh Pacific Islands Forum -> Place:Pohnpei',
        'STARTS_ON Event:Forty-seventh Pacific Islands Forum -> Date:2016-09-08',
        'ENDS_ON Event:Forty-seventh Pacific Islands Forum -> Date:2016-09-10',
      ]),
    );
  });

  it('A/RES/78/319 PP11: the date of the next act in the list (", and of the Heads of State ... on 22 September 2021") is not the sitting\'s', () => {
    const text =
      'Recalling the endorsement of the Pacific Islands Forum leaders on 6 August 2021 at the fifty-first Pacific Islands Forum of a declaration on preserving maritime zones in the face of climate change-related sea level rise, and of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the Leaders’ Declaration addressing, inter alia, the relationship between climate change-related sea level rise and Forum and Alliance members’ maritime zones,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/319', date: '2024-08-29' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Fifty-first Pacific Islands Forum']);
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: the forum itself, with no ordinal, stays the body ("the admission ... as a full member of the Pacific Islands Forum")', () => {
    const text = 'Noting the continuing strengthening of ties between New Caledonia and the Pacific Islands Forum,';
    expect(keys(text, 'Event:')).toEqual([]);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Pacific Islands Forum']);
  });
});

describe('a month and its year after a connector date the thing before: no words of a name', () => {
  it('A/RES/80/98 PP10: "the respective decisions of the Committee of Signatories to the Nouméa Accord of March 2018 and November 2019"', () => {
    const text =
      'Recalling the peaceful conduct of the first and second self-determination referendums in New Caledonia, in accordance with the Nouméa Accord and the respective decisions of the Committee of Signatories to the Nouméa Accord of March 2018 and November 2019,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Committee of Signatories to the Nouméa Accord']);
    expect(keys(text, 'Date:')).toEqual(['Date:2018-03', 'Date:2019-11']);
  });

  it('A/RES/79/290 OP23: "... adopted by the ASEAN Ministerial Meeting on Minerals in November 2023 and the Association of Southeast Asian Nations Minerals Development Vision"', () => {
    const text =
      'Also encourages enhanced collaboration on sustainable minerals development, including support for the implementation of the Association of Southeast Asian Nations Principles on Sustainable Minerals Development adopted by the Association of Southeast Asian Nations Ministerial Meeting on Minerals in November 2023 and the Association of Southeast Asian Nations Minerals Development Vision;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-06-02' };
    expect(relations(text, 'operative', ctx)).toContain('ENCOURAGES Framework:Association of Southeast Asian Nations Minerals Development Vision');
  });

  it('guard: a number after "of" that is not a date stays in the name ("the Group of 77 and China")', () => {
    expect(keys('Recalling the statement of the Group of 77 and China,', 'Organization:')).toEqual(['Organization:Group of 77 and China']);
  });
});

describe('bodies and texts of New Caledonia the chunks did not read (A/RES/78/94, 79/107, 80/98)', () => {
  it('A/RES/80/98 OP31: "the accession of the Front de libération nationale kanak et socialiste to the Chair of the Melanesian Spearhead Group"', () => {
    const text =
      'Also recalls the accession of the Front de libération nationale kanak et socialiste to the Chair of the Melanesian Spearhead Group, the hosting, for the first time in New Caledonia, in June 2013, of the meetings of officials and leaders of the Group;';
    expect(relations(text, 'operative')).toContain('RECALLS Organization:Front de libération nationale kanak et socialiste');
  });

  it('A/RES/80/98 PP20: "the Charter of the Kanak people ..., and noting the concern of the Customary Senate"', () => {
    const text =
      'Recalling the Charter of the Kanak people, common base of the fundamental values and principles of the Kanak civilization, which was proclaimed in April 2014 by the customary authorities, and noting the concern of the Customary Senate that their interests should be adequately heard by the administering Power and territorial Government,';
    expect(relations(text)).toEqual(['RECALLS Framework:Charter of the Kanak people', 'NOTES Organization:Customary Senate']);
  });

  it('guard: "the Charter" alone in these texts is still the Charter of the United Nations', () => {
    expect(keys('Recalling the self-determination of New Caledonia, in accordance with the Charter and the Nouméa Accord,', 'Framework:')).toContain('Framework:Charter of the United Nations');
  });
});
