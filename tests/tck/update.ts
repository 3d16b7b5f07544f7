// `npm run tck:update [-- --only <text>]`: runs the TCK, prints the figures,
// rewrites tests/tck/pass-list.txt (full runs only) and the status report.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { repoRoot, sharedDir } from '../helpers/env.js';
import { ENGINE_PATH, PASS_LIST, statusFile } from './config.js';
import { readPassList, runTck, statusMarkdown, summaryText, writePassList } from './suite.js';

const { values } = parseArgs({ options: { only: { type: 'string' }, workers: { type: 'string' } } });
const tckDir = sharedDir('tck');
if (!tckDir) {
  console.error('tck:update: the openCypher TCK is not in the shared folder');
  process.exit(1);
}
const run = await runTck({ tckDir, enginePath: ENGINE_PATH, repoRoot, only: values.only, workers: values.workers ? Number(values.workers) : undefined });
console.log(summaryText(run));
if (values.only) {
  for (const r of run.results.filter((x) => x.status === 'fail')) console.log(`\nFAIL ${r.id}: ${r.reason}\n${r.query ?? ''}\n${r.expected ? `expected:\n${r.expected}\n` : ''}${r.got ? `got:\n${r.got}` : ''}`);
  console.log('\n(--only: pass list and status report left as they were)');
} else {
  const before = new Set(readPassList(PASS_LIST));
  const count = writePassList(PASS_LIST, run);
  const lost = [...before].filter((id) => !run.results.some((r) => r.id === id && r.status === 'pass'));
  console.log(`\n${PASS_LIST}: ${count} passing scenarios (was ${before.size}${lost.length ? `; ${lost.length} no longer pass` : ''})`);
  for (const id of lost.slice(0, 20)) console.log(`  no longer passes: ${id}`);
  const status = statusFile();
  if (status) {
    writeFileSync(status, statusMarkdown(run));
    console.log(`status report: ${status}`);
  }
}
