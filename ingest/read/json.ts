// JSON records (e.g. the mandate-pipeline extractions, iGov decision records):
// the text is the `text` field, or the most plausible text field; the other
// scalar fields become metadata (one level of nesting flattened as a.b / a.0.b).
import { readError } from './errors.js';

const TEXTY_KEY = /text|body|content|full/i;
const MAX_META_VALUE = 500;

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length <= MAX_META_VALUE ? value : undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function pickTextKey(record: Record<string, unknown>): string | undefined {
  const keys = Object.keys(record).filter((k) => typeof record[k] === 'string');
  const exact = keys.find((k) => k.toLowerCase() === 'text');
  if (exact) return exact;
  const longest = (candidates: string[]): string | undefined =>
    candidates.reduce<string | undefined>((best, k) => (best === undefined || (record[k] as string).length > (record[best] as string).length ? k : best), undefined);
  const texty = longest(keys.filter((k) => TEXTY_KEY.test(k)));
  if (texty && (record[texty] as string).trim() !== '') return texty;
  const any = longest(keys);
  return any && (record[any] as string).length >= 80 ? any : undefined;
}

function flattenMeta(record: Record<string, unknown>, skip: string, meta: Record<string, string>): void {
  for (const [key, value] of Object.entries(record)) {
    if (key === skip) continue;
    const s = scalar(value);
    if (s !== undefined) {
      meta[key] = s;
      continue;
    }
    const children: [string, unknown][] = Array.isArray(value)
      ? value.flatMap((v, i) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).map(([k, w]) => [`${i}.${k}`, w] as [string, unknown]) : [[String(i), v] as [string, unknown]]))
      : value && typeof value === 'object'
        ? Object.entries(value)
        : [];
    if (children.length > 40) continue;
    for (const [sub, v] of children) {
      const t = scalar(v);
      if (t !== undefined) meta[`${key}.${sub}`] = t;
    }
  }
}

export function jsonToText(source: string, file: string): { text: string; meta: Record<string, string> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source); // any JSON value: the records and fields are checked one by one below
  } catch (err) {
    throw readError(file, `this is not valid JSON (${err instanceof Error ? err.message : String(err)})`, 'Fix the JSON, or give the text as a .txt file.', err);
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  const texts: string[] = [];
  const meta: Record<string, string> = {};
  for (const record of records) {
    if (!record || typeof record !== 'object' || Array.isArray(record)) continue;
    const obj = record as Record<string, unknown>;
    const key = pickTextKey(obj);
    if (key === undefined) continue;
    texts.push(obj[key] as string);
    if (texts.length === 1) {
      meta.textField = key;
      flattenMeta(obj, key, meta);
    }
  }
  if (texts.length === 0) {
    throw readError(file, 'this JSON has no text field (looked for "text", then a field named like text/body/content, then any long string)', 'Put the resolution text in a "text" field.');
  }
  if (records.length > 1) meta.records = String(texts.length);
  return { text: texts.join('\n\n'), meta };
}
