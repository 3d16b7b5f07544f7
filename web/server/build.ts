// Builds the browser app (vite build) when web/dist is missing or older than
// its sources, so `kg serve`, the e2e tests and the benchmark never serve a stale app.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(webDir, 'dist');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isWebBuildStale(): boolean {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'shared', 'index.html', 'vite.config.ts'].map((p) => join(webDir, p)).filter(existsSync);
  const newestSource = Math.max(...sources.map(newestMtime));
  return newestSource > statSync(built).mtimeMs;
}

const LOCK_DIR = join(webDir, '.dist.lock');
const LOCK_STALE_MS = 5 * 60_000;

/** One build at a time across processes (parallel test files, `kg serve` beside `npm start`): mkdir is atomic. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = existsSync(LOCK_DIR) ? Date.now() - statSync(LOCK_DIR).mtimeMs : 0;
      if (age > LOCK_STALE_MS || Date.now() > deadline) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Runs `vite build` with web/vite.config.ts if needed; returns true when it built. */
export async function ensureWebBuilt(options: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (!options.force && !isWebBuildStale()) return false;
  return withBuildLock(async () => {
    // Another process may have built it while this one waited.
    if (!options.force && !isWebBuildStale()) return false;
    const { build } = await import('vite');
    await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: options.quiet ? 'warn' : 'info' });
    return true;
  });
}
