// `npm run bench:recognizers [-- <folder>]`: the six named-entity recognisers and the attribution
// finder over every paragraph of ../shared/corpus-ga (paragraphs = blank-line blocks, one
// RecognizeContext per file). Prints wall and CPU time; the budget is ~1.5 s of the 5 s ingest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findOrganizations } from '../../ingest/recognize/organizations.js';
import { findEvents } from '../../ingest/recognize/events.js';
import { findInitiatives } from '../../ingest/recognize/initiatives.js';
import { findFrameworks } from '../../ingest/recognize/frameworks.js';
import { findActionLines } from '../../ingest/recognize/actionLines.js';
import { findPlaces } from '../../ingest/recognize/places.js';
import { findAttributions } from '../../ingest/attributions.js';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';
import { repoRoot } from '../helpers/env.js';

const dir = process.argv[2] ?? resolve(repoRoot, '..', 'shared', 'corpus-ga');
if (!existsSync(dir)) {
  console.log(`bench:recognizers skipped: ${dir} is absent`);
  process.exit(0);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const docs = files.map((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean));
const bytes = docs.reduce((n, d) => n + d.reduce((m, p) => m + p.length, 0), 0);
const finders = [findEvents, findFrameworks, findInitiatives, findActionLines, findOrganizations, findPlaces];

for (const round of [1, 2]) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let mentions = 0;
  let attributions = 0;
  for (const paragraphs of docs) {
    const ctx: RecognizeContext = { body: 'General Assembly' };
    for (const p of paragraphs) {
      const found: EntityMention[] = [];
      for (const find of finders) for (const m of find(p, ctx)) found.push(m);
      found.sort((a, b) => a.start - b.start);
      mentions += found.length;
      attributions += findAttributions(p, found).length;
    }
  }
  const cpu = process.cpuUsage(c0);
  const wall = (performance.now() - t0) / 1000;
  console.log(
    `bench:recognizers round ${round}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${mentions} mentions, ${attributions} attributions; ` +
      `wall ${wall.toFixed(2)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (budget ~1.5 s; wall time suffers when the machine is busy)`,
  );
}
