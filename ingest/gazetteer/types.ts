// Shape of a gazetteer entry: one real thing with every way the genre prints it.
import type { NodeKind } from '../../graph/model-keys.js';

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

/**
 * The one place an entry object is made: every field present (undefined when absent), always in this order, so
 * all entries share one hidden class. Six data modules built them with their own literals (fields in other orders
 * or missing): the extraction code reading entries saw six maps, and an entry of a late one threw its compiled
 * code away ("wrong map" deopts).
 */
export function gazetteerEntry(kind: GazetteerKind, name: string, acronym: string | undefined, aliases: string[] | undefined, shortForms: string[] | undefined, attrs: Record<string, unknown> | undefined): GazetteerEntry {
  return { kind, name, acronym, aliases, shortForms, attrs };
}

/** Compact constructor used by the data modules. */
export function org(name: string, acronym?: string, aliases: string[] = [], shortForms: string[] = []): GazetteerEntry {
  return gazetteerEntry('Organization', name, acronym, aliases, shortForms, undefined);
}
