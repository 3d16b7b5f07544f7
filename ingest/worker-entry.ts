// Which module an ingest worker thread starts from.
//
// A compiled build (dist/) ships worker.js: that is it. From TypeScript sources
// (tsx, vitest: what `kg ingest` and the benchmarks run) a worker would have to
// register tsx's loader and compile every module again: ~1.5 s of CPU per
// worker. Instead, the worker and everything it imports is bundled once with
// esbuild (tsx's own compiler) into <repo>/.cache/ingest-worker/, and reused
// while none of the bundled files changed (checked by size and mtime; a cheap
// stat of each input). Then a worker starts from one plain JS file in ~0.3 s.
// While there is no valid bundle, workers start through tsx (worker-boot.mjs)
// and the bundle is made in the background for the next run.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serialize, setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { asciiSource } from './ascii-bundle.js';
import type { GazetteerTrie } from './gazetteer/trie-snapshot.js';

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = resolve(here, '..', '.cache', 'ingest-worker');
const manifestPath = join(cacheDir, 'manifest.json');

interface Manifest {
  /** the runtime and compiler the bundle was made for */
  node: string;
  esbuild: string;
  bundle: string;
  /** how the bundle is loaded: "script" = a CommonJS bundle run by a start file through vm.Script with a V8 code cache */
  load: 'script';
  /** "ascii": the bundle is written in ASCII alone (ingest/ascii-bundle.ts); a bundle made before that is made again */
  charset: 'ascii';
  /** every bundled file, to tell whether the bundle is still what the sources say */
  inputs: { path: string; size: number; mtimeMs: number }[];
}

/**
 * Whether `v` (a parsed manifest.json) is a Manifest. Checked by hand, not with zod: this module is on the main
 * thread's path to the graph writer (ingest/batch.ts), which then loaded zod (~0.6 MB of modules) for this alone.
 */
export function isManifest(v: unknown): v is Manifest {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  if (typeof m.node !== 'string' || typeof m.esbuild !== 'string' || typeof m.bundle !== 'string' || m.load !== 'script' || m.charset !== 'ascii' || !Array.isArray(m.inputs)) return false;
  return m.inputs.every((i: unknown) => {
    if (typeof i !== 'object' || i === null) return false;
    const f = i as Record<string, unknown>;
    return typeof f.path === 'string' && typeof f.size === 'number' && typeof f.mtimeMs === 'number';
  });
}

let building: Promise<string | undefined> | undefined;

/** The module to start ingest workers from. Never throws: any trouble falls back to tsx. */
export async function workerEntry(): Promise<URL> {
  if (!import.meta.url.endsWith('.ts')) return new URL('./worker.js', import.meta.url);
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  if (process.env.KG_INGEST_WORKER === 'tsx') return boot;
  try {
    const bundle = await cachedBundle();
    if (bundle) return pathToFileURL(bundle);
  } catch {
    // unreadable cache: rebuilt below
  }
  building ??= buildBundle().catch(() => undefined);
  return boot;
}

/** Options of node's command line that load modules before a script: `--require x`, `--import=x` ... */
const PRELOAD_OPTION = /^(?:-r|--require|--import|--loader|--experimental-loader)(?:=|$)/;
/** The start of node's message when a worker is given options it cannot take (V8's flags: they are the process's). */
const INVALID_EXEC_ARGV = 'Initiated Worker with invalid execArgv flags: ';

/** Node options `args` less those that preload modules (and their values). */
export function withoutPreloads(args: readonly string[]): string[] {
  return withoutOptions(args, (a) => PRELOAD_OPTION.test(a));
}

/** `args` (node options: each option, then its value when that is a separate argument) less the options `drop` tells, with their values. */
function withoutOptions(args: readonly string[], drop: (option: string) => boolean): string[] {
  const kept: string[] = [];
  let dropping = false;
  for (const a of args) {
    // in execArgv an argument that is no option is the value of the option before it
    if (a.startsWith('-')) dropping = drop(a);
    if (!dropping) kept.push(a);
  }
  return kept;
}

/**
 * V8 heap flags that the ingest relaunch (bin/ingest-flags.mjs) means for the main thread's heap alone, each
 * with the setting that gives a worker's heap V8's own default again.
 * Why: V8 reads heap flags when it sets up a heap, and they are the process's, so a worker started later
 * would set its heap up with them too. --initial-old-space-size holds off the main thread's full
 * collections while it builds the graph, which is nearly all live (see bin/ingest-flags.mjs); a worker's
 * old space is mostly garbage promoted by chance, which V8's defaults collect early and keep small.
 */
const MAIN_HEAP_ONLY_FLAGS: readonly (readonly [prefix: string, workerDefault: string])[] = [['--initial-old-space-size=', '--initial-old-space-size=0']];

/** Whether useWorkerHeapDefaults has looked at this process's flags. */
let workerHeapDefaultsSet = false;

/**
 * The flags (setFlagsFromString) that give workers V8's default heap where `execArgv` (node options)
 * gives the main thread a setting of MAIN_HEAP_ONLY_FLAGS; none when it gives none.
 */
export function workerHeapDefaults(execArgv: readonly string[]): string[] {
  return MAIN_HEAP_ONLY_FLAGS.filter(([prefix]) => execArgv.some((a) => a.startsWith(prefix))).map(([, workerDefault]) => workerDefault);
}

/** Sets workerHeapDefaults(process.execArgv), once, before the first worker's heap is set up (the main thread's has its flags already). */
function useWorkerHeapDefaults(): void {
  if (workerHeapDefaultsSet) return;
  workerHeapDefaultsSet = true;
  for (const f of workerHeapDefaults(process.execArgv)) setFlagsFromString(f);
}

/** Node options for workers started from plain JavaScript, once known to be valid (see startWorker). */
let plainExecArgv: string[] | undefined;

/**
 * Starts an ingest worker from `entry`. When `entry` is plain JavaScript (the bundle, or worker.js of a
 * build), the worker gets this process's node options less those that preload modules; from
 * worker-boot.mjs (tsx sources) it inherits them all, as node does by default.
 * Why: under tsx (`kg ingest`, bench:ingest) the inherited options load tsx's loader into each worker
 * before the bundle, ~0.25 s of CPU per worker at start (and its hooks then saw the bundle's imports).
 * Options kept otherwise (--cpu-prof, --enable-source-maps ...) still reach the workers. Node rejects
 * V8's flags in a worker's options (they hold for the whole process): those it names are left out.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  useWorkerHeapDefaults();
  if (entry.href.endsWith('/worker-boot.mjs')) return new Worker(entry, options);
  let execArgv = plainExecArgv ?? withoutPreloads(process.execArgv);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const worker = new Worker(entry, { ...options, execArgv });
      plainExecArgv = execArgv;
      return worker;
    } catch (err) {
      const message = err instanceof Error ? err.message : '';
      if ((err as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV' || !message.startsWith(INVALID_EXEC_ARGV)) throw err;
      const invalid = new Set(message.slice(INVALID_EXEC_ARGV.length).split(', '));
      execArgv = withoutOptions(execArgv, (a) => invalid.has(a));
    }
  }
  return new Worker(entry, options); // options node still rejects: inherited, as before
}

/** Path of the cached bundle when it is still valid, else undefined. */
async function cachedBundle(): Promise<string | undefined> {
  const m: unknown = JSON.parse(await readFile(manifestPath, 'utf8'));
  if (!isManifest(m) || m.node !== process.version) return undefined;
  const stats = await Promise.all(m.inputs.map((i) => stat(i.path).catch(() => undefined)));
  if (stats.some((s, k) => !s || s.size !== m.inputs[k]!.size || s.mtimeMs !== m.inputs[k]!.mtimeMs)) return undefined;
  const bundle = join(cacheDir, m.bundle);
  await stat(bundle);
  return bundle;
}

/** esbuild options that bundle `entry` as a worker is bundled (lazy libraries outside, the gazetteer trie built in):
 * the worker itself, and tests/bench/instructions.bench.ts, whose one-thread run must count the same code. */
export function workerBundleOptions(esbuild: typeof import('esbuild'), entry: string, outfile: string) {
  return {
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    outfile,
    logLevel: 'silent',
    // CommonJS packages inside an ES module bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire as kgCreateRequire } from 'node:module'; const require = kgCreateRequire(import.meta.url);" },
    // strings and plain templates in ASCII; the ascii-bundle plugin does the rest (see ingest/ascii-bundle.ts)
    charset: 'ascii',
    plugins: [
      {
        name: 'ascii-bundle',
        setup(build) {
          build.onEnd(async (result) => {
            if (result.errors.length > 0) return;
            const code = await readFile(outfile, 'utf8');
            const ascii = asciiSource(code);
            if (ascii !== undefined && ascii !== code) await writeFile(outfile, ascii);
          });
        },
      },
      {
        name: 'lazy-libraries-outside',
        setup(build) {
          build.onResolve({ filter: /^(?:pdfjs-dist|mammoth)(\/|$)/ }, (args) => ({ path: import.meta.resolve(args.path), external: true }));
        },
      },
      {
        // the gazetteer's trie, built now, so that a worker reads it instead of building it (see gazetteer/trie-snapshot.ts)
        name: 'gazetteer-trie',
        setup(build) {
          build.onLoad({ filter: /[\\/]ingest[\\/]gazetteer[\\/]trie-snapshot\.ts$/ }, async () => ({
            contents: `export const GAZETTEER_TRIE = ${JSON.stringify(await builtGazetteerTrie(esbuild))};\n`,
            loader: 'js',
          }));
        },
      },
      {
        // the entities worker's warm-up sample, made now, so that it warms up as it loads (see ingest/warm-up-snapshot.ts)
        name: 'entities-sample',
        setup(build) {
          build.onLoad({ filter: /[\\/]ingest[\\/]warm-up-snapshot\.ts$/ }, async () => ({
            contents: `export const ENTITIES_SAMPLE_SNAPSHOT = ${JSON.stringify(await builtEntitiesSample(esbuild))};\n`,
            loader: 'js',
          }));
        },
      },
    ],
  } satisfies import('esbuild').BuildOptions;
}

/** What the start file wraps the CommonJS bundle in: a function of what CommonJS gives a module, and the bundle's URL. */
export const BUNDLE_SCRIPT_HEAD = '(function (exports, require, module, kgImportMetaUrl) {';
export const BUNDLE_SCRIPT_TAIL = '\n})';

/**
 * The start file of a worker (ESM, next to its bundle): compiles the CommonJS bundle with vm.Script and the V8 code
 * cache of the worker's role, made by an earlier worker of that role (codeCacheReady in ingest/worker.ts).
 * Why: a worker parsed and lazily compiled the 2 MB bundle at every start; with the cache V8 reads its bytecode
 * instead. Node 20 has no compile cache for ES modules, hence CommonJS in a vm.Script. One cache per role: each role
 * runs other functions, and a cache holds those compiled when it was made. V8 checks the cache against the source
 * and its flags: a rejected one is made again.
 */
export function bundleStartFile(bundle: string): string {
  return `// ingest worker start file: see ingest/worker-entry.ts bundleStartFile
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { threadId, workerData } from 'node:worker_threads';
const bundle = ${JSON.stringify(bundle)};
const cachePath = \`\${bundle}.\${workerData?.role ?? 'whole'}.v8cache\`;
let cachedData;
try { cachedData = readFileSync(cachePath); } catch { /* none yet */ }
const script = new vm.Script(${JSON.stringify(BUNDLE_SCRIPT_HEAD)} + readFileSync(bundle, 'utf8') + ${JSON.stringify(BUNDLE_SCRIPT_TAIL)}, { filename: bundle, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
if (cachedData === undefined || script.cachedDataRejected) {
  globalThis[Symbol.for('kg.ingest.codeCacheReady')] = () => {
    try {
      const tmp = \`\${cachePath}.\${process.pid}-\${threadId}\`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cachePath);
    } catch { /* no cache: the next worker compiles again */ }
  };
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, pathToFileURL(bundle).href);
`;
}

/** Bundles worker.ts and its imports (CommonJS, run by the start file bundleStartFile writes next to it: the
 * start file is what workerEntry gives). pdfjs-dist and mammoth, imported only when a PDF or a
 * .docx arrives, stay outside: most of a worker's code, parsed by every worker for nothing
 * when the corpus is text. */
export async function buildBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const name = `worker-${process.pid}-${Date.now()}`;
  const outfile = join(cacheDir, `${name}.cjs`);
  const startFile = join(cacheDir, `${name}.mjs`);
  const options = workerBundleOptions(esbuild, join(here, 'worker.ts'), outfile);
  // CommonJS has require; import.meta.url becomes the bundle's URL, which the start file passes in
  const result = await esbuild.build({ ...options, format: 'cjs', banner: { js: '' }, define: { 'import.meta.url': 'kgImportMetaUrl' }, metafile: true });
  await writeFile(startFile, bundleStartFile(outfile));
  const paths = Object.keys(result.metafile.inputs).map((p) => resolve(process.cwd(), p));
  const stats = await Promise.all(paths.map((p) => stat(p)));
  const manifest: Manifest = {
    node: process.version,
    esbuild: esbuild.version,
    bundle: startFile.slice(cacheDir.length + 1),
    load: 'script',
    charset: 'ascii',
    inputs: paths.map((path, k) => ({ path, size: stats[k]!.size, mtimeMs: stats[k]!.mtimeMs })),
  };
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed: a concurrent run reads the old manifest or the new one, never half of one.
  const tmp = `${manifestPath}.${process.pid}`;
  await writeFile(tmp, JSON.stringify(manifest));
  await rename(tmp, manifestPath);
  await dropOldBundles(name);
  return startFile;
}

/**
 * The gazetteer's trie built from the gazetteer's files as they are now on disk (bundled apart and
 * loaded fresh, not from the modules this process loaded at its start, which may be older): the
 * worker bundle is made from the files on disk. A worker still checks that the trie was built from
 * its gazetteer's forms (gazetteer/index.ts readTrie).
 */
export async function builtGazetteerTrie(esbuild: typeof import('esbuild')): Promise<GazetteerTrie> {
  const outfile = join(cacheDir, `gazetteer-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({ entryPoints: [join(here, 'gazetteer', 'index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'silent' });
  try {
    const gazetteer = (await import(pathToFileURL(outfile).href)) as typeof import('./gazetteer/index.js');
    return gazetteer.gazetteerTrie();
  } finally {
    await rm(outfile, { force: true });
  }
}

/**
 * The entities worker's warm-up sample (ingest/warm-up.ts entitiesSampleWire) made from the files on disk, as
 * builtGazetteerTrie makes the trie: v8.serialize of it in base64, what ingest/warm-up-snapshot.ts carries in the bundle.
 */
export async function builtEntitiesSample(esbuild: typeof import('esbuild')): Promise<string> {
  const outfile = join(cacheDir, `warm-up-${process.pid}-${Date.now()}.mjs`);
  // packages outside: the sample reads no PDF nor .docx, and node_modules resolve from the cache folder as from the repository
  await esbuild.build({ entryPoints: [join(here, 'warm-up.ts')], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'silent' });
  try {
    const warmUp = (await import(pathToFileURL(outfile).href)) as typeof import('./warm-up.js');
    return serialize(warmUp.entitiesSampleWire()).toString('base64');
  } finally {
    await rm(outfile, { force: true });
  }
}

/** A bundle's files: its start file (.mjs), the bundle (.cjs), its code caches (.v8cache, and ones being written). */
const BUNDLE_FILE = /^worker-[\w-]+\.(?:mjs|cjs|\w+\.v8cache)/;

/** Removes bundles (named worker-<pid>-<time>.*) replaced some minutes ago (a run that started before may still be loading one). */
async function dropOldBundles(keep: string): Promise<void> {
  const old = Date.now() - 10 * 60_000;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith(`${keep}.`) || !BUNDLE_FILE.test(name)) continue;
    const s = await stat(path).catch(() => undefined);
    if (s && s.mtimeMs < old) await rm(path, { force: true });
  }
}
