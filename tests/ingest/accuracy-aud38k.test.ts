// Session-38 audit aud38k: events left over from this session's audits (A/RES/79/117 OP7, A/RES/79/62 PP10, COP15's parts,
// A/RES/78/236's treaty event). Fixed: a sitting of a numbered body printed with no article ("the fifty-first session of
// Working Group III") is named as printed, with no stray "the", and keeps its owner's ORGANIZES edge and qualifier. Each case
// quotes the file and paragraph; each fix has a guard. Also fixed: a sitting's second part named "under the presidency of X, in <venue>,
// from <days>" (COP15 in A/RES/78/262 OP42, 78/263 OP14, 79/263 OP43) and a cited "<sitting> (Part II), <venue>, <days>"
// (footnotes of 78/189, 78/262, 79/263) take the part's venue and days, not the whole sitting's; "the annual treaty event
// organized by the Secretary-General" (A/RES/78/236 OP3, 80/170 OP3) is that recurring event, organized by him.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/117', date: '2024-12-04' };
const { extract, attributions, relations } = oneParagraph({ ctx: GA79, kind: 'operative' });
const events = (text: string) => extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

describe('a sitting of a numbered body printed with no article is named as printed', () => {
  const OP7F =
    'Welcomes the decision by the Commission to request its secretariat: (f) To hold the first part of the fifty-first session of Working Group III on 17 and 18 February 2025 and the colloquium on secured transactions mentioned in subparagraph (e) from 19 to 21 February 2025;';

  it('A/RES/79/117 OP7 (f): "the fifty-first session of Working Group III" has no stray "the", is organized by the group and dated', () => {
    const session = 'Event:fifty-first session of Working Group III (A/RES/79/117)';
    const attr = attributions(OP7F);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attr).toContain(`SESSION_OF ${session} -> Organization:Working Group III (A/RES/79/117)`);
    expect(attr).toContain(`STARTS_ON ${session} -> Date:2025-02-17`);
    expect(attr).toContain(`ENDS_ON ${session} -> Date:2025-02-18`);
    expect(attr.filter((a) => a.includes('session of the Working Group'))).toEqual([]);
  });

  it('A/RES/79/117 OP7 (f) in its resolution: the session takes the Commission as the group\'s owner', () => {
    const ctx: RecognizeContext = { ...GA79 };
    extract('Takes note with appreciation of the report of the United Nations Commission on International Trade Law on the work of its fifty-seventh session;', 'operative', ctx);
    extract('Decides to allocate additional support to the Commission to allow its Working Group III to continue to finalize its work;', 'operative', ctx);
    const attr = attributions(OP7F, 'operative', ctx);
    const qualified = 'Working Group III (United Nations Commission on International Trade Law)';
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attr).toContain(`SESSION_OF Event:fifty-first session of ${qualified} -> Organization:${qualified}`);
  });

  it('guard: "the fifty-seventh session of the Commission" keeps its "of the"', () => {
    const text = 'Takes note with appreciation of the report of the United Nations Commission on International Trade Law on the work of the fifty-seventh session of the United Nations Commission on International Trade Law;';
    expect(events(text)).toContain('Event:fifty-seventh session of the United Nations Commission on International Trade Law');
  });

  it('guard: a body printed with "the" ("the forty-third session of the Working Group III") keeps it', () => {
    const text = 'Notes the holding of the forty-third session of the Working Group III in Vienna;';
    expect(events(text).filter((k) => k.includes('forty-third'))).toEqual(['Event:forty-third session of the Working Group III (A/RES/79/117)']);
  });
});

describe('the parts of a sitting named with their venue and days in other drafting forms (after aud38g\'s "first part of the ..., held in")', () => {
  const COP15 = 'fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/262', date: '2023-12-22' };

  it('A/RES/78/262 OP42 (78/263 OP14, 79/263 OP43): "the second part of the fifteenth meeting ... under the presidency of China, in Montreal, Canada, from 7 to 19 December 2022": the second part\'s venue and days, not the meeting\'s', () => {
    const text =
      'Further welcomes the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties to the Convention under the presidency of China, in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, urges their early, inclusive and effective implementation;';
    const att = attributions(text, 'operative', { ...GA78 });
    expect(att).toContain(`PART_OF Event:second part of the ${COP15} -> Event:${COP15}`);
    expect(att).toContain(`HELD_IN Event:second part of the ${COP15} -> Place:Montreal`);
    expect(att).toContain(`STARTS_ON Event:second part of the ${COP15} -> Date:2022-12-07`);
    expect(att).toContain(`ENDS_ON Event:second part of the ${COP15} -> Date:2022-12-19`);
    expect(att.filter((a) => a.startsWith(`HELD_IN Event:${COP15} `) || a.startsWith(`STARTS_ON Event:${COP15} `))).toEqual([]);
  });

  it('A/RES/78/189 OP17 footnote 34 (78/262, 79/263): "Adopted at the fifteenth meeting ... (Part II), Montreal, Canada, 7–19 December 2022": the second part\'s venue and days', () => {
    const x = extract('Adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity (Part II), Montreal, Canada, 7–19 December 2022.', 'operative', { ...GA78 });
    const part = x.mentions.find((m) => m.key === `Event:second part of the ${COP15}`);
    expect(part?.attrs).toMatchObject({ location: 'Montreal', startDate: '2022-12-07', endDate: '2022-12-19' });
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`PART_OF Event:second part of the ${COP15} -> Event:${COP15}`);
    expect(att.filter((a) => a.startsWith(`HELD_IN Event:${COP15} `))).toEqual([]);
  });

  it('guard: a document\'s part ("A/73/12 (Part I)") and a sitting with no part printed keep their readings', () => {
    const text = 'Takes note of the report of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Montreal, Canada, from 7 to 19 December 2022;';
    const att = attributions(text, 'operative', { ...GA78 });
    expect(att).toContain(`HELD_IN Event:${COP15} -> Place:Montreal`);
    expect(att.filter((a) => a.includes('part of the'))).toEqual([]);
    expect(extract('Takes note of the report of the Executive Committee (A/73/12 (Part I));').mentions.filter((m) => m.kind === 'Event')).toEqual([]);
  });

  it('guard: "under the presidency of" with no venue and days after it makes no part', () => {
    const text = 'Welcomes the second part of the fifteenth meeting of the Conference of the Parties to the Convention under the presidency of China;';
    // (the part is read, undated and unplaced, part of the meeting: aud41m; China is no venue and nothing dates it; China
    // presides over it, LEADS: aud47b)
    expect(attributions(text, 'operative', { ...GA78 }).filter((a) => a.includes('second part') && !a.startsWith('PART_OF ') && !a.startsWith('LEADS '))).toEqual([]);
  });
});

describe('the annual treaty event is an event the Secretary-General organizes', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/236', date: '2023-12-22' };

  it('A/RES/78/236 OP3 (80/170 OP3): "Reaffirms its support for the annual treaty event organized by the Secretary-General"', () => {
    const text = 'Reaffirms its support for the annual treaty event organized by the Secretary-General;';
    expect(relations(text, 'operative', { ...GA78 })).toContain('REAFFIRMS Event:annual treaty event');
    expect(attributions(text, 'operative', { ...GA78 })).toContain('ORGANIZES Organization:Secretary-General of the United Nations -> Event:annual treaty event');
  });

  it('guard: a treaty named with "event" nowhere near makes no treaty event', () => {
    const text = 'Reaffirms its support for the annual report of the Secretary-General on the treaty, in the event of a dispute;';
    expect(relations(text, 'operative', { ...GA78 }).filter((r) => r.includes('treaty event'))).toEqual([]);
  });
});
