// The entities worker's warm-up sample (ingest/warm-up.ts entitiesSampleWire) as made when the ingest worker bundle was
// made: ingest/worker-entry.ts puts it here, as it puts the gazetteer trie in gazetteer/trie-snapshot.ts. The entities
// worker then warms up as soon as it loads, instead of waiting for the references worker to read the sample and send
// it. In the sources it is absent, and the references worker sends the sample (ingest/worker.ts).

/** v8.serialize(entitiesSampleWire()) in base64 (the copy a message between threads would make); replaced in the worker bundle. */
export const ENTITIES_SAMPLE_SNAPSHOT: string | undefined = undefined;
