// The web server: the built app (web/dist) and a small read-only JSON API over
// the knowledge graph. node:http only; every input validated with zod; bound to
// 127.0.0.1 unless the caller asks otherwise.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { z } from 'zod';
import { toPlain } from '../../cypher/format.js';
import type { QueryStore } from '../../cypher/store.js';
import { GraphQuery, NodeKeyParam, QueryRequest, type QueryResult, type SavedQuery, type SchemaInfo } from '../shared/api.js';
import { distDir as defaultDistDir } from './build.js';
import { graphFromStore } from './load-from-store.js';
import { nodeDetails, ParagraphIndex } from './node-details.js';
import { findWriteClause } from './read-only.js';
import { serveStatic } from './static.js';
import { toCompactGraph } from './view-graph.js';

type AnyGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

export interface ServerOptions {
  /** the knowledge graph; with no store, queries run on the embedded engine over it */
  graph?: AnyGraph;
  /** a query store (Neo4j or embedded); with no graph, the drawn graph is read from it at start */
  store?: QueryStore;
  port?: number;
  host?: string;
  /** folder of the built app (default web/dist) */
  distDir?: string;
  queryTimeoutMs?: number;
  maxRows?: number;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  graph: AnyGraph;
  store: QueryStore;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 5173;
export const DEFAULT_HOST = '127.0.0.1';
const MAX_BODY_BYTES = 1_000_000;

export const ServerOptionsSchema = z.object({
  port: z.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  host: z.string().min(1).default(DEFAULT_HOST),
  queryTimeoutMs: z.number().int().positive().max(600_000).default(15_000),
  maxRows: z.number().int().positive().max(1_000_000).default(1_000),
});

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) throw new HttpError(415, 'send the query as JSON (content-type: application/json)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function zodMessage(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
function hostName(header: string | undefined): string {
  if (!header) return '';
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.split(':')[0]!;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HttpError(408, `query timed out after ${ms} ms`)), ms + 1_000);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}


let savedModuleMissing = false;
async function loadSavedQueries(): Promise<SavedQuery[]> {
  let saved: { listSavedQueries: () => unknown };
  try {
    saved = (await import('../../cypher/saved.js')) as typeof saved;
  } catch (error) {
    // A tree without cypher/saved.ts has no saved queries; say so once on the server side.
    if (!savedModuleMissing) console.warn(`saved queries unavailable: ${error instanceof Error ? error.message : String(error)}`);
    savedModuleMissing = true;
    return [];
  }
  const list = await saved.listSavedQueries();
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown): SavedQuery[] => {
    if (!item || typeof item !== 'object') return [];
    const entry = item as Record<string, unknown>;
    const query = entry.query ?? entry.text ?? entry.cypher;
    const name = entry.name ?? entry.title ?? entry.file;
    if (typeof query !== 'string' || typeof name !== 'string') return [];
    const description = entry.description ?? entry.comment;
    const params = Array.isArray(entry.params) ? entry.params.filter((p): p is string => typeof p === 'string') : undefined;
    return [
      {
        name,
        query,
        ...(typeof entry.title === 'string' ? { title: entry.title } : {}),
        ...(typeof description === 'string' ? { description } : {}),
        ...(params ? { params } : {}),
      },
    ];
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const config = ServerOptionsSchema.parse({
    port: options.port,
    host: options.host,
    queryTimeoutMs: options.queryTimeoutMs,
    maxRows: options.maxRows,
  });
  if (!options.graph && !options.store) throw new Error('startServer needs a graph or a query store');
  let store = options.store;
  if (!store) {
    const { openEmbeddedStore } = await import('../../cypher/store.js');
    store = await openEmbeddedStore(options.graph!);
  }
  const graph: AnyGraph = options.graph ?? (await graphFromStore(store));
  const activeStore: QueryStore = store;
  const paragraphs = new ParagraphIndex(graph);
  const distDir = options.distDir ?? defaultDistDir;
  const compactCache = new Map<string, { json: string; gzip?: Buffer }>();
  const loopbackOnly = LOOPBACK_NAMES.has(config.host);
  function compactBody(include: readonly string[]): { json: string; gzip?: Buffer } {
    const cacheKey = include.slice().sort().join(',');
    let body = compactCache.get(cacheKey);
    if (!body) compactCache.set(cacheKey, (body = { json: JSON.stringify(toCompactGraph(graph, include)) }));
    return body;
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const expect = (allowed: string): void => {
      if (method !== allowed) throw new HttpError(405, `${path} accepts ${allowed} only`);
    };

    if (path === '/api/graph') {
      expect('GET');
      const parsed = GraphQuery.safeParse({ include: url.searchParams.get('include') ?? undefined });
      if (!parsed.success) throw new HttpError(400, zodMessage(parsed.error));
      const body = compactBody(parsed.data.include);
      // The drawn graph of a large corpus is megabytes of JSON: compressed once, sent compressed when the client can take it.
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body.gzip ??= gzipSync(body.json);
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-encoding': 'gzip',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          vary: 'accept-encoding',
        });
        res.end(body.gzip);
        return;
      }
      return sendJson(res, 200, body.json);
    }
    if (path.startsWith('/api/node/')) {
      expect('GET');
      let raw: string;
      try {
        raw = decodeURIComponent(path.slice('/api/node/'.length));
      } catch {
        throw new HttpError(400, 'node key is not valid URL encoding');
      }
      const key = NodeKeyParam.safeParse(raw);
      if (!key.success) throw new HttpError(400, `bad node key: ${zodMessage(key.error)}`);
      const details = nodeDetails(graph, paragraphs, key.data);
      if (!details) throw new HttpError(404, `no node with key ${key.data}`);
      return sendJson(res, 200, details);
    }
    if (path === '/api/query') {
      expect('POST');
      const parsed = QueryRequest.safeParse(await readJsonBody(req));
      if (!parsed.success) throw new HttpError(400, zodMessage(parsed.error));
      const write = findWriteClause(parsed.data.query);
      if (write) throw new HttpError(400, `Writing is not allowed: ${write} changes the graph, and this query console is read-only.`);
      const started = performance.now();
      let result: Awaited<ReturnType<QueryStore['run']>>;
      try {
        result = await withTimeout(
          activeStore.run(parsed.data.query, parsed.data.params, { timeoutMs: config.queryTimeoutMs, maxRows: config.maxRows }),
          config.queryTimeoutMs,
        );
      } catch (error) {
        if (error instanceof HttpError) throw error;
        throw new HttpError(400, error instanceof Error ? error.message : String(error));
      }
      const body: QueryResult = {
        columns: result.columns,
        rows: (result.rows as unknown[][]).map((row) => (Array.isArray(row) ? row.map(toPlain) : result.columns.map((c: string) => toPlain((row as Record<string, unknown>)[c])))),
        truncated: result.truncated,
        elapsedMs: Math.round(performance.now() - started),
      };
      return sendJson(res, 200, body);
    }
    if (path === '/api/schema') {
      expect('GET');
      const schema: SchemaInfo = await activeStore.schema();
      return sendJson(res, 200, schema);
    }
    if (path === '/api/saved-queries') {
      expect('GET');
      return sendJson(res, 200, await loadSavedQueries());
    }
    if (path === '/api/health') {
      expect('GET');
      return sendJson(res, 200, { ok: true, store: activeStore.kind, nodes: graph.order, edges: graph.size });
    }
    throw new HttpError(404, `no API route ${path}`);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A page on another site must not reach the local API through DNS rebinding.
    if (loopbackOnly && !LOOPBACK_NAMES.has(hostName(req.headers.host))) {
      sendJson(res, 421, { error: 'this server answers to localhost only' });
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      serveStatic(distDir, url.pathname, res);
      return;
    }
    api(req, res, url).catch((error: unknown) => {
      if (error instanceof HttpError) sendJson(res, error.status, { error: error.message });
      else {
        console.error('web server error:', error);
        sendJson(res, 500, { error: error instanceof Error ? error.message : 'internal error' });
      }
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolvePromise());
  });
  // The default drawn graph is prepared while the browser is still opening, not on its first request.
  const warmUp = setImmediate(() => {
    const body = compactBody([]);
    body.gzip ??= gzipSync(body.json);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost === '127.0.0.1' ? 'localhost' : shownHost}:${address.port}`,
    host: address.address,
    port: address.port,
    graph,
    store: activeStore,
    close: async () => {
      clearImmediate(warmUp);
      await new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      });
      // A store the server opened itself is closed with it; a store passed in belongs to the caller.
      if (!options.store) await activeStore.close();
    },
  };
}
