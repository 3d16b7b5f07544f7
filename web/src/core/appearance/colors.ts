// Colours of node kinds and relation types. Kinds get a fixed, distinct
// palette; the citation verbs stand out; other relation types share hues by family.
export const KIND_COLORS: Record<string, string> = {
  Resolution: '#2f6fdf',
  Document: '#7a8a99',
  Organization: '#e5872b',
  Event: '#d6457a',
  Initiative: '#2aa876',
  Framework: '#8c5bd6',
  ActionLine: '#b0a21d',
  Place: '#4fb3c9',
  Date: '#a0a0a0',
  Paragraph: '#c8b68e',
};

export const RELATION_COLORS: Record<string, string> = {
  RECALLS: '#5b8def',
  REAFFIRMS: '#9b6bdf',
  CITES: '#8fa7c9',
  WELCOMES: '#3cb371',
  NOTES: '#9aa5b1',
  RECOGNIZES: '#6aa84f',
  ACKNOWLEDGES: '#93c47d',
  ENCOURAGES: '#f1a340',
  URGES: '#e06666',
  CALLS_UPON: '#cc4125',
  INVITES: '#f6b26b',
  REQUESTS: '#e69138',
  EMPHASIZES: '#c27ba0',
  REITERATES: '#8e7cc3',
  EXPRESSES: '#76a5af',
  DECIDES: '#45818e',
  LEADS: '#e5872b',
  ORGANIZES: '#d6457a',
  SESSION_OF: '#e59ab5',
  HOSTS: '#4fb3c9',
  HELD_IN: '#4fb3c9',
  ADOPTED: '#8c5bd6',
  PART_OF: '#b7b7b7',
  MENTIONS: '#d9d2c5',
};

/** A stable colour for a name the palettes do not list. */
export function hashedColor(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) | 0;
  return `hsl(${Math.abs(hash) % 360}, 45%, 58%)`;
}

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? hashedColor(kind);
}

export function relationColor(type: string): string {
  return RELATION_COLORS[type] ?? hashedColor(type);
}
