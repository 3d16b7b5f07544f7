// The web server's JSON API over the small test graph. The query store here is
// a test double recording what the server sends it (the real stores are tested
// in tests/cypher); a second block uses the real embedded store once it exists.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompactGraph, NodeDetails, QueryResult } from '../../web/shared/api.js';
import { startServer, type RunningServer } from '../../web/server/index.js';
import { findWriteClause } from '../../web/server/read-only.js';
import { phraseSpan } from '../../web/server/node-details.js';
import { smallGraph, XSS_NAME } from './fixtures.js';

interface RunCall {
  query: string;
  params: Record<string, unknown> | undefined;
  options: { timeoutMs: number; maxRows: number };
}

function recordingStore(behaviour: (query: string) => Promise<{ columns: string[]; rows: unknown[][]; truncated: boolean }>) {
  const calls: RunCall[] = [];
  return {
    calls,
    store: {
      kind: 'embedded' as const,
      async run(query: string, params?: Record<string, unknown>, options?: { timeoutMs: number; maxRows: number }) {
        calls.push({ query, params, options: options! });
        return behaviour(query);
      },
      async schema() {
        return { labels: ['Resolution', 'Organization'], relationshipTypes: ['RECALLS'], propertyKeys: ['name', 'symbol'] };
      },
      async close() {},
    },
  };
}

describe('web API', () => {
  let server: RunningServer;
  let base: string;
  let dist: string;
  const recorder = recordingStore(async (query) => {
    if (query.includes('BROKEN')) throw new Error('Invalid input: expected RETURN at line 1, column 7');
    if (query.includes('SLOW')) return new Promise(() => {});
    return { columns: ['name', 'n'], rows: [['ITU', 1]], truncated: false };
  });

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'kg-web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>kg</title>');
    server = await startServer({ graph: smallGraph(), store: recorder.store as never, port: 0, distDir: dist, queryTimeoutMs: 200, maxRows: 50 });
    base = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => server?.close());

  const get = async (path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const post = async (body: unknown, type = 'application/json') => {
    const res = await fetch(`${base}/api/query`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('binds to 127.0.0.1 by default', () => {
    expect(server.host).toBe('127.0.0.1');
  });

  it('GET /api/graph sends the drawn graph without paragraphs and dates', async () => {
    const { status, body } = await get('/api/graph');
    const graph = body as CompactGraph;
    expect(status).toBe(200);
    expect(graph.version).toBe(1);
    const kinds = graph.nodes.map((n) => graph.kinds[n[1]]);
    expect(kinds).not.toContain('Paragraph');
    expect(kinds).not.toContain('Date');
    expect(graph.nodes.length).toBe(smallGraph().filterNodes((_n, a) => a.kind !== 'Paragraph' && a.kind !== 'Date').length);
    expect(graph.nodes.map((n) => n[2])).toContain(XSS_NAME);
  });

  it('sends the drawn graph gzip-compressed to clients that accept it', async () => {
    const { gunzipSync } = await import('node:zlib');
    const body = await new Promise<Buffer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/graph', headers: { 'accept-encoding': 'gzip' } }, (res) => {
        expect(res.headers['content-encoding']).toBe('gzip');
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      });
      req.on('error', reject);
      req.end();
    });
    const plain = (await get('/api/graph')).body;
    expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(plain);
  });

  it('GET /api/node/:key gives relations grouped by type with the provenance paragraph and phrase span', async () => {
    const { status, body } = await get(`/api/node/${encodeURIComponent('Resolution:A/RES/78/132')}`);
    expect(status).toBe(200);
    const details = body as NodeDetails;
    expect(details.kind).toBe('Resolution');
    expect(details.properties.title).toMatch(/Information and communications technologies/);
    const recalls = details.relations.find((g) => g.type === 'RECALLS' && g.direction === 'out')!;
    expect(recalls.count).toBe(1);
    const entry = recalls.entries[0]!;
    expect(entry.other.key).toBe('Resolution:A/RES/70/125');
    const p = entry.provenance;
    expect(p.paragraph).toBe('PP1');
    expect(p.paragraphKey).toBe('Paragraph:A/RES/78/132#PP1');
    expect(p.document).toMatch(/A_RES_78_132/);
    expect(p.text!.slice(p.spanStart, p.spanEnd)).toBe(p.phrase);
    expect(p.text).toMatch(/^Recalling its resolution 70\/125/);
    const types = details.relations.map((g) => g.type);
    expect(types.indexOf('PART_OF')).toBeGreaterThan(types.indexOf('RECALLS'));
  });

  it('rejects unknown and malformed node keys with a message', async () => {
    const missing = await get(`/api/node/${encodeURIComponent('Resolution:A/RES/1/1')}`);
    expect(missing.status).toBe(404);
    expect((missing.body as { error: string }).error).toMatch(/no node with key Resolution:A\/RES\/1\/1/);
    const bad = await get('/api/node/%E0%A4%A');
    expect(bad.status).toBe(400);
    const noKind = await get('/api/node/justtext');
    expect(noKind.status).toBe(400);
  });

  it('POST /api/query passes query, parameters, timeout and row cap to the store', async () => {
    const { status, body } = await post({ query: 'MATCH (n) RETURN n.name AS name, 1 AS n', params: { x: 1 } });
    expect(status).toBe(200);
    const result = body as unknown as QueryResult;
    expect(result.columns).toEqual(['name', 'n']);
    expect(result.rows).toEqual([['ITU', 1]]);
    expect(typeof result.elapsedMs).toBe('number');
    expect(recorder.calls.at(-1)).toEqual({ query: 'MATCH (n) RETURN n.name AS name, 1 AS n', params: { x: 1 }, options: { timeoutMs: 200, maxRows: 50 } });
  });

  it('refuses write queries before they reach the store', async () => {
    const before = recorder.calls.length;
    for (const query of ['CREATE (n:X) RETURN n', 'MATCH (n) DETACH DELETE n', "MATCH (n) SET n.name = 'x'", 'MERGE (a:A)']) {
      const { status, body } = await post({ query });
      expect(status).toBe(400);
      expect(body.error).toMatch(/read-only/);
    }
    expect(recorder.calls.length).toBe(before);
  });

  it('turns store errors, timeouts and bad input into clear messages', async () => {
    const broken = await post({ query: 'MATCH BROKEN' });
    expect(broken.status).toBe(400);
    expect(broken.body.error).toMatch(/Invalid input/);
    const slow = await post({ query: 'MATCH (n) RETURN SLOW' });
    expect(slow.status).toBe(408);
    expect(slow.body.error).toMatch(/timed out after 200 ms/);
    expect((await post('{not json')).body.error).toMatch(/not valid JSON/);
    expect((await post({ query: '   ' })).body.error).toMatch(/query is empty/);
    expect((await post({ query: 'RETURN 1', params: [1] })).status).toBe(400);
    expect((await post('query=1', 'application/x-www-form-urlencoded')).status).toBe(415);
    const wrongMethod = await fetch(`${base}/api/query`);
    expect(wrongMethod.status).toBe(405);
  });

  it('serves the schema and the app with a strict content security policy', async () => {
    expect((await get('/api/schema')).body).toEqual(await recorder.store.schema());
    const page = await fetch(`${base}/some/client/route`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>kg</title>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const traversal = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(await traversal.text()).not.toContain('"name"');
  });

  it('answers only to localhost names (no DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/graph', headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('read-only guard and phrase spans', () => {
  it('names write clauses but ignores them inside strings, comments and property names', () => {
    expect(findWriteClause('MATCH (n) RETURN n')).toBeUndefined();
    expect(findWriteClause("MATCH (n) WHERE n.name = 'CREATE something' RETURN n.set")).toBeUndefined();
    expect(findWriteClause('// DELETE everything\nMATCH (n) RETURN n')).toBeUndefined();
    expect(findWriteClause('match (n) detach delete n')).toBe('DELETE');
    expect(findWriteClause('LOAD CSV FROM "x" AS row RETURN row')).toBe('LOAD CSV');
    expect(findWriteClause('MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS')).toBe('SET');
  });

  it('trusts a stored span only when it points at the phrase', () => {
    const text = 'Welcomes the work of the ITU and the ITU Council';
    expect(phraseSpan(text, 'ITU Council', 37, 48)).toEqual([37, 48]);
    expect(phraseSpan(text, 'ITU Council', 0, 5)).toEqual([37, 48]);
    expect(phraseSpan(text, 'itu council', undefined, undefined)).toEqual([37, 48]);
    expect(phraseSpan(text, 'absent', 0, 3)).toBeUndefined();
  });
});

describe('web API over the embedded Cypher store', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ graph: smallGraph(), port: 0 });
  });
  afterAll(async () => server?.close());

  it('runs a read query on the graph and refuses a broken one', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (r:Resolution)-[:RECALLS]->(t:Resolution) RETURN r.symbol AS citing, t.symbol AS cited ORDER BY citing', params: {} }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as QueryResult;
    const expected = smallGraph()
      .filterEdges((_e, a) => a.type === 'RECALLS')
      .map((e) => [smallGraph().source(e).replace('Resolution:', ''), smallGraph().target(e).replace('Resolution:', '')])
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(body.rows).toEqual(expected);
    const broken = await fetch(`http://127.0.0.1:${server.port}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'MATCH (n RETURN n' }),
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error.length).toBeGreaterThan(5);
  });
});

describe('graph read from a store (the --neo4j path)', () => {
  it('rebuilds nodes and relationships with plain values from driver rows', async () => {
    const { int } = await import('neo4j-driver');
    const { graphFromStore } = await import('../../web/server/load-from-store.js');
    const store = {
      kind: 'neo4j' as const,
      async run(query: string) {
        if (query.startsWith('MATCH (n)')) {
          return {
            columns: ['key', 'labels', 'props'],
            rows: [
              ['Resolution:A/RES/70/125', ['Resolution'], { key: 'Resolution:A/RES/70/125', kind: 'Resolution', name: 'A/RES/70/125', symbol: 'A/RES/70/125' }],
              ['Organization:ITU', ['Organization'], { key: 'Organization:ITU', name: 'International Telecommunication Union' }],
            ],
            truncated: false,
          };
        }
        return {
          columns: ['source', 'target', 'type', 'props', 'id'],
          rows: [['Resolution:A/RES/70/125', 'Organization:ITU', 'WELCOMES', { key: 'WELCOMES|x', paragraph: 'OP3', spanStart: int(4), spanEnd: int(9) }, '5:1']],
          truncated: false,
        };
      },
      async schema() {
        return { labels: [], relationshipTypes: [], propertyKeys: [] };
      },
      async close() {},
    };
    const graph = await graphFromStore(store as never);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttribute('Organization:ITU', 'kind')).toBe('Organization');
    expect(graph.hasNodeAttribute('Resolution:A/RES/70/125', 'key')).toBe(false);
    expect(graph.getEdgeAttributes('WELCOMES|x')).toEqual({ type: 'WELCOMES', paragraph: 'OP3', spanStart: 4, spanEnd: 9 });
  });
});
