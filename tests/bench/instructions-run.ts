// The body that `npm run bench:instructions` (instructions.bench.ts) bundles and runs under valgrind: the
// two-worker pipeline of kg ingest (ingest/pool-stages.ts) on one thread, over every `step`th file of a folder.
// Each stage does what its thread does: the references worker's warm-up, read and wire; the copy between
// threads (v8 serialize, as postMessage); the entities worker's warm-up, extraction and plans; the main
// thread's graph build. One thread and fixed seeds: the instruction count is the same from run to run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import { decodeFileReferences, encodeFileReferences, type WireFileReferences } from '../../ingest/references-wire.js';
import { warmUpStages } from '../../ingest/warm-up.js';
import { planResolution, type ResolutionPlan } from '../../graph/plan.js';
import { GraphBuilder } from '../../graph/build.js';

const [dir, stepArg] = process.argv.slice(2);
if (dir === undefined) throw new Error('instructions-run: give a folder');
const step = Number(stepArg ?? '9');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .filter((_, k) => k % step === 0)
  .map((f) => join(dir, f));

warmUpStages(2, 'references');
warmUpStages(2, 'entities');
const builder = new GraphBuilder();
let resolutions = 0;
for (const file of files) {
  const wire = deserialize(serialize(encodeFileReferences(await readFileReferences(file)))) as WireFileReferences;
  const plans = deserialize(serialize(extractFileReferences(decodeFileReferences(wire)).map(planResolution))) as ResolutionPlan[];
  for (const plan of plans) {
    builder.applyPlan(plan);
    resolutions++;
  }
}
const graph = builder.finalize();
console.log(`instructions-run: ${files.length} files, ${resolutions} resolutions, ${graph.order} nodes, ${graph.size} edges`);
