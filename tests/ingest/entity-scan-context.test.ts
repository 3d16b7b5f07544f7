// What the entity scan keeps about a paragraph's mentions (eventDetail, isNamedOrganization) must survive a scan of a piece of
// the same resolution's text under a copy of its context: extract.ts reads a name's tail that way (reviewedEvents,
// namedInFrameworkNames) and the attributions read the paragraph's details after it. A new resolution starts afresh.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { eventDetail, isNamedOrganization, scanNamedEntities } from '../../ingest/recognize/entityScan.js';

const TEXT = 'Recalling the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003, and the International Telecommunication Union,';

describe('entity scan details across contexts', () => {
  it('a copy of the same resolution context keeps the paragraph mentions details', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25', file: 'a.txt' };
    const mentions = scanNamedEntities(TEXT, ctx);
    const event = mentions.find((m) => m.kind === 'Event');
    const itu = mentions.find((m) => m.key === 'Organization:International Telecommunication Union');
    expect(event && eventDetail(event)).toBeDefined();
    expect(itu && isNamedOrganization(itu)).toBe(true);
    scanNamedEntities('the outcomes of the World Summit on the Information Society', { ...ctx });
    expect(eventDetail(event!)).toBeDefined();
    expect(isNamedOrganization(itu!)).toBe(true);
  });

  it('guard: another resolution context starts afresh', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25', file: 'a.txt' };
    const event = scanNamedEntities(TEXT, ctx).find((m) => m.kind === 'Event');
    expect(event && eventDetail(event)).toBeDefined();
    scanNamedEntities('the International Telecommunication Union', { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-01', file: 'b.txt' });
    expect(eventDetail(event!)).toBeUndefined();
  });
});
