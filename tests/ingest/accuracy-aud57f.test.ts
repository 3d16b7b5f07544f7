// Session-57 audit aud57f: faults found annotating A/RES/80/136 (follow-up to the Antigua and Barbuda Agenda for Small Island
// Developing States) and A/RES/78/315 (further modalities of the third United Nations Conference on Landlocked Developing
// Countries). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/136', '2025-12-15'), kind: 'operative' });

describe('a lowercase sitting named by who sat at it, then ", held": one sitting, as "the regional forum of ministers responsible for ..., held"', () => {
  const AIS = 'Event:high-level meeting of small island developing States of the Atlantic, Indian Ocean and South China Sea @ 2025';

  it('A/RES/80/136 OP15: "at the high-level meeting of small island developing States of the Atlantic, Indian Ocean and South China Sea, held in Praia on 15 and 16 May 2025"', () => {
    const text =
      'Welcomes the progress on establishing a coordination mechanism for the Atlantic, Indian Ocean and South China Sea small island developing States to support the implementation of the Antigua and Barbuda Agenda for Small Island Developing States, at the high-level meeting of small island developing States of the Atlantic, Indian Ocean and South China Sea, held in Praia on 15 and 16 May 2025, and looks forward to the early establishment of the Atlantic, Indian Ocean and South China Sea small island developing States coordination mechanism;';
    expect(keys(text, 'Event:')).toEqual([AIS]);
    expect(relations(text)).toContain(`WELCOMES ${AIS}`);
    expect(attributions(text)).toEqual(
      expect.arrayContaining([`HELD_IN ${AIS} -> Place:Praia`, `STARTS_ON ${AIS} -> Date:2025-05-15`, `ENDS_ON ${AIS} -> Date:2025-05-16`]),
    );
  });

  it('A/RES/79/330 OP6: "the fifth meeting of attorneys/prosecutors general of the Economic Cooperation Organization member States, held in Dushanbe on 16 May 2024"', () => {
    const text =
      'Further takes note of the fifth meeting of attorneys/prosecutors general of the Economic Cooperation Organization member States, held in Dushanbe on 16 May 2024;';
    const ctx = ctxOf('A/RES/79/330', '2024-09-09');
    const MEETING = 'Event:fifth meeting of attorneys/prosecutors general of the Economic Cooperation Organization member States';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([MEETING]);
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${MEETING}`);
    // (the Organization inside the sitting's name is no target of its own, as a Conference of the Parties inside its session's)
    expect(relations(text, 'operative', ctx)).not.toContain('NOTES Organization:Economic Cooperation Organization');
    expect(attributions(text, 'operative', ctx)).toEqual(expect.arrayContaining([`HELD_IN ${MEETING} -> Place:Dushanbe`, `STARTS_ON ${MEETING} -> Date:2024-05-16`]));
  });

  it('guard: A/RES/79/68 OP24 "the regional forum of ministers responsible for ..., held on 30 and 31 January 2024 in Bangui" stays named by its ministers', () => {
    const text =
      'Welcomes the holding of the regional forum of ministers responsible for communication, media, information and information and communications technology from States members of the Economic Community of Central African States, held on 30 and 31 January 2024 in Bangui;';
    expect(keys(text, 'Event:', 'operative', ctxOf('A/RES/79/68', '2024-12-02'))).toEqual([
      'Event:regional forum of ministers responsible for communication, media, information and information and communications technology from States members of the Economic Community of Central African States @ 2024',
    ]);
  });

  it('guard: a body\'s sitting "of the ..." is not read so ("the high-level meeting of the General Assembly on ..., held")', () => {
    const text = 'Recalls the high-level meeting of the General Assembly on antimicrobial resistance, held in New York on 26 September 2024;';
    expect(keys(text, 'Event:').some((k) => k.includes('small island') || k.startsWith('Event:high-level meeting of the General Assembly on antimicrobial resistance, held'))).toBe(false);
  });

  it('guard: no ", held" after the sitters: no sitting named by them ("the high-level meeting of small island developing States to be convened")', () => {
    const text = 'Looks forward to the high-level meeting of small island developing States of the Atlantic, Indian Ocean and South China Sea to be convened in 2026;';
    expect(keys(text, 'Event:').filter((k) => k.includes('small island developing States'))).toEqual([]);
  });
});

describe('the lowercase call to action of 28 May 2024 (gazetteer) and a note "Launched by <body> ...": the body LEADS what the mark follows', () => {
  const CALL = 'Initiative:call to action on mobilization of resources for small island developing States';
  const SG = 'Organization:Secretary-General of the United Nations';
  const OP3 =
    'Takes note with appreciation of the call to action on mobilization of resources for small island developing States16 and its call on leaders of international financial institutions, development banks, United Nations entities, the private sector and donor partners to take concerted and urgent action to enable small island developing States to finance implementation of the Antigua and Barbuda Agenda for Small Island Developing States;';
  const NOTE16 = 'Launched by the Secretary-General of the United Nations and the Prime Minister of Antigua and Barbuda on 28 May 2024 in Antigua and Barbuda.';

  it('A/RES/80/136 OP3 with note 16: the call to action is noted, and the Secretary-General launched it', () => {
    const x = extractWithNotes('OP3', OP3, [{ mark: '16', after: 'developing States16', text: NOTE16 }], ctxOf('A/RES/80/136', '2025-12-15'));
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${CALL}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`LEADS ${SG} -> ${CALL}`);
  });

  it('A/RES/79/203 OP3 with note 13: the same paragraph a year before', () => {
    const text = OP3.replace('States16', 'States13');
    const x = extractWithNotes('OP3', text, [{ mark: '13', after: 'developing States13', text: NOTE16 }], ctxOf('A/RES/79/203', '2024-12-19'));
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`LEADS ${SG} -> ${CALL}`);
  });

  it('guard: a note that is no launch ("Resolution 79/314, annex.") gives the body no LEADS', () => {
    const text = 'Welcomes the call to action on mobilization of resources for small island developing States,16 and the Secretary-General\'s support;';
    const x = extractWithNotes('OP3', text, [{ mark: '16', after: 'developing States,16', text: 'Resolution 79/314, annex.' }], ctxOf('A/RES/80/136', '2025-12-15'));
    expect(x.attributions.filter((a) => a.type === 'LEADS')).toEqual([]);
  });

  it('guard: a launch note after a body\'s name, not an initiative\'s, gives no LEADS ("the Alliance of Small Island States16")', () => {
    const text = 'Notes the work of the Alliance of Small Island States16 on resources for small island developing States;';
    const x = extractWithNotes('OP3', text, [{ mark: '16', after: 'Island States16', text: NOTE16 }], ctxOf('A/RES/80/136', '2025-12-15'));
    expect(x.attributions.filter((a) => a.type === 'LEADS')).toEqual([]);
  });
});
