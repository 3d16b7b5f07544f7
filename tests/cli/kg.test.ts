// The `kg` command as a user runs it: a real process, real files.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/env.js';

const kg = (args: string[], cwd: string) => spawnSync(process.execPath, [join(repoRoot, 'bin', 'kg.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

const RESOLUTION = `Resolution adopted by the General Assembly on 19 December 2023

78/990. Information and communications technologies for sustainable development

The General Assembly,

Recalling its resolution 70/125 of 16 December 2015,

1. Welcomes the work of the International Telecommunication Union (ITU);

2. Invites UNESCO to continue its work;
`;

describe('kg ingest / export', () => {
  it('ingests a folder, prints a summary with failures, writes graph.json, and exports GEXF and GraphML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    writeFileSync(join(dir, 'good.txt'), RESOLUTION);
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    const ingest = kg(['ingest', dir, '--out', 'graph.json', '--quiet'], dir);
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toMatch(/Resolutions: 1/);
    expect(ingest.stdout).toMatch(/Files that failed \(1\):[\s\S]*broken\.pdf/);
    const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    const kinds = new Set(graph.nodes.map((n: { attributes: { kind: string } }) => n.attributes.kind));
    expect(kinds).toContain('Resolution');
    expect(graph.edges.some((e: { attributes: { type: string; paragraph?: string } }) => e.attributes.type === 'RECALLS' && e.attributes.paragraph === 'PP1')).toBe(true);

    for (const format of ['gexf', 'graphml']) {
      const out = kg(['export', '--format', format, '--graph', 'graph.json', '--out', `g.${format}`], dir);
      expect(out.status, out.stderr).toBe(0);
      expect(readFileSync(join(dir, `g.${format}`), 'utf8')).toContain('A/RES/78/990');
    }
  });

  it('exits non-zero only when nothing could be read, naming the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = kg(['ingest', join(dir, 'empty.txt'), join(dir, 'missing.txt'), '--quiet'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(existsSync(join(dir, 'graph.json'))).toBe(false);
  });

  it('explains a missing graph file and an unknown command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-help-'));
    const missing = kg(['export', '--format', 'gexf', '--graph', 'nope.json'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json: cannot read the graph file; create it with `npx kg ingest/);
    const unknown = kg(['frobnicate'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
