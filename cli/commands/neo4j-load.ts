// `kg ingest --neo4j`: loads an ingested graph into Neo4j, one transaction per
// document, with progress and a sentence that says what to do when it fails.
import { connect, neo4jConfig } from '../../graph/neo4j/config.js';
import { writeGraph } from '../../graph/neo4j/writer.js';
import type { KnowledgeGraph } from '../../graph/build.js';
import { createProgress } from '../progress.js';

export async function loadIntoNeo4j(graph: KnowledgeGraph, opts: { quiet?: boolean } = {}): Promise<void> {
  const config = neo4jConfig();
  const driver = await connect(config);
  const progress = opts.quiet ? undefined : createProgress('Loading into Neo4j');
  try {
    const result = await writeGraph(driver, graph, {
      database: config.database,
      uri: config.uri,
      onProgress: (done, total) => progress?.update(done, total),
    });
    progress?.stop();
    console.error(`Neo4j at ${config.uri}: ${result.nodes} nodes and ${result.relationships} relationships from ${result.documents} documents`);
  } finally {
    progress?.stop();
    await driver.close();
  }
}
