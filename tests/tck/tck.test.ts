// The openCypher TCK on the embedded engine. Fails when a scenario on
// tests/tck/pass-list.txt no longer passes; newly passing scenarios are
// reported (run `npm run tck:update` to add them). Prints the pass rate per
// category and refreshes the status report for the engine's author.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedDir } from '../helpers/env.js';
import { ENGINE_PATH, PASS_LIST, statusFile } from './config.js';
import { readPassList, runTck, statusMarkdown, summaryText } from './suite.js';

const tckDir = sharedDir('tck');

describe.skipIf(!tckDir)('openCypher TCK', () => {
  it('still passes every scenario on the pass list', { timeout: 600_000 }, async () => {
    const run = await runTck({ tckDir: tckDir!, enginePath: ENGINE_PATH, repoRoot });
    console.log(summaryText(run));
    const status = statusFile();
    if (status) writeFileSync(status, statusMarkdown(run));

    const byId = new Map(run.results.map((r) => [r.id, r]));
    const listed = readPassList(PASS_LIST);
    const listedSet = new Set(listed);
    const regressions = listed
      .filter((id) => byId.get(id)?.status !== 'pass')
      .map((id) => `${id}: ${byId.get(id)?.reason ?? 'no such in-scope scenario any more'}`);
    const newlyPassing = run.results.filter((r) => r.status === 'pass' && !listedSet.has(r.id));
    if (newlyPassing.length) {
      console.log(`${newlyPassing.length} scenarios pass that are not on the pass list; run \`npm run tck:update\` to add them, e.g.:`);
      for (const r of newlyPassing.slice(0, 10)) console.log(`  ${r.id}`);
    }
    expect(regressions).toEqual([]);
  });
});
