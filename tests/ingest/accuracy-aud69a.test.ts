// Session-69 audit aud69a: A/RES/80/164 (Report of the International Law Commission on the work of its seventy-sixth session) and
// A/RES/79/118 (Model Law on Warehouse Receipts). Each case quotes the file and paragraph it comes from; each fix has a guard for
// the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ILC: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/164',
  date: '2025-12-15',
  title: 'Report of the International Law Commission on the work of its seventy-sixth session',
};
const { relations, attributions } = oneParagraph({ ctx: ILC, kind: 'operative' });
const SESSION = 'Event:seventy-seventh session of the International Law Commission';
const UNOG = 'Organization:United Nations Office at Geneva';

describe('a session "held from <days> or from <days>, at <venue> or at <venue>": alternatives still to be chosen', () => {
  const OP21 =
    'Also takes note of paragraphs 487 to 489 of the report of the International Law Commission, decides that the seventy-seventh session of the Commission shall be held from 20 April to 29 May 2026 or from 27 April to 5 June 2026 and from 29 June to 7 August 2026, at United Nations Headquarters in New York or at the United Nations Office at Geneva, with due consideration given to facilitating the participation of Member States and to the most cost-effective location, and stresses the importance of having a 12-week session in two parts;';

  it('A/RES/80/164 OP21: the United Nations Office at Geneva, the other venue after Headquarters, takes no verb (session 62: a venue)', () => {
    const rels = relations(OP21);
    expect(rels).toContain(`DECIDES ${SESSION}`);
    expect(rels).not.toContain(`DECIDES ${UNOG}`);
  });

  it('A/RES/80/164 OP21: no STARTS_ON, ENDS_ON or HELD_IN of the session from the first of two calendars or venues', () => {
    const atts = attributions(OP21);
    expect(atts).toContain(`SESSION_OF ${SESSION} -> Organization:International Law Commission`);
    expect(atts.filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON') || a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard (A/RES/79/121 OP18): one calendar and one venue keep their STARTS_ON, ENDS_ON and HELD_IN; the Office stays a venue', () => {
    const text =
      'Decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 14 April to 30 May 2025 and from 30 June to 31 July 2025;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/121', date: '2024-12-04', title: 'Report of the International Law Commission on the work of its seventy-fifth session' };
    expect(relations(text, 'operative', ctx)).not.toContain(`DECIDES ${UNOG}`);
    const held =
      'Also takes note of paragraphs 487 to 489 of the report of the International Law Commission, decides that the seventy-seventh session of the Commission shall be held from 20 April to 29 May 2026, at United Nations Headquarters in New York;';
    const atts = attributions(held);
    expect(atts).toContain(`STARTS_ON ${SESSION} -> Date:2026-04-20`);
    expect(atts).toContain(`ENDS_ON ${SESSION} -> Date:2026-05-29`);
    expect(atts).toContain(`HELD_IN ${SESSION} -> Place:New York`);
  });

  it('guard: the Office addressed after Headquarters is no venue ("... at Headquarters and requests the United Nations Office at Geneva")', () => {
    const rels = relations('Welcomes the work done at United Nations Headquarters in New York, and requests the United Nations Office at Geneva to continue its support;');
    expect(rels).toContain(`REQUESTS ${UNOG}`);
  });
});

describe('the bare "Study Group" of the text on a body\'s report of its own work is that body\'s', () => {
  const ILC_STUDY_GROUP = 'Organization:Study Group (International Law Commission)';

  it('A/RES/80/164 OP3: "takes note of its adoption of the final report of the Study Group on the topic “Sea-level rise ...”": the ILC\'s, PART_OF it', () => {
    const text =
      'Welcomes the completion of the work of the International Law Commission and takes note of its adoption of the final report of the Study Group on the topic “Sea-level rise in relation to international law”, contained in annex I to the report of the Commission on the work of its seventy-sixth session;';
    expect(attributions(text)).toContain(`PART_OF ${ILC_STUDY_GROUP} -> Organization:International Law Commission`);
    expect(relations(text)).toContain(`NOTES ${ILC_STUDY_GROUP}`);
  });

  it('A/RES/80/164 OP5: "the final report of the Study Group in its advisory opinion" (the same group)', () => {
    const rels = relations('Takes note that the International Court of Justice engaged with the final report of the Study Group in its advisory opinion of 23 July 2025;');
    expect(rels).toContain(`NOTES ${ILC_STUDY_GROUP}`);
  });

  it('guard: another title keeps the bare group the resolution\'s (accuracy-aud53e), and a "Working Group" stays generic', () => {
    const other: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-11', title: 'Oceans and the law of the sea' };
    expect(relations('Takes note of the final report of the Study Group;', 'operative', other)).toContain('NOTES Organization:Study Group (A/RES/80/110)');
    const uncitral: RecognizeContext = {
      body: 'General Assembly',
      symbol: 'A/RES/79/117',
      date: '2024-12-04',
      title: 'Report of the United Nations Commission on International Trade Law on the work of its fifty-seventh session',
    };
    expect(relations('Takes note of the progress made by the Working Group;', 'operative', uncitral).filter((r) => r.includes('Working Group (United Nations Commission'))).toEqual([]);
  });
});
