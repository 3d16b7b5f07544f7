// Neo4j connection settings: environment (NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE) overridden by command-line flags, validated
// with zod. Any Bolt scheme works: bolt:// for one server, neo4j:// (routing)
// for a cluster or Aura, with +s / +ssc for TLS.
import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
/** Same default as neo4j/server.ts DEFAULT_LOCAL_PASSWORD: the local server's, documented in the README. */
export const DEFAULT_NEO4J_PASSWORD = 'kg-local-password';

export const Neo4jConfig = z.object({
  uri: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'must look like bolt://host:7687 or neo4j://host (neo4j+s:// for Aura)'),
  username: z.string().min(1),
  password: z.string().min(1),
  /** database name; default: the server's default database */
  database: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'is not a valid Neo4j database name')
    .optional(),
});
export type Neo4jConfig = z.infer<typeof Neo4jConfig>;

export interface Neo4jFlags {
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
}

/** Settings from flags, then the environment, then the local server's defaults. Throws a readable error. */
export function neo4jConfig(flags: Neo4jFlags = {}, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const raw = {
    uri: flags.uri ?? env.NEO4J_URI ?? DEFAULT_NEO4J_URI,
    username: flags.username ?? env.NEO4J_USERNAME ?? env.NEO4J_USER ?? 'neo4j',
    password: flags.password ?? env.NEO4J_PASSWORD ?? DEFAULT_NEO4J_PASSWORD,
    database: flags.database ?? (env.NEO4J_DATABASE || undefined),
  };
  const parsed = Neo4jConfig.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = { uri: 'NEO4J_URI / --neo4j-uri', username: 'NEO4J_USERNAME', password: 'NEO4J_PASSWORD', database: 'NEO4J_DATABASE' };
    const problems = parsed.error.issues.map((i) => `${names[String(i.path[0])] ?? String(i.path[0])} ${i.message}`);
    throw new Error(`invalid Neo4j settings: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export function openDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    // Keep Integer objects (lossless); cypher/format.ts turns them into numbers when safe.
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 30_000,
    connectionTimeout: 10_000,
  });
}

/** A Neo4j error turned into a sentence that says what to do. */
export function explainNeo4jError(err: unknown, uri: string): Error {
  const e = err as { code?: string; message?: string; name?: string };
  const code = e?.code ?? '';
  const message = e?.message ?? String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect ETIMEDOUT|Could not perform discovery/i.test(message)) {
    return new Error(`cannot reach Neo4j at ${uri}: start it with \`npm run neo4j:start\` or \`docker compose up -d\`, or set NEO4J_URI (${message})`, { cause: err });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Error(`Neo4j at ${uri} refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD (${message})`, { cause: err });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Error(`Neo4j at ${uri} has no such database: check NEO4J_DATABASE (${message})`, { cause: err });
  }
  return err instanceof Error ? err : new Error(message);
}

/** Opens a driver and checks that the server answers and accepts the credentials. */
export async function connect(config: Neo4jConfig): Promise<Driver> {
  const driver = openDriver(config);
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
    return driver;
  } catch (err) {
    await driver.close();
    throw explainNeo4jError(err, config.uri);
  }
}
