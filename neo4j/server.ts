// A local Neo4j Community server for development and tests, without Docker:
// the jars come from Maven Central (neo4j/pom.xml), the server's own entry
// point runs on the resolved class path with the JVM flags listed in
// neo4j/neo4j.conf (those of the official distribution), data lives under
// .neo4j/<instance>/ (gitignored). Bolt listens on 127.0.0.1 only.
//
//   npx tsx neo4j/server.ts start [--fresh] [--port N] [--instance NAME]
//   npx tsx neo4j/server.ts stop|status [--instance NAME]
//   npx tsx neo4j/server.ts classpath      (resolve the jars only, e.g. in CI before the tests)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { z } from 'zod';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POM = join(repoRoot, 'neo4j', 'pom.xml');
const CONF_TEMPLATE = join(repoRoot, 'neo4j', 'neo4j.conf');
export const NEO4J_STATE_DIR = process.env.KG_NEO4J_DIR ?? join(repoRoot, '.neo4j');
const SERVER_MAIN = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_MAIN = 'org.neo4j.server.startup.Neo4jAdminCommand';

/** Password of the local server when NEO4J_PASSWORD is not set (Neo4j 5 wants 8+ characters). Local, loopback-only. */
export const DEFAULT_LOCAL_PASSWORD = 'kg-local-password';
export const DEFAULT_BOLT_PORT = 7687;

export interface StartOptions {
  /** folder name under .neo4j/ (default "dev") */
  instance?: string;
  /** wipe the instance's data before starting */
  fresh?: boolean;
  /** Bolt port; when busy another free port is taken (default NEO4J_BOLT_PORT or 7687) */
  boltPort?: number;
  password?: string;
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  instance: string;
  home: string;
  pid: number;
  boltPort: number;
  uri: string;
  username: string;
  password: string;
}

const InstanceFile = z.object({ pid: z.number().int(), boltPort: z.number().int(), uri: z.string(), startedAt: z.string() });

function instanceHome(instance: string): string {
  if (!/^[\w.-]+$/.test(instance)) throw new Error(`invalid Neo4j instance name "${instance}" (letters, digits, . _ - only)`);
  return join(NEO4J_STATE_DIR, instance);
}
const pidFile = (home: string): string => join(home, 'run', 'neo4j.pid');
const infoFile = (home: string): string => join(home, 'run', 'instance.json');

/** Why the local server cannot run here, or undefined when java and mvn are both on PATH. */
export function missingTools(): string | undefined {
  const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error !== undefined);
  return missing.length ? `${missing.join(' and ')} not found on PATH` : undefined;
}

/**
 * The class path of Neo4j Community from `mvn dependency:build-classpath`, cached in
 * .neo4j/classpath.txt and recomputed when neo4j/pom.xml changes or a jar is gone.
 * The first resolution downloads ~200 MB of jars and takes minutes.
 */
export function resolveClassPath(log: (line: string) => void = () => {}): string {
  mkdirSync(NEO4J_STATE_DIR, { recursive: true });
  const cacheFile = join(NEO4J_STATE_DIR, 'classpath.txt');
  const keyFile = join(NEO4J_STATE_DIR, 'classpath.key');
  const key = createHash('sha256').update(readFileSync(POM)).digest('hex');
  if (existsSync(cacheFile) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  log('resolving the Neo4j jars with Maven (the first time downloads them and takes a few minutes)...');
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  const mvn = spawnSync('mvn', ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (mvn.error) throw new Error(`cannot run mvn: ${mvn.error.message}`);
  if (mvn.status !== 0 || !existsSync(tmp)) {
    const out = `${mvn.stdout ?? ''}${mvn.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`mvn dependency:build-classpath failed for ${POM} (exit ${mvn.status}):\n${out}`);
  }
  const classPath = readFileSync(tmp, 'utf8').trim();
  rmSync(tmp, { force: true });
  writeFileSync(cacheFile, classPath);
  writeFileSync(keyFile, key);
  return classPath;
}

/** JVM flags: the `server.jvm.additional` lines of the conf, plus heap settings. */
export function jvmFlags(conf: string): string[] {
  const flags: string[] = [];
  const setting = (name: string): string | undefined =>
    conf.split('\n').find((l) => l.startsWith(`${name}=`))?.slice(name.length + 1).trim();
  const initial = setting('server.memory.heap.initial_size');
  const max = setting('server.memory.heap.max_size');
  if (initial) flags.push(`-Xms${initial}`);
  if (max) flags.push(`-Xmx${max}`);
  for (const line of conf.split('\n')) {
    const m = /^server\.jvm\.additional=(.+)$/.exec(line.trim());
    if (m) flags.push(m[1]!.trim());
  }
  return flags;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const srv = createServer();
    srv.once('error', () => done(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => done(port));
    });
  });
}

/** The wanted port if free, else the next free one above it, else any free port; 0: any free port. */
export async function pickBoltPort(wanted: number): Promise<number> {
  if (wanted === 0) return freePort();
  for (let port = wanted; port < wanted + 20; port++) if (await isPortFree(port)) return port;
  return freePort();
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when `pid` is a Neo4j server of `home` (guards against a recycled pid). */
function isOurServer(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes(SERVER_MAIN) && cmd.includes(home);
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function readPid(home: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(pidFile(home), 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs a neo4j-admin command (same jars, same conf) in a JVM of its own. */
export function runNeo4jAdmin(home: string, args: string[], extraFlags: string[] = []): { status: number; output: string } {
  const classPath = resolveClassPath();
  const conf = readFileSync(join(home, 'conf', 'neo4j.conf'), 'utf8');
  const flags = jvmFlags(conf).filter((f) => !f.startsWith('-Xm'));
  const run = spawnSync('java', [...flags, ...extraFlags, '-cp', classPath, ADMIN_MAIN, ...args], {
    cwd: home,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`cannot run java for neo4j-admin: ${run.error.message}`);
  return { status: run.status ?? 1, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

/** Writes .neo4j/<instance>/conf/neo4j.conf from the template. */
export function writeConf(home: string, boltPort: number, heap: string, pageCache: string): string {
  const conf = readFileSync(CONF_TEMPLATE, 'utf8')
    .replaceAll('{{BOLT_PORT}}', String(boltPort))
    .replaceAll('{{HEAP}}', heap)
    .replaceAll('{{PAGECACHE}}', pageCache);
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), conf);
  return conf;
}

/** Thrown when the port was taken between choosing it and binding it (another server started meanwhile). */
class PortTaken extends Error {}

async function waitForBolt(uri: string, password: string, pid: number, home: string, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000 });
  const deadline = Date.now() + timeoutMs;
  const logFile = join(home, 'logs', 'neo4j.log');
  let lastError = '';
  try {
    while (Date.now() < deadline) {
      if (!isAlive(pid)) {
        const log = `${tail(join(home, 'logs', 'console.log'))}\n${tail(logFile, 40)}`;
        if (/Address already in use/.test(log)) throw new PortTaken(`port of ${uri} was taken by another process`);
        throw new Error(`Neo4j exited during start-up. Last lines of ${join(home, 'logs')}:\n${log}`);
      }
      // Only once our own server says it started: another server may answer on the port meanwhile.
      if (!/\bStarted\.\s*$/m.test(tail(logFile, 200))) {
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await driver.close();
  }
  throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs} ms (${lastError}); see ${join(home, 'logs', 'neo4j.log')}`);
}

/**
 * Starts a server for `instance` (or returns the one already running there) and
 * waits until Bolt answers. The process is detached: it outlives the caller until
 * stopLocalNeo4j.
 */
export async function startLocalNeo4j(opts: StartOptions = {}): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  const instance = opts.instance ?? 'dev';
  const home = instanceHome(instance);
  const password = opts.password ?? process.env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD;
  if (password.length < 8) throw new Error('NEO4J_PASSWORD must have at least 8 characters (a Neo4j 5 rule)');

  const running = localNeo4jStatus(instance);
  if (running.running && running.info) {
    if (!opts.fresh) {
      log(`Neo4j (${instance}) already running, pid ${running.info.pid}, ${running.info.uri}`);
      return { instance, home, pid: running.info.pid, boltPort: running.info.boltPort, uri: running.info.uri, username: 'neo4j', password };
    }
    await stopLocalNeo4j({ instance, log });
  }
  if (opts.fresh) rmSync(home, { recursive: true, force: true });

  const classPath = resolveClassPath(log);
  const wanted = opts.boltPort ?? Number(process.env.NEO4J_BOLT_PORT ?? DEFAULT_BOLT_PORT);
  for (let attempt = 1; ; attempt++) {
    const boltPort = await pickBoltPort(attempt === 1 ? wanted : 0);
    if (wanted !== 0 && boltPort !== wanted) log(`port ${wanted} is busy; Bolt will listen on ${boltPort}`);
    try {
      return await launch({ instance, home, classPath, boltPort, password, opts, log });
    } catch (err) {
      if (!(err instanceof PortTaken) || attempt >= 3) throw err;
      log(`${err.message}; trying another port`);
    }
  }
}

interface LaunchSpec {
  instance: string;
  home: string;
  classPath: string;
  boltPort: number;
  password: string;
  opts: StartOptions;
  log: (line: string) => void;
}

async function launch({ instance, home, classPath, boltPort, password, opts, log }: LaunchSpec): Promise<LocalNeo4j> {
  const conf = writeConf(home, boltPort, opts.heap ?? process.env.NEO4J_HEAP ?? '1g', opts.pageCache ?? process.env.NEO4J_PAGECACHE ?? '512m');
  for (const dir of ['data', 'logs', 'run', 'import', 'plugins']) mkdirSync(join(home, dir), { recursive: true });
  // A fresh neo4j.log per start, so "Started." below is this start's.
  rmSync(join(home, 'logs', 'neo4j.log'), { force: true });

  // The password is set once, before the first start (as the Docker image does with NEO4J_AUTH).
  if (!existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    const admin = runNeo4jAdmin(home, ['dbms', 'set-initial-password', password]);
    if (admin.status !== 0) throw new Error(`neo4j-admin dbms set-initial-password failed:\n${admin.output.trim()}`);
  }

  const consoleLog = openSync(join(home, 'logs', 'console.log'), 'a');
  const child = spawn('java', [...jvmFlags(conf), '-cp', classPath, SERVER_MAIN, `--home-dir=${home}`, `--config-dir=${join(home, 'conf')}`], {
    cwd: home,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
    detached: true,
    stdio: ['ignore', consoleLog, consoleLog],
  });
  closeSync(consoleLog);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn java for Neo4j');
  child.unref();
  const uri = `bolt://127.0.0.1:${boltPort}`;
  writeFileSync(pidFile(home), `${pid}\n`);
  writeFileSync(infoFile(home), JSON.stringify({ pid, boltPort, uri, startedAt: new Date().toISOString() }, null, 2));
  log(`starting Neo4j (${instance}) pid ${pid} on ${uri} ...`);
  try {
    await waitForBolt(uri, password, pid, home, opts.startTimeoutMs ?? 180_000);
  } catch (err) {
    await stopLocalNeo4j({ instance });
    throw err;
  }
  log(`Neo4j is up: ${uri} (user neo4j)`);
  return { instance, home, pid, boltPort, uri, username: 'neo4j', password };
}

export interface Status {
  running: boolean;
  home: string;
  info?: z.infer<typeof InstanceFile>;
}

export function localNeo4jStatus(instance = 'dev'): Status {
  const home = instanceHome(instance);
  const pid = readPid(home);
  let info: z.infer<typeof InstanceFile> | undefined;
  try {
    info = InstanceFile.parse(JSON.parse(readFileSync(infoFile(home), 'utf8')));
  } catch {
    info = undefined;
  }
  const running = pid !== undefined && isOurServer(pid, home);
  return { running, home, info: running ? info : undefined };
}

/**
 * Stops the instance: SIGTERM (Neo4j checkpoints and shuts down), wait, then
 * SIGKILL after `timeoutMs`. `signal: 'SIGKILL'` simulates a crash (tests).
 * Returns false when nothing was running.
 */
export async function stopLocalNeo4j(opts: { instance?: string; signal?: 'SIGTERM' | 'SIGKILL'; timeoutMs?: number; log?: (line: string) => void } = {}): Promise<boolean> {
  const instance = opts.instance ?? 'dev';
  const home = instanceHome(instance);
  const pid = readPid(home);
  if (pid === undefined || !isOurServer(pid, home)) {
    rmSync(pidFile(home), { force: true });
    return false;
  }
  opts.log?.(`stopping Neo4j (${instance}) pid ${pid} ...`);
  process.kill(pid, opts.signal ?? 'SIGTERM');
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) {
    opts.log?.(`Neo4j did not stop within ${opts.timeoutMs ?? 60_000} ms; killing it`);
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(pidFile(home), { force: true });
  opts.log?.('Neo4j stopped');
  return true;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      instance: { type: 'string', default: 'dev' },
      fresh: { type: 'boolean', default: false },
      port: { type: 'string' },
    },
  });
  const log = (line: string): void => console.log(`[neo4j] ${line}`);
  const command = positionals[0] ?? 'status';
  if (command === 'classpath') {
    const problem = missingTools();
    if (problem) throw new Error(`cannot resolve Neo4j: ${problem}`);
    const cp = resolveClassPath(log);
    log(`${cp.split(':').length} jars on the class path (cached in ${join(NEO4J_STATE_DIR, 'classpath.txt')})`);
    return 0;
  }
  if (command === 'start') {
    const problem = missingTools();
    if (problem) throw new Error(`cannot start a local Neo4j: ${problem} (or use \`docker compose up -d neo4j\`)`);
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error(`--port: "${values.port}" is not a port number`);
    const server = await startLocalNeo4j({ instance: values.instance, fresh: values.fresh, boltPort: port, log });
    if (server.boltPort !== DEFAULT_BOLT_PORT) log(`use it with: export NEO4J_URI=${server.uri}`);
    if (!process.env.NEO4J_PASSWORD) log(`password: the default "${DEFAULT_LOCAL_PASSWORD}" (set NEO4J_PASSWORD before the first start to choose another)`);
    return 0;
  }
  if (command === 'stop') {
    const stopped = await stopLocalNeo4j({ instance: values.instance, log });
    if (!stopped) log(`no Neo4j running for instance "${values.instance}"`);
    return 0;
  }
  if (command === 'status') {
    const status = localNeo4jStatus(values.instance);
    log(status.running && status.info ? `running, pid ${status.info.pid}, ${status.info.uri}, data in ${status.home}` : `not running (${status.home})`);
    return status.running ? 0 : 3;
  }
  throw new Error(`unknown command "${command}" (start | stop | status | classpath)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`[neo4j] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
