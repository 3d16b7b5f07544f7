// Shape of a gazetteer entry: one real thing with every way the genre prints it.
import type { NodeKind } from '../../graph/model.js';

export type GazetteerKind = Extract<NodeKind, 'Organization' | 'Event' | 'Initiative' | 'Framework' | 'ActionLine' | 'Place'>;

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** canonical display name; the node key is `Kind:<name>` (events: plus start date) */
  name: string;
  acronym?: string;
  /** other full forms, matched anywhere (case-sensitive, whitespace-tolerant) */
  aliases?: string[];
  /**
   * short forms ("the Union", "the Forum") that only mean this entry once its full name or
   * acronym has been seen in the same resolution (carried in RecognizeContext.aliases)
   */
  shortForms?: string[];
  /** extra node attributes (eventKind, startDate, location, code, facilitators, country) */
  attrs?: Record<string, unknown>;
}

/** Compact constructor used by the data modules. */
export function org(name: string, acronym?: string, aliases: string[] = [], shortForms: string[] = []): GazetteerEntry {
  return { kind: 'Organization', name, acronym, aliases, shortForms };
}
