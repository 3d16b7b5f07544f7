// Global set-up for `npm test`. Services the tests need (a local Neo4j) are
// started here when the environment does not provide them; see tests/setup/*.
export default async function setup(): Promise<void | (() => Promise<void>)> {
  const teardowns: (() => Promise<void>)[] = [];
  try {
    const { setupNeo4j } = await import('./neo4j.js').catch(() => ({ setupNeo4j: undefined }));
    if (setupNeo4j) {
      const down = await setupNeo4j();
      if (down) teardowns.push(down);
    }
  } catch (err) {
    for (const t of teardowns) await t();
    throw err;
  }
  return async () => {
    for (const t of teardowns.reverse()) await t();
  };
}
