// Renders one resolution, as the pipeline read it from one format, into the other formats the UN
// publishes it in (HTML as on ODS / the Digital Library, a Word file, a paginated PDF), so tests can
// check that the same resolution gives the same extraction whatever its format.
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';
import { markValue } from '../../ingest/clean.js';
import { buildPdf, buildZip, type PlacedLine, type TextSegment } from '../fixtures/make-fixtures.js';

/** A piece of a paragraph: plain text, an italic run, or a footnote mark. */
export type Run = { text: string; italic?: boolean } | { mark: string };

export interface LaidOutParagraph {
  runs: Run[];
  /** a heading, the masthead or the meeting line (not indented, no mark) */
  plain?: boolean;
}

export interface LaidOutResolution {
  symbol: string;
  title: string;
  /** masthead and heading lines, in order */
  head: string[];
  body: LaidOutParagraph[];
  closing: string[];
  footnotes: { mark: string; text: string }[];
}

const ORDINAL = ['', 'Seventy-eighth', 'Seventy-ninth', 'Eightieth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function printedDate(iso: string | undefined): string {
  if (!iso) return '1 January 2025';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** Operative verb (and preambular opener) as the clause extraction found it: printed in italics. */
function leadingVerb(text: string, verb: string | undefined): number {
  if (!verb) return 0;
  return text.startsWith(verb) ? verb.length : 0;
}

function paragraphRuns(p: ParagraphText, verb: string | undefined): LaidOutParagraph[] {
  // footnote marks -> mark runs; sub-paragraphs "(a) ..." -> paragraphs of their own
  const cuts = p.subparagraphs.map((s) => s.start - s.label.length - 1).filter((c) => c > 0 && p.text.slice(c, c + 1) === '(');
  const pieces: { from: number; to: number }[] = [];
  let from = 0;
  for (const c of [...cuts, p.text.length]) {
    pieces.push({ from, to: c });
    from = c;
  }
  const marks = p.footnoteRefs.filter((r) => r.footnote);
  return pieces.map(({ from, to }, k) => {
    const runs: Run[] = [];
    let at = from;
    if (k === 0) {
      const prefix = p.kind === 'operative' && p.number !== undefined ? `${p.number}. ` : '';
      if (prefix && p.text.startsWith(prefix)) at += prefix.length;
      if (prefix) runs.push({ text: prefix });
      const v = leadingVerb(p.text.slice(at), verb);
      if (v > 0) {
        runs.push({ text: p.text.slice(at, at + v), italic: true });
        at += v;
      }
    }
    for (const r of marks) {
      if (r.offset < at || r.offset >= to) continue;
      runs.push({ text: p.text.slice(at, r.offset) });
      runs.push({ mark: markValue(r.mark) });
      at = r.offset + r.mark.length;
    }
    runs.push({ text: p.text.slice(at, to).trimEnd() });
    return { runs: runs.filter((r) => !('text' in r) || r.text !== '') };
  });
}

/** The layout of a resolution the pipeline read: masthead, paragraphs with italic verbs and marks, footnotes. */
export function layOut(res: ResolutionText, verbs: Map<string, string | undefined>): LaidOutResolution {
  const session = Number(res.session ?? '80');
  const date = printedDate(res.date);
  const head = [
    'United Nations',
    res.symbol,
    'General Assembly',
    'Distr.: General',
    date,
    `${ORDINAL[session - 77] ?? `${session}th`} session`,
    `Agenda item ${res.agendaItem ?? '1'}`,
    `Resolution adopted by the General Assembly on ${date}`,
    `${res.number}. ${res.title ?? ''}`,
    'The General Assembly,',
  ];
  const body: LaidOutParagraph[] = [];
  const footnotes: { mark: string; text: string }[] = [];
  let heading: string | undefined;
  for (const p of res.paragraphs) {
    if (p.heading && p.heading !== heading) body.push({ runs: [{ text: p.heading }], plain: true });
    heading = p.heading;
    body.push(...paragraphRuns(p, verbs.get(p.id)));
    for (const r of p.footnoteRefs) if (r.footnote) footnotes.push({ mark: markValue(r.mark), text: r.footnote.text });
  }
  return { symbol: res.symbol, title: res.title ?? '', head, body, closing: ['50th plenary meeting', date], footnotes };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** HTML as on ODS: <p> per paragraph, <i> verbs, marks as <sup> linked to a notes list after a rule. */
export function toHtml(doc: LaidOutResolution, notes: 'list' | 'paragraphs' = 'list'): string {
  const p = (html: string) => `<p class="MsoNormal">${html}</p>`;
  const runs = (rs: Run[]) =>
    rs.map((r) => ('mark' in r ? `<sup><a href="#fn${r.mark}" id="ref${r.mark}">${r.mark}</a></sup>` : r.italic ? `<i>${escapeXml(r.text)}</i>` : escapeXml(r.text))).join('');
  const head = doc.head.map((h) => (h.startsWith('The General Assembly') ? p('<i>The General Assembly</i>,') : p(escapeXml(h))));
  const notesHtml =
    notes === 'list'
      ? `<hr/><ol class="footnotes">${doc.footnotes.map((f) => `<li id="fn${f.mark}"><p>${escapeXml(f.text)} <a href="#ref${f.mark}">↩</a></p></li>`).join('\n')}</ol>`
      : `<hr/>${doc.footnotes.map((f) => p(`<sup><a name="fn${f.mark}">${f.mark}</a></sup> ${escapeXml(f.text)}`)).join('\n')}`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeXml(doc.symbol)}</title></head>
<body>
${head.join('\n')}
${doc.body.map((b) => p(runs(b.runs))).join('\n')}
${doc.closing.map((c) => p(escapeXml(c))).join('\n')}
${notesHtml}
</body></html>
`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A Word file as the UN drafts it: typed numbers and a tab, italic verbs, real footnotes (footnotes.xml). */
export function toDocx(doc: LaidOutResolution): Buffer {
  let footnoteId = 0;
  const ids = new Map<string, number>();
  const run = (r: Run): string => {
    if ('mark' in r) {
      const id = ++footnoteId;
      ids.set(r.mark, id);
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    }
    const text = r.text.replace(/^(\d{1,3}\.) /, '$1\t');
    const parts = text.split('\t').map((t) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`);
    return `<w:r>${r.italic ? '<w:rPr><w:i/></w:rPr>' : ''}${parts.join('<w:tab/>')}</w:r>`;
  };
  const para = (rs: Run[]) => `<w:p>${rs.map(run).join('')}</w:p>`;
  const body = [
    ...doc.head.map((h) => para([{ text: h, italic: h.startsWith('The General Assembly') }])),
    ...doc.body.map((b) => para(b.runs)),
    ...doc.closing.map((c) => para([{ text: c }])),
  ].join('');
  const byId = [...ids.entries()].map(([mark, id]) => ({ id, text: doc.footnotes.find((f) => f.mark === mark)?.text ?? '' }));
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${byId
    .map(({ id, text }) => `<w:footnote w:id="${id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${escapeXml(text)}</w:t></w:r></w:p></w:footnote>`)
    .join('')}</w:footnotes>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${body}</w:body></w:document>`;
  return buildZip([
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
    ],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
    ],
    ['word/document.xml', document],
    ['word/footnotes.xml', footnotes],
  ]);
}

/** Words of a paragraph wrapped to lines of at most `width` characters; a mark stays glued to its word. */
function wrap(runs: Run[], width: number): { text: string; marks: { at: number; mark: string }[] }[] {
  const words: { text: string; mark?: string; spaceAfter?: boolean }[] = [];
  for (const r of runs) {
    if ('mark' in r) {
      const last = words[words.length - 1];
      if (last) last.mark = (last.mark ?? '') + r.mark;
      continue;
    }
    const split = r.text.split(/ +/);
    split.forEach((w, i) => {
      if (w === '') return;
      const last = words[words.length - 1];
      // a run that starts without a space continues the word before ("resolution" + mark + ",")
      if (i === 0 && last && !/^ /.test(r.text) && !last.mark && !last.spaceAfter) last.text += w;
      else words.push({ text: w });
    });
    const last = words[words.length - 1];
    if (last && / $/.test(r.text)) last.spaceAfter = true;
  }
  const lines: { text: string; marks: { at: number; mark: string }[] }[] = [];
  let cur = { text: '', marks: [] as { at: number; mark: string }[] };
  for (const w of words) {
    if (cur.text !== '' && cur.text.length + 1 + w.text.length > width) {
      lines.push(cur);
      cur = { text: '', marks: [] };
    }
    cur.text += (cur.text === '' ? '' : ' ') + w.text;
    if (w.mark) cur.marks.push({ at: cur.text.length, mark: w.mark });
  }
  if (cur.text !== '') lines.push(cur);
  return lines;
}

/**
 * A paginated PDF as the UN prints it: masthead on page 1, running header (symbol, title) and footer
 * (job number, page n/N) on the others, footnote marks raised and small, footnotes under a rule at the
 * foot of the page their mark is on.
 */
export function toPdf(doc: LaidOutResolution, linesPerPage = 40): Buffer {
  type Line = { x: number; text: string; marks: { at: number; mark: string }[]; gapBefore: boolean };
  const flow: Line[] = [];
  for (const b of doc.body) {
    const first = b.runs[0];
    const numbered = first && 'text' in first && /^\d{1,3}\. $/.test(first.text);
    wrap(b.runs, 80).forEach((l, i) => flow.push({ x: i === 0 && !numbered && !b.plain ? 108 : 72, text: l.text, marks: l.marks, gapBefore: i === 0 }));
  }
  for (const c of doc.closing) flow.push({ x: 300, text: c, marks: [], gapBefore: c === doc.closing[0] });
  const pages: PlacedLine[][] = [];
  const total = Math.ceil((flow.length + 40) / (linesPerPage - 12)) + 1;
  let page: PlacedLine[] = [];
  let y = 0;
  let notes: { mark: string; text: string }[] = [];
  const footnoteText = new Map(doc.footnotes.map((f) => [f.mark, f.text]));
  const closePage = () => {
    // footnotes under a rule at the foot of the page
    let fy = 90 + notes.reduce((n, f) => n + wrap([{ text: f.text }], 85).length * 10, 0);
    if (notes.length > 0) page.push([72, fy + 14, '__________________']);
    for (const f of notes) {
      wrap([{ text: f.text }], 85).forEach((l, i) => {
        if (i === 0) page.push([72, fy, f.mark], [86, fy, l.text]);
        else page.push([86, fy, l.text]);
        fy -= 10;
      });
    }
    const n = pages.length + 1;
    page.push(n % 2 === 1 ? [72, 40, `24-24293`] : [72, 40, `${n}/${total}`], n % 2 === 1 ? [500, 40, `${n}/${total}`] : [500, 40, '24-24293']);
    pages.push(page);
    notes = [];
  };
  const newPage = () => {
    page = [];
    // running header: the symbol, then the title wrapped as on the first page
    page.push([72, 750, doc.symbol]);
    let hy = 738;
    for (const l of wrap([{ text: doc.title }], 70)) {
      page.push([72, hy, l.text]);
      hy -= 12;
    }
    y = hy - 26;
  };
  // page 1: the masthead
  page = [];
  y = 740;
  for (const h of doc.head) {
    const x = h === doc.symbol || h.startsWith('Distr') || /^\d{1,2} [A-Z]/.test(h) ? 400 : 72;
    const lines = wrap([{ text: h }], 70);
    lines.forEach((l, i) => {
      if (i > 0) y -= 13;
      page.push([x, y, l.text]);
    });
    if (!(h === 'United Nations' || h === 'General Assembly' || h.startsWith('Distr'))) y -= 24;
  }
  y -= 12;
  const noteRoom = () => 110 + notes.reduce((n, f) => n + wrap([{ text: f.text }], 85).length * 10 + 4, 0);
  for (const line of flow) {
    const need = line.gapBefore ? 26 : 13;
    const incoming = line.marks.reduce((n, m) => n + wrap([{ text: footnoteText.get(m.mark) ?? '' }], 85).length * 10 + 4, 0);
    if (y - need < noteRoom() + incoming) {
      closePage();
      newPage();
    } else y -= need;
    const segments: TextSegment[] = [];
    let at = 0;
    for (const m of line.marks) {
      segments.push({ text: line.text.slice(at, m.at) }, { text: m.mark, size: 7, rise: 4 });
      at = m.at;
      const text = footnoteText.get(m.mark);
      if (text !== undefined) notes.push({ mark: m.mark, text });
    }
    segments.push({ text: line.text.slice(at) });
    page.push([line.x, y, segments.filter((g) => g.text !== '')]);
  }
  closePage();
  return buildPdf(pages);
}
