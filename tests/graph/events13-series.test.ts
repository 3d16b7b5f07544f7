// mergeUndatedEvents (graph/build.ts): an undated mention joins the one dated mention of its name, unless the name is a
// series' (events13). Mentions as the extraction makes them from the quoted paragraphs.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import type { ResolutionExtraction } from '../../ingest/models.js';
import { citingResolution } from './fixtures.js';

type Ev = { key: string; name: string; eventKind: string; startDate?: string };

/** The fixture resolution with `dated` mentioned in its first paragraph and `undated` in its second (and `partOf`: the
 *  dated one PART_OF the undated one, as the paragraph said). */
function build(dated: Ev, undated: Ev, partOf = false) {
  const ex: ResolutionExtraction = citingResolution();
  const mention = (p: number, e: Ev) => {
    const text = ex.paragraphs[p]!.paragraph.text;
    const attrs: Record<string, unknown> = { eventKind: e.eventKind };
    if (e.startDate) attrs.startDate = e.startDate;
    return { kind: 'Event' as const, key: e.key, name: e.name, attrs, phrase: text.slice(0, 3), start: 0, end: 3 };
  };
  ex.paragraphs[0]!.mentions.push(mention(0, dated));
  ex.paragraphs[1]!.mentions.push(mention(1, undated));
  if (partOf) ex.paragraphs[0]!.attributions.push({ type: 'PART_OF', source: dated.key, target: undated.key, phrase: 'ITU', start: 0, end: 3 });
  const b = new GraphBuilder();
  b.addResolution(ex);
  return b.finalize();
}
const events = (g: ReturnType<typeof build>) => g.filterNodes((_k, a) => a.kind === 'Event').sort();

describe('an undated mention of a series is not its one dated edition', () => {
  it('A/RES/80/185 OP10: "Governments engaged in the International Migration Review Forum" is not "the upcoming International Migration Review Forum in 2026"', () => {
    const name = 'International Migration Review Forum';
    const g = build({ key: `Event:${name} @ 2026`, name, eventKind: 'forum', startDate: '2026' }, { key: `Event:${name}`, name, eventKind: 'forum' });
    expect(events(g)).toEqual([`Event:${name}`, `Event:${name} @ 2026`]);
  });

  it('A/RES/78/129 PP7: "designating 15 March as International Day to Combat Islamophobia" is the day, not its commemoration of March 2023', () => {
    const name = 'International Day to Combat Islamophobia';
    const g = build({ key: `Event:${name} @ 2023`, name, eventKind: 'day', startDate: '2023-03' }, { key: `Event:${name}`, name, eventKind: 'day' });
    expect(events(g)).toEqual([`Event:${name}`, `Event:${name} @ 2023`]);
  });

  it('A/RES/78/10 PP21-PP22: "the Youth Olympic Games" and "the Dakar 2026 Youth Olympic Games", an edition PART_OF the series (no self-loop)', () => {
    const name = 'Summer Youth Olympic Games';
    const g = build({ key: `Event:${name} @ 2026`, name, eventKind: 'other', startDate: '2026' }, { key: `Event:${name}`, name, eventKind: 'other' }, true);
    expect(events(g)).toEqual([`Event:${name}`, `Event:${name} @ 2026`]);
    const partOf = g.filterOutEdges(`Event:${name} @ 2026`, (_e, a) => a.type === 'PART_OF');
    expect(partOf.map((e) => g.target(e))).toEqual([`Event:${name}`]);
  });

  it('A/RES/78/270 PP9: "the plenary meeting of the Kimberley Process, in looking towards the future, committed ..." is any plenary, not the one of 2024', () => {
    const name = 'plenary meeting of the Kimberley Process';
    const g = build({ key: `Event:${name} @ 2024`, name, eventKind: 'meeting', startDate: '2024-11-12' }, { key: `Event:${name}`, name, eventKind: 'meeting' });
    expect(events(g)).toEqual([`Event:${name}`, `Event:${name} @ 2024`]);
  });

  it('negative, A/RES/78/158 OP9: "a high-level meeting on sand and dust storms" to convene is the one held on 10 July 2025', () => {
    const name = 'high-level meeting on sand and dust storms';
    const g = build({ key: `Event:${name} @ 2025`, name, eventKind: 'meeting', startDate: '2025-07-10' }, { key: `Event:${name}`, name, eventKind: 'meeting' });
    expect(events(g)).toEqual([`Event:${name} @ 2025`]);
  });

  it('negative, A/RES/78/190 OP1: "the outcome document of the Durban Review Conference" is the conference of April 2009', () => {
    const name = 'Durban Review Conference';
    const g = build({ key: `Event:${name} @ 2009`, name, eventKind: 'conference', startDate: '2009-04-20' }, { key: `Event:${name}`, name, eventKind: 'conference' });
    expect(events(g)).toEqual([`Event:${name} @ 2009`]);
  });
});
