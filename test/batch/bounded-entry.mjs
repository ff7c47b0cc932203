// Plain JavaScript entry of runBounded's worker. tsImport, unlike tsx's loader given with --import, is
// sure to be in place before the TypeScript worker is imported.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
