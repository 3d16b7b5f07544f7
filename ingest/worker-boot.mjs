// Starts ingest/worker.ts in a worker thread when running from TypeScript
// sources (tsx, vitest): workers do not inherit the parent's module loader.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
