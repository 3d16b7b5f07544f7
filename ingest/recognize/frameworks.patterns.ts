// Head nouns and fixed phrases that make an unknown capitalised name a Framework.

export const FRAMEWORK_HEADS: ReadonlySet<string> = new Set([
  'Agenda', 'Declaration', 'Compact', 'Pact', 'Convention', 'Charter', 'Covenant', 'Treaty', 'Protocol', 'Framework',
  'Strategy', 'Principles', 'Guidelines', 'Consensus', 'Accord', 'Agreement', 'Roadmap', 'Commitment', 'Statement',
  'Outcome', 'Recommendation', 'Code', 'Rules', 'Statute', 'Pathway', 'Plan', 'Vision', 'Conventions', 'Protocols', 'Goals',
]);

/** Multi-word heads decided before single heads: "Programme of Action" is a framework, not a programme. */
export const FRAMEWORK_PHRASES_RE = /\b(?:Programme|Plan|Platform|Framework|Agenda) (?:of|for) Action\b|\bPlan of Implementation\b|\bPlatform for Action\b/;
