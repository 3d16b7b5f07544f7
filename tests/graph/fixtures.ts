// Hand-made extractions for graph tests: they do not depend on the recognisers.
import type { EntityMention, ParagraphText, ResolutionExtraction } from '../../ingest/models.js';

export function paragraph(id: string, text: string, footnotes: ParagraphText['footnoteRefs'] = []): ParagraphText {
  return {
    id,
    kind: id.startsWith('PP') ? 'preambular' : 'operative',
    number: id.startsWith('OP') ? Number(id.slice(2)) : undefined,
    text,
    footnoteRefs: footnotes,
    subparagraphs: [],
  };
}

export function resolutionMention(text: string, phrase: string, symbol: string, attrs: Record<string, unknown> = {}): EntityMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return { kind: 'Resolution', key: `Resolution:${symbol}`, name: symbol, attrs: { symbol, ...attrs }, phrase, start, end: start + phrase.length };
}

export function orgMention(text: string, phrase: string, name: string, acronym?: string): EntityMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return { kind: 'Organization', key: `Organization:${name}`, name, attrs: { acronym }, phrase, start, end: start + phrase.length };
}

/** A GA resolution of 2023 that recalls 70/125 and welcomes ITU's work. */
export function citingResolution(opts: { symbol?: string; date?: string; file?: string } = {}): ResolutionExtraction {
  const symbol = opts.symbol ?? 'A/RES/78/132';
  const file = opts.file ?? 'a.txt';
  const pp1 = 'Recalling its resolution 70/125 of 16 December 2015, entitled “Outcome document”,';
  const op1 = 'Welcomes the work of the International Telecommunication Union and of ITU;';
  const m1 = resolutionMention(pp1, 'its resolution 70/125 of 16 December 2015', 'A/RES/70/125', { date: '2015-12-16', title: 'Outcome document' });
  const m2 = orgMention(op1, 'International Telecommunication Union', 'International Telecommunication Union', 'ITU');
  const m3 = orgMention(op1, 'ITU', 'International Telecommunication Union', 'ITU');
  return {
    key: `Resolution:${symbol}`,
    resolution: {
      symbol,
      body: 'General Assembly',
      number: symbol.replace('A/RES/', ''),
      title: 'Information and communications technologies for sustainable development',
      date: opts.date ?? '2023-12-19',
      instrument: 'resolution',
      file,
      paragraphs: [paragraph('PP1', pp1), paragraph('OP1', op1)],
      headings: [],
    },
    paragraphs: [
      {
        paragraph: paragraph('PP1', pp1),
        mentions: [m1],
        clauses: [{ index: 0, verb: 'Recalling', relation: 'RECALLS', start: 0, end: pp1.length }],
        relations: [{ type: 'RECALLS', target: m1.key, clause: 0, verb: 'Recalling', phrase: m1.phrase, start: m1.start, end: m1.end }],
        attributions: [],
      },
      {
        paragraph: paragraph('OP1', op1),
        mentions: [m2, m3],
        clauses: [{ index: 0, verb: 'Welcomes', relation: 'WELCOMES', start: 0, end: op1.length }],
        relations: [{ type: 'WELCOMES', target: m2.key, clause: 0, verb: 'Welcomes', phrase: m2.phrase, start: m2.start, end: m2.end }],
        attributions: [],
      },
    ],
  };
}

/** The ingested text of A/RES/70/125 itself, with its own (authoritative) title. */
export function citedResolutionText(date = '2015-12-16'): ResolutionExtraction {
  return {
    key: 'Resolution:A/RES/70/125',
    resolution: {
      symbol: 'A/RES/70/125',
      body: 'General Assembly',
      number: '70/125',
      title: 'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
      date,
      instrument: 'resolution',
      file: 'b.txt',
      paragraphs: [],
      headings: [],
    },
    paragraphs: [],
  };
}
