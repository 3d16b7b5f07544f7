// readSource: format detection, container metadata and clear per-file errors.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, readSource, sourceByteLength } from '../../ingest/read/index.js';
import { htmlToText, xmlToText } from '../../ingest/read/markup.js';
import { jsonToText } from '../../ingest/read/json.js';
import { itemsToLines } from '../../ingest/read/pdf.js';
import { looksLikePdfText, splitFrontMatter } from '../../ingest/read/text.js';
import { repoRoot, sharedDir } from '../helpers/env.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The rejection of readSource, checked to be a plain Error that names the file. */
async function readError(path: string, options?: Parameters<typeof readSource>[1]): Promise<string> {
  const err = await readSource(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  const message = (err as Error).message;
  expect(message.startsWith(`${path}: `)).toBe(true);
  return message;
}

describe('plain text and Markdown', () => {
  it('reads a .txt file as text', async () => {
    const src = await readSource(file('plain.txt', 'The General Assembly,\n\nRecalling its resolution 70/125,\n'));
    expect(src).toMatchObject({ format: 'text', text: 'The General Assembly,\n\nRecalling its resolution 70/125,\n' });
  });

  it('turns YAML front matter into metadata and strips it (railcar Markdown)', async () => {
    const text = '---\nsymbol: A/RES/80/16\nrecord_id: "4095875"\ntitle: "Open-ended Working Group 2021-2025 :"\ndate: "2025-12-05"\nlanguage: EN\n---\n\nUnited Nations\n';
    const src = await readSource(file('A_RES_80_16.railcar.txt', text));
    expect(src.format).toBe('markdown');
    expect(src.meta).toEqual({ symbol: 'A/RES/80/16', record_id: '4095875', title: 'Open-ended Working Group 2021-2025 :', date: '2025-12-05', language: 'EN' });
    expect(src.text).toBe('\nUnited Nations\n');
  });

  it.each([
    ['a horizontal rule then prose', '---\nSome prose without keys\n---\nBody'],
    ['no closing fence', '---\nsymbol: A/RES/1/1\nBody'],
  ])('does not take %s for front matter', (_what, text) => {
    expect(splitFrontMatter(text)).toBeUndefined();
  });

  it.each([
    ['a *.pdftext.txt name', 'A_RES_73_3.pdftext.txt', 'Recalling,'],
    ['a job number and a page number line', 'x.txt', 'text\nA/RES/78/132 \n23-25902\n2/15 \nmore'],
    ["pypdf's combined footer", 'x.txt', 'text\n18-16895 2/10 \nmore'],
    ['a form feed', 'x.txt', 'page one\fpage two'],
  ])('marks text from a PDF by %s', (_what, name, text) => {
    expect(looksLikePdfText(name, text)).toBe(true);
  });

  it('does not mark ordinary text as PDF text', () => {
    expect(looksLikePdfText('seed.txt', 'Recalling its resolution 70/125 of 16 December 2015,\n\n1. Welcomes')).toBe(false);
  });

  it('strips a UTF-8 byte order mark and normalises CRLF', async () => {
    const src = await readSource(file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Line one\r\nLine two\r\n')])));
    expect(src.text).toBe('Line one\nLine two\n');
  });

  it('decodes invalid UTF-8 as windows-1252 and says so', async () => {
    // "Secretary-General’s" with a cp1252 right quote (0x92)
    const path = file('cp1252.txt', Buffer.from([...Buffer.from('the Secretary-General'), 0x92, ...Buffer.from('s report')]));
    const src = await readSource(path);
    expect(src.text).toBe('the Secretary-General’s report');
    expect(src.warnings?.[0]).toContain(`${path}: not valid UTF-8; decoded as windows-1252`);
  });
});

describe('JSON records', () => {
  it('takes the text field and keeps the other scalars as metadata', () => {
    const { text, meta } = jsonToText(JSON.stringify({ symbol: 'A/RES/79/194', filename: 'A_RES_79_194.pdf', text: 'United Nations\nA/RES/79/194', paragraphs: { '1': 'x' }, agenda_items: ['Item 15'] }), 'r.json');
    expect(text).toBe('United Nations\nA/RES/79/194');
    expect(meta).toMatchObject({ textField: 'text', symbol: 'A/RES/79/194', filename: 'A_RES_79_194.pdf', 'agenda_items.0': 'Item 15', 'paragraphs.1': 'x' });
  });

  it('finds the decision text of an iGov record and flattens its meeting date', () => {
    const record = {
      ED_DecisionNumber: '80/524',
      ED_Title: 'High-level meeting on the overall review',
      ED_Meeting: [{ ED_Date: '2025-12-16T05:00:00.000Z', ED_Number: '65th plenary meeting' }],
      ED_DecisionText: 'At its 65th plenary meeting, on 16 December 2025, the General Assembly decided to invite the representatives of entities.',
      ED_Disclaimer: 'The final text of this decision will be contained in document A/80/49 (Vol. II).',
    };
    const { text, meta } = jsonToText(JSON.stringify(record), 'd.json');
    expect(text).toBe(record.ED_DecisionText);
    expect(meta).toMatchObject({ textField: 'ED_DecisionText', ED_DecisionNumber: '80/524', 'ED_Meeting.0.ED_Date': '2025-12-16T05:00:00.000Z' });
  });

  it('refuses JSON without a text and JSON that does not parse', async () => {
    expect(await readError(file('notext.json', '{"a": 1, "b": true}'))).toContain('this JSON has no text field');
    expect(await readError(file('broken.json', '{"text": "unterminated'))).toContain('this is not valid JSON');
  });
});

describe('HTML and XML', () => {
  it('turns block elements into lines, drops scripts and styles, decodes entities, keeps italics', () => {
    const html = `<!DOCTYPE html><html><head><title>A/RES/78/132</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body><h1>Information &amp; communications technologies</h1><p>The General Assembly,</p>
      <p><i>Recalling</i> its resolution 77/150&nbsp;of 14 December 2022,</p><p>1. <em>Welcomes</em> the report;<br>see below</p></body></html>`;
    const { text, meta } = htmlToText(html);
    expect(text).toBe('Information & communications technologies\n\nThe General Assembly,\n\n*Recalling* its resolution 77/150 of 14 December 2022,\n\n1. *Welcomes* the report;\nsee below');
    expect(meta.title).toBe('A/RES/78/132');
  });

  it('reads Akoma Ntoso-like XML: blocks become paragraphs, numbers stay with their text, metadata is skipped', () => {
    const xml = `<?xml version="1.0"?><akomaNtoso><statement><meta><identification><FRBRWork><FRBRthis value="/akn/un/statement/resolution/2023-12-19/78-132"/></FRBRWork></identification></meta>
      <preface><p><docNumber>A/RES/78/132</docNumber></p></preface>
      <preamble><formula>The General Assembly,</formula><recital>Recalling its resolution <ref href="#">77/150</ref>,</recital></preamble>
      <mainBody><paragraph><num>1.</num><content><p><i>Welcomes</i> the report;</p></content></paragraph></mainBody></statement></akomaNtoso>`;
    const { text, meta } = xmlToText(xml);
    expect(text).toBe('A/RES/78/132\n\nThe General Assembly,\n\nRecalling its resolution 77/150,\n\n1. *Welcomes* the report;');
    expect(meta.uri).toBe('/akn/un/statement/resolution/2023-12-19/78-132');
  });

  it('sniffs HTML, XML and JSON by content when the extension says nothing', async () => {
    expect((await readSource(file('page', '<!doctype html><p>Hello</p>'))).format).toBe('html');
    expect((await readSource(file('doc.akn', '<?xml version="1.0"?><akomaNtoso><p>Hello</p></akomaNtoso>'))).format).toBe('xml');
    expect((await readSource(file('record', '{"text": "Hello"}'))).format).toBe('json');
  });
});

describe('PDF', () => {
  it('joins text items into lines by their y position, left to right, with a blank line at a wide gap', () => {
    const item = (str: string, x: number, y: number, width = str.length * 5) => ({ str, x, y, width, height: 11 });
    const text = itemsToLines([item('world', 130, 700), item('Hello', 72, 700), item('1', 160, 703), item('Next line', 72, 686), item('After a gap', 72, 640)]);
    expect(text).toBe('Hello world 1\nNext line\n\nAfter a gap');
  });

  it('reads a PDF with pdfjs: page text, pages separated by a form feed, document info as metadata', async () => {
    const src = await readSource(join(repoRoot, 'tests/fixtures/resolution.pdf'));
    expect(src.format).toBe('pdf');
    expect(src.meta).toMatchObject({ pages: '2', title: 'Testing the reader' });
    expect(src.text).toContain('United Nations A/RES/99/1');
    expect(src.text).toContain('Recalling its resolution 98/5 of 1 January 2030 on reading documents, 1');
    expect(src.text).toContain('\f');
    expect(src.text).toContain('31-00001 2/2');
  });

  it('refuses a broken PDF with a message that says what to do', async () => {
    const message = await readError(file('broken.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage'));
    expect(message).toContain('this PDF could not be read');
    expect(message).toContain('Check that the file is a complete, unencrypted PDF');
  });

  it('refuses a file named .pdf that is not a PDF', async () => {
    expect(await readError(file('fake.pdf', 'just text'))).toContain('the name says .pdf but the content is not a PDF file');
  });
});

describe('DOCX', () => {
  it('reads the paragraphs of a Word file with mammoth, italics kept as in HTML', async () => {
    const src = await readSource(join(repoRoot, 'tests/fixtures/draft.docx'));
    expect(src.format).toBe('docx');
    expect(src.text.split('\n\n')).toEqual([
      'Draft resolution I',
      'Testing the Word reader',
      'The Economic and Social Council,',
      '*Recalling* its resolution 2030/1 of 1 July 2030,',
      '1. *Welcomes* the report of the Secretary-General;',
      '2. *Requests* the Secretary-General to report thereon.',
    ]);
  });

  it('refuses a ZIP that is not a Word document', async () => {
    const zip = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex');
    expect(await readError(file('archive.docx', zip))).toContain('this Word file could not be read');
  });
});

describe('errors name the file, say what is wrong and what to do', () => {
  it.each([
    ['an empty file', 'empty.txt', '', 'the file is empty (0 bytes)'],
    ['a file of blanks', 'blank.txt', ' \n\t\n', 'the file has no text'],
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'this is a binary file'],
    ['a ZIP named .txt', 'zip.txt', Buffer.from('504b030414000000', 'hex'), 'this is a ZIP archive, not .txt text'],
  ])('%s', async (_what, name, content, expected) => {
    expect(await readError(file(name, content))).toContain(expected);
  });

  it('refuses a file over the size limit and says how to raise it', async () => {
    const message = await readError(file('big.txt', 'x'.repeat(4096)), { maxBytes: 1024 });
    expect(message).toContain('the file is too large (0.0 MB; the limit is 0.0 MB)');
    expect(message).toContain('ReadOptions.maxBytes');
  });

  it('refuses a size limit that is no positive whole number (checked by hand: no zod in the worker bundle)', async () => {
    const path = file('small.txt', 'The General Assembly,\n');
    for (const maxBytes of [0, -1, 1.5, Number.NaN, Infinity, '1024' as unknown as number]) {
      await expect(readSource(path, { maxBytes })).rejects.toThrow(/ReadOptions\.maxBytes must be a positive whole number/);
    }
    expect((await readSource(path, { maxBytes: 1024 })).text).toContain('General Assembly');
    expect((await readSource(path, { maxBytes: undefined })).text).toContain('General Assembly');
  });

  it('refuses a file over the default 50 MB limit without reading it', async () => {
    const path = file('huge.txt', '');
    truncateSync(path, DEFAULT_MAX_BYTES + 1); // sparse: no 50 MB written
    expect(await readError(path)).toContain('the file is too large (50.0 MB; the limit is 50.0 MB)');
  });

  it('reports a missing file and a folder', async () => {
    expect(await readError(join(dir, 'missing.txt'))).toContain('the file cannot be opened (ENOENT');
    expect(await readError(dir)).toContain('this is not a regular file');
  });
});

describe.skipIf(!sharedDir('corpus'))('the shared corpus', () => {
  const corpus = sharedDir('corpus') ?? '';
  it('reads the mandate-pipeline JSON, the iGov decision and a railcar file with their metadata', async () => {
    const extracted = await readSource(join(corpus, 'A_RES_79_194.extracted.json'));
    expect(extracted).toMatchObject({ format: 'json', meta: { symbol: 'A/RES/79/194', textField: 'text' } });
    expect(extracted.text.startsWith('United Nations \nA/RES/79/194')).toBe(true);
    const decision = await readSource(join(corpus, 'GA_decision_80_524.json'));
    expect(decision.meta).toMatchObject({ ED_DecisionNumber: '80/524', textField: 'ED_DecisionText' });
    const railcar = await readSource(join(corpus, 'A_RES_80_16.railcar.txt'));
    expect(railcar).toMatchObject({ format: 'markdown', meta: { symbol: 'A/RES/80/16', date: '2025-12-05' } });
    expect(railcar.text).not.toContain('extract_version');
  });

  it('reads PyMuPDF and pypdf extractions as PDF text and the Security Council texts as text', async () => {
    expect((await readSource(join(corpus, 'A_RES_78_132.txt'))).format).toBe('pdftext');
    expect((await readSource(join(corpus, 'A_RES_73_3.pdftext.txt'))).format).toBe('pdftext');
    expect((await readSource(join(corpus, 'S_RES_0242_1967.txt'))).format).toBe('text');
  });
});

describe('sourceByteLength', () => {
  // the batch reports the bytes read: the count must be the text's UTF-8 length whichever way it was read
  const cases: [string, Uint8Array][] = [
    ['plain.txt', Buffer.from('Recalling its resolution 70/125 of 16 December 2015,\n“Welcomes” the café’s 🌍 report.\n')],
    ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Notes the report.\n')])],
    ['crlf.txt', Buffer.from('Recalling its resolution 70/125,\r\nNotes the report.\r\n')],
    ['front.md', Buffer.from('---\ntitle: “Draft”\n---\nNotes the report.\n')],
    ['cp1252.txt', Buffer.from([0x93, 0x57, 0x65, 0x6c, 0x63, 0x6f, 0x6d, 0x65, 0x73, 0x94, 0x20, 0x74, 0x68, 0x65, 0x20, 0x72, 0x65, 0x70, 0x6f, 0x72, 0x74, 0x2e])],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Notes the “report”.\n', 'utf16le')])],
  ];
  for (const [name, bytes] of cases) {
    it(`is Buffer.byteLength of the text read (${name})`, async () => {
      const src = await readSource(file(name, bytes));
      expect(sourceByteLength(src)).toBe(Buffer.byteLength(src.text));
    });
  }
});
