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
import { z } from 'zod';

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = resolve(here, '..', '.cache', 'ingest-worker');
const manifestPath = join(cacheDir, 'manifest.json');

const Manifest = z.object({
  /** the runtime and compiler the bundle was made for */
  node: z.string(),
  esbuild: z.string(),
  bundle: z.string(),
  /** every bundled file, to tell whether the bundle is still what the sources say */
  inputs: z.array(z.object({ path: z.string(), size: z.number(), mtimeMs: z.number() })),
});
type Manifest = z.infer<typeof Manifest>;

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

/** Path of the cached bundle when it is still valid, else undefined. */
async function cachedBundle(): Promise<string | undefined> {
  const parsed = Manifest.safeParse(JSON.parse(await readFile(manifestPath, 'utf8')));
  if (!parsed.success || parsed.data.node !== process.version) return undefined;
  const m = parsed.data;
  const stats = await Promise.all(m.inputs.map((i) => stat(i.path).catch(() => undefined)));
  if (stats.some((s, k) => !s || s.size !== m.inputs[k]!.size || s.mtimeMs !== m.inputs[k]!.mtimeMs)) return undefined;
  const bundle = join(cacheDir, m.bundle);
  await stat(bundle);
  return bundle;
}

/** Bundles worker.ts and its imports. pdfjs-dist and mammoth, imported only when a PDF or a
 * .docx arrives, stay outside: most of a worker's code, parsed by every worker for nothing
 * when the corpus is text. */
export async function buildBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  const outfile = join(cacheDir, `worker-${process.pid}-${Date.now()}.mjs`);
  const result = await esbuild.build({
    entryPoints: [join(here, 'worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    outfile,
    metafile: true,
    logLevel: 'silent',
    // CommonJS packages inside an ES module bundle still call require() for Node built-ins.
    banner: { js: "import { createRequire as kgCreateRequire } from 'node:module'; const require = kgCreateRequire(import.meta.url);" },
    plugins: [
      {
        name: 'lazy-libraries-outside',
        setup(build) {
          build.onResolve({ filter: /^(?:pdfjs-dist|mammoth)(\/|$)/ }, (args) => ({ path: import.meta.resolve(args.path), external: true }));
        },
      },
    ],
  });
  const paths = Object.keys(result.metafile.inputs).map((p) => resolve(process.cwd(), p));
  const stats = await Promise.all(paths.map((p) => stat(p)));
  const manifest: Manifest = {
    node: process.version,
    esbuild: esbuild.version,
    bundle: outfile.slice(cacheDir.length + 1),
    inputs: paths.map((path, k) => ({ path, size: stats[k]!.size, mtimeMs: stats[k]!.mtimeMs })),
  };
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed: a concurrent run reads the old manifest or the new one, never half of one.
  const tmp = `${manifestPath}.${process.pid}`;
  await writeFile(tmp, JSON.stringify(manifest));
  await rename(tmp, manifestPath);
  await dropOldBundles(outfile);
  return outfile;
}

/** Removes bundles replaced some minutes ago (a run that started before may still be loading one). */
async function dropOldBundles(keep: string): Promise<void> {
  const old = Date.now() - 10 * 60_000;
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (path === keep || !/^worker-.*\.mjs$/.test(name)) continue;
    const s = await stat(path).catch(() => undefined);
    if (s && s.mtimeMs < old) await rm(path, { force: true });
  }
}
