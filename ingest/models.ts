// Typed models of every ingest stage, in one file (as eyecite keeps its models):
//   read -> SourceText -> clean -> CleanText -> segment -> ResolutionText[]
//   -> recognise (per paragraph) -> EntityMention[] -> clauses -> VerbRelation[] + Attribution[]
//   -> ResolutionExtraction -> graph/build.ts
import type { EntityRelationType, NodeKind, VerbRelationType } from '../graph/model-keys.js';

export type SourceFormat = 'text' | 'markdown' | 'pdftext' | 'pdf' | 'docx' | 'html' | 'json' | 'xml';

/** A file as read from disk, decoded to text. */
export interface SourceText {
  /** path as given by the user (used as the `document` of every edge) */
  file: string;
  format: SourceFormat;
  text: string;
  /** metadata found in the container (YAML front matter, JSON fields, PDF info) */
  meta?: Record<string, string>;
  /** things the reader had to guess or repair (e.g. "not valid UTF-8, decoded as windows-1252") */
  warnings?: string[];
}

/** A footnote: its mark as printed ("1", "¹", "*") and its text. */
export interface Footnote {
  mark: string;
  text: string;
}

/** A footnote lifted out of the running text by clean, with where it stood. */
export interface CleanFootnote extends Footnote {
  /** offset in CleanText.text where the footnote block was removed (a page break or the end of a paragraph) */
  offset: number;
}

/** Output of clean: one paragraph or heading per line (lines separated by a blank line), footnotes apart. */
export interface CleanText {
  text: string;
  footnotes: CleanFootnote[];
}

export interface SubParagraph {
  /** "(a)", "(i)" */
  label: string;
  text: string;
  /** offset of `text` inside the parent paragraph's text */
  start: number;
}

export interface ParagraphText {
  /** "PP1".."PPn" for preambular, "OP1".."OPn" for operative */
  id: string;
  kind: 'preambular' | 'operative';
  /** printed number of an operative paragraph */
  number?: number;
  /** paragraph text, cleaned: one line, footnote marks kept as printed (e.g. "Summit,¹" or "Summit,1") */
  text: string;
  /** footnote marks found in `text` with their offset, and the footnotes they point to */
  footnoteRefs: { mark: string; offset: number; footnote?: Footnote }[];
  subparagraphs: SubParagraph[];
  /** section heading the paragraph sits under, if any */
  heading?: string;
}

/** One resolution (or draft resolution, or decision) found in a file. */
export interface ResolutionText {
  /** canonical symbol, e.g. "A/RES/78/132"; for a draft: "<report symbol> draft resolution I" */
  symbol: string;
  /** "General Assembly", "Economic and Social Council", "Security Council", "Human Rights Council", ... */
  body?: string;
  /** "78/132", "2006/46", "242 (1967)" */
  number?: string;
  title?: string;
  /** adoption date, ISO 8601 */
  date?: string;
  session?: string;
  agendaItem?: string;
  /** the committee on whose report the Assembly adopted it ("[on the report of the Sixth Committee (A/78/432, para. 8)]"):
   *  "Sixth Committee", and that report's symbol, "A/78/432" */
  committee?: string;
  report?: string;
  /** the draft's symbol when adopted "without reference to a Main Committee (A/78/L.1)" */
  draftSymbol?: string;
  draft?: boolean;
  /** "Draft resolution I" as printed */
  draftLabel?: string;
  /** who submitted a draft, as its label prints it: "President of the General Assembly" (A/80/L.41) */
  submittedBy?: string;
  /** "resolution" | "decision" */
  instrument: 'resolution' | 'decision';
  file: string;
  paragraphs: ParagraphText[];
  /** section headings kept in order */
  headings: string[];
  /** the title lines of the annexed declarations kept as its paragraphs ("Global Digital Compact"), in annex order */
  annexTitles?: string[];
  /** the id prefix of each titled annex's paragraphs ("AnnexII."), parallel to annexTitles */
  annexPrefixes?: string[];
}

/** What a recogniser knows about the paragraph it reads. */
export interface RecognizeContext {
  /** body of the citing resolution, to resolve "its resolution", "the Assembly", "the Council" */
  body?: string;
  /** citing resolution's symbol and adoption date, to drop impossible citations */
  symbol?: string;
  date?: string;
  file?: string;
  /** citing resolution's title: a body it names keeps its short form ("the Institute") throughout (entityScan register) */
  title?: string;
}

/** One mention of an entity in a paragraph (or in a footnote attached to it). */
export interface EntityMention {
  kind: NodeKind;
  /** graph node key, `Kind:normalised` (see graph/model.ts nodeKey) */
  key: string;
  /** display name */
  name: string;
  /** extra node attributes learnt from this mention (date, title, acronym, location, ...) */
  attrs: Record<string, unknown>;
  /** the mention as printed */
  phrase: string;
  /** span in the paragraph text [start, end); for a footnote mention: span in the footnote text */
  start: number;
  end: number;
  /** set when the mention was read from a footnote: the mark, and the offset of the mark in the paragraph */
  footnote?: { mark: string; offset: number };
  /**
   * set on an Organization named inside a longer mention ("the Twelfth Ministerial Conference of the World
   * Trade Organization"): the paragraph mentions it, but its clause's verb is about the longer mention
   */
  nested?: true;
}

/** A verb clause of a paragraph: "Recalling also", ", and reaffirms", "Welcomes and urges". */
export interface Clause {
  index: number;
  /** verb phrase as printed */
  verb: string;
  /** relation the verb maps to; undefined for a verb with no relation (e.g. "Having considered") */
  relation?: VerbRelationType;
  /** further relations of a compound verb ("Welcomes and urges" -> URGES) */
  also?: VerbRelationType[];
  /** the clause covers [start, end) of the paragraph text */
  start: number;
  end: number;
}

export interface VerbRelation {
  /** the clause's verb relation; CITES for a resolution or document (by symbol) cited only where no verb clause types it (see citedUntyped) */
  type: VerbRelationType | 'CITES';
  target: string;
  clause: number;
  verb: string;
  phrase: string;
  /** span of the phrase in the paragraph text, or in the footnote's text when `footnote` is set */
  start: number;
  end: number;
  /** mark of the footnote the mention was read from */
  footnote?: string;
}

export interface Attribution {
  /** ENDORSES: a body or the resolution it names endorsed a text another adopted or drafted (attributions.ts endorsedNotAdopted) */
  type: EntityRelationType | 'ENDORSES';
  source: string;
  target: string;
  phrase: string;
  start: number;
  end: number;
}

export interface ParagraphExtraction {
  paragraph: ParagraphText;
  mentions: EntityMention[];
  clauses: Clause[];
  relations: VerbRelation[];
  attributions: Attribution[];
}

export interface ResolutionExtraction {
  resolution: ResolutionText;
  /** node key of the resolution */
  key: string;
  paragraphs: ParagraphExtraction[];
  /** recogniser failures on single paragraphs (the rest of the file still went in) */
  warnings?: string[];
}

/** A per-file failure, reported at the end of a batch. */
export interface FileError {
  file: string;
  message: string;
}
