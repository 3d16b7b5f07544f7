// The `./cypher` package export is the built JavaScript (npm run build): a plain
// Node process, with no TypeScript loader, can create an engine and query.
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/env.js';

const built = join(repoRoot, 'dist', 'cypher', 'index.js');
const source = join(repoRoot, 'cypher', 'index.ts');

describe('package export ./cypher', () => {
  beforeAll(() => {
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
      execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'pipe' });
    }
  }, 300_000);

  it('creates an engine from the built module and answers a query, refusing writes', () => {
    const script = `
      import { createEngine } from 'un-resolution-kg/cypher';
      import { MultiDirectedGraph } from 'graphology';
      const g = new MultiDirectedGraph();
      g.addNode('Resolution:A/RES/70/125', { kind: 'Resolution', name: 'A/RES/70/125', symbol: 'A/RES/70/125' });
      g.addNode('Resolution:A/RES/78/132', { kind: 'Resolution', name: 'A/RES/78/132', symbol: 'A/RES/78/132' });
      g.addDirectedEdgeWithKey('e1', 'Resolution:A/RES/78/132', 'Resolution:A/RES/70/125', { type: 'RECALLS', paragraph: 'PP3' });
      const engine = createEngine({ graph: g });
      const r = await engine.run("MATCH (a:Resolution)-[e:RECALLS]->(b {symbol: $s}) RETURN a.symbol AS citing, e.paragraph AS p", { s: 'A/RES/70/125' });
      let refused = '';
      try { await engine.run('CREATE (n)'); } catch (err) { refused = err.code; }
      console.log(JSON.stringify({ columns: r.columns, rows: r.rows, refused }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(JSON.parse(out.trim())).toEqual({ columns: ['citing', 'p'], rows: [['A/RES/78/132', 'PP3']], refused: 'Neo.ClientError.Statement.AccessMode' });
  });
});
