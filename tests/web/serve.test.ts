// `kg serve`: argument checks, reading graph.json with clear errors, and a
// running server over a saved graph.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readGraphFile, startServe } from '../../cli/commands/serve.js';
import type { RunningServer } from '../../web/server/index.js';
import { smallGraph } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-serve-'));

describe('kg serve', () => {
  const started: RunningServer[] = [];
  afterAll(async () => {
    for (const server of started) await server.close();
  });

  it('reads a graphology export and names the file when it is not one', async () => {
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(smallGraph().export()));
    const graph = await readGraphFile(file);
    expect(graph.order).toBe(smallGraph().order);
    expect(graph.size).toBe(smallGraph().size);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    await expect(readGraphFile(bad)).rejects.toThrow(`${bad}: not a graphology export`);
    await expect(readGraphFile(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read a graph/);
  });

  it('rejects bad options with the usage', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await startServe(['--port', 'abc'])).toBe(2);
    expect(await startServe(['--graph', 'a.json', '--neo4j'])).toBe(2);
    expect(await startServe(['--nope'])).toBe(2);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/usage: kg serve/);
    errors.mockRestore();
  });

  it('serves a saved graph on 127.0.0.1 and prints the address', async () => {
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(smallGraph().export()));
    const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
    const server = await startServe(['--graph', file, '--port', '0']);
    expect(typeof server).toBe('object');
    const running = server as RunningServer;
    started.push(running);
    expect(running.host).toBe('127.0.0.1');
    expect(logs.mock.calls.flat().join('\n')).toContain(`http://localhost:${running.port}`);
    logs.mockRestore();
    const res = await fetch(`http://127.0.0.1:${running.port}/api/health`);
    expect(await res.json()).toEqual({ ok: true, store: 'embedded', nodes: smallGraph().order, edges: smallGraph().size });
  });
});
