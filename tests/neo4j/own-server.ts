// The Neo4j a test file writes to. Test files run in parallel and Neo4j
// Community has one user database, so a file that writes (or kills the server)
// gets a private local server when the set-up started a local one (Java and
// Maven are here); with an external NEO4J_URI it shares that server.
import neo4j, { type Driver } from 'neo4j-driver';
import { startLocalNeo4j, stopLocalNeo4j, pickBoltPort, type LocalNeo4j } from '../../neo4j/server.js';
import { TEST_INSTANCE_ENV } from '../setup/neo4j.js';
import { rmSync } from 'node:fs';

export interface TestServer {
  uri: string;
  driver: Driver;
  /** true when this file owns a local server it may kill and restart */
  local: boolean;
  /** kill -9 the server (a crash); only when `local` */
  crash(): Promise<void>;
  /** start the killed server again on the same data; a new driver replaces `driver` */
  restart(): Promise<void>;
  /** empties the database */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export async function ownNeo4j(name: string): Promise<TestServer> {
  const password = process.env.NEO4J_PASSWORD ?? 'kg-local-password';
  const user = process.env.NEO4J_USERNAME ?? 'neo4j';
  let local: LocalNeo4j | undefined;
  if (process.env[TEST_INSTANCE_ENV]) {
    const port = await pickBoltPort(0);
    local = await startLocalNeo4j({ instance: `test-${name}-${process.pid}`, fresh: true, boltPort: port, password, heap: '512m', pageCache: '128m' });
  }
  const uri = local?.uri ?? process.env.NEO4J_URI!;
  const open = (): Driver => neo4j.driver(uri, neo4j.auth.basic(user, password), { maxTransactionRetryTime: 3_000, connectionTimeout: 3_000 });
  const server: TestServer = {
    uri,
    driver: open(),
    local: local !== undefined,
    async crash() {
      if (!local) throw new Error('no local server to crash');
      await stopLocalNeo4j({ instance: local.instance, signal: 'SIGKILL' });
    },
    async restart() {
      if (!local) throw new Error('no local server to restart');
      await server.driver.close().catch(() => undefined);
      const again = await startLocalNeo4j({ instance: local.instance, boltPort: local.boltPort, password, heap: '512m', pageCache: '128m' });
      if (again.uri !== uri) throw new Error(`the restarted server came up on ${again.uri}, not ${uri}`);
      server.driver = open();
    },
    async clear() {
      const session = server.driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    async close() {
      await server.driver.close().catch(() => undefined);
      if (local) {
        await stopLocalNeo4j({ instance: local.instance, timeoutMs: 30_000 });
        rmSync(local.home, { recursive: true, force: true });
      }
    },
  };
  return server;
}

/** Node and relationship counts of the whole database. */
export async function counts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const nodes = (await session.run('MATCH (n) RETURN count(n) AS c')).records[0]!.get('c').toNumber() as number;
    const relationships = (await session.run('MATCH ()-[r]->() RETURN count(r) AS c')).records[0]!.get('c').toNumber() as number;
    return { nodes, relationships };
  } finally {
    await session.close();
  }
}
